/**
 * Live sessions end to end, against the real server (the built dist-server bundle serving the
 * built app) started by this file on 127.0.0.1 with a temp data folder. One browser context per
 * person: contexts do not share IndexedDB, so each is a separate device.
 */
import { expect, test, type Browser, type BrowserContext, type Page, type WebSocketRoute } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinLink } from '../../src/domain/collab';
import { DEFAULT_CHANNEL_NAMES, DEFAULT_STAGE_NAMES, makeNewJourney, touchpointDefaults } from '../../src/domain/factories';
import { serialiseJourney } from '../../src/io/format';
import { signRoomToken } from '../../src/server/token';
import { addTouchpointInCell, cellCentre, cellOf, createJourney, node, waitSaved, watchErrors } from './helpers';

const SECRET = 'e2e-secret-0123456789abcdef0123456789abcdef';
const ONE_SECOND = { timeout: 1_000 };

let server: ChildProcess | null = null;
let dataDir = '';
/** Private copies of the built app and server: other runs may rebuild dist/ meanwhile. */
let appDir = '';
let bundleDir = '';
let port = 0;
let base = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

async function startServer(): Promise<void> {
  const child = spawn(process.execPath, [join(bundleDir, 'collab-server.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), COLLAB_DATA_DIR: dataDir, COLLAB_SECRET: SECRET, COLLAB_STATIC_DIR: appDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 15_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('live-session server on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
}

async function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

test.beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'touchmap-e2e-collab-'));
  dataDir = join(root, 'data');
  appDir = join(root, 'dist');
  cpSync('dist', appDir, { recursive: true });
  // Inside the project, so the bundle still finds node_modules.
  mkdirSync(join('node_modules', '.cache'), { recursive: true });
  bundleDir = mkdtempSync(join('node_modules', '.cache', 'touchmap-e2e-collab-'));
  cpSync('dist-server', bundleDir, { recursive: true });
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  await startServer();
});

test.afterAll(async () => {
  await stopServer();
  rmSync(join(dataDir, '..'), { recursive: true, force: true });
  rmSync(bundleDir, { recursive: true, force: true });
});

const token = (room: string, ms = 3_600_000) => signRoomToken(SECRET, room, Date.now() + ms);

async function person(browser: Browser, name?: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  if (name) await context.addInitScript((n) => localStorage.setItem('touchmap.collab.name', n), name);
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

/** A person whose socket to the server can be cut and restored (setOffline does not close WebSockets). */
async function cuttable(context: BrowserContext) {
  let offline = false;
  const open = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/collab\//, (ws) => {
    if (offline) {
      void ws.close({ code: 1001, reason: 'offline' });
      return;
    }
    open.add(ws);
    ws.onClose(() => open.delete(ws));
    ws.connectToServer();
  });
  return {
    async cut() {
      offline = true;
      await Promise.all([...open].map((ws) => ws.close({ code: 1001, reason: 'network lost' })));
      open.clear();
    },
    restore() {
      offline = false;
    },
  };
}

/** Every touchpoint title with the stage and channel it sits in, sorted. */
async function mapOf(page: Page): Promise<string[]> {
  const titles = await page.getByTestId('touchpoint-node').locator('.tp-title').allTextContents();
  const out: string[] = [];
  for (const title of titles) {
    const { stage, channel } = await cellOf(page, title);
    out.push(`${title} @ ${stage}/${channel}`);
  }
  return out.sort();
}

const status = (page: Page) => page.getByTestId('live-status');
/** Console errors other than the browser's own notes about sockets that failed while the server was away. */
const realErrors = (errors: string[]) => errors.filter((e) => !/WebSocket connection to .* failed/.test(e));

