/**
 * Live-session benchmark (not part of `npm test`): `npm run bench:collab [-- --touchpoints 5000]`.
 *
 * Starts the collaboration server in this process on 127.0.0.1 with a temp data folder, seeds a
 * journey of N realistic touchpoints into a room from a device that has it, then measures:
 * - a new participant's sync: socket open → server state received (y-websocket "synced"), with
 *   the room in memory and again after a server restart (room read from LevelDB);
 * - the whole join of a participant without the journey: ask the room, download its state as
 *   received (what the app stores), and load it into a document (what the editor does);
 * - a device that has the journey rejoining (ask the room, connect, exchange only the diffs);
 * - one drag of three nodes: document updates and awareness messages sent.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { downloadRoom } from '../../src/app/collab/liveController';
import { LiveSession } from '../../src/app/collab/liveSession';
import { bindPresence } from '../../src/app/collab/presenceBinding';
import { yWebsocketTransport } from '../../src/app/collab/transport';
import { COLLAB_PATH } from '../../src/domain/collab';
import { sortLanes } from '../../src/domain/order';
import { startCollabServer, type CollabServer } from '../../src/server/collabServer';
import { signRoomToken } from '../../src/server/token';
import { createEditorStore } from '../../src/store/editorStore';
import { createPresenceStore } from '../../src/store/presence';
import { seedDoc } from '../../src/store/ydoc';
import { bigJourney } from './bigJourney';

const SECRET = 'bench-secret-0123456789abcdef0123456789abcdef';
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('touchpoints', 5000);
const RUNS = arg('runs', 5);

const sent: { type: number; step: number; bytes: number }[] = [];
class CountingSocket extends WebSocket {
  send(data: ArrayBufferView | ArrayBuffer | string, cb?: (err?: Error) => void) {
    const b = data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
    sent.push({ type: b[0], step: b[1], bytes: b.byteLength });
    super.send(data, cb);
  }
}
const plain = yWebsocketTransport({ WebSocketPolyfill: WebSocket });
const counting = yWebsocketTransport({ WebSocketPolyfill: CountingSocket });

/** Collects the garbage of earlier steps first (run with --expose-gc), so each timing is its own. */
const settle = async () => {
  await new Promise((r) => setTimeout(r, 200));
  (globalThis as { gc?: () => void }).gc?.();
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;
const spread = (xs: number[]) => `${ms(median(xs))} (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))})`;
const until = async (check: () => boolean, timeout = 60_000) => {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
};

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'touchmap-bench-collab-'));
  const dataDir = join(root, 'data');
  const start = () =>
    startCollabServer({ host: '127.0.0.1', port: 0, dataDir, secret: SECRET, maxMessageBytes: 64 * 1024 * 1024, staticDir: null });
  let server: CollabServer = await start();
  const url = () => server.url.replace(/^http/, 'ws') + COLLAB_PATH;

  const data = bigJourney(N);
  const room = data.meta.id;
  const token = signRoomToken(SECRET, room, Date.now() + 3_600_000);
  const docA = new Y.Doc();
  seedDoc(docA, data);
  const size = Y.encodeStateAsUpdate(docA).byteLength;

  // The device that has the journey seeds the empty room.
  await settle();
  const t0 = performance.now();
  const seeder = new LiveSession(docA, { target: { url: url(), room, token }, transport: counting });
  seeder.attach();
  await seeder.firstDecision();
  const watcher = new Y.Doc();
  const w = plain.open(watcher, new Awareness(watcher), { url: url(), room, token });
  w.connect();
  await until(() => watcher.getMap('touchpoints').size === N);
  const seedMs = performance.now() - t0;
  w.destroy();

  /** A participant with an empty document: socket open → the room's state received. */
  async function newParticipant(): Promise<number> {
    await settle();
    const doc = new Y.Doc();
    const t = plain.open(doc, new Awareness(doc), { url: url(), room, token });
    const begin = performance.now();
    const synced = new Promise<void>((r) => t.on('synced', () => r()));
    t.connect();
    await synced;
    const took = performance.now() - begin;
    if (doc.getMap('touchpoints').size !== N) throw new Error('incomplete sync');
    t.destroy();
    doc.destroy();
    return took;
  }

  // Let the server finish storing the seed: client and server share this one thread.
  await new Promise((r) => setTimeout(r, 1500));
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await newParticipant());

  // Cold: the seeder leaves, the server restarts, the room is read from LevelDB on first join.
  seeder.destroy();
  await server.close();
  server = await start();
  const cold = await newParticipant();

  // The app's whole join for someone without the journey: ask, download, store (encode), load (apply).
  const joins: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await settle();
    const begin = performance.now();
    const { update } = await downloadRoom({ url: url(), room, token }, plain, 60_000);
    const local = new Y.Doc();
    Y.applyUpdate(local, update, 'storage');
    joins.push(performance.now() - begin);
    if (local.getMap('touchpoints').size !== N) throw new Error('incomplete join');
    local.destroy();
  }

  // A device that has the journey (and one offline edit) rejoins: ask, connect, exchange diffs.
  const rejoins: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const own = new Y.Doc();
    Y.applyUpdate(own, Y.encodeStateAsUpdate(docA));
    (own.getMap('touchpoints').values().next().value as Y.Map<unknown>).set('owner', `offline edit ${i}`);
    await settle();
    const begin = performance.now();
    const s = new LiveSession(own, { target: { url: url(), room, token }, transport: plain });
    s.attach();
    await until(() => s.status === 'live');
    rejoins.push(performance.now() - begin);
    if ((await s.firstDecision()) !== 'merge') throw new Error('expected a merge');
    s.destroy();
    own.destroy();
  }

  // One drag: three nodes dragged for ~0.5 s (a pointer event every 16 ms), then dropped.
  const docD = new Y.Doc();
  const dragger = new LiveSession(docD, { target: { url: url(), room, token }, transport: counting });
  dragger.attach();
  await until(() => dragger.status === 'live');
  await until(() => docD.getMap('touchpoints').size === N);
  const store = createEditorStore(docD);
  const presence = createPresenceStore();
  const binding = bindPresence(dragger.awareness, presence, store, { name: 'Bench', color: '#1a56db' });
  const peer = new Y.Doc();
  const p = plain.open(peer, new Awareness(peer), { url: url(), room, token });
  p.connect();
  await until(() => p.synced);
  let peerUpdates = 0;
  peer.on('update', () => peerUpdates++);
  await new Promise((r) => setTimeout(r, 200));
  const st = store.getState();
  const stages = sortLanes(Object.values(st.stages));
  const ids = Object.keys(st.touchpoints).slice(0, 3);
  sent.length = 0;
  const dragStart = performance.now();
  for (let f = 0; f < 30; f++) {
    st.session.setDragPositions(Object.fromEntries(ids.map((id, i) => [id, { x: 400 + f * 10 + i * 220, y: 300 + f * 2 }])));
    await new Promise((r) => setTimeout(r, 16));
  }
  st.actions.moveNodes(ids.map((id, i) => ({ id, position: { x: 1300 + i * 220, y: 360 } })));
  st.session.setDragPositions(null);
  const dropMs = performance.now() - dragStart;
  await until(() => peerUpdates > 0);
  await new Promise((r) => setTimeout(r, 300));
  const docUpdates = sent.filter((m) => m.type === 0 && m.step === 2);
  const awareness = sent.filter((m) => m.type === 1);
  const moved = ids.every((id) => {
    const rec = peer.getMap('touchpoints').get(id) as Y.Map<unknown>;
    return rec.get('stageId') === store.getState().touchpoints[id].stageId;
  });
  if (stages.length === 0 || !moved) throw new Error('drop not received');

  binding.destroy();
  p.destroy();
  dragger.destroy();
  store.destroy();
  await server.close();
  rmSync(root, { recursive: true, force: true });

  const rows: [string, string][] = [
    ['touchpoints', String(N)],
    ['document size (one Yjs update)', `${(size / 1024 / 1024).toFixed(2)} MB`],
    ['seed into an empty room (push + a watcher receives it)', ms(seedMs)],
    [`new participant sync, room in memory (median of ${RUNS})`, spread(warm)],
    ['new participant sync after a server restart (room read from LevelDB)', ms(cold)],
    [`new participant full join: ask + download as received + load it (median of ${RUNS})`, spread(joins)],
    [`device with the journey rejoins: ask + connect + diffs (median of ${RUNS})`, spread(rejoins)],
    [`one drag of 3 nodes over ${ms(dropMs)}: document updates sent`, `${docUpdates.length} (${docUpdates.map((m) => m.bytes).join(', ')} bytes)`],
    ['  awareness messages during that drag (throttled presence)', String(awareness.length)],
    ['  document updates the other participant received', String(peerUpdates)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\nLive-session benchmark (Node ${process.version}, in-process server on 127.0.0.1)\n`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  console.log('');
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
