/** `touchmap register`: the app's register code as CSV on standard output. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../../src/domain/catalogue';
import { analyse } from '../../../src/domain/gaps';
import { run, type CliIo } from '../../../src/cli/run';
import { toCsv } from '../../../src/io/csv';
import { serialiseJourney } from '../../../src/io/format';
import { registerRows, touchpointRegister } from '../../../src/io/registers';
import { sampleJourney } from '../io/sampleJourney';

const NOW = new Date(2026, 10, 29, 10, 0);

async function cli(argv: string[], env: Record<string, string> = { LANG: 'en_US.UTF-8' }) {
  const files: Record<string, string> = { 'j.json': serialiseJourney(sampleJourney()), 'bad.json': '{"format":"touchmap"}' };
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: async (p) => {
      if (!(p in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(files[p]);
    },
    fileSize: async (p) => {
      if (!(p in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return files[p].length;
    },
    env,
    now: () => NOW,
  };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('touchmap register', () => {
  it('writes the touchpoint register as CSV with a BOM, the same bytes as the app', async () => {
    const r = await cli(['register', 'j.json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout).toBe(toCsv(registerRows(touchpointRegister(sampleJourney(), { lang: 'en', date: NOW }))));
    const rows = parse(r.stdout);
    expect(rows[0].slice(0, 3)).toEqual(['Touchpoint ID', 'Touchpoint', 'Stage']);
    expect(rows).toHaveLength(1 + sampleJourney().touchpoints.length);
    expect(rows[1].at(-2)).toBe(CATALOGUE_VERSION);
    expect(rows[1].at(-1)).toBe('2026-11-29');
  });

  it('writes one row per gap with --per gap, in Chinese with --lang zh', async () => {
    const r = await cli(['register', 'j.json', '--per', 'gap', '--lang', 'zh']);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout);
    expect(rows[0][0]).toBe('严重度');
    expect(rows).toHaveLength(1 + analyse(sampleJourney()).gaps.length);
  });

  it('leaves out owners and complaint figures, and the BOM with --no-bom', async () => {
    const r = await cli(['register', 'j.json', '--hide-owners', '--hide-complaints', '--no-bom']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('Touchpoint ID,')).toBe(true);
    expect(r.stdout).not.toContain('营销部 张三');
    expect(r.stdout).not.toContain('Complaints total');
  });

  it('exits 2 with a message on a bad file or a bad option', async () => {
    const bad = await cli(['register', 'bad.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^touchmap register: bad\.json is not a valid Touchmap journey file/);
    const opt = await cli(['register', 'j.json', '--per', 'stage']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toMatch(/--per must be one of touchpoint, gap/);
    expect((await cli(['register'])).stderr).toMatch(/which journey file\?/);
  });
});
