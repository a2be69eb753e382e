/**
 * A touchpoint's gap-analysis inputs as one flat `Float64Array`: the digest. The store makes it
 * when it reads a record from the document (`attachDigest`), so it lies beside the record in
 * memory and is made once per record version; the analysis reads it instead of the record's
 * complaint entries and control states.
 *
 * Why: a touchpoint record is about twenty small objects — its complaint array and each entry
 * with its period string, its control-state objects with their status strings, its risk. On a
 * large journey those are far larger than the processor's caches, and the records the app holds
 * were decoded by Yjs, so their objects lie scattered among the document's own structures. An
 * analysis reading them waited on main memory for most of its time (docs/performance.md). The
 * digest is one contiguous array per touchpoint.
 *
 * A digest depends only on its record, never on the journey (sector, risk bands, thresholds,
 * custom controls): those are applied when the digest is read. Records are immutable values, so
 * a digest never goes stale; it is a non-enumerable property, so a copy of a record made with
 * spread (`{ ...t, title }`) does not carry it and gets its own when the store reads it back.
 * A record without one (made outside the store: tests, imports being checked) is digested into a
 * scratch array as it is read (`digestOf`), so both give the same analysis by construction.
 */
import { NO_PERIOD_CODE, periodCodeInt } from '../periods';
import type { Touchpoint } from '../schema';

/** Header slots. `D_ID_HASH`: the id's `idHash`, for the analysis' id index. */
export const D_FLAGS = 0, D_LIKELIHOOD = 1, D_IMPACT = 2, D_KIND = 3, D_ID_HASH = 4;
/** The complaint span (see `window.ts`): total over valid periods, then min/max month and quarter index. */
export const D_SPAN = 5;
export const D_ENTRIES = 10, D_CONTROLS = 11, D_HEADER = 12;

/** `D_FLAGS` bits. */
export const DF_RISK = 1, DF_OWNER_BLANK = 2;

/** Control status codes (`D_CONTROLS` pairs: id number, status code). */
export const CS_IN_PLACE = 0, CS_PARTIAL = 1;
/** Missing, or a status that does not count: an unknown one, or not applicable without a reason. */
export const CS_MISSING = 2;
/** Not applicable, with a reason: not counted as applicable. */
export const CS_NOT_APPLICABLE = 3;

/** `D_KIND` when the touchpoint has no kind. */
export const NO_KIND = -1;

/**
 * Control and kind ids as small numbers, shared by every journey in this page: a digest stores
 * numbers, and a kind's plan finds its required controls by number. Ids are few (the catalogue's,
 * plus custom ones), so the table stays small.
 */
const idNumbers = new Map<string, number>();
const idNames: string[] = [];

export function idNumber(id: string): number {
  let n = idNumbers.get(id);
  if (n === undefined) {
    n = idNames.length;
    idNames.push(id);
    idNumbers.set(id, n);
  }
  return n;
}

export function idName(n: number): string {
  return idNames[n];
}

/** A 32-bit FNV-1a hash of `id`'s UTF-16 code units. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) {
    h ^= id.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

const DIGEST = Symbol('touchpoint digest');
type Digested = Touchpoint & { [DIGEST]?: Float64Array };

function statusCode(state: { status?: unknown; reason?: unknown } | undefined): number {
  const status = state?.status;
  if (status === 'in-place') return CS_IN_PLACE;
  if (status === 'partial') return CS_PARTIAL;
  // As `hasReason` (risk.ts): not applicable counts only with a reason that is not blank.
  if (status === 'not-applicable' && typeof state!.reason === 'string' && state!.reason.trim() !== '') return CS_NOT_APPLICABLE;
  return CS_MISSING;
}

/** Slots `t`'s digest needs. */
function digestLength(t: Touchpoint): number {
  let controls = 0;
  for (const key in t.controls) if (t.controls[key] !== undefined) controls++;
  return D_HEADER + 2 * t.complaints.length + 2 * controls;
}

/**
 * Writes `t`'s digest into `d` (long enough: `digestLength`). Entries: their period codes
 * (`periodCodeInt`, `NO_PERIOD_CODE` when invalid), then their counts; controls: id number and
 * status code pairs, in the record's key order.
 */
