/**
 * PDF page planning and the font plumbing (the drawing itself needs a browser DOM: it is
 * checked end to end in tests/e2e/export.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontCoverage, parseUnicodeRange, toBase64, woffToSfnt } from '../../../src/io/fonts';
import { MIN_TEXT_PT, PAPER_PT, planPdfPages, smallestFontSize } from '../../../src/io/pdf';
import { renderMapSvg } from '../../../src/io/svg';
import { sampleJourney } from './sampleJourney';

describe('PDF page plan', () => {
  it('fits a map on one A3 page, centred, text at 6 pt or more', () => {
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

  it('tiles a wide map when one page would shrink text below 6 pt, covering all of it', () => {
    const plan = planPdfPages(5000, 1400, 10.5, 'a4');
    expect(plan.tiled).toBe(true);
    expect(plan.smallestTextPt).toBeCloseTo(MIN_TEXT_PT, 5);
    expect(plan.tiles).toHaveLength(plan.rows * plan.columns);
    expect(plan.columns).toBeGreaterThan(1);
    // Every point of the map is on some page.
    for (const [x, y] of [[0, 0], [4999, 1399], [2500, 700], [4999, 0], [0, 1399]]) {
      expect(plan.tiles.some((t) => x >= t.x && x <= t.x + t.width && y >= t.y && y <= t.y + t.height)).toBe(true);
    }
    // A3 needs fewer pages for the same map.
    expect(planPdfPages(5000, 1400, 10.5, 'a3').tiles.length).toBeLessThan(plan.tiles.length);
  });

  it('never prints larger than screen size', () => {
    const plan = planPdfPages(200, 100, 12, 'a3');
    expect(plan.scale).toBe(0.75);
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
