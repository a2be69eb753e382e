import { describe, expect, it } from 'vitest';
import { requiredControls } from '../../../src/domain/catalogue';
import {
  IMPACT_LABELS,
  LEVEL_LABELS,
  LIKELIHOOD_LABELS,
  levelRange,
  residualRisk,
  riskLevel,
  riskScore,
  touchpointRiskLevel,
} from '../../../src/domain/risk';
import { DEFAULT_RISK_BANDS } from '../../../src/domain/schema';
import { risk, tp } from './build';

describe('risk score and level', () => {
  it('scores likelihood × impact', () => {
    expect(riskScore(risk(3, 4))).toBe(12);
    expect(riskScore(risk(1, 1))).toBe(1);
    expect(riskScore(risk(5, 5))).toBe(25);
  });

  it('bands are inclusive upper bounds: low 1–4, medium 5–9, high 10–14, critical 15–25', () => {
    const at = (s: number) => riskLevel(s, DEFAULT_RISK_BANDS);
    expect([1, 4, 5, 9, 10, 14, 15, 25].map(at)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
    expect(riskLevel(12)).toBe('high');
  });

  it('uses the journey bands', () => {
    const bands = { low: 2, medium: 6, high: 11 };
    expect([2, 3, 6, 7, 11, 12].map((s) => riskLevel(s, bands))).toEqual(['low', 'medium', 'medium', 'high', 'high', 'critical']);
    expect(levelRange('medium', bands)).toEqual([3, 6]);
    expect(levelRange('critical')).toEqual([15, 25]);
    expect(levelRange('low')).toEqual([1, 4]);
  });

  it('a touchpoint without risk has no level', () => {
    expect(touchpointRiskLevel(tp())).toBeNull();
    expect(touchpointRiskLevel(tp({ risk: risk(4, 4) }))).toBe('critical');
    expect(touchpointRiskLevel(tp({ risk: risk(4, 4) }), { low: 5, medium: 10, high: 16 })).toBe('high');
  });

  it('labels the scales in both languages', () => {
    expect(LIKELIHOOD_LABELS[1]).toEqual({ zh: '罕见', en: 'Rare' });
    expect(LIKELIHOOD_LABELS[5].en).toBe('Almost certain');
    expect(IMPACT_LABELS[1].en).toBe('Negligible');
    expect(IMPACT_LABELS[5]).toEqual({ zh: '严重', en: 'Severe' });
    expect(LEVEL_LABELS.critical.en).toBe('Critical');
  });
});

describe('residual risk', () => {
  // surrender-closure requires key-info-disclosure and surrender-exit-disclosure
  const two = requiredControls('surrender-closure', 'bank', []);
  // branch-consultation requires 7 controls in a bank journey
  const seven = requiredControls('branch-consultation', 'bank', []);

  it('is null when risk is not assessed', () => {
    expect(residualRisk(tp(), two)).toBeNull();
  });

  it('lowers likelihood by round(2 × coverage), keeps impact', () => {
    const t = tp({ risk: risk(4, 5), controls: { 'key-info-disclosure': { status: 'in-place' }, 'surrender-exit-disclosure': { status: 'in-place' } } });
    expect(residualRisk(t, two)).toEqual({ coverage: 1, likelihood: 2, impact: 5, score: 10, level: 'high' });
  });

  it('counts partial as half and excludes not-applicable with a reason', () => {
    // 7 required, 1 n/a with reason → 6 applicable; 2 in place + 1 partial → 2.5 / 6 ≈ 0.417 → round(0.83) = 1
    const t = tp({
      risk: risk(3, 4),
      controls: {
        'key-info-disclosure': { status: 'in-place' },
        'bank-sales-dual-recording': { status: 'in-place' },
        'no-return-guarantee': { status: 'partial' },
        'financial-education': { status: 'not-applicable', reason: 'not offered here' },
      },
    });
    const r = residualRisk(t, seven)!;
    expect(r.coverage).toBeCloseTo(2.5 / 6, 10);
    expect(r).toMatchObject({ likelihood: 2, impact: 4, score: 8, level: 'medium' });
  });

  it('counts not-applicable without a reason (or a blank one) as missing', () => {
    const t = tp({
      risk: risk(3, 3),
      controls: { 'key-info-disclosure': { status: 'in-place' }, 'surrender-exit-disclosure': { status: 'not-applicable', reason: '  ' } },
    });
    expect(residualRisk(t, two)).toEqual({ coverage: 0.5, likelihood: 2, impact: 3, score: 6, level: 'medium' });
  });

  it('rounds half up (coverage 0.25 → 1 step) and never goes below likelihood 1', () => {
    const four = requiredControls('loan-servicing-collection', 'bank', []);
    expect(four).toHaveLength(4);
    const quarter = tp({ risk: risk(5, 2), controls: { 'fee-disclosure': { status: 'in-place' } } });
    expect(residualRisk(quarter, four)).toMatchObject({ coverage: 0.25, likelihood: 4, score: 8 });
    const low = tp({ risk: risk(1, 5), controls: { 'key-info-disclosure': { status: 'in-place' }, 'surrender-exit-disclosure': { status: 'in-place' } } });
    expect(residualRisk(low, two)).toMatchObject({ likelihood: 1, score: 5 });
  });

  it('has no coverage when no required control applies, and stays at inherent risk', () => {
    const allNa = tp({
      risk: risk(4, 4),
      controls: {
        'key-info-disclosure': { status: 'not-applicable', reason: 'x' },
        'surrender-exit-disclosure': { status: 'not-applicable', reason: 'y' },
      },
    });
    expect(residualRisk(allNa, two)).toEqual({ coverage: null, likelihood: 4, impact: 4, score: 16, level: 'critical' });
    expect(residualRisk(tp({ risk: risk(2, 2) }), [])).toEqual({ coverage: null, likelihood: 2, impact: 2, score: 4, level: 'low' });
  });
});
