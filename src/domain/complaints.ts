/**
 * Complaint statistics: totals, series, trend, windows and the dashboard's aggregations. Pure
 * functions over `ComplaintEntry[]` and `JourneyData`.
 *
 * Mixed months and quarters (an import may mix them): a series is in quarters as soon as one of
 * its periods is a quarter, and its months are then summed into their quarters — months can be
 * summed into quarters, a quarter cannot be split into months. For a whole journey the rule
 * applies across all touchpoints, and also when the journey is set to quarters.
 */
import { sortLanes } from './order';
import {
  commonGranularity,
  comparePeriods,
  indexIn,
  invalid,
  parsePeriod,
  periodFromIndex,
  toHalfWidth,
  type ParseResult,
} from './periods';
import { touchpointRiskLevel, type RiskLevel } from './risk';
import type { ComplaintEntry, JourneyData, Lane, PeriodGranularity, Touchpoint } from './schema';

export {
  comparePeriods,
  formatPeriod,
  isValidPeriod,
  parsePeriod,
  parsePeriodInput,
  periodRange,
  toQuarter,
  type ParsedPeriod,
  type ParseResult,
} from './periods';

export interface PeriodCount {
  period: string;
  count: number;
}

export function complaintTotal(entries: readonly ComplaintEntry[]): number {
  let total = 0;
  for (const e of entries) total += e.count;
  return total;
}

/** Granularity a set of entries is counted in: quarters if any entry is a quarter, else months. */
export function granularityOf(entries: readonly ComplaintEntry[]): PeriodGranularity {
  for (const e of entries) if (parsePeriod(e.period)?.granularity === 'quarter') return 'quarter';
  return 'month';
}

/** Distinct periods of the entries, in order, as recorded (no conversion). */
export function periodsOf(entries: readonly ComplaintEntry[]): string[] {
  return [...new Set(entries.map((e) => e.period))].sort(comparePeriods);
}

/**
 * Counts per period summed over categories, in order. In a quarter series months are summed
 * into their quarters (see the file comment); invalid periods are skipped.
 */
export function seriesByPeriod(entries: readonly ComplaintEntry[], granularity: PeriodGranularity = granularityOf(entries)): PeriodCount[] {
  const byIndex = new Map<number, number>();
  for (const e of entries) {
    const parsed = parsePeriod(e.period);
    if (!parsed) continue;
    const i = indexIn(parsed, granularity);
    if (i < 0) continue;
    byIndex.set(i, (byIndex.get(i) ?? 0) + e.count);
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([i, count]) => ({ period: periodFromIndex(granularity, i), count }));
}

/** The latest period within this share of the previous periods' mean counts as flat. */
export const TREND_TOLERANCE = 0.1;

export type Trend = 'up' | 'down' | 'flat';

export interface ComplaintStats {
  total: number;
  latestPeriod: string | null;
  latestCount: number;
  /** Mean count of the periods before the latest; null with fewer than two periods. */
  previousMean: number | null;
  /** Latest versus `previousMean` (within ±10 % of it is flat); null with fewer than two periods. */
  trend: Trend | null;
}

export function trendOf(latest: number, previousMean: number): Trend {
  const band = TREND_TOLERANCE * previousMean;
  if (latest > previousMean + band) return 'up';
  if (latest < previousMean - band) return 'down';
  return 'flat';
}

/**
 * Total, latest period and trend. By default over the periods the entries record (a period
 * nobody entered is not a zero); pass `periods` (e.g. the journey's window) to count over that
 * frame instead, where a period without entries is a zero.
 */
export function complaintStats(entries: readonly ComplaintEntry[], periods?: readonly string[]): ComplaintStats {
  const total = complaintTotal(entries);
  let series: PeriodCount[];
  if (periods) {
    const granularity = commonGranularity(periods);
    const byPeriod = new Map(seriesByPeriod(entries, granularity).map((p) => [p.period, p.count]));
    series = [...periods].sort(comparePeriods).map((period) => ({ period, count: byPeriod.get(period) ?? 0 }));
  } else {
    series = seriesByPeriod(entries);
  }
  if (series.length === 0) return { total, latestPeriod: null, latestCount: 0, previousMean: null, trend: null };
  const latest = series[series.length - 1];
  if (series.length < 2) return { total, latestPeriod: latest.period, latestCount: latest.count, previousMean: null, trend: null };
  let sum = 0;
  for (let i = 0; i < series.length - 1; i++) sum += series[i].count;
  const previousMean = sum / (series.length - 1);
  return { total, latestPeriod: latest.period, latestCount: latest.count, previousMean, trend: trendOf(latest.count, previousMean) };
}

