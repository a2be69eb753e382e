/**
 * The gap rules applied to one touchpoint (domain notes, "Gap rules: defaults"). Journey-level
 * inputs — required controls per kind, the complaint window and its total — come in `RunContext`,
 * computed once per analysis.
 */
import type { ControlDef } from '../catalogue/controls';
import { hasReason, residualFromTally, riskLevel, type ResidualRisk, type RiskLevel } from '../risk';
import type { Bilingual, GapDecision, GapThresholds, RiskBands, Severity, Touchpoint } from '../schema';
import {
  hotspotMessage,
  kindMessage,
  missingMessage,
  noOwnerMessage,
  partialMessage,
  RISK_MESSAGE,
  spikeMessage,
  unmitigatedMessage,
} from './messages';
import { riskSteps, SEVERITY_RANK, shiftSeverity } from './severity';
import { gapKey, type Gap, type GapRule } from './types';

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

export interface RunContext {
  bands: RiskBands;
  thresholds: GapThresholds;
  /** Required controls of a kind for this journey (one shared array per kind). */
  required: (kindId: string | null) => readonly ControlDef[];
  /** A catalogue kind, or one the journey's custom controls name. */
  isKnownKind: (kindId: string) => boolean;
  /** Periods in the complaint window (≤ hotspotWindow), its latest period and its journey total. */
  windowLength: number;
  latestPeriod: string | null;
  journeyWindowTotal: number;
}

/** A touchpoint's complaints inside the window. */
export interface WindowStats {
  total: number;
  latest: number;
  /** Sum over the window's periods before the latest. */
  previousSum: number;
}

export interface TouchpointResult {
  /** Severity descending; rule order within a severity. */
  gaps: readonly Gap[];
  residual: ResidualRisk | null;
  inPlace: number;
  partial: number;
  applicable: number;
}

export const NO_GAPS: readonly Gap[] = Object.freeze([]);

function findDecision(decisions: readonly GapDecision[] | undefined, rule: GapRule, controlId: string | null): GapDecision | null {
  if (!decisions) return null;
  for (const d of decisions) if (d.rule === rule && (d.controlId ?? null) === controlId) return d;
  return null;
}

export function evaluateTouchpoint(
  t: Touchpoint,
  ctx: RunContext,
  w: WindowStats,
  decisions: readonly GapDecision[] | undefined,
): TouchpointResult {
  const th = ctx.thresholds;
  const gaps: Gap[] = [];
  const add = (rule: GapRule, controlId: string | null, severity: Severity, message: Bilingual) => {
    const decision = findDecision(decisions, rule, controlId);
    gaps.push({
      id: gapKey(t.id, rule, controlId),
      touchpointId: t.id,
      rule,
      controlId,
      severity,
      message,
      decision,
      open: !decision?.accepted,
    });
  };

  const risk = t.risk;
  const level: RiskLevel | null = risk ? riskLevel(risk.likelihood * risk.impact, ctx.bands) : null;
  const serious = level === 'high' || level === 'critical';
  const step = riskSteps(level);
  const hotspot = isHotspot(w.total, ctx.journeyWindowTotal, th);

  // Required controls: missing / partial, and the tally behind coverage and residual risk.
  const required = ctx.required(t.kind);
  let inPlace = 0;
  let partial = 0;
  let applicable = 0;
  for (let i = 0; i < required.length; i++) {
    const def = required[i];
    const state = t.controls[def.id];
    const status = state?.status;
    if (status === 'in-place') {
      inPlace++;
      applicable++;
      continue;
    }
    if (status === 'not-applicable' && hasReason(state)) continue;
    applicable++;
    const missing = shiftSeverity(def.baseSeverity, step + (hotspot ? 1 : 0));
    if (status === 'partial') {
      partial++;
      const sev = shiftSeverity(missing, -1);
      add('partial-control', def.id, sev, partialMessage(def, missing, sev));
    } else {
      add('missing-control', def.id, missing, missingMessage(def, state, level, step, hotspot, missing));
    }
  }

  if (serious && inPlace === 0) {
    add('unmitigated-high-risk', null, level === 'critical' ? 'critical' : 'high', unmitigatedMessage(risk!, level!, applicable));
  }

  if (hotspot) {
    add(
      'complaint-hotspot',
      null,
      serious ? 'high' : 'medium',
      hotspotMessage(w.total, ctx.journeyWindowTotal, ctx.windowLength, th.hotspotShare, th.hotspotMinCount, serious ? level : null),
    );
  }

  if (ctx.windowLength >= 2) {
    const previous = ctx.windowLength - 1;
    const mean = w.previousSum / previous;
    if (isSpike(w.latest, mean, th)) {
      add('complaint-spike', null, 'high', spikeMessage(w.latest, ctx.latestPeriod ?? '', mean, previous, th.spikeFactor, th.spikeMinDelta));
    }
  }

  if (t.kind === null || !ctx.isKnownKind(t.kind)) add('incomplete-kind', null, 'low', kindMessage(t.kind));
  if (!risk) add('incomplete-risk', null, 'low', RISK_MESSAGE);

  if (t.owner.trim() === '') {
    let seriousGaps = 0;
    for (const g of gaps) if (g.open && SEVERITY_RANK[g.severity] >= 2) seriousGaps++;
    if (serious || seriousGaps > 0) add('no-owner', null, 'medium', noOwnerMessage(level, seriousGaps));
  }

  if (gaps.length > 1) gaps.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return {
    gaps: gaps.length ? gaps : NO_GAPS,
    residual: risk ? residualFromTally(risk, { inPlace, partial, applicable }, ctx.bands) : null,
    inPlace,
    partial,
    applicable,
  };
}
