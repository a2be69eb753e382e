/**
 * Access to a live session: room tokens (HMAC of room and expiry), the server's refusal to start
 * without a secret, the token command's arguments, join links (token in the fragment, removed
 * from the address bar once read), the same-origin rule for sockets, and what peers may send.
 */
import { describe, expect, it, vi } from 'vitest';
import { isRoomName, joinLink, parseJoinFragment, tokenExpiry } from '../../../src/domain/collab';
import { joinFor, savedJoin, socketUrl } from '../../../src/app/collab/joinStore';
import { throttle } from '../../../src/app/collab/presenceBinding';
import { mergeDrags, peerFromState } from '../../../src/store/presence';
import { ConfigError, readConfig } from '../../../src/server/config';
import { parseTokenArgs } from '../../../src/server/tokenArgs';
import { checkRoomToken, signRoomToken } from '../../../src/server/token';

const SECRET = 'a'.repeat(64);
const NOW = Date.UTC(2026, 10, 29, 9, 0, 0);

describe('room tokens', () => {
  it('accepts the token of its room until it expires', () => {
    const token = signRoomToken(SECRET, 'j_abc', NOW + 3_600_000);
    expect(checkRoomToken(SECRET, 'j_abc', token, NOW)).toBe('ok');
    expect(checkRoomToken(SECRET, 'j_abc', token, NOW + 3_599_000)).toBe('ok');
    expect(checkRoomToken(SECRET, 'j_abc', token, NOW + 3_600_000)).toBe('expired');
    expect(tokenExpiry(token)).toBe(NOW + 3_600_000);
  });

  it('refuses another room, another secret, a changed expiry or MAC, and malformed tokens', () => {
    const token = signRoomToken(SECRET, 'j_abc', NOW + 3_600_000);
    const [exp, mac] = token.split('.');
    expect(checkRoomToken(SECRET, 'j_abd', token, NOW)).toBe('invalid');
    expect(checkRoomToken('b'.repeat(64), 'j_abc', token, NOW)).toBe('invalid');
    expect(checkRoomToken(SECRET, 'j_abc', `${Number(exp) + 3600}.${mac}`, NOW)).toBe('invalid');
    expect(checkRoomToken(SECRET, 'j_abc', `${exp}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, NOW)).toBe('invalid');
    for (const bad of ['', 'x', `${exp}.`, `.${mac}`, `${exp}.${mac}=`, `${exp}.${mac}.x`, `-1.${mac}`]) {
      expect(checkRoomToken(SECRET, 'j_abc', bad, NOW), bad).toBe('invalid');
    }
  });

  it('says "expired" only for a genuine token', () => {
    const forged = `${Math.floor(NOW / 1000) - 10}.${'A'.repeat(43)}`;
    expect(checkRoomToken(SECRET, 'j_abc', forged, NOW)).toBe('invalid');
  });
});

describe('server settings', () => {
  it('refuses to start without a secret and says how to make one', () => {
    for (const env of [{}, { COLLAB_SECRET: 'short' }]) {
      let err: unknown;
      try {
        readConfig(env, { staticDir: null });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toContain('openssl rand -hex 32');
      expect((err as Error).message).toContain("randomBytes(32).toString('hex')");
    }
  });

  it('refuses to run with the settings that make @y/websocket-server send rooms elsewhere', () => {
    expect(() => readConfig({ COLLAB_SECRET: SECRET, CALLBACK_URL: 'http://collector.example/' }, { staticDir: null })).toThrow(/CALLBACK_URL/);
    expect(() => readConfig({ COLLAB_SECRET: SECRET, YPERSISTENCE: './db' }, { staticDir: null })).toThrow(/YPERSISTENCE/);
  });

  it('listens on loopback port 1234 by default', () => {
    const c = readConfig({ COLLAB_SECRET: SECRET }, { staticDir: '/srv/dist' });
    expect(c).toMatchObject({ host: '127.0.0.1', port: 1234, maxMessageBytes: 32 * 1024 * 1024, staticDir: '/srv/dist' });
    expect(readConfig({ COLLAB_SECRET: SECRET, HOST: '0.0.0.0', PORT: '8080', COLLAB_MAX_MESSAGE_MB: '4' }, { staticDir: null })).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      maxMessageBytes: 4 * 1024 * 1024,
    });
    expect(() => readConfig({ COLLAB_SECRET: SECRET, PORT: 'http' }, { staticDir: null })).toThrow(ConfigError);
  });

  it('reads the token command’s arguments', () => {
    expect(parseTokenArgs(['j_abc'])).toMatchObject({ room: 'j_abc', hours: 8 });
    expect(parseTokenArgs(['j_abc', '--hours', '2', '--base', 'https://touchmap.bank.example'])).toMatchObject({ hours: 2, base: 'https://touchmap.bank.example' });
    expect(parseTokenArgs(['--hours=0.5', 'j_abc'])).toMatchObject({ hours: 0.5 });
    expect(() => parseTokenArgs([])).toThrow(/which journey/);
    expect(() => parseTokenArgs(['j/../x'])).toThrow(/not a journey id/);
    expect(() => parseTokenArgs(['j_abc', '--hours', '0'])).toThrow(/--hours/);
    expect(() => parseTokenArgs(['j_abc', '--hours', '10000'])).toThrow(/--hours/);
    expect(() => parseTokenArgs(['j_abc', '--base', 'ftp://x'])).toThrow(/--base/);
  });
});

describe('join links', () => {
  const token = signRoomToken(SECRET, 'j_abc', NOW + 3_600_000);

  it('carry the room and token in the fragment', () => {
    const link = joinLink('https://touchmap.bank.example/', { room: 'j_abc', token });
    const url = new URL(link);
    expect(url.pathname).toBe('/j/j_abc');
    expect(url.search).toBe('');
    expect(parseJoinFragment(url.hash)).toEqual({ room: 'j_abc', token });
    expect(parseJoinFragment('#room=j_abc')).toBeNull();
    expect(parseJoinFragment('#room=a.b&token=' + token)).toBeNull();
    expect(isRoomName('j_' + 'x'.repeat(62))).toBe(true);
    expect(isRoomName('j_' + 'x'.repeat(63))).toBe(false);
  });

  it('are remembered once read and removed from the address bar', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) } as Storage;
    const replaceUrl = vi.fn();
    const location = { protocol: 'https:', host: 'tm.bank', origin: 'https://tm.bank', pathname: '/j/j_abc', hash: `#room=j_abc&token=${token}` };
    expect(joinFor({ storage, replaceUrl, location }, 'j_abc')).toEqual({ room: 'j_abc', token });
    expect(replaceUrl).toHaveBeenCalledWith('/j/j_abc');
    expect(savedJoin({ storage, location: { ...location, hash: '' } }, 'j_abc')).toEqual({ room: 'j_abc', token });
    // A link for another journey is not taken for this one.
    expect(joinFor({ storage, replaceUrl, location }, 'j_other')).toBeNull();
  });

  it('connect only to this page’s own origin', () => {
    const page = { protocol: 'https:', host: 'tm.bank' };
    expect(socketUrl({ room: 'j_abc', token }, page)).toBe('wss://tm.bank/collab');
    expect(socketUrl({ room: 'j_abc', token }, { protocol: 'http:', host: '127.0.0.1:1234' })).toBe('ws://127.0.0.1:1234/collab');
    expect(socketUrl({ room: 'j_abc', token, server: 'wss://tm.bank/team/collab' }, page)).toBe('wss://tm.bank/team/collab');
    for (const server of ['wss://evil.example/collab', 'ws://tm.bank/collab', 'not a url', 'javascript:alert(1)']) {
      expect(() => socketUrl({ room: 'j_abc', token, server }, page), server).toThrow('collab.joinError.foreign');
    }
  });
});

describe('presence from peers', () => {
  it('keeps only well-formed fields and bounds their size', () => {
    const p = peerFromState(7, {
      user: { name: '  王经理 '.padEnd(80, '!'), color: '#1a56db' },
      cursor: { x: 10.5, y: -3 },
      selection: ['t_1', 42, '<script>', ...Array.from({ length: 900 }, (_, i) => `t${i}`)],
      drag: { t_1: { x: 1, y: 2 }, bad: { x: 'no' }, 'x y': { x: 0, y: 0 } },
    })!;
    expect(p.name).toHaveLength(40);
    expect(p.name.startsWith('王经理')).toBe(true);
    expect(p.cursor).toEqual({ x: 10.5, y: -3 });
    expect(p.selection[0]).toBe('t_1');
    expect(p.selection).not.toContain('<script>');
    expect(p.selection.length).toBeLessThanOrEqual(500);
    expect(p.drag).toEqual({ t_1: { x: 1, y: 2 } });
    expect(peerFromState(1, { user: { name: 'x', color: 'red; background:url(x)' } })).toBeNull();
    expect(peerFromState(1, null)).toBeNull();
    expect(peerFromState(1, { user: { name: 'x', color: '#000000' }, cursor: { x: Infinity, y: 0 } })!.cursor).toBeNull();
    expect(mergeDrags([p, { ...p, clientId: 8, drag: { t_2: { x: 5, y: 5 } } }])).toEqual({ t_1: { x: 1, y: 2 }, t_2: { x: 5, y: 5 } });
  });

  it('throttles cursor updates but sends the last one, and sends an end at once', () => {
    vi.useFakeTimers();
    try {
      const sent: (number | null)[] = [];
      const th = throttle<number | null>(80, (v) => sent.push(v), () => Date.now());
      for (let i = 0; i < 10; i++) {
        th.push(i);
        vi.advanceTimersByTime(10);
      }
      vi.advanceTimersByTime(200);
      expect(sent[0]).toBe(0);
      expect(sent.at(-1)).toBe(9);
      expect(sent.length).toBeLessThanOrEqual(3);
      th.push(10);
      th.now(null);
      vi.advanceTimersByTime(200);
      expect(sent.at(-1)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
