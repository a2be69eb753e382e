/**
 * Version history: snapshots stored as Yjs state updates, listed with time and size, automatic
 * ones taken before editing at most every N minutes and pruned to a limit; restoring a snapshot
 * is one undoable LOCAL change that merges with what others did meanwhile.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createAutoSnapshots } from '../../src/app/reliability/autoSnapshots';
import { openDatabase, type TouchmapDatabase } from '../../src/db/database';
import { TAB, appendUpdate, loadDocInto, storedState } from '../../src/db/docStore';
import { addSnapshot, listSnapshots, loadSnapshotDoc, pruneAutoSnapshots } from '../../src/db/snapshots';
import { readJourneyData } from '../../src/store/ydoc';
import { createEditorStore } from '../../src/store/editorStore';
import { lanes, newDoc, newStore } from '../helpers/journey';

// Counts whole-document encodings (what the stored state spares on a large journey); otherwise Yjs itself.
const encodings = vi.hoisted(() => ({ count: 0 }));
vi.mock('yjs', async (importOriginal) => {
  const yjs = await importOriginal<typeof Y>();
  return {
    ...yjs,
    encodeStateAsUpdate: (...args: Parameters<typeof yjs.encodeStateAsUpdate>) => {
      encodings.count++;
      return yjs.encodeStateAsUpdate(...args);
    },
  };
});

let db: TouchmapDatabase;
let n = 0;
afterEach(() => db?.close());
const fresh = () => (db = openDatabase(`hist-${Date.now()}-${n++}`));
const MIN = 60_000;
const docOf = (update: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
};

const until = async (ok: () => Promise<boolean>) => {
  // Generous: CI machines are small and busy, and fake-indexeddb runs on timers.
  for (let i = 0; i < 2000; i++) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('timed out');
};

describe('snapshots', () => {
  it('stores the document state and lists it with time, size and touchpoint count', async () => {
    fresh();
    const { doc, actions, get } = newStore();
    const { stages, channels } = lanes(get);
    actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: '开户' });
    const id = await addSnapshot(db, { journeyId: 'j1', name: 'Before workshop', auto: false, update: Y.encodeStateAsUpdate(doc), touchpointCount: 1, now: new Date('2026-11-29T09:00:00Z') });
    actions.addTouchpoint({ stageId: stages[1].id, channelId: channels[0].id, title: 'later' });
    const [s] = await listSnapshots(db, 'j1');
    expect(s).toMatchObject({ id, name: 'Before workshop', createdAt: '2026-11-29T09:00:00.000Z', auto: false, touchpointCount: 1 });
    expect(s.size).toBeGreaterThan(100);
    const snap = await loadSnapshotDoc(db, id);
    expect(readJourneyData(snap!)!.touchpoints.map((t) => t.title)).toEqual(['开户']);
  });

  it('prunes automatic snapshots to the limit, oldest first, and keeps named ones', async () => {
    fresh();
    const { doc } = newStore();
    const update = Y.encodeStateAsUpdate(doc);
    await addSnapshot(db, { journeyId: 'j1', name: 'kept', auto: false, update, touchpointCount: 0, now: new Date(Date.UTC(2026, 0, 1)) });
    for (let i = 0; i < 6; i++) {
      await addSnapshot(db, { journeyId: 'j1', name: '', auto: true, update, touchpointCount: i, now: new Date(Date.UTC(2026, 0, 2 + i)) }, 4);
    }
    await addSnapshot(db, { journeyId: 'other', name: '', auto: true, update, touchpointCount: 0 }, 4);
    const list = await listSnapshots(db, 'j1');
    expect(list.filter((s) => s.auto).map((s) => s.touchpointCount)).toEqual([2, 3, 4, 5]);
    expect(list.filter((s) => !s.auto).map((s) => s.name)).toEqual(['kept']);
    expect(await pruneAutoSnapshots(db, 'j1', 1)).toBe(3);
    expect(await listSnapshots(db, 'other')).toHaveLength(1);
  });
});

describe('automatic snapshots', () => {
  it('takes the state before an edit, at most once per interval of editing, only for local edits', async () => {
    fresh();
    const { doc, actions, get } = newStore();
    const { stages, channels } = lanes(get);
    let now = Date.UTC(2026, 10, 29, 9);
    const taken: number[] = [];
    const auto = createAutoSnapshots(db, 'j1', doc, { intervalMs: 10 * MIN, now: () => now, onSnapshot: (id) => taken.push(id) });
    await new Promise((r) => setTimeout(r, 200)); // reads the last snapshot time
    actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'first' });
    await until(async () => taken.length === 1);
    // The first snapshot holds the state before the edit.
    expect(readJourneyData((await loadSnapshotDoc(db, taken[0]))!)!.touchpoints).toEqual([]);

    now += 4 * MIN;
    actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'second' });
    // Another tab's edit never triggers one.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getMap('touchpoints').delete(Object.keys(get().touchpoints)[0]);
    now += 20 * MIN;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), TAB);
    await new Promise((r) => setTimeout(r, 30));
    expect(taken).toHaveLength(1);

    actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'third' });
    await until(async () => taken.length === 2);
    const list = await listSnapshots(db, 'j1');
    expect(list.map((s) => s.auto)).toEqual([true, true]);
    expect(readJourneyData((await loadSnapshotDoc(db, taken[1]))!)!.touchpoints.map((t) => t.title)).toEqual(['second']);
    auto.destroy();
  });

  it('right after opening, snapshots the state as loaded without encoding it again, until anything else changes it', async () => {
    fresh();
    // A journey stored as two updates, as a saved journey is.
    const saved = newDoc();
    const updates: Uint8Array[] = [Y.encodeStateAsUpdate(saved)];
    saved.on('update', (u: Uint8Array) => updates.push(u));
    const seeded = createEditorStore(saved).getState();
    const { stages, channels } = lanes(() => seeded);
    seeded.actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: '开户' });
    for (const u of updates) await appendUpdate(db, 'j1', u, {});

    const open = async () => {
      const doc = new Y.Doc();
      await loadDocInto(db, 'j1', doc);
      return { doc, store: createEditorStore(doc) };
    };
    const { doc, store } = await open();
    const loaded = storedState(doc);
    expect(loaded).not.toBeNull();
    expect(readJourneyData(docOf(loaded!))).toEqual(readJourneyData(doc));

    let now = Date.UTC(2026, 10, 29, 9);
    const taken: number[] = [];
    const auto = createAutoSnapshots(db, 'j1', doc, { intervalMs: 10 * MIN, now: () => now, onSnapshot: (id) => taken.push(id) });
    await new Promise((r) => setTimeout(r, 200));
    encodings.count = 0;
    store.getState().actions.addTouchpoint({ stageId: stages[1].id, channelId: channels[0].id, title: 'after opening' });
    await until(async () => taken.length === 1);
    expect(encodings.count).toBe(0);
    // The snapshot is the loaded state itself: the touchpoint from before, not the new one.
    expect((await db.snapshots.get(taken[0]))!.update).toEqual(loaded);
    expect(readJourneyData((await loadSnapshotDoc(db, taken[0]))!)!.touchpoints.map((t) => t.title)).toEqual(['开户']);
    // The edit changed the document: the loaded bytes are no longer its state.
    expect(storedState(doc)).toBeNull();
    auto.destroy();

    // Another tab's edit arriving before the first local edit: the snapshot must include it.
    const second = await open();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(second.doc));
    other.getMap('touchpoints').delete(Object.keys(second.store.getState().touchpoints)[0]);
    Y.applyUpdate(second.doc, Y.encodeStateAsUpdate(other), TAB);
    expect(storedState(second.doc)).toBeNull();
    const taken2: number[] = [];
    now += 30 * MIN;
    const auto2 = createAutoSnapshots(db, 'j1', second.doc, { intervalMs: 10 * MIN, now: () => now, onSnapshot: (id) => taken2.push(id) });
    await new Promise((r) => setTimeout(r, 200));
    encodings.count = 0;
    second.store.getState().actions.addTouchpoint({ stageId: stages[2].id, channelId: channels[0].id, title: 'later' });
    await until(async () => taken2.length === 1);
    expect(encodings.count).toBe(1);
    const before = readJourneyData((await loadSnapshotDoc(db, taken2[0]))!)!;
    // Not the stored '开户' (the other tab deleted it), nor the local edit.
    expect(before.touchpoints).toEqual([]);
    auto2.destroy();
  });

  it('continues from the last stored automatic snapshot after a reload', async () => {
    fresh();
    const { doc, actions, get } = newStore();
    const { stages, channels } = lanes(get);
    const now = Date.UTC(2026, 10, 29, 9);
    await addSnapshot(db, { journeyId: 'j1', name: '', auto: true, update: Y.encodeStateAsUpdate(doc), touchpointCount: 0, now: new Date(now - 2 * MIN) });
    const taken: number[] = [];
    const auto = createAutoSnapshots(db, 'j1', doc, { intervalMs: 10 * MIN, now: () => now, onSnapshot: (id) => taken.push(id) });
    await new Promise((r) => setTimeout(r, 200));
    actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'x' });
    await new Promise((r) => setTimeout(r, 30));
    expect(taken).toEqual([]);
    auto.destroy();
  });
});

describe('restore a snapshot as the current state', () => {
  it('is one undoable step that rewrites every table to the snapshot', async () => {
    const { doc, store, actions, get } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'A', risk: { likelihood: 2, impact: 2, rationale: '' } });
    actions.addNote({ x: 10, y: 10 }, { text: 'note' });
    const snapshot = readJourneyData(doc)!;
    actions.updateTouchpoint(a, { title: 'A2', risk: null, owner: 'Li' });
    const b = actions.addTouchpoint({ stageId: stages[1].id, channelId: channels[1].id, title: 'B' });
    actions.renameLane('stages', stages[0].id, 'renamed');
    actions.updateMeta({ name: 'changed' });
    const current = readJourneyData(doc)!;

    actions.restoreContent(snapshot);
    const restored = readJourneyData(doc)!;
    expect(restored.touchpoints).toEqual(snapshot.touchpoints);
    expect(restored.stages.find((s) => s.id === stages[0].id)!.name).toBe(stages[0].name);
    expect(restored.meta.name).toBe(snapshot.meta.name);
    expect(get().touchpoints[b]).toBeUndefined();
    expect(get().touchpoints[a].owner).toBe('');

    actions.undo();
    const undone = readJourneyData(doc)!;
    expect(undone.touchpoints.sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(current.touchpoints.sort((x, y) => (x.id < y.id ? -1 : 1)));
    expect(undone.meta.name).toBe('changed');
    store.destroy();
  });

  it('merges with an edit another tab made at the same time', async () => {
    const { doc, actions, get } = newStore();
    const { stages, channels } = lanes(get);
    const a = actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'A' });
    const snapshot = readJourneyData(doc)!;
    actions.updateTouchpoint(a, { title: 'A changed' });

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const otherStore = createEditorStore(other);
    const c = otherStore.getState().actions.addTouchpoint({ stageId: stages[2].id, channelId: channels[2].id, title: 'C from the other tab' });

    actions.restoreContent(snapshot); // concurrently with the other tab's edit
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)), TAB);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), TAB);
    // Both converge: the restore reverted A's title; C, which the restore never saw, stays.
    for (const d of [doc, other]) {
      const data = readJourneyData(d)!;
      expect(data.touchpoints.find((t) => t.id === a)!.title).toBe('A');
      expect(data.touchpoints.find((t) => t.id === c)!.title).toBe('C from the other tab');
    }
    // Undo in this tab reverts the restore only, never the other tab's C.
    actions.undo();
    expect(get().touchpoints[a].title).toBe('A changed');
    expect(get().touchpoints[c]).toBeDefined();
  });
});
