/**
 * The network side of a live session behind a small interface, so the y-websocket provider
 * could be replaced (by Hocuspocus, say, once Node 22 is available) without touching the
 * session logic. A transport asks what a room holds (`probe`), and syncs a Y.Doc and its
 * awareness with the room (`open`).
 */
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
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
  journey: { client: number; clock: number } | null;
}

export class RefusedError extends Error {
  constructor(readonly why: Refusal) {
    super(`refused: ${why}`);
  }
}

export interface TransportFactory {
  /** Rejects with RefusedError for a bad token, or another error if the server is unreachable. */
  probe(target: TransportTarget): Promise<RoomProbe>;
  open(doc: Y.Doc, awareness: Awareness, target: TransportTarget): LiveTransport;
}

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
      return { journey: j && Number.isInteger(j.client) && Number.isInteger(j.clock) ? { client: j.client, clock: j.clock } : null };
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