test('two people edit together, offline edits merge, and the room survives a server restart', async ({ browser }) => {
  test.setTimeout(150_000);

  // Alice has the journey on her device and starts a session by pasting the join link.
  const alice = await person(browser);
  const a = alice.page;
  await createJourney(a, 'Card instalments');
  const id = decodeURIComponent(new URL(a.url()).pathname.split('/').pop()!);
  await addTouchpointInCell(a, 0, 0, 'Kick-off');
  const link = joinLink(base, { room: id, token: token(id) });
  await status(a).click();
  await a.getByTestId('live-join-input').fill(link);
  await a.getByRole('button', { name: 'Join' }).click();
  await expect(status(a)).toHaveAttribute('data-state', 'live');
  await a.getByTestId('live-name').fill('Alice');
  await a.getByTestId('live-name').press('Enter');
  await expect(a.getByTestId('live-link')).toHaveValue(link);
  await a.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();

  // Bob opens the link in his own browser: he has no copy, and receives the journey.
  const bob = await person(browser, 'Bob');
  const net = await cuttable(bob.context);
  const b = bob.page;
  await b.goto(link);
  await expect(node(b, 'Kick-off')).toBeVisible();
  await expect(status(b)).toHaveAttribute('data-state', 'live');
  expect(new URL(b.url()).hash).toBe(''); // the token left the address bar
  await expect(status(a)).toContainText('Live · 2');

  // Each sees the other's edits within a second.
  await addTouchpointInCell(a, 1, 0, 'From Alice');
  await expect(node(b, 'From Alice')).toBeVisible(ONE_SECOND);
  await addTouchpointInCell(b, 2, 1, 'From Bob');
  await expect(node(a, 'From Bob')).toBeVisible(ONE_SECOND);

  // …and the other's cursor, named, and selection.
  const p = await cellCentre(a, 3, 2);
  await a.mouse.move(p.x, p.y);
  await a.mouse.move(p.x + 40, p.y + 10, { steps: 4 });
  await expect(b.getByTestId('remote-cursor').filter({ hasText: 'Alice' })).toBeVisible(ONE_SECOND);
  await node(b, 'From Bob').click();
  await expect(a.getByTestId('remote-selection').filter({ hasText: 'Bob' })).toBeVisible(ONE_SECOND);

  // A node Alice drags moves on Bob's screen during the drag; the drop lands for both.
  const before = (await node(b, 'From Alice').boundingBox())!;
  const from = (await node(a, 'From Alice').boundingBox())!;
  const to = await cellCentre(a, 3, 0);
  await a.mouse.move(from.x + 30, from.y + 12);
  await a.mouse.down();
  await a.mouse.move(to.x - 60, to.y, { steps: 12 });
  await expect.poll(async () => (await node(b, 'From Alice').boundingBox())!.x, ONE_SECOND).toBeGreaterThan(before.x + 100);
  await a.mouse.move(to.x - 80, to.y, { steps: 2 });
  await a.mouse.up();
  const dropped = await cellOf(a, 'From Alice');
  expect(dropped.stage).toBe('Use');
  // (cellOf reads many boxes: give the comparison itself time, not the sync.)
  await expect.poll(() => cellOf(b, 'From Alice'), { timeout: 3_000 }).toEqual(dropped);

  // Bob's network drops. Both keep editing: different fields of one touchpoint, and new ones.
  await net.cut();
  await expect(status(b)).toHaveAttribute('data-state', /reconnecting|offline/);
  await node(a, 'Kick-off').click();
  await a.getByTestId('inspector-title').fill('Kick-off meeting');
  await a.getByTestId('inspector-title').press('Enter');
  await addTouchpointInCell(a, 3, 2, 'Alice meanwhile');
  await node(b, 'Kick-off').click();
  await b.getByTestId('inspector-owner').fill('Retail banking');
  await b.getByTestId('inspector-owner').press('Enter');
  await addTouchpointInCell(b, 4, 2, 'Bob offline');
  await expect(node(a, 'Bob offline')).toHaveCount(0);
  await expect(node(b, 'Alice meanwhile')).toHaveCount(0);

  // Back online: everything merges, and both maps are identical.
  net.restore();
  await expect(status(b)).toHaveAttribute('data-state', 'live', { timeout: 10_000 });
  await expect(node(a, 'Bob offline')).toBeVisible();
  await expect(node(b, 'Alice meanwhile')).toBeVisible();
  await expect(node(b, 'Kick-off meeting')).toBeVisible();
  await node(a, 'Kick-off meeting').click();
  await expect(a.getByTestId('inspector-owner')).toHaveValue('Retail banking');
  const merged = await mapOf(a);
  expect(merged).toHaveLength(5);
  expect(await mapOf(b)).toEqual(merged);

  // Undo undoes Bob's own last gesture only, for everyone.
  await b.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await b.keyboard.press('Control+z');
  await expect(node(a, 'Bob offline')).toHaveCount(0);
  await expect(node(a, 'Alice meanwhile')).toBeVisible();
  await expect(node(b, 'Kick-off meeting')).toBeVisible();
  await b.keyboard.press('Control+y');
  await expect(node(a, 'Bob offline')).toBeVisible();

  // The server restarts on the same data folder; both reconnect by themselves.
  await stopServer();
  await expect(status(a)).toHaveAttribute('data-state', /reconnecting|offline/);
  await startServer();
  await expect(status(a)).toHaveAttribute('data-state', 'live', { timeout: 10_000 });
  await expect(status(b)).toHaveAttribute('data-state', 'live', { timeout: 10_000 });

  // Someone new, with nothing on their device, gets everything from the server.
  const carol = await person(browser, 'Carol');
  await carol.page.goto(link);
  await expect(node(carol.page, 'Bob offline')).toBeVisible();
  expect(await mapOf(carol.page)).toEqual(merged);
  await expect(status(a)).toContainText('Live · 3');

  for (const who of [alice, bob, carol]) expect(realErrors(who.errors)).toEqual([]);
  await Promise.all([alice, bob, carol].map((who) => who.context.close()));
});

