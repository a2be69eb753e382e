import { describe, expect, it } from 'vitest';
import { analyse, gapKey, missingSeverity, partialSeverity, shiftSeverity, worstSeverity, type Gap } from '../../../src/domain/gaps';
import type { CustomControl, GapDecision, JourneyData, Touchpoint } from '../../../src/domain/schema';
import { allControls, journey, months, risk, tp } from './build';

/** [rule, control, severity] of a touchpoint's gaps, in the analysis' order. */
function gapsOf(data: JourneyData, index = 0): [string, string | null, string][] {
  const gaps = analyse(data).byTouchpoint.get(data.touchpoints[index].id) ?? [];
  return gaps.map((g) => [g.rule, g.controlId, g.severity]);
}

function gap(data: JourneyData, rule: string, index = 0): Gap | undefined {
  return analyse(data).byTouchpoint.get(data.touchpoints[index].id)?.find((g) => g.rule === rule);
}

// surrender-closure requires key-info-disclosure (base high) and surrender-exit-disclosure (base medium)
const surrender = (fields: Partial<Touchpoint> = {}) => tp({ kind: 'surrender-closure', risk: risk(2, 3), ...fields });

/** A touchpoint that only holds complaints (all its controls in place, so it adds no other gap). */
const load = (counts: number[], first = '2025-01') =>
  tp({ kind: 'surrender-closure', risk: risk(1, 1), controls: allControls('surrender-closure'), complaints: months(first, counts) });

describe('severity steps', () => {
  it('shifts, caps and floors', () => {
    expect(shiftSeverity('medium', 1)).toBe('high');
    expect(shiftSeverity('high', 2)).toBe('critical');
    expect(shiftSeverity('low', -1)).toBe('low');
    expect(missingSeverity('high', 'critical', true)).toBe('critical');
    expect(missingSeverity('low', 'low', true)).toBe('low'); // −1 + 1: steps add up before the floor
    expect(missingSeverity('medium', null, false)).toBe('medium');
    expect(partialSeverity('medium', 'high', false)).toBe('medium');
    expect(partialSeverity('low', 'medium', false)).toBe('low');
    expect(worstSeverity([{ severity: 'high', open: false }, { severity: 'medium', open: true }])).toBe('medium');
    expect(worstSeverity([{ severity: 'high', open: false }], false)).toBe('high');
    expect(worstSeverity([])).toBeNull();
  });
});

