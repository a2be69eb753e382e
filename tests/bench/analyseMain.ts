/**
 * The Node half of `npm run bench` on its own: `analyse` over 1k / 10k / 50k touchpoints and the
 * digest cost, printed as JSON on stdout. `run.ts` starts it as a fresh Node process after the
 * browser runs, so that the analysis is timed on a heap of its own — not on the bench driver's,
 * which holds the browser results, fixtures and Playwright's connection after seven minutes of
 * browser runs — and so that it starts with `--expose-gc` whatever started the driver.
 */
import { benchAnalyse, benchDigest } from './analyseBench';

const analyse = benchAnalyse();
const digest = benchDigest();
process.stdout.write(JSON.stringify({ analyse, digest }));
