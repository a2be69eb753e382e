import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOUCHPOINT_KINDS } from '../../../src/domain/catalogue';
import { analyse, createGapAnalyser, gapKey, toPlainGap, type GapAnalysis } from '../../../src/domain/gaps';
import type { ControlStatus, CustomControl, GapDecision, JourneyData, Touchpoint } from '../../../src/domain/schema';
import { allControls, journey, months, risk, tp } from './build';

const surrender = (fields: Partial<Touchpoint> = {}) => tp({ kind: 'surrender-closure', risk: risk(2, 3), ...fields });

function threeTouchpoints(): JourneyData {
  return journey(
    'bank',
    surrender({ title: 'A', complaints: months('2025-01', [5, 5, 5]) }),
    surrender({ title: 'B' }),
    surrender({ title: 'C', complaints: months('2025-01', [1, 1, 1]), controls: allControls('surrender-closure') }),
  );
}

const gapsOf = (a: GapAnalysis, t: Touchpoint) => a.byTouchpoint.get(t.id)!;

describe('createGapAnalyser keeps what did not change', () => {
  it('the same data gives the very same gap objects and arrays', () => {
    const data = threeTouchpoints();
    const run = createGapAnalyser();
    const first = run(data);
    const second = run({ ...data });
    for (const t of data.touchpoints) expect(gapsOf(second, t)).toBe(gapsOf(first, t));
    expect(second.gaps[0]).toBe(first.gaps[0]);
    expect(second.residual.get(data.touchpoints[0].id)).toBe(first.residual.get(data.touchpoints[0].id));
  });

  it('an edited touchpoint gets new gaps; the others keep theirs', () => {
    const data = threeTouchpoints();
    const run = createGapAnalyser();
    const first = run(data);
    const [a, b, c] = data.touchpoints;
    const b2 = { ...b, controls: { 'key-info-disclosure': { status: 'in-place' as const } } };
    const second = run({ ...data, touchpoints: [a, b2, c] });
    expect(gapsOf(second, a)).toBe(gapsOf(first, a));
    expect(gapsOf(second, c)).toBe(gapsOf(first, c));
    expect(gapsOf(second, b2)).not.toBe(gapsOf(first, b));
    expect(gapsOf(second, b2).map((g) => g.controlId)).toEqual(['surrender-exit-disclosure']);
  });

  it('a decision changes only its touchpoint', () => {
    const data = threeTouchpoints();
    const run = createGapAnalyser();
    const first = run(data);
    const [a, b] = data.touchpoints;
    const decision: GapDecision = {
      id: gapKey(b.id, 'missing-control', 'key-info-disclosure'),
      touchpointId: b.id,
      rule: 'missing-control',
      controlId: 'key-info-disclosure',
      accepted: true,
      reason: 'Accepted',
      owner: '',
      dueDate: '',
      ticket: '',
      decidedAt: '2026-01-01T00:00:00.000Z',
    };
    const second = run({ ...data, gapDecisions: [decision] });
    expect(gapsOf(second, a)).toBe(gapsOf(first, a));
    expect(gapsOf(second, b)).not.toBe(gapsOf(first, b));
    expect(gapsOf(second, b)[0].open).toBe(false);
    // the same decisions in a new array: nothing recomputed
    const third = run({ ...data, gapDecisions: [decision] });
    expect(gapsOf(third, b)).toBe(gapsOf(second, b));
  });

  it('a new journey complaint total recomputes only touchpoints with complaints in the window', () => {
    const data = threeTouchpoints();
    const run = createGapAnalyser();
    const first = run(data);
    const [a, b, c] = data.touchpoints;
    const c2 = { ...c, complaints: months('2025-01', [1, 1, 30]) };
    const second = run({ ...data, touchpoints: [a, b, c2] });
    expect(gapsOf(second, b)).toBe(gapsOf(first, b)); // no complaints: the total cannot matter
    expect(gapsOf(second, a)).not.toBe(gapsOf(first, a));
    expect(gapsOf(second, c2).map((g) => g.rule)).toEqual(['complaint-spike', 'complaint-hotspot']);
  });

  it('settings, sector and custom controls recompute everything', () => {
    const data = threeTouchpoints();
    const run = createGapAnalyser();
    const first = run(data);
    const b = data.touchpoints[1];
    const settings = { ...data.meta.settings, riskBands: { low: 6, medium: 9, high: 14 } };
    const second = run({ ...data, meta: { ...data.meta, settings } });
    expect(gapsOf(second, b)).not.toBe(gapsOf(first, b));
    expect(gapsOf(second, b).map((g) => g.severity)).toEqual(['medium', 'low']);
    const third = run({ ...data, meta: { ...data.meta, settings } });
    expect(gapsOf(third, b)).toBe(gapsOf(second, b));
    const cc: CustomControl = {
      id: 'x',
      name: { zh: '甲', en: 'X' },
      description: { zh: '', en: '' },
      rights: ['know'],
      kinds: ['surrender-closure'],
      sector: 'both',
      severity: 'high',
      basis: '',
    };
    const fourth = run({ ...data, meta: { ...data.meta, settings }, customControls: [cc] });
    expect(gapsOf(fourth, b).map((g) => g.controlId)).toContain('x');
    const fifth = run({ ...data, meta: { ...data.meta, settings, sector: 'insurance' }, customControls: [cc] });
    expect(gapsOf(fifth, b)).not.toBe(gapsOf(fourth, b));
  });

  it('follows touchpoints that moved, and forgets removed ones', () => {
    const data = threeTouchpoints();
    const run = createGapAnalyser();
    const first = run(data);
    const [a, b, c] = data.touchpoints;
    const second = run({ ...data, touchpoints: [c, a] });
    expect(gapsOf(second, a)).toBe(gapsOf(first, a));
    expect(gapsOf(second, c)).toBe(gapsOf(first, c));
    expect(second.byTouchpoint.has(b.id)).toBe(false);
    const third = run({ ...data, touchpoints: [c, a, b] });
    expect(gapsOf(third, b)).not.toBe(gapsOf(first, b));
    expect(gapsOf(third, b).map(toPlainGap)).toEqual(gapsOf(first, b).map(toPlainGap));
  });
});

