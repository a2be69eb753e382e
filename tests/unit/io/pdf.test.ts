/**
 * PDF page planning and the font plumbing (the drawing itself needs a browser DOM: it is
 * checked end to end in tests/e2e/export.spec.ts).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontCoverage, parseUnicodeRange, toBase64, woffToSfnt } from '../../../src/io/fonts';
import { MIN_TEXT_PT, PAPER_PT, planPdfPages, smallestFontSize, splitAxis, type PagePlan } from '../../../src/io/pdfPlan';
import { renderMapSvg } from '../../../src/io/svg';
import { journeyDataArb } from '../../helpers/arbitraries';
import { sampleJourney, wideJourney } from './sampleJourney';

/** SVG units across (or down) one A4 page when the smallest text is 10.5 px at 5.5 pt. */
const A4_ACROSS = (PAPER_PT.a4.width - 40) / (MIN_TEXT_PT / 10.5);
const A4_DOWN = (PAPER_PT.a4.height - 40 - 16) / (MIN_TEXT_PT / 10.5);

const across = (plan: PagePlan) => plan.tiles.filter((t) => t.row === 0).map((t) => [t.x, t.x + t.width]);
const down = (plan: PagePlan) => plan.tiles.filter((t) => t.column === 0).map((t) => [t.y, t.y + t.height]);

