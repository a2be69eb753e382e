/**
 * The network side of a live session behind a small interface, so the y-websocket provider
 * could be replaced (by Hocuspocus, say, once Node 22 is available) without touching the
 * session logic. A transport syncs one Y.Doc with one room and carries Yjs awareness.
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
  readonly awareness: Awareness;
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

export type TransportFactory = (doc: Y.Doc, target: TransportTarget) => LiveTransport;

/** y-websocket 3.1. The token rides in a sub-protocol, never in the URL (proxies log URLs). */
export function yWebsocketTransport(opts: { WebSocketPolyfill?: unknown } = {}): TransportFactory {
  return (doc, target) => {
    const provider = new WebsocketProvider(target.url, target.room, doc, {
      connect: false,
      protocols: [COLLAB_PROTOCOL, TOKEN_PROTOCOL_PREFIX + target.token],
      // Other tabs are kept in step by the app's own tab sync; both tabs also talk to the server.
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
      // Peers dropped my presence when I went away but remember its clock; re-sent unchanged it
      // would be ignored until the next 15-second renewal. A fresh clock makes me visible at once.
      const mine = s === 'connected' ? provider.awareness.getLocalState() : null;
      if (mine) provider.awareness.setLocalState({ ...mine });
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
      awareness: provider.awareness,
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
  };
}
