/** The last step of the gap analysis: ranking the gaps and summing up. */
import type { Severity } from '../schema';
import type { GapColumns } from './gapLists';
import type { GapSummary } from './types';
import { SPAN, SP_TOTAL } from './window';

/**
 * Per-touchpoint numbers the summary adds up: controls in place, partial, applicable; gaps by
 * severity rank (low … critical); open gaps by rank; accepted gaps.
 */
export const STATS = 12;
export const S_IN_PLACE = 0, S_PARTIAL = 1, S_APPLICABLE = 2, S_COUNT = 3, S_OPEN = 7, S_ACCEPTED = 11;

/** Scratch kept between analyses (a large journey needs arrays of 50,000). */
let sortKeys = new Float64Array(0);
let startScratch = new Int32Array(0);
let orderScratch = new Int32Array(0);
let bucketScratch = new Int32Array(0);

/**
 * Touchpoint indexes by complaint total, descending, ties in map order; null when no touchpoint
 * has complaints (map order).
 */
function complaintOrder(spans: Float64Array, n: number): ArrayLike<number> | null {
  let maxTotal = 0;
  let whole = true;
  for (let o = SP_TOTAL, end = n * SPAN; o < end; o += SPAN) {
    const total = spans[o];
    if (total > maxTotal) maxTotal = total;
    if (total !== Math.floor(total)) whole = false;
  }
  if (maxTotal === 0) return null;
  if (whole && maxTotal <= 4 * n + 1024) return countingOrder(spans, n, maxTotal);
  if (maxTotal * n < 2 ** 52) return keyOrder(spans, n, maxTotal);
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => spans[b * SPAN + SP_TOTAL] - spans[a * SPAN + SP_TOTAL] || a - b);
}

/**
 * Whole totals up to a few times n (the usual case): a counting sort, linear and stable (a
 * total's touchpoints are placed in map order).
 */
function countingOrder(spans: Float64Array, n: number, maxTotal: number): Int32Array {
  if (bucketScratch.length < maxTotal + 1) bucketScratch = new Int32Array(maxTotal + 1);
  if (orderScratch.length < n) orderScratch = new Int32Array(n);
  // Bucket b = maxTotal − total, so the largest totals come first.
  const start = bucketScratch.subarray(0, maxTotal + 1);
  start.fill(0);
  for (let i = 0; i < n; i++) start[maxTotal - spans[i * SPAN + SP_TOTAL]]++;
  for (let b = 0, sum = 0; b <= maxTotal; b++) {
    const count = start[b];
    start[b] = sum;
    sum += count;
  }
  const order = orderScratch.subarray(0, n);
  for (let i = 0; i < n; i++) order[start[maxTotal - spans[i * SPAN + SP_TOTAL]]++] = i;
  return order;
}

/**
 * Otherwise: sorting plain numbers is far faster than sorting with a comparator. Key = (max −
 * total) × n + index, exact while it stays below 2⁵³.
 */
function keyOrder(spans: Float64Array, n: number, maxTotal: number): Float64Array {
  if (sortKeys.length < n) sortKeys = new Float64Array(n);
  const keys = sortKeys.subarray(0, n);
  for (let i = 0; i < n; i++) keys[i] = (maxTotal - spans[i * SPAN + SP_TOTAL]) * n + i;
  keys.sort();
  for (let k = 0; k < n; k++) keys[k] = keys[k] % n;
  return keys;
}

/**
 * Ranks the gaps of `n` touchpoints — severity, then the touchpoint's complaint total, then map
 * order — and sums up.
 */
export function summarise(n: number, columns: GapColumns, stats: Int32Array, spans: Float64Array): { ranked: Int32Array; summary: GapSummary } {
  const order = complaintOrder(spans, n);

  // Sums from the per-touchpoint numbers (no need to visit every gap object).
  const perRank = [0, 0, 0, 0];
  const openPerRank = [0, 0, 0, 0];
  let accepted = 0;
  let covered = 0;
  let requiredControls = 0;
  for (let i = 0, o = 0; i < n; i++, o += STATS) {
    covered += stats[o + S_IN_PLACE] + stats[o + S_PARTIAL] / 2;
    requiredControls += stats[o + S_APPLICABLE];
    accepted += stats[o + S_ACCEPTED];
    for (let r = 0; r < 4; r++) {
      perRank[r] += stats[o + S_COUNT + r];
      openPerRank[r] += stats[o + S_OPEN + r];
    }
  }

  const ranked = rankGaps(n, order, columns.from, stats, perRank, columns.size);
  const open: Record<Severity, number> = { low: openPerRank[0], medium: openPerRank[1], high: openPerRank[2], critical: openPerRank[3] };
  return { ranked, summary: { open, accepted, coverage: requiredControls ? covered / requiredControls : 0, requiredControls } };
}

/**
 * The gaps' positions in ranked order: by severity, then touchpoints in complaint order (`order`,
 * or map order), a touchpoint's own gaps in their order. First where each touchpoint's slice of
 * each severity starts, walking the complaint order over its counts; then each touchpoint's gaps,
 * which lie together severity descending (`from`), are placed in map order. Typed arrays only:
 * the Gap objects are made when the list is read (`AnalysisGaps`).
 */
function rankGaps(n: number, order: ArrayLike<number> | null, from: Int32Array, stats: Int32Array, perRank: number[], gapCount: number): Int32Array {
  if (startScratch.length < n * 4) startScratch = new Int32Array(Math.ceil(n * 1.25) * 4);
  const start = startScratch;
  // Critical first, then high, medium, low.
  let next3 = 0, next2 = perRank[3], next1 = next2 + perRank[2], next0 = next1 + perRank[1];
  for (let k = 0; k < n; k++) {
    const i = order ? order[k] : k;
    const o = i * STATS + S_COUNT;
    start[i * 4 + 3] = next3;
    start[i * 4 + 2] = next2;
    start[i * 4 + 1] = next1;
    start[i * 4] = next0;
    next3 += stats[o + 3];
    next2 += stats[o + 2];
    next1 += stats[o + 1];
    next0 += stats[o];
  }
  const ranked = new Int32Array(gapCount);
  for (let i = 0; i < n; i++) {
    let j = from[i];
    if (j === from[i + 1]) continue;
    // A touchpoint's gaps are sorted by severity: its counts per rank say which slice goes where.
    for (let r = 3; r >= 0; r--) {
      const end = j + stats[i * STATS + S_COUNT + r];
      for (let at = start[i * 4 + r]; j < end; j++) ranked[at++] = j;
    }
  }
  return ranked;
}
