/**
 * Two tabs on one journey (Node's BroadcastChannel stands in for the browser's): a state-vector
 * handshake on open, live updates both ways, remote updates applied with origin TAB — not stored
 * again by this tab's persistence, never reverted by this tab's undo.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTabSync } from '../../src/app/reliability/tabSync';
import { openDatabase, type TouchmapDatabase } from '../../src/db/database';
import { TAB, loadDocInto } from '../../src/db/docStore';
import { DocPersistence } from '../../src/db/persistence';
import { createEditorStore } from '../../src/store/editorStore';
import { readJourneyData, seedDoc } from '../../src/store/ydoc';
import { lanes, newJourneyData } from '../helpers/journey';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
let dbs: TouchmapDatabase[] = [];
afterEach(() => {
  dbs.forEach((d) => d.close());
  dbs = [];
});

const settle = async (check: () => boolean) => {
  for (let i = 0; i < 2000; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('tabs did not converge');
};

/** A tab: a document (seeded, or from a stored state, or empty) with its store and tab sync. */
function tab(data: ReturnType<typeof newJourneyData>, journeyId: string, state?: Uint8Array | null) {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  else if (state === undefined) seedDoc(doc, data);
  const store = createEditorStore(doc);
  const sync = createTabSync(doc, journeyId)!;
  cleanups.push(() => {
    sync.destroy();
    store.destroy();
  });
  return { doc, store, actions: store.getState().actions, get: store.getState };
}

describe('tab sync', () => {
  it('brings a newly opened tab what the open one has, and the open one what the new one has', async () => {
    const data = newJourneyData('Tabs');
    const id = `j-${Math.random()}`;
    const base = new Y.Doc();
    seedDoc(base, data);
    // A is open and edits; B has the same stored base plus an edit A never saw (made while closed).
    const a = tab(data, id, Y.encodeStateAsUpdate(base));
    const { stages, channels } = lanes(a.get);
    const t1 = a.actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'only in A' });
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(base));
    const offlineStore = createEditorStore(offline);
    const t0 = offlineStore.getState().actions.addTouchpoint({ stageId: stages[1].id, channelId: channels[1].id, title: 'only in B' });
    const b = tab(data, id, Y.encodeStateAsUpdate(offline));
    await settle(() => Boolean(b.get().touchpoints[t1]) && Boolean(a.get().touchpoints[t0]));
    const t2 = b.actions.addTouchpoint({ stageId: stages[2].id, channelId: channels[2].id, title: 'from B, live' });
    await settle(() => Boolean(a.get().touchpoints[t2]));
    expect(a.doc.getMap('touchpoints').toJSON()).toEqual(b.doc.getMap('touchpoints').toJSON());
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
    expect(Object.keys(a.get().touchpoints)).toHaveLength(3);
  });

  it('merges concurrent edits of different touchpoints, and undo reverts only this tab’s edit', async () => {
    const data = newJourneyData('Tabs');
    const id = `j-${Math.random()}`;
    const a = tab(data, id);
    const b = tab(data, id, null);
    await settle(() => Object.keys(b.get().stages).length === 5);
    const { stages, channels } = lanes(a.get);
    const ta = a.actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'A' });
    const tb = b.actions.addTouchpoint({ stageId: stages[1].id, channelId: channels[0].id, title: 'B' });
    a.actions.updateTouchpoint(ta, { owner: 'Ann' });
    b.actions.updateTouchpoint(tb, { owner: 'Bo' });
    await settle(() => a.get().touchpoints[tb]?.owner === 'Bo' && b.get().touchpoints[ta]?.owner === 'Ann');
    b.actions.undo();
    b.actions.undo();
    await settle(() => !a.get().touchpoints[tb]);
    expect(a.get().touchpoints[ta].owner).toBe('Ann');
    expect(b.get().touchpoints[ta].owner).toBe('Ann');
  });

  it('does not store the other tab’s updates again; each edit is stored once', async () => {
    const data = newJourneyData('Tabs');
    const db = openDatabase(`tabs-${Date.now()}`);
    dbs.push(db);
    const { addJourney } = await import('../../src/app/journeyService');
    await addJourney(db, data);
    const open = async () => {
      const doc = new Y.Doc();
      await loadDocInto(db, data.meta.id, doc);
      const store = createEditorStore(doc);
      const persistence = new DocPersistence(db, data.meta.id, doc, { summarise: () => ({}), debounceMs: 1 });
      const sync = createTabSync(doc, data.meta.id)!;
      cleanups.push(() => {
        sync.destroy();
        store.destroy();
      });
      return { doc, store, persistence };
    };
    const a = await open();
    const b = await open();
    const origins: unknown[] = [];
    b.doc.on('update', (_u: Uint8Array, o: unknown) => origins.push(o));
    const { stages, channels } = lanes(a.store.getState);
    const id = a.store.getState().actions.addTouchpoint({ stageId: stages[0].id, channelId: channels[0].id, title: 'once' });
    await settle(() => Boolean(b.store.getState().touchpoints[id]));
    expect(origins).toEqual([TAB]);
    await a.persistence.flush();
    await b.persistence.flush();
    expect(b.persistence.hasPending).toBe(false);
    // The seed plus one stored update: A's edit, stored by A alone.
    expect(await db.docUpdates.where('journeyId').equals(data.meta.id).count()).toBe(2);
    const reopened = new Y.Doc();
    await loadDocInto(db, data.meta.id, reopened);
    expect(readJourneyData(reopened)!.touchpoints.map((t) => t.title)).toEqual(['once']);
    await a.persistence.destroy();
    await b.persistence.destroy();
  });
});