test('a wrong or expired link is refused', async ({ browser }) => {
  // The room exists (Dana seeded it), so only the token decides.
  const dana = await person(browser, 'Dana');
  await createJourney(dana.page, 'Refusals');
  const id = decodeURIComponent(new URL(dana.page.url()).pathname.split('/').pop()!);
  await dana.page.goto(joinLink(base, { room: id, token: token(id) }));
  await expect(status(dana.page)).toHaveAttribute('data-state', 'live');

  const good = token(id);
  const wrong = good.slice(0, -3) + (good.endsWith('AAA') ? 'BBB' : 'AAA');
  const stranger = await person(browser);
  await stranger.page.goto(joinLink(base, { room: id, token: wrong }));
  await expect(stranger.page.getByRole('alert')).toContainText('link was refused');
  await stranger.page.goto('about:blank');
  await stranger.page.goto(joinLink(base, { room: id, token: token(id, -60_000) }));
  await expect(stranger.page.getByRole('alert')).toContainText('has expired');

  // Someone who has the journey and pastes a bad link stays local, and is told why.
  await dana.page.getByTestId('live-status').click();
  await dana.page.getByRole('button', { name: 'Leave session' }).click();
  await expect(status(dana.page)).toHaveAttribute('data-state', 'off');
  await dana.page.getByTestId('live-join-input').fill(joinLink(base, { room: id, token: wrong }));
  await dana.page.getByRole('button', { name: 'Join' }).click();
  await expect(status(dana.page)).toHaveAttribute('data-state', 'refused');
  await expect(dana.page.getByTestId('live-state')).toContainText('refused');
  await Promise.all([dana, stranger].map((who) => who.context.close()));
});

/** A journey file with one touchpoint: imported on two devices, it makes two separate copies with one id. */
function journeyFile(name: string): { id: string; text: string } {
  const data = makeNewJourney({ name, sector: 'bank', stageNames: DEFAULT_STAGE_NAMES.en, channelNames: DEFAULT_CHANNEL_NAMES.en });
  data.touchpoints.push({ ...touchpointDefaults(), id: 'tp_shared', title: 'Shared start', stageId: data.stages[0].id, channelId: data.channels[0].id, offset: { x: 20, y: 20 } });
  return { id: data.meta.id, text: serialiseJourney(data) };
}

