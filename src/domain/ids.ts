/** Record ids: short, URL-safe, random. Collisions across devices must be negligible (CRDT merge). */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += ALPHABET[b & 63];
  return prefix ? `${prefix}_${s}` : s;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
