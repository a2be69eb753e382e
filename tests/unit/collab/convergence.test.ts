/**
 * Two people editing one journey: two stores on two Y.Docs that exchange document updates (as a
 * live session does) converge for concurrent edits, deletes, lane reorders and moves, and
 * undo on one side never reverts the other side's edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sortLanes } from '../../../src/domain/order';
import { createEditorStore } from '../../../src/store/editorStore';
import { readView } from '../../../src/store/documentView';
import { lanes, newDoc } from '../../helpers/journey';

const REMOTE = 'live';

/** Two replicas of one journey (B received A's document, as a new participant does). */
function pair() {
  const docA = newDoc();
  const docB = new Y.Doc();
  Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA), REMOTE);
  const a = createEditorStore(docA);
  const b = createEditorStore(docB);
  return { docA, docB, a, b, A: a.getState().actions, B: b.getState().actions };
}

/** Sends each side what the other lacks: what a reconnect does. */
function exchange(x: Y.Doc, y: Y.Doc) {
  const toY = Y.encodeStateAsUpdate(x, Y.encodeStateVector(y));
  const toX = Y.encodeStateAsUpdate(y, Y.encodeStateVector(x));
  Y.applyUpdate(y, toY, REMOTE);
  Y.applyUpdate(x, toX, REMOTE);
}

const same = (x: Y.Doc, y: Y.Doc) => expect(readView(y)).toEqual(readView(x));

