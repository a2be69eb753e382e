/**
 * Everything else that listens to an open journey's document besides the view and local
 * persistence — other tabs, a live-session server — is attached here, in one place, when the
 * journey opens, and detached when it closes.
 */
import type * as Y from 'yjs';
import type { TouchmapDatabase } from '../db/database';
import type { EditorStore } from '../store/editorStore';

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
export const DOC_PROVIDERS: DocProviderFactory[] = [];

export function attachProviders(ctx: DocProviderContext): () => void {
  const attached = DOC_PROVIDERS.map((make) => make(ctx)).filter((p): p is DocProvider => p !== null);
  return () => attached.forEach((p) => p.destroy());
}