// ---- property: the memoising analyser always agrees with a fresh analysis ----------------------

const STATUSES: (ControlStatus | 'unset')[] = ['in-place', 'partial', 'missing', 'not-applicable', 'unset'];
const KINDS = [null, 'surrender-closure', 'branch-consultation', 'cooling-off', 'complaint-handling'];

const touchpointArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  risk: fc.option(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { nil: null }),
  owner: fc.constantFrom('', 'Ops'),
  status: fc.constantFrom(...STATUSES),
  reason: fc.constantFrom('', 'n/a'),
  counts: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 8 }),
  start: fc.integer({ min: 0, max: 4 }),
  quarterly: fc.boolean(),
});
type TpSpec = typeof touchpointArb extends fc.Arbitrary<infer T> ? T : never;

function build(spec: TpSpec, id: string): Touchpoint {
  const kind = TOUCHPOINT_KINDS.find((k) => k.id === spec.kind);
  const controls: Touchpoint['controls'] = {};
  kind?.requiredControls.forEach((c, i) => {
    if (spec.status === 'unset' || i % 2) return;
    controls[c] = spec.status === 'not-applicable' ? { status: spec.status, reason: spec.reason } : { status: spec.status };
  });
  const complaints = spec.quarterly
    ? spec.counts.map((count, i) => ({ period: `2025-Q${((spec.start + i) % 4) + 1}`, count }))
    : months(`2025-0${spec.start + 1}`, spec.counts);
  return { ...tp({ kind: spec.kind, owner: spec.owner, risk: spec.risk && risk(...spec.risk), controls, complaints }), id };
}

const plain = (a: GapAnalysis) => ({
  gaps: a.gaps.map(toPlainGap),
  residual: [...a.residual],
  summary: a.summary,
});

describe('createGapAnalyser', () => {
  it('agrees with analyse over any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.array(touchpointArb, { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.record({ at: fc.nat(), spec: touchpointArb, op: fc.constantFrom('edit', 'edit', 'remove', 'add', 'decide', 'window', 'sector') }),
          { maxLength: 12 },
        ),
        (initial, edits) => {
          let data = journey('both', ...initial.map((s, i) => build(s, `t${i}`)));
          const run = createGapAnalyser();
          expect(plain(run(data))).toEqual(plain(analyse(data)));
          let next = initial.length;
          for (const e of edits) {
            const tps = [...data.touchpoints];
            const i = tps.length ? e.at % tps.length : 0;
            if (e.op === 'edit' && tps.length) tps[i] = { ...build(e.spec, tps[i].id), stageId: tps[i].stageId, channelId: tps[i].channelId };
            if (e.op === 'remove' && tps.length) tps.splice(i, 1);
            if (e.op === 'add') tps.splice(i, 0, { ...build(e.spec, `t${next++}`), stageId: data.stages[0].id, channelId: data.channels[0].id });
            data = { ...data, touchpoints: tps };
            if (e.op === 'decide' && tps.length) {
              const g = analyse(data).byTouchpoint.get(tps[i].id)?.[0];
              if (g) {
                const d: GapDecision = { id: g.id, touchpointId: g.touchpointId, rule: g.rule, controlId: g.controlId, accepted: e.at % 2 === 0, reason: 'r', owner: '', dueDate: '', ticket: '', decidedAt: '' };
                data = { ...data, gapDecisions: [...data.gapDecisions.filter((x) => x.id !== d.id), d] };
              }
            }
            if (e.op === 'window') {
              const gapThresholds = { ...data.meta.settings.gapThresholds, hotspotWindow: 1 + (e.at % 6) };
              data = { ...data, meta: { ...data.meta, settings: { ...data.meta.settings, gapThresholds } } };
            }
            if (e.op === 'sector') data = { ...data, meta: { ...data.meta, sector: (['bank', 'insurance', 'both'] as const)[e.at % 3] } };
            expect(plain(run(data))).toEqual(plain(analyse(data)));
          }
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);
});
