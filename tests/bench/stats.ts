/** Small statistics and the table printer of the benchmark. */
export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** Frame intervals from rAF timestamps: median, p95 and the mean frame rate, and the intervals. */
export interface FrameStats {
  median: number;
  p95: number;
  fps: number;
  frames: number;
  /** Every interval (ms, to 0.1), for the p95 over all runs (`pooledP95`). Absent in older results. */
  intervals?: number[];
}

export function frameStats(timestamps: readonly number[]): FrameStats {
  const iv: number[] = [];
  for (let i = 1; i < timestamps.length; i++) iv.push(timestamps[i] - timestamps[i - 1]);
  const span = timestamps.length > 1 ? timestamps[timestamps.length - 1] - timestamps[0] : NaN;
  return { median: median(iv), p95: quantile(iv, 0.95), fps: (iv.length / span) * 1000, frames: iv.length, intervals: iv.map((v) => Math.round(v * 10) / 10) };
}

/**
 * The p95 of every frame interval of several runs together (NaN when a run has none recorded).
 * At 60 Hz a run's p95 is one of a few values — 16.7 when under 5 % of its ~180 frames were late,
 * 33.3 when more — so the median of three runs' p95s flips on a frame or two; over all the runs'
 * frames the 95th percentile is estimated from ~540 intervals.
 */
export function pooledP95(runs: readonly FrameStats[]): number {
  if (!runs.length || runs.some((r) => !r.intervals)) return NaN;
  return quantile(runs.flatMap((r) => r.intervals!), 0.95);
}

/** Medians of each field over several runs. */
export function medianOf<T extends Record<string, number>>(runs: readonly T[]): T {
  const out = {} as Record<string, number>;
  for (const k of Object.keys(runs[0] ?? {})) out[k] = median(runs.map((r) => r[k]).filter((v) => Number.isFinite(v)));
  return out as T;
}

export function fmt(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return '—';
  return v.toFixed(digits);
}

export function ratio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '—';
  return `${(a / b).toFixed(2)}×`;
}

/** A plain text table: a header row and rows of cells, columns padded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : padStart(c, widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// CJK characters take two columns in a terminal.
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
function pad(s: string, w: number) {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}
function padStart(s: string, w: number) {
  return ' '.repeat(Math.max(0, w - width(s))) + s;
}
