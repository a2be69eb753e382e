/** Gaps: what `analyse` derives from a journey (never stored; decisions on them are). */
import type { ResidualRisk } from '../risk';
import type { Bilingual, GapDecision, Severity } from '../schema';

export const GAP_RULES = [
  'missing-control',
  'partial-control',
  'unmitigated-high-risk',
  'complaint-hotspot',
  'complaint-spike',
  'no-owner',
  'incomplete-kind',
  'incomplete-risk',
] as const;
export type GapRule = (typeof GAP_RULES)[number];

export const GAP_RULE_LABELS: Readonly<Record<GapRule, Bilingual>> = {
  'missing-control': { zh: '缺少必需控制', en: 'Missing control' },
  'partial-control': { zh: '控制部分落实', en: 'Partial control' },
  'unmitigated-high-risk': { zh: '高风险未缓释', en: 'Unmitigated high risk' },
  'complaint-hotspot': { zh: '投诉热点', en: 'Complaint hotspot' },
  'complaint-spike': { zh: '投诉激增', en: 'Complaint spike' },
  'no-owner': { zh: '未指定负责人', en: 'No owner' },
  'incomplete-kind': { zh: '未设置类型', en: 'Kind not set' },
  'incomplete-risk': { zh: '未评估风险', en: 'Risk not assessed' },
};

export interface Gap {
  /** `${touchpointId}|${rule}|${controlId ?? ''}`: the key of its `GapDecision`. */
  readonly id: string;
  readonly touchpointId: string;
  readonly rule: GapRule;
  readonly controlId: string | null;
  readonly severity: Severity;
  readonly message: Bilingual;
  readonly decision: GapDecision | null;
  /** False when the decision accepts the gap: still listed, not counted open. */
  readonly open: boolean;
}

export interface GapSummary {
  /** Open gaps by severity. */
  open: Record<Severity, number>;
  /** Gaps accepted by a decision. */
  accepted: number;
  /**
   * Journey control coverage 0..1: (in place + ½ partial) ÷ required controls over all
   * touchpoints, not counting those not applicable with a reason; 0 when nothing is required.
   */
  coverage: number;
  /** The denominator of `coverage`. */
  requiredControls: number;
}

export interface GapAnalysis {
  /** Severity descending, then the touchpoint's complaint total descending, then map order. */
  gaps: Gap[];
  /** Every touchpoint's gaps by its id, severity descending (an empty array when it has none). */
  byTouchpoint: ReadonlyMap<string, readonly Gap[]>;
  /** Residual risk by touchpoint id; null when its risk is not assessed. */
  residual: ReadonlyMap<string, ResidualRisk | null>;
  summary: GapSummary;
}

export function gapKey(touchpointId: string, rule: GapRule | string, controlId: string | null): string {
  return `${touchpointId}|${rule}|${controlId ?? ''}`;
}

/** The key a stored decision applies to, from its fields (robust to a stale `id`). */
export function decisionKey(d: Pick<GapDecision, 'touchpointId' | 'rule' | 'controlId'>): string {
  return gapKey(d.touchpointId, d.rule, d.controlId);
}
