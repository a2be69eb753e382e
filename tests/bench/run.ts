/**
 * `npm run bench`: builds the app and the bare React Flow baseline with the app's Vite config,
 * serves the production build on 127.0.0.1, measures both in headless Chromium (a fresh browser
 * per run, several runs per size, medians), runs `analyse` in Node, and prints the table with
 * ratios. Options: --sizes=100,1000,5000 --runs=3 --cycles-size=5000 --no-build --json=<file>.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DEBOUNCE_MS } from '../../src/db/persistence';
import { serialiseJourney } from '../../src/io/format';
import type { AnalyseResult, DigestResult } from './analyseBench';
import { APP_DIR, BASELINE_DIR, BASELINE_PATH, OUT, buildAll, bundleReport, gzipSize } from './build';
import { launch, runBaseline, runCycles, runTouchmap, type CanvasSize, type RunResult, type Scene } from './browser';
import { boundsOf, generateJourney, positionsOf } from './journeyGen';
import { report, type Results } from './report';
import { serve } from './server';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const SIZES = arg('sizes', '100,1000,5000').split(',').map(Number);
const RUNS = Number(arg('runs', '3'));
const CYCLES_SIZE = Number(arg('cycles-size', '5000'));
const BUILD = !process.argv.includes('--no-build');
const FIXTURES = join(OUT, 'fixtures');

function sceneFor(n: number, canvas: CanvasSize): Scene {
  const positions = positionsOf(n);
  const b = boundsOf(positions);
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  const { width: w, height: h } = canvas;
  const zoom = Math.min(w / b.width, h / b.height) * 0.95;
  const byDistance = [...positions]
    .map(([id, p]) => ({ id, d: Math.hypot(p.x + 100 - cx, p.y + 44 - cy) }))
    .sort((a, b2) => a.d - b2.d);
  return {
    work: { x: w / 2 - cx, y: h / 2 - cy, zoom: 1 },
    panStart: { x: 40 - b.x, y: h / 2 - cy, zoom: 1 },
    fit: { x: (w - b.width * zoom) / 2 - b.x * zoom, y: (h - b.height * zoom) / 2 - b.y * zoom, zoom },
    dragId: byDistance[0].id,
    group: byDistance.slice(0, 50).map((d) => d.id),
  };
}

/** `analyseMain.ts` in a fresh Node process (see there for why), with the collector exposed. */
function analyseInNode(): { analyse: AnalyseResult[]; digest: DigestResult } {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'analyseMain.ts');
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  return JSON.parse(out) as { analyse: AnalyseResult[]; digest: DigestResult };
}

async function main() {
  const started = Date.now();
  const log = (msg: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);
  if (BUILD) {
    log('building the app and the baseline page (production, the repo’s vite.config.ts)…');
    await buildAll();
  }
  const bundle = bundleReport(APP_DIR);
  mkdirSync(FIXTURES, { recursive: true });
  for (const n of SIZES) writeFileSync(join(FIXTURES, `journey-${n}.json`), serialiseJourney(generateJourney(n)));
  const server = await serve(APP_DIR, { '/bench/': BASELINE_DIR, '/__bench/': FIXTURES });
  log(`serving ${server.url}`);

  const results: Results = { sizes: {}, runs: RUNS, debounceMs: DEFAULT_DEBOUNCE_MS, bundle, editorJs: [], analyse: [], cycles: null };
  let canvas: CanvasSize | null = null;
  try {
    for (const n of SIZES) {
      const fixture = `/__bench/journey-${n}.json`;
      const tm: RunResult[] = [];
      const bl: RunResult[] = [];
      for (let r = 0; r < RUNS; r++) {
        // Alternate which page goes first, so neither always gets the quieter moment.
        const order = r % 2 === 0 ? ['touchmap', 'baseline'] : ['baseline', 'touchmap'];
        for (const which of order) {
          const browser = await launch();
          try {
            if (which === 'touchmap') {
              const out = await runTouchmap(browser, server.url, n, fixture, (c) => sceneFor(n, c));
              canvas ??= out.canvas;
              tm.push(out.result);
              if (!results.editorJs.length && out.result.editorJs) results.editorJs = out.result.editorJs.map((p) => gzipSize(join(APP_DIR, p)));
            } else {
              bl.push(await runBaseline(browser, `${server.url}${BASELINE_PATH}`, n, canvas!, sceneFor(n, canvas!)));
            }
          } finally {
            await browser.close();
          }
          log(`${n} touchpoints, run ${r + 1}/${RUNS}: ${which} done`);
        }
      }
      results.sizes[n] = { touchmap: tm, baseline: bl };
    }
    if (CYCLES_SIZE) {
      log(`10 open/close cycles at ${CYCLES_SIZE} touchpoints…`);
      if (!SIZES.includes(CYCLES_SIZE)) writeFileSync(join(FIXTURES, `journey-${CYCLES_SIZE}.json`), serialiseJourney(generateJourney(CYCLES_SIZE)));
      const browser = await launch();
      try {
        results.cycles = { n: CYCLES_SIZE, ...(await runCycles(browser, server.url, CYCLES_SIZE, `/__bench/journey-${CYCLES_SIZE}.json`)) };
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  log('analyse in Node (a fresh process): 1k / 10k / 50k touchpoints…');
  const node = analyseInNode();
  results.analyse = node.analyse;
  results.digest = node.digest;
  results.totalSeconds = (Date.now() - started) / 1000;
  const json = arg('json', join(OUT, 'results.json'));
  writeFileSync(json, JSON.stringify(results, null, 1));
  console.log(report(results));
  log(`done in ${results.totalSeconds.toFixed(0)} s (raw results: ${json})`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
