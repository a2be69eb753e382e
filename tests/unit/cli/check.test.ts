/**
 * The `touchmap` command in-process through `run(argv, io)`: known gaps, exit codes 0/1/2, clear
 * messages without stack traces, language from the environment.
 */
import { describe, expect, it } from 'vitest';
import { version } from '../../../package.json';
import { CATALOGUE_VERSION } from '../../../src/domain/catalogue';
import { DEFAULT_SETTINGS, type GapDecision, type JourneyData, type Touchpoint } from '../../../src/domain/schema';
import { run, type CliIo } from '../../../src/cli/run';
import { serialiseJourney } from '../../../src/io/format';
import { sampleJourney } from '../io/sampleJourney';

const NOW = new Date('2026-11-29T10:00:00.000Z');

const tp = (fields: Partial<Touchpoint> & Pick<Touchpoint, 'id'>): Touchpoint => ({
  title: fields.id,
  description: '',
  kind: null,
  stageId: 's1',
  channelId: 'c1',
  offset: { x: 20, y: 20 },
  owner: '',
  complaints: [],
  risk: null,
  rights: [],
  controls: {},
  emotion: null,
  painPoints: '',
  tags: [],
  personaIds: [],
  ...fields,
});

/**
 * Three touchpoints whose gaps are known from the rules:
 * - `a` surrender/closure, low risk (2×2): key-info-disclosure missing → high − 1 = medium;
 *   surrender-exit-disclosure in place → no gap.
 * - `b` cooling-off in a bank journey: its controls are insurance-only → nothing required, no gap.
 * - `c` no kind, no risk → incomplete-kind (low) and incomplete-risk (low).
 */
function knownJourney(riskOfA = { likelihood: 2, impact: 2 }, decisions: GapDecision[] = []): JourneyData {
  return {
    meta: { id: 'j_known', name: '退保旅程', description: '', sector: 'bank', settings: structuredClone(DEFAULT_SETTINGS), schemaVersion: 1, createdAt: '' },
    stages: [{ id: 's1', name: '售后', order: 'a0' }],
    channels: [{ id: 'c1', name: '网点', order: 'a0' }],
    personas: [],
    touchpoints: [
      tp({
        id: 'a',
        title: '销户办理',
        kind: 'surrender-closure',
        owner: '运营部',
        risk: { ...riskOfA, rationale: '' },
        controls: { 'surrender-exit-disclosure': { status: 'in-place' } },
      }),
      tp({ id: 'b', title: '犹豫期', kind: 'cooling-off', owner: '运营部', risk: { likelihood: 1, impact: 1, rationale: '' }, offset: { x: 240, y: 20 } }),
      tp({ id: 'c', title: '咨询', offset: { x: 20, y: 130 } }),
    ],
    connections: [],
    notes: [],
    customControls: [],
    gapDecisions: decisions,
  };
}

