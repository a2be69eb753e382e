/**
 * Types for two server packages. `ws` 6 (installed with @y/websocket-server 0.1.1) ships none
 * and `@types/ws` is not installed; y-leveldb 0.1.2 ships some that its package.json "exports"
 * hides from TypeScript. Only what the server and its tests use.
 */
declare module 'ws' {
  import { EventEmitter } from 'node:events';
  import type { IncomingMessage } from 'node:http';
  import type { Duplex } from 'node:stream';

  interface ServerOptions {
    noServer?: boolean;
    maxPayload?: number;
    perMessageDeflate?: boolean;
    clientTracking?: boolean;
    handleProtocols?: (protocols: string[], req: IncomingMessage) => string | false;
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type of WebSocket.Server
  class WebSocketServer extends EventEmitter {
    constructor(options: ServerOptions);
    readonly clients: Set<WebSocket>;
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, cb: (ws: WebSocket) => void): void;
    close(cb?: () => void): void;
  }

  class WebSocket extends EventEmitter {
    static readonly CONNECTING: 0;
    static readonly OPEN: 1;
    static readonly CLOSING: 2;
    static readonly CLOSED: 3;
    static Server: typeof WebSocketServer;
    constructor(address: string, protocols?: string | string[], options?: { maxPayload?: number });
    readonly readyState: number;
    readonly protocol: string;
    binaryType: string;
    send(data: ArrayBufferView | ArrayBuffer | string, cb?: (err?: Error) => void): void;
    close(code?: number, reason?: string): void;
    terminate(): void;
    ping(): void;
  }

  export default WebSocket;
}

declare module 'y-leveldb' {
  import type * as Y from 'yjs';

  export const PREFERRED_TRIM_SIZE: number;
  /** A room's stored updates, oldest first (to be called inside `_transact`). */
  export function getLevelUpdates(db: unknown, docName: string): Promise<Uint8Array[]>;

  export class LeveldbPersistence {
    constructor(location: string);
    /** Runs `f` after every earlier operation (y-leveldb's serialising queue; resolves null if `f` throws). */
    _transact<T>(f: (db: unknown) => Promise<T>): Promise<T | null>;
    getYDoc(docName: string): Promise<Y.Doc>;
    storeUpdate(docName: string, update: Uint8Array): Promise<number>;
    flushDocument(docName: string): Promise<void>;
    getAllDocNames(): Promise<string[]>;
    clearDocument(docName: string): Promise<void>;
    destroy(): Promise<void>;
  }
}
