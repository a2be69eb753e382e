/**
 * Rewrites a document's tables to another state of the journey (a snapshot) as ordinary edits:
 * records missing from the target are deleted, changed fields are set, new records inserted.
 * Run inside one LOCAL transaction it is one undo step, and it merges with what other tabs and
 * peers do (it is a set of field edits, not a new document).
 */
import type * as Y from 'yjs';
import { TABLES } from '../domain/model';
import type { JourneyData } from '../domain/schema';
import { insertRecord, metaMap, patchRecord, tableMap, type RecordMap } from './ydoc';

/** Meta fields a restore brings back; the id, creation time and schema version stay. */
const RESTORED_META = ['name', 'description', 'sector', 'settings'] as const;

function rewriteRecord(rec: RecordMap, target: Record<string, unknown>): void {
  for (const key of [...rec.keys()]) if (!(key in target) || target[key] === undefined) rec.delete(key);
  patchRecord(rec, target);
}

/** Call inside a transaction. */
export function replaceDocContent(doc: Y.Doc, data: JourneyData): void {
  const meta = metaMap(doc);
  const metaPatch: Record<string, unknown> = {};
  for (const k of RESTORED_META) metaPatch[k] = data.meta[k];
  patchRecord(meta, metaPatch);
  for (const table of TABLES) {
    const map = tableMap(doc, table);
    const wanted = new Map((data[table] as { id: string }[]).map((r) => [r.id, r]));
    for (const id of [...map.keys()]) if (!wanted.has(id)) map.delete(id);
    for (const [id, record] of wanted) {
      const rec = map.get(id);
      if (rec) rewriteRecord(rec, record as unknown as Record<string, unknown>);
      else insertRecord(doc, table, record as never);
    }
  }
}
