/** `analyse` over large journeys in Node: median time per full analysis, and how it scales. */
import { analyse } from '../../src/domain/gaps';
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
