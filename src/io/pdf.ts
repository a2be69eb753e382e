/**
 * PDF of a map: the SVG of `renderMapSvg` drawn as vectors by svg2pdf.js into jsPDF, A4 or A3
 * landscape. One page when the whole map fits with its smallest text at `MIN_TEXT_PT` or more;
 * otherwise tiled over several pages at that size, shared out evenly, broken at stage-column and
 * channel-lane edges where the pieces fit, with a little overlap and a "row/column" label on each.
 *
 * Chinese needs a real font: each character is given to the first font that has it (Noto Sans
 * SC's Simplified-Chinese file, then its small Unicode-range slices for symbols such as ▲ ⚠), the
 * text is split into runs per font, and jsPDF embeds only the glyphs used. Characters no font has
 * (emoji) are left out rather than drawn as boxes. Fonts come from the caller, so this module
 * loads nothing by itself.
 */
import { jsPDF } from 'jspdf';
import { fontCoverage, toBase64 } from './fonts';
import { keyHeight, labelBandWidth, renderPrintPage, textWidth, type MapFrame } from './svg';

export type PaperSize = 'a4' | 'a3';
export type FontWeight = 'normal' | 'bold';

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
const MARGIN = 20;
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

// ---------------------------------------------------------------------------------------------
// Fonts

export interface FontSource {
  /** The family name used inside the PDF. */
  family: string;
  /** Whether the font may have this character (before it is loaded; e.g. its unicode-range). */
  mayCover(codePoint: number): boolean;
  /** TrueType bytes of the weight, or null when the font has no such weight. */
  load(weight: FontWeight): Promise<Uint8Array | null>;
}

interface LoadedFont {
  source: FontSource;
  covers: Set<number>;
  files: Partial<Record<FontWeight, Uint8Array>>;
}

const isBold = (el: Element): boolean => {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const w = e.getAttribute('font-weight');
    if (w) return w === 'bold' || Number(w) >= 600;
  }
  return false;
};

/** Chooses a font for every character of every text in the SVG and loads what is needed. */
async function resolveFonts(svgs: readonly Element[], sources: readonly FontSource[]): Promise<{ fontOf: Map<number, LoadedFont>; loaded: LoadedFont[] }> {
  const needed = new Map<number, Set<FontWeight>>();
  for (const t of svgs.flatMap((svg) => [...svg.querySelectorAll('text')])) {
    const weight: FontWeight = isBold(t) ? 'bold' : 'normal';
    for (const ch of t.textContent ?? '') {
      const cp = ch.codePointAt(0)!;
      if (!needed.has(cp)) needed.set(cp, new Set());
      needed.get(cp)!.add(weight);
    }
  }
  const fontOf = new Map<number, LoadedFont>();
  const loaded: LoadedFont[] = [];
  for (const source of sources) {
    const candidates = [...needed.keys()].filter((cp) => !fontOf.has(cp) && source.mayCover(cp));
    if (!candidates.length) continue;
    const normal = await source.load('normal');
    if (!normal) continue;
    const font: LoadedFont = { source, covers: fontCoverage(normal), files: { normal } };
    const mine = candidates.filter((cp) => font.covers.has(cp));
    if (!mine.length) continue;
    if (mine.some((cp) => needed.get(cp)!.has('bold'))) font.files.bold = (await source.load('bold')) ?? normal;
    for (const cp of mine) fontOf.set(cp, font);
    loaded.push(font);
  }
  return { fontOf, loaded };
}

