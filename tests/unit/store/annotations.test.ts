import { describe, expect, it } from 'vitest';
import { lanes, newStore } from '../../helpers/journey';

describe('annotation actions', () => {
  it('switches complaints from months to quarters and back, keeping quarter totals', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({
      stageId: stages[0].id,
      channelId: channels[0].id,
      complaints: [
        { period: '2026-01', count: 3 },
        { period: '2026-02', count: 4, category: 'disclosure' },
        { period: '2026-02', count: 1 },
        { period: '2026-04', count: 5 },
      ],
    });
    actions.setComplaintPeriod('quarter');
    expect(get().meta!.settings.complaintPeriod).toBe('quarter');
    expect(get().meta!.settings.monthsUnknown).toBe(true);
    expect(get().touchpoints[a].complaints).toEqual([
      { period: '2026-Q1', count: 4 },
      { period: '2026-Q1', count: 4, category: 'disclosure' },
      { period: '2026-Q2', count: 5 },
    ]);
    actions.setComplaintPeriod('month');
    expect(get().meta!.settings.complaintPeriod).toBe('month');
    expect(get().meta!.settings.monthsUnknown).toBe(true);
    expect(get().touchpoints[a].complaints.map((e) => e.period)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2']);
    actions.undo();
    actions.undo();
    expect(get().touchpoints[a].complaints).toHaveLength(4);
    expect(get().meta!.settings.complaintPeriod).toBe('month');
  });

  it('removing a persona removes it from touchpoints in one undoable step', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const p = actions.addPersona('老年客户', '65+');
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, personaIds: [p] });
    actions.removePersona(p);
    expect(get().personas[p]).toBeUndefined();
    expect(get().touchpoints[a].personaIds).toEqual([]);
    actions.undo();
    expect(get().personas[p].name).toBe('老年客户');
    expect(get().touchpoints[a].personaIds).toEqual([p]);
  });

  it('keeps derived gap arrays for unchanged touchpoints when another one changes', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'a' });
    const b = actions.addTouchpoint({ stageId: stages[1].id, channelId: channels[0].id, title: 'b' });
    const before = get().derived.gaps(get())!.byTouchpoint.get(a);
    expect(before!.length).toBeGreaterThan(0);
    actions.updateTouchpoint(b, { kind: 'payment-fees' });
    const after = get().derived.gaps(get())!;
    expect(after.byTouchpoint.get(a)).toBe(before);
    expect(after.byTouchpoint.get(b)!.some((g) => g.controlId === 'fee-disclosure')).toBe(true);
  });
});
