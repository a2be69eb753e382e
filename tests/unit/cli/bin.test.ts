/**
 * The built command as users run it: bundled by vite.cli.config.ts into one file that needs
 * nothing from node_modules, started as an executable with its `#!/usr/bin/env node` line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/domain/gaps';
import { serialiseJourney } from '../../../src/io/format';
import { sampleJourney } from '../io/sampleJourney';

// The same analysis the command runs, so this test follows the gap rules wherever they go.
const openGaps = analyse(sampleJourney()).gaps.filter((g) => g.open).length;
let dir: string;
let bin: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'touchmap-cli-'));
  // Build the current sources with the project's CLI config, into a scratch directory.
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cli.config.ts', '--outDir', join(dir, 'dist')], {
    stdio: 'pipe',
  });
  bin = join(dir, 'dist', 'touchmap.mjs');
  chmodSync(bin, 0o755);
  writeFileSync(join(dir, 'sample.json'), serialiseJourney(sampleJourney()));
  // Only an unclassified, unassessed touchpoint: low gaps, none at the default fail-on (high).
  const calm = sampleJourney();
  calm.touchpoints = calm.touchpoints.filter((t) => t.id === 't6');
  calm.connections = [];
  writeFileSync(join(dir, 'calm.json'), serialiseJourney(calm));
  writeFileSync(join(dir, 'broken.json'), '{"format": "touchmap", "version": 1, "journey": {');
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const runBin = (...args: string[]) =>
  spawnSync(bin, args, { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' } });

describe('dist-cli/touchmap.mjs', () => {
  it('is one self-contained ES module with a node shebang', () => {
    const code = readFileSync(bin, 'utf8');
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const spec of imports) expect(spec, 'only Node built-ins may stay external').toMatch(/^node:/);
  });

  it('exits 1 on a journey with high gaps, 0 on one without, 2 on a broken file', () => {
    const gaps = runBin('check', 'sample.json');
    expect(gaps.status).toBe(1);
    expect(gaps.stdout).toContain(`信用卡分期办理旅程 — ${openGaps} open gaps`);
    const calm = runBin('check', 'calm.json');
    expect(calm.stderr).toBe('');
    expect(calm.stdout).toMatch(/Kind not set/);
    expect(calm.status).toBe(0);
    const broken = runBin('check', 'broken.json');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toBe(
      'touchmap check: broken.json is not a valid Touchmap journey file:\n  not valid JSON at line 1, column 50: the file ends too early — it looks truncated\n',
    );
    expect(runBin('check', 'missing.json').status).toBe(2);
  });

  it('prints JSON and SVG', () => {
    const json = runBin('check', 'sample.json', '--format', 'json', '--fail-on', 'critical');
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).summary.openTotal).toBe(openGaps);
    const svg = runBin('export', 'sample.json', '--format', 'svg', '--overlay', 'gaps');
    expect(svg.status).toBe(0);
    expect(svg.stdout).toMatch(/^<svg [^>]*font-family='"PingFang SC"/);
    expect(svg.stdout.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('prints a register as CSV', () => {
    const csv = runBin('register', 'sample.json', '--per', 'gap');
    expect(csv.status).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFSeverity,Status,Touchpoint ID,')).toBe(true);
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(1 + analyse(sampleJourney()).gaps.length);
  });
});
