/** A collaboration server in this process on 127.0.0.1 with a temp data folder, and clients for it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { COLLAB_PATH, COLLAB_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from '../../../src/domain/collab';
import { yWebsocketTransport, type LiveTransport } from '../../../src/app/collab/transport';
import { startCollabServer, type CollabServer } from '../../../src/server/collabServer';
import { signRoomToken } from '../../../src/server/token';

export const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';

export interface Harness {
  server: CollabServer;
  dataDir: string;
  staticDir: string;
  wsUrl: string;
  log: string[];
  token(room: string, hours?: number): string;
  restart(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function startHarness(opts: { maxMessageBytes?: number; dataDir?: string; idleRoomMs?: number } = {}): Promise<Harness> {
  const root = mkdtempSync(join(tmpdir(), 'touchmap-collab-'));
  const dataDir = opts.dataDir ?? join(root, 'data');
  const staticDir = join(root, 'dist');
  mkdirSync(staticDir, { recursive: true });
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(
    join(staticDir, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'" /></head><body>app</body></html>`,
  );
  writeFileSync(join(staticDir, 'assets', 'app-123.js'), 'console.log(1)');
  const log: string[] = [];
  const start = () =>
    startCollabServer({
      host: '127.0.0.1',
      port: 0,
      dataDir,
      secret: SECRET,
      maxMessageBytes: opts.maxMessageBytes ?? 8 * 1024 * 1024,
      staticDir,
      idleRoomMs: opts.idleRoomMs,
      log: (l) => log.push(l),
    });
  const h: Harness = {
    server: await start(),
    dataDir,
    staticDir,
    log,
    get wsUrl() {
      return h.server.url.replace(/^http/, 'ws') + COLLAB_PATH;
    },
    token: (room, hours = 1) => signRoomToken(SECRET, room, Date.now() + hours * 3_600_000),
    async restart() {
      await h.server.close();
      h.server = await start();
    },
    async cleanup() {
      await h.server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
  return h;
}

export const transportFactory = yWebsocketTransport({ WebSocketPolyfill: WebSocket });

/** A y-websocket client of a room on its own document. */
export function client(h: Harness, room: string, token = h.token(room), doc = new Y.Doc()): { doc: Y.Doc; t: LiveTransport } {
  const t = transportFactory.open(doc, new Awareness(doc), { url: h.wsUrl, room, token });
  t.connect();
  return { doc, t };
}

export function whenSynced(t: LiveTransport, ms = 5000): Promise<void> {
  if (t.synced && t.status === 'connected') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not synced in time')), ms);
    const off = t.on('synced', () => {
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A raw socket: what came back (close code, messages) for protocol-level checks. */
export function rawSocket(url: string, protocols: string[]): Promise<{ code: number | null; messages: number; error: string | null; ws: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, protocols);
    let messages = 0;
    let error: string | null = null;
    ws.on('message', () => messages++);
    ws.on('error', (e: Error) => (error = e.message));
    ws.on('close', (code: number) => resolve({ code, messages, error, ws }));
  });
}

export function protocolsFor(token: string): string[] {
  return [COLLAB_PROTOCOL, TOKEN_PROTOCOL_PREFIX + token];
}