function writeDigest(t: Touchpoint, d: Float64Array): Float64Array {
  const risk = t.risk;
  const owner = t.owner;
  d[D_FLAGS] = (risk ? DF_RISK : 0) | (typeof owner !== 'string' || owner.trim() === '' ? DF_OWNER_BLANK : 0);
  d[D_LIKELIHOOD] = risk ? risk.likelihood : 0;
  d[D_IMPACT] = risk ? risk.impact : 0;
  d[D_KIND] = t.kind === null ? NO_KIND : idNumber(t.kind);
  d[D_ID_HASH] = typeof t.id === 'string' ? idHash(t.id) : 0;

  const entries = t.complaints;
  const e = entries.length;
  let total = 0, minM = Infinity, maxM = -Infinity, minQ = Infinity, maxQ = -Infinity;
  for (let j = 0; j < e; j++) {
    const entry = entries[j];
    const code = periodCodeInt(entry.period);
    const count = entry.count;
    d[D_HEADER + j] = code;
    d[D_HEADER + e + j] = count;
    if (code === NO_PERIOD_CODE) continue; // an invalid period counts nowhere
    total += count;
    if (code >= 0) {
      if (code < minM) minM = code;
      if (code > maxM) maxM = code;
    } else {
      const q = -code - 1;
      if (q < minQ) minQ = q;
      if (q > maxQ) maxQ = q;
    }
  }
  d[D_SPAN] = total;
  d[D_SPAN + 1] = minM;
  d[D_SPAN + 2] = maxM;
  d[D_SPAN + 3] = minQ;
  d[D_SPAN + 4] = maxQ;
  d[D_ENTRIES] = e;

  let at = D_HEADER + 2 * e;
  const controls = t.controls;
  for (const key in controls) {
    const state = controls[key];
    if (state === undefined) continue;
    d[at++] = idNumber(key);
    d[at++] = statusCode(state);
  }
  d[D_CONTROLS] = (at - D_HEADER - 2 * e) / 2;
  return d;
}

/**
 * Digests are views into shared slabs, filled in the order records are read: a journey's digests
 * lie one after another in memory, in the order the analysis reads them, and cost one small view
 * object each rather than an `ArrayBuffer` each (whose off-heap store and bookkeeping came to
 * about 1 KB per touchpoint). A slab lives while any digest in it does: records replaced by edits
 * leave their slab's space unused until its other records are replaced too.
 */
const SLAB = 1 << 15;
let slab = new Float64Array(SLAB);
let slabUsed = 0;

function allocate(length: number): Float64Array {
  if (length > SLAB >> 4) return new Float64Array(length);
  if (slabUsed + length > SLAB) {
    slab = new Float64Array(SLAB);
    slabUsed = 0;
  }
  const view = slab.subarray(slabUsed, slabUsed + length);
  slabUsed += length;
  return view;
}

/** A new digest of `t`. */
export function makeDigest(t: Touchpoint): Float64Array {
  return writeDigest(t, allocate(digestLength(t)));
}

/**
 * Makes `t`'s digest and keeps it on the record (non-enumerable, read-only): for the store, as it
 * reads each record from the document. Returns `t`.
 */
export function attachDigest<T extends Touchpoint>(t: T): T {
  Object.defineProperty(t, DIGEST, { value: makeDigest(t) });
  return t;
}

let scratch = new Float64Array(256);

/**
 * `t`'s digest: its own, or one written into a scratch array (valid until the next call) for a
 * record made outside the store.
 */
export function digestOf(t: Touchpoint): Float64Array {
  const own = (t as Digested)[DIGEST];
  if (own !== undefined) return own;
  const length = digestLength(t);
  if (scratch.length < length) scratch = new Float64Array(Math.max(length, scratch.length * 2));
  return writeDigest(t, scratch);
}

/** Whether `t` carries its own digest (tests). */
export function hasOwnDigest(t: Touchpoint): boolean {
  return (t as Digested)[DIGEST] !== undefined;
}
