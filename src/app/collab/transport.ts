/**
 * The network side of a live session behind a small interface, so the y-websocket provider
 * could be replaced (by Hocuspocus, say, once Node 22 is available) without touching the
 * session logic. A transport asks what a room holds (`probe`), fetches a room's whole state
 * once (`download`), and syncs a Y.Doc and its awareness with the room (`open`).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import { messageYjsSyncStep2, writeSyncStep1 } from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CLOSE_CODES, COLLAB_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from '../../domain/collab';

export type TransportStatus = 'connecting' | 'connected' | 'disconnected';
export type Refusal = 'invalid' | 'expired';

export interface TransportEvents {
  status: (status: TransportStatus) => void;
  /** The server's state has been received (after every (re)connection). */
  synced: () => void;
  /** The server refused the room or token; the transport stops retrying. */
  refused: (why: Refusal) => void;
}

export interface LiveTransport {
  readonly status: TransportStatus;
  readonly synced: boolean;
  on<E extends keyof TransportEvents>(event: E, fn: TransportEvents[E]): () => void;
  connect(): void;
  disconnect(): void;
  destroy(): void;
}

export interface TransportTarget {
  /** `ws(s)://host[:port]/collab` */
  url: string;
  room: string;
  token: string;
}

/** What a room holds: no journey, or the journey created by this Yjs write (its origin). */
export interface RoomProbe {
  journey: { client: number; clock: number; name?: string; sector?: string } | null;
}

export class RefusedError extends Error {
  constructor(readonly why: Refusal) {
    super(`refused: ${why}`);
  }
}

export interface TransportFactory {
  /** Rejects with RefusedError for a bad token, or another error if the server is unreachable. */
  probe(target: TransportTarget): Promise<RoomProbe>;
  /** The room's whole state as one Yjs update, as the server sent it (nothing applied or re-encoded). */
  download(target: TransportTarget): Promise<Uint8Array>;
  open(doc: Y.Doc, awareness: Awareness, target: TransportTarget): LiveTransport;
}

const MESSAGE_SYNC = 0;

function httpUrl(target: TransportTarget): string {
  return `${target.url.replace(/^ws/, 'http')}/${encodeURIComponent(target.room)}`;
}

/** y-websocket 3.1 against our server. The token never rides in a URL (proxies log URLs). */
export function yWebsocketTransport(opts: { WebSocketPolyfill?: unknown; fetch?: typeof fetch } = {}): TransportFactory {
  return {
    async probe(target) {
      const res = await (opts.fetch ?? fetch)(httpUrl(target), {
        headers: { Authorization: `Bearer ${target.token}` },
        cache: 'no-store',
        credentials: 'omit',
      });
      if (res.status === 401 || res.status === 400) throw new RefusedError('invalid');
      if (res.status === 403) throw new RefusedError('expired');
      if (!res.ok) throw new Error(`probe: HTTP ${res.status}`);
      const body = (await res.json()) as Partial<RoomProbe>;
      const j = body.journey;
      if (!j || !Number.isInteger(j.client) || !Number.isInteger(j.clock)) return { journey: null };
      return { journey: { client: j.client, clock: j.clock, name: String(j.name ?? ''), sector: String(j.sector ?? '') } };
    },

    download(target) {
      // One sync round trip on a bare socket: "I have nothing" (sync step 1 with an empty state
      // vector), and the server's step 2 answer is the room's state, kept as received.
      const WS = (opts.WebSocketPolyfill ?? WebSocket) as typeof WebSocket;
      return new Promise<Uint8Array>((resolve, reject) => {
        const ws = new WS(`${target.url}/${encodeURIComponent(target.room)}`, [COLLAB_PROTOCOL, TOKEN_PROTOCOL_PREFIX + target.token]);
        ws.binaryType = 'arraybuffer';
        let done = false;
        ws.onopen = () => {
          const e = encoding.createEncoder();
          encoding.writeVarUint(e, MESSAGE_SYNC);
          writeSyncStep1(e, new Y.Doc());
          ws.send(encoding.toUint8Array(e));
        };
        ws.onmessage = (ev: MessageEvent) => {
          const d = decoding.createDecoder(new Uint8Array(ev.data as ArrayBuffer));
          if (decoding.readVarUint(d) !== MESSAGE_SYNC || decoding.readVarUint(d) !== messageYjsSyncStep2) return;
          done = true;
          resolve(decoding.readVarUint8Array(d));
          ws.close(1000);
        };
        ws.onerror = () => undefined;
        ws.onclose = (ev: CloseEvent) => {
          if (done) return;
          if (ev.code === CLOSE_CODES.expiredToken) reject(new RefusedError('expired'));
          else if (ev.code === CLOSE_CODES.invalidToken || ev.code === CLOSE_CODES.badRoom) reject(new RefusedError('invalid'));
          else reject(new Error(`download: socket closed (${ev.code})`));
        };
      });
    },

    open(doc, awareness, target) {
      const provider = new WebsocketProvider(target.url, target.room, doc, {
        connect: false,
        awareness,
        // The token as a second sub-protocol; the server answers with the first only.
        protocols: [COLLAB_PROTOCOL, TOKEN_PROTOCOL_PREFIX + target.token],
        // Other tabs are kept in step by the app's own tab sync; each tab also talks to the server.
        disableBc: true,
        maxBackoffTime: 2500,
        ...(opts.WebSocketPolyfill ? { WebSocketPolyfill: opts.WebSocketPolyfill as typeof WebSocket } : {}),
      });
      const listeners: { [E in keyof TransportEvents]: Set<TransportEvents[E]> } = {
        status: new Set(),
        synced: new Set(),
        refused: new Set(),
      };
      let status: TransportStatus = 'disconnected';
      provider.on('status', ({ status: s }) => {
        status = s;
        // Peers dropped my presence when I went away but remember its clock; re-sent unchanged
        // it would be ignored until the next 15-second renewal. A fresh clock shows me at once.
        const mine = s === 'connected' ? awareness.getLocalState() : null;
        if (mine) awareness.setLocalState({ ...mine });
        listeners.status.forEach((fn) => fn(s));
      });
      provider.on('sync', (synced: boolean) => {
        if (synced) listeners.synced.forEach((fn) => fn());
      });
      provider.on('closed', ({ code }) => {
        const why: Refusal = code === CLOSE_CODES.expiredToken ? 'expired' : 'invalid';
        listeners.refused.forEach((fn) => fn(why));
      });
      return {
        get status() {
          return status;
        },
        get synced() {
          return provider.synced;
        },
        on(event, fn) {
          const set = listeners[event] as Set<typeof fn>;
          set.add(fn);
          return () => set.delete(fn);
        },
        connect: () => provider.connect(),
        disconnect: () => provider.disconnect(),
        destroy: () => provider.destroy(),
      };
    },
  };
}