describe('missing and partial required controls', () => {
  it('medium risk: base severity', () => {
    expect(gapsOf(journey('bank', surrender()))).toEqual([
      ['missing-control', 'key-info-disclosure', 'high'],
      ['missing-control', 'surrender-exit-disclosure', 'medium'],
    ]);
  });

  it('low risk: one level lower, floored at low', () => {
    expect(gapsOf(journey('bank', surrender({ risk: risk(1, 2) })))).toEqual([
      ['missing-control', 'key-info-disclosure', 'medium'],
      ['missing-control', 'surrender-exit-disclosure', 'low'],
    ]);
    const t = tp({ kind: 'complaint-handling', risk: risk(1, 1), controls: { ...allControls('complaint-handling'), 'complaint-classification': { status: 'missing' } } });
    expect(gapsOf(journey('bank', t))).toEqual([['missing-control', 'complaint-classification', 'low']]);
  });

  it('high risk: +1; critical risk: +2, capped at critical', () => {
    expect(gapsOf(journey('bank', surrender({ risk: risk(3, 4) })))).toEqual([
      ['missing-control', 'key-info-disclosure', 'critical'],
      ['missing-control', 'surrender-exit-disclosure', 'high'],
      ['unmitigated-high-risk', null, 'high'],
    ]);
    expect(gapsOf(journey('bank', surrender({ risk: risk(4, 4) })))).toEqual([
      ['missing-control', 'key-info-disclosure', 'critical'],
      ['missing-control', 'surrender-exit-disclosure', 'critical'],
      ['unmitigated-high-risk', null, 'critical'],
    ]);
  });

  it('risk not assessed: base severity, and the risk is flagged', () => {
    expect(gapsOf(journey('bank', surrender({ risk: null })))).toEqual([
      ['missing-control', 'key-info-disclosure', 'high'],
      ['missing-control', 'surrender-exit-disclosure', 'medium'],
      ['incomplete-risk', null, 'low'],
    ]);
  });

  it('uses the journey risk bands', () => {
    const data = journey('bank', surrender({ risk: risk(2, 3) }));
    data.meta.settings.riskBands = { low: 6, medium: 9, high: 14 };
    expect(gapsOf(data)).toEqual([
      ['missing-control', 'key-info-disclosure', 'medium'],
      ['missing-control', 'surrender-exit-disclosure', 'low'],
    ]);
  });

  it('complaint hotspot: +1, added to the risk steps before capping and flooring', () => {
    const data = journey('bank', surrender({ complaints: months('2025-06', [30]) }), load([10], '2025-06'));
    expect(gapsOf(data)).toEqual([
      ['missing-control', 'key-info-disclosure', 'critical'],
      ['missing-control', 'surrender-exit-disclosure', 'high'],
      ['complaint-hotspot', null, 'medium'],
    ]);
    // base low, risk low −1, hotspot +1 → low (not medium)
    const t = tp({
      kind: 'complaint-handling',
      risk: risk(1, 1),
      controls: { ...allControls('complaint-handling'), 'complaint-classification': { status: 'missing' } },
      complaints: months('2025-06', [30]),
    });
    expect(gapsOf(journey('bank', t))).toEqual([
      ['complaint-hotspot', null, 'medium'],
      ['missing-control', 'complaint-classification', 'low'],
    ]);
  });

  it('partial: one level below missing, floored at low', () => {
    const controls = { 'key-info-disclosure': { status: 'partial' as const }, 'surrender-exit-disclosure': { status: 'partial' as const } };
    expect(gapsOf(journey('bank', surrender({ controls })))).toEqual([
      ['partial-control', 'key-info-disclosure', 'medium'],
      ['partial-control', 'surrender-exit-disclosure', 'low'],
    ]);
    expect(gapsOf(journey('bank', surrender({ controls, risk: risk(1, 1) })))).toEqual([
      ['partial-control', 'key-info-disclosure', 'low'],
      ['partial-control', 'surrender-exit-disclosure', 'low'],
    ]);
    // within a touchpoint, gaps are ordered by severity
    expect(gapsOf(journey('bank', surrender({ controls, risk: risk(5, 5) })))).toEqual([
      ['unmitigated-high-risk', null, 'critical'],
      ['partial-control', 'key-info-disclosure', 'high'],
      ['partial-control', 'surrender-exit-disclosure', 'high'],
    ]);
  });

  it('in place: no gap; recorded missing and not recorded are both missing', () => {
    expect(gapsOf(journey('bank', surrender({ controls: allControls('surrender-closure') })))).toEqual([]);
    const data = journey('bank', surrender({ controls: { 'key-info-disclosure': { status: 'missing' } } }));
    expect(gapsOf(data).map((g) => g[0])).toEqual(['missing-control', 'missing-control']);
    expect(gap(data, 'missing-control')?.message.en).toBe(
      'Required control “Plain-language key-facts disclosure” is missing. Severity: base high → high.',
    );
  });

  it('not applicable with a reason: no gap; without a reason (or a blank one): missing', () => {
    const na = (reason?: string) => ({ 'key-info-disclosure': { status: 'not-applicable' as const, reason }, 'surrender-exit-disclosure': { status: 'in-place' as const } });
    expect(gapsOf(journey('bank', surrender({ controls: na('No products sold here') })))).toEqual([]);
    expect(gapsOf(journey('bank', surrender({ controls: na() })))).toEqual([['missing-control', 'key-info-disclosure', 'high']]);
    expect(gapsOf(journey('bank', surrender({ controls: na('   ') })))).toEqual([['missing-control', 'key-info-disclosure', 'high']]);
    const g = gap(journey('bank', surrender({ controls: na(), risk: risk(4, 5) })), 'missing-control')!;
    expect(g.message.en).toBe(
      'Required control “Plain-language key-facts disclosure” is marked not applicable without a reason, so it counts as missing. Severity: base high, risk critical +2 → critical.',
    );
    expect(g.message.zh).toBe('必需控制“关键信息显著、通俗披露”标记为不适用但未说明理由，按缺失处理。严重度：基础高，风险极高 +2 → 严重。');
  });
});

