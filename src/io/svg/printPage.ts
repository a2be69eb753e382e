/**
 * What a tiled PDF page draws besides its piece of the map: the stage headers and channel labels
 * of the part it shows, and the legend and footer whole. A big map printed over several sheets
 * is read one sheet at a time — at a workshop table, in an audit file — so, like a spreadsheet's
 * print titles, every sheet names the stages above its cards and the channels at their left,
 * even when it shows only part of a stage or lane.
 *
 * The legend and footer are printed whole on every sheet, under the map: the colours of an
 * overlay mean nothing without their key, and the footer's export date, catalogue version and
 * "complaint figures left out" must stay with each sheet once the pack is split up between
 * tables or filed. That costs each sheet a strip of height (the page plan makes room for it);
 * a legend only on the last sheet, or on a sheet of its own, would leave the others unexplained.
 *
 * Everything here is in picture units ("page units" when measured from the top-left of a page's
 * drawing area); the PDF scales it with the map.
 */
import { el } from './builder';
import { cornerCell, footerLine, FOOTER_TEXT_H, laneCell, stageCell } from './headers';
import { label, type Lang } from './labels';
import { renderLegend, type LegendInput } from './legend';
import { FONT_FAMILY } from './palette';

/** Where the grid's labels, the map and its key are in a rendered picture (`renderMapSvg`'s `frame`). */
export interface MapFrame {
  lang: Lang;
  /** The picture's margin. */
  margin: number;
  /** The row of stage headers. */
  header: { y: number; height: number };
  /** The column of channel labels. */
  labels: { x: number; width: number };
  stages: { name: string; x: number; width: number }[];
  lanes: { name: string; y: number; height: number }[];
  /** Where the map (grid, cards, notes) ends and the legend's strip begins. */
  mapBottom: number;
  legend: LegendInput;
  /** The footer's facts: journey, export date, catalogue version, what was left out. */
  footer: string;
}

/** The margin and label column repeated at the left of a page that starts right of them. */
export const labelBandWidth = (f: MapFrame): number => f.margin + f.labels.width;

/** The legend's strip: a gap above it, then as the map draws it (legend, gap, footer). */
const KEY_GAP = 10;
const FOOTER_GAP = 12;

/** The height of the legend and footer printed `width` page units wide. */
export function keyHeight(f: MapFrame, width: number): number {
  const legend = renderLegend(f.legend, f.margin, 0, legendWidth(f, width));
  return KEY_GAP + legend.height + FOOTER_GAP + FOOTER_TEXT_H;
}

const legendWidth = (f: MapFrame, width: number) => Math.max(1, width - 2 * f.margin);

/** One page: which part of the picture it shows and where that lands on the page. */
export interface PageView {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the part's top-left is drawn, in page units (right of and under the repeated bands). */
  at: { x: number; y: number };
}

/** A header or label cell on a page: where it starts and how long it is along its band, in page units. */
export interface BandCell {
  name: string;
  from: number;
  size: number;
}

export interface PageBands {
  /** The stage headers along the page's top (at `headerY`), one per stage the page shows. */
  stages: BandCell[];
  headerY: number;
  /** The channel labels down the page's left (at `labelsX`), one per lane the page shows. */
  lanes: BandCell[];
  labelsX: number;
  /** Whether the page shows the grid at all (else, say, only notes beside it): its corner cell is drawn. */
  corner: boolean;
}

/**
 * The headers and labels of the part of the map a page shows: every stage and lane the part
 * overlaps, clipped to it, so a stage or lane cut by a page edge is named on both pages. Where
 * the part includes the header row or label column they are drawn in place (and replace the
 * picture's own); otherwise in the bands left free above and to the left of the part. A part
 * beside the grid (notes far out) gets no stage headers, or no channel labels.
 */
export function pageBands(f: MapFrame, v: PageView): PageBands {
  const cells = <T extends { name: string }>(items: T[], start: (t: T) => number, size: (t: T) => number, from: number, length: number, at: number) =>
    items.flatMap((t) => {
      const lo = Math.max(start(t), from);
      const hi = Math.min(start(t) + size(t), from + length);
      return hi - lo > 1e-6 ? [{ name: t.name, from: at + lo - from, size: hi - lo }] : [];
    });
  const last = <T>(items: T[]) => items[items.length - 1];
  const right = f.stages.length ? last(f.stages).x + last(f.stages).width : f.labels.x + f.labels.width;
  const bottom = f.lanes.length ? last(f.lanes).y + last(f.lanes).height : f.header.y + f.header.height;
  const overlaps = (lo: number, hi: number, from: number, length: number) => lo < from + length - 1e-6 && hi > from + 1e-6;
  const acrossGrid = overlaps(f.labels.x, right, v.x, v.width);
  const downGrid = overlaps(f.header.y, bottom, v.y, v.height);
  return {
    stages: downGrid ? cells(f.stages, (s) => s.x, (s) => s.width, v.x, v.width, v.at.x) : [],
    headerY: v.y <= f.header.y ? v.at.y + f.header.y - v.y : v.at.y - f.header.height,
    lanes: acrossGrid ? cells(f.lanes, (l) => l.y, (l) => l.height, v.y, v.height, v.at.y) : [],
    labelsX: v.x <= f.labels.x ? v.at.x + f.labels.x - v.x : v.at.x - f.labels.width,
    corner: acrossGrid && downGrid,
  };
}

/**
 * What a tiled page draws over its part of the map, as one SVG of `width` × `height` page
 * units: the page's stage headers and channel labels, the corner cell where they meet, and the
 * legend and footer from `keyTop` down.
 */
export function renderPrintPage(f: MapFrame, v: PageView, size: { width: number; height: number; keyTop: number }): string {
  const b = pageBands(f, v);
  let grid = b.corner ? cornerCell(b.labelsX, b.headerY, f.labels.width, f.header.height, label('corner', f.lang)) : '';
  for (const s of b.stages) grid += stageCell(s.from, b.headerY, s.size, f.header.height, s.name);
  for (const l of b.lanes) grid += laneCell(b.labelsX, l.from, f.labels.width, l.size, l.name);
  const legend = renderLegend(f.legend, f.margin, size.keyTop + KEY_GAP, legendWidth(f, size.width));
  const footerY = size.keyTop + KEY_GAP + legend.height + FOOTER_GAP;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}"` +
    ` font-family='${FONT_FAMILY}'>` +
    el('g', { 'data-part': 'page-bands' }, grid) +
    legend.svg +
    footerLine(f.margin, footerY, size.width - 2 * f.margin, f.footer) +
    '</svg>'
  );
}
