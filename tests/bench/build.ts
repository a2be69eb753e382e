/**
 * Builds the app exactly as production does (the repo's vite.config.ts), and the bare React Flow
 * baseline page with the same config into its own folder; reports the app's initial JS.
 */
import { join, resolve } from 'node:path';
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

export { bundleReport, chunkName, gzipSize, type ChunkSize } from './bundle';
