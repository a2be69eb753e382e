/**
 * Complaint windows for the gap analysis: each touchpoint's span of periods and its complaints in
 * the journey's window, over flat typed arrays (no allocation per entry).
 */
import { periodCode } from '../periods';
import type { ComplaintEntry } from '../schema';

/** Per-touchpoint complaint span: total, min/max month index, min/max quarter index, has quarters. */
export const SPAN = 6;

export function spanOf(entries: readonly ComplaintEntry[], spans: Float64Array, o: number, codes: Float64Array, counts: Float64Array, at: number): void {
  let total = 0, minM = Infinity, maxM = -Infinity, minQ = Infinity, maxQ = -Infinity, hasQuarter = 0;
  for (let j = 0; j < entries.length; j++) {
    const e = entries[j];
    const code = periodCode(e.period);
    codes[at + j] = code;
    counts[at + j] = e.count;
    if (code !== code) continue; // an invalid period counts nowhere
    total += e.count;
    let q: number;
    if (code >= 0) {
      if (code < minM) minM = code;
      if (code > maxM) maxM = code;
      q = Math.floor(code / 3);
    } else {
      hasQuarter = 1;
      q = -code - 1;
    }
    if (q < minQ) minQ = q;
    if (q > maxQ) maxQ = q;
  }
  spans[o] = total;
  spans[o + 1] = minM;
  spans[o + 2] = maxM;
  spans[o + 3] = minQ;
  spans[o + 4] = maxQ;
  spans[o + 5] = hasQuarter;
}

/** Window total and latest-period count of one touchpoint, from the periods parsed in pass 1. */
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
): void {
  let total = 0, latest = 0;
  for (let j = from; j < to; j++) {
    const code = codes[j];
    if (code !== code) continue;
    const k = quarters ? (code >= 0 ? Math.floor(code / 3) : -code - 1) : code;
    if (k < start || k > end) continue;
    total += counts[j];
    if (k === end) latest += counts[j];
  }
  wTotal[i] = total;
  wLatest[i] = latest;
}

/** The same, parsing again (a kept touchpoint when the window moved). */
export function windowCounts(
  entries: readonly ComplaintEntry[],
  quarters: boolean,
  start: number,
  end: number,
  wTotal: Float64Array,
  wLatest: Float64Array,
  i: number,
): void {
  let total = 0, latest = 0;
  for (let j = 0; j < entries.length; j++) {
    const code = periodCode(entries[j].period);
    if (code !== code) continue;
    const k = quarters ? (code >= 0 ? Math.floor(code / 3) : -code - 1) : code;
    if (k < start || k > end) continue;
    total += entries[j].count;
    if (k === end) latest += entries[j].count;
  }
  wTotal[i] = total;
  wLatest[i] = latest;
}
