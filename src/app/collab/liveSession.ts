/**
 * One live session of one open journey. Before connecting, it asks the server what the room
 * holds — only whether it has a journey and which Yjs write created it, none of its content —
 * and decides:
 * - the room is empty and this device has the journey → seed it (the only time a whole journey
 *   is pushed);
 * - the room has it and this device does not → receive it;
 * - both have it, grown from the same original (the write that created the journey's meta is the
 *   same Yjs item) → merge: offline edits from either side flow both ways, as diffs;
 * - both have it from different originals (say, each imported the same file) → conflict: nothing
 *   is connected or merged, and the user decides.
 * Only then is the transport attached to the journey's document. Asking first matters because
 * y-websocket answers the server's first sync message with everything the document holds:
 * waiting for its "synced" event to look at the room would be too late, the local copy would
 * already be in it. (Two devices with separate copies seeding the same empty room within the
 * same instant could still both get in; the window is a round trip.)
 *
 * Every local transaction then travels as one update, so one gesture (one drop) is one message.
 */
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { LiveStatus } from '../../store/presence';
import { metaMap } from '../../store/ydoc';
import { LiveJoinError } from './errors';
import { RefusedError, type LiveTransport, type Refusal, type RoomProbe, type TransportFactory, type TransportTarget } from './transport';

export type Decision = 'seed' | 'receive' | 'merge' | 'conflict' | 'empty';

/** The Yjs write that created the journey in this document (its meta id), if any. */
export function originOf(doc: Y.Doc): { client: number; clock: number } | null {
  const item = metaMap(doc)._map.get('id');
  return item && !item.deleted ? { client: item.id.client, clock: item.id.clock } : null;
}

export function decide(local: Y.Doc, room: RoomProbe): Decision {
  const here = originOf(local);
  if (!room.journey) return here ? 'seed' : 'empty';
  if (!here) return 'receive';
  return here.client === room.journey.client && here.clock === room.journey.clock ? 'merge' : 'conflict';
}

export { LiveJoinError };

export interface LiveSessionOptions {
  target: TransportTarget;
  transport: TransportFactory;
  /** A lost connection shows as "reconnecting" this long, then as "offline". */
  offlineAfterMs?: number;
  isOnline?: () => boolean;
  now?: () => number;
}

export class LiveSession {
  readonly awareness: Awareness;
  transport: LiveTransport | null = null;
  status: LiveStatus = 'connecting';
  refusal: Refusal | null = null;
  decision: Decision | null = null;
  private attached = false;
  private wasLive = false;
  private downSince: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private probeTimer: ReturnType<typeof setTimeout> | null = null;
  private probeAttempts = 0;
  private readonly listeners = new Set<() => void>();
  private readonly offs: (() => void)[] = [];
  private readonly decided: Promise<Decision>;
  private settle!: { resolve: (d: Decision) => void; reject: (e: Error) => void };
  private destroyed = false;

  constructor(
    private readonly local: Y.Doc,
    private readonly opts: LiveSessionOptions,
  ) {
    this.downSince = this.now();
    this.awareness = new Awareness(local);
    this.awareness.setLocalState(null);
    this.decided = new Promise<Decision>((resolve, reject) => (this.settle = { resolve, reject }));
    this.decided.catch(() => undefined);
    if (typeof window !== 'undefined') {
      const onNet = (e: Event) => {
        // Back online: reconnect now rather than after the old socket times out.
        if (e.type === 'online') {
          if (this.transport) {
            this.transport.disconnect();
            this.transport.connect();
          } else if (this.probeTimer) {
            clearTimeout(this.probeTimer);
            void this.probe();
          }
        }
        this.update();
      };
      window.addEventListener('online', onNet);
      window.addEventListener('offline', onNet);
      this.offs.push(() => {
        window.removeEventListener('online', onNet);
        window.removeEventListener('offline', onNet);
      });
    }
    void this.probe();
  }

  /** The decision once the room has been asked; rejects if the link is refused or the session ends. */
  firstDecision(): Promise<Decision> {
    return this.decided;
  }

  /** Connects the journey's document to the room as soon as (or once) that is safe. */
  attach(): void {
    this.attached = true;
    if (this.canConnect()) this.openTransport();
    this.update();
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.settle.reject(new LiveJoinError('closed'));
    if (this.timer) clearTimeout(this.timer);
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.offs.forEach((off) => off());
    this.transport?.destroy();
    this.awareness.destroy();
    this.listeners.clear();
  }

  private now() {
    return (this.opts.now ?? Date.now)();
  }

  private canConnect() {
    return !this.transport && (this.decision === 'seed' || this.decision === 'receive' || this.decision === 'merge');
  }

  private async probe() {
    this.probeTimer = null;
    try {
      const room = await this.opts.transport.probe(this.opts.target);
      if (this.destroyed) return;
      this.decision = decide(this.local, room);
      this.settle.resolve(this.decision);
      if (this.attached && this.canConnect()) this.openTransport();
    } catch (err) {
      if (this.destroyed) return;
      if (err instanceof RefusedError) return this.refuse(err.why);
      // Unreachable: ask again, backing off like the socket does.
      this.probeAttempts++;
      // The first retry is at once: it is usually a keep-alive connection the server had closed.
      const wait = this.probeAttempts === 1 ? 0 : Math.min(200 * 2 ** this.probeAttempts, 5000);
      this.probeTimer = setTimeout(() => void this.probe(), wait);
    }
    this.update();
  }

  private openTransport() {
    const t = this.opts.transport.open(this.local, this.awareness, this.opts.target);
    this.transport = t;
    this.offs.push(
      t.on('status', () => this.update()),
      t.on('synced', () => this.update()),
      t.on('refused', (why) => this.refuse(why)),
    );
    t.connect();
  }

  private refuse(why: Refusal) {
    this.refusal = why;
    this.settle.reject(new LiveJoinError(why));
    this.update();
  }

  private update() {
    if (this.destroyed) return;
    const next = this.computeStatus();
    if (next !== this.status) {
      this.status = next;
      this.listeners.forEach((fn) => fn());
    }
  }

  private computeStatus(): LiveStatus {
    if (this.refusal) return 'refused';
    if (this.decision === 'conflict') return 'conflict';
    const live = !!this.transport && this.transport.status === 'connected' && this.transport.synced;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    // The browser knows before the socket does (a dead socket can look open for ~30 s).
    const online = this.opts.isOnline ? this.opts.isOnline() : typeof navigator === 'undefined' || navigator.onLine !== false;
    if (live && online) {
      this.wasLive = true;
      return 'live';
    }
    if (this.status === 'live') this.downSince = this.now();
    const after = this.opts.offlineAfterMs ?? 10_000;
    const left = this.downSince + after - this.now();
    if (!online || left <= 0) return 'offline';
    this.timer = setTimeout(() => this.update(), left + 10);
    return this.wasLive ? 'reconnecting' : 'connecting';
  }
}
