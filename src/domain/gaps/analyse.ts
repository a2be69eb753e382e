/**
 * `analyse(journey)`: every touchpoint's gaps, residual risk and the journey summary. Three
 * passes over the touchpoints (`passes.ts`: read each record once; complaints in the window; the
 * rules) and the ranking (`summarise`).
 *
 * `createGapAnalyser()` returns the same function with memory: a touchpoint whose record (by
 * identity), gap decisions and journey-level inputs did not change gets back the very same Gap
 * objects and array as in the previous run, so views keyed on them do not re-render.
 *
 * Speed matters (the target: 10,000 touchpoints in under 20 ms; docs/performance.md): the loops
 * avoid allocating per entry or per control, each record is read once, the result's objects are
 * small (see `GapRecord`; messages are worded only when read) and working arrays are kept between
 * runs.
 */
import { createRequiredIndex } from '../catalogue/required';
import { findKind } from '../catalogue/kinds';
import { periodFromIndex } from '../periods';
import { residualOf, type ResidualRisk } from '../risk';
import type { CustomControl, GapDecision, JourneyData, RiskBands, Sector, Touchpoint } from '../schema';
import { idName, NO_KIND } from './digest';
import { factsFor, riskLevelTable } from './facts';
import { AnalysisGaps } from './gapLists';
import { ArrayValues, TouchpointMap } from './touchpointMap';
import { evaluateAll, matchPrevious, readRecords, sameItems, windowTotals, type ComplaintWindow, type Memory, type Records } from './passes';
import { makeKindPlan, type KindPlan, type RunContext } from './rules';
import { summarise } from './summary';
import { journeySpan, type JourneySpan } from './window';
import type { GapAnalysis } from './types';

export type GapAnalyser = (data: JourneyData) => GapAnalysis;

export function createGapAnalyser(): GapAnalyser {
  let memory: Memory | null = null;
  let customSeen: readonly CustomControl[] = [];
  let customVersion = 0;
  return (data) => {
    if (!sameItems(customSeen, data.customControls)) {
      customSeen = data.customControls;
      customVersion++;
    }
    const out = run(data, memory, customVersion, true);
    memory = out.memory;
    return out.analysis;
  };
}

/** One-shot analysis (no memory between calls); for a live view, keep one `createGapAnalyser()`. */
export function analyse(data: JourneyData): GapAnalysis {
  return run(data, null, 0, false).analysis;
}

/** Per-kind plans for one run, by kind id number: required controls (sector and custom controls applied). */
function kindPlans(sector: Sector, customControls: readonly CustomControl[]): (kindNumber: number) => KindPlan {
  const required = createRequiredIndex(sector, customControls);
  const customKinds = new Set<string>();
  for (const cc of customControls) for (const k of cc.kinds) customKinds.add(k);
  const none = makeKindPlan([], false);
  const plans: (KindPlan | undefined)[] = [];
  return (kindNumber) => {
    if (kindNumber === NO_KIND) return none;
    let plan = plans[kindNumber];
    if (!plan) {
      const kindId = idName(kindNumber);
      plan = makeKindPlan(required(kindId), findKind(kindId) !== undefined || customKinds.has(kindId));
      plans[kindNumber] = plan;
    }
    return plan;
  };
}

/** Residual risks are values: touchpoints with equal inputs share one frozen object. */
function residualFactory(bands: RiskBands, cache: Map<number, ResidualRisk>) {
  return (likelihood: number, impact: number, inPlace: number, partial: number, applicable: number): ResidualRisk => {
    if (applicable > 255) return Object.freeze(residualOf({ likelihood, impact, rationale: '' }, inPlace, partial, applicable, bands));
    const key = ((applicable * 256 + inPlace) * 256 + partial) * 64 + likelihood * 8 + impact;
    let r = cache.get(key);
    if (!r) {
      r = Object.freeze(residualOf({ likelihood, impact, rationale: '' }, inPlace, partial, applicable, bands));
      cache.set(key, r);
    }
    return r;
  };
}

/**
 * Each touchpoint's gap decisions, by index; null when there are none. A journey has far fewer
 * decisions than touchpoints, so each decision finds its touchpoint in the id index (and the
 * result is a map of those few, not an array of N: at 50,000 touchpoints an array per analysis
 * was 400 KB more for the old generation); when an id repeats, every touchpoint with that id gets
 * its decisions, looked up by id.
 */
function decisionsByIndex(gapDecisions: readonly GapDecision[], touchpoints: readonly Touchpoint[], records: Records): Map<number, GapDecision[]> | null {
  if (!gapDecisions.length) return null;
  const out = new Map<number, GapDecision[]>();
  if (records.uniqueIds) {
    for (const d of gapDecisions) {
      const i = records.index.get(d.touchpointId);
      if (i === undefined) continue;
      const list = out.get(i);
      if (list) list.push(d);
      else out.set(i, [d]);
    }
    return out;
  }
  const byId = new Map<string, GapDecision[]>();
  for (const d of gapDecisions) {
    const list = byId.get(d.touchpointId);
    if (list) list.push(d);
    else byId.set(d.touchpointId, [d]);
  }
  for (let i = 0; i < touchpoints.length; i++) {
    const list = byId.get(touchpoints[i].id);
    if (list) out.set(i, list);
  }
  return out;
}

/** Where an analysis keeps its lists: a non-enumerable property, read by the shared `gaps` getter. */
const LISTS = Symbol('gap lists');