/**
 * Complaints in the given periods. When the periods are quarters, months count toward their
 * quarter; a quarter entry never counts toward a month.
 */
export function windowTotal(entries: readonly ComplaintEntry[], lastPeriods: readonly string[]): number {
  if (!lastPeriods.length) return 0;
  const granularity = commonGranularity(lastPeriods);
  const wanted = new Set<number>();
  for (const p of lastPeriods) {
    const parsed = parsePeriod(p);
    if (parsed) wanted.add(indexIn(parsed, granularity));
  }
  let total = 0;
  for (const e of entries) {
    const parsed = parsePeriod(e.period);
    if (parsed && wanted.has(indexIn(parsed, granularity))) total += e.count;
  }
  return total;
}

/** The granularity of a journey's complaints: quarters when set to quarters or any entry is one. */
export function journeyGranularity(touchpoints: readonly Pick<Touchpoint, 'complaints'>[], setting: PeriodGranularity = 'month'): PeriodGranularity {
  if (setting === 'quarter') return 'quarter';
  for (const t of touchpoints) if (granularityOf(t.complaints) === 'quarter') return 'quarter';
  return 'month';
}

/** Every period with complaints anywhere in the journey, in order, in the journey's granularity. */
export function journeyPeriods(
  touchpoints: readonly Pick<Touchpoint, 'complaints'>[],
  granularity: PeriodGranularity = journeyGranularity(touchpoints),
): string[] {
  const indexes = new Set<number>();
  for (const t of touchpoints) {
    for (const e of t.complaints) {
      const parsed = parsePeriod(e.period);
      if (!parsed) continue;
      const i = indexIn(parsed, granularity);
      if (i >= 0) indexes.add(i);
    }
  }
  return [...indexes].sort((a, b) => a - b).map((i) => periodFromIndex(granularity, i));
}

/**
 * The last `n` consecutive periods ending at the latest of `periods`, not reaching back before
 * the earliest: a month (or quarter) between recorded ones is part of the window, with zero
 * complaints. Mixed input is first brought to quarters.
 */
export function lastNPeriods(periods: readonly string[], n: number): string[] {
  if (n <= 0) return [];
  const granularity = commonGranularity(periods);
  let min = Infinity;
  let max = -Infinity;
  for (const p of periods) {
    const parsed = parsePeriod(p);
    if (!parsed) continue;
    const i = indexIn(parsed, granularity);
    if (i < min) min = i;
    if (i > max) max = i;
  }
  if (max === -Infinity) return [];
  const out: string[] = [];
  for (let i = Math.max(min, max - n + 1); i <= max; i++) out.push(periodFromIndex(granularity, i));
  return out;
}

/**
 * Sums months into quarters, keeping the category split (entries without a category stay
 * without). Quarters pass through, merged with months of the same quarter and category. Ordered
 * by quarter, then by the order categories first appear. Invalid periods are dropped.
 */
