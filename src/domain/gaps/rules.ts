/**
 * The gap rules applied to one touchpoint (domain notes, "Gap rules: defaults"). Journey-level
 * inputs — required controls per kind, the complaint window and its total — come in `RunContext`,
 * computed once per analysis.
 */
import type { ControlDef } from '../catalogue/controls';
import { hasReason, riskLevel, type ResidualRisk, type RiskLevel } from '../risk';
import type { ControlState, GapDecision, GapThresholds, Risk, Severity, Touchpoint } from '../schema';
import { GapRecord, type RunFacts } from './gap';
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
  /** What a kind needs in this journey (one shared plan per kind). */
  kind: (kindId: string | null) => KindPlan;
  /** Residual risk of (risk, tally): identical values share one frozen object. */
  residual: (risk: Risk, inPlace: number, partial: number, applicable: number) => ResidualRisk;
}

/** A kind's required controls for one journey, with their positions for quick lookup. */
export interface KindPlan {
  required: readonly ControlDef[];
  /** control id → index in `required`. */
  position: ReadonlyMap<string, number>;
  /** A catalogue kind, or one the journey's custom controls name (false for no kind). */
  known: boolean;
}

export function makeKindPlan(required: readonly ControlDef[], known: boolean): KindPlan {
  return { required, position: new Map(required.map((d, i) => [d.id, i])), known };
}

/** A touchpoint's complaints inside the window. */
export interface WindowStats {
  total: number;
  /** Of which in the window's latest period. */
  latest: number;
}

/** What the rules found for one touchpoint (a scratch object the caller may reuse). */
export interface TouchpointResult {
  /** Severity descending; rule order within a severity. */
  gaps: readonly Gap[];
  residual: ResidualRisk | null;
  inPlace: number;
  partial: number;
  /** Required controls not marked not applicable with a reason. */
  applicable: number;
}

export const NO_GAPS: readonly Gap[] = Object.freeze([]);

/** Scratch: control states by required position, for the touchpoint being evaluated (cleared after). */
const STATES: (ControlState | undefined)[] = [];

export function newTouchpointResult(): TouchpointResult {
  return { gaps: NO_GAPS, residual: null, inPlace: 0, partial: 0, applicable: 0 };
}

function findDecision(decisions: readonly GapDecision[] | undefined, rule: GapRule, controlId: string | null): GapDecision | null {
  if (!decisions) return null;
  for (const d of decisions) if (d.rule === rule && (d.controlId ?? null) === controlId) return d;
  return null;
}

function make(
  t: Touchpoint,
  ctx: RunContext,
  decisions: readonly GapDecision[] | undefined,
  rule: GapRule,
  control: ControlDef | null,
  severity: Severity,
  a = 0,
  b = 0,
): Gap {
  return new GapRecord(t, ctx, rule, control, severity, findDecision(decisions, rule, control ? control.id : null), a, b);
}

function append(list: Gap[] | null, g: Gap): Gap[] {
  if (!list) return [g];
  list.push(g);
  return list;
}

/** Stable insertion sort by severity, descending: the lists are short, and no comparator calls. */
function sortBySeverity(gaps: Gap[]): void {
  for (let i = 1; i < gaps.length; i++) {
    const g = gaps[i];
    const rank = SEVERITY_RANK[g.severity];
    let j = i - 1;
    while (j >= 0 && SEVERITY_RANK[gaps[j].severity] < rank) {
      gaps[j + 1] = gaps[j];
      j--;
    }
    gaps[j + 1] = g;
  }
}

/** Applies every rule to one touchpoint; writes into `out` (returned). */
export function evaluateTouchpoint(
  t: Touchpoint,
  ctx: RunContext,
  w: WindowStats,
  decisions: readonly GapDecision[] | undefined,
  out: TouchpointResult = newTouchpointResult(),
): TouchpointResult {
  const th = ctx.thresholds;
  const risk = t.risk;
  const level: RiskLevel | null = risk ? riskLevel(risk.likelihood * risk.impact, ctx.bands) : null;
  const serious = level === 'high' || level === 'critical';
  const hotspot = isHotspot(w.total, ctx.journeyWindowTotal, th);
  let gaps: Gap[] | null = null;

  // Required controls: missing / partial, and the tally behind coverage and residual risk.
  // The touchpoint's control states are read with one for-in over its (few) entries: V8 reads
  // `controls[key]` inside a for-in by the object's own layout, far faster than looking up each
  // required id in objects of thousands of different shapes.
  const plan = ctx.kind(t.kind);
  const required = plan.required;
  const states = STATES;
  if (required.length > 0) {
    for (let i = 0; i < required.length; i++) states[i] = undefined;
    const controls = t.controls;
    for (const key in controls) {
      const at = plan.position.get(key);
      if (at !== undefined) states[at] = controls[key];
    }
  }
  const riskStep = riskSteps(level);
  const hotStep = hotspot ? 1 : 0;
  let inPlace = 0;
  let partial = 0;
  let applicable = 0;
  for (let i = 0; i < required.length; i++) {
    const def = required[i];
    const state = states[i];
    states[i] = undefined;
    const status = state === undefined ? undefined : state.status;
    if (status === 'in-place') {
      inPlace++;
      applicable++;
      continue;
    }
    if (status === 'not-applicable' && hasReason(state)) continue;
    applicable++;
    const missing = shiftSeverity(def.baseSeverity, riskStep + hotStep);
    if (status === 'partial') {
      partial++;
      gaps = append(gaps, make(t, ctx, decisions, 'partial-control', def, shiftSeverity(missing, -1), riskStep, hotStep));
    } else {
      gaps = append(gaps, make(t, ctx, decisions, 'missing-control', def, missing, riskStep, hotStep));
    }
  }

  if (serious && inPlace === 0) gaps = append(gaps, make(t, ctx, decisions, 'unmitigated-high-risk', null, level === 'critical' ? 'critical' : 'high', applicable));
  if (hotspot) gaps = append(gaps, make(t, ctx, decisions, 'complaint-hotspot', null, serious ? 'high' : 'medium', w.total));
  if (ctx.windowLength > 1 && isSpike(w.latest, (w.total - w.latest) / (ctx.windowLength - 1), th)) {
    gaps = append(gaps, make(t, ctx, decisions, 'complaint-spike', null, 'high', w.latest, w.total - w.latest));
  }
  if (!plan.known) gaps = append(gaps, make(t, ctx, decisions, 'incomplete-kind', null, 'low'));
  if (!risk) gaps = append(gaps, make(t, ctx, decisions, 'incomplete-risk', null, 'low'));

  if (t.owner.trim() === '') {
    let seriousGaps = 0;
    if (gaps) for (const g of gaps) if (g.open && SEVERITY_RANK[g.severity] >= 2) seriousGaps++;
    if (serious || seriousGaps > 0) gaps = append(gaps, make(t, ctx, decisions, 'no-owner', null, 'medium', seriousGaps));
  }

  if (gaps && gaps.length > 1) sortBySeverity(gaps);
  out.gaps = gaps ?? NO_GAPS;
  out.residual = risk ? ctx.residual(risk, inPlace, partial, applicable) : null;
  out.inPlace = inPlace;
  out.partial = partial;
  out.applicable = applicable;
  return out;
}
