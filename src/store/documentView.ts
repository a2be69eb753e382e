/**
 * The document as plain immutable records for React, patched from `observeDeep` by changed ids:
 * unchanged records keep their identity, so only what changed re-renders.
 */
import type * as Y from 'yjs';
import { TABLES } from '../domain/model';
import type { JourneyMeta, TableName, TableRecords } from '../domain/schema';
import { metaMap, readMeta, readRecord, readTable, tableMap } from './ydoc';

export type DocumentView = {
  meta: JourneyMeta | null;
} & { [T in TableName]: Readonly<Record<string, TableRecords[T]>> };

export function readView(doc: Y.Doc): DocumentView {
  const view = { meta: readMeta(doc) } as DocumentView;
  for (const t of TABLES) (view as Record<string, unknown>)[t] = readTable(doc, t);
  return view;
}

/** Calls `onPatch` with only the slices that changed, after each transaction. */
export function observeView(doc: Y.Doc, getView: () => DocumentView, onPatch: (patch: Partial<DocumentView>) => void): () => void {
  const offs: (() => void)[] = [];
  const meta = metaMap(doc);
  const onMeta = () => onPatch({ meta: readMeta(doc) });
  meta.observeDeep(onMeta);
  offs.push(() => meta.unobserveDeep(onMeta));
  for (const table of TABLES) {
    const map = tableMap(doc, table);
    const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const ids = new Set<string>();
      for (const e of events) {
        if (e.target === map) for (const k of (e as Y.YMapEvent<unknown>).keysChanged) ids.add(k);
        else if (typeof e.path[0] === 'string') ids.add(e.path[0]);
      }
      if (!ids.size) return;
      const prev = getView()[table] as Record<string, TableRecords[typeof table]>;
      const next = { ...prev };
      for (const id of ids) {
        const rec = readRecord(table, map.get(id));
        if (rec) next[id] = rec;
        else delete next[id];
      }
      onPatch({ [table]: next } as Partial<DocumentView>);
    };
    map.observeDeep(handler);
    offs.push(() => map.unobserveDeep(handler));
  }
  return () => offs.forEach((off) => off());
}
