/**
 * The app's JavaScript as a browser gets it: what loads before the first render, and the lazy
 * chunks, with gzip sizes. Used by the benchmark's report and by the bundle-budget test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export function gzipSize(file: string): ChunkSize {
  const buf = readFileSync(file);
  return { file: basename(file), bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/**
 * What the app loads before its first render — index.html's module script and modulepreloads,
 * plus the strings of the default language (zh-CN), which the entry loads before rendering —
 * and every other JS chunk.
 */
export function bundleReport(dir: string): { initial: ChunkSize[]; lazy: ChunkSize[] } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) refs.add(m[1]);
  const strings = readdirSync(join(dir, 'assets')).filter((f) => /^zh-CN-[\w-]{8}\.js$/.test(f));
  if (strings.length !== 1) throw new Error(`expected one zh-CN strings chunk in ${dir}/assets, found ${strings.length}`);
  refs.add(`/assets/${strings[0]}`);
  const initial = [...refs].map((r) => gzipSize(join(dir, r.replace(/^\//, ''))));
  const names = new Set(initial.map((c) => c.file));
  const lazy = readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js') && !names.has(f))
    .map((f) => gzipSize(join(dir, 'assets', f)))
    .sort((a, b) => b.gzip - a.gzip);
  return { initial, lazy };
}

/** A chunk's name without its content hash. */
export function chunkName(file: string): string {
  return file.replace(/-[\w-]{8}\.js$/, '');
}
