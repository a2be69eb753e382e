/**
 * Conduct risk on a 5 × 5 likelihood × impact matrix (score 1–25), its level by the journey's
 * bands, and residual risk after the touchpoint's required controls (domain notes, "Risk scoring"
 * and "Residual risk").
 */
import type { ControlDef } from './catalogue/controls';
import { DEFAULT_RISK_BANDS } from './model';
import type { Bilingual, ControlState, Risk, RiskBands, Touchpoint } from './schema';

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const LIKELIHOOD_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5, Bilingual>> = {
  1: { zh: '罕见', en: 'Rare' },
  2: { zh: '不太可能', en: 'Unlikely' },
  3: { zh: '可能', en: 'Possible' },
  4: { zh: '很可能', en: 'Likely' },
  5: { zh: '几乎肯定', en: 'Almost certain' },
};

export const IMPACT_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5, Bilingual>> = {
  1: { zh: '可忽略', en: 'Negligible' },
  2: { zh: '轻微', en: 'Minor' },
  3: { zh: '中等', en: 'Moderate' },
  4: { zh: '重大', en: 'Major' },
  5: { zh: '严重', en: 'Severe' },
};

export const LEVEL_LABELS: Readonly<Record<RiskLevel, Bilingual>> = {
  low: { zh: '低', en: 'Low' },
  medium: { zh: '中', en: 'Medium' },
  high: { zh: '高', en: 'High' },
  critical: { zh: '极高', en: 'Critical' },
};

export function riskScore(risk: Pick<Risk, 'likelihood' | 'impact'>): number {
  return risk.likelihood * risk.impact;
}

/** Bands are inclusive upper bounds: default low 1–4, medium 5–9, high 10–14, critical 15–25. */
export function riskLevel(score: number, bands: RiskBands = DEFAULT_RISK_BANDS): RiskLevel {
  if (score <= bands.low) return 'low';
  if (score <= bands.medium) return 'medium';
  if (score <= bands.high) return 'high';
  return 'critical';
}

/** The touchpoint's inherent risk level, or null when its risk is not assessed. */
export function touchpointRiskLevel(t: Pick<Touchpoint, 'risk'>, bands: RiskBands = DEFAULT_RISK_BANDS): RiskLevel | null {
  return t.risk ? riskLevel(riskScore(t.risk), bands) : null;
}

/** The score range a level covers under `bands`, e.g. medium → [5, 9] by default. */
export function levelRange(level: RiskLevel, bands: RiskBands = DEFAULT_RISK_BANDS): [number, number] {
  switch (level) {
    case 'low':
      return [1, bands.low];
    case 'medium':
      return [bands.low + 1, bands.medium];
    case 'high':
      return [bands.medium + 1, bands.high];
    case 'critical':
      return [bands.high + 1, 25];
  }
}

export interface ResidualRisk {
  /**
   * Share of the applicable required controls in place (partial counts half), 0..1; null when no
   * required control applies (none required, or all not applicable with a reason).
   */
  coverage: number | null;
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
}

/** A reason that is blank does not count: "not applicable" then counts as missing. */
export function hasReason(state: ControlState | undefined): boolean {
  return !!state && state.status === 'not-applicable' && !!state.reason && state.reason.trim() !== '';
}

/** In place / partial / applicable counts of a touchpoint over its required controls. */
export interface ControlTally {
  inPlace: number;
  partial: number;
  /** Required controls not marked not-applicable with a reason. */
  applicable: number;
}

export function tallyControls(t: Pick<Touchpoint, 'controls'>, required: readonly Pick<ControlDef, 'id'>[]): ControlTally {
  let inPlace = 0;
  let partial = 0;
  let applicable = 0;
  for (const def of required) {
    const state = t.controls[def.id];
    if (state && state.status === 'not-applicable' && hasReason(state)) continue;
    applicable++;
    if (state?.status === 'in-place') inPlace++;
    else if (state?.status === 'partial') partial++;
  }
  return { inPlace, partial, applicable };
}

/**
 * Residual risk from inherent risk and a control tally: coverage = (in place + ½ partial) ÷
 * applicable; likelihood drops by round(2 × coverage) (halves round up), never below 1; impact
 * stays. Null when the risk is not assessed.
 */
export function residualFromTally(risk: Risk | null, tally: ControlTally, bands: RiskBands = DEFAULT_RISK_BANDS): ResidualRisk | null {
  return risk ? residualOf(risk, tally.inPlace, tally.partial, tally.applicable, bands) : null;
}

/** `residualFromTally` without the tally object, for the gap analysis' inner loop. */
export function residualOf(risk: Risk, inPlace: number, partial: number, applicable: number, bands: RiskBands): ResidualRisk {
  const coverage = applicable > 0 ? (inPlace + partial / 2) / applicable : null;
  const likelihood = Math.max(1, risk.likelihood - Math.round(2 * (coverage ?? 0)));
  const score = likelihood * risk.impact;
  return { coverage, likelihood, impact: risk.impact, score, level: riskLevel(score, bands) };
}

export function residualRisk(
  t: Pick<Touchpoint, 'risk' | 'controls'>,
  required: readonly Pick<ControlDef, 'id'>[],
  bands: RiskBands = DEFAULT_RISK_BANDS,
): ResidualRisk | null {
  return t.risk ? residualFromTally(t.risk, tallyControls(t, required), bands) : null;
}
