import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { bundleReport } from '../bench/bundle';

// The production build these tests run against (playwright.config.ts builds it first). Not a
// timing: sizes are exact, so this guards the performance target that a new import would
// silently break (docs/performance.md, "Initial JS").
const DIST = join(import.meta.dirname, '../../dist');
const KiB = 1024;

test('the JavaScript loaded before the first render stays under 250 KiB gzip', () => {
  const { initial, lazy } = bundleReport(DIST);
  const total = initial.reduce((s, c) => s + c.gzip, 0);
  const list = initial.map((c) => `${c.file} ${(c.gzip / KiB).toFixed(1)}`).join(', ');
  expect(total, `initial JS ${(total / KiB).toFixed(1)} KiB gzip: ${list}`).toBeLessThan(250 * KiB);
  // What must stay lazy: exports (xlsx, PDF), the live-session transport, the validators.
  const initialNames = initial.map((c) => c.file).join(' ');
  for (const name of ['xlsx', 'pdf', 'liveController', 'format', 'exporters']) expect(initialNames).not.toContain(name);
  expect(lazy.some((c) => c.file.startsWith('xlsx'))).toBe(true);
});
