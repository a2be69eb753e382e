/**
 * Everything else that listens to an open journey's document besides the view and local
 * persistence — other tabs, a live-session server — is attached here, in one place, when the
 * journey opens, and detached when it closes.
 */
import type * as Y from 'yjs';
import type { TouchmapDatabase } from '../db/database';
import type { EditorStore } from '../store/editorStore';
import { lazyLiveSessionProvider, openLiveJourneyWhenJoining } from './collab/liveGate';
import { createPreviewWriter } from './previewWriter';
import { createAutoSnapshots } from './reliability/autoSnapshots';
import { createTabSync } from './reliability/tabSync';

export interface DocProviderContext {
  db: TouchmapDatabase;
  journeyId: string;
  doc: Y.Doc;
  store: EditorStore;
}

export interface DocProvider {
  destroy(): void;
}

export type DocProviderFactory = (ctx: DocProviderContext) => DocProvider | null;

/** Factories run in order when a journey opens; add new providers to this list. */
export const DOC_PROVIDERS: DocProviderFactory[] = [
  // Other tabs of this browser on the same journey (BroadcastChannel).
  ({ doc, journeyId }) => createTabSync(doc, journeyId),
  // Version history: a snapshot before editing, at most every few minutes.
  ({ db, journeyId, doc, store }) => (store.getState().readOnly ? null : createAutoSnapshots(db, journeyId, doc)),
  // A live session through the team's server (y-websocket), when joined; its code loads then.
  lazyLiveSessionProvider,
  // A large journey's far view, drawn at once the next time it opens (db/preview.ts).
  createPreviewWriter,
];

/**
 * Run before a journey's stored document is loaded, in order; one may store a journey this
 * device lacks (a join link receives it from the live session) or throw to stop the opening.
 */
export type DocOpener = (ctx: { db: TouchmapDatabase; journeyId: string; doc: Y.Doc }) => Promise<void>;
export const DOC_OPENERS: DocOpener[] = [openLiveJourneyWhenJoining];

export async function runOpeners(ctx: Parameters<DocOpener>[0]): Promise<void> {
  for (const open of DOC_OPENERS) await open(ctx);
}

export function attachProviders(ctx: DocProviderContext): () => void {
  const attached = DOC_PROVIDERS.map((make) => make(ctx)).filter((p): p is DocProvider => p !== null);
  return () => attached.forEach((p) => p.destroy());
}
