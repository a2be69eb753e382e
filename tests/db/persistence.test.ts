import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { openDatabase, type TouchmapDatabase } from '../../src/db/database';
import { createJourneyRecord, loadDocInto } from '../../src/db/docStore';
import { DocPersistence, type SaveStatus } from '../../src/db/persistence';
import { createEditorStore } from '../../src/store/editorStore';
import { readJourneyData } from '../../src/store/ydoc';
import { lanes, newDoc, newJourneyData } from '../helpers/journey';

let db: TouchmapDatabase;
let n = 0;
function freshDb() {
  db = openDatabase(`test-${Date.now()}-${n++}`);
  return db;
}
afterEach(async () => {
  db?.close();
});

async function seeded() {
  const data = newJourneyData('Persisted');
  const doc = newDoc(data);
  await createJourneyRecord(freshDb(), {
    id: data.meta.id, name: data.meta.name, sector: data.meta.sector, createdAt: data.meta.createdAt,
    updatedAt: data.meta.createdAt, touchpointCount: 0, stageCount: 5, channelCount: 3,
  }, doc);
  return { data, doc };
}

describe('document persistence', () => {
  it('saves edits and loads them back into a fresh document', async () => {
    const { data } = await seeded();
    const doc = new Y.Doc();
    await loadDocInto(db, data.meta.id, doc);
    const store = createEditorStore(doc);
    const statuses: SaveStatus['state'][] = [];
    const p = new DocPersistence(db, data.meta.id, doc, { summarise: () => ({ touchpointCount: Object.keys(store.getState().touchpoints).length }), onStatus: (s) => statuses.push(s.state), debounceMs: 5 });
    const { stages, channels } = lanes(store.getState);
    const id = store.getState().actions.addTouchpoint({ stageId: stages[2].id, channelId: channels[1].id, title: '双录' });
    store.getState().actions.moveLane('stages', stages[2].id, 0);
    await p.flush();
    expect(statuses.at(-1)).toBe('saved');
    expect(statuses).toContain('saving');

    const reopened = new Y.Doc();
    await loadDocInto(db, data.meta.id, reopened);
    const back = readJourneyData(reopened)!;
    expect(back.touchpoints.find((t) => t.id === id)?.title).toBe('双录');
    const first = [...back.stages].sort((a, b) => (a.order < b.order ? -1 : 1))[0];
    expect(first.id).toBe(stages[2].id);
    expect((await db.journeys.get(data.meta.id))?.touchpointCount).toBe(1);
    await p.destroy();
  });

  it('writes one small update per edit, not the whole journey', async () => {
    const { data } = await seeded();
    const doc = new Y.Doc();
    await loadDocInto(db, data.meta.id, doc);
    const store = createEditorStore(doc);
    const p = new DocPersistence(db, data.meta.id, doc, { summarise: () => ({}), debounceMs: 1 });
    const { stages, channels } = lanes(store.getState);
    for (let i = 0; i < 40; i++) store.getState().actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: `t${i}` });
    await p.flush();
    const before = await db.docUpdates.count();
    const id = Object.keys(store.getState().touchpoints)[0];
    store.getState().actions.updateTouchpoint(id, { title: 'renamed' });
    await p.flush();
    const rows = await db.docUpdates.where('journeyId').equals(data.meta.id).toArray();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)!.update.byteLength).toBeLessThan(120);
    await p.destroy();
  });

  it('keeps the document and reports an error when a write fails, then retries and saves', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { data } = await seeded();
      const doc = new Y.Doc();
      await loadDocInto(db, data.meta.id, doc);
      const store = createEditorStore(doc);
      const statuses: SaveStatus[] = [];
      const p = new DocPersistence(db, data.meta.id, doc, { summarise: () => ({}), onStatus: (s) => statuses.push(s), debounceMs: 1 });
      const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
      const add = vi.spyOn(db.docUpdates, 'add').mockRejectedValueOnce(quota);
      const { stages, channels } = lanes(store.getState);
      const id = store.getState().actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'kept' });
      await p.flush();
      expect(statuses.at(-1)).toMatchObject({ state: 'error', message: 'quota' });
      expect(store.getState().touchpoints[id].title).toBe('kept');
      expect(p.hasPending).toBe(true);

      add.mockRestore();
      await vi.advanceTimersByTimeAsync(1500);
      await p.flush();
      expect(statuses.at(-1)?.state).toBe('saved');
      const reopened = new Y.Doc();
      await loadDocInto(db, data.meta.id, reopened);
      expect(readJourneyData(reopened)!.touchpoints.map((t) => t.title)).toEqual(['kept']);
      await p.destroy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('compacts many small updates into one on load, losing nothing', async () => {
    const { data } = await seeded();
    const doc = new Y.Doc();
    await loadDocInto(db, data.meta.id, doc);
    const store = createEditorStore(doc);
    const p = new DocPersistence(db, data.meta.id, doc, { summarise: () => ({}), debounceMs: 1 });
    const { stages, channels } = lanes(store.getState);
    for (let i = 0; i < 80; i++) {
      store.getState().actions.addTouchpoint({ stageId: stages[i % 5].id, channelId: channels[i % 3].id, title: `n${i}` });
      await p.flush();
    }
    expect(await db.docUpdates.count()).toBeGreaterThan(64);
    const reopened = new Y.Doc();
    await loadDocInto(db, data.meta.id, reopened);
    expect(await db.docUpdates.count()).toBe(1);
    const again = new Y.Doc();
    await loadDocInto(db, data.meta.id, again);
    expect(readJourneyData(again)!.touchpoints).toHaveLength(80);
    await p.destroy();
  });
});
