/**
 * Just enough of the font formats for PDF export: a WOFF file (zlib-compressed tables) back to
 * the TrueType bytes jsPDF embeds, and the set of characters a font's `cmap` covers (so each
 * character of a map goes to a font that has it). jsPDF then writes only the glyphs the PDF
 * uses: the embedded font is a subset to the characters of the map.
 */

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** WOFF 1.0 → sfnt (TrueType/OpenType) bytes. Throws on anything that is not WOFF. */
export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF font');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = view.getUint32(at);
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const checksum = view.getUint32(at + 16);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag, checksum, data: compLength < origLength ? await inflate(raw) : raw });
  }
  tables.sort((a, b) => a.tag - b.tag);
  const headerSize = 12 + 16 * numTables;
  let size = headerSize;
  for (const t of tables) size += (t.data.byteLength + 3) & ~3;
  const out = new Uint8Array(size);
  const ov = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  ov.setUint32(0, flavor);
  ov.setUint16(4, numTables);
  ov.setUint16(6, searchRange);
  ov.setUint16(8, entrySelector);
  ov.setUint16(10, numTables * 16 - searchRange);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    ov.setUint32(at, t.tag);
    ov.setUint32(at + 4, t.checksum);
    ov.setUint32(at + 8, offset);
    ov.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += (t.data.byteLength + 3) & ~3;
  });
  return out;
}

/** Locates a table of an sfnt by its four-letter tag. */
function findTable(font: Uint8Array, tag: string): DataView | null {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  const want = [...tag].reduce((n, c) => n * 256 + c.charCodeAt(0), 0);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    if (view.getUint32(at) === want) {
      return new DataView(font.buffer, font.byteOffset + view.getUint32(at + 8), view.getUint32(at + 12));
    }
  }
  return null;
}

/** The code points a TrueType font maps to glyphs (cmap formats 4 and 12). */
export function fontCoverage(font: Uint8Array): Set<number> {
  const cmap = findTable(font, 'cmap');
  const covered = new Set<number>();
  if (!cmap) return covered;
  const n = cmap.getUint16(2);
  for (let i = 0; i < n; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const off = cmap.getUint32(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = cmap.getUint16(off);
    if (format === 12) {
      const groups = cmap.getUint32(off + 12);
      for (let g = 0; g < groups; g++) {
        const start = cmap.getUint32(off + 16 + g * 12);
        const end = cmap.getUint32(off + 20 + g * 12);
        for (let c = start; c <= end; c++) covered.add(c);
      }
    } else if (format === 4) {
      const segX2 = cmap.getUint16(off + 6);
      for (let s = 0; s < segX2 / 2; s++) {
        const end = cmap.getUint16(off + 14 + s * 2);
        const start = cmap.getUint16(off + 16 + segX2 + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) covered.add(c);
      }
    }
  }
  return covered;
}

/** Parses a CSS `unicode-range` list (`U+4e00-9fff,U+3000`) into a membership test. */
export function parseUnicodeRange(range: string): (cp: number) => boolean {
  const spans: [number, number][] = [];
  for (const part of range.split(',')) {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) continue;
    if (m[1].includes('?')) spans.push([parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'f'), 16)]);
    else spans.push([parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)]);
  }
  return (cp) => spans.some(([a, b]) => cp >= a && cp <= b);
}

/** Bytes → base64, in chunks (a font is megabytes; one `String.fromCharCode(...all)` overflows). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
