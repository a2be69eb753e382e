import { describe, expect, it } from 'vitest';
import { LaneNotEmptyError } from '../../../src/store/actions';
import { selectLayout } from '../../../src/store/selectors';
import { touchpointPosition } from '../../../src/domain/layout';
import { lanes, newStore } from '../../helpers/journey';

describe('journey actions', () => {
  it('adds a touchpoint into a cell and keeps other records identical', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'A' });
    const before = get().touchpoints[a];
    const b = actions.addTouchpoint({ stageId: stages[1].id, channelId: channels[1].id, title: 'B' });
    expect(get().touchpoints[a]).toBe(before);
    expect(get().touchpoints[b].title).toBe('B');
    expect(get().touchpoints[b].stageId).toBe(stages[1].id);
  });

  it('undoes one gesture at a time, including lane edits, and redoes', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'A' });
    actions.updateTouchpoint(a, { title: 'A2' });
    const sid = actions.addLane('stages', '回访');
    expect(Object.keys(get().stages)).toHaveLength(6);
    actions.undo();
    expect(get().stages[sid]).toBeUndefined();
    actions.undo();
    expect(get().touchpoints[a].title).toBe('A');
    actions.redo();
    expect(get().touchpoints[a].title).toBe('A2');
    expect(get().canUndo).toBe(true);
  });

  it('moves a touchpoint with its stage when the stage is reordered', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id });
    const x0 = touchpointPosition(selectLayout(get()), get().touchpoints[a])!.x;
    actions.moveLane('stages', stages[0].id, 2);
    const order = lanes(get).stages.map((s) => s.id);
    expect(order.indexOf(stages[0].id)).toBe(2);
    const x1 = touchpointPosition(selectLayout(get()), get().touchpoints[a])!.x;
    expect(x1).toBeGreaterThan(x0);
    expect(get().touchpoints[a].stageId).toBe(stages[0].id);
  });

  it('refuses to remove a lane that holds touchpoints unless told where they go', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id });
    expect(() => actions.removeLane('channels', channels[0].id)).toThrow(LaneNotEmptyError);
    expect(get().channels[channels[0].id]).toBeDefined();
    actions.removeLane('channels', channels[0].id, channels[1].id);
    expect(get().channels[channels[0].id]).toBeUndefined();
    expect(get().touchpoints[a].channelId).toBe(channels[1].id);
    actions.undo();
    expect(get().channels[channels[0].id]).toBeDefined();
    expect(get().touchpoints[a].channelId).toBe(channels[0].id);
  });

  it('drops a moved node into the cell under its centre, in one undo step for many nodes', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id });
    const b = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id });
    const layout = selectLayout(get());
    const col3 = layout.columnById.get(stages[3].id)!;
    const lane2 = layout.laneById.get(channels[2].id)!;
    actions.moveNodes([
      { id: a, position: { x: col3.x + 40, y: lane2.y + 30 } },
      { id: b, position: { x: col3.x + 40, y: lane2.y + 130 } },
    ]);
    expect(get().touchpoints[a]).toMatchObject({ stageId: stages[3].id, channelId: channels[2].id, offset: { x: 40, y: 30 } });
    expect(get().touchpoints[b].channelId).toBe(channels[2].id);
    actions.undo();
    expect(get().touchpoints[a].stageId).toBe(stages[0].id);
    expect(get().touchpoints[b].stageId).toBe(stages[0].id);
  });

  it('deletes a touchpoint with its connections, and undo restores both', () => {
    const { get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id });
    const b = actions.addTouchpoint({ stageId: stages[1].id, channelId: channels[0].id });
    const e = actions.addConnection(a, b, { label: 'next' })!;
    expect(actions.addConnection(a, b)).toBeNull();
    actions.deleteElements([a]);
    expect(get().touchpoints[a]).toBeUndefined();
    expect(get().connections[e]).toBeUndefined();
    actions.undo();
    expect(get().connections[e].label).toBe('next');
  });

  it('pastes into another journey keeping lanes by name, else into the cell under the pointer', () => {
    const src = newStore();
    const { stages, channels } = lanes(src.get);
    const a = src.actions.addTouchpoint({ stageId: stages[1].id, channelId: channels[1].id, title: 'copy me' });
    const b = src.actions.addTouchpoint({ stageId: stages[2].id, channelId: channels[2].id, title: 'me too' });
    src.actions.addConnection(a, b);
    src.actions.renameLane('stages', stages[2].id, 'only here');
    const payload = src.actions.copy([a, b]);

    const dst = newStore();
    const d = lanes(dst.get);
    const layout = selectLayout(dst.get());
    const pointer = { x: layout.columnById.get(d.stages[4].id)!.x + 30, y: layout.laneById.get(d.channels[0].id)!.y + 30 };
    const ids = dst.actions.paste(payload, pointer);
    expect(ids).toHaveLength(2);
    const [pa, pb] = ids.map((id) => dst.get().touchpoints[id]);
    expect(pa.title).toBe('copy me');
    expect(pa.stageId).toBe(d.stages[1].id);
    expect(pa.channelId).toBe(d.channels[1].id);
    expect(pb.stageId).toBe(d.stages[4].id);
    expect(pb.channelId).toBe(d.channels[2].id);
    expect(Object.values(dst.get().connections)).toHaveLength(1);
    dst.actions.undo();
    expect(Object.keys(dst.get().touchpoints)).toHaveLength(0);
  });

  it('writes nothing for a no-op field edit', () => {
    const { doc, get, actions } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'same' });
    let updates = 0;
    doc.on('update', () => updates++);
    actions.updateTouchpoint(a, { title: 'same' });
    expect(updates).toBe(0);
  });
});
