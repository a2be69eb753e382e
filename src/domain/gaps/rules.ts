/**
 * The gap rules applied to one touchpoint (domain notes, "Gap rules: defaults"). Journey-level
 * inputs — required controls per kind, the complaint window and its total — come in `RunContext`,
 * computed once per analysis.
 */
import type { ControlDef } from '../catalogue/controls';
import { hasReason, residualOf, riskLevel, type ResidualRisk, type RiskLevel } from '../risk';
import type { GapDecision, GapThresholds, RiskBands, Severity, Touchpoint } from '../schema';
import { GapRecord, type RunFacts, type TouchpointFacts } from './gap';
import { riskSteps, SEVERITY_RANK, shiftSeverity } from './severity';
import type { Gap, GapRule } from './types';

/** Float slack, so that 25 % of 40 complaints is 10 however 0.25 × 40 rounds. */
const EPS = 1e-9;

/** At least `hotspotMinCount` complaints in the window and at least `hotspotShare` of the journey's. */
export function isHotspot(count: number, journeyTotal: number, th: GapThresholds): boolean {
  return count > 0 && count >= th.hotspotMinCount && count >= th.hotspotShare * journeyTotal - EPS;
}

/** The latest period at least `spikeFactor` × the mean of the previous ones, and `spikeMinDelta` above it. */
export function isSpike(latest: number, previousMean: number, th: GapThresholds): boolean {
  return latest > 0 && latest >= th.spikeFactor * previousMean - EPS && latest - previousMean >= th.spikeMinDelta - EPS;
}

export interface RunContext extends RunFacts {
  bands: RiskBands;
  /** Required controls of a kind for this journey (one shared array per kind). */
  required: (kindId: string | null) => readonly ControlDef[];
  /** A catalogue kind, or one the journey's custom controls name. */
  isKnownKind: (kindId: string) => boolean;
}

/** A touchpoint's complaints inside the window. */
export interface WindowStats {
  total: number;
  /** Of which in the window's latest period. */
  latest: number;
}

/** Everything the analysis keeps about one touchpoint (also what its gaps word messages from). */
export interface TouchpointResult extends TouchpointFacts {
  /** Severity descending; rule order within a severity. */
  gaps: readonly Gap[];
  residual: ResidualRisk | null;
  inPlace: number;
  partial: number;
  /** Inputs the result was computed from, for reuse by `createGapAnalyser`. */
  decisions: readonly GapDecision[] | undefined;
  hotKey: number;
}

export const NO_GAPS: readonly Gap[] = Object.freeze([]);

function findDecision(decisions: readonly GapDecision[] | undefined, rule: GapRule, controlId: string | null): GapDecision | null {
  if (!decisions) return null;
  for (const d of decisions) if (d.rule === rule && (d.controlId ?? null) === controlId) return d;
  return null;
}

function addGap(r: TouchpointResult, rule: GapRule, control: ControlDef | null, severity: Severity): void {
  const g = new GapRecord(r, rule, control, severity, findDecision(r.decisions, rule, control ? control.id : null));
  if (r.gaps === NO_GAPS) r.gaps = [g];
  else (r.gaps as Gap[]).push(g);
}

const bySeverityDesc = (a: Gap, b: Gap) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];

export function evaluateTouchpoint(
  t: Touchpoint,
  ctx: RunContext,
  w: WindowStats,
  decisions: readonly GapDecision[] | undefined,
  hotKey = -1,
): TouchpointResult {
  const th = ctx.thresholds;
  const risk = t.risk;
  const level: RiskLevel | null = risk ? riskLevel(risk.likelihood * risk.impact, ctx.bands) : null;
  const serious = level === 'high' || level === 'critical';
  const hotspot = isHotspot(w.total, ctx.journeyWindowTotal, th);
  const r: TouchpointResult = {
    t,
    run: ctx,
    level,
    hotspot,
    windowTotal: w.total,
    latest: w.latest,
    applicable: 0,
    seriousGaps: 0,
    gaps: NO_GAPS,
    residual: null,
    inPlace: 0,
    partial: 0,
    decisions,
    hotKey,
  };

  // Required controls: missing / partial, and the tally behind coverage and residual risk.
  const required = ctx.required(t.kind);
  const missingStep = riskSteps(level) + (hotspot ? 1 : 0);
  let inPlace = 0;
  let partial = 0;
  let applicable = 0;
  for (let i = 0; i < required.length; i++) {
    const def = required[i];
    const state = t.controls[def.id];
    const status = state === undefined ? undefined : state.status;
    if (status === 'in-place') {
      inPlace++;
      applicable++;
      continue;
    }
    if (status === 'not-applicable' && hasReason(state)) continue;
    applicable++;
    const missing = shiftSeverity(def.baseSeverity, missingStep);
    if (status === 'partial') {
      partial++;
      addGap(r, 'partial-control', def, shiftSeverity(missing, -1));
    } else {
      addGap(r, 'missing-control', def, missing);
    }
  }
  r.applicable = applicable;
  r.inPlace = inPlace;
  r.partial = partial;

  if (serious && inPlace === 0) addGap(r, 'unmitigated-high-risk', null, level === 'critical' ? 'critical' : 'high');
  if (hotspot) addGap(r, 'complaint-hotspot', null, serious ? 'high' : 'medium');
  if (ctx.windowLength > 1 && isSpike(w.latest, (w.total - w.latest) / (ctx.windowLength - 1), th)) addGap(r, 'complaint-spike', null, 'high');
  if (t.kind === null || !ctx.isKnownKind(t.kind)) addGap(r, 'incomplete-kind', null, 'low');
  if (!risk) addGap(r, 'incomplete-risk', null, 'low');

  if (t.owner.trim() === '') {
    let seriousGaps = 0;
    for (const g of r.gaps) if (g.open && SEVERITY_RANK[g.severity] >= 2) seriousGaps++;
    r.seriousGaps = seriousGaps;
    if (serious || seriousGaps > 0) addGap(r, 'no-owner', null, 'medium');
  }

  if (r.gaps.length > 1) (r.gaps as Gap[]).sort(bySeverityDesc);
  if (risk) r.residual = residualOf(risk, inPlace, partial, applicable, ctx.bands);
  return r;
}
