/** `analyse` over large journeys in Node: median time per full analysis, and how it scales. */
import * as Y from 'yjs';
import { analyse, createGapAnalyser } from '../../src/domain/gaps';
import { makeDigest } from '../../src/domain/gaps/digest';
import type { JourneyData, Touchpoint } from '../../src/domain/schema';
import { normaliseRecord } from '../../src/store/normalise';
import { readJourneyData, seedDoc } from '../../src/store/ydoc';
import { generateJourney } from './journeyGen';
import { median } from './stats';

/**
 * Where the analysed records come from.
 * - `generated`: the generator's records as the store makes them (`normaliseRecord`, which gives
 *   each touchpoint its digest, `domain/gaps/digest.ts`); each touchpoint's objects allocated
 *   together.
 * - `document`: the same journey as the app holds it — written to a Yjs document, encoded,
 *   decoded into another and read back as the store reads it — whose complaint entries, control
 *   states and strings lie wherever the decoder put them, among the document's own structures;
 *   the decoded documents are kept while they are timed, as the app keeps the open journey's.
 * - `undigested`: the generator's records as they are, without digests: what a record made
 *   outside the store costs (the command-line check, a file being imported), digested into a
 *   scratch array as it is read. For information: the app analyses only records its store read.
 * - `listed`: `generated`, and then the ranked list read, which makes every gap's object (the
 *   analysis makes them when a list is first read, `gapLists.ts`): what an analysis costs with the
 *   gaps panel open. For information.
 */
export type AnalyseSource = 'generated' | 'document' | 'undigested' | 'listed';

export interface AnalyseResult {
  n: number;
  source: AnalyseSource;
  medianMs: number;
  minMs: number;
  runs: number;
  gaps: number;
}

/**
 * The journey as the app reads it from its document. `held`: where to keep the decoded document
 * while the records are analysed, as the app keeps it while the journey is open (at 50,000
 * touchpoints it is most of the heap the collector works on: about 0.8 GB here).
 */
function asTheAppReadsIt(data: JourneyData, held?: Y.Doc[]): JourneyData {
  const written = new Y.Doc();
  seedDoc(written, data);
  const update = Y.encodeStateAsUpdate(written);
  written.destroy();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  held?.push(doc);
  return readJourneyData(doc)!;
}

function asTheStoreMakesThem(data: JourneyData): JourneyData {
  return { ...data, touchpoints: data.touchpoints.map((t) => normaliseRecord('touchpoints', { ...t })) };
}

/** Rounds of the interleaved timing, and timed runs per round: 42 at each size under 50k, 21 at 50k. */
const ROUNDS = 7;
const runsPerRound = (n: number) => (n >= 50_000 ? 3 : 6);

/** The collector, when Node was started with `--expose-gc` (as `npm run bench` starts it). */
const gc = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;

/**
 * Times each journey's analysis in rounds that take every size in turn, so that all sizes are
 * measured under the same conditions: on a shared machine the load changes from one minute to the
 * next, and timing all of one size and then all of the next made their ratio — the linearity
 * target — swing between 3.6 and 6.6 for the same code. Each size's turn starts with a
 * young-generation collection and one untimed run, so that it pays for its own garbage, not for
 * the size before it (a 10k run that met the scavenge of a 50k run's result took 7–10 ms more),
 * and is timed warm, as the app analyses the journey it has open.
 */
function timeInterleaved(datas: JourneyData[], readList: boolean): { medianMs: number; minMs: number; runs: number; gaps: number }[] {
  const gaps = datas.map((data) => {
    let count = 0;
    for (let i = 0; i < 3; i++) count = analyse(data).gaps.length;
    return count;
  });
  // Then a full collection, before any timing: of the garbage of making the journeys (decoding a
  // 50,000-touchpoint document leaves ≈ 0.6 GB; its collection took 0.9 s) and of the first
  // analyses, which grow the arrays kept between runs (tens of MB of array buffers at once, which
  // V8 answers with incremental marking for "external memory pressure").
  gc?.();
  const times = datas.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    datas.forEach((data, k) => {
      gc?.({ type: 'minor' });
      analyse(data);
      for (let r = 0; r < runsPerRound(data.touchpoints.length); r++) {
        const t0 = performance.now();
        const analysis = analyse(data);
        if (readList) void analysis.gaps.length;
        times[k].push(performance.now() - t0);
      }
    });
  }
  return times.map((t, k) => ({ medianMs: median(t), minMs: Math.min(...t), runs: t.length, gaps: gaps[k] }));
}

