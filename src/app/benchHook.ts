/**
 * The benchmark's page hook (loaded only in bench mode, see `benchMode.ts`). Journeys enter
 * through the app's own import service (validated, stored as a new journey), never by writing
 * IndexedDB directly; edits go through the store's actions.
 */
import { DEFAULT_DEBOUNCE_MS } from '../db/persistence';
import { importJourneyFile } from './reliability/backupService';
import { benchSlot } from './benchMode';
import { navigate } from './router';
import type { AppServices } from './services';

export interface EditMeasure {
  /** Bytes of the document updates the edit produced, and how many. */
  bytes: number;
  updates: number;
  /** From `flush()` to the IndexedDB transaction's commit. */
  flushMs: number;
  /** Rows appended to the journey's stored updates by that flush. */
  rowsWritten: number;
  rowBytes: number;
}

export function installBenchHook({ db }: AppServices): void {
  const slot = benchSlot();
  if (!slot) return;

  const open = () => {
    if (!slot.session) throw new Error('no journey open');
    return slot.session;
  };
  const rows = (journeyId: string) => db.docUpdates.where('journeyId').equals(journeyId).toArray();

  Object.assign(slot, {
    async importJourney(url: string): Promise<string> {
      const text = await (await fetch(url)).text();
      const result = await importJourneyFile(db, text);
      if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
      return result.ids[0];
    },
    navigate(path: string) {
      navigate(path);
    },
    /**
     * One title edit: what it wrote, and how long the write took from the flush to the commit.
     * The flush is made when the debounce would make it (DEFAULT_DEBOUNCE_MS after the edit), so
     * it does not also wait for the edit's own re-render, as a real save does not.
     */
    async measureEdit(touchpointId: string, label: string): Promise<EditMeasure> {
      const { journeyId, store, persistence } = open();
      await persistence.flush();
      const before = (await rows(journeyId)).length;
      let bytes = 0;
      let updates = 0;
      const onUpdate = (u: Uint8Array) => {
        bytes += u.byteLength;
        updates++;
      };
      store.doc.on('update', onUpdate);
      store.getState().actions.updateTouchpoint(touchpointId, { title: label });
      store.doc.off('update', onUpdate);
      await new Promise((r) => setTimeout(r, DEFAULT_DEBOUNCE_MS - 5));
      const t0 = performance.now();
      await persistence.flush();
      const flushMs = performance.now() - t0;
      const after = await rows(journeyId);
      const added = after.slice(before);
      return { bytes, updates, flushMs, rowsWritten: added.length, rowBytes: added.reduce((n, r) => n + r.update.byteLength, 0) };
    },
    /** One edit left to the normal save path: milliseconds until the status says saved. */
    async editToSaved(touchpointId: string, label: string): Promise<number> {
      const { store, persistence } = open();
      await persistence.flush();
      const t0 = performance.now();
      store.getState().actions.updateTouchpoint(touchpointId, { title: label });
      while (persistence.status.state !== 'saved') await new Promise((r) => setTimeout(r, 1));
      return performance.now() - t0;
    },
    ready: true,
  });
}
