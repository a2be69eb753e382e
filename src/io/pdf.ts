/**
 * PDF of a map: the SVG of `renderMapSvg` drawn as vectors by svg2pdf.js into jsPDF, A4 or A3
 * landscape, on the pages `planPdfPages` plans (pdfPlan.ts): one, or tiles that each repeat the
 * stage headers and channel labels of their piece and carry the legend and footer.
 *
 * Chinese needs a real font: each character is given to the first font that has it (Noto Sans
 * SC's Simplified-Chinese file, then its small Unicode-range slices for symbols such as ▲ ⚠), the
 * text is split into runs per font, and jsPDF embeds only the glyphs used. Characters no font has
 * (emoji) are left out rather than drawn as boxes. Fonts come from the caller, so this module
 * loads nothing by itself.
 */
import { jsPDF } from 'jspdf';
import { fontCoverage, toBase64 } from './fonts';
import { MARGIN, planPdfPages, smallestFontSize, type BreakCandidates, type PagePlan, type PaperSize } from './pdfPlan';
import { renderPrintPage, textWidth, type MapFrame } from './svg';


export type FontWeight = 'normal' | 'bold';

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
