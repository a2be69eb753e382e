/**
 * The passes of one analysis over the journey's touchpoints (see `analyse`):
 *
 * 1. `readRecords`: the one visit of each record — its id, its complaints parsed into a span and
 *    flat period codes, its facts (`TouchpointFacts`);
 * 2. `windowTotals`: each touchpoint's complaints in the journey's window, from the codes;
 * 3. `evaluateAll`: the rules per touchpoint, or its previous gaps when none of its inputs
 *    changed, and the result's maps.
 *
 * On a large journey the records are far larger than the processor's caches, so each pass reads
 * them as little as it can; the rest works on typed arrays. Arrays that do not outlive a run are
 * kept between runs (`scratchOf`): allocating them each time cost megabytes of zeroed memory.
 */
import type { ResidualRisk } from '../risk';
import type { GapDecision, Touchpoint } from '../schema';
import type { TouchpointFacts } from './facts';
import type { AnalysisGaps, GapColumns } from './gapLists';
import { applyRules, kindIndex, newTouchpointResult, openGapSink, roomFor, type GapSink, type RunContext, type TouchpointResult, type WindowStats } from './rules';
import { S_ACCEPTED, S_APPLICABLE, S_COUNT, S_IN_PLACE, S_OPEN, S_PARTIAL, STATS } from './summary';
import { D_ENTRIES, D_HEADER, D_ID_HASH, D_SPAN, digestOf } from './digest';
import { IdIndex } from './idIndex';
import { SPAN, SP_TOTAL, windowFromCodes } from './window';

/**
 * The previous run, column-wise (one array per field rather than an object per touchpoint: fewer
 * long-lived objects for the garbage collector), aligned with its touchpoint array.
 */
export interface Memory {
  signature: string;
  /** Risk bands: the residual cache holds for as long as they do. */
  bandsKey: string;
  windowKey: string;
  touchpoints: readonly Touchpoint[];
  spans: Float64Array;
  wTotal: Float64Array;
  wLatest: Float64Array;
  hotKeys: Float64Array;
  decisions: (readonly GapDecision[] | undefined)[];
  /** The previous analysis' `byTouchpoint`: reused touchpoints' gaps are copied from its ranked list. */
  gapLists: AnalysisGaps;
  residuals: (ResidualRisk | null)[];
  /** `STATS` numbers per touchpoint. */
  stats: Int32Array;
  residualCache: Map<number, ResidualRisk>;
  byId: IdIndex | Map<string, number> | null;
}

/** The previous run and where each touchpoint was in it. */
export interface Previous {
  memory: Memory;
  /** Index in the previous run, −1 for a new touchpoint. */
  prevIndex: Int32Array;
  /** 1 when the touchpoint's complaints are the previous run's array. */
  sameComplaints: Uint8Array;
}

export function sameItems<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function previousIndex(memory: Memory, i: number, t: Touchpoint): number {
  const prev = memory.touchpoints;
  if (i < prev.length && prev[i].id === t.id) return i;
  if (!memory.byId) {
    memory.byId = new Map();
    for (let k = 0; k < prev.length; k++) memory.byId.set(prev[k].id, k);
  }
  return memory.byId.get(t.id) ?? -1;
}

export function matchPrevious(memory: Memory, touchpoints: readonly Touchpoint[]): Previous {
  const n = touchpoints.length;
  const prevIndex = new Int32Array(n);
  const sameComplaints = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = touchpoints[i];
    const k = previousIndex(memory, i, t);
    prevIndex[i] = k;
    if (k >= 0 && memory.touchpoints[k].complaints === t.complaints) sameComplaints[i] = 1;
  }
  return { memory, prevIndex, sameComplaints };
}

// ---- scratch ---------------------------------------------------------------------------------

const scratch = {
  codeAt: new Int32Array(0),
  codes: new Float64Array(0),
  counts: new Float64Array(0),
  spans: new Float64Array(0),
  wTotal: new Float64Array(0),
  wLatest: new Float64Array(0),
  stats: new Int32Array(0),
  from: new Int32Array(0),
};

/**
 * `length` elements of a scratch array (zeroed if asked), grown with room to spare when too
 * short. The parsed periods always come from here; the columns the analyser's memory keeps come
 * from here only for a one-shot analysis (`keep` false).
 */
function scratchOf<K extends keyof typeof scratch>(key: K, length: number, zeroed = false): (typeof scratch)[K] {
  let a = scratch[key];
  if (a.length < length) {
    a = new (a.constructor as new (length: number) => (typeof scratch)[K])(Math.ceil(length * 1.25));
    scratch[key] = a;
  }
  const view = a.subarray(0, length) as (typeof scratch)[K];
  if (zeroed) view.fill(0);
  return view;
}

/** Room for `length` parsed periods, keeping those already parsed. */
function growCodes(length: number): void {
  const codes = new Float64Array(Math.max(length, scratch.codes.length * 2));
  const counts = new Float64Array(codes.length);
  codes.set(scratch.codes);
  counts.set(scratch.counts);
  scratch.codes = codes;
  scratch.counts = counts;
}

