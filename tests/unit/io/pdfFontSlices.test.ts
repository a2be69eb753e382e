import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontCoverage, parseUnicodeRange, woffToSfnt } from '../../../src/io/fonts';
import { numberedFontSlice, PRECACHED_FONT_SLICES } from '../../../src/io/pdfFontSlices';

const FONT_DIR = join(process.cwd(), 'node_modules/@fontsource/noto-sans-sc');
// Texts Touchmap itself writes into a PDF: renderer labels, catalogue, gap messages, registers.
const TEXT_DIRS = ['src/io/svg', 'src/domain/catalogue', 'src/domain/gaps'];
const TEXT_FILES = ['src/io/registers.ts', 'src/io/workshopPack.ts', 'src/domain/risk.ts', 'src/domain/complaints.ts'];

describe('font slices precached for offline PDF', () => {
  it('cover every character of Touchmap’s own texts that the Simplified-Chinese font lacks', async () => {
    const primary = fontCoverage(await woffToSfnt(new Uint8Array(readFileSync(join(FONT_DIR, 'files/noto-sans-sc-chinese-simplified-400-normal.woff')))));
    const files = [...TEXT_DIRS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => join(d, f))), ...TEXT_FILES];
    const chars = new Set<number>();
    for (const f of files) for (const ch of readFileSync(f, 'utf8')) chars.add(ch.codePointAt(0)!);
    const ranges = Object.entries(JSON.parse(readFileSync(join(FONT_DIR, 'unicode.json'), 'utf8')) as Record<string, string>).map(
      ([key, range]) => [key.replace(/[[\]]/g, ''), parseUnicodeRange(range)] as const,
    );
    const needed = new Set<string>();
    for (const cp of chars) {
      if (cp <= 0x20 || primary.has(cp)) continue;
      const slice = ranges.find(([, covers]) => covers(cp))?.[0];
      if (slice && /^\d+$/.test(slice)) needed.add(slice);
    }
    expect([...needed].filter((s) => !PRECACHED_FONT_SLICES.includes(s))).toEqual([]);
  });

  it('recognises numbered slice files of the build and nothing else', () => {
    expect(numberedFontSlice('assets/noto-sans-sc-102-400-normal-CxcTLhKE.woff')).toBe('102');
    expect(numberedFontSlice('assets/noto-sans-sc-chinese-simplified-700-normal-CDPtaw17.woff')).toBeNull();
    expect(numberedFontSlice('assets/noto-sans-sc-latin-ext-400-normal-CY4-cFyH.woff')).toBeNull();
    expect(numberedFontSlice('assets/index-CSbjoxkt.js')).toBeNull();
  });
});