describe('sector filtering', () => {
  const recommend = () => tp({ kind: 'product-recommendation', risk: risk(2, 2) });
  const controlsIn = (data: JourneyData) => gapsOf(data).map((g) => g[1]);

  it('a bank journey does not ask for insurance-only controls', () => {
    const c = controlsIn(journey('bank', recommend()));
    expect(c).toContain('bank-sales-dual-recording');
    expect(c).not.toContain('insurance-sales-traceability');
    expect(c).toHaveLength(7);
  });

  it('an insurance journey does not ask for bank-only controls; a journey of both asks for both', () => {
    const ins = controlsIn(journey('insurance', recommend()));
    expect(ins).toContain('insurance-sales-traceability');
    expect(ins).not.toContain('bank-sales-dual-recording');
    expect(controlsIn(journey('both', recommend()))).toHaveLength(8);
    expect(gapsOf(journey('bank', tp({ kind: 'cooling-off', risk: risk(2, 2) })))).toEqual([]);
  });
});

describe('custom controls', () => {
  const cc = (fields: Partial<CustomControl>): CustomControl => ({
    id: 'x-callback',
    name: { zh: '退保回访', en: 'Surrender call-back' },
    description: { zh: '退保后回访。', en: 'Call back after surrender.' },
    rights: ['know'],
    kinds: ['surrender-closure'],
    sector: 'both',
    severity: 'critical',
    basis: 'Internal policy',
    ...fields,
  });

  it('are required where they name the kind, at their own severity', () => {
    const data = journey('bank', surrender({ risk: risk(1, 2), controls: allControls('surrender-closure') }));
    data.customControls = [cc({})];
    expect(gapsOf(data)).toEqual([['missing-control', 'x-callback', 'high']]);
    expect(gap(data, 'missing-control')?.message.en).toContain('“Surrender call-back”');
    expect(gap(data, 'missing-control')?.message.zh).toContain('“退保回访”');
  });

  it('follow the sector rule and can override a built-in control', () => {
    const data = journey('bank', surrender({ controls: { 'surrender-exit-disclosure': { status: 'in-place' } } }));
    data.customControls = [cc({ sector: 'insurance' }), cc({ id: 'key-info-disclosure', severity: 'low', kinds: [] })];
    expect(gapsOf(data)).toEqual([['missing-control', 'key-info-disclosure', 'low']]);
  });
});

describe('unmitigated high risk', () => {
  it('needs no required control in place; partial does not count', () => {
    const one = { 'key-info-disclosure': { status: 'in-place' as const } };
    expect(gapsOf(journey('bank', surrender({ risk: risk(3, 4), controls: one }))).map((g) => g[0])).not.toContain('unmitigated-high-risk');
    const partial = { 'key-info-disclosure': { status: 'partial' as const } };
    expect(gap(journey('bank', surrender({ risk: risk(3, 4), controls: partial })), 'unmitigated-high-risk')?.severity).toBe('high');
    expect(gap(journey('bank', surrender({ risk: risk(2, 4) })), 'unmitigated-high-risk')).toBeUndefined();
  });

  it('also when the kind is not set, and says so', () => {
    const data = journey('bank', tp({ risk: risk(5, 3) }));
    expect(gapsOf(data)).toEqual([
      ['unmitigated-high-risk', null, 'critical'],
      ['incomplete-kind', null, 'low'],
    ]);
    expect(gap(data, 'unmitigated-high-risk')?.message.en).toBe(
      'Risk is critical (score 15 = likelihood 5 × impact 3) and no required control mitigates it.',
    );
    expect(gap(journey('bank', surrender({ risk: risk(3, 4) })), 'unmitigated-high-risk')?.message.en).toBe(
      'Risk is high (score 12 = likelihood 3 × impact 4) and none of its 2 required controls is in place.',
    );
  });
});

