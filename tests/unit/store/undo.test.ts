import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { lanes, newStore } from '../../helpers/journey';

describe('undo', () => {
  it('never reverts changes that came from elsewhere (another tab or person)', () => {
    const { doc, get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const mine = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'mine' });

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.transact(() => {
      (other.getMap('touchpoints').get(mine) as Y.Map<unknown>).set('owner', 'remote owner');
    }, 'remote');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), 'remote');
    expect(get().touchpoints[mine].owner).toBe('remote owner');

    actions.undo();
    expect(get().touchpoints[mine]).toBeUndefined();
    actions.redo();
    expect(get().touchpoints[mine].owner).toBe('remote owner');
  });

  it('treats a multi-node drop and a paste as single steps', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'a' });
    const b = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[1].id, title: 'b' });
    const pasted = actions.paste(actions.copy([a, b]), null);
    expect(Object.keys(get().touchpoints)).toHaveLength(4);
    actions.undo();
    expect(Object.keys(get().touchpoints)).toHaveLength(2);
    expect(pasted.every((id) => !get().touchpoints[id])).toBe(true);
  });

  it('nudges selected nodes by the delta and undoes in one step', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, offset: { x: 40, y: 40 } });
    actions.nudge([a], { x: 10, y: 0 });
    actions.nudge([a], { x: 0, y: 1 });
    expect(get().touchpoints[a].offset).toEqual({ x: 50, y: 41 });
    actions.undo();
    expect(get().touchpoints[a].offset).toEqual({ x: 50, y: 40 });
  });
});
