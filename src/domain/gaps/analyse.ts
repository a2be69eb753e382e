/**
 * `analyse(journey)`: every touchpoint's gaps, residual risk and the journey summary. One pass to
 * find the complaint window, one for window totals, one to evaluate touchpoints, one to rank.
 *
 * `createGapAnalyser()` returns the same function with memory: a touchpoint whose record (by
 * identity), gap decisions and journey-level inputs did not change gets back the very same Gap
 * objects and array as in the previous run, so views keyed on them do not re-render.
 */
import { createRequiredIndex } from '../catalogue/required';
import { findKind } from '../catalogue/kinds';
import { periodFromIndex, parsePeriod } from '../periods';
import type { ResidualRisk } from '../risk';
import type { ComplaintEntry, CustomControl, GapDecision, JourneyData, Severity, Touchpoint } from '../schema';
import { evaluateTouchpoint, type RunContext, type TouchpointResult, type WindowStats } from './rules';
import { SEVERITY_RANK } from './severity';
import type { Gap, GapAnalysis } from './types';

/** A touchpoint's complaints, parsed once per complaints array. */
interface Digest {
  total: number;
  hasQuarter: boolean;
  /** Month index per entry, -1 for a quarter entry. */
  month: number[];
  /** Quarter index per entry (a month's quarter for month entries). */
  quarter: number[];
  count: number[];
  minMonth: number;
  maxMonth: number;
  minQuarter: number;
  maxQuarter: number;
}

const EMPTY_DIGEST: Digest = {
  total: 0,
  hasQuarter: false,
  month: [],
  quarter: [],
  count: [],
  minMonth: Infinity,
  maxMonth: -Infinity,
  minQuarter: Infinity,
  maxQuarter: -Infinity,
};

function digestOf(entries: readonly ComplaintEntry[]): Digest {
  if (entries.length === 0) return EMPTY_DIGEST;
  const d: Digest = { ...EMPTY_DIGEST, month: [], quarter: [], count: [] };
  for (const e of entries) {
    const p = parsePeriod(e.period);
    if (!p) continue;
    const m = p.granularity === 'month' ? p.index : -1;
    const q = m >= 0 ? Math.floor(m / 3) : p.index;
    if (m < 0) d.hasQuarter = true;
    else {
      if (m < d.minMonth) d.minMonth = m;
      if (m > d.maxMonth) d.maxMonth = m;
    }
    if (q < d.minQuarter) d.minQuarter = q;
    if (q > d.maxQuarter) d.maxQuarter = q;
    d.month.push(m);
    d.quarter.push(q);
    d.count.push(e.count);
    d.total += e.count;
  }
  return d;
}

interface CacheEntry {
  t: Touchpoint;
  decisions: readonly GapDecision[] | undefined;
  /** The journey's window total when the touchpoint has complaints in the window, else -1. */
  hotKey: number;
  result: TouchpointResult;
}

function sameItems<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export type GapAnalyser = (data: JourneyData) => GapAnalysis;

