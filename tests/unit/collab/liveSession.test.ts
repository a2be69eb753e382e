/**
 * The client's live session against a real server in this process: a journey is seeded into an
 * empty room once and never duplicated, a new participant receives it, a separately made copy
 * with the same id is not merged, offline edits on both sides merge on reconnect, one drop is
 * one document message, and a refused link is reported.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { downloadRoom } from '../../../src/app/collab/liveController';
import { decide, LiveSession, originOf } from '../../../src/app/collab/liveSession';
import { yWebsocketTransport } from '../../../src/app/collab/transport';
import { createEditorStore } from '../../../src/store/editorStore';
import { readView } from '../../../src/store/documentView';
import { seedDoc } from '../../../src/store/ydoc';
import { signRoomToken } from '../../../src/server/token';
import { lanes, newJourneyData } from '../../helpers/journey';
import { client, SECRET, startHarness, transportFactory, until, whenSynced, type Harness } from './harness';

let h: Harness | null = null;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  cleanups.splice(0).forEach((c) => c());
  await h?.cleanup();
  h = null;
});

function device(doc: Y.Doc, room: string, token = h!.token(room), transport = transportFactory) {
  const session = new LiveSession(doc, { target: { url: h!.wsUrl, room, token }, transport, offlineAfterMs: 300 });
  session.attach();
  const store = createEditorStore(doc);
  cleanups.push(() => {
    session.destroy();
    store.destroy();
  });
  return { session, store, doc };
}

const live = (s: LiveSession) => until(() => s.status === 'live');

describe('joining a room', () => {
  it('seeds an empty room from the device that has the journey, once: rejoining never duplicates', async () => {
    h = await startHarness();
    const data = newJourneyData('Seeded');
    const docA = new Y.Doc();
    seedDoc(docA, data);
    const a = device(docA, data.meta.id);
    expect(await a.session.firstDecision()).toBe('seed');
    await live(a.session);

    const watcher = client(h, data.meta.id);
    cleanups.push(() => watcher.t.destroy());
    await whenSynced(watcher.t);
    await until(() => readView(watcher.doc).meta?.name === 'Seeded');
    const before = Y.encodeStateAsUpdate(watcher.doc).length;

    // The same device joins again (a new session, e.g. after reopening the journey).
    cleanups.shift()!();
    const again = device(docA, data.meta.id);
    expect(await again.session.firstDecision()).toBe('merge');
    await live(again.session);
    await new Promise((r) => setTimeout(r, 100));
    expect(Y.encodeStateAsUpdate(watcher.doc).length).toBe(before);
    expect(Object.keys(readView(watcher.doc).stages)).toHaveLength(5);
  });

  it('gives a new participant the room’s journey', async () => {
    h = await startHarness();
    const data = newJourneyData('From the room');
    const docA = new Y.Doc();
    seedDoc(docA, data);
    // What A sends: [message type, sync step] of every frame (0,2 = a document update).
    const sentByA: [number, number][] = [];
    class CountingSocket extends WebSocket {
      send(data: ArrayBufferView | ArrayBuffer | string, cb?: (err?: Error) => void) {
        const bytes = data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
        sentByA.push([bytes[0], bytes[1]]);
        super.send(data, cb);
      }
    }
    const a = device(docA, data.meta.id, h.token(data.meta.id), yWebsocketTransport({ WebSocketPolyfill: CountingSocket }));
    await live(a.session);
    const b = device(new Y.Doc(), data.meta.id);
    expect(await b.session.firstDecision()).toBe('receive');
    await until(() => readView(b.doc).meta?.name === 'From the room');
    expect(readView(b.doc)).toEqual(readView(docA));
    expect(originOf(b.doc)).toEqual(originOf(docA));
  });

  it('connects nothing when neither the room nor the participant has the journey', async () => {
    h = await startHarness();
    const b = device(new Y.Doc(), 'j_nothing');
    expect(await b.session.firstDecision()).toBe('empty');
    expect(b.session.transport).toBeNull();
  });

  it('does not merge a separately made copy of the same journey (same id, another origin)', async () => {
    h = await startHarness();
    const data = newJourneyData('Original');
    const docA = new Y.Doc();
    seedDoc(docA, data);
    const a = device(docA, data.meta.id);
    await live(a.session);
    a.store.getState().actions.updateMeta({ name: 'Edited in the room' });

    // The same file imported on another device: same ids, separate Yjs history.
    const docC = new Y.Doc();
    seedDoc(docC, { ...data, meta: { ...data.meta, name: 'Imported copy' } });
    const c = device(docC, data.meta.id);
    expect(await c.session.firstDecision()).toBe('conflict');
    await until(() => c.session.status === 'conflict');
    await new Promise((r) => setTimeout(r, 100));
    expect(readView(docA).meta?.name).toBe('Edited in the room');
    expect(readView(docC).meta?.name).toBe('Imported copy');
    expect(decide(docC, { journey: originOf(docA) })).toBe('conflict');
    expect(c.session.transport).toBeNull();
  });

  it('reports a refused or expired link and stops', async () => {
    h = await startHarness();
    const data = newJourneyData();
    const docA = new Y.Doc();
    seedDoc(docA, data);
    const bad = device(docA, data.meta.id, 'not-a-token');
    await expect(bad.session.firstDecision()).rejects.toThrow('collab.joinError.invalid');
    expect(bad.session.status).toBe('refused');
    const old = device(new Y.Doc(), data.meta.id, signRoomToken(SECRET, data.meta.id, Date.now() - 5000));
    await expect(old.session.firstDecision()).rejects.toThrow('collab.joinError.expired');
    expect(old.session.refusal).toBe('expired');
  });
});

describe('a participant without the journey', () => {
  it('downloads the room’s copy before the editor opens, or says why not', async () => {
    h = await startHarness();
    const data = newJourneyData('To download');
    const docA = new Y.Doc();
    seedDoc(docA, data);
    const a = device(docA, data.meta.id);
    await live(a.session);
    const target = (room: string, token = h!.token(room)) => ({ url: h!.wsUrl, room, token });

    const { update, journey } = await downloadRoom(target(data.meta.id), transportFactory, 5000);
    expect(journey).toEqual({ ...originOf(docA), name: 'To download', sector: 'bank' });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, update);
    expect(readView(copy)).toEqual(readView(docA));
    expect(originOf(copy)).toEqual(originOf(docA));

    await expect(downloadRoom(target('j_nobody'), transportFactory, 5000)).rejects.toThrow('collab.joinError.empty');
    await expect(downloadRoom(target(data.meta.id, 'bad'), transportFactory, 5000)).rejects.toThrow('collab.joinError.invalid');
    const expired = signRoomToken(SECRET, data.meta.id, Date.now() - 1000);
    await expect(downloadRoom(target(data.meta.id, expired), transportFactory, 5000)).rejects.toThrow('collab.joinError.expired');
    await expect(downloadRoom({ url: 'ws://127.0.0.1:9/collab', room: 'j_x', token: h.token('j_x') }, transportFactory, 500)).rejects.toThrow(
      'collab.joinError.unreachable',
    );
  });
});

describe('editing together', () => {
  async function twoPeople() {
    h = await startHarness();
    const data = newJourneyData('Together');
    const docA = new Y.Doc();
    seedDoc(docA, data);
    let cut = false;
    // B's sockets can be cut, like a network drop.
    const sockets = new Set<WebSocket>();
    class CuttableSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols);
        sockets.add(this);
        if (cut) setTimeout(() => this.terminate(), 0);
      }
    }
    // What A sends: [message type, sync step] of every frame (0,2 = a document update).
    const sentByA: [number, number][] = [];
    class CountingSocket extends WebSocket {
      send(data: ArrayBufferView | ArrayBuffer | string, cb?: (err?: Error) => void) {
        const bytes = data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
        sentByA.push([bytes[0], bytes[1]]);
        super.send(data, cb);
      }
    }
    const a = device(docA, data.meta.id, h.token(data.meta.id), yWebsocketTransport({ WebSocketPolyfill: CountingSocket }));
    await live(a.session);
    const b = device(new Y.Doc(), data.meta.id, h.token(data.meta.id), yWebsocketTransport({ WebSocketPolyfill: CuttableSocket }));
    await live(b.session);
    return {
      a,
      b,
      sentByA,
      goOffline() {
        cut = true;
        sockets.forEach((s) => s.terminate());
      },
      goOnline() {
        cut = false;
      },
    };
  }

  it('merges edits both made while one was offline, and undo stays local', { timeout: 15_000 }, async () => {
    const { a, b, goOffline, goOnline } = await twoPeople();
    const A = a.store.getState().actions;
    const B = b.store.getState().actions;
    const { stages, channels } = lanes(a.store.getState);
    const shared = A.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'shared' });
    await until(() => !!b.store.getState().touchpoints[shared]);

    goOffline();
    await until(() => b.session.status === 'reconnecting' || b.session.status === 'offline');
    A.updateTouchpoint(shared, { title: 'title by A' });
    const aNew = A.addTouchpoint({ stageId: stages[1].id, channelId: channels[0].id, title: 'A offline-time' });
    B.updateTouchpoint(shared, { owner: 'owner by B' });
    const bNew = B.addTouchpoint({ stageId: stages[2].id, channelId: channels[1].id, title: 'B while offline' });
    B.moveLane('stages', stages[4].id, 0);
    await until(() => b.session.status === 'offline');
    expect(a.store.getState().touchpoints[bNew]).toBeUndefined();

    goOnline();
    await live(b.session);
    await until(() => !!a.store.getState().touchpoints[bNew] && !!b.store.getState().touchpoints[aNew]);
    await until(() => isDeepStrictEqual(readView(a.doc), readView(b.doc)));
    expect(b.store.getState().touchpoints[shared]).toMatchObject({ title: 'title by A', owner: 'owner by B' });

    // B's undo takes back B's own last gesture (the lane move), nothing of A's.
    B.undo();
    await until(() => a.store.getState().stages[stages[4].id].order === stages[4].order);
    expect(a.store.getState().touchpoints[aNew]).toBeDefined();
    expect(a.store.getState().touchpoints[shared].title).toBe('title by A');
  });

  it('sends one document update per drop', async () => {
    const { a, b, sentByA } = await twoPeople();
    const A = a.store.getState().actions;
    const { stages, channels } = lanes(a.store.getState);
    const ids = [0, 1, 2].map((i) => A.addTouchpoint({ stageId: stages[i].id, channelId: channels[0].id, title: `n${i}` }));
    await until(() => ids.every((id) => b.store.getState().touchpoints[id]));

    const received: number[] = [];
    b.doc.on('update', () => received.push(1));
    sentByA.length = 0;
    // A drag of three nodes: positions are session state while dragging, one write on drop.
    a.store.getState().session.setDragPositions({ [ids[0]]: { x: 900, y: 300 } });
    a.store.getState().session.setDragPositions({ [ids[0]]: { x: 1000, y: 320 } });
    A.moveNodes(ids.map((id, i) => ({ id, position: { x: 1100 + i * 220, y: 340 } })));
    a.store.getState().session.setDragPositions(null);
    await until(() => received.length > 0);
    await new Promise((r) => setTimeout(r, 100));
    expect(sentByA.filter(([type, step]) => type === 0 && step === 2)).toHaveLength(1);
    expect(received).toHaveLength(1);
    expect(ids.map((id) => b.store.getState().touchpoints[id].stageId)).toEqual(ids.map((id) => a.store.getState().touchpoints[id].stageId));
  });
});
