/**
 * Automatic snapshots while editing: when this person starts an edit and the last automatic
 * snapshot is at least `intervalMs` old, the state just before that edit is stored. So there is
 * at most one every N minutes of editing, none while the journey sits unchanged, and only the
 * tab that edits takes it (other tabs' and peers' edits are theirs to snapshot).
 */
import * as Y from 'yjs';
import type { TouchmapDatabase } from '../../db/database';
import { storedState } from '../../db/docStore';
import { AUTO_SNAPSHOT_LIMIT, addSnapshot, latestSnapshotTime } from '../../db/snapshots';
import { LOCAL, tableMap } from '../../store/ydoc';
import type { DocProvider } from '../docProviders';

export const AUTO_SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000;

export interface AutoSnapshotOptions {
  intervalMs?: number;
  limit?: number;
  now?: () => number;
  /** Called after each automatic snapshot is stored (tests, the history list). */
  onSnapshot?: (id: number) => void;
}

export function createAutoSnapshots(db: TouchmapDatabase, journeyId: string, doc: Y.Doc, opts: AutoSnapshotOptions = {}): DocProvider {
  const interval = opts.intervalMs ?? AUTO_SNAPSHOT_INTERVAL_MS;
  const now = opts.now ?? Date.now;
  let last: number | null | undefined; // undefined: not read from the database yet
  let destroyed = false;
  void latestSnapshotTime(db, journeyId, true).then(
    (t) => {
      if (last === undefined) last = t;
    },
    () => {
      last = null;
    },
  );

  const beforeTransaction = (tr: Y.Transaction) => {
    if (destroyed || tr.origin !== LOCAL || last === undefined) return;
    const t = now();
    if (last !== null && t - last < interval) return;
    last = t;
    // The state before this edit, captured synchronously; stored in the background. Right after
    // opening it is what was loaded, already encoded.
    const update = storedState(doc) ?? Y.encodeStateAsUpdate(doc);
    void addSnapshot(
      db,
      {
        journeyId,
        name: '',
        auto: true,
        update,
        touchpointCount: tableMap(doc, 'touchpoints').size,
        now: new Date(t),
      },
      opts.limit ?? AUTO_SNAPSHOT_LIMIT,
    )
      .then((id) => opts.onSnapshot?.(id))
      .catch(() => {
        // A failed snapshot is retried at the next edit; the document itself is unaffected.
        last = null;
      });
  };
  doc.on('beforeTransaction', beforeTransaction);
  return {
    destroy() {
      destroyed = true;
      doc.off('beforeTransaction', beforeTransaction);
    },
  };
}