export function createGapAnalyser(): GapAnalyser {
  const digests = new WeakMap<readonly ComplaintEntry[], Digest>();
  let cache = new Map<string, CacheEntry>();
  let signature = '';
  let customSeen: readonly CustomControl[] = [];
  let customVersion = 0;

  return function analyseJourney(data: JourneyData): GapAnalysis {
    const { meta, touchpoints, customControls, gapDecisions } = data;
    const { riskBands: bands, gapThresholds: th } = meta.settings;
    const n = touchpoints.length;

    // Pass 1: parse complaints (memoised per array), find the journey's granularity and span.
    const ds = new Array<Digest>(n);
    let quarters = meta.settings.complaintPeriod === 'quarter';
    let minM = Infinity, maxM = -Infinity, minQ = Infinity, maxQ = -Infinity;
    for (let i = 0; i < n; i++) {
      const entries = touchpoints[i].complaints;
      let d = entries.length ? digests.get(entries) : EMPTY_DIGEST;
      if (!d) {
        d = digestOf(entries);
        digests.set(entries, d);
      }
      ds[i] = d;
      if (d.hasQuarter) quarters = true;
      if (d.minMonth < minM) minM = d.minMonth;
      if (d.maxMonth > maxM) maxM = d.maxMonth;
      if (d.minQuarter < minQ) minQ = d.minQuarter;
      if (d.maxQuarter > maxQ) maxQ = d.maxQuarter;
    }
    const lo = quarters ? minQ : minM;
    const hi = quarters ? maxQ : maxM;
    const windowLength = hi === -Infinity ? 0 : hi - Math.max(lo, hi - th.hotspotWindow + 1) + 1;
    const windowStart = hi - windowLength + 1;

    // Pass 2: complaints inside the window, per touchpoint and for the journey.
    const wTotal = new Float64Array(n);
    const wLatest = new Float64Array(n);
    const wPrevious = new Float64Array(n);
    let journeyWindowTotal = 0;
    if (windowLength > 0) {
      for (let i = 0; i < n; i++) {
        const d = ds[i];
        if ((quarters ? d.maxQuarter : d.maxMonth) < windowStart) continue;
        const idx = quarters ? d.quarter : d.month;
        let total = 0, latest = 0;
        for (let j = 0; j < idx.length; j++) {
          const k = idx[j];
          if (k < windowStart || k > hi) continue;
          total += d.count[j];
          if (k === hi) latest += d.count[j];
        }
        wTotal[i] = total;
        wLatest[i] = latest;
        wPrevious[i] = total - latest;
        journeyWindowTotal += total;
      }
    }

    // Journey-level inputs every touchpoint depends on: a change drops the whole cache.
    if (!sameItems(customSeen, customControls)) {
      customSeen = customControls;
      customVersion++;
    }
    const sig = [
      meta.sector,
      bands.low, bands.medium, bands.high,
      th.hotspotWindow, th.hotspotShare, th.hotspotMinCount, th.spikeFactor, th.spikeMinDelta,
      quarters ? 'q' : 'm', windowStart, hi, customVersion,
    ].join('|');
    const previous = sig === signature ? cache : new Map<string, CacheEntry>();
    signature = sig;

    const customKinds = new Set<string>();
    for (const cc of customControls) for (const k of cc.kinds) customKinds.add(k);
    const ctx: RunContext = {
      bands,
      thresholds: th,
      required: createRequiredIndex(meta.sector, customControls),
      isKnownKind: (id) => findKind(id) !== undefined || customKinds.has(id),
      windowLength,
      latestPeriod: windowLength > 0 ? periodFromIndex(quarters ? 'quarter' : 'month', hi) : null,
      journeyWindowTotal,
    };

    let decisionsByTouchpoint: Map<string, GapDecision[]> | null = null;
    if (gapDecisions.length) {
      decisionsByTouchpoint = new Map();
      for (const d of gapDecisions) {
        const list = decisionsByTouchpoint.get(d.touchpointId);
        if (list) list.push(d);
        else decisionsByTouchpoint.set(d.touchpointId, [d]);
      }
    }

    // Pass 3: evaluate each touchpoint, or reuse its previous result.
    const next = new Map<string, CacheEntry>();
    const results = new Array<TouchpointResult>(n);
    const w: WindowStats = { total: 0, latest: 0, previousSum: 0 };
    for (let i = 0; i < n; i++) {
      const t = touchpoints[i];
      const decisions = decisionsByTouchpoint?.get(t.id);
      const hotKey = wTotal[i] > 0 ? journeyWindowTotal : -1;
      let entry = previous.get(t.id);
      if (!entry || entry.t !== t || entry.hotKey !== hotKey || !sameItems(entry.decisions, decisions)) {
        w.total = wTotal[i];
        w.latest = wLatest[i];
        w.previousSum = wPrevious[i];
        entry = { t, decisions, hotKey, result: evaluateTouchpoint(t, ctx, w, decisions) };
      }
      next.set(t.id, entry);
      results[i] = entry.result;
    }
    cache = next;

    // Pass 4: rank (severity, then the touchpoint's complaint total, then map order) and sum up.
    const order = new Array<number>(n);
    let anyComplaints = false;
    for (let i = 0; i < n; i++) {
      order[i] = i;
      if (ds[i].total > 0) anyComplaints = true;
    }
    if (anyComplaints) order.sort((a, b) => ds[b].total - ds[a].total || a - b);

    const buckets: Gap[][] = [[], [], [], []];
    const open: Record<Severity, number> = { low: 0, medium: 0, high: 0, critical: 0 };
    let accepted = 0;
    let covered = 0;
    let requiredControls = 0;
    const byTouchpoint = new Map<string, readonly Gap[]>();
    const residual = new Map<string, ResidualRisk | null>();
    for (let k = 0; k < n; k++) {
      const i = order[k];
      const r = results[i];
      const gaps = r.gaps;
      for (let j = 0; j < gaps.length; j++) {
        const g = gaps[j];
        buckets[3 - SEVERITY_RANK[g.severity]].push(g);
        if (g.open) open[g.severity]++;
        else accepted++;
      }
      covered += r.inPlace + r.partial / 2;
      requiredControls += r.applicable;
    }
    for (let i = 0; i < n; i++) {
      const id = touchpoints[i].id;
      byTouchpoint.set(id, results[i].gaps);
      residual.set(id, results[i].residual);
    }

    return {
      gaps: buckets[0].concat(buckets[1], buckets[2], buckets[3]),
      byTouchpoint,
      residual,
      summary: { open, accepted, coverage: requiredControls ? covered / requiredControls : 0, requiredControls },
    };
  };
}

/** One-shot analysis (no memory between calls); for the UI, keep one `createGapAnalyser()`. */
export function analyse(data: JourneyData): GapAnalysis {
  return createGapAnalyser()(data);
}
