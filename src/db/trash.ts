/**
 * The trash: a deleted journey keeps its document and snapshots, marked `deletedAt`, for
 * `TRASH_DAYS`; it can be restored with its whole history until then, and is purged after.
 */
import type { JourneyRow, TouchmapDatabase } from './database';
import { purgeJourney } from './docStore';

export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function moveToTrash(db: TouchmapDatabase, id: string, now = new Date()): Promise<void> {
  await db.journeys.update(id, { deletedAt: now.toISOString() });
}

export async function restoreFromTrash(db: TouchmapDatabase, id: string): Promise<void> {
  await db.journeys.where('id').equals(id).modify((row) => {
    delete row.deletedAt;
  });
}

/** Journeys in the trash, most recently deleted first. */
export async function listTrash(db: TouchmapDatabase): Promise<JourneyRow[]> {
  const rows = await db.journeys.filter((r) => Boolean(r.deletedAt)).toArray();
  return rows.sort((a, b) => (a.deletedAt! < b.deletedAt! ? 1 : -1));
}

/** When a trashed journey will be purged. */
export function purgeDate(row: Pick<JourneyRow, 'deletedAt'>): Date | null {
  return row.deletedAt ? new Date(Date.parse(row.deletedAt) + TRASH_DAYS * DAY_MS) : null;
}

/** Purges every journey deleted more than `TRASH_DAYS` ago; returns their ids. */
export async function purgeExpiredTrash(db: TouchmapDatabase, now = new Date()): Promise<string[]> {
  const expired = (await listTrash(db)).filter((r) => purgeDate(r)!.getTime() <= now.getTime());
  for (const r of expired) await purgeJourney(db, r.id);
  return expired.map((r) => r.id);
}
