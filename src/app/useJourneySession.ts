/**
 * Opens a journey: loads its document from IndexedDB, creates its store and its persistence,
 * flushes pending writes when the page is hidden or closed, and tears everything down on leave.
 */
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import type { TouchmapDatabase } from '../db/database';
import { loadDocInto } from '../db/docStore';
import { readPreview, type JourneyPreview } from '../db/preview';
import { DocPersistence, type SaveStatus } from '../db/persistence';
import { SCHEMA_VERSION } from '../domain/model';
import { createEditorStore, type EditorStore } from '../store/editorStore';
import { migrateDoc } from '../store/migrations';
import { metaMap } from '../store/ydoc';
import { benchSlot } from './benchMode';
import { loadGapEngine } from '../store/gapEngine';
import { attachProviders, runOpeners } from './docProviders';
import { summariseView } from './journeyService';
import { createUnloadJournal } from './reliability/unloadJournal';

export type JourneySession =
  /** `preview`: a large journey's cached far view, shown while its document is decoded. */
  | { state: 'loading'; preview?: JourneyPreview }
  | { state: 'missing' }
  | { state: 'error'; message: string }
  | { state: 'ready'; store: EditorStore; persistence: DocPersistence };

export function useJourneySession(db: TouchmapDatabase, journeyId: string): { session: JourneySession; status: SaveStatus | null } {
  const [session, setSession] = useState<JourneySession>({ state: 'loading' });
  const [status, setStatus] = useState<SaveStatus | null>(null);

  useEffect(() => {
    let cancelled = false;
    let cleanup: (() => void) | null = null;
    setSession({ state: 'loading' });
    // Gap analysis is its own chunk: fetched while the journey is read, not after.
    void loadGapEngine();
    const doc = new Y.Doc();
    // The preview (small) is read first and drawn before the document (large) is decoded.
    const preview = readFreshPreview(db, journeyId).then((p) => {
      if (p && !cancelled) setSession({ state: 'loading', preview: p });
    });
    runOpeners({ db, journeyId, doc })
      .then(() => preview)
      .then(() => loadDocInto(db, journeyId, doc))
      .then(() => {
        if (cancelled) return;
        if (!metaMap(doc).has('id')) {
          setSession({ state: 'missing' });
          return;
        }
        const version = Number(metaMap(doc).get('schemaVersion') ?? 1);
        const store = createEditorStore(doc, { readOnly: version > SCHEMA_VERSION });
        const persistence = new DocPersistence(db, journeyId, doc, {
          summarise: () => summariseView(store.getState()),
          onStatus: setStatus,
        });
        // Upgrades an older document (persisted like an edit); a newer one stays read-only.
        const migration = migrateDoc(doc);
        if (migration.state === 'failed' || migration.state === 'newer') store.setState({ readOnly: true });
        const detachProviders = attachProviders({ db, journeyId, doc, store });
        const journal = createUnloadJournal(journeyId, doc, persistence);
        const flush = () => {
          journal.record();
          void persistence.flush();
        };
        const onVisibility = () => {
          if (document.visibilityState === 'hidden') flush();
        };
        window.addEventListener('pagehide', flush);
        document.addEventListener('visibilitychange', onVisibility);
        const bench = benchSlot();
        if (bench) bench.session = { journeyId, store, persistence };
        cleanup = () => {
          if (bench?.session?.store === store) bench.session = null;
          window.removeEventListener('pagehide', flush);
          document.removeEventListener('visibilitychange', onVisibility);
          detachProviders();
          void persistence.destroy().finally(() => {
            journal.destroy();
            store.destroy();
            doc.destroy();
          });
        };
        setStatus(persistence.status);
        setSession({ state: 'ready', store, persistence });
      })
      .catch((err: unknown) => {
        if (!cancelled) setSession({ state: 'error', message: err instanceof Error ? err.message : String(err) });
      });
    return () => {
      cancelled = true;
      if (cleanup) cleanup();
      else doc.destroy();
    };
  }, [db, journeyId]);

  return { session, status };
}

/** The cached preview if it shows the journey as last saved, else null. Never throws. */
async function readFreshPreview(db: TouchmapDatabase, journeyId: string): Promise<JourneyPreview | null> {
  const [preview, row] = await Promise.all([readPreview(journeyId), db.journeys.get(journeyId).catch(() => undefined)]);
  return preview && row && preview.stamp === row.updatedAt ? preview : null;
}
