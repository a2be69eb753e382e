/**
 * The live-session server: the built app over HTTP and one WebSocket endpoint per room
 * (`/collab/<room>`), on @y/websocket-server's shared documents with LevelDB persistence.
 *
 * `GET /collab/<room>` with `Authorization: Bearer <token>` answers whether the room holds a
 * journey, which Yjs write created it, and its name and sector for the participant's journey
 * list (`{"journey":{"client":…,"clock":…,"name":…,"sector":…}}` or `{"journey":null}`) —
 * nothing else of its content. A client asks before connecting, so a device
 * only pushes its copy into a room that is empty or holds the same journey (see
 * src/app/collab/liveSession.ts).
 *
 * At the upgrade it checks, in order: the path and the Touchmap sub-protocol (else HTTP 400/404),
 * the room name and the room token (else the socket is opened only to be closed with a 44xx
 * code, so the browser can tell "refused" from "unreachable" and stops retrying), and only
 * then loads the room's stored document — before the WebSocket is accepted, so the first sync
 * a client gets is the stored document, never an empty room still loading (yjs/y-websocket#81).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import WebSocket from 'ws';
import { docs, getYDoc, setupWSConnection, type WSSharedDoc } from '@y/websocket-server/utils';
import { CLOSE_CODES, COLLAB_PATH, COLLAB_PROTOCOL, TOKEN_PROTOCOL_PREFIX, isRoomName } from '../domain/collab';
import type { CollabServerConfig } from './config';
import { openRoomStore, type RoomStore } from './roomStore';
import { staticHandler } from './staticFiles';
import { checkRoomToken } from './token';

export interface CollabServer {
  readonly http: Server;
  /** `http://host:port` actually bound (port 0 picks a free one). */
  readonly url: string;
  close(): Promise<void>;
}

export interface StartOptions extends CollabServerConfig {
  /** One line per event; never receives a token. */
  log?: (line: string) => void;
  now?: () => number;
  /** How long a room nobody is in stays loaded (default 30 s). */
  idleRoomMs?: number;
}

/**
 * A loaded room with nobody connected is released after this long — not at once, as
 * @y/websocket-server would, so a reload or a brief drop does not read the room from disk again
 * (for a 5,000-touchpoint journey that is seconds of work).
 */
const IDLE_ROOM_MS = 30_000;

/**
 * Held in a room's connection list so @y/websocket-server never releases the room by itself
 * (it does when that list empties); the server releases it after IDLE_ROOM_MS instead.
 */
interface Keeper {
  readyState: 1;
  send(m: Uint8Array, o: unknown, cb?: (err?: Error | null) => void): void;
  close(): void;
  ping(): void;
}
const keeper = (): Keeper => ({ readyState: 1, send: (_m, _o, cb) => cb?.(null), close: () => undefined, ping: () => undefined });