async function importJourney(page: Page, file: { id: string; text: string }) {
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({ name: 'journey.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await expect(page).toHaveURL(new RegExp(`/j/${file.id}$`));
  await expect(node(page, 'Shared start')).toBeVisible();
}

/** Alice imports the journey file, adds a touchpoint of her own, and opens the room live. */
async function hostLive(browser: Browser, file: { id: string; text: string }, link: string) {
  const alice = await person(browser, 'Alice');
  await importJourney(alice.page, file);
  await addTouchpointInCell(alice.page, 1, 0, 'Alice before');
  await waitSaved(alice.page);
  await alice.page.goto(link);
  await expect(status(alice.page)).toHaveAttribute('data-state', 'live');
  return alice;
}

test('a separate copy of the journey is not merged; "keep my copy and join" keeps it apart and opens the room\'s', async ({ browser }) => {
  test.setTimeout(120_000);
  const file = journeyFile('Mortgage review');
  const id = file.id;
  const link = joinLink(base, { room: id, token: token(id) });

  // Alice imports the file, works on it, and starts the session.
  const alice = await hostLive(browser, file, link);
  const a = alice.page;
  await expect(status(a)).toContainText('Live · 1');

  // Bob imported the same file on his own device (same journey id, a separate copy) and worked on it.
  const bob = await person(browser, 'Bob');
  const b = bob.page;
  await importJourney(b, file);
  await addTouchpointInCell(b, 2, 1, 'Bob alone');
  await waitSaved(b);
  await b.goto('/');
  await expect(b.getByTestId('journey-card')).toHaveCount(1);

  // He opens Alice's link: the two copies are not merged, and the app says so.
  await b.goto(link);
  await expect(status(b)).toHaveAttribute('data-state', 'conflict');
  await expect(status(b)).toContainText('Not merged');
  await expect(b.getByRole('status').filter({ hasText: 'separate copy' })).toHaveText('Not merged: this device has a separate copy of this journey.');
  // His copy is on screen untouched, nothing crossed either way, and he is not in the room.
  await expect(node(b, 'Bob alone')).toBeVisible();
  await expect(node(b, 'Alice before')).toHaveCount(0);
  await expect(node(a, 'Bob alone')).toHaveCount(0);
  await expect(status(a)).toContainText('Live · 1');

  await status(b).click();
  const dialog = b.getByRole('dialog', { name: 'Live session' });
  await expect(dialog.getByTestId('live-state')).toHaveText('Not merged: this device has a separate copy of this journey.');
  await expect(dialog).toContainText('made separately from the one in the live session');
  await expect(dialog.getByTestId('live-link')).toHaveCount(0); // no link to share from a copy that is not in the room

  // "Keep my copy and join": the page reloads and the journey opens from the room.
  await dialog.getByRole('button', { name: 'Keep my copy as a separate journey, and join' }).click();
  await expect(status(b)).toHaveAttribute('data-state', 'live', { timeout: 15_000 });
  await expect(status(a)).toContainText('Live · 2');
  await expect(node(b, 'Alice before')).toBeVisible();
  await expect(node(b, 'Shared start')).toBeVisible();
  await expect(node(b, 'Bob alone')).toHaveCount(0);

  // From now on they edit one journey.
  await addTouchpointInCell(a, 3, 2, 'Alice after');
  await expect(node(b, 'Alice after')).toBeVisible();
  await addTouchpointInCell(b, 4, 0, 'Bob in session');
  await expect(node(a, 'Bob in session')).toBeVisible();
  const shared = await mapOf(a);
  expect(shared).toEqual(['Alice after @ Use/Call centre', 'Alice before @ Consideration/Branch', 'Bob in session @ After-sale/Branch', 'Shared start @ Awareness/Branch']);
  await expect.poll(() => mapOf(b), { timeout: 10_000 }).toEqual(shared);

  // Reopened, Bob's journey comes from the room again and rejoins: no second "Not merged".
  await waitSaved(b);
  await b.reload();
  await expect(status(b)).toHaveAttribute('data-state', 'live');
  await expect(node(b, 'Alice after')).toBeVisible();
  await expect.poll(() => mapOf(b), { timeout: 10_000 }).toEqual(shared);
  await expect(status(a)).toContainText('Live · 2');
  await addTouchpointInCell(a, 2, 2, 'Alice later');
  await expect(node(b, 'Alice later')).toBeVisible();

  // Bob's list: the session's journey and his own copy under its new name, with his work in it.
  await b.goto('/');
  await expect(b.getByTestId('journey-card')).toHaveCount(2);
  const roomCard = b.getByTestId('journey-card').filter({ has: b.locator('.journey-name', { hasText: /^Mortgage review$/ }) });
  const copyCard = b.getByTestId('journey-card').filter({ has: b.locator('.journey-name', { hasText: /^Mortgage review \(my copy\)$/ }) });
  await expect(roomCard).toContainText('5 touchpoints');
  await expect(copyCard).toContainText('2 touchpoints');
  await copyCard.locator('.journey-link').click();
  await expect(b).toHaveURL(/\/j\/[^/]+$/);
  expect(decodeURIComponent(new URL(b.url()).pathname.split('/').pop()!)).not.toBe(id);
  await expect(node(b, 'Bob alone')).toBeVisible();
  expect(await mapOf(b)).toEqual(['Bob alone @ Purchase/App', 'Shared start @ Awareness/Branch']);
  await expect(status(b)).toHaveAttribute('data-state', 'off'); // his copy is his own, not in the session
  // …with its version history: the automatic snapshot from before his first edit.
  await b.getByTestId('history-button').click();
  await expect(b.getByTestId('snapshot-row')).toHaveCount(1);
  await expect(b.getByTestId('snapshot-row')).toContainText('1 touchpoints');
  await b.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();

  // Nothing of Bob's copy ever reached the room: Alice, and someone new, see the session's journey only.
  await expect(node(a, 'Bob alone')).toHaveCount(0);
  const carol = await person(browser, 'Carol');
  await carol.page.goto(link);
  await expect(node(carol.page, 'Alice later')).toBeVisible();
  await expect(node(carol.page, 'Bob alone')).toHaveCount(0);
  expect(await mapOf(carol.page)).toEqual(await mapOf(a));

  for (const who of [alice, bob, carol]) expect(realErrors(who.errors)).toEqual([]);
  await Promise.all([alice, bob, carol].map((who) => who.context.close()));
});

test('"keep my copy and join" with the journey open in another tab: that tab lets go of the copy, nothing of it reaches the room', async ({ browser }) => {
  test.setTimeout(120_000);
  const file = journeyFile('Two-tab review');
  const id = file.id;
  const link = joinLink(base, { room: id, token: token(id) });

  const alice = await hostLive(browser, file, link);
  const a = alice.page;

  // Bob works on his own copy in one tab and opens Alice's link in a second tab of the same browser.
  const bob = await person(browser, 'Bob');
  const first = bob.page;
  await importJourney(first, file);
  await addTouchpointInCell(first, 2, 1, 'Bob alone');
  await waitSaved(first);
  const b = await bob.context.newPage();
  const errors2 = watchErrors(b);
  await b.goto(link);
  await expect(status(b)).toHaveAttribute('data-state', 'conflict');
  await expect(node(b, 'Bob alone')).toBeVisible();

  await status(b).click();
  await b.getByRole('dialog').getByRole('button', { name: 'Keep my copy as a separate journey, and join' }).click();
  // Both tabs reopen the journey from the room; the first one by itself.
  for (const tab of [b, first]) {
    await expect(status(tab)).toHaveAttribute('data-state', 'live', { timeout: 15_000 });
    await expect(node(tab, 'Alice before')).toBeVisible();
    await expect(node(tab, 'Bob alone')).toHaveCount(0);
  }
  await addTouchpointInCell(a, 3, 2, 'Alice later');
  await expect(node(b, 'Alice later')).toBeVisible();
  await expect(node(first, 'Alice later')).toBeVisible();
  await addTouchpointInCell(first, 4, 0, 'Bob in session');
  await expect(node(a, 'Bob in session')).toBeVisible();
  await expect(node(b, 'Bob in session')).toBeVisible();

  // The room holds the session's journey only: for Alice, and for someone new.
  const shared = ['Alice before @ Consideration/Branch', 'Alice later @ Use/Call centre', 'Bob in session @ After-sale/Branch', 'Shared start @ Awareness/Branch'];
  await expect.poll(() => mapOf(a), { timeout: 10_000 }).toEqual(shared);
  await expect(node(a, 'Bob alone')).toHaveCount(0);
  const carol = await person(browser, 'Carol');
  await carol.page.goto(link);
  await expect(node(carol.page, 'Bob in session')).toBeVisible();
  expect(await mapOf(carol.page)).toEqual(shared);

  // Bob's copy is in his list, intact.
  await b.goto('/');
  await b.getByTestId('journey-card').filter({ hasText: 'Two-tab review (my copy)' }).locator('.journey-link').click();
  await expect(node(b, 'Bob alone')).toBeVisible();
  expect(await mapOf(b)).toEqual(['Bob alone @ Purchase/App', 'Shared start @ Awareness/Branch']);

  for (const errors of [alice.errors, bob.errors, errors2, carol.errors]) expect(realErrors(errors)).toEqual([]);
  await Promise.all([alice, bob, carol].map((who) => who.context.close()));
});
