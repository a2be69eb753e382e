/** The auditor's comparison of two journey states: pure, over plain journey data. */
import { describe, expect, it } from 'vitest';
import { diffJourneys, isEmptyDiff } from '../../../src/domain/diff';
import type { JourneyData, Touchpoint } from '../../../src/domain/schema';
import { sampleJourney } from '../io/sampleJourney';

const edit = (d: JourneyData, id: string, fields: Partial<Touchpoint>): JourneyData => ({
  ...d,
  touchpoints: d.touchpoints.map((t) => (t.id === id ? { ...t, ...fields } : t)),
});

describe('diffJourneys', () => {
  it('finds nothing between a journey and itself', () => {
    const d = sampleJourney();
    expect(isEmptyDiff(diffJourneys(d, structuredClone(d)))).toBe(true);
  });

  it('lists touchpoints added, removed and renamed', () => {
    const before = sampleJourney();
    const [first, second] = before.touchpoints;
    const extra: Touchpoint = { ...structuredClone(first), id: 't_new', title: '新触点', controls: {} };
    let after = { ...before, touchpoints: [...before.touchpoints.filter((t) => t.id !== second.id), extra] };
    after = edit(after, first.id, { title: '改名后' });
    const d = diffJourneys(before, after);
    expect(d.added).toEqual([{ id: 't_new', title: '新触点' }]);
    expect(d.removed).toEqual([{ id: second.id, title: second.title }]);
    expect(d.renamed).toEqual([{ id: first.id, title: '改名后', before: first.title }]);
    expect(d.edited).toEqual([]);
  });

  it('reports risk changes with scores, and control status changes per control', () => {
    const before = sampleJourney();
    const t = before.touchpoints.find((x) => x.risk && Object.keys(x.controls).length)!;
    const controlId = Object.keys(t.controls)[0];
    const after = edit(before, t.id, {
      risk: { ...t.risk!, likelihood: 1 },
      controls: { ...t.controls, [controlId]: { status: 'missing' }, 'extra-control': { status: 'in-place' } },
    });
    const d = diffJourneys(before, after);
    expect(d.risk).toEqual([
      { id: t.id, title: t.title, before: t.risk, after: { ...t.risk!, likelihood: 1 }, scoreBefore: t.risk!.likelihood * t.risk!.impact, scoreAfter: t.risk!.impact },
    ]);
    expect(d.controls).toEqual(
      expect.arrayContaining([
        { id: t.id, title: t.title, controlId, before: t.controls[controlId].status, after: 'missing' },
        { id: t.id, title: t.title, controlId: 'extra-control', before: null, after: 'in-place' },
      ]),
    );
    expect(d.controls).toHaveLength(t.controls[controlId].status === 'missing' ? 1 : 2);
  });

  it('reports gaps newly open and gaps closed, from analyse', () => {
    const before = sampleJourney();
    const t = before.touchpoints[0];
    // Taking the owner away opens a no-owner gap; giving one closes it.
    const noOwner = edit(before, t.id, { owner: '' });
    const opened = diffJourneys(before, noOwner);
    expect(opened.gapsOpened.map((g) => `${g.touchpointId}|${g.rule}`)).toContain(`${t.id}|no-owner`);
    expect(opened.gapsClosed).toEqual([]);
    const closed = diffJourneys(noOwner, before);
    expect(closed.gapsClosed.map((g) => `${g.touchpointId}|${g.rule}`)).toContain(`${t.id}|no-owner`);
    expect(closed.gapsOpened).toEqual([]);
  });

  it('counts other records and notices other touchpoint edits', () => {
    const before = sampleJourney();
    const after = edit({ ...before, notes: [], stages: before.stages.slice(1) }, before.touchpoints[0].id, { offset: { x: 99, y: 99 } });
    const d = diffJourneys(before, after);
    expect(d.counts.notes).toEqual([before.notes.length, 0]);
    expect(d.counts.stages).toEqual([5, 4]);
    expect(d.edited.map((r) => r.id)).toEqual([before.touchpoints[0].id]);
    expect(isEmptyDiff(d)).toBe(false);
  });
});
