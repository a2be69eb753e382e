/**
 * Complaint windows for the gap analysis: each touchpoint's span of periods and its complaints in
 * the journey's window, over flat typed arrays (no allocation per entry).
 *
 * Every entry of every touchpoint is read once (`spanOf`): its period parsed into an int32 code
 * (`periodCodeInt`) and stored with its count, so the window pass reads typed arrays instead of
 * the entry objects again.
 */
import { NO_PERIOD_CODE, periodCodeInt } from '../periods';
import type { ComplaintEntry } from '../schema';

/**
 * Per-touchpoint complaint span: total over valid periods, min/max month index over its month
 * entries, min/max quarter index over its quarter entries (±Infinity when it has none).
 */
export const SPAN = 5;
export const SP_TOTAL = 0, SP_MIN_MONTH = 1, SP_MAX_MONTH = 2, SP_MIN_QUARTER = 3, SP_MAX_QUARTER = 4;

/**
 * One touchpoint's span into `spans` at `o`; its entries' codes and counts into `codes` and
 * `counts` from `at`. Months and quarters are kept apart here: whether the journey counts in
 * quarters is known only after every touchpoint (`journeySpan`).
 */
export function spanOf(entries: readonly ComplaintEntry[], spans: Float64Array, o: number, codes: Int32Array, counts: Float64Array, at: number): void {
  let total = 0, minM = Infinity, maxM = -Infinity, minQ = Infinity, maxQ = -Infinity;
  for (let j = 0; j < entries.length; j++) {
    const e = entries[j];
    const code = periodCodeInt(e.period);
    const count = e.count;
    codes[at + j] = code;
    counts[at + j] = count;
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
  spans[o + SP_TOTAL] = total;
  spans[o + SP_MIN_MONTH] = minM;
  spans[o + SP_MAX_MONTH] = maxM;
  spans[o + SP_MIN_QUARTER] = minQ;
  spans[o + SP_MAX_QUARTER] = maxQ;
}

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

/** Window total and latest-period count of one touchpoint, from the codes parsed by `spanOf`. */
export function windowFromCodes(
  codes: Int32Array,
  counts: Float64Array,
  from: number,
  to: number,
  quarters: boolean,
  start: number,
  end: number,
  wTotal: Float64Array,
  wLatest: Float64Array,
  i: number,
): void {
  let total = 0, latest = 0;
  for (let j = from; j < to; j++) {
    const code = codes[j];
    if (code === NO_PERIOD_CODE) continue;
    const k = indexOf(code, quarters);
    if (k < start || k > end) continue;
    total += counts[j];
    if (k === end) latest += counts[j];
  }
  wTotal[i] = total;
  wLatest[i] = latest;
}

const SUMS = new Float64Array(2);

/** Window total and latest-period count of one touchpoint's entries, parsing them again; into `SUMS`. */
function sumWindow(entries: readonly ComplaintEntry[], quarters: boolean, start: number, end: number): Float64Array {
  let total = 0, latest = 0;
  for (let j = 0; j < entries.length; j++) {
    const code = periodCodeInt(entries[j].period);
    if (code === NO_PERIOD_CODE) continue;
    const k = indexOf(code, quarters);
    if (k < start || k > end) continue;
    total += entries[j].count;
    if (k === end) latest += entries[j].count;
  }
  SUMS[0] = total;
  SUMS[1] = latest;
  return SUMS;
}

/** `windowFromCodes` for a touchpoint kept from the previous run when the window moved. */
export function windowCounts(
  entries: readonly ComplaintEntry[],
  quarters: boolean,
  start: number,
  end: number,
  wTotal: Float64Array,
  wLatest: Float64Array,
  i: number,
): void {
  const sums = sumWindow(entries, quarters, start, end);
  wTotal[i] = sums[0];
  wLatest[i] = sums[1];
}

/** The same sums, for a gap message (the same entries in the same order give the same numbers). */
export function windowSums(entries: readonly ComplaintEntry[], quarters: boolean, start: number, end: number): { total: number; latest: number } {
  const sums = sumWindow(entries, quarters, start, end);
  return { total: sums[0], latest: sums[1] };
}
