/**
 * The grid's labels — the corner cell, a stage's header cell, a channel's label cell — and the
 * footer line, drawn by the map and again by each tiled PDF page (`printPage.ts`), so a page's
 * repeated headers look like the map's own.
 */
import { el, rect, text } from './builder';
import { ellipsize, wrapText } from './measure';
import { HEADER_FILL, INK, LINE, LINE_2, MUTED } from './palette';

/** A stage's name is left out of a cell narrower than this (a sliver at a page's edge). */
const MIN_NAMED_WIDTH = 48;
/** A channel's name is left out of a cell shorter than this. */
const MIN_NAMED_HEIGHT = 24;

export function cornerCell(x: number, y: number, width: number, height: number, label: string): string {
  return rect(x, y, width, height, { fill: '#f7f9fc', stroke: LINE_2 }) + text(x + 10, y + height / 2 + 4, label, { size: 11, fill: MUTED });
}

/** A stage's header: its name centred, bold, cut with an ellipsis to the cell's width. */
export function stageCell(x: number, y: number, width: number, height: number, name: string): string {
  let out = rect(x, y, width, height, { fill: HEADER_FILL, stroke: LINE_2 });
  if (width >= MIN_NAMED_WIDTH) {
    out += text(x + width / 2, y + height / 2 + 5, ellipsize(name, width - 20, 14, true), { size: 14, fill: INK, weight: 'bold', anchor: 'middle' });
  }
  return out;
}

/** A channel's label: its name wrapped to as many lines as the cell's height holds, centred. */
export function laneCell(x: number, y: number, width: number, height: number, name: string): string {
  let out = rect(x, y, width, height, { fill: HEADER_FILL, stroke: LINE_2 });
  if (height < MIN_NAMED_HEIGHT) return out;
  const lines = wrapText(name, width - 24, 13, Math.max(1, Math.floor((height - 12) / 18)), true);
  const y0 = y + height / 2 - ((lines.length - 1) * 18) / 2 + 4.5;
  lines.forEach((line, j) => {
    out += text(x + 12, y0 + j * 18, line, { size: 13, fill: INK, weight: 'bold' });
  });
  return out;
}

/** Height of the footer below its rule (the text and its descenders). */
export const FOOTER_TEXT_H = 24;

/** The footer: a rule from `x` to `x + width`, the journey's facts under it, "Touchmap" at the right. */
export function footerLine(x: number, y: number, width: number, facts: string): string {
  return el(
    'g',
    { 'data-part': 'footer' },
    el('path', { d: `M${x} ${y}H${x + width}`, stroke: LINE, 'stroke-width': 1 }) +
      text(x, y + 18, ellipsize(facts, width - 80, 11), { size: 11, fill: MUTED }) +
      text(x + width, y + 18, 'Touchmap', { size: 11, fill: MUTED, anchor: 'end' }),
  );
}
