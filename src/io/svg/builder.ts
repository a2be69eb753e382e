/** Tiny SVG string helpers: numbers rounded for stable output, every text escaped. */
import { escapeXml } from './escape';

/** A coordinate with at most two decimals; never `-0`. */
export function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

type AttrValue = string | number | undefined | null | false;

export function attrs(a: Record<string, AttrValue>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

export function el(name: string, a: Record<string, AttrValue>, children?: string): string {
  return children === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`;
}

export interface TextStyle {
  size: number;
  fill: string;
  weight?: 'bold' | 'normal';
  anchor?: 'start' | 'middle' | 'end';
  italic?: boolean;
}

/** One line of text; `content` is user text or not, it is escaped either way. */
export function text(x: number, y: number, content: string, s: TextStyle): string {
  return el(
    'text',
    {
      x,
      y,
      'font-size': s.size,
      'font-weight': s.weight === 'bold' ? 'bold' : undefined,
      'font-style': s.italic ? 'italic' : undefined,
      'text-anchor': s.anchor && s.anchor !== 'start' ? s.anchor : undefined,
      fill: s.fill,
    },
    escapeXml(content),
  );
}

export function rect(x: number, y: number, w: number, h: number, a: Record<string, AttrValue> = {}): string {
  return el('rect', { x, y, width: w, height: h, ...a });
}
