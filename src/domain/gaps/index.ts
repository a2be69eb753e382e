export { analyse, createGapAnalyser, type GapAnalyser } from './analyse';
export { toPlainGap } from './gap';
export {
  evaluateTouchpoint,
  isHotspot,
  isSpike,
  makeKindPlan,
  newTouchpointResult,
  NO_GAPS,
  type KindPlan,
  type RunContext,
  type TouchpointResult,
  type WindowStats,
} from './rules';
export type { RunFacts } from './gap';
export {
  SEVERITIES,
  SEVERITY_LABELS,
  SEVERITY_RANK,
  atLeast,
  compareSeverity,
  missingSeverity,
  partialSeverity,
  riskSteps,
  shiftSeverity,
  worstSeverity,
} from './severity';
export { GAP_RULES, GAP_RULE_LABELS, decisionKey, gapKey, type Gap, type GapAnalysis, type GapRule, type GapSummary } from './types';