/** `length` numbers from `from` at `f` to `to` at `t` (a `subarray` per touchpoint would allocate). */
function copy<A extends Float64Array | Int32Array>(from: A, f: number, to: A, t: number, length: number): void {
  for (let k = 0; k < length; k++) to[t + k] = from[f + k];
}

// ---- pass 1 ----------------------------------------------------------------------------------

export interface Records {
  /** Touchpoint id → index (the last index of a repeated id), in shared storage: the result keeps `index.sealed()`. */
  index: IdIndex;
  /** False when an id repeats. */
  uniqueIds: boolean;
  /** `SPAN` numbers per touchpoint (the digest's `D_SPAN`). */
  spans: Float64Array;
  /** Touchpoint i's parsed periods are `codes[codeAt[i] … codeAt[i + 1]]` (none when kept). */
  codeAt: Int32Array;
  codes: Float64Array;
  counts: Float64Array;
  /** 1 when the record is the previous run's: its gaps may be kept, so its facts were not read. */
  maybeKept: Uint8Array | null;
}

/**
 * Pass 1, the one visit of each record: its id into the index, its complaint span (parsed, or
 * kept from the previous run) and its facts — unless the record is the previous run's, when its
 * gaps may be kept (pass 3 reads its facts if they are not).
 */
export function readRecords(touchpoints: readonly Touchpoint[], previous: Previous | null, facts: TouchpointFacts, ctx: RunContext, keep: boolean): Records {
  const n = touchpoints.length;
  const index = IdIndex.building(touchpoints);
  const spans = keep ? new Float64Array(n * SPAN) : scratchOf('spans', n * SPAN);
  const codeAt = scratchOf('codeAt', n + 1);
  const maybeKept = previous ? new Uint8Array(n) : null;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const t = touchpoints[i];
    const d = digestOf(t);
    index.add(i, d[D_ID_HASH]);
    codeAt[i] = at;
    const k = previous ? previous.prevIndex[i] : -1;
    if (previous && previous.sameComplaints[i]) {
      copy(previous.memory.spans, k * SPAN, spans, i * SPAN, SPAN);
    } else {
      const e = d[D_ENTRIES];
      if (at + e > scratch.codes.length) growCodes(at + e);
      copy(d, D_SPAN, spans, i * SPAN, SPAN);
      copy(d, D_HEADER, scratch.codes, at, e);
      copy(d, D_HEADER + e, scratch.counts, at, e);
      at += e;
    }
    if (k >= 0 && previous!.memory.touchpoints[k] === t) maybeKept![i] = 1;
    else facts.read(i, d, ctx);
  }
  codeAt[n] = at;
  return { index, uniqueIds: index.size === n, spans, codeAt, codes: scratch.codes, counts: scratch.counts, maybeKept };
}

// ---- pass 2 ----------------------------------------------------------------------------------

/** The journey's complaint window: the last `hotspotWindow` periods up to the latest with complaints. */
export interface ComplaintWindow {
  quarters: boolean;
  start: number;
  end: number;
  length: number;
  /** Granularity and range: the analyser's memory compares it. */
  key: string;
}

export interface WindowTotals {
  wTotal: Float64Array;
  wLatest: Float64Array;
  journeyTotal: number;
}

/** Pass 2: complaints inside the window, per touchpoint (kept, or from the codes) and for the journey. */
export function windowTotals(touchpoints: readonly Touchpoint[], records: Records, previous: Previous | null, win: ComplaintWindow, keep: boolean): WindowTotals {
  const n = touchpoints.length;
  const { spans, codes, counts, codeAt } = records;
  const wTotal = keep ? new Float64Array(n) : scratchOf('wTotal', n, true);
  const wLatest = keep ? new Float64Array(n) : scratchOf('wLatest', n, true);
  const sameWindow = previous !== null && previous.memory.windowKey === win.key;
  let journeyTotal = 0;
  if (win.length === 0) return { wTotal, wLatest, journeyTotal };
  for (let i = 0; i < n; i++) {
    if (spans[i * SPAN + SP_TOTAL] === 0) continue;
    const kept = previous !== null && previous.sameComplaints[i] === 1;
    if (kept && sameWindow) {
      wTotal[i] = previous.memory.wTotal[previous.prevIndex[i]];
      wLatest[i] = previous.memory.wLatest[previous.prevIndex[i]];
    } else if (kept) {
      const d = digestOf(touchpoints[i]);
      const e = d[D_ENTRIES];
      windowFromCodes(d, d, D_HEADER, D_HEADER + e, win.quarters, win.start, win.end, wTotal, wLatest, i, e);
    } else {
      windowFromCodes(codes, counts, codeAt[i], codeAt[i + 1], win.quarters, win.start, win.end, wTotal, wLatest, i);
    }
    journeyTotal += wTotal[i];
  }
  return { wTotal, wLatest, journeyTotal };
}

// ---- pass 3 ----------------------------------------------------------------------------------

