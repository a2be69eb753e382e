/** Severity levels and the steps of the missing-control rule (domain notes, "Gap rules"). */
import type { RiskLevel } from '../risk';
import type { Bilingual, Severity } from '../schema';
import { SEVERITIES } from '../model';

export { SEVERITIES };

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2, critical: 3 };

export const SEVERITY_LABELS: Readonly<Record<Severity, Bilingual>> = {
  low: { zh: '低', en: 'low' },
  medium: { zh: '中', en: 'medium' },
  high: { zh: '高', en: 'high' },
  critical: { zh: '严重', en: 'critical' },
};

/** Moves a severity by `steps` levels, capped at critical and floored at low. */
export function shiftSeverity(s: Severity, steps: number): Severity {
  return SEVERITIES[Math.min(3, Math.max(0, SEVERITY_RANK[s] + steps))];
}

/** Positive when `a` is worse than `b`. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}

export function atLeast(s: Severity, min: Severity): boolean {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[min];
}

/** +2 when the touchpoint's risk is critical, +1 high, −1 low; 0 when medium or not assessed. */
export function riskSteps(level: RiskLevel | null): number {
  return level === 'critical' ? 2 : level === 'high' ? 1 : level === 'low' ? -1 : 0;
}

/**
 * Severity of a missing required control: base severity plus the risk steps, +1 on a complaint
 * hotspot; the steps are added first, then the result is capped at critical and floored at low.
 */
export function missingSeverity(base: Severity, level: RiskLevel | null, hotspot: boolean): Severity {
  return shiftSeverity(base, riskSteps(level) + (hotspot ? 1 : 0));
}

/** A partial control: one level below what missing would be, floored at low. */
export function partialSeverity(base: Severity, level: RiskLevel | null, hotspot: boolean): Severity {
  return shiftSeverity(missingSeverity(base, level, hotspot), -1);
}

/** The worst severity among the gaps (open ones only by default); null when there are none. */
export function worstSeverity(gaps: Iterable<{ severity: Severity; open: boolean }>, openOnly = true): Severity | null {
  let worst = -1;
  for (const g of gaps) if ((!openOnly || g.open) && SEVERITY_RANK[g.severity] > worst) worst = SEVERITY_RANK[g.severity];
  return worst < 0 ? null : SEVERITIES[worst];
}