describe('complaint hotspot', () => {
  const hot = (data: JourneyData, i: number) => gap(data, 'complaint-hotspot', i);

  it('≥ 25 % of the journey and ≥ 10, both edges inclusive', () => {
    const data = journey('bank', load([10], '2025-06'), load([30], '2025-06'));
    expect(hot(data, 0)?.severity).toBe('medium');
    expect(hot(data, 0)?.message.en).toBe(
      'Complaint hotspot: 10 of the journey’s 40 complaints in the last 1 period (25%; threshold 25% and at least 10).',
    );
    expect(hot(data, 1)).toBeDefined();
    expect(hot(journey('bank', load([10], '2025-06'), load([31], '2025-06')), 0)).toBeUndefined(); // 24.4 %
    expect(hot(journey('bank', load([9], '2025-06'), load([21], '2025-06')), 0)).toBeUndefined(); // 30 % but 9
  });

  it('counts only the last hotspotWindow periods of the journey', () => {
    // journey spans 2024-01 … 2025-06: the window is 2025-01 … 2025-06
    const old = tp({ ...load([100], '2024-01'), complaints: [...months('2024-01', [100]), ...months('2025-01', [1])] });
    const recent = load([2, 2, 2, 2, 2, 2], '2025-01');
    const data = journey('bank', old, recent);
    expect(hot(data, 0)).toBeUndefined();
    expect(hot(data, 1)?.message.en).toContain('12 of the journey’s 13 complaints in the last 6 periods (92%');
  });

  it('takes its thresholds from the journey settings', () => {
    const data = journey('bank', load([10], '2025-06'), load([30], '2025-06'));
    data.meta.settings.gapThresholds = { ...data.meta.settings.gapThresholds, hotspotShare: 0.5 };
    expect(hot(data, 0)).toBeUndefined();
    const small = journey('bank', load([9], '2025-06'), load([21], '2025-06'));
    small.meta.settings.gapThresholds = { ...small.meta.settings.gapThresholds, hotspotMinCount: 5 };
    expect(hot(small, 0)).toBeDefined();
  });

  it('is high when the risk is high or critical', () => {
    const data = journey('bank', { ...load([10], '2025-06'), risk: risk(3, 4) }, load([10], '2025-06'));
    expect(hot(data, 0)?.severity).toBe('high');
    expect(hot(data, 0)?.message.en).toMatch(/Risk is high, so severity is high\.$/);
  });

  it('works in quarters when any touchpoint counts in quarters', () => {
    const monthly = load([4, 4, 4], '2025-04'); // 12 in 2025-Q2
    const quarterly = { ...load([]), complaints: [{ period: '2025-Q2', count: 28 }] };
    const data = journey('bank', monthly, quarterly);
    expect(hot(data, 0)?.message.en).toContain('12 of the journey’s 40 complaints in the last 1 period (30%');
  });
});