/** The card and note rectangles of a rendered map. */
function boxes(svg: string): { x: number; y: number; width: number; height: number }[] {
  return [...svg.matchAll(/<g data-(?:touchpoint|note)="[^"]*"><rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}

describe('PDF page plan', () => {
  it('fits a map on one A3 page, centred, text at MIN_TEXT_PT or more', () => {
    const { svg, width, height } = renderMapSvg(sampleJourney(), { lang: 'zh', overlay: 'none' });
    const plan = planPdfPages(width, height, smallestFontSize(svg), 'a3');
    expect(smallestFontSize(svg)).toBe(10.5);
    expect(plan.tiled).toBe(false);
    expect(plan.tiles).toHaveLength(1);
    expect(plan.smallestTextPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    expect(width * plan.scale).toBeLessThanOrEqual(PAPER_PT.a3.width);
    expect(plan.origin.x).toBeGreaterThan(0);
    // The usual five stages fit one A4 page too.
    expect(planPdfPages(width, height, smallestFontSize(svg), 'a4').tiled).toBe(false);
  });

  it('tiles a wide map when one page would shrink text below MIN_TEXT_PT, covering all of it', () => {
    const plan = planPdfPages(5000, 1400, 10.5, 'a4');
    expect(plan.tiled).toBe(true);
    expect(plan.smallestTextPt).toBeGreaterThanOrEqual(MIN_TEXT_PT - 1e-9);
    expect(plan.tiles).toHaveLength(plan.rows * plan.columns);
    // Each page's piece fits its page at the plan's scale, margins and label band kept.
    for (const t of plan.tiles) {
      expect(t.width * plan.scale).toBeLessThanOrEqual(plan.pageWidth - 40 + 1e-6);
      expect(t.height * plan.scale).toBeLessThanOrEqual(plan.pageHeight - 40 - 16 + 1e-6);
    }
    expect(plan.columns).toBeGreaterThan(1);
    // Every point of the map is on some page.
    for (const [x, y] of [[0, 0], [4999, 1399], [2500, 700], [4999, 0], [0, 1399]]) {
      expect(plan.tiles.some((t) => x >= t.x && x <= t.x + t.width && y >= t.y && y <= t.y + t.height)).toBe(true);
    }
    // A3 needs fewer pages for the same map.
    expect(planPdfPages(5000, 1400, 10.5, 'a3').tiles.length).toBeLessThan(plan.tiles.length);
  });

  it('prints tiled pages as large as their pieces allow: the same pages, larger text', () => {
    // Slightly wider than a page at the smallest size: two halves, each printed larger.
    const width = Math.round(A4_ACROSS * 1.1);
    const plan = planPdfPages(width, 300, 10.5, 'a4');
    expect(plan.tiles).toHaveLength(2);
    expect(plan.smallestTextPt).toBeGreaterThan(MIN_TEXT_PT + 1);
    const widest = Math.max(...plan.tiles.map((t) => t.width));
    // As large as the wider half allows on the page — never past screen size (0.75).
    expect(plan.scale).toBeCloseTo(Math.min(0.75, (plan.pageWidth - 40) / widest), 9);
  });

  it('never prints larger than screen size', () => {
    const plan = planPdfPages(200, 100, 12, 'a3');
    expect(plan.scale).toBe(0.75);
  });

  it('splits a map slightly wider than a page into two halves that overlap by 24 units only', () => {
    const width = Math.round(A4_ACROSS * 1.1);
    const plan = planPdfPages(width, 500, 10.5, 'a4');
    expect(plan.tiled).toBe(true);
    expect([plan.rows, plan.columns]).toEqual([1, 2]);
    const [[s1, e1], [s2, e2]] = across(plan);
    expect([s1, e2]).toEqual([0, width]);
    expect(e1 - s1).toBeCloseTo((width + 24) / 2, 6);
    expect(e2 - s2).toBeCloseTo((width + 24) / 2, 6);
    expect(e1 - s2).toBeCloseTo(24, 6);
    // The same down the page.
    const tall = planPdfPages(500, Math.round(A4_DOWN * 1.1), 10.5, 'a4');
    const [[, f1], [t2]] = down(tall);
    expect([tall.rows, tall.columns]).toEqual([2, 1]);
    expect(f1 - t2).toBeCloseTo(24, 6);
  });

  it('breaks at the given column and lane edges, choosing the most even pages that fit', () => {
    // Ten columns of 260 after a 150-unit label band; lanes of 300 under a 52-unit header.
    const x = [24, 174, ...Array.from({ length: 10 }, (_, i) => 434 + i * 260)];
    const y = [68, 120, 420, 720, 1020, 1320];
    const plan = planPdfPages(2798, 1400, 10.5, 'a4', { x, y });
    expect([plan.rows, plan.columns]).toEqual([2, 2]);
    // Between the fifth and sixth stage (1474): the page before runs 6 past it, the page after
    // begins 18 before it.
    expect(across(plan)).toEqual([
      [0, 1480],
      [1456, 2798],
    ]);
    expect(down(plan)).toEqual([
      [0, 726],
      [702, 1400],
    ]);
    for (const t of plan.tiles) expect(t.width).toBeLessThanOrEqual(A4_ACROSS);
    // Without edges, the same number of pages, cut evenly.
    const even = planPdfPages(2798, 1400, 10.5, 'a4');
    expect(across(even).map(([s, e]) => e - s)).toEqual([1411, 1411]);
  });

  it('cuts inside a column only where it is wider than a page, and there evenly', () => {
    // Edges at 1000 and 2900: the column between them (1900) is wider than a page (≈ 1531).
    const plan = planPdfPages(3400, 500, 10.5, 'a4', { x: [1000, 2900] });
    expect(plan.columns).toBe(3);
    const spans = across(plan);
    expect(spans[0]).toEqual([0, 1006]);
    expect(spans[1][0]).toBe(982);
    expect(spans[1][1] - spans[1][0]).toBeCloseTo(1221, 6);
    expect(spans[2][1] - spans[2][0]).toBeCloseTo(1221, 6);
    expect(spans[1][1] - spans[2][0]).toBeCloseTo(24, 6);
    // One column wider than the whole split: even pages, as without edges.
    expect(across(planPdfPages(3000, 500, 10.5, 'a4', { x: [24, 2990] }))).toEqual(across(planPdfPages(3000, 500, 10.5, 'a4')));
  });

  it('plans a map that fits one page as before, edges and frame given or not', () => {
    const { svg, width, height, breaks, frame } = renderMapSvg(sampleJourney(), { lang: 'zh', overlay: 'none' });
    for (const paper of ['a4', 'a3'] as const) {
      const plan = planPdfPages(width, height, smallestFontSize(svg), paper, breaks, frame);
      expect(plan).toEqual(planPdfPages(width, height, smallestFontSize(svg), paper));
      expect(plan.tiles).toEqual([{ row: 0, column: 0, x: 0, y: 0, width, height, at: { x: 0, y: 0 } }]);
      expect(plan.print).toBeUndefined();
    }
  });

  it('prints a ten-stage journey on two A4 pages broken between two stages, no card cut', () => {
    const r = renderMapSvg(wideJourney(10), { lang: 'zh', overlay: 'gaps' });
    const plan = planPdfPages(r.width, r.height, smallestFontSize(r.svg), 'a4', r.breaks);
    expect([plan.rows, plan.columns]).toEqual([1, 2]);
    const [[, end], [start]] = across(plan);
    const edge = start + 18;
    expect(r.breaks.x).toContain(edge);
    expect(end).toBe(edge + 6);
    // Five stages on each page: the break is the fifth stage's right edge.
    expect(edge).toBe(24 + 150 + 5 * 260);
    for (const b of boxes(r.svg)) expect(b.x + b.width <= edge || b.x >= edge).toBe(true);
  });

  it('splits any length evenly into as many pages as before, each fitting, neighbours sharing 24', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 20_000 }),
        fc.integer({ min: 300, max: 2_000 }),
        fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 30 }),
        (length, page, edges) => {
          const spans = splitAxis(length, page, edges);
          const count = length <= page ? 1 : Math.ceil((length - 24) / (page - 24));
          expect(spans).toHaveLength(count);
          expect(spans[0].start).toBe(0);
          expect(spans[spans.length - 1].end).toBe(length);
          for (const [i, s] of spans.entries()) {
            expect(s.end - s.start).toBeLessThanOrEqual(page + 1e-6);
            if (i > 0) {
              expect(spans[i - 1].end - s.start).toBeGreaterThan(0);
              expect(spans[i - 1].end - s.start).toBeLessThanOrEqual(24 + 1e-6);
            }
          }
        },
      ),
    );
  });
});

