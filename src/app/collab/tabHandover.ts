/**
 * Other tabs during "keep my copy and join". That choice replaces this device's copy of a
 * journey with the room's, under the same id. Another tab of this browser may have the journey
 * open too, holding the old copy: tab sync (reliability/tabSync.ts, one BroadcastChannel per
 * journey id) would hand that copy to the room's as soon as it opens — and the live session would
 * send it on to the room — and the tab would go on saving it under that id. So:
 * - while a journey is open, its tab holds a shared Web Lock on it, and reloads when another tab
 *   marks the journey for replacement (the localStorage mark of joinStore, seen as a `storage`
 *   event): it then opens the room's copy too;
 * - the tab that chose keeps every tab from opening the journey until it has reloaded itself,
 *   and before reloading lets go of its own hold and waits for the exclusive lock — until every
 *   other tab holding the old copy has gone;
 * - opening a journey with a live session is serialised across tabs, so one tab removes the old
 *   copy and fetches the room's before any other tab reads the journey.
 * Without Web Locks (browsers have them in secure contexts only: HTTPS or localhost) the other
 * tabs still reload, but nothing waits for them.
 * Small: the live gate loads it for every open journey.
 */
import { isReplacementMark } from './joinStore';

export type Locks = Pick<LockManager, 'request'>;

const OPEN_LOCK = (journeyId: string) => `touchmap.journey.open.${journeyId}`;
const OPENING_LOCK = (journeyId: string) => `touchmap.journey.opening.${journeyId}`;

function browserLocks(): Locks | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/** This tab's holds, by journey id: a tab has a journey open once. */
const holds = new Map<string, () => void>();

export interface HoldEnv {
  locks?: Locks | null;
  /** Where `storage` events arrive (window). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
}

/**
 * Holds the open journey for this tab; `onReplaced` runs when another tab marks it for
 * replacement. Returns the release (call it when the journey closes).
 */
export function holdJourney(journeyId: string, onReplaced: () => void, env: HoldEnv = {}): () => void {
  const locks = env.locks === undefined ? browserLocks() : env.locks;
  const events = env.events === undefined ? (typeof window !== 'undefined' ? window : null) : env.events;
  let released = false;
  let unlock: (() => void) | null = null;
  locks
    ?.request(OPEN_LOCK(journeyId), { mode: 'shared' }, () =>
      released ? undefined : new Promise<void>((resolve) => (unlock = resolve)),
    )
    .catch(() => undefined);
  const onStorage = (e: StorageEvent) => {
    if (!released && isReplacementMark(e.key, e.newValue, journeyId)) onReplaced();
  };
  events?.addEventListener('storage', onStorage);
  const release = () => {
    if (released) return;
    released = true;
    unlock?.();
    events?.removeEventListener('storage', onStorage);
    if (holds.get(journeyId) === release) holds.delete(journeyId);
  };
  holds.set(journeyId, release);
  return release;
}

/**
 * "Keep my copy and join" in this tab, around `mark` (which marks the journey for replacement):
 * 1. takes the opening lock of the journey and keeps it until this page goes (the reload), so no
 *    tab opens the journey — the room's copy — while this page still holds the old copy;
 * 2. marks the journey: the other tabs that have it open reload;
 * 3. lets go of this tab's own hold and waits until the other tabs have let go of theirs.
 * Waits at most `timeoutMs` for each lock; resolves whether every other tab let go in time.
 */
export async function handOver(journeyId: string, mark: () => void, timeoutMs: number, locks: Locks | null = browserLocks()): Promise<boolean> {
  if (!locks) {
    mark();
    holds.get(journeyId)?.();
    return false;
  }
  const opening = await withTimeout(timeoutMs, (signal) =>
    new Promise<void>((granted, failed) => {
      locks
        .request(OPENING_LOCK(journeyId), { mode: 'exclusive', signal }, () => {
          granted();
          // Released when this page is unloaded.
          return new Promise<never>(() => undefined);
        })
        .catch(failed);
    }),
  );
  mark();
  holds.get(journeyId)?.();
  const others = await withTimeout(timeoutMs, (signal) => locks.request(OPEN_LOCK(journeyId), { mode: 'exclusive', signal }, () => undefined));
  return opening && others;
}

async function withTimeout(ms: number, f: (signal: AbortSignal) => Promise<unknown>): Promise<boolean> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  try {
    await f(abort.signal);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `f` (the opening of a journey with a live session) while no other tab opens the same journey. */
export function whileOpening<T>(journeyId: string, f: () => Promise<T>, locks: Locks | null = browserLocks()): Promise<T> {
  if (!locks) return f();
  return locks.request(OPENING_LOCK(journeyId), { mode: 'exclusive' }, f) as Promise<T>;
}
