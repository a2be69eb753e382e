/**
 * The journey document as a Y.Doc: a `meta` Y.Map of plain fields, and one top-level Y.Map per
 * table mapping id → nested Y.Map of plain fields. A record's nested map is created together
 * with the record (never lazily), so concurrent creation cannot lose fields.
 */
import * as Y from 'yjs';
import { TABLES } from '../domain/model';
import type { JourneyData, JourneyMeta, TableName, TableRecords } from '../domain/schema';
import { normaliseMeta, normaliseRecord } from './normalise';

/** Origin of every edit made through the store's actions: the only origin undo tracks. */
export const LOCAL = 'local';
/** Origin of whole-document writes that must not enter undo (seeding a new document). */
export const SEED = 'seed';

export type RecordMap = Y.Map<unknown>;
export type TableMap = Y.Map<RecordMap>;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function tableMap(doc: Y.Doc, table: TableName): TableMap {
  return doc.getMap(table) as TableMap;
}

export function recordToYMap(record: object): RecordMap {
  const m = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(record)) if (v !== undefined) m.set(k, v);
  return m;
}

export function insertRecord<T extends TableName>(doc: Y.Doc, table: T, record: TableRecords[T]): void {
  tableMap(doc, table).set(record.id, recordToYMap(record));
}

/** Sets only the fields whose value changed, so a no-op edit writes nothing. */
export function patchRecord(rec: RecordMap, patch: object): void {
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) {
      if (rec.has(k)) rec.delete(k);
    } else if (!sameJson(rec.get(k), v)) {
      rec.set(k, v);
    }
  }
}

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function readRecord<T extends TableName>(table: T, rec: RecordMap | undefined): TableRecords[T] | null {
  if (!rec) return null;
  return normaliseRecord(table, rec.toJSON());
}

export function readTable<T extends TableName>(doc: Y.Doc, table: T): Record<string, TableRecords[T]> {
  const out: Record<string, TableRecords[T]> = {};
  tableMap(doc, table).forEach((rec, id) => {
    const r = readRecord(table, rec);
    if (r) out[id] = r;
  });
  return out;
}

export function readMeta(doc: Y.Doc): JourneyMeta | null {
  return normaliseMeta(metaMap(doc).toJSON());
}

/** Writes a whole journey into an empty document in one transaction. */
export function seedDoc(doc: Y.Doc, data: JourneyData, origin: unknown = SEED): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    for (const [k, v] of Object.entries(data.meta)) meta.set(k, v);
    for (const table of TABLES) {
      const map = tableMap(doc, table);
      for (const rec of data[table] as { id: string }[]) map.set(rec.id, recordToYMap(rec));
    }
  }, origin);
}

export function readJourneyData(doc: Y.Doc): JourneyData | null {
  const meta = readMeta(doc);
  if (!meta) return null;
  const data = { meta } as JourneyData;
  for (const table of TABLES) {
    (data as unknown as Record<string, unknown[]>)[table] = Object.values(readTable(doc, table));
  }
  return data;
}
