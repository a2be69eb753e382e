import { describe, expect, it } from 'vitest';
import { analyse, missingSeverity, partialSeverity, shiftSeverity, worstSeverity } from '../../../src/domain/gaps';
import type { CustomControl, JourneyData } from '../../../src/domain/schema';
import { allControls, decision, gap, gapsOf, journey, load, months, risk, surrender, tp } from './build';

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