export function benchAnalyse(sizes = [1000, 10_000, 50_000], sources: readonly AnalyseSource[] = ['generated', 'document', 'listed', 'undigested']): AnalyseResult[] {
  const out: AnalyseResult[] = [];
  for (const source of sources) {
    const ns = source === 'undigested' ? sizes.filter((n) => n === 10_000) : sizes;
    const docs: Y.Doc[] = [];
    const datas = ns.map((n) => {
      const generated = generateJourney(n);
      return source === 'undigested' ? generated : source === 'document' ? asTheAppReadsIt(generated, docs) : asTheStoreMakesThem(generated);
    });
    timeInterleaved(datas, source === 'listed').forEach((r, k) => out.push({ n: ns[k], source, ...r }));
    // Held until every size of this source is timed; then let go, with the journeys.
    for (const doc of docs.splice(0)) doc.destroy();
  }
  return out;
}

export interface DigestResult {
  n: number;
  /** Making every touchpoint's digest, as the store does while it reads the records (median). */
  medianMs: number;
  minMs: number;
}

/** What the digests cost when a journey is read: the records as the app reads them from its document. */
export function benchDigest(n = 10_000, runs = 15): DigestResult {
  const { touchpoints } = asTheAppReadsIt(generateJourney(n));
  const times: number[] = [];
  for (let r = 0; r < runs + 2; r++) {
    const t0 = performance.now();
    for (const t of touchpoints) makeDigest(t);
    if (r >= 2) times.push(performance.now() - t0);
  }
  return { n, medianMs: median(times), minMs: Math.min(...times) };
}

export interface IncrementalResult {
  n: number;
  /** title: an edit that touches no journey-level input; complaints: one that moves the journey's window total. */
  edit: 'title' | 'complaints';
  medianMs: number;
  minMs: number;
  runs: number;
}

/** One edited touchpoint per run: a new record, as the store reads it back (with its digest). */
function edited(data: JourneyData, at: number, edit: IncrementalResult['edit'], run: number): JourneyData {
  const touchpoints = data.touchpoints.slice();
  const t = touchpoints[at];
  const next: Touchpoint =
    edit === 'title'
      ? { ...t, title: `${t.title}·` }
      : { ...t, complaints: t.complaints.map((e, j) => (j === t.complaints.length - 1 ? { ...e, count: e.count + 1 + (run % 2) } : e)) };
  touchpoints[at] = normaliseRecord('touchpoints', next);
  return { ...data, touchpoints };
}

/**
 * The identity-keeping analyser (`createGapAnalyser`) after one edit, as the app runs it: a title
 * edit re-evaluates one touchpoint; a complaint edit changes the journey's window total, so every
 * touchpoint with complaints in the window is evaluated again.
 */
export function benchIncremental(sizes = [10_000, 50_000]): IncrementalResult[] {
  const out: IncrementalResult[] = [];
  for (const n of sizes) {
    for (const edit of ['title', 'complaints'] as const) {
      let data = asTheStoreMakesThem(generateJourney(n));
      const analyser = createGapAnalyser();
      analyser(data);
      const runs = n >= 50_000 ? 9 : 21;
      const times: number[] = [];
      for (let i = 0; i < runs + 3; i++) {
        data = edited(data, (i * 7919) % n, edit, i);
        const t0 = performance.now();
        analyser(data);
        if (i >= 3) times.push(performance.now() - t0);
      }
      out.push({ n, edit, medianMs: median(times), minMs: Math.min(...times), runs });
    }
  }
  return out;
}