describe('complaint spike', () => {
  const spike = (counts: number[], others = [100, 100, 100, 100, 100, 100]) =>
    gap(journey('bank', load(counts), load(others)), 'complaint-spike');

  it('latest ≥ 2 × the mean of the previous periods and ≥ 5 above it → high', () => {
    const g = spike([2, 2, 2, 2, 2, 9]);
    expect(g?.severity).toBe('high');
    expect(g?.message.en).toBe(
      'Complaint spike: 9 in 2025-06 against a mean of 2 over the previous 5 periods (threshold 2× the mean and at least 5 more).',
    );
    expect(spike([2, 2, 2, 2, 2, 6])).toBeUndefined(); // only 4 above the mean
    expect(spike([10, 10, 10, 10, 10, 19])).toBeUndefined(); // 1.9 ×
    expect(spike([10, 10, 10, 10, 10, 20])).toBeDefined();
    expect(spike([0, 0, 0, 0, 0, 5])).toBeDefined();
    expect(spike([0, 0, 0, 0, 0, 4])).toBeUndefined();
  });

  it('periods without entries count as zero; a touchpoint silent in the latest period has no spike', () => {
    const sparse = { ...load([]), complaints: [{ period: '2025-01', count: 4 }, { period: '2025-06', count: 9 }] };
    expect(gap(journey('bank', sparse, load([100, 100, 100, 100, 100, 100])), 'complaint-spike')?.message.en).toContain('mean of 0.8');
    expect(spike([20, 20, 20, 20, 20], [1, 1, 1, 1, 1, 1])).toBeUndefined();
  });

  it('looks only at the window', () => {
    const counts = [30, 30, 30, 2, 2, 9];
    expect(spike(counts)).toBeUndefined(); // mean 18.8
    const data = journey('bank', load(counts), load([100, 100, 100, 100, 100, 100]));
    data.meta.settings.gapThresholds = { ...data.meta.settings.gapThresholds, hotspotWindow: 3 };
    expect(gap(data, 'complaint-spike')?.message.en).toContain('mean of 2 over the previous 2 periods');
  });

  it('needs at least two periods in the journey, and follows spikeFactor / spikeMinDelta', () => {
    expect(gap(journey('bank', load([50], '2025-06'), load([200], '2025-06')), 'complaint-spike')).toBeUndefined();
    const data = journey('bank', load([2, 2, 2, 2, 2, 6]), load([100, 100, 100, 100, 100, 100]));
    data.meta.settings.gapThresholds = { ...data.meta.settings.gapThresholds, spikeMinDelta: 4, spikeFactor: 3 };
    expect(gap(data, 'complaint-spike')).toBeDefined();
    data.meta.settings.gapThresholds = { ...data.meta.settings.gapThresholds, spikeFactor: 3.5 };
    expect(gap(data, 'complaint-spike')).toBeUndefined();
  });
});

describe('no owner', () => {
  it('on high or critical risk', () => {
    const data = journey('bank', surrender({ owner: '', risk: risk(3, 4), controls: allControls('surrender-closure') }));
    expect(gapsOf(data)).toEqual([['no-owner', null, 'medium']]);
    expect(gap(data, 'no-owner')?.message.en).toBe('No owner, though risk is high.');
  });

  it('on an open gap of high or worse; a blank owner is no owner', () => {
    const data = journey('bank', surrender({ owner: '  ' }));
    expect(gapsOf(data)).toContainEqual(['no-owner', null, 'medium']);
    expect(gap(data, 'no-owner')?.message.zh).toBe('未指定负责人，而有1个高或严重的未关闭缺口。');
  });

  it('not for medium gaps only, not with an owner, not when the high gap is accepted', () => {
    const mediumOnly = { 'key-info-disclosure': { status: 'in-place' as const } };
    expect(gap(journey('bank', surrender({ owner: '', controls: mediumOnly })), 'no-owner')).toBeUndefined();
    expect(gap(journey('bank', surrender({ risk: risk(5, 5) })), 'no-owner')).toBeUndefined();
    const data = journey('bank', surrender({ owner: '' }));
    const t = data.touchpoints[0];
    data.gapDecisions = [decision(t.id, 'missing-control', 'key-info-disclosure', true)];
    expect(gap(data, 'no-owner')).toBeUndefined();
  });
});

