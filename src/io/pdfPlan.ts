/**
 * The pages of a map's PDF, planned before anything is drawn (pure): one page when the whole map
 * fits with its smallest text at `MIN_TEXT_PT` or more; otherwise tiles shared out evenly, broken
 * at stage-column and channel-lane edges where the pieces fit, with a little overlap, and room
 * on each page for the repeated headers, labels, legend and footer (`renderPrintPage`).
 */
import { keyHeight, labelBandWidth, type MapFrame } from './svg';

export type PaperSize = 'a4' | 'a3';

/** Landscape page sizes in points. */
export const PAPER_PT: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  a4: { width: 841.89, height: 595.28 },
  a3: { width: 1190.55, height: 841.89 },
};

/**
 * The smallest printed text (a card's kind line and its badges, 10.5 px) may go down to 5.5 pt
 * before the map is tiled. 6 pt would be the comfortable size, but the usual five-stage map
 * prints its badges at 5.6 pt on one A4 sheet; at 6 pt it would take two sheets, each about half
 * filled, for 0.4 pt more. A3 prints the same map at 7.9 pt on one sheet.
 */
export const MIN_TEXT_PT = 5.5;
/** Page margin in points (the PDF draws the page label and footer inside it). */
export const MARGIN = 20;
/** The line at the top of a tiled page that names it ("page 2 of 4 · row 1 of 2, column 2 of 2"). */
const LABEL_BAND = 16;
/** How much neighbouring pages share, in SVG units. */
const OVERLAP_PX = 24;
/** At a column or lane edge, how far the page before runs past it (the rest of the overlap is before it). */
const BOUNDARY_LEAD_PX = 6;
const EPS = 1e-6;
/** Never print larger than the screen size (1 CSS px = 0.75 pt). */
const MAX_SCALE = 0.75;

export interface Tile {
  row: number;
  column: number;
  /** The part of the map on this page, in SVG units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * Where the piece's top-left is drawn, in SVG units from the page's `origin`: right of the
   * repeated channel labels on a page that starts right of them, under the repeated stage
   * headers on a page that starts below them (0 where the piece has its own).
   */
  at: { x: number; y: number };
}

export interface PagePlan {
  paper: PaperSize;
  pageWidth: number;
  pageHeight: number;
  /** Points per SVG unit. */
  scale: number;
  tiled: boolean;
  rows: number;
  columns: number;
  tiles: Tile[];
  /** Where the map's top-left lands on the page (for one page: centred). */
  origin: { x: number; y: number };
  /** The smallest text on paper, in points. */
  smallestTextPt: number;
  /**
   * Tiled with a `MapFrame`: the size, in SVG units from `origin`, that each page's headers,
   * labels, legend and footer are drawn in (`renderPrintPage`), the legend starting at `keyTop`
   * — the same place on every page, under the tallest piece.
   */
  print?: { width: number; height: number; keyTop: number };
}

/** The smallest `font-size` in an SVG (what decides whether one page is readable). */
export function smallestFontSize(svg: string): number {
  let min = Infinity;
  for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) min = Math.min(min, Number(m[1]));
  return Number.isFinite(min) ? min : 12;
}

/**
 * Where a page may end without cutting a card: the stage-column edges (`x`) and channel-lane
 * edges (`y`) of the picture, in SVG units (`renderMapSvg` returns them as `breaks`).
 */
export interface BreakCandidates {
  x?: readonly number[];
  y?: readonly number[];
}

/**
 * Plans the pages of a map. A map that fits one page with its smallest text at `MIN_TEXT_PT` or
 * more is one page, centred. A larger map is tiled at that text size over as few pages as that
 * takes, in columns × rows shared out evenly (see `splitAxis`): breaks fall on the given
 * `breaks` where every piece still fits a page, and inside a column or lane only where the
 * edges cannot make that few pages (a column wider than a page). Pure: `breaks` only steers
 * where tiles start and end.
 *
 * With the picture's `frame` (`renderMapSvg`), every tiled page also gets the stage headers and
 * channel labels of its piece and the legend and footer whole (see src/io/svg/printPage.ts), and
 * the plan makes room for them: a page right of the label column gives the width of that
 * column to repeat it, a page below the header row the height of that row, and every page the
 * height of the legend and footer under the map. Only the map above the legend is tiled.
 */
