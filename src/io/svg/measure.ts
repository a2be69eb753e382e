/**
 * Approximate text width without a font engine (the renderer also runs in Node): CJK and other
 * wide characters ≈ 1 em, Latin ≈ 0.55 em. Good enough to wrap titles and size badges; the
 * estimate errs wide so text stays inside its box.
 */

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const NARROW = /[iljI.,:;'!|()[\]{} ]/;

/** Width of one character in em. */
export function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code > 0xffff) return 1.1; // emoji and rare CJK beyond the BMP
  if (WIDE.test(ch)) return 1;
  if (NARROW.test(ch)) return 0.32;
  if (ch >= 'A' && ch <= 'Z') return 0.66;
  if (ch === 'm' || ch === 'w' || ch === 'M' || ch === 'W') return 0.85;
  if (code >= 0x2000 && code <= 0x2bff) return 0.9; // arrows, symbols like ▲ ▼ ✓
  if (code >= 0x0300 && code <= 0x036f) return 0; // combining marks
  return 0.55;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.06 : 1);
}

const ELLIPSIS = '…';

/** `text` cut to fit `maxWidth`, with an ellipsis when anything was cut. */
export function ellipsize(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const limit = maxWidth - textWidth(ELLIPSIS, fontSize, bold);
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = charEm(ch) * fontSize * (bold ? 1.06 : 1);
    if (width + w > limit) break;
    out += ch;
    width += w;
  }
  return out.trimEnd() + ELLIPSIS;
}

const isWide = (ch: string) => WIDE.test(ch) || (ch.codePointAt(0) ?? 0) > 0xffff;

/** Breaks text into tokens: each wide character alone, Latin words whole, spaces separate. */
function tokens(line: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of line) {
    if (ch === ' ' || isWide(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

/**
 * Wraps text into at most `maxLines` lines of `maxWidth`: breaks between Chinese characters
 * anywhere and between Latin words (a word too long for a line is split), honours newlines, and
 * ends the last line with an ellipsis when text is left over.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  const all: string[] = [];
  for (const para of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const tok of tokens(para.replace(/\s/g, ' '))) {
      if (line === '' && tok === ' ') continue;
      if (fits((line + tok).trimEnd())) {
        line += tok;
        continue;
      }
      if (line.trim() !== '') all.push(line.trimEnd());
      line = '';
      if (tok === ' ') continue;
      if (fits(tok)) {
        line = tok;
        continue;
      }
      for (const ch of tok) {
        if (line === '' || fits(line + ch)) line += ch;
        else {
          all.push(line);
          line = ch;
        }
      }
    }
    all.push(line.trimEnd());
  }
  while (all.length > 1 && all[all.length - 1] === '') all.pop();
  if (all.length <= maxLines) return all;
  const out = all.slice(0, maxLines);
  const last = out[maxLines - 1];
  out[maxLines - 1] = fits(last + ELLIPSIS) ? last + ELLIPSIS : ellipsize(`${last}${ELLIPSIS}${ELLIPSIS}`, maxWidth, fontSize, bold);
  return out;
}
