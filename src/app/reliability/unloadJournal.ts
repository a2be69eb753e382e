/**
 * The last edits before a tab goes away. An IndexedDB write started in `pagehide` may not
 * commit before the page is torn down (Dexie issues its requests over several tasks), so on
 * `pagehide` / hidden each tab also writes what is not yet committed, synchronously, to
 * localStorage under its own key. When the journey next opens, every tab's leftover is applied
 * (origin `JOURNAL`: persisted like an edit, never undoable) and removed once it is stored.
 * Yjs updates are idempotent, so an update that did commit after all changes nothing.
 */
import * as Y from 'yjs';
import type { DocPersistence } from '../../db/persistence';
import { newId } from '../../domain/ids';

export const JOURNAL = 'journal';
const PREFIX = 'touchmap:unsaved:';

function storage(): Storage | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null;
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export interface UnloadJournal {
  /** Call from `pagehide` and when the page becomes hidden: records what is not yet saved. */
  record(): void;
  destroy(): void;
}

export function createUnloadJournal(journeyId: string, doc: Y.Doc, persistence: DocPersistence, tabId = newId('tab')): UnloadJournal {
  const store = storage();
  const own = `${PREFIX}${journeyId}:${tabId}`;
  const mine = `${PREFIX}${journeyId}:`;
  if (store) {
    // Leftovers of earlier tabs on this journey: apply, store, then forget.
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i);
      if (k?.startsWith(mine)) keys.push(k);
    }
    for (const k of keys) {
      try {
        Y.applyUpdate(doc, fromBase64(store.getItem(k) ?? ''), JOURNAL);
      } catch {
        // A damaged leftover is dropped below; the stored document is intact.
      }
    }
    if (keys.length) {
      void persistence.flush().then(() => {
        if (!persistence.hasPending) keys.forEach((k) => store.removeItem(k));
      });
    }
  }
  return {
    record() {
      if (!store) return;
      const unsaved = persistence.unsavedUpdate();
      try {
        if (unsaved) store.setItem(own, toBase64(unsaved));
        else store.removeItem(own);
      } catch {
        // localStorage full or blocked: the IndexedDB flush is still under way.
      }
    },
    destroy() {
      // Closed normally: persistence.destroy() flushes; nothing is left to recover.
      if (store && !persistence.hasPending) store.removeItem(own);
    },
  };
}