describe('incomplete data', () => {
  it('an empty touchpoint is not clean: kind and risk are flagged low', () => {
    expect(gapsOf(journey('bank', tp({ owner: '' })))).toEqual([
      ['incomplete-kind', null, 'low'],
      ['incomplete-risk', null, 'low'],
    ]);
    const a = analyse(journey('bank', tp()));
    expect(a.summary.open).toEqual({ critical: 0, high: 0, medium: 0, low: 2 });
  });

  it('a kind outside the catalogue is flagged too, unless a custom control names it', () => {
    const data = journey('bank', tp({ kind: 'webinar', risk: risk(1, 1) }));
    expect(gap(data, 'incomplete-kind')?.message.en).toBe('Kind “webinar” is not in the catalogue: its required controls cannot be checked.');
    data.customControls = [
      { id: 'x', name: { zh: '甲', en: 'X' }, description: { zh: '', en: '' }, rights: ['know'], kinds: ['webinar'], sector: 'both', severity: 'low', basis: '' },
    ];
    expect(gapsOf(data)).toEqual([['missing-control', 'x', 'low']]);
  });
});

function decision(touchpointId: string, rule: string, controlId: string | null, accepted: boolean, fields: Partial<GapDecision> = {}): GapDecision {
  return {
    id: gapKey(touchpointId, rule, controlId),
    touchpointId,
    rule,
    controlId,
    accepted,
    reason: accepted ? 'Compensating control at head office' : '',
    owner: 'CP office',
    dueDate: '2026-03-31',
    ticket: 'CP-42',
    decidedAt: '2026-01-05T10:00:00.000Z',
    ...fields,
  };
}

describe('decisions', () => {
  it('keys a gap as touchpoint|rule|control', () => {
    const data = journey('bank', surrender());
    const [first] = analyse(data).gaps;
    expect(first.id).toBe(`${data.touchpoints[0].id}|missing-control|key-info-disclosure`);
    expect(analyse(journey('bank', tp())).gaps.map((g) => g.id.split('|').slice(1))).toEqual([
      ['incomplete-kind', ''],
      ['incomplete-risk', ''],
    ]);
  });

  it('an accepted gap stays listed, marked, and is not counted open', () => {
    const data = journey('bank', surrender());
    const id = data.touchpoints[0].id;
    data.gapDecisions = [decision(id, 'missing-control', 'key-info-disclosure', true), decision(id, 'missing-control', 'surrender-exit-disclosure', false)];
    const a = analyse(data);
    expect(a.gaps.map((g) => [g.controlId, g.open, g.decision?.ticket])).toEqual([
      ['key-info-disclosure', false, 'CP-42'],
      ['surrender-exit-disclosure', true, 'CP-42'],
    ]);
    expect(a.summary.open).toEqual({ critical: 0, high: 0, medium: 1, low: 0 });
    expect(a.summary.accepted).toBe(1);
  });

  it('survives recomputation after edits, and matches by fields even with a stale id', () => {
    const data = journey('bank', surrender());
    const id = data.touchpoints[0].id;
    data.gapDecisions = [decision(id, 'missing-control', 'key-info-disclosure', true, { id: 'stale' })];
    expect(analyse(data).gaps[0].open).toBe(false);
    data.touchpoints = [{ ...data.touchpoints[0], title: 'Renamed', risk: risk(3, 4) }];
    const g = analyse(data).gaps.find((x) => x.controlId === 'key-info-disclosure')!;
    expect(g.severity).toBe('critical');
    expect(g.open).toBe(false);
    expect(g.decision?.reason).toBe('Compensating control at head office');
  });

  it('a decision whose gap is gone changes nothing', () => {
    const data = journey('bank', surrender({ controls: allControls('surrender-closure') }));
    data.gapDecisions = [decision(data.touchpoints[0].id, 'missing-control', 'key-info-disclosure', true)];
    const a = analyse(data);
    expect(a.gaps).toEqual([]);
    expect(a.summary.accepted).toBe(0);
  });
});

