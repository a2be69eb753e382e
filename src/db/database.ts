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

export type TouchmapDatabase = Dexie & {
  journeys: EntityTable<JourneyRow, 'id'>;
  docUpdates: EntityTable<DocUpdateRow, 'seq'>;
  prefs: EntityTable<PrefRow, 'key'>;
};

export const DB_NAME = 'touchmap';

export function openDatabase(name = DB_NAME): TouchmapDatabase {
  const db = new Dexie(name) as TouchmapDatabase;
  db.version(1).stores({
    journeys: 'id, updatedAt, deletedAt',
    docUpdates: '++seq, journeyId',
    prefs: 'key',
  });
  // Another tab upgraded the schema: close so its upgrade can proceed; this tab reloads.
  db.on('versionchange', () => {
    db.close();
    if (typeof location !== 'undefined') location.reload();
    return false;
  });
  return db;
}