export function planPdfPages(
  svgWidth: number,
  svgHeight: number,
  smallestFontPx: number,
  paper: PaperSize,
  breaks: BreakCandidates = {},
  frame?: MapFrame,
): PagePlan {
  const { width: pageWidth, height: pageHeight } = PAPER_PT[paper];
  const availW = pageWidth - 2 * MARGIN;
  const availH = pageHeight - 2 * MARGIN;
  const fit = Math.min(availW / svgWidth, availH / svgHeight, MAX_SCALE);
  if (smallestFontPx * fit >= MIN_TEXT_PT - 1e-9) {
    return {
      paper,
      pageWidth,
      pageHeight,
      scale: fit,
      tiled: false,
      rows: 1,
      columns: 1,
      tiles: [{ row: 0, column: 0, x: 0, y: 0, width: svgWidth, height: svgHeight, at: { x: 0, y: 0 } }],
      origin: { x: (pageWidth - svgWidth * fit) / 2, y: (pageHeight - svgHeight * fit) / 2 },
      smallestTextPt: smallestFontPx * fit,
    };
  }
  const minScale = Math.min(MAX_SCALE, MIN_TEXT_PT / smallestFontPx);
  // What each page after the first in its row or column repeats, and where the map's own labels end.
  const band = frame ? { x: labelBandWidth(frame), y: frame.header.height } : { x: 0, y: 0 };
  const body = frame ? { x: frame.labels.x + frame.labels.width, y: frame.header.y + frame.header.height } : { x: 0, y: 0 };
  const mapHeight = frame ? frame.mapBottom : svgHeight;
  const across = splitAfterBand(svgWidth, availW / minScale, band.x, (breaks.x ?? []).filter((v) => v > body.x));
  // The width each page's map takes, its repeated labels included; the legend is wrapped to it.
  const widest = Math.max(...across.map((h, i) => h.end - h.start + (i > 0 ? band.x : 0)));
  const key = frame ? keyHeight(frame, widest) : 0;
  const down = splitAfterBand(mapHeight, (availH - LABEL_BAND) / minScale - key, band.y, (breaks.y ?? []).filter((v) => v > body.y));
  const tallest = Math.max(...down.map((v, i) => v.end - v.start + (i > 0 ? band.y : 0)));
  // The pages were counted at the smallest readable size; split evenly, each piece is smaller
  // than a page, so print them as large as the largest piece allows (larger text, same pages).
  const scale = Math.max(minScale, Math.min(MAX_SCALE, availW / widest, (availH - LABEL_BAND) / (tallest + key)));
  const tiles: Tile[] = [];
  for (const [row, v] of down.entries()) {
    for (const [column, h] of across.entries()) {
      const at = { x: column > 0 ? band.x : 0, y: row > 0 ? band.y : 0 };
      tiles.push({ row, column, x: h.start, y: v.start, width: h.end - h.start, height: v.end - v.start, at });
    }
  }
  return {
    paper,
    pageWidth,
    pageHeight,
    scale,
    tiled: true,
    rows: down.length,
    columns: across.length,
    tiles,
    origin: { x: MARGIN, y: MARGIN + LABEL_BAND },
    smallestTextPt: smallestFontPx * scale,
    ...(frame ? { print: { width: widest, height: tallest + key, keyTop: tallest } } : {}),
  };
}

/**
 * `splitAxis` for pages that repeat a band of `band` units before their piece, all but the
 * first (which has the picture's own band): split as if the axis began at `band`, each page
 * `band` shorter, then give the first piece the start of the axis back — it fits, being `band`
 * longer on a page that repeats nothing.
 */
function splitAfterBand(length: number, page: number, band: number, candidates: readonly number[]): Span[] {
  if (band <= 0) return splitAxis(length, page, candidates);
  const spans = splitAxis(length - band, page - band, candidates.map((c) => c - band)).map((s) => ({ start: s.start + band, end: s.end + band }));
  spans[0].start = 0;
  return spans;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Splits [0, length] into pages of at most `page` units along one axis — as many as an even
 * split with `OVERLAP_PX` between neighbours needs, no more — choosing, in this order:
 *
 * 1. the fewest breaks that are not one of `candidates` (cuts through a column or lane: needed
 *    only where a piece between candidates is longer than a page);
 * 2. the most even pages (least sum of squared page lengths).
 *
 * At a candidate the pages overlap by `OVERLAP_PX` too, placed mostly before the line: the page
 * before runs `BOUNDARY_LEAD_PX` past it, the page after repeats the end of the column or lane
 * before it (cell padding, where the editor places no card). Where pieces must be cut, they are
 * cut evenly.
 */
export function splitAxis(length: number, page: number, candidates: readonly number[]): Span[] {
  if (length <= page + EPS) return [{ start: 0, end: length }];
  const count = Math.ceil((length - OVERLAP_PX) / (page - OVERLAP_PX) - EPS);
  const inner = [...new Set(candidates)].filter((c) => c > EPS && c < length - EPS).sort((a, b) => a - b);
  const points = [0, ...inner, length];
  const last = points.length - 1;
  const startAt = (i: number) => (i === 0 ? 0 : Math.max(0, points[i] - (OVERLAP_PX - BOUNDARY_LEAD_PX)));
  const endAt = (i: number) => (i === last ? length : Math.min(length, points[i] + BOUNDARY_LEAD_PX));

  // best[k][n]: pages [0, points[k]] in n pages, with points[k] a break (or the end).
  interface Step {
    cuts: number;
    spread: number;
    from: number;
    pages: number;
  }
  const best: (Step | undefined)[][] = points.map(() => []);
  best[0][0] = { cuts: 0, spread: 0, from: -1, pages: 0 };
  for (let k = 1; k <= last; k++) {
    for (let j = 0; j < k; j++) {
      const extent = endAt(k) - startAt(j);
      for (let r = Math.max(1, Math.ceil((extent - OVERLAP_PX) / (page - OVERLAP_PX) - EPS)); r <= count; r++) {
        const each = (extent + (r - 1) * OVERLAP_PX) / r;
        for (let n = r; n <= count; n++) {
          const prev = best[j][n - r];
          if (!prev) continue;
          const cuts = prev.cuts + r - 1;
          const spread = prev.spread + r * each * each;
          const cur = best[k][n];
          if (!cur || cuts < cur.cuts || (cuts === cur.cuts && spread < cur.spread - EPS)) {
            best[k][n] = { cuts, spread, from: j, pages: r };
          }
        }
      }
    }
  }
  // One even split over the whole length always fits, so best[last][count] exists.
  const spans: Span[] = [];
  for (let k = last, n = count; k > 0; ) {
    const step = best[k][n]!;
    const start = startAt(step.from);
    const end = endAt(k);
    const each = (end - start + (step.pages - 1) * OVERLAP_PX) / step.pages;
    for (let i = step.pages - 1; i >= 0; i--) {
      const s = start + i * (each - OVERLAP_PX);
      spans.unshift({ start: s, end: i === step.pages - 1 ? end : s + each });
    }
    n -= step.pages;
    k = step.from;
  }
  return spans;
}
