/** `analyse` over large journeys in Node: median time per full analysis, and how it scales. */
import { analyse, createGapAnalyser } from '../../src/domain/gaps';
import type { JourneyData, Touchpoint } from '../../src/domain/schema';
import { generateJourney } from './journeyGen';
import { median } from './stats';

export interface AnalyseResult {
  n: number;
  medianMs: number;
  minMs: number;
  runs: number;
  gaps: number;
}

export function benchAnalyse(sizes = [1000, 10_000, 50_000]): AnalyseResult[] {
  const out: AnalyseResult[] = [];
  for (const n of sizes) {
    const data = generateJourney(n);
    const runs = n >= 50_000 ? 9 : 21;
    let gaps = 0;
    for (let i = 0; i < 3; i++) gaps = analyse(data).gaps.length;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      analyse(data);
      times.push(performance.now() - t0);
    }
    out.push({ n, medianMs: median(times), minMs: Math.min(...times), runs, gaps });
  }
  return out;
}

export interface IncrementalResult {
  n: number;
  /** title: an edit that touches no journey-level input; complaints: one that moves the journey's window total. */
  edit: 'title' | 'complaints';
  medianMs: number;
  minMs: number;
  runs: number;
}

/** One edited touchpoint per run: a new record, as the store produces it. */
function edited(data: JourneyData, at: number, edit: IncrementalResult['edit'], run: number): JourneyData {
  const touchpoints = data.touchpoints.slice();
  const t = touchpoints[at];
  const next: Touchpoint =
    edit === 'title'
      ? { ...t, title: `${t.title}·` }
      : { ...t, complaints: t.complaints.map((e, j) => (j === t.complaints.length - 1 ? { ...e, count: e.count + 1 + (run % 2) } : e)) };
  touchpoints[at] = next;
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
      let data = generateJourney(n);
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