export async function startCollabServer(opts: StartOptions): Promise<CollabServer> {
  if (docs.size) throw new Error('another collaboration server is running in this process');
  const log = opts.log ?? (() => undefined);
  const now = opts.now ?? Date.now;
  const store: RoomStore = openRoomStore(opts.dataDir);
  const wss = new WebSocket.Server({
    noServer: true,
    maxPayload: opts.maxMessageBytes,
    perMessageDeflate: false,
    clientTracking: true,
    // Answer with the protocol, never echo the token.
    handleProtocols: (offered) => (offered.includes(COLLAB_PROTOCOL) ? COLLAB_PROTOCOL : false),
  });
  const serveApp = staticHandler(opts.staticDir);
  const http = createServer((req, res) => {
    if (req.url?.startsWith(`${COLLAB_PATH}/`)) void probe(req, res);
    else serveApp(req, res);
  });
  const idleTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const keepers = new WeakMap<WSSharedDoc, Keeper>();
  /** People connected to a room (its connection list minus the keeper). */
  const people = (doc: WSSharedDoc) => doc.conns.size - (keepers.has(doc) ? 1 : 0);

  async function loadRoom(room: string): Promise<WSSharedDoc> {
    // A room released while we waited is loaded again (a released document is destroyed).
    for (;;) {
      const doc = getYDoc(room);
      await store.whenLoaded(doc);
      if (docs.get(room) !== doc) continue;
      if (!keepers.has(doc)) {
        const k = keeper();
        keepers.set(doc, k);
        doc.conns.set(k, new Set());
      }
      return doc;
    }
  }

  function releaseIfIdle(room: string, doc: WSSharedDoc) {
    if (people(doc) > 0) return;
    clearTimeout(idleTimers.get(room));
    idleTimers.set(
      room,
      setTimeout(() => {
        idleTimers.delete(room);
        if (docs.get(room) !== doc || people(doc) > 0) return;
        const k = keepers.get(doc);
        if (k) doc.conns.delete(k);
        docs.delete(room);
        void store.flush(room, doc).finally(() => doc.destroy());
      }, opts.idleRoomMs ?? IDLE_ROOM_MS),
    );
  }

  function refuse(req: IncomingMessage, socket: Duplex, head: Buffer, code: number, reason: string) {
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', () => undefined);
      ws.close(code, reason);
      setTimeout(() => ws.terminate(), 5_000).unref();
    });
  }

  /** The token check for a room: null if admitted, else how to refuse. */
  function refusal(room: string, token: string, who: string): { code: number; status: number; reason: string } | null {
    if (!isRoomName(room)) {
      log(`refused ${who}: bad room name`);
      return { code: CLOSE_CODES.badRoom, status: 400, reason: 'bad room name' };
    }
    const check = checkRoomToken(opts.secret, room, token, now());
    if (check === 'ok') return null;
    log(`refused ${who} for room ${room}: token ${check}`);
    return check === 'expired'
      ? { code: CLOSE_CODES.expiredToken, status: 403, reason: 'token expired' }
      : { code: CLOSE_CODES.invalidToken, status: 401, reason: 'token invalid' };
  }

  async function probe(req: IncomingMessage, res: ServerResponse) {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return json(405, { error: 'method not allowed' });
    const room = new URL(req.url ?? '/', 'http://localhost').pathname.slice(COLLAB_PATH.length + 1);
    const auth = String(req.headers.authorization ?? '');
    const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
    const refused = refusal(room, token, req.socket.remoteAddress ?? '?');
    if (refused) return json(refused.status, { error: refused.reason });
    let doc: WSSharedDoc;
    try {
      doc = await loadRoom(room);
    } catch (err) {
      log(`room ${room} could not be loaded: ${String(err)}`);
      return json(503, { error: 'room could not be loaded' });
    }
    // Kept loaded for the connection that usually follows.
    releaseIfIdle(room, doc);
    const meta = doc.getMap('meta');
    const item = meta._map.get('id');
    const text = (k: string) => (typeof meta.get(k) === 'string' ? (meta.get(k) as string) : '');
    json(200, {
      journey: item && !item.deleted ? { client: item.id.client, clock: item.id.clock, name: text('name'), sector: text('sector') } : null,
    });
  }

  async function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    socket.on('error', () => socket.destroy());
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (!pathname.startsWith(`${COLLAB_PATH}/`)) return abort(socket, 404);
    const offered = String(req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((p) => p.trim());
    if (!offered.includes(COLLAB_PROTOCOL)) return abort(socket, 400);
    const room = pathname.slice(COLLAB_PATH.length + 1);
    const who = req.socket.remoteAddress ?? '?';
    const token = offered.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX))?.slice(TOKEN_PROTOCOL_PREFIX.length) ?? '';
    const refused = refusal(room, token, who);
    if (refused) return refuse(req, socket, head, refused.code, refused.reason);
    let doc: WSSharedDoc;
    try {
      doc = await loadRoom(room);
    } catch (err) {
      log(`room ${room} could not be loaded: ${String(err)}`);
      return abort(socket, 503);
    }
    if (socket.destroyed) return releaseIfIdle(room, doc);
    clearTimeout(idleTimers.get(room));
    // Synchronous from here: the room cannot be released between the check above and this.
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', (err: Error) => log(`connection error in room ${room}: ${err.message}`));
      setupWSConnection(ws, req, { docName: room });
      log(`joined room ${room} from ${who} (${people(doc)} connected)`);
      ws.on('close', () => {
        if (docs.get(room) !== doc) return;
        log(`left room ${room} (${people(doc)} connected)`);
        releaseIfIdle(room, doc);
      });
    });
  }

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => void onUpgrade(req, socket, head));

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.port, opts.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const addr = http.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;

  return {
    http,
    url: `http://${host}:${addr.port}`,
    async close() {
      for (const t of idleTimers.values()) clearTimeout(t);
      idleTimers.clear();
      const closed = [...wss.clients].map((ws) => new Promise<void>((r) => ws.once('close', () => r())));
      for (const ws of wss.clients) ws.terminate();
      await Promise.all(closed);
      await new Promise<void>((r) => http.close(() => r()));
      wss.close();
      // Rooms released by the closing connections are flushed by the store; so are idle ones.
      await store.close();
      for (const [name, doc] of docs) {
        docs.delete(name);
        doc.destroy();
      }
    },
  };
}

function abort(socket: Duplex, status: number) {
  const text = { 400: 'Bad Request', 404: 'Not Found', 503: 'Service Unavailable' }[status] ?? 'Error';
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}
