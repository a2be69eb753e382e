/** The trash: 30 days, restorable with the whole document and version history, purged after. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addJourney, loadJourneyData } from '../../src/app/journeyService';
import { openDatabase, type TouchmapDatabase } from '../../src/db/database';
import { appendUpdate } from '../../src/db/docStore';
import { addSnapshot, listSnapshots } from '../../src/db/snapshots';
import { TRASH_DAYS, listTrash, moveToTrash, purgeDate, purgeExpiredTrash, restoreFromTrash } from '../../src/db/trash';
import { sampleJourney } from '../unit/io/sampleJourney';
import { newJourneyData } from '../helpers/journey';

let db: TouchmapDatabase;
let n = 0;
afterEach(() => db?.close());
const DAY = 24 * 60 * 60 * 1000;

async function journeyWithHistory() {
  db = openDatabase(`trash-${Date.now()}-${n++}`);
  const data = sampleJourney();
  await addJourney(db, data);
  await addSnapshot(db, { journeyId: data.meta.id, name: 'v1', auto: false, update: new Uint8Array([0, 0]), touchpointCount: 7 });
  // A later edit, stored as its own update row.
  const edit = new Y.Doc();
  edit.getMap('meta').set('note', 'x');
  await appendUpdate(db, data.meta.id, Y.encodeStateAsUpdate(edit), { name: data.meta.name });
  return data;
}

describe('trash', () => {
  it('keeps a deleted journey for 30 days and restores it with its document and snapshots', async () => {
    const data = await journeyWithHistory();
    const other = newJourneyData('stays');
    await addJourney(db, other);
    const deletedAt = new Date('2026-11-01T00:00:00Z');
    await moveToTrash(db, data.meta.id, deletedAt);
    const trash = await listTrash(db);
    expect(trash.map((r) => r.id)).toEqual([data.meta.id]);
    expect(purgeDate(trash[0])!.getTime() - deletedAt.getTime()).toBe(TRASH_DAYS * DAY);

    // 29 days later nothing is purged.
    expect(await purgeExpiredTrash(db, new Date(deletedAt.getTime() + 29 * DAY))).toEqual([]);
    await restoreFromTrash(db, data.meta.id);
    expect(await listTrash(db)).toEqual([]);
    const row = await db.journeys.get(data.meta.id);
    expect(row && 'deletedAt' in row).toBe(false);
    const back = await loadJourneyData(db, data.meta.id);
    expect(back!.touchpoints).toHaveLength(data.touchpoints.length);
    expect(await db.docUpdates.where('journeyId').equals(data.meta.id).count()).toBe(2);
    expect((await listSnapshots(db, data.meta.id)).map((s) => s.name)).toEqual(['v1']);
  });

  it('purges a journey, its document and its snapshots 30 days after deletion, and nothing else', async () => {
    const data = await journeyWithHistory();
    const other = newJourneyData('stays');
    await addJourney(db, other);
    const deletedAt = new Date('2026-11-01T00:00:00Z');
    await moveToTrash(db, data.meta.id, deletedAt);
    expect(await purgeExpiredTrash(db, new Date(deletedAt.getTime() + TRASH_DAYS * DAY))).toEqual([data.meta.id]);
    expect(await db.journeys.get(data.meta.id)).toBeUndefined();
    expect(await db.docUpdates.where('journeyId').equals(data.meta.id).count()).toBe(0);
    expect(await db.snapshots.where('journeyId').equals(data.meta.id).count()).toBe(0);
    expect(await loadJourneyData(db, other.meta.id)).not.toBeNull();
  });
});
