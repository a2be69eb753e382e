/**
 * Builds the app exactly as production does (the repo's vite.config.ts), and the bare React Flow
 * baseline page with the same config into its own folder; reports the app's initial JS.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'node_modules/.cache/touchmap-bench');
export const APP_DIR = join(OUT, 'app');
export const BASELINE_DIR = join(OUT, 'baseline');
export const BASELINE_BASE = '/bench/';
export const BASELINE_PATH = `${BASELINE_BASE}tests/bench/baseline.html`;

export async function buildAll(): Promise<void> {
  const configFile = join(ROOT, 'vite.config.ts');
  await build({ root: ROOT, configFile, logLevel: 'warn', build: { outDir: APP_DIR, emptyOutDir: true } });
  await build({
    root: ROOT,
    configFile,
    logLevel: 'warn',
    base: BASELINE_BASE,
    build: { outDir: BASELINE_DIR, emptyOutDir: true, rolldownOptions: { input: join(ROOT, 'tests/bench/baseline.html') } },
  });
}

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
export function bundleReport(dir = APP_DIR): { initial: ChunkSize[]; lazy: ChunkSize[] } {
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
