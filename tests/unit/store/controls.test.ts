import { describe, expect, it } from 'vitest';
import { lanes, newStore } from '../../helpers/journey';

describe('control and decision actions', () => {
  it('bulk-sets a control on many touchpoints in one undo step, keeping evidence', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, kind: 'branch-consultation', controls: { 'bank-sales-dual-recording': { status: 'missing', evidence: 'audit 2025' } } });
    const b = actions.addTouchpoint({ stageId: stages[1].id, channelId: channels[0].id, kind: 'branch-consultation' });
    expect(actions.bulkSetControlStatus('bank-sales-dual-recording', 'in-place', [a, b])).toBe(2);
    expect(get().touchpoints[a].controls['bank-sales-dual-recording']).toEqual({ status: 'in-place', evidence: 'audit 2025' });
    expect(get().touchpoints[b].controls['bank-sales-dual-recording']).toEqual({ status: 'in-place' });
    actions.undo();
    expect(get().touchpoints[a].controls['bank-sales-dual-recording'].status).toBe('missing');
    expect(get().touchpoints[b].controls['bank-sales-dual-recording']).toBeUndefined();
  });

  it('a decision keyed by touchpoint, rule and control survives recomputation and edits', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[2].id, channelId: channels[0].id, kind: 'contract-signing' });
    const gapsOf = () => get().derived.gaps(get())!.byTouchpoint.get(a)!;
    const target = gapsOf().find((g) => g.controlId === 'record-retention')!;
    expect(target.open).toBe(true);
    actions.setGapDecision({ touchpointId: a, rule: target.rule, controlId: 'record-retention', accepted: true, reason: 'archive policy', owner: '合规部', dueDate: '2027-01-31', ticket: 'CP-12' });
    actions.updateTouchpoint(a, { title: 'renamed', owner: 'ops' });
    const again = gapsOf().find((g) => g.controlId === 'record-retention')!;
    expect(again.open).toBe(false);
    expect(again.decision).toMatchObject({ reason: 'archive policy', ticket: 'CP-12' });
    expect(get().derived.gaps(get())!.summary.accepted).toBe(1);
    actions.clearGapDecision(again.id);
    expect(gapsOf().find((g) => g.controlId === 'record-retention')!.open).toBe(true);
  });

  it('a custom control required for a kind shows up as a gap and disappears with the control', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, kind: 'payment-fees' });
    const id = actions.addCustomControl({ name: { zh: '扣款短信提醒', en: 'Debit SMS alert' }, description: { zh: '', en: '' }, rights: ['know'], kinds: ['payment-fees'], sector: 'both', severity: 'medium', basis: '' });
    const has = () => get().derived.gaps(get())!.byTouchpoint.get(a)!.some((g) => g.controlId === id);
    expect(has()).toBe(true);
    actions.removeCustomControl(id);
    expect(has()).toBe(false);
  });
});