export interface Evaluated {
  /** What was found, one entry per gap, touchpoint by touchpoint in map order. */
  columns: GapColumns;
  /** Per gap, its position in the previous analysis when its touchpoint was reused, else −1 (null when none was). */
  prior: Int32Array | null;
  /** `STATS` numbers per touchpoint. */
  stats: Int32Array;
  /** Per touchpoint, its position in the previous analysis when its gaps were reused, else −1 (null when none were). */
  reusedFrom: Int32Array | null;
  /** For the analyser's memory (null for a one-shot analysis). */
  hotKeys: Float64Array | null;
  decisionsOf: (readonly GapDecision[] | undefined)[] | null;
}

/** A touchpoint's `STATS` numbers from the rules' result. */
function writeStats(stats: Int32Array, o: number, r: TouchpointResult): void {
  stats[o + S_IN_PLACE] = r.inPlace;
  stats[o + S_PARTIAL] = r.partial;
  stats[o + S_APPLICABLE] = r.applicable;
  for (let rank = 0; rank < 4; rank++) {
    stats[o + S_COUNT + rank] = r.perRank[rank];
    stats[o + S_OPEN + rank] = r.openPerRank[rank];
  }
  stats[o + S_ACCEPTED] = r.accepted;
}

/**
 * Pass 3: the rules per touchpoint from its facts, or its previous result when its record,
 * decisions and (when it has complaints in the window) the journey's window total are the same,
 * and journey-level inputs did not change (`reuse`). `decisionsAt`: each touchpoint's gap
 * decisions, by index (`decisionsByIndex`).
 */
export function evaluateAll(
  touchpoints: readonly Touchpoint[],
  records: Records,
  totals: WindowTotals,
  previous: Previous | null,
  reuse: Memory | null,
  facts: TouchpointFacts,
  ctx: RunContext,
  decisionsAt: ReadonlyMap<number, GapDecision[]> | null,
  keep: boolean,
): Evaluated {
  const n = touchpoints.length;
  const { maybeKept } = records;
  const { wTotal, wLatest, journeyTotal } = totals;
  const hotKeys = keep ? new Float64Array(n) : null;
  const decisionsOf = keep ? new Array<readonly GapDecision[] | undefined>(n) : null;
  const sink = openGapSink(reuse !== null);
  const from = scratchOf('from', n + 1);
  const reusedFrom = reuse ? new Int32Array(n).fill(-1) : null;
  const residuals = facts.residuals;
  const stats = keep ? new Int32Array(n * STATS) : scratchOf('stats', n * STATS);
  const w: WindowStats = { total: 0, latest: 0 };
  const out = newTouchpointResult();
  for (let i = 0; i < n; i++) {
    from[i] = sink.at;
    const decisions = decisionsAt ? decisionsAt.get(i) : undefined;
    const hotKey = wTotal[i] > 0 ? journeyTotal : -1;
    const k = maybeKept && maybeKept[i] ? previous!.prevIndex[i] : -1;
    if (reuse && k >= 0 && reuse.hotKeys[k] === hotKey && sameItems(reuse.decisions[k], decisions)) {
      copyGaps(reuse.gapLists.columns, k, i, sink);
      reusedFrom![i] = k;
      residuals[i] = reuse.residuals[k];
      copy(reuse.stats, k * STATS, stats, i * STATS, STATS);
    } else {
      if (!facts.isRead(i)) facts.read(i, digestOf(touchpoints[i]), ctx);
      w.total = wTotal[i];
      w.latest = wLatest[i];
      applyRules(i, touchpoints[i], facts, ctx, w, decisions, out, sink);
      writeStats(stats, i * STATS, out);
    }
    if (hotKeys) hotKeys[i] = hotKey;
    if (decisionsOf) decisionsOf[i] = decisions;
  }
  from[n] = sink.at;
  const size = sink.at;
  // Exact copies of the shared sink's columns, made last (see `GapSink`).
  const columns: GapColumns = {
    touchpoint: sink.touchpoint.slice(0, size),
    kind: sink.kind.slice(0, size),
    kindTable: sink.kindTable,
    n: sink.n.slice(0, size),
    decisions: sink.decisions,
    from: from.slice(),
    size,
  };
  return { columns, prior: sink.prior ? sink.prior.slice(0, size) : null, stats, reusedFrom, hotKeys, decisionsOf };
}

/** Touchpoint `k`'s findings in the previous analysis, appended to `sink` for touchpoint `i` (and where each was). */
function copyGaps(previous: GapColumns, k: number, i: number, sink: GapSink): void {
  const from = previous.from[k], count = previous.from[k + 1] - from;
  if (count === 0) return;
  roomFor(sink, count);
  const at = sink.at;
  for (let j = 0; j < count; j++) {
    sink.touchpoint[at + j] = i;
    sink.kind[at + j] = kindIndex(sink, previous.kindTable[previous.kind[from + j]]);
    sink.n[at + j] = previous.n[from + j];
    const decision = previous.decisions?.get(from + j);
    if (decision) (sink.decisions ??= new Map()).set(at + j, decision);
    sink.prior![at + j] = from + j;
  }
  sink.at += count;
}