function fakeIo(files: Record<string, string | Uint8Array>, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: async (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    fileSize: async (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, stat '${p}'`), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f).byteLength : f.byteLength;
    },
    env,
    now: () => NOW,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

async function cli(argv: string[], files: Record<string, string | Uint8Array>, env: Record<string, string> = {}) {
  const f = fakeIo(files, env);
  const code = await run(argv, f.io);
  return { code, stdout: f.out(), stderr: f.err() };
}

const known = () => ({ 'j.json': serialiseJourney(knownJourney()) });

describe('touchmap check', () => {
  it('finds exactly the known gaps (JSON)', async () => {
    const r = await cli(['check', 'j.json', '--format', 'json'], known());
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      tool: 'touchmap',
      appVersion: version,
      catalogueVersion: CATALOGUE_VERSION,
      date: '2026-11-29T10:00:00.000Z',
      lang: 'en',
      journey: { id: 'j_known', name: '退保旅程', sector: 'bank' },
      failOn: 'high',
      failed: false,
      summary: { open: { critical: 0, high: 0, medium: 1, low: 2 }, openTotal: 3, accepted: 0 },
    });
    const gaps = report.gaps.map((g: Record<string, unknown>) => [g.touchpointId, g.rule, g.controlId, g.severity, g.open]);
    expect(gaps).toEqual([
      ['a', 'missing-control', 'key-info-disclosure', 'medium', true],
      ['c', 'incomplete-kind', null, 'low', true],
      ['c', 'incomplete-risk', null, 'low', true],
    ]);
    expect(report.gaps[0]).toMatchObject({ touchpoint: '销户办理', stage: '售后', channel: '网点', ruleLabel: 'Missing control', control: 'Plain-language key-facts disclosure' });
    expect(report.gaps[0].messages.zh).toBeTruthy();
    expect(r.code).toBe(0);
  });

  it('prints the same gaps as a table', async () => {
    const r = await cli(['check', 'j.json', '--lang', 'en'], known());
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('退保旅程 — 3 open gaps (critical 0 · high 0 · medium 1 · low 2), 0 accepted · control coverage 50%');
    const rows = lines.filter((l) => /^(critical|high|medium|low)\s/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^medium\s+销户办理\s+售后 \/ 网点\s+Missing control\s+Plain-language key-facts disc…\s+open\s+Required control “Plain-language key-facts disclosure”/);
    expect(rows[1]).toMatch(/^low\s+咨询\s+售后 \/ 网点\s+Kind not set\s+—\s+open/);
    expect(rows[2]).toMatch(/^low\s+咨询\s+.*Risk not assessed/);
    expect(lines.at(-2)).toBe(`catalogue ${CATALOGUE_VERSION} · Touchmap ${version} · 2026-11-29 · fail-on high: 0 open gaps at or above it`);
  });

  it('exits 1 when an open gap reaches --fail-on, else 0', async () => {
    const code = async (argv: string[], files = known()) => (await cli(argv, files)).code;
    expect(await code(['check', 'j.json'])).toBe(0); // worst is medium, default fail-on high
    expect(await code(['check', 'j.json', '--fail-on', 'medium'])).toBe(1);
    expect(await code(['check', 'j.json', '--fail-on=low'])).toBe(1);
    expect(await code(['check', 'j.json', '--fail-on', 'critical'])).toBe(0);
    // critical risk on `a` raises its missing control two levels: high + 2 → critical
    const critical = { 'j.json': serialiseJourney(knownJourney({ likelihood: 4, impact: 4 })) };
    expect(await code(['check', 'j.json'], critical)).toBe(1);
    expect(await code(['check', 'j.json', '--fail-on', 'critical'], critical)).toBe(1);
  });

  it('does not count accepted gaps', async () => {
    const decision: GapDecision = {
      id: 'a|missing-control|key-info-disclosure',
      touchpointId: 'a',
      rule: 'missing-control',
      controlId: 'key-info-disclosure',
      accepted: true,
      reason: '总行统一披露',
      owner: '',
      dueDate: '',
      ticket: '',
      decidedAt: '',
    };
    const files = { 'j.json': serialiseJourney(knownJourney(undefined, [decision])) };
    const r = await cli(['check', 'j.json', '--fail-on', 'medium', '--format', 'json'], files);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.accepted).toBe(1);
    expect(report.gaps.find((g: { rule: string }) => g.rule === 'missing-control')).toMatchObject({ open: false, decision: { reason: '总行统一披露' } });
  });

  it('exits 2 on an invalid file, naming the field and why, without a stack trace', async () => {
    const raw = JSON.parse(serialiseJourney(knownJourney()));
    raw.touchpoints[0].risk.likelihood = 9;
    raw.touchpoints[2].stageId = 'nowhere';
    const r = await cli(['check', 'bad.json'], { 'bad.json': JSON.stringify(raw) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('touchmap check: bad.json is not a valid Touchmap journey file:\n  touchpoints[0].risk.likelihood: expected 1–5, got 9\n');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('words file problems in the --lang language (or the environment’s), keeping the paths', async () => {
    const raw = JSON.parse(serialiseJourney(knownJourney()));
    raw.touchpoints[0].risk.likelihood = 9;
    raw.touchpoints[1].complaints = [{ period: '2026-13', count: 2 }];
    const files = { 'bad.json': JSON.stringify(raw) };
    const zh = await cli(['check', 'bad.json', '--lang', 'zh'], files);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      'touchmap check: bad.json 不是有效的 Touchmap 旅程文件：\n' +
        '  touchpoints[0].risk.likelihood：应为 1–5 的整数，实际为 9\n' +
        '  touchpoints[1].complaints[0].period：期间应为 YYYY-MM 或 YYYY-Qn，实际为 "2026-13"\n',
    );
    // The default follows the environment: a Chinese locale gives the same Chinese lines.
    expect((await cli(['check', 'bad.json'], files, { LANG: 'zh_CN.UTF-8' })).stderr).toBe(zh.stderr);
    const en = await cli(['check', 'bad.json', '--lang', 'en'], files, { LANG: 'zh_CN.UTF-8' });
    expect(en.stderr).toBe(
      'touchmap check: bad.json is not a valid Touchmap journey file:\n' +
        '  touchpoints[0].risk.likelihood: expected 1–5, got 9\n' +
        '  touchpoints[1].complaints[0].period: expected a period YYYY-MM or YYYY-Qn, got "2026-13"\n',
    );

    const cases: [Record<string, string | Uint8Array>, string][] = [
      [{}, 'touchmap check: 无法读取 j.json：文件不存在\n'],
      [{ 'j.json': '' }, 'touchmap check: j.json 不是有效的 Touchmap 旅程文件：\n  文件为空\n'],
      [{ 'j.json': '{"format":"touchmap","version":9}' }, 'touchmap check: j.json 不是有效的 Touchmap 旅程文件：\n  version：文件使用格式版本 9，由更新版本的 Touchmap 生成；本应用只能读取版本 1，请升级 Touchmap 后再打开\n'],
      [{ 'j.json': new Uint8Array(21 * 1024 * 1024) }, 'touchmap check: j.json：文件大小为 21.0 MB，超过 Touchmap 可读取的上限 20 MB\n'],
    ];
    for (const [input, message] of cases) {
      const r = await cli(['check', 'j.json', '--lang', 'zh'], input);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(message);
    }
  });

  it('reports warnings in the --lang language', async () => {
    const raw = JSON.parse(serialiseJourney(knownJourney()));
    raw.extra = true;
    const r = await cli(['check', 'j.json', '--lang', 'zh'], { 'j.json': JSON.stringify(raw) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('touchmap check: 提示：extra：不属于格式版本 1，已忽略\n');
  });

  it('exits 2 on unreadable, truncated, empty, foreign and huge files', async () => {
    const cases: [Record<string, string | Uint8Array>, RegExp][] = [
      [{}, /^touchmap check: cannot read j\.json: no such file\n$/],
      [{ 'j.json': serialiseJourney(knownJourney()).slice(0, 200) }, /not valid JSON at line \d+, column \d+: .*truncated/],
      [{ 'j.json': '' }, /the file is empty/],
      [{ 'j.json': '{"type":"excalidraw"}' }, /format: not a Touchmap journey file/],
      [{ 'j.json': '{"format":"touchmap","version":9}' }, /version: the file uses format version 9, made by a newer Touchmap/],
      [{ 'j.json': new Uint8Array(21 * 1024 * 1024) }, /j\.json: the file is 21\.0 MB, larger than the 20 MB Touchmap reads/],
    ];
    for (const [files, message] of cases) {
      const r = await cli(['check', 'j.json'], files);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('takes its language from --lang, else LC_ALL / LC_MESSAGES / LANG, else English', async () => {
    const first = async (argv: string[], env: Record<string, string>) => (await cli(argv, known(), env)).stdout.split('\n')[0];
    expect(await first(['check', 'j.json'], { LANG: 'zh_CN.UTF-8' })).toBe('退保旅程 — 未决缺口 3（严重 0 · 高 0 · 中 1 · 低 2），已接受 0 · 控制覆盖率 50%');
    expect(await first(['check', 'j.json'], { LANG: 'en_US.UTF-8' })).toMatch(/open gaps/);
    expect(await first(['check', 'j.json'], {})).toMatch(/open gaps/);
    expect(await first(['check', 'j.json'], { LANG: 'C', LC_ALL: 'zh_TW.UTF-8' })).toMatch(/未决缺口/);
    expect(await first(['check', 'j.json', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).toMatch(/open gaps/);
  });

  it('reports warnings on stderr and still checks', async () => {
    const raw = JSON.parse(serialiseJourney(knownJourney()));
    raw.extra = true;
    const r = await cli(['check', 'j.json'], { 'j.json': JSON.stringify(raw) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('touchmap check: warning: extra: not part of format version 1: ignored\n');
  });
});

describe('touchmap export', () => {
  it('writes the map as SVG to stdout', async () => {
    const r = await cli(['export', 's.json', '--format', 'svg', '--overlay', 'risk', '--lang', 'zh'], { 's.json': serialiseJourney(sampleJourney()) });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(r.stdout).toContain('信用卡分期办理旅程');
    expect(r.stdout).toContain('固有风险等级');
    expect(r.stdout).toContain('导出于 2026-11-29');
    expect(r.stdout).toContain('&lt;script&gt;');
  });

  it('honours the sharing options', async () => {
    const r = await cli(['export', 's.json', '--hide-owners', '--hide-complaints', '--no-title'], { 's.json': serialiseJourney(sampleJourney()) });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('营销部 张三');
    expect(r.stdout).toContain('complaint figures left out');
  });

  it('refuses other formats and bad overlays with exit 2', async () => {
    const files = { 's.json': serialiseJourney(sampleJourney()) };
    const png = await cli(['export', 's.json', '--format', 'png'], files);
    expect(png.code).toBe(2);
    expect(png.stderr).toMatch(/writes SVG only/);
    const overlay = await cli(['export', 's.json', '--overlay', 'heat'], files);
    expect(overlay.code).toBe(2);
    expect(overlay.stderr).toMatch(/--overlay must be one of none, risk, complaints, gaps, not "heat"/);
  });
});

describe('usage', () => {
  it('answers help, version and mistakes with the right exit codes', async () => {
    expect((await cli(['--help'], {})).code).toBe(0);
    expect((await cli(['check', '--help'], {})).stdout).toMatch(/^Usage:/);
    expect(await cli(['--version'], {})).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(await cli([], {})).toMatchObject({ code: 2 });
    expect((await cli(['frobnicate'], {})).stderr).toMatch(/^touchmap: unknown command "frobnicate"/);
    expect((await cli(['check'], {})).stderr).toMatch(/which journey file\?/);
    expect((await cli(['check', 'a.json', 'b.json'], {})).code).toBe(2);
    expect((await cli(['check', 'a.json', '--fail-on', 'severe'], {})).stderr).toMatch(/--fail-on must be one of critical, high, medium, low, not "severe"/);
    expect((await cli(['check', 'a.json', '--fail-on'], {})).stderr).toMatch(/--fail-on needs a value/);
    expect((await cli(['check', 'a.json', '--colour'], {})).stderr).toMatch(/unknown option --colour/);
  });
});
