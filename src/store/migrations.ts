/**
 * Document schema migrations. `meta.schemaVersion` says which shape a journey's document has;
 * on load, `migrateDoc` runs the upgrade steps from that version to `SCHEMA_VERSION` in one
 * transaction (origin `MIGRATION`: persisted like an edit, never on the undo stack). A document
 * newer than this app is left untouched and opened read-only.
 *
 * Adding a version: bump `SCHEMA_VERSION` in src/domain/schema.ts, add `DOC_MIGRATIONS[n]`
 * (n → n+1) here, and a fixture of a version-n document in tests/fixtures with a test that
 * opens it and checks every field.
 */
import type * as Y from 'yjs';
import { SCHEMA_VERSION } from '../domain/model';
import { metaMap } from './ydoc';

export const MIGRATION = 'migration';

/** `DOC_MIGRATIONS[n]` upgrades a version-n document to n+1, inside the migration transaction. */
export type DocMigration = (doc: Y.Doc) => void;
export const DOC_MIGRATIONS: Readonly<Record<number, DocMigration>> = {};

export type MigrationResult =
  | { state: 'current'; version: number }
  | { state: 'migrated'; from: number; to: number }
  | { state: 'newer'; version: number }
  | { state: 'failed'; from: number; message: string };

export function docSchemaVersion(doc: Y.Doc): number {
  const v = Number(metaMap(doc).get('schemaVersion') ?? 1);
  return Number.isInteger(v) && v >= 1 ? v : 1;
}

export function migrateDoc(
  doc: Y.Doc,
  migrations: Readonly<Record<number, DocMigration>> = DOC_MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult {
  const from = docSchemaVersion(doc);
  if (from > target) return { state: 'newer', version: from };
  if (from === target) return { state: 'current', version: from };
  for (let v = from; v < target; v++) {
    if (!migrations[v]) return { state: 'failed', from, message: `no upgrade from document schema version ${v}` };
  }
  try {
    doc.transact(() => {
      for (let v = from; v < target; v++) migrations[v](doc);
      metaMap(doc).set('schemaVersion', target);
    }, MIGRATION);
  } catch (e) {
    return { state: 'failed', from, message: e instanceof Error ? e.message : String(e) };
  }
  return { state: 'migrated', from, to: target };
}
