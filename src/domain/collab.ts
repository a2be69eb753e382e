/**
 * Live sessions, as far as both ends must agree: a room is a journey id, a join link carries
 * the room token in its fragment (`#room=…&token=…`) so it never reaches a server log, and the
 * token travels to the server as a WebSocket sub-protocol (not in the URL, which proxies log).
 * Pure string handling: the app, the server and the token command all use it.
 */

/** Room names the server accepts: journey ids (`j_` + 12 URL-safe characters) and the like. */
export const ROOM_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isRoomName(name: string): boolean {
  return ROOM_PATTERN.test(name);
}

/** The server's WebSocket endpoint: `<origin>/collab/<room>`. */
export const COLLAB_PATH = '/collab';

/** Sub-protocol every Touchmap client offers; the server answers with it. */
export const COLLAB_PROTOCOL = 'touchmap.v1';

/** Prefix of the second sub-protocol, which carries the room token. */
export const TOKEN_PROTOCOL_PREFIX = 'touchmap.token.';

/** `<expiry in Unix seconds>.<HMAC-SHA256, base64url>` */
export const TOKEN_PATTERN = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/**
 * WebSocket close codes the server uses when it refuses a connection. 4400–4499 means "do not
 * retry" to y-websocket (its default `shouldReconnect`).
 */
export const CLOSE_CODES = {
  badRoom: 4400,
  invalidToken: 4401,
  expiredToken: 4403,
} as const;

export interface JoinInfo {
  room: string;
  token: string;
  /** Only when the socket endpoint differs from `<page origin>/collab` (must stay same-origin). */
  server?: string;
}

/** The token's expiry in milliseconds since the epoch, or null if it is not a token. */
export function tokenExpiry(token: string): number | null {
  const m = TOKEN_PATTERN.exec(token);
  return m ? Number(m[1]) * 1000 : null;
}

export function joinFragment(info: JoinInfo): string {
  const p = new URLSearchParams({ room: info.room, token: info.token });
  if (info.server) p.set('server', info.server);
  return p.toString();
}

/** Parses `#room=…&token=…[&server=…]`; null when it is not a well-formed join fragment. */
export function parseJoinFragment(hash: string): JoinInfo | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const room = p.get('room') ?? '';
  const token = p.get('token') ?? '';
  const server = p.get('server') ?? undefined;
  if (!isRoomName(room) || !TOKEN_PATTERN.test(token)) return null;
  return server ? { room, token, server } : { room, token };
}

/** `https://host/j/<room>#room=…&token=…`: the path opens the journey, the fragment joins. */
export function joinLink(base: string, info: JoinInfo): string {
  return `${base.replace(/\/+$/, '')}/j/${encodeURIComponent(info.room)}#${joinFragment(info)}`;
}
