/**
 * From a file's bytes (or text) to a parsed JSON value, with the checks a user needs before
 * anything heavy happens: a size limit applied before parsing, encoding, BOM, emptiness, and
 * where the JSON breaks (line and column) when it is truncated or hand-edited.
 */
import type { Bilingual } from '../domain/schema';
import { FILE_MESSAGES as M } from './issueMessages';
import type { FileIssue } from './issues';

export const MB = 1024 * 1024;

export type JsonResult = { ok: true; value: unknown } | { ok: false; errors: FileIssue[] };

const fileIssue = (message: Bilingual): { ok: false; errors: FileIssue[] } => ({ ok: false, errors: [{ path: '', message }] });

function formatSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** UTF-8 length of a string, stopping early once past `limit`. */
function utf8LengthUpTo(s: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Decodes and size-checks a file; strips a UTF-8 BOM. */
export function decodeText(input: string | Uint8Array, maxBytes: number): { ok: true; text: string } | { ok: false; errors: FileIssue[] } {
  const tooBig = (size: string | null) => fileIssue(M.fileTooBig(size, formatSize(maxBytes)));
  let text: string;
  if (typeof input === 'string') {
    // A string never has fewer UTF-8 bytes than UTF-16 units, so the cheap check comes first.
    if (input.length > maxBytes) return tooBig(null);
    const size = utf8LengthUpTo(input, maxBytes);
    if (size > maxBytes) return tooBig(null);
    text = input;
  } else {
    if (input.byteLength > maxBytes) return tooBig(formatSize(input.byteLength));
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
      return fileIssue(M.utf16());
    }
    try {
      // fatal: bad bytes become an error rather than silent replacement characters in the data.
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fileIssue(M.notUtf8());
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** Parses JSON text; on failure says where, in words. */
export function parseJsonText(text: string): JsonResult {
  if (text.trim() === '') return fileIssue(M.empty());
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const found = locateJsonError(text);
    if (found) {
      const { line, column } = lineColumn(text, found.offset);
      return fileIssue(M.jsonAt(line, column, found.message));
    }
    const engine = e instanceof Error ? e.message : String(e);
    return fileIssue(M.jsonInvalid(e instanceof RangeError ? M.jsonTooDeep() : { zh: engine, en: engine }));
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';
const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function showChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `U+${code.toString(16).padStart(4, '0').toUpperCase()}` : `'${ch}'`;
}

/**
 * Finds the first syntax error of JSON text (offset and reason), independent of the engine's
 * wording. Iterative, so deeply nested garbage cannot overflow the stack.
 */
export function locateJsonError(text: string): { offset: number; message: Bilingual } | null {
  const stack: string[] = [];
  let expect = 'value' as Expect;
  let i = 0;
  const n = text.length;
  const afterValue = () => {
    expect = stack.length ? 'commaOrEnd' : 'done';
  };
  const scanString = (): { offset: number; message: Bilingual } | null => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return { offset: i, message: M.jsonControlChar(showChar(text[i])) };
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) break;
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            if (i + 6 > n) break;
            return { offset: i, message: M.jsonBadUnicodeEscape() };
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) return { offset: i, message: M.jsonBadEscape(e) };
        i += 2;
        continue;
      }
      i++;
    }
    return { offset: start, message: M.jsonUnclosedText() };
  };
  while (true) {
    while (i < n && WS.has(text[i])) i++;
    if (i >= n) return expect === 'done' ? null : { offset: n, message: M.jsonTruncated() };
    const ch = text[i];
    switch (expect) {
      case 'valueOrEnd':
      case 'value': {
        if (expect === 'valueOrEnd' && ch === ']') {
          stack.pop();
          i++;
          afterValue();
          break;
        }
        if (ch === '{') {
          stack.push('{');
          i++;
          expect = 'keyOrEnd';
        } else if (ch === '[') {
          stack.push('[');
          i++;
          expect = 'valueOrEnd';
        } else if (ch === '"') {
          const err = scanString();
          if (err) return err;
          afterValue();
        } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
          NUMBER_RE.lastIndex = i;
          const m = NUMBER_RE.exec(text);
          if (!m) return { offset: i, message: M.jsonBadNumber() };
          i += m[0].length;
          afterValue();
        } else {
          const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
          if (!word) {
            const partial = ['true', 'false', 'null'].some((w) => w.startsWith(text.slice(i, n)));
            return partial ? { offset: n, message: M.jsonTruncated() } : { offset: i, message: M.jsonUnexpected(showChar(ch)) };
          }
          i += word.length;
          afterValue();
        }
        break;
      }
      case 'keyOrEnd':
      case 'key': {
        if (expect === 'keyOrEnd' && ch === '}') {
          stack.pop();
          i++;
          afterValue();
          break;
        }
        if (ch !== '"') {
          return { offset: i, message: M.jsonExpectedKey(showChar(ch), expect === 'key' && ch === '}') };
        }
        const err = scanString();
        if (err) return err;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (ch !== ':') return { offset: i, message: M.jsonExpectedColon(showChar(ch)) };
        i++;
        expect = 'value';
        break;
      case 'commaOrEnd': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']';
        if (ch === ',') {
          i++;
          expect = close === '}' ? 'key' : 'value';
        } else if (ch === close) {
          stack.pop();
          i++;
          afterValue();
        } else {
          return { offset: i, message: M.jsonExpectedCommaOr(close, showChar(ch)) };
        }
        break;
      }
      case 'done':
        return { offset: i, message: M.jsonAfterEnd(showChar(ch)) };
    }
  }
}