export function monthsToQuarters(entries: readonly ComplaintEntry[]): ComplaintEntry[] {
  const byKey = new Map<string, ComplaintEntry>();
  for (const e of entries) {
    const parsed = parsePeriod(e.period);
    if (!parsed) continue;
    const period = periodFromIndex('quarter', indexIn(parsed, 'quarter'));
    const key = `${period}|${e.category ?? ''}`;
    const prev = byKey.get(key);
    if (prev) prev.count += e.count;
    else byKey.set(key, e.category === undefined ? { period, count: e.count } : { period, count: e.count, category: e.category });
  }
  return [...byKey.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

export type CountError = 'empty' | 'not-a-number' | 'not-whole' | 'negative' | 'too-large';

/**
 * Reads a complaint count typed by a person: a whole number ≥ 0. Accepts full-width digits and
 * thousands separators ('1,234').
 */
export function parseCount(text: string): ParseResult<number, CountError> {
  const s = toHalfWidth(text).trim().replace(/^\+/, '');
  if (!s) return invalid('empty', '请输入投诉数量', 'Enter a count');
  const plain = /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s;
  if (/^-\s*\d+(\.\d+)?$/.test(plain)) return invalid('negative', '数量不能为负数', 'A count cannot be negative');
  if (/^\d+\.\d+$/.test(plain) && !/^\d+\.0+$/.test(plain)) return invalid('not-whole', '数量应为整数', 'A count is a whole number');
  if (!/^\d+(\.0+)?$/.test(plain)) return invalid('not-a-number', '数量应为数字', 'A count is a number');
  const value = Number(plain);
  if (!Number.isSafeInteger(value)) return invalid('too-large', '数量过大', 'The count is too large');
  return { ok: true, value };
}

// ---- dashboard -------------------------------------------------------------------------------

export interface ComplaintWindowOptions {
  /** Count only these periods (e.g. one period for the heat overlay); all periods when absent. */
  periods?: readonly string[];
}

function totalIn(t: Pick<Touchpoint, 'complaints'>, options?: ComplaintWindowOptions): number {
  return options?.periods ? windowTotal(t.complaints, options.periods) : complaintTotal(t.complaints);
}

export interface LaneTotal {
  id: string;
  name: string;
  total: number;
}

function byLane(data: JourneyData, lanes: readonly Lane[], laneOf: (t: Touchpoint) => string, options?: ComplaintWindowOptions): LaneTotal[] {
  const totals = new Map<string, number>();
  for (const t of data.touchpoints) {
    const id = laneOf(t);
    totals.set(id, (totals.get(id) ?? 0) + totalIn(t, options));
  }
  return sortLanes(lanes).map((l) => ({ id: l.id, name: l.name, total: totals.get(l.id) ?? 0 }));
}

/** Complaints per stage, in stage order (every stage listed, zero when none). */
export function complaintsByStage(data: JourneyData, options?: ComplaintWindowOptions): LaneTotal[] {
  return byLane(data, data.stages, (t) => t.stageId, options);
}

/** Complaints per channel, in channel order (every channel listed, zero when none). */
export function complaintsByChannel(data: JourneyData, options?: ComplaintWindowOptions): LaneTotal[] {
  return byLane(data, data.channels, (t) => t.channelId, options);
}

export interface TouchpointTotal {
  id: string;
  title: string;
  total: number;
}

/** The `n` touchpoints with most complaints (those with none left out); ties keep map order. */
export function topTouchpointsByComplaints(data: JourneyData, n: number, options?: ComplaintWindowOptions): TouchpointTotal[] {
  return data.touchpoints
    .map((t) => ({ id: t.id, title: t.title, total: totalIn(t, options) }))
    .filter((t) => t.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, Math.max(0, n));
}

/** Touchpoints per inherent risk level under the journey's bands; `unassessed` when no risk. */
export function riskLevelCounts(data: JourneyData): Record<RiskLevel | 'unassessed', number> {
  const counts: Record<RiskLevel | 'unassessed', number> = { low: 0, medium: 0, high: 0, critical: 0, unassessed: 0 };
  for (const t of data.touchpoints) counts[touchpointRiskLevel(t, data.meta.settings.riskBands) ?? 'unassessed']++;
  return counts;
}

export interface ComplaintVolumes {
  total: number;
  max: number;
  byTouchpoint: Map<string, number>;
}

/** Per-touchpoint complaints, the journey total and the largest, for heat overlays and shares. */
export function complaintVolumes(data: Pick<JourneyData, 'touchpoints'>, options?: ComplaintWindowOptions): ComplaintVolumes {
  const byTouchpoint = new Map<string, number>();
  let total = 0;
  let max = 0;
  for (const t of data.touchpoints) {
    const v = totalIn(t, options);
    byTouchpoint.set(t.id, v);
    total += v;
    if (v > max) max = v;
  }
  return { total, max, byTouchpoint };
}
