/**
 * Version history: named snapshots of a journey, each the whole document as one Yjs state
 * update. Manual snapshots are kept until deleted; automatic ones are pruned to a limit.
 */
import * as Y from 'yjs';
import type { SnapshotRow, TouchmapDatabase } from './database';

/** Automatic snapshots kept per journey (the oldest go first). */
export const AUTO_SNAPSHOT_LIMIT = 20;

export interface SnapshotInfo {
  id: number;
  journeyId: string;
  name: string;
  createdAt: string;
  auto: boolean;
  /** Bytes of the stored update. */
  size: number;
  touchpointCount: number;
}

function info(row: SnapshotRow): SnapshotInfo {
  return {
    id: row.id!,
    journeyId: row.journeyId,
    name: row.name,
    createdAt: row.createdAt,
    auto: row.auto,
    size: row.update.byteLength,
    touchpointCount: row.touchpointCount,
  };
}

export interface NewSnapshot {
  journeyId: string;
  name: string;
  auto: boolean;
  /** The document state, `Y.encodeStateAsUpdate(doc)`, taken when the snapshot is meant. */
  update: Uint8Array;
  touchpointCount: number;
  now?: Date;
}

/** Stores the document's current state; automatic snapshots beyond the limit are pruned in the same transaction. */
export async function addSnapshot(db: TouchmapDatabase, s: NewSnapshot, limit = AUTO_SNAPSHOT_LIMIT): Promise<number> {
  const row: SnapshotRow = {
    journeyId: s.journeyId,
    name: s.name,
    auto: s.auto,
    createdAt: (s.now ?? new Date()).toISOString(),
    update: s.update,
    touchpointCount: s.touchpointCount,
  };
  return db.transaction('rw', db.snapshots, async () => {
    const id = (await db.snapshots.add(row)) as number;
    if (s.auto) await pruneAutoSnapshots(db, s.journeyId, limit);
    return id;
  });
}

export async function pruneAutoSnapshots(db: TouchmapDatabase, journeyId: string, limit = AUTO_SNAPSHOT_LIMIT): Promise<number> {
  const autos = (await listRows(db, journeyId)).filter((r) => r.auto);
  const drop = autos.slice(0, Math.max(0, autos.length - limit)).map((r) => r.id!);
  if (drop.length) await db.snapshots.bulkDelete(drop);
  return drop.length;
}

async function listRows(db: TouchmapDatabase, journeyId: string): Promise<SnapshotRow[]> {
  return db.snapshots
    .where('[journeyId+createdAt]')
    .between([journeyId, ''], [journeyId, '\uffff'])
    .toArray();
}

/** Oldest first. */
export async function listSnapshots(db: TouchmapDatabase, journeyId: string): Promise<SnapshotInfo[]> {
  return (await listRows(db, journeyId)).map(info);
}

export async function latestSnapshotTime(db: TouchmapDatabase, journeyId: string, auto?: boolean): Promise<number | null> {
  const rows = await listRows(db, journeyId);
  const times = rows.filter((r) => auto === undefined || r.auto === auto).map((r) => Date.parse(r.createdAt));
  return times.length ? Math.max(...times) : null;
}

/** The snapshot's document, loaded into a fresh Y.Doc (the caller destroys it). */
export async function loadSnapshotDoc(db: TouchmapDatabase, id: number): Promise<Y.Doc | null> {
  const row = await db.snapshots.get(id);
  if (!row) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row.update);
  return doc;
}

export async function renameSnapshot(db: TouchmapDatabase, id: number, name: string): Promise<void> {
  await db.snapshots.update(id, { name, auto: false });
}

export async function deleteSnapshot(db: TouchmapDatabase, id: number): Promise<void> {
  await db.snapshots.delete(id);
}