describe('page breaks from the renderer', () => {
  it('are the column and lane edges of the grid, with the label band and header', () => {
    const r = renderMapSvg(sampleJourney(), { lang: 'zh', overlay: 'none' });
    // Margin 24, then the 150-unit label band, then five 260-unit stages.
    expect(r.breaks.x).toEqual([24, 174, 434, 694, 954, 1214, 1474]);
    // Title band (24 + 44), the 52-unit header, three lanes (the last grown to 308 by a second
    // card), then the gap above the legend and the one above the footer.
    expect(r.breaks.y.slice(0, 5)).toEqual([68, 120, 270, 420, 728]);
    expect(r.breaks.y.at(-1)).toBeLessThan(r.height);
  });

  it('leave out an edge that a note lies across', () => {
    const data = sampleJourney();
    data.notes[0].position = { x: 500, y: 470 };
    const r = renderMapSvg(data, { lang: 'zh', overlay: 'none' });
    expect(r.breaks.x).not.toContain(24 + 150 + 520);
    expect(r.breaks.x).toContain(24 + 150 + 260);
  });

  it('never lie across a card or a note, for any journey', () => {
    fc.assert(
      fc.property(journeyDataArb({ maxTouchpoints: 8 }), (data) => {
        const r = renderMapSvg(data, { lang: 'en', overlay: 'none' });
        const all = boxes(r.svg);
        expect(all).toHaveLength(data.touchpoints.filter((t) => data.stages.some((s) => s.id === t.stageId) && data.channels.some((c) => c.id === t.channelId)).length + data.notes.length);
        for (const v of r.breaks.x) for (const b of all) expect(v <= b.x || v >= b.x + b.width).toBe(true);
        for (const v of r.breaks.y) for (const b of all) expect(v <= b.y || v >= b.y + b.height).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('fonts', () => {
  const dir = 'node_modules/@fontsource/noto-sans-sc/files/';

  it('turns a WOFF back into TrueType and reads which characters it covers', async () => {
    const ttf = await woffToSfnt(new Uint8Array(readFileSync(`${dir}noto-sans-sc-latin-400-normal.woff`)));
    expect(new DataView(ttf.buffer).getUint32(0)).toBe(0x00010000);
    const covered = fontCoverage(ttf);
    for (const ch of 'Az09 ,.') expect(covered.has(ch.codePointAt(0)!)).toBe(true);
    expect(covered.has('信'.codePointAt(0)!)).toBe(false);
    await expect(woffToSfnt(new Uint8Array([1, 2, 3, 4]))).rejects.toThrow(/WOFF/);
  });

  it('parses unicode-range lists and base64-encodes large buffers', () => {
    const inRange = parseUnicodeRange('U+25b2, U+4e00-4e0f,U+1f4??');
    expect(inRange(0x25b2)).toBe(true);
    expect(inRange(0x4e05)).toBe(true);
    expect(inRange(0x4e10)).toBe(false);
    expect(inRange(0x1f4a9)).toBe(true);
    const big = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(Buffer.from(toBase64(big), 'base64').equals(Buffer.from(big))).toBe(true);
  });
});
