import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/domain/gaps';
import { allControls, decision, journey, load, months, risk, surrender, tp } from './build';

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

  it('applies to every touchpoint with its id, even a repeated one', () => {
    const data = journey('bank', surrender(), tp(), surrender());
    data.touchpoints[2] = { ...data.touchpoints[2], id: data.touchpoints[0].id };
    data.gapDecisions = [decision(data.touchpoints[0].id, 'missing-control', 'key-info-disclosure', true), decision('gone', 'no-owner', null, true)];
    const accepted = analyse(data).gaps.filter((g) => !g.open);
    expect(accepted.map((g) => [g.touchpointId, g.controlId])).toEqual([
      [data.touchpoints[0].id, 'key-info-disclosure'],
      [data.touchpoints[0].id, 'key-info-disclosure'],
    ]);
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
    const a = analyse(journey('both'));
    expect({ ...a, byTouchpoint: [...a.byTouchpoint], residual: [...a.residual] }).toEqual({
      gaps: [],
      byTouchpoint: [],
      residual: [],
      summary: { open: { low: 0, medium: 0, high: 0, critical: 0 }, accepted: 0, coverage: 0, requiredControls: 0 },
    });
  });

  it('maps touchpoint ids to their gaps and residual risk like a Map (the last of a repeated id wins, in first-seen order)', () => {
    const data = journey('bank', surrender({ risk: risk(4, 5) }), tp(), surrender());
    data.touchpoints[2] = { ...data.touchpoints[2], id: data.touchpoints[0].id };
    const [first, second] = data.touchpoints;
    const a = analyse(data);
    expect(a.byTouchpoint.size).toBe(2);
    expect([...a.byTouchpoint.keys()]).toEqual([first.id, second.id]);
    expect(a.byTouchpoint.get(first.id)!.map((g) => [g.severity, g.rule])).toEqual([
      ['high', 'missing-control'],
      ['medium', 'missing-control'],
    ]);
    expect(a.byTouchpoint.get(second.id)!.map((g) => g.rule)).toEqual(['incomplete-kind', 'incomplete-risk']);
    expect([...a.residual].map(([id, r]) => [id, r?.score ?? null])).toEqual([
      [first.id, 6],
      [second.id, null],
    ]);
    expect([...a.residual.values()]).toEqual([...a.residual.entries()].map(([, r]) => r));
    expect(a.byTouchpoint.has(second.id)).toBe(true);
    expect(a.byTouchpoint.has('nope')).toBe(false);
    expect(a.byTouchpoint.get('nope')).toBeUndefined();
    const seen: string[] = [];
    a.byTouchpoint.forEach((gaps, id, map) => {
      expect(map.get(id)).toBe(gaps);
      seen.push(id);
    });
    expect(seen).toEqual([first.id, second.id]);
  });
});
