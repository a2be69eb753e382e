/**
 * Saves a journey document as it changes. Every update not loaded from storage is queued;
 * a short debounce groups a burst of edits into one write (one merged update). The status is
 * "saved" only after the IndexedDB transaction committed. A failed write (quota, IndexedDB
 * error) keeps the queue — and the in-memory document — reports the error and retries.
 */
import * as Y from 'yjs';
import type { JourneyRow, TouchmapDatabase } from './database';
import { PERSISTED_ELSEWHERE, appendUpdate } from './docStore';

export type SaveStatus =
  | { state: 'saved'; at: number }
  | { state: 'saving' }
  | { state: 'error'; message: string; retryInMs: number };

export interface PersistenceOptions {
  /** The list row fields to keep in step with the document (name, counts…). */
  summarise: () => Partial<JourneyRow>;
  onStatus?: (s: SaveStatus) => void;
  /** Milliseconds to wait for more edits before writing (reported by the benchmark). */
  debounceMs?: number;
  /** For tests: the clock. */
  now?: () => number;
}

export const DEFAULT_DEBOUNCE_MS = 120;
const MAX_RETRY_MS = 30_000;

export class DocPersistence {
  private pending: Uint8Array[] = [];
  /** The merged update being written now (not yet committed). */
  private inFlight: Uint8Array | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  private failures = 0;
  private destroyed = false;
  status: SaveStatus;

  constructor(
    private readonly db: TouchmapDatabase,
    private readonly journeyId: string,
    private readonly doc: Y.Doc,
    private readonly opts: PersistenceOptions,
  ) {
    this.status = { state: 'saved', at: this.now() };
    doc.on('update', this.onUpdate);
  }

  private now() {
    return (this.opts.now ?? Date.now)();
  }

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    if (PERSISTED_ELSEWHERE.has(origin) || this.destroyed) return;
    this.pending.push(update);
    this.setStatus({ state: 'saving' });
    this.schedule(this.opts.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  };

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private setStatus(s: SaveStatus) {
    this.status = s;
    this.opts.onStatus?.(s);
  }

  get hasPending(): boolean {
    return this.pending.length > 0 || this.writing !== null;
  }

  /** Everything not yet committed to IndexedDB, as one update (null when all is saved). */
  unsavedUpdate(): Uint8Array | null {
    const parts = this.inFlight ? [this.inFlight, ...this.pending] : this.pending;
    if (!parts.length) return null;
    return parts.length === 1 ? parts[0] : Y.mergeUpdates(parts);
  }

  /** Writes everything queued now. Resolves when committed; never rejects (errors → status). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.writing) await this.writing;
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    const update = batch.length === 1 ? batch[0] : Y.mergeUpdates(batch);
    const row = { ...this.opts.summarise(), updatedAt: new Date(this.now()).toISOString() };
    this.inFlight = update;
    this.writing = appendUpdate(this.db, this.journeyId, update, row).then(
      () => {
        this.inFlight = null;
        this.failures = 0;
        if (!this.pending.length) this.setStatus({ state: 'saved', at: this.now() });
      },
      (err: unknown) => {
        // Keep what failed in front of anything newer, so order is kept on retry.
        this.inFlight = null;
        this.pending = [update, ...this.pending];
        this.failures++;
        const retryInMs = Math.min(MAX_RETRY_MS, 1000 * 2 ** (this.failures - 1));
        this.setStatus({ state: 'error', message: describeError(err), retryInMs });
        if (!this.destroyed) this.schedule(retryInMs);
      },
    );
    try {
      await this.writing;
    } finally {
      this.writing = null;
    }
  }

  /** Flushes and stops listening. */
  async destroy(): Promise<void> {
    this.doc.off('update', this.onUpdate);
    await this.flush();
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}

function describeError(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { name?: string; message?: string; inner?: { name?: string } };
    const name = e.inner?.name ?? e.name;
    if (name === 'QuotaExceededError') return 'quota';
    return `${name ?? 'Error'}: ${e.message ?? ''}`.trim();
  }
  return String(err);
}
