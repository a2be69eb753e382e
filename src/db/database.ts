/**
 * The one module that owns the Dexie database. Journey documents are stored as Yjs updates
 * (small, append-only, compacted now and then); plain tables hold the journey list rows.
 * Every schema change gets a new `version(n)` with an upgrade, and a fixture in tests/fixtures.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Sector } from '../domain/schema';

export interface JourneyRow {
  id: string;
  name: string;
  sector: Sector;
  createdAt: string;
  updatedAt: string;
  touchpointCount: number;
  stageCount: number;
  channelCount: number;
  /** Set when the journey is in the trash. */
  deletedAt?: string;
}

export interface DocUpdateRow {
  seq?: number;
  journeyId: string;
  update: Uint8Array;
}

export interface PrefRow {
  key: string;
  value: unknown;
}

/** A named state of a journey's document (version history); since schema version 2. */
export interface SnapshotRow {
  id?: number;
  journeyId: string;
  name: string;
  /** ISO time the snapshot was taken. */
  createdAt: string;
  /** Taken automatically while editing (pruned to a limit), or by the user (kept). */
  auto: boolean;
  /** The whole document as one Yjs state update. */
  update: Uint8Array;
  touchpointCount: number;
}

export type TouchmapDatabase = Dexie & {
  journeys: EntityTable<JourneyRow, 'id'>;
  docUpdates: EntityTable<DocUpdateRow, 'seq'>;
  prefs: EntityTable<PrefRow, 'key'>;
  snapshots: EntityTable<SnapshotRow, 'id'>;
};

/** The Dexie schema version this app opens (tests/fixtures/db-v1 holds a version-1 database). */
export const DB_VERSION = 2;

export const DB_NAME = 'touchmap';

export function openDatabase(name = DB_NAME): TouchmapDatabase {
  const db = new Dexie(name) as TouchmapDatabase;
  db.version(1).stores({
    journeys: 'id, updatedAt, deletedAt',
    docUpdates: '++seq, journeyId',
    prefs: 'key',
  });
  // v2: version history. Existing tables are kept as they are; rows written by v1 may lack
  // counts (a v1 bug could leave them undefined), which the list shows, so default them here.
  db.version(2)
    .stores({ snapshots: '++id, journeyId, [journeyId+createdAt]' })
    .upgrade(async (tx) => {
      await tx
        .table<JourneyRow, string>('journeys')
        .toCollection()
        .modify((row) => {
          row.touchpointCount ??= 0;
          row.stageCount ??= 0;
          row.channelCount ??= 0;
        });
    });
  // Another tab upgraded the schema: close so its upgrade can proceed; this tab reloads.
  db.on('versionchange', () => {
    db.close();
    if (typeof location !== 'undefined') location.reload();
    return false;
  });
  return db;
}
