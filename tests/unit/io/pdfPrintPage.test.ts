// @vitest-environment jsdom
// jsdom only to parse the pages' SVG as XML; the page plan and bands are plain functions.
/**
 * What each tiled PDF page shows besides its piece of the map: the stage headers and channel
 * labels of that piece (a stage or lane cut by a page edge named on both pages), and the legend
 * and footer whole, under the map, on every page — and a plan that leaves room for them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyData } from '../../../src/domain/schema';
import { MIN_TEXT_PT, PAPER_PT, planPdfPages, smallestFontSize, type PagePlan, type PaperSize } from '../../../src/io/pdfPlan';
import { keyHeight, pageBands, renderMapSvg, renderPrintPage, type MapFrame, type RenderedSvg } from '../../../src/io/svg';
import { sampleJourney, wideJourney } from './sampleJourney';

const EPS = 1e-6;
const day = new Date(2026, 10, 29);

/** A grid of `stages` × `channels` with one card per cell, some pushed far into their cell (wide or tall cells). */
function gridJourney(stages: number, channels: number, far: { x: number; y: number }[] = []): JourneyData {
  const data = sampleJourney();
  data.stages = Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}`, order: `a${String(i).padStart(3, '0')}` }));
  data.channels = Array.from({ length: channels }, (_, i) => ({ id: `c${i}`, name: `渠道${i + 1}`, order: `a${String(i).padStart(3, '0')}` }));
  const card = data.touchpoints[0];
  data.touchpoints = [];
  for (let s = 0; s < stages; s++) {
    for (let c = 0; c < channels; c++) {
      const offset = far[(s * channels + c) % Math.max(1, far.length)] ?? { x: 20, y: 20 };
      data.touchpoints.push({ ...structuredClone(card), id: `t${s}_${c}`, stageId: `s${s}`, channelId: `c${c}`, offset });
    }
  }
  data.connections = [];
  data.notes = [];
  return data;
}

const render = (data: JourneyData, lang: 'zh' | 'en' = 'zh') => renderMapSvg(data, { lang, overlay: 'gaps', date: day });
const plan = (r: RenderedSvg, paper: PaperSize = 'a4') => planPdfPages(r.width, r.height, smallestFontSize(r.svg), paper, r.breaks, r.frame);

/** The names a page's bands print: cells too small to be named (slivers at an edge) are left out. */
function named(r: RenderedSvg, p: PagePlan, i: number): { stages: string[]; lanes: string[]; texts: string[] } {
  const doc = new DOMParser().parseFromString(renderPrintPage(r.frame, p.tiles[i], p.print!), 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const b = pageBands(r.frame, p.tiles[i]);
  return {
    stages: b.stages.filter((c) => c.size >= 48).map((c) => c.name),
    lanes: b.lanes.filter((c) => c.size >= 24).map((c) => c.name),
    texts: Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? ''),
  };
}

describe('tiled PDF pages: headers and labels', () => {
  it('a page in the second column names its stages along the top and the channels at its left', () => {
    const r = render(wideJourney(10));
    const p = plan(r);
    expect([p.rows, p.columns]).toEqual([1, 2]);
    const [first, second] = [named(r, p, 0), named(r, p, 1)];
    expect(first.stages).toEqual(['认知', '咨询', '购买', '使用', '售后']);
    expect(second.stages).toEqual(['阶段6', '阶段7', '阶段8', '阶段9', '阶段10']);
    for (const page of [first, second]) {
      expect(page.lanes).toEqual(['网点', '手机银行', '客服热线']);
      expect(page.texts).toEqual(expect.arrayContaining([...page.stages, ...page.lanes, '渠道 / 阶段']));
    }
    // The strip the second page shares with the first (the end of 售后) gets its cell, unnamed.
    expect(pageBands(r.frame, p.tiles[1]).stages[0]).toMatchObject({ name: '售后', size: 18 });
    expect(second.texts).not.toContain('售后');
    // The label column is repeated at the page's left, where the first page has its own, and the
    // piece starts right of it.
    const b = pageBands(r.frame, p.tiles[1]);
    expect(b.labelsX).toBe(pageBands(r.frame, p.tiles[0]).labelsX);
    expect(b.labelsX + r.frame.labels.width).toBeLessThanOrEqual(p.tiles[1].at.x);
    expect(b.stages[0].from).toBe(p.tiles[1].at.x);
  });

  it('a page in the second row repeats the stage headers above its piece', () => {
    const r = render(gridJourney(4, 12));
    const p = plan(r);
    expect(p.columns).toBe(1);
    expect(p.rows).toBeGreaterThanOrEqual(2);
    const second = p.tiles[1];
    const b = pageBands(r.frame, second);
    expect(b.headerY).toBe(0);
    expect(second.at.y).toBe(r.frame.header.height);
    expect(named(r, p, 1).stages).toEqual(['Stage 1', 'Stage 2', 'Stage 3', 'Stage 4']);
    // Each row names exactly the channels whose lanes it shows (more than a sliver of).
    const lanes = p.tiles.map((_, i) => named(r, p, i).lanes);
    expect(lanes.flat()).toEqual(r.frame.lanes.map((l) => l.name));
    expect(lanes[1][0]).not.toBe('渠道1');
  });

  it('names a stage cut by a page edge on both pages, its name fitted to the part each shows', () => {
    // The second stage's card sits 2,000 units into its cell: the stage is wider than an A4 page.
    const r = render(gridJourney(3, 2, [{ x: 20, y: 20 }, { x: 20, y: 20 }, { x: 2000, y: 20 }, { x: 2000, y: 20 }, { x: 20, y: 20 }, { x: 20, y: 20 }]));
    const p = plan(r);
    const wide = r.frame.stages[1];
    expect(wide.width).toBeGreaterThan((PAPER_PT.a4.width - 40) / p.scale);
    const showing = p.tiles.filter((t) => named(r, p, p.tiles.indexOf(t)).stages.includes('Stage 2'));
    expect(showing.length).toBeGreaterThanOrEqual(2);
    for (const t of showing) {
      const cell = pageBands(r.frame, t).stages.find((c) => c.name === 'Stage 2')!;
      // Inside the page's piece, centred in the part shown.
      expect(cell.from).toBeGreaterThanOrEqual(t.at.x - EPS);
      expect(cell.from + cell.size).toBeLessThanOrEqual(t.at.x + t.width + EPS);
      const svg = renderPrintPage(r.frame, t, p.print!);
      expect(svg).toMatch(new RegExp(`<text x="${Math.round((cell.from + cell.size / 2) * 100) / 100}" [^>]*>Stage 2</text>`));
    }
  });

  it('a channel cut by a page edge is named on both pages', () => {
    // The first channel's lane grows past a page's height.
    const r = render(gridJourney(2, 3, [{ x: 20, y: 1400 }, { x: 20, y: 20 }, { x: 20, y: 20 }]));
    const p = plan(r);
    expect(r.frame.lanes[0].height).toBeGreaterThan((PAPER_PT.a4.height - 56) / p.scale);
    const rows = [0, 1].map((row) => p.tiles.findIndex((t) => t.row === row && t.column === 0));
    for (const i of rows) expect(named(r, p, i).lanes).toContain('渠道1');
  });

  it('gives a page that shows only notes beside the grid no headers or labels', () => {
    const data = sampleJourney();
    data.notes = Array.from({ length: 8 }, (_, i) => ({ ...data.notes[0], id: `n${i}`, position: { x: -3000 + i * 300, y: i * 60 } }));
    const r = render(data);
    const p = plan(r);
    const first = p.tiles[0];
    expect(first.x + first.width).toBeLessThan(r.frame.labels.x);
    expect(pageBands(r.frame, first)).toMatchObject({ stages: [], lanes: [], corner: false });
    expect(named(r, p, 0).texts).not.toContain('渠道 / 阶段');
    // The page with the grid has them.
    const grid = p.tiles.findIndex((t) => t.row === 0 && t.x + t.width > r.frame.stages[0].x + 100);
    expect(named(r, p, grid).lanes).toEqual(['网点', '手机银行', '客服热线']);
    expect(named(r, p, grid).texts).toContain('渠道 / 阶段');
  });

  it('keeps markup in names as text on the page', () => {
    const data = wideJourney(10);
    data.stages[7].name = '<b>阶段&8</b>';
    const r = render(data);
    const page = named(r, plan(r), 1);
    expect(page.texts).toContain('<b>阶段&8</b>');
  });
});

describe('tiled PDF pages: legend and footer', () => {
  it('prints the legend and footer whole on every page, under the tallest piece', () => {
    const r = render(wideJourney(10), 'en');
    const p = plan(r);
    expect(p.print).toBeDefined();
    for (const [i, t] of p.tiles.entries()) {
      // The map stops above the legend: the legend and footer are no longer cut with it.
      expect(t.y + t.height).toBeLessThanOrEqual(r.frame.mapBottom + EPS);
      expect(t.at.y + t.height).toBeLessThanOrEqual(p.print!.keyTop + EPS);
      const { texts } = named(r, p, i);
      expect(texts).toEqual(expect.arrayContaining(['Worst open gap', 'Links', 'Touchmap']));
      expect(texts.some((s) => s.startsWith('信用卡分期办理旅程 · exported 2026-11-29 · catalogue'))).toBe(true);
    }
    expect(p.print!.height - p.print!.keyTop).toBe(keyHeight(r.frame, p.print!.width));
  });

  it('wraps the legend to the width of the map on the page, and makes room for it', () => {
    // One stage over twenty channels: a narrow map over several pages.
    const r = render(gridJourney(1, 20));
    const p = plan(r);
    expect([p.columns, p.rows > 1]).toEqual([1, true]);
    expect(p.print!.width).toBe(r.width);
    expect(p.print!.height - p.print!.keyTop).toBe(keyHeight(r.frame, r.width));
    // Narrower, the legend takes more rows.
    expect(keyHeight(r.frame, 500)).toBeGreaterThan(keyHeight(r.frame, 1600));
    expect(p.print!.height * p.scale).toBeLessThanOrEqual(PAPER_PT.a4.height - 40 - 16 + EPS);
    expect(p.smallestTextPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    // The legend's items stay inside the map's width.
    const doc = new DOMParser().parseFromString(renderPrintPage(r.frame, p.tiles[0], p.print!), 'image/svg+xml');
    for (const t of Array.from(doc.querySelectorAll('[data-part="legend"] text'))) expect(Number(t.getAttribute('x'))).toBeLessThan(r.width - r.frame.margin);
  });

  it('leaves the plan of a map without a frame as it was (cut with the map)', () => {
    const r = render(wideJourney(10));
    const p = planPdfPages(r.width, r.height, smallestFontSize(r.svg), 'a4', r.breaks);
    expect(p.print).toBeUndefined();
    expect(p.tiles.every((t) => t.at.x === 0 && t.at.y === 0)).toBe(true);
    expect(p.tiles.at(-1)!.y + p.tiles.at(-1)!.height).toBe(r.height);
  });
});

describe('tiled PDF pages: any grid', () => {
  const frameOk = (f: MapFrame, r: RenderedSvg, p: PagePlan) => {
    const availW = p.pageWidth - 40;
    const availH = p.pageHeight - 40 - 16;
    expect(p.smallestTextPt).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
    expect(p.print!.width * p.scale).toBeLessThanOrEqual(availW + EPS);
    expect(p.print!.height * p.scale).toBeLessThanOrEqual(availH + EPS);
    // The pieces cover the map (not the legend) and each fits beside and under its bands.
    const cols = p.tiles.filter((t) => t.row === 0);
    const rows = p.tiles.filter((t) => t.column === 0);
    expect(cols[0].x).toBe(0);
    expect(cols.at(-1)!.x + cols.at(-1)!.width).toBeCloseTo(r.width, 6);
    expect(rows[0].y).toBe(0);
    expect(rows.at(-1)!.y + rows.at(-1)!.height).toBeCloseTo(f.mapBottom, 6);
    for (let i = 1; i < cols.length; i++) expect(cols[i].x).toBeLessThan(cols[i - 1].x + cols[i - 1].width);
    for (let i = 1; i < rows.length; i++) expect(rows[i].y).toBeLessThan(rows[i - 1].y + rows[i - 1].height);
    for (const t of p.tiles) {
      expect(t.at.x + t.width).toBeLessThanOrEqual(p.print!.width + EPS);
      expect(t.at.y + t.height).toBeLessThanOrEqual(p.print!.keyTop + EPS);
      const b = pageBands(f, t);
      // Every stage and lane the piece shows has its cell, in order, within the piece's extent.
      expect(b.stages.map((c) => c.name)).toEqual(f.stages.filter((s) => s.x < t.x + t.width - EPS && s.x + s.width > t.x + EPS).map((s) => s.name));
      expect(b.lanes.map((c) => c.name)).toEqual(f.lanes.filter((l) => l.y < t.y + t.height - EPS && l.y + l.height > t.y + EPS).map((l) => l.name));
      for (const c of b.stages) expect([c.from >= t.at.x - EPS, c.from + c.size <= t.at.x + t.width + EPS]).toEqual([true, true]);
      for (const c of b.lanes) expect([c.from >= t.at.y - EPS, c.from + c.size <= t.at.y + t.height + EPS]).toEqual([true, true]);
      // Repeated bands sit in the room left for them, never over the piece.
      if (t.at.y > 0) expect([b.headerY, b.headerY + f.header.height]).toEqual([0, t.at.y]);
      if (t.at.x > 0) expect(b.labelsX + f.labels.width).toBeLessThanOrEqual(t.at.x + EPS);
      expect(b.labelsX).toBeGreaterThanOrEqual(0);
    }
  };

  it('fits every page, covers the map and names what each page shows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 14 }),
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 2400 }), y: fc.integer({ min: 0, max: 1600 }) }), { maxLength: 4 }),
        fc.constantFrom<PaperSize>('a4', 'a3'),
        (stages, channels, far, paper) => {
          const r = render(gridJourney(stages, channels, far));
          const p = plan(r, paper);
          if (p.tiled) frameOk(r.frame, r, p);
          else expect(p).toEqual(planPdfPages(r.width, r.height, smallestFontSize(r.svg), paper));
        },
      ),
      { numRuns: 60 },
    );
  });
});