function rankedGaps(this: { [LISTS]: AnalysisGaps }): GapAnalysis['gaps'] {
  return this[LISTS].ranked();
}

/**
 * The analysis as its callers see it. `gaps` is an own, enumerable property read through a
 * getter: the ranked list's objects are made the first time it is read (`AnalysisGaps`).
 *
 * The getter is one function for every analysis, not a closure per analysis: V8 gives an object
 * whose accessor is a new function a new hidden class, reached by a transition from the shared
 * one; a young-generation collection holds transitions strongly, so every analysis — at 50,000
 * touchpoints, megabytes of typed arrays — outlived its callers until a full collection, and back
 * to back they brought one on every dozen runs (docs/performance.md).
 */
function gapAnalysis(gapLists: AnalysisGaps, byTouchpoint: GapAnalysis['byTouchpoint'], residual: GapAnalysis['residual'], summary: GapAnalysis['summary']): GapAnalysis {
  const analysis = { byTouchpoint, residual, summary } as GapAnalysis;
  Object.defineProperty(analysis, LISTS, { value: gapLists });
  Object.defineProperty(analysis, 'gaps', { get: rankedGaps, enumerable: true });
  return analysis;
}

/** The last `hotspotWindow` periods of the journey, up to the latest with complaints, not before the earliest. */
function complaintWindow(span: JourneySpan, hotspotWindow: number): ComplaintWindow {
  const { quarters, lo, hi } = span;
  const length = hi === -Infinity ? 0 : hi - Math.max(lo, hi - hotspotWindow + 1) + 1;
  const start = hi - length + 1;
  return { quarters, start, end: hi, length, key: `${quarters ? 'q' : 'm'}|${start}|${hi}` };
}

/**
 * One analysis. `keep`: build the memory for the next run (the analyser); a one-shot analysis
 * works in scratch arrays instead. The context's window fields are filled once pass 2 knows them
 * (the facts read in pass 1 do not depend on them).
 */
function run(data: JourneyData, memory: Memory | null, customVersion: number, keep: boolean): { analysis: GapAnalysis; memory: Memory | null } {
  const { meta, touchpoints, customControls, gapDecisions } = data;
  const { riskBands: bands, gapThresholds: th } = meta.settings;
  const n = touchpoints.length;
  const previous = memory ? matchPrevious(memory, touchpoints) : null;

  // Residual risks depend on the bands only.
  const bandsKey = `${bands.low}|${bands.medium}|${bands.high}`;
  const residualCache = memory && memory.bandsKey === bandsKey ? memory.residualCache : new Map<number, ResidualRisk>();
  const ctx: RunContext = {
    bands,
    thresholds: th,
    kind: kindPlans(meta.sector, customControls),
    residual: residualFactory(bands, residualCache),
    levels: riskLevelTable(bands),
    windowLength: 0,
    windowStart: 0,
    quarters: false,
    latestPeriod: null,
    journeyWindowTotal: 0,
  };
  const facts = factsFor(n);

  const records = readRecords(touchpoints, previous, facts, ctx, keep);
  const win = complaintWindow(journeySpan(records.spans, n, meta.settings.complaintPeriod === 'quarter'), th.hotspotWindow);
  const totals = windowTotals(touchpoints, records, previous, win, keep);
  ctx.windowLength = win.length;
  ctx.windowStart = win.start;
  ctx.quarters = win.quarters;
  ctx.latestPeriod = win.length > 0 ? periodFromIndex(win.quarters ? 'quarter' : 'month', win.end) : null;
  ctx.journeyWindowTotal = totals.journeyTotal;

  // Journey-level inputs every touchpoint depends on: when they change nothing is reused.
  const signature = [
    meta.sector, bandsKey,
    th.hotspotWindow, th.hotspotShare, th.hotspotMinCount, th.spikeFactor, th.spikeMinDelta,
    win.key, customVersion,
  ].join('|');
  const reuse = memory !== null && memory.signature === signature ? memory : null;
  const evaluated = evaluateAll(touchpoints, records, totals, previous, reuse, facts, ctx, decisionsByIndex(gapDecisions, touchpoints, records), keep);

  const { ranked, summary } = summarise(n, evaluated.columns, evaluated.stats, records.spans);
  const link = reuse && evaluated.reusedFrom ? { gaps: reuse.gapLists, touchpointAt: evaluated.reusedFrom, gapAt: evaluated.prior! } : null;
  const gapLists = new AnalysisGaps(touchpoints, evaluated.columns, ranked, link);
  // The arrays the analysis keeps are copied out of shared storage last (see `GapSink`).
  const index = records.index.sealed();
  const residuals = facts.residualsKept(n);
  const residual = new TouchpointMap(index, new ArrayValues(residuals));
  const analysis = gapAnalysis(gapLists, new TouchpointMap(index, gapLists), residual, summary);
  if (!keep) return { analysis, memory: null };
  return {
    analysis,
    memory: {
      signature,
      bandsKey,
      windowKey: win.key,
      touchpoints,
      spans: records.spans,
      wTotal: totals.wTotal,
      wLatest: totals.wLatest,
      hotKeys: evaluated.hotKeys!,
      decisions: evaluated.decisionsOf!,
      gapLists,
      residuals,
      stats: evaluated.stats,
      residualCache,
      byId: index,
    },
  };
}
