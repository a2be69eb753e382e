/**
 * Complaint windows for the gap analysis: each touchpoint's span of periods and its complaints in
 * the journey's window, over flat typed arrays (no allocation per entry).
 *
 * Every entry's period is parsed once, into its touchpoint's digest (`digest.ts`), with its
 * count; the analysis reads codes and counts from typed arrays, never the entry objects.
 */
import { NO_PERIOD_CODE, periodCodeInt } from '../periods';
import type { ComplaintEntry } from '../schema';

/**
 * Per-touchpoint complaint span (made with the digest: `D_SPAN`): total over valid periods, min/max month index over its month
 * entries, min/max quarter index over its quarter entries (±Infinity when it has none).
 */
export const SPAN = 5;
export const SP_TOTAL = 0, SP_MIN_MONTH = 1, SP_MAX_MONTH = 2, SP_MIN_QUARTER = 3, SP_MAX_QUARTER = 4;

/** The journey's complaint periods: granularity, and the first and last period index in it. */
export interface JourneySpan {
  quarters: boolean;
  /** Index of the earliest period with complaints (Infinity when there are none). */
  lo: number;
  /** Index of the latest period with complaints (−Infinity when there are none). */
  hi: number;
}

/**
 * Combines the touchpoints' spans: quarters when the journey is set so or any entry is a quarter;
 * a month's quarter index is ⌊month ÷ 3⌋, and ⌊·÷ 3⌋ keeps order, so the month extremes convert
 * once here rather than per entry.
 */
export function journeySpan(spans: Float64Array, n: number, quarterSetting: boolean): JourneySpan {
  let minM = Infinity, maxM = -Infinity, minQ = Infinity, maxQ = -Infinity;
  for (let o = 0, end = n * SPAN; o < end; o += SPAN) {
    if (spans[o + SP_MIN_MONTH] < minM) minM = spans[o + SP_MIN_MONTH];
    if (spans[o + SP_MAX_MONTH] > maxM) maxM = spans[o + SP_MAX_MONTH];
    if (spans[o + SP_MIN_QUARTER] < minQ) minQ = spans[o + SP_MIN_QUARTER];
    if (spans[o + SP_MAX_QUARTER] > maxQ) maxQ = spans[o + SP_MAX_QUARTER];
  }
  const quarters = quarterSetting || maxQ > -Infinity;
  if (!quarters) return { quarters, lo: minM, hi: maxM };
  return { quarters, lo: Math.min(Math.floor(minM / 3), minQ), hi: Math.max(Math.floor(maxM / 3), maxQ) };
}

/** The index of a period code in the analysis' granularity. */
function indexOf(code: number, quarters: boolean): number {
  if (!quarters) return code;
  return code >= 0 ? Math.floor(code / 3) : -code - 1;
}

/**
 * Window total and latest-period count of one touchpoint, from its period codes `codes[from … to]`
 * and their counts `counts[from + countShift …]`.
 */
export function windowFromCodes(
  codes: Float64Array,
  counts: Float64Array,
  from: number,
  to: number,
  quarters: boolean,
  start: number,
  end: number,
  wTotal: Float64Array,
  wLatest: Float64Array,
  i: number,
  countShift = 0,
): void {
  let total = 0, latest = 0;
  for (let j = from; j < to; j++) {
    const code = codes[j];
    if (code === NO_PERIOD_CODE) continue;
    const k = indexOf(code, quarters);
    if (k < start || k > end) continue;
    total += counts[j + countShift];
    if (k === end) latest += counts[j + countShift];
  }
  wTotal[i] = total;
  wLatest[i] = latest;
}

/**
 * Window total and latest-period count of entries, parsing them; for a gap message (the same
 * entries in the same order give the same numbers as the analysis).
 */
export function windowSums(entries: readonly ComplaintEntry[], quarters: boolean, start: number, end: number): { total: number; latest: number } {
  let total = 0, latest = 0;
  for (let j = 0; j < entries.length; j++) {
    const code = periodCodeInt(entries[j].period);
    if (code === NO_PERIOD_CODE) continue;
    const k = indexOf(code, quarters);
    if (k < start || k > end) continue;
    total += entries[j].count;
    if (k === end) latest += entries[j].count;
  }
  return { total, latest };
}
