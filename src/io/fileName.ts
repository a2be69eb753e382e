/**
 * File names for exports: the journey's name (Chinese kept) and the date, safe on Windows,
 * macOS and Linux, e.g. `信用卡分期旅程-2026-11-29.json`.
 */

// Reserved on Windows, path separators, control characters, and invisible direction marks
// that can disguise an extension (`…\u202Egpj.exe`).
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_NAME_CHARS = 80;

export function safeFileStem(name: string, fallback = 'touchmap'): string {
  let stem = name.normalize('NFC').replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();
  // A leading dot hides the file; trailing dots and spaces are dropped by Windows.
  stem = stem.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const chars = Array.from(stem);
  if (chars.length > MAX_NAME_CHARS) stem = chars.slice(0, MAX_NAME_CHARS).join('').trimEnd();
  if (!stem || /^_+$/.test(stem)) return fallback;
  if (WINDOWS_RESERVED.test(stem)) stem = `_${stem}`;
  return stem;
}

/** Local calendar date `YYYY-MM-DD`: the day the person exported on, as they would write it. */
export function isoDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** `fileNameFor('信用卡 / 分期', 'svg', d)` → `信用卡 _ 分期-2026-11-29.svg`. */
export function fileNameFor(journeyName: string, ext: string, date: Date = new Date()): string {
  const cleanExt = ext.replace(/^\.+/, '').replace(/[^A-Za-z0-9.]/g, '').toLowerCase() || 'txt';
  return `${safeFileStem(journeyName)}-${isoDate(date)}.${cleanExt}`;
}
