/**
 * One live session of one open journey. The transport syncs a private "wire" document with the
 * room; the journey's own document is bridged to it only once the server's state has arrived
 * and been checked. That check is the point of the wire: y-websocket answers the server's first
 * sync message with everything the document holds, so a provider attached straight to the
 * journey would push a local copy into the room before anyone could ask whether the room
 * already holds that journey — and a second, separately made copy would merge into it.
 *
 * After the first sync:
 * - the room is empty and this device has the journey → seed it (the only time a whole journey
 *   is pushed);
 * - the room has it and this device does not → receive it;
 * - both have it, grown from the same original (the record that created the journey's meta is
 *   the same Yjs item) → merge: offline edits from either side flow both ways;
 * - both have it from different originals (say, each imported the same file) → conflict: nothing
 *   is merged and the user decides.
 * From then on every document update crosses the bridge in one piece, so one local transaction
 * (one gesture, one drop) is one message to the server.
 */
import * as Y from 'yjs';
import type { LiveStatus } from '../../store/presence';
import { metaMap } from '../../store/ydoc';
import type { LiveTransport, Refusal, TransportFactory, TransportTarget } from './transport';

/** Origin of updates that came from the session into the journey's document (not undoable). */
export const LIVE_ORIGIN = 'live';
/** Origin of local updates copied onto the wire (the transport sends them). */
const FROM_LOCAL = Symbol('from-local');

export type Decision = 'seed' | 'receive' | 'merge' | 'conflict' | 'empty';

export function hasJourney(doc: Y.Doc): boolean {
  return metaMap(doc).has('id');
}

/** True when both documents hold the journey created by the very same Yjs write. */
export function sameOrigin(a: Y.Doc, b: Y.Doc): boolean {
  const ia = metaMap(a)._map.get('id');
  const ib = metaMap(b)._map.get('id');
  return !!ia && !!ib && ia.id.client === ib.id.client && ia.id.clock === ib.id.clock;
}

export function decide(local: Y.Doc, server: Y.Doc): Decision {
  const here = hasJourney(local);
  if (!hasJourney(server)) return here ? 'seed' : 'empty';
  if (!here) return 'receive';
  return sameOrigin(local, server) ? 'merge' : 'conflict';
}

export class LiveJoinError extends Error {
  constructor(readonly reason: Refusal | 'conflict' | 'empty' | 'unreachable' | 'closed' | 'foreign') {
    // The message is the i18n key of the explanation the editor shows.
    super(`collab.joinError.${reason}`);
  }
}

export interface LiveSessionOptions {
  target: TransportTarget;
  transport: TransportFactory;
  /** A lost connection shows as "reconnecting" this long, then as "offline". */
  offlineAfterMs?: number;
  isOnline?: () => boolean;
  now?: () => number;
}

export class LiveSession {
  readonly wire = new Y.Doc();
  readonly transport: LiveTransport;
  status: LiveStatus = 'connecting';
  refusal: Refusal | null = null;
  decision: Decision | null = null;
  private attached = false;
  private bridged = false;
  private wasLive = false;
  private downSince: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
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
    this.decided = new Promise<Decision>((resolve, reject) => (this.settle = { resolve, reject }));
    this.decided.catch(() => undefined);
    this.transport = opts.transport(this.wire, opts.target);
    this.offs.push(
      this.transport.on('status', () => this.update()),
      this.transport.on('synced', () => {
        if (this.decision === null || this.decision === 'empty') this.makeDecision();
        this.update();
      }),
      this.transport.on('refused', (why) => {
        this.refusal = why;
        this.settle.reject(new LiveJoinError(why));
        this.update();
      }),
    );
    // A room that was empty gets its journey when someone seeds it.
    const onWire = () => {
      if (this.decision === 'empty') this.makeDecision();
    };
    this.wire.on('update', onWire);
    this.offs.push(() => this.wire.off('update', onWire));
    if (typeof window !== 'undefined') {
      const onNet = (e: Event) => {
        // Back online: a fresh socket now rather than after the old one times out.
        if (e.type === 'online' && this.decision !== 'conflict' && !this.refusal) {
          this.transport.disconnect();
          this.transport.connect();
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
    this.transport.connect();
  }

  get awareness() {
    return this.transport.awareness;
  }

  /** The first decision after the server's state arrived; rejects if refused or destroyed. */
  firstDecision(): Promise<Decision> {
    return this.decided;
  }

  /** Starts bridging the journey's document with the room as soon as (or once) that is safe. */
  attach(): void {
    this.attached = true;
    if (this.canBridge()) this.startBridge();
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
    this.offs.forEach((off) => off());
    this.local.off('update', this.toWire);
    this.wire.off('update', this.toLocal);
    this.transport.destroy();
    this.wire.destroy();
    this.listeners.clear();
  }

  private now() {
    return (this.opts.now ?? Date.now)();
  }

  private canBridge() {
    return this.decision === 'seed' || this.decision === 'receive' || this.decision === 'merge';
  }

  private makeDecision() {
    this.decision = decide(this.local, this.wire);
    if (this.decision === 'conflict') this.transport.disconnect();
    if (this.decision !== 'empty') this.settle.resolve(this.decision);
    if (this.attached && this.canBridge()) this.startBridge();
  }

  private toWire = (update: Uint8Array, origin: unknown) => {
    if (origin !== LIVE_ORIGIN) Y.applyUpdate(this.wire, update, FROM_LOCAL);
  };

  private toLocal = (update: Uint8Array, origin: unknown) => {
    if (origin !== FROM_LOCAL) Y.applyUpdate(this.local, update, LIVE_ORIGIN);
  };

  private startBridge() {
    if (this.bridged || this.destroyed) return;
    this.bridged = true;
    // What the room lacks goes out as one update; what this device lacks comes in as one.
    const out = Y.encodeStateAsUpdate(this.local, Y.encodeStateVector(this.wire));
    Y.applyUpdate(this.wire, out, FROM_LOCAL);
    const incoming = Y.encodeStateAsUpdate(this.wire, Y.encodeStateVector(this.local));
    Y.applyUpdate(this.local, incoming, LIVE_ORIGIN);
    this.local.on('update', this.toWire);
    this.wire.on('update', this.toLocal);
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
    const live = this.transport.status === 'connected' && this.transport.synced && (this.bridged || !this.attached);
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
