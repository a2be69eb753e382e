/**
 * Noto Sans SC (OFL) for PDF export, loaded only when a PDF is made: the Simplified-Chinese file
 * (≈ 1.5 MB, also Latin and common punctuation; regular and bold), then the small Unicode-range
 * slices of @fontsource for anything it lacks (▲ ⚠ ✓, rare characters). Each loaded font is also
 * registered with the page (FontFace) so svg2pdf.js measures text with the same glyphs it embeds.
 */
import { parseUnicodeRange, woffToSfnt } from '../../io/fonts';
import type { FontSource, FontWeight } from '../../io/pdf';

const DIR = '/node_modules/@fontsource/noto-sans-sc/';
const regular = import.meta.glob('/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff', { query: '?url', import: 'default' }) as Record<string, () => Promise<string>>;
const bold = import.meta.glob('/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff', { query: '?url', import: 'default' }) as Record<string, () => Promise<string>>;
const ranges = import.meta.glob('/node_modules/@fontsource/noto-sans-sc/unicode.json', { import: 'default' }) as Record<string, () => Promise<Record<string, string>>>;

const fileOf = (slice: string, weight: FontWeight) => `${DIR}files/noto-sans-sc-${slice}-${weight === 'bold' ? 700 : 400}-normal.woff`;

const cache = new Map<string, Promise<Uint8Array | null>>();

function loadFile(slice: string, family: string, weight: FontWeight): Promise<Uint8Array | null> {
  const path = fileOf(slice, weight);
  let p = cache.get(path);
  if (!p) {
    const url = (weight === 'bold' ? bold : regular)[path];
    p = url
      ? url().then(async (href) => {
          const res = await fetch(href);
          if (!res.ok) throw new Error(`font ${slice} (${res.status})`);
          const ttf = await woffToSfnt(new Uint8Array(await res.arrayBuffer()));
          const face = new FontFace(family, ttf.slice().buffer, { weight: weight === 'bold' ? '700' : '400' });
          await face.load();
          document.fonts.add(face);
          return ttf;
        })
      : Promise.resolve(null);
    cache.set(path, p);
    p.catch(() => cache.delete(path));
  }
  return p;
}

export async function pdfFontSources(): Promise<FontSource[]> {
  const load = ranges[`${DIR}unicode.json`];
  const slices = load ? await load() : {};
  const primary: FontSource = {
    family: 'tm-noto-sc',
    mayCover: () => true,
    load: (weight) => loadFile('chinese-simplified', 'tm-noto-sc', weight),
  };
  const rest = Object.entries(slices).map(([key, range]): FontSource => {
    const slice = key.replace(/[[\]]/g, '');
    const family = `tm-noto-sc-${slice}`;
    // Offline, a rare-character slice never fetched before is missing: its characters are left
    // out of the PDF rather than failing the export.
    return { family, mayCover: parseUnicodeRange(range), load: (weight) => loadFile(slice, family, weight).catch(() => null) };
  });
  return [primary, ...rest];
}