describe('two replicas of a journey', () => {
  it('keep both people’s edits of different fields of one touchpoint', () => {
    const { docA, docB, a, b, A, B } = pair();
    const { stages, channels } = lanes(a.getState);
    const id = A.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'Branch visit' });
    exchange(docA, docB);
    A.updateTouchpoint(id, { title: '网点面签' });
    B.updateTouchpoint(id, { owner: '零售银行部', emotion: -1 });
    exchange(docA, docB);
    for (const s of [a, b]) {
      expect(s.getState().touchpoints[id]).toMatchObject({ title: '网点面签', owner: '零售银行部', emotion: -1 });
    }
    same(docA, docB);
  });

  it('resolve the same field edited by both to one value, the same for both', () => {
    const { docA, docB, a, b, A, B } = pair();
    const { stages, channels } = lanes(a.getState);
    const id = A.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'x' });
    exchange(docA, docB);
    A.updateTouchpoint(id, { title: 'from A' });
    B.updateTouchpoint(id, { title: 'from B' });
    exchange(docA, docB);
    const title = a.getState().touchpoints[id].title;
    expect(['from A', 'from B']).toContain(title);
    expect(b.getState().touchpoints[id].title).toBe(title);
    same(docA, docB);
  });

  it('agree on deletes, also when the other side edited what was deleted', () => {
    const { docA, docB, a, b, A, B } = pair();
    const { stages, channels } = lanes(a.getState);
    const t1 = A.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'one' });
    const t2 = A.addTouchpoint({ stageId: stages[1].id, channelId: channels[0].id, title: 'two' });
    const e = A.addConnection(t1, t2)!;
    exchange(docA, docB);
    A.deleteElements([t1]);
    B.updateTouchpoint(t1, { title: 'edited meanwhile' });
    B.updateConnection(e, { label: 'then' });
    B.addNote({ x: 10, y: 10 }, { text: 'B’s note' });
    exchange(docA, docB);
    for (const s of [a, b]) {
      expect(s.getState().touchpoints[t1]).toBeUndefined();
      expect(s.getState().connections[e]).toBeUndefined();
      expect(s.getState().touchpoints[t2].title).toBe('two');
      expect(Object.values(s.getState().notes).map((n) => n.text)).toEqual(['B’s note']);
    }
    same(docA, docB);
  });

  it('merge concurrent lane reorders (fractional keys), keeping every lane once', () => {
    const { docA, docB, a, b, A, B } = pair();
    const { stages } = lanes(a.getState);
    A.moveLane('stages', stages[0].id, 4);
    B.moveLane('stages', stages[4].id, 0);
    B.addLane('stages', '贷后');
    A.addLane('stages', '催收');
    exchange(docA, docB);
    const order = (s: typeof a) => sortLanes(Object.values(s.getState().stages)).map((l) => l.name);
    expect(order(a)).toEqual(order(b));
    expect(order(a)).toHaveLength(7);
    expect(new Set(order(a)).size).toBe(7);
    expect(order(a).indexOf(stages[4].name)).toBeLessThan(order(a).indexOf(stages[0].name));
    same(docA, docB);
  });

  it('merge concurrent moves: one position for a node moved by both, both moves for different nodes', () => {
    const { docA, docB, a, b, A, B } = pair();
    const { stages, channels } = lanes(a.getState);
    const t1 = A.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, offset: { x: 20, y: 20 } });
    const t2 = A.addTouchpoint({ stageId: stages[1].id, channelId: channels[1].id, offset: { x: 20, y: 20 } });
    exchange(docA, docB);
    const at = (s: typeof a, id: string) => {
      const t = s.getState().touchpoints[id];
      return { stageId: t.stageId, channelId: t.channelId, offset: t.offset };
    };
    const cellCentre = (s: typeof a, stage: number, channel: number) => {
      const target = s.getState();
      const st = sortLanes(Object.values(target.stages))[stage];
      const ch = sortLanes(Object.values(target.channels))[channel];
      return { st, ch };
    };
    // A drops t1 in stage 3, B drops t1 in stage 4 and t2 in stage 2, at the same time.
    A.updateTouchpoint(t1, { stageId: cellCentre(a, 3, 0).st.id, offset: { x: 40, y: 40 } });
    B.updateTouchpoint(t1, { stageId: cellCentre(b, 4, 0).st.id, offset: { x: 60, y: 60 } });
    B.updateTouchpoint(t2, { stageId: cellCentre(b, 2, 1).st.id });
    exchange(docA, docB);
    expect(at(a, t1)).toEqual(at(b, t1));
    expect([stages[3].id, stages[4].id]).toContain(at(a, t1).stageId);
    expect(at(a, t2).stageId).toBe(stages[2].id);
    same(docA, docB);
  });

  it('undo in one replica reverts only its own gesture, never the other’s edits', () => {
    const { docA, docB, a, b, A, B } = pair();
    const { stages, channels } = lanes(a.getState);
    const id = A.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'original' });
    exchange(docA, docB);
    A.updateTouchpoint(id, { title: 'A’s title' });
    B.updateTouchpoint(id, { owner: 'B’s owner' });
    const bNew = B.addTouchpoint({ stageId: stages[2].id, channelId: channels[2].id, title: 'B’s touchpoint' });
    exchange(docA, docB);

    A.undo();
    expect(a.getState().touchpoints[id]).toMatchObject({ title: 'original', owner: 'B’s owner' });
    expect(a.getState().touchpoints[bNew]).toBeDefined();
    // A has nothing more of B’s to undo: the next undo reverts A's own creation only.
    A.undo();
    expect(a.getState().touchpoints[id]).toBeUndefined();
    expect(a.getState().touchpoints[bNew].title).toBe('B’s touchpoint');
    expect(a.getState().canUndo).toBe(false);
    A.redo();
    A.redo();
    exchange(docA, docB);
    expect(b.getState().touchpoints[id]).toMatchObject({ title: 'A’s title', owner: 'B’s owner' });

    // B's undo takes back B's last gesture only.
    B.undo();
    exchange(docA, docB);
    for (const s of [a, b]) {
      expect(s.getState().touchpoints[bNew]).toBeUndefined();
      expect(s.getState().touchpoints[id]).toMatchObject({ title: 'A’s title', owner: 'B’s owner' });
    }
    same(docA, docB);
  });

  it('converge after any interleaving of edits and exchanges (property)', () => {
    type Op = { who: 0 | 1; kind: 'add' | 'title' | 'owner' | 'move' | 'delete' | 'lane' | 'undo' | 'sync'; n: number };
    const opArb: fc.Arbitrary<Op> = fc.record({
      who: fc.constantFrom(0 as const, 1 as const),
      kind: fc.constantFrom('add', 'title', 'owner', 'move', 'delete', 'lane', 'undo', 'sync'),
      n: fc.nat(1000),
    });
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const { docA, docB, a, b } = pair();
        const stores = [a, b];
        for (const op of ops) {
          const s = stores[op.who];
          const st = s.getState();
          const act = st.actions;
          const tps = Object.keys(st.touchpoints).sort();
          const pick = () => tps[op.n % tps.length];
          const ls = sortLanes(Object.values(st.stages));
          const cs = sortLanes(Object.values(st.channels));
          switch (op.kind) {
            case 'add':
              act.addTouchpoint({ stageId: ls[op.n % ls.length].id, channelId: cs[op.n % cs.length].id, title: `t${op.n}` });
              break;
            case 'title':
              if (tps.length) act.updateTouchpoint(pick(), { title: `title ${op.who}-${op.n}` });
              break;
            case 'owner':
              if (tps.length) act.updateTouchpoint(pick(), { owner: `owner ${op.who}-${op.n}` });
              break;
            case 'move':
              if (tps.length) act.updateTouchpoint(pick(), { stageId: ls[op.n % ls.length].id, offset: { x: op.n % 200, y: 20 } });
              break;
            case 'delete':
              if (tps.length) act.deleteElements([pick()]);
              break;
            case 'lane':
              act.moveLane('stages', ls[op.n % ls.length].id, op.n % 5);
              break;
            case 'undo':
              act.undo();
              break;
            case 'sync':
              exchange(docA, docB);
              break;
          }
        }
        exchange(docA, docB);
        expect(readView(docB)).toEqual(readView(docA));
        a.destroy();
        b.destroy();
      }),
      { numRuns: 60 },
    );
  });
});