/** Splits every text into runs per font (tspans), dropping characters no font has. */
function assignFonts(svg: Element, fontOf: Map<number, LoadedFont>): void {
  const doc = svg.ownerDocument;
  for (const t of [...svg.querySelectorAll('text')]) {
    const runs: { family: string; text: string }[] = [];
    for (const ch of t.textContent ?? '') {
      const font = fontOf.get(ch.codePointAt(0)!);
      if (!font) continue;
      const last = runs[runs.length - 1];
      if (last && last.family === font.source.family) last.text += ch;
      else runs.push({ family: font.source.family, text: ch });
    }
    while (t.firstChild) t.removeChild(t.firstChild);
    if (runs.length === 1) {
      t.setAttribute('font-family', runs[0].family);
      t.textContent = runs[0].text;
    } else {
      for (const run of runs) {
        const span = doc.createElementNS('http://www.w3.org/2000/svg', 'tspan');
        span.setAttribute('font-family', run.family);
        span.textContent = run.text;
        t.appendChild(span);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The document

export interface MapPdfOptions {
  paper: PaperSize;
  /** The map as rendered (its root <svg> element, in a DOM document). */
  svg: Element;
  width: number;
  height: number;
  fonts: readonly FontSource[];
  /** Journey name, for the document title and the tile labels. */
  title: string;
  /** Where pages may break without cutting a card (`renderMapSvg`'s `breaks`). */
  breaks?: BreakCandidates;
  /** Where the picture's labels and legend are (`renderMapSvg`'s `frame`): tiled pages repeat them. */
  frame?: MapFrame;
  lang: 'zh' | 'en';
}

export interface MapPdf {
  bytes: Uint8Array;
  plan: PagePlan;
  /** Font families embedded (each a subset of the glyphs used). */
  fonts: string[];
}

/**
 * Each text of the picture with the box it may cover (the width estimate errs wide). svg2pdf.js
 * draws the whole picture on every page, clipped to the page's piece; text outside the clip is
 * invisible but still in the page (found by search, copied with the page's text), so a page
 * leaves out the texts that lie wholly outside its piece.
 */
function textBoxes(svg: Element): { el: Element; x0: number; x1: number; y0: number; y1: number }[] {
  return [...svg.querySelectorAll('text')].map((el) => {
    const x = Number(el.getAttribute('x') ?? 0);
    const y = Number(el.getAttribute('y') ?? 0);
    const size = Number(el.getAttribute('font-size') ?? 12);
    const width = textWidth(el.textContent ?? '', size, isBold(el));
    const anchor = el.getAttribute('text-anchor');
    const x0 = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    return { el, x0, x1: x0 + width, y0: y - size, y1: y + size * 0.3 };
  });
}

/** The picture's own labels, legend and footer: a tiled page draws its part of them itself. */
const REDRAWN_PER_PAGE = ['corner', 'stage-headers', 'lane-labels', 'legend', 'footer'];

export async function buildMapPdf(opts: MapPdfOptions): Promise<MapPdf> {
  const svg = opts.svg;
  const plan = planPdfPages(opts.width, opts.height, smallestFontSize(svg.outerHTML), opts.paper, opts.breaks, opts.frame);
  // Per tiled page, its headers, labels, legend and footer (none without a frame: the map as cut).
  const overlays: Element[] = [];
  if (plan.print && opts.frame) {
    for (const part of REDRAWN_PER_PAGE) for (const e of [...svg.querySelectorAll(`[data-part="${part}"]`)]) e.remove();
    for (const tile of plan.tiles) {
      const page = renderPrintPage(opts.frame, tile, plan.print);
      overlays.push(new DOMParser().parseFromString(page, 'image/svg+xml').documentElement);
    }
  }
  const { fontOf, loaded } = await resolveFonts([svg, ...overlays], opts.fonts);
  for (const el of [svg, ...overlays]) assignFonts(el, fontOf);

  // svg2pdf.js needs a DOM and ships an ES build for browsers: loaded only when a PDF is made.
  const { svg2pdf } = await import('svg2pdf.js');
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: opts.paper, compress: true });
  pdf.setProperties({ title: opts.title, creator: 'Touchmap' });
  for (const font of loaded) {
    for (const weight of ['normal', 'bold'] as const) {
      const file = font.files[weight] ?? font.files.normal!;
      const name = `${font.source.family}-${weight}.ttf`;
      pdf.addFileToVFS(name, toBase64(file));
      pdf.addFont(name, font.source.family, weight, undefined, 'Identity-H');
    }
  }

  const texts = plan.tiled ? textBoxes(svg) : [];
  const total = plan.tiles.length;
  const { origin, scale } = plan;
  for (const [i, tile] of plan.tiles.entries()) {
    if (i > 0) pdf.addPage(opts.paper, 'landscape');
    if (plan.tiled) {
      const label =
        opts.lang === 'zh'
          ? `${opts.title} · 第 ${i + 1}/${total} 页 · 第 ${tile.row + 1}/${plan.rows} 行，第 ${tile.column + 1}/${plan.columns} 列`
          : `${opts.title} · page ${i + 1} of ${total} · row ${tile.row + 1} of ${plan.rows}, column ${tile.column + 1} of ${plan.columns}`;
      const primary = loaded[0];
      const text = primary ? [...label].filter((ch) => primary.covers.has(ch.codePointAt(0)!)).join('') : label.replace(/[^\x20-\x7e]/g, '');
      pdf.setFont(primary ? primary.source.family : 'helvetica', 'normal');
      pdf.setFontSize(8);
      pdf.setTextColor(93, 103, 120);
      pdf.text(text, MARGIN, MARGIN + 8);
    }
    const x = origin.x + tile.at.x * scale;
    const y = origin.y + tile.at.y * scale;
    pdf.saveGraphicsState();
    pdf.rect(x, y, tile.width * scale, tile.height * scale, null);
    pdf.clip();
    pdf.discardPath();
    const away = texts.filter((t) => t.x1 < tile.x || t.x0 > tile.x + tile.width || t.y1 < tile.y || t.y0 > tile.y + tile.height);
    for (const t of away) t.el.setAttribute('display', 'none');
    await svg2pdf(svg, pdf, { x: x - tile.x * scale, y: y - tile.y * scale, width: opts.width * scale, height: opts.height * scale });
    for (const t of away) t.el.removeAttribute('display');
    pdf.restoreGraphicsState();
    const overlay = overlays[i];
    if (overlay && plan.print) {
      await svg2pdf(overlay, pdf, { x: origin.x, y: origin.y, width: plan.print.width * scale, height: plan.print.height * scale });
    }
  }
  return { bytes: new Uint8Array(pdf.output('arraybuffer')), plan, fonts: loaded.map((f) => f.source.family) };
}
