import { describe, expect, it } from 'vitest';
import { touchpointDefaults } from '../../../src/domain/factories';
import { normaliseRecord } from '../../../src/store/normalise';

describe('normaliseRecord', () => {
  it('gives a touchpoint missing fields the same defaults as the other tables get theirs', () => {
    const t = normaliseRecord('touchpoints', { id: 't1', title: 'Sign', stageId: 's', channelId: 'c' });
    expect(t).toEqual({ ...touchpointDefaults(), id: 't1', title: 'Sign', stageId: 's', channelId: 'c', offset: { x: 20, y: 20 } });
    expect(Object.keys(t).sort()).toEqual(Object.keys({ id: '', stageId: '', channelId: '', offset: null, ...touchpointDefaults() }).sort());
  });

  it("keeps the document's fields, including ones this version does not know", () => {
    const raw = { id: 't1', title: 'Sign', kind: 'online-sign', owner: 'Ops', tags: ['a'], futureField: 3 };
    expect(normaliseRecord('touchpoints', raw)).toMatchObject(raw);
  });
});
