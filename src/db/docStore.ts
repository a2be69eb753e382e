/**
 * Loading and saving journey documents. A document is the merge of its stored Yjs updates;
 * saving appends one update per flush (only what changed), and loading compacts many small
 * updates into one so opening stays fast.
 */
import * as Y from 'yjs';
import type { JourneyRow, TouchmapDatabase } from './database';
import { deletePreview } from './preview';

/**
 * Transaction origins, and who writes what to IndexedDB (see docs/reliability.md):
 * - `STORAGE`: applied from IndexedDB on load — already stored, never written back.
 * - `TAB`: received from another tab of this browser over BroadcastChannel. That tab wrote it
 *   to the same IndexedDB, so this tab does not store it again; undo (which tracks only the
 *   store's `LOCAL`) never reverts it.
 * - anything else — `LOCAL` (the store's actions), `seed`, `migration`, a network provider —
 *   is new to this device's storage and is persisted.
 */
export const STORAGE = 'storage';
export const TAB = 'tab';

/** Origins whose updates are already in IndexedDB: persistence skips them. */
export const PERSISTED_ELSEWHERE: ReadonlySet<unknown> = new Set([STORAGE, TAB]);

const COMPACT_AFTER = 64;

/** The update a document was loaded from, for as long as nothing else has changed it. */
const loadedFrom = new WeakMap<Y.Doc, Uint8Array>();

/**
 * The document's whole state as one update, without encoding it, when it still is exactly what
 * `loadDocInto` read into an empty document: encoding a large one blocks the page (≈ 0.4 s at
 * 5,000 touchpoints), and the automatic snapshot before a first edit needs just this. Null once
 * any other update has been applied, or if the document was not loaded that way.
 */
export function storedState(doc: Y.Doc): Uint8Array | null {
  return loadedFrom.get(doc) ?? null;
}

function rememberLoadedState(doc: Y.Doc, update: Uint8Array): void {
  loadedFrom.set(doc, update);
  const forget = () => {
    loadedFrom.delete(doc);
    doc.off('update', forget);
  };
  doc.on('update', forget);
}

export async function loadDocInto(db: TouchmapDatabase, journeyId: string, doc: Y.Doc): Promise<number> {
  const rows = await db.docUpdates.where('journeyId').equals(journeyId).toArray();
  if (!rows.length) return 0;
  // Decoding a large document blocks the page for a while: let it paint what it has first (the
  // loading view, a preview of the map).
  await nextPaint();
  const merged = rows.length === 1 ? rows[0].update : Y.mergeUpdates(rows.map((r) => r.update));
  const empty = doc.store.clients.size === 0 && doc.store.pendingStructs === null;
  Y.applyUpdate(doc, merged, STORAGE);
  if (empty) rememberLoadedState(doc, merged);
  if (rows.length > COMPACT_AFTER) await compact(db, journeyId, rows.map((r) => r.seq!), merged);
  return rows.length;
}

/** After the next frame is painted (at most ~50 ms: a hidden tab paints no frames). */
function nextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const done = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(done);
        resolve();
      }, 0),
    );
  });
}

/** Replaces the given update rows by their merge, in one transaction (all or nothing). */
async function compact(db: TouchmapDatabase, journeyId: string, seqs: number[], merged: Uint8Array): Promise<void> {
  try {
    await db.transaction('rw', db.docUpdates, async () => {
      await db.docUpdates.bulkDelete(seqs);
      await db.docUpdates.add({ journeyId, update: merged });
    });
  } catch {
    // Compaction is an optimisation: the uncompacted rows are still intact.
  }
}

/** Creates a journey: its list row and its whole document, in one transaction. */
export async function createJourneyRecord(db: TouchmapDatabase, row: JourneyRow, doc: Y.Doc): Promise<void> {
  await db.transaction('rw', db.journeys, db.docUpdates, async () => {
    await db.journeys.add(row);
    await db.docUpdates.add({ journeyId: row.id, update: Y.encodeStateAsUpdate(doc) });
  });
}

export async function appendUpdate(
  db: TouchmapDatabase,
  journeyId: string,
  update: Uint8Array,
  row: Partial<JourneyRow>,
): Promise<void> {
  await db.transaction('rw', db.journeys, db.docUpdates, async () => {
    await db.docUpdates.add({ journeyId, update });
    await db.journeys.update(journeyId, row);
  });
}

/** Removes a journey, its document and its snapshots for good (the trash, after 30 days). */
export async function purgeJourney(db: TouchmapDatabase, journeyId: string): Promise<void> {
  await db.transaction('rw', db.journeys, db.docUpdates, db.snapshots, async () => {
    await db.docUpdates.where('journeyId').equals(journeyId).delete();
    await db.snapshots.where('journeyId').equals(journeyId).delete();
    await db.journeys.delete(journeyId);
  });
  await deletePreview(journeyId);
}
