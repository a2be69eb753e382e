/**
 * Room tokens: `<expiry>.<HMAC-SHA256(secret, room + expiry)>`. Whoever holds the secret (the
 * server's operator) mints them; the server checks them at the WebSocket upgrade with a
 * constant-time compare. A token opens exactly one room until it expires.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { TOKEN_PATTERN, isRoomName } from '../domain/collab';

export type TokenCheck = 'ok' | 'invalid' | 'expired';

/** The shortest secret the server accepts (characters; `openssl rand -hex 32` gives 64). */
export const MIN_SECRET_LENGTH = 32;

function mac(secret: string, room: string, expSeconds: number): Buffer {
  // The domain prefix keeps these MACs apart from anything else signed with the same secret.
  return createHmac('sha256', secret).update(`touchmap-room-v1\n${room}\n${expSeconds}`).digest();
}

export function signRoomToken(secret: string, room: string, expiresAtMs: number): string {
  if (!isRoomName(room)) throw new Error(`not a valid room name: ${room}`);
  const exp = Math.floor(expiresAtMs / 1000);
  return `${exp}.${mac(secret, room, exp).toString('base64url')}`;
}

export function checkRoomToken(secret: string, room: string, token: string, nowMs = Date.now()): TokenCheck {
  const m = TOKEN_PATTERN.exec(token);
  if (!m || !isRoomName(room)) return 'invalid';
  const exp = Number(m[1]);
  const given = Buffer.from(m[2], 'base64url');
  const expected = mac(secret, room, exp);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  // Checked after the MAC, so only the secret's holder learns that a token merely expired.
  return exp * 1000 > nowMs ? 'ok' : 'expired';
}