describe('the analysis', () => {
  it('sorts by severity, then the touchpoint complaint total, then map order', () => {
    const quiet = surrender({ title: 'quiet' });
    const busy = surrender({ title: 'busy', complaints: months('2025-01', [3]) });
    const busier = surrender({ title: 'busier', risk: risk(1, 2), complaints: months('2025-01', [4]) });
    const data = journey('bank', quiet, busy, busier, { ...load([100]), title: 'load' });
    const titles = new Map(data.touchpoints.map((t) => [t.id, t.title]));
    expect(analyse(data).gaps.map((g) => [g.severity, titles.get(g.touchpointId), g.rule, g.controlId])).toEqual([
      ['high', 'busy', 'missing-control', 'key-info-disclosure'],
      ['high', 'quiet', 'missing-control', 'key-info-disclosure'],
      ['medium', 'load', 'complaint-hotspot', null],
      ['medium', 'busier', 'missing-control', 'key-info-disclosure'],
      ['medium', 'busy', 'missing-control', 'surrender-exit-disclosure'],
      ['medium', 'quiet', 'missing-control', 'surrender-exit-disclosure'],
      ['low', 'busier', 'missing-control', 'surrender-exit-disclosure'],
    ]);
  });

  it('sums up open gaps, accepted gaps and journey coverage', () => {
    const a = surrender({ controls: { 'key-info-disclosure': { status: 'in-place' }, 'surrender-exit-disclosure': { status: 'partial' } } });
    const b = tp({ kind: 'branch-consultation', risk: risk(1, 1), controls: allControls('branch-consultation') });
    const c = tp({ risk: risk(1, 1) });
    const analysis = analyse(journey('bank', a, b, c));
    expect(analysis.summary.coverage).toBeCloseTo(8.5 / 9, 10);
    expect(analysis.summary.requiredControls).toBe(9);
    expect(analysis.summary.open).toEqual({ critical: 0, high: 0, medium: 0, low: 2 });
    expect(analyse(journey('bank', tp())).summary.coverage).toBe(0);
  });

  it('gives residual risk per touchpoint', () => {
    const data = journey('bank', surrender({ risk: risk(4, 5), controls: { 'key-info-disclosure': { status: 'in-place' } } }), tp());
    const res = analyse(data).residual;
    expect(res.get(data.touchpoints[0].id)).toEqual({ coverage: 0.5, likelihood: 3, impact: 5, score: 15, level: 'critical' });
    expect(res.get(data.touchpoints[1].id)).toBeNull();
    expect(analyse(data).byTouchpoint.get(data.touchpoints[0].id)).toHaveLength(1);
  });

  it('serialises gaps with their messages', () => {
    const data = journey('bank', surrender({ controls: { 'key-info-disclosure': { status: 'missing' } } }));
    const plain = JSON.parse(JSON.stringify(analyse(data).gaps[0]));
    expect(plain).toEqual({
      id: `${data.touchpoints[0].id}|missing-control|key-info-disclosure`,
      touchpointId: data.touchpoints[0].id,
      rule: 'missing-control',
      controlId: 'key-info-disclosure',
      severity: 'high',
      message: {
        zh: '缺少必需控制“关键信息显著、通俗披露”。严重度：基础高 → 高。',
        en: 'Required control “Plain-language key-facts disclosure” is missing. Severity: base high → high.',
      },
      decision: null,
      open: true,
    });
    expect(analyse(journey('bank', surrender())).gaps[0].message.en).toBe(
      'Required control “Plain-language key-facts disclosure” has no status yet, so it counts as missing. Severity: base high → high.',
    );
  });

  it('handles an empty journey', () => {
    expect(analyse(journey('both'))).toEqual({
      gaps: [],
      byTouchpoint: new Map(),
      residual: new Map(),
      summary: { open: { low: 0, medium: 0, high: 0, critical: 0 }, accepted: 0, coverage: 0, requiredControls: 0 },
    });
  });
});
