/**
 * The live-session server, in this process on 127.0.0.1 with a temp data folder: room tokens
 * (accepted, refused, expired), room names, the message size limit, persistence across a
 * restart (and that the first sync after it already holds the stored document), the app it
 * serves and its headers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { docs } from '@y/websocket-server/utils';
import { CLOSE_CODES, COLLAB_PROTOCOL } from '../../../src/domain/collab';
import { signRoomToken } from '../../../src/server/token';
import { client, protocolsFor, rawSocket, SECRET, startHarness, until, whenSynced, type Harness } from './harness';

let h: Harness | null = null;
const open: { t: { destroy(): void } }[] = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.t.destroy());
  await h?.cleanup();
  h = null;
});
const track = <T extends { t: { destroy(): void } }>(c: T) => (open.push(c), c);

describe('room tokens at the upgrade', () => {
  it('accepts a valid token and syncs the room between clients', async () => {
    h = await startHarness();
    const a = track(client(h, 'j_room1'));
    const b = track(client(h, 'j_room1'));
    await Promise.all([whenSynced(a.t), whenSynced(b.t)]);
    a.doc.getMap('meta').set('name', 'shared');
    await until(() => b.doc.getMap('meta').get('name') === 'shared');
    expect(h.log.join('\n')).not.toMatch(new RegExp(h.token('j_room1').split('.')[1].slice(0, 12)));
  });

  it('refuses a wrong token, a token of another room and another secret’s token, sending nothing', async () => {
    h = await startHarness();
    const url = `${h.wsUrl}/j_room1`;
    const good = h.token('j_room1');
    const tampered = good.slice(0, -2) + (good.endsWith('AA') ? 'BB' : 'AA');
    const cases = [tampered, h.token('j_other'), signRoomToken('another-secret-0123456789abcdef0123', 'j_room1', Date.now() + 3600_000), 'nonsense', ''];
    for (const token of cases) {
      const r = await rawSocket(url, protocolsFor(token));
      expect(r.code, token).toBe(CLOSE_CODES.invalidToken);
      expect(r.messages, token).toBe(0);
    }
    expect(h.log.filter((l) => l.includes('token invalid'))).toHaveLength(cases.length);
  });

  it('refuses an expired token with its own code', async () => {
    h = await startHarness();
    const expired = signRoomToken(SECRET, 'j_room1', Date.now() - 1000);
    const r = await rawSocket(`${h.wsUrl}/j_room1`, protocolsFor(expired));
    expect(r.code).toBe(CLOSE_CODES.expiredToken);
    expect(r.messages).toBe(0);
  });

  it('tells a y-websocket client it was refused, and the client stops retrying', async () => {
    h = await startHarness();
    const c = track(client(h, 'j_room1', signRoomToken(SECRET, 'j_room1', Date.now() - 1)));
    const why = await new Promise((resolve) => c.t.on('refused', resolve));
    expect(why).toBe('expired');
    await new Promise((r) => setTimeout(r, 600));
    expect(h.log.filter((l) => l.includes('token expired'))).toHaveLength(1);
  });
});

describe('asking what a room holds', () => {
  const ask = (h: Harness, room: string, token: string | null) =>
    fetch(`${h.server.url}/collab/${room}`, token === null ? {} : { headers: { Authorization: `Bearer ${token}` } });

  it('answers only whether there is a journey, which write created it, its name and sector', async () => {
    h = await startHarness();
    const empty = await ask(h, 'j_probe', h.token('j_probe'));
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({ journey: null });

    const a = track(client(h, 'j_probe'));
    await whenSynced(a.t);
    a.doc.transact(() => {
      a.doc.getMap('meta').set('id', 'j_probe');
      a.doc.getMap('meta').set('name', '信用卡分期');
      a.doc.getMap('meta').set('sector', 'bank');
      a.doc.getMap('meta').set('description', 'secret complaint data');
      a.doc.getMap('touchpoints').set('t1', new Y.Map([['title', 'secret touchpoint']]));
    });
    await new Promise((r) => setTimeout(r, 100));
    const full = await ask(h, 'j_probe', h.token('j_probe'));
    const text = await full.text();
    expect(JSON.parse(text)).toEqual({ journey: { client: a.doc.clientID, clock: 0, name: '信用卡分期', sector: 'bank' } });
    expect(text).not.toContain('secret');
  });

  it('refuses without a valid token, and never with the token in the URL', async () => {
    h = await startHarness();
    expect((await ask(h, 'j_probe', null)).status).toBe(401);
    expect((await ask(h, 'j_probe', h.token('j_other'))).status).toBe(401);
    expect((await ask(h, 'j_probe', signRoomToken(SECRET, 'j_probe', Date.now() - 1000))).status).toBe(403);
    expect((await ask(h, 'a.b', h.token('j_probe'))).status).toBe(400);
    expect((await fetch(`${h.server.url}/collab/j_probe?token=${h.token('j_probe')}`)).status).toBe(401);
    expect((await fetch(`${h.server.url}/collab/j_probe`, { method: 'POST', headers: { Authorization: `Bearer ${h.token('j_probe')}` } })).status).toBe(405);
  });
});

describe('room names and requests', () => {
  it('refuses room names outside the pattern', async () => {
    h = await startHarness();
    for (const room of ['a.b', 'x'.repeat(65), 'a%2Fb', 'a%20b', 'j_%C3%A9']) {
      const r = await rawSocket(`${h.wsUrl}/${room}`, protocolsFor(signRoomToken(SECRET, 'j_room1', Date.now() + 60_000)));
      expect(r.code, room).toBe(CLOSE_CODES.badRoom);
      expect(r.messages).toBe(0);
    }
  });

  it('answers other paths and clients without the Touchmap protocol with an HTTP error', async () => {
    h = await startHarness();
    const base = h.server.url.replace(/^http/, 'ws');
    const wrongPath = await rawSocket(`${base}/j_room1`, protocolsFor(h.token('j_room1')));
    expect(wrongPath.error).toMatch(/404/);
    const noProtocol = await rawSocket(`${h.wsUrl}/j_room1`, []);
    expect(noProtocol.error).toMatch(/400/);
    const only = await rawSocket(`${h.wsUrl}/j_room1`, [COLLAB_PROTOCOL]);
    expect(only.code).toBe(CLOSE_CODES.invalidToken);
  });
});

describe('message size limit', () => {
  it('closes a connection that sends a message over the limit; the room and others are unaffected', async () => {
    h = await startHarness({ maxMessageBytes: 64 * 1024 });
    const a = track(client(h, 'j_big'));
    await whenSynced(a.t);
    a.doc.getMap('meta').set('name', 'small edit');
    const b = track(client(h, 'j_big'));
    await whenSynced(b.t);
    await until(() => b.doc.getMap('meta').get('name') === 'small edit');

    // A raw client sends one 100 KB message (a sync update carrying a large text).
    const big = new Y.Doc();
    big.getMap('meta').set('description', 'x'.repeat(100 * 1024));
    const update = Y.encodeStateAsUpdate(big);
    const ws = new WebSocket(`${h.wsUrl}/j_big`, protocolsFor(h.token('j_big')));
    ws.on('error', () => undefined);
    const closed = new Promise<number>((resolve) => ws.on('close', (code: number) => resolve(code)));
    await new Promise<void>((resolve) => ws.on('open', () => resolve()));
    const header = new Uint8Array([0, 2, ...varUint(update.length)]);
    const msg = new Uint8Array(header.length + update.length);
    msg.set(header);
    msg.set(update, header.length);
    ws.send(msg);
    const code = await closed;
    expect([1006, 1009]).toContain(code);
    expect(h.log.join('\n')).toMatch(/Max payload size exceeded/);

    // The oversized content never reached the room; the others go on.
    b.doc.getMap('meta').set('name', 'still here');
    await until(() => a.doc.getMap('meta').get('name') === 'still here');
    expect(a.doc.getMap('meta').get('description')).toBeUndefined();
  });
});

describe('persistence', () => {
  it('keeps every room across a restart, and the first sync after it already holds the stored document', async () => {
    h = await startHarness();
    const a = track(client(h, 'j_keep'));
    await whenSynced(a.t);
    a.doc.transact(() => {
      a.doc.getMap('meta').set('id', 'j_keep');
      for (let i = 0; i < 2000; i++) a.doc.getMap('touchpoints').set(`t${i}`, new Y.Map(Object.entries({ title: `touchpoint ${i}` })));
    });
    const other = track(client(h, 'j_other'));
    await whenSynced(other.t);
    other.doc.getMap('meta').set('id', 'j_other');
    await new Promise((r) => setTimeout(r, 100));
    open.splice(0).forEach((c) => c.t.destroy());

    await h.restart();

    // No waiting after "synced": the server loaded the room before accepting the socket.
    const fresh = track(client(h, 'j_keep'));
    const seen = await new Promise<number>((resolve) => fresh.t.on('synced', () => resolve(fresh.doc.getMap('touchpoints').size)));
    expect(seen).toBe(2000);
    expect(fresh.doc.getMap('meta').get('id')).toBe('j_keep');
    expect((fresh.doc.getMap('touchpoints').get('t1999') as Y.Map<unknown>).get('title')).toBe('touchpoint 1999');
    const second = track(client(h, 'j_other'));
    await whenSynced(second.t);
    expect(second.doc.getMap('meta').get('id')).toBe('j_other');
  });
});

describe('rooms in memory', () => {
  it('keeps a room loaded for a while after the last person leaves, then releases it', async () => {
    h = await startHarness({ idleRoomMs: 300 });
    const a = track(client(h, 'j_idle'));
    await whenSynced(a.t);
    a.doc.getMap('meta').set('id', 'j_idle');
    await new Promise((r) => setTimeout(r, 50));
    open.splice(0).forEach((c) => c.t.destroy());
    await new Promise((r) => setTimeout(r, 100));
    expect(docs.has('j_idle')).toBe(true);
    // Back within the grace period: the same room, not read again from disk.
    const again = track(client(h, 'j_idle'));
    await whenSynced(again.t);
    expect(again.doc.getMap('meta').get('id')).toBe('j_idle');
    open.splice(0).forEach((c) => c.t.destroy());
    await until(() => !docs.has('j_idle'), 3000);
    // Released rooms load again on the next visit.
    const later = track(client(h, 'j_idle'));
    await whenSynced(later.t);
    expect(later.doc.getMap('meta').get('id')).toBe('j_idle');
  });
});

describe('serving the app', () => {
  it('serves the built app with SPA fallback and the same CSP as the page, plus framing protection', async () => {
    h = await startHarness();
    const page = await fetch(`${h.server.url}/j/j_abc`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('app');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const asset = await fetch(`${h.server.url}/assets/app-123.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${h.server.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${h.server.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${h.server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${h.server.url}/`, { method: 'POST' })).status).toBe(405);
  });
});

function varUint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}
