import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyData } from '../../../src/domain/schema';
import {
  MAX_JOURNEY_FILE_BYTES,
  parseBackupFile,
  parseJourneyFile,
  serialiseBackup,
  serialiseJourney,
  toEnvelope,
  upgradeEnvelope,
  type ParseResult,
} from '../../../src/io/format';
import { journeyDataArb } from '../../helpers/arbitraries';
import { sampleJourney } from './sampleJourney';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sampleText = () => serialiseJourney(sampleJourney());
const sampleRaw = (): Json => JSON.parse(sampleText());
const mutate = (fn: (raw: Json) => void): string => {
  const raw = sampleRaw();
  fn(raw);
  return JSON.stringify(raw);
};

function errorsOf(r: ParseResult<unknown>) {
  if (r.ok) throw new Error(`expected errors, got a valid journey (warnings: ${JSON.stringify(r.warnings)})`);
  return r.errors;
}

describe('export', () => {
  it('writes a pretty, canonical envelope in the documented order', () => {
    const text = sampleText();
    const raw = JSON.parse(text);
    expect(Object.keys(raw)).toEqual(['format', 'version', 'journey', 'stages', 'channels', 'personas', 'touchpoints', 'connections', 'notes', 'controls', 'gapDecisions']);
    expect(raw.format).toBe('touchmap');
    expect(raw.version).toBe(1);
    expect(Object.keys(raw.touchpoints[0]).slice(0, 3)).toEqual(['id', 'title', 'description']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "journey": {\n    "id": "j_sample",');
  });

  it('does not depend on record order, key order or extra fields in memory', () => {
    const a = sampleJourney();
    const b = sampleJourney();
    b.touchpoints.reverse();
    b.stages.reverse();
    b.touchpoints[0] = Object.fromEntries(Object.entries(b.touchpoints[0]).reverse()) as typeof b.touchpoints[0];
    (b.touchpoints[1] as unknown as Json).stray = 'not in the schema';
    b.touchpoints[2].controls = Object.fromEntries(Object.entries(b.touchpoints[2].controls).reverse());
    expect(serialiseJourney(b)).toBe(serialiseJourney(a));
  });

  it('round-trips the sample byte for byte', () => {
    const text = sampleText();
    const r = parseJourneyFile(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(serialiseJourney(r.data)).toBe(text);
      expect(r.warnings).toEqual([]);
    }
  });

  it('export → import → export is identical for any journey (property)', () => {
    fc.assert(
      fc.property(journeyDataArb(), (data) => {
        const first = serialiseJourney(data);
        const r = parseJourneyFile(first);
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        expect(serialiseJourney(r.data)).toBe(first);
        // and through bytes, as a file on disk
        const viaBytes = parseJourneyFile(new TextEncoder().encode(first));
        expect(viaBytes.ok && serialiseJourney(viaBytes.data)).toBe(first);
      }),
      { numRuns: 150 },
    );
  });

  it('differs only in the journey id when the importer gives the journey a new id', () => {
    const text = sampleText();
    const r = parseJourneyFile(text);
    if (!r.ok) throw new Error('sample must parse');
    const again = serialiseJourney({ ...r.data, meta: { ...r.data.meta, id: 'j_new' } });
    expect(again.replace('"id": "j_new"', '"id": "j_sample"')).toBe(text);
  });
});

describe('import accepts', () => {
  it('a UTF-8 BOM, as text or bytes', () => {
    const text = sampleText();
    expect(parseJourneyFile(`\uFEFF${text}`).ok).toBe(true);
    const bytes = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const r = parseJourneyFile(withBom);
    expect(r.ok && serialiseJourney(r.data)).toBe(text);
  });

  it('a hand-written file that leaves out empty tables', () => {
    const raw = sampleRaw();
    const minimal = { format: 'touchmap', version: 1, journey: raw.journey };
    const r = parseJourneyFile(JSON.stringify(minimal));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.touchpoints).toEqual([]);
  });

  it('unknown top-level fields, unknown kinds and stale decision ids, with warnings', () => {
    const r = parseJourneyFile(
      mutate((raw) => {
        raw.futureThing = { a: 1 };
        raw.touchpoints[0].kind = 'space-travel';
        raw.touchpoints[1].kind = 'instalment-desk'; // named by a custom control: known
        raw.controls[0].kinds.push('instalment-desk');
        raw.gapDecisions.push({ id: 'd1', touchpointId: 't1', rule: 'no-owner', controlId: null, accepted: true, reason: '', owner: '', dueDate: '', ticket: '', decidedAt: '' });
      }),
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings).toEqual([
        {
          path: 'touchpoints[0].kind',
          message: { en: 'unknown touchpoint kind "space-travel": no controls are required for it', zh: '未知的触点类型 "space-travel"：不会对其要求任何控制措施' },
        },
        {
          path: 'gapDecisions[0].id',
          message: {
            en: 'expected "t1|no-owner|" (touchpointId|rule|controlId), got "d1"; the decision applies by its fields',
            zh: '应为 "t1|no-owner|"（touchpointId|rule|controlId），实际为 "d1"；该决定仍按其各字段生效',
          },
        },
        { path: 'futureThing', message: { en: 'not part of format version 1: ignored', zh: '不属于格式版本 1，已忽略' } },
      ]);
    }
  });
});

describe('import refuses bad files, saying where and why', () => {
  const cases: { name: string; input: () => string | Uint8Array; path: string; en: RegExp | string; zh: RegExp | string }[] = [
    { name: 'empty file', input: () => '', path: '', en: 'the file is empty', zh: '文件为空' },
    { name: 'blank file', input: () => '  \n\t ', path: '', en: 'the file is empty', zh: '文件为空' },
    { name: 'BOM only', input: () => new Uint8Array([0xef, 0xbb, 0xbf]), path: '', en: 'the file is empty', zh: '文件为空' },
    {
      name: 'truncated JSON',
      input: () => sampleText().slice(0, 500),
      path: '',
      en: /^not valid JSON at line \d+, column \d+: .*truncated/,
      zh: /^JSON 格式错误（第 \d+ 行第 \d+ 列）：.*不完整$/,
    },
    {
      name: 'trailing comma (hand-edited)',
      input: () => '{\n  "format": "touchmap",\n  "version": 1,\n}',
      path: '',
      en: "not valid JSON at line 4, column 1: expected a field name in double quotes, found '}' (a comma before } is not allowed in JSON)",
      zh: "JSON 格式错误（第 4 行第 1 列）：此处应为带双引号的字段名，实际为 '}'（JSON 不允许在 } 前加逗号）",
    },
    { name: 'JSON that is not an object', input: () => '[1, 2]', path: '', en: 'expected a Touchmap journey (a JSON object), got a list of 2', zh: '应为 Touchmap 旅程（JSON 对象），实际为含 2 项的列表' },
    {
      name: 'wrong format',
      input: () => mutate((r) => (r.format = 'excalidraw')),
      path: 'format',
      en: 'not a Touchmap journey file: expected "touchmap", got "excalidraw"',
      zh: '不是 Touchmap 旅程文件：应为 "touchmap"，实际为 "excalidraw"',
    },
    { name: 'missing format', input: () => mutate((r) => delete r.format), path: 'format', en: /expected "touchmap", it is missing/, zh: '不是 Touchmap 旅程文件：缺少该字段，应为 "touchmap"' },
    { name: 'a backup given as a journey', input: () => serialiseBackup([sampleJourney()]), path: 'format', en: /backup of several journeys/, zh: '这是包含多个旅程的备份文件，请改用“从备份恢复”' },
    { name: 'newer version', input: () => mutate((r) => (r.version = 2)), path: 'version', en: /format version 2, made by a newer Touchmap; this app reads version 1/, zh: '文件使用格式版本 2，由更新版本的 Touchmap 生成；本应用只能读取版本 1，请升级 Touchmap 后再打开' },
    { name: 'version as text', input: () => mutate((r) => (r.version = '1')), path: 'version', en: 'expected a format version (a whole number from 1), got "1"', zh: '应为格式版本（从 1 起的整数），实际为 "1"' },
    { name: 'missing version', input: () => mutate((r) => delete r.version), path: 'version', en: /required field is missing/, zh: '缺少必填字段（格式版本，如 1）' },
    { name: 'missing id', input: () => mutate((r) => delete r.touchpoints[2].id), path: 'touchpoints[2].id', en: 'required field is missing', zh: '缺少必填字段' },
    { name: 'empty id', input: () => mutate((r) => (r.stages[1].id = '')), path: 'stages[1].id', en: 'must not be empty, got an empty text', zh: '不能为空，实际为空文本' },
    { name: 'missing journey', input: () => mutate((r) => delete r.journey), path: 'journey', en: 'required field is missing', zh: '缺少必填字段' },
    {
      name: 'duplicate id in a table',
      input: () => mutate((r) => (r.touchpoints[1].id = 't1')),
      path: 'touchpoints[1].id',
      en: 'duplicate id "t1" (also touchpoints[0])',
      zh: 'ID "t1" 重复（另见 touchpoints[0]）',
    },
    {
      name: 'duplicate id across tables',
      input: () => mutate((r) => (r.notes[0].id = 's1')),
      path: 'notes[0].id',
      en: 'id "s1" is already used by stages[0]',
      zh: 'ID "s1" 已被 stages[0] 使用',
    },
    {
      name: 'dangling connection',
      input: () => mutate((r) => (r.connections[0].target = 't99')),
      path: 'connections[0].target',
      en: 'no touchpoint with id "t99"',
      zh: '找不到 ID 为 "t99" 的触点',
    },
    { name: 'dangling stage', input: () => mutate((r) => (r.touchpoints[0].stageId = 's9')), path: 'touchpoints[0].stageId', en: 'no stage with id "s9"', zh: '找不到 ID 为 "s9" 的阶段' },
    { name: 'dangling channel', input: () => mutate((r) => (r.touchpoints[0].channelId = 'c9')), path: 'touchpoints[0].channelId', en: 'no channel with id "c9"', zh: '找不到 ID 为 "c9" 的渠道' },
    { name: 'dangling persona', input: () => mutate((r) => r.touchpoints[1].personaIds.push('p9')), path: 'touchpoints[1].personaIds[0]', en: 'no persona with id "p9"', zh: '找不到 ID 为 "p9" 的客户画像' },
    {
      name: 'dangling gap decision',
      input: () => mutate((r) => r.gapDecisions.push({ id: 'tx|no-owner|', touchpointId: 'tx', rule: 'no-owner', controlId: null, accepted: true, reason: '', owner: '', dueDate: '', ticket: '', decidedAt: '' })),
      path: 'gapDecisions[0].touchpointId',
      en: 'no touchpoint with id "tx"',
      zh: '找不到 ID 为 "tx" 的触点',
    },
    { name: 'likelihood out of range', input: () => mutate((r) => (r.touchpoints[3].risk.likelihood = 9)), path: 'touchpoints[3].risk.likelihood', en: 'expected 1–5, got 9', zh: '应为 1–5 的整数，实际为 9' },
    { name: 'impact not whole', input: () => mutate((r) => (r.touchpoints[3].risk.impact = 2.5)), path: 'touchpoints[3].risk.impact', en: /got 2.5$/, zh: '应为整数，实际为 2.5' },
    { name: 'emotion out of range', input: () => mutate((r) => (r.touchpoints[0].emotion = 3)), path: 'touchpoints[0].emotion', en: 'expected −2…+2, got 3', zh: '应为 −2 至 +2 的整数，实际为 3' },
    { name: 'negative complaint count', input: () => mutate((r) => (r.touchpoints[0].complaints[1].count = -1)), path: 'touchpoints[0].complaints[1].count', en: 'expected a count ≥ 0, got -1', zh: '投诉数量不能为负数，实际为 -1' },
    { name: 'bad period', input: () => mutate((r) => (r.touchpoints[0].complaints[0].period = '2026-13')), path: 'touchpoints[0].complaints[0].period', en: 'expected a period YYYY-MM or YYYY-Qn, got "2026-13"', zh: '期间应为 YYYY-MM 或 YYYY-Qn，实际为 "2026-13"' },
    { name: 'wrong type (number for text)', input: () => mutate((r) => (r.touchpoints[0].title = 42)), path: 'touchpoints[0].title', en: 'expected a text, got 42', zh: '应为文本，实际为 42' },
    { name: 'wrong type (object for list)', input: () => mutate((r) => (r.touchpoints = {})), path: 'touchpoints', en: 'expected a list, got an object', zh: '应为列表，实际为对象' },
    { name: 'wrong type (null offset)', input: () => mutate((r) => (r.touchpoints[0].offset = null)), path: 'touchpoints[0].offset', en: 'expected an object, got null', zh: '应为对象，实际为 null' },
    { name: 'unknown enum value', input: () => mutate((r) => (r.journey.sector = 'bnk')), path: 'journey.sector', en: 'expected "bank", "insurance" or "both", got "bnk"', zh: '应为 "bank"、"insurance" 或 "both"，实际为 "bnk"' },
    { name: 'control status unknown', input: () => mutate((r) => (r.touchpoints[1].controls['key-info-disclosure'].status = 'done')), path: 'touchpoints[1].controls.key-info-disclosure.status', en: /^expected "in-place", "partial", "missing" or "not-applicable", got "done"$/, zh: '应为 "in-place"、"partial"、"missing" 或 "not-applicable"，实际为 "done"' },
    { name: 'risk bands not rising', input: () => mutate((r) => (r.journey.settings.riskBands = { low: 9, medium: 4, high: 14 })), path: 'journey.settings.riskBands', en: 'risk bands must rise: low < medium < high < 25', zh: '风险等级区间须递增：低 < 中 < 高 < 25' },
    { name: 'prototype key', input: () => sampleText().replace('"controls": {', '"controls": {"__proto__": {"status": "missing"},'), path: 'touchpoints[0].controls.__proto__', en: 'field name "__proto__" is not allowed', zh: '不允许使用字段名 "__proto__"' },
    { name: 'not UTF-8', input: () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x80]), path: '', en: /not UTF-8/, zh: '文件不是 UTF-8 文本，请确认它是 Touchmap 导出的 JSON 文件' },
    { name: 'UTF-16 file', input: () => new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), path: '', en: /UTF-16/, zh: '文件为 UTF-16 编码，请另存为 UTF-8 后重新导入' },
  ];

  const matches = (text: string, want: RegExp | string) => (typeof want === 'string' ? text === want : want.test(text));

  it.each(cases)('$name', ({ input, path, en, zh }) => {
    const errors = errorsOf(parseJourneyFile(input()));
    // One issue, at its path, worded in both languages; the path itself is never translated.
    const hit = errors.find((e) => e.path === path && matches(e.message.en, en));
    expect(hit, `errors were ${JSON.stringify(errors, null, 1)}`).toBeDefined();
    if (typeof zh === 'string') expect(hit!.message.zh).toBe(zh);
    else expect(hit!.message.zh).toMatch(zh);
  });

  it('names every problem in one go, and caps a long list', () => {
    const errors = errorsOf(
      parseJourneyFile(
        mutate((r) => {
          for (const t of r.touchpoints) t.title = 1;
          r.journey.sector = 'x';
        }),
      ),
    );
    expect(errors.map((e) => e.path)).toEqual(['journey.sector', ...Array.from({ length: 7 }, (_, i) => `touchpoints[${i}].title`)]);
    // 200 stages with 3 problems each (id, name, order): 600, of which 50 are listed
    const many = errorsOf(parseJourneyFile(mutate((r) => (r.stages = Array.from({ length: 200 }, () => ({ id: 1 }))))));
    expect(many).toHaveLength(51);
    expect(many[50]).toEqual({ path: '', message: { en: '…and 550 more problems', zh: '……另有 550 处问题' }, more: true });
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const big = new Uint8Array(MAX_JOURNEY_FILE_BYTES + 1).fill(0x20);
    const t0 = performance.now();
    const errors = errorsOf(parseJourneyFile(big));
    expect(performance.now() - t0).toBeLessThan(200);
    expect(errors).toEqual([
      { path: '', message: { en: 'the file is 20.0 MB, larger than the 20.0 MB Touchmap accepts; it was not read', zh: '文件大小为 20.0 MB，超过 Touchmap 可接受的上限 20.0 MB，未读取' } },
    ]);
    // text measured in UTF-8 bytes: 8 M Chinese characters are 24 MB
    const cjk = '{"x":"' + '旅'.repeat(8 * 1024 * 1024) + '"}';
    expect(errorsOf(parseJourneyFile(cjk))[0].message).toEqual({
      en: 'the file is over 20.0 MB, larger than the 20.0 MB Touchmap accepts; it was not read',
      zh: '文件超过 Touchmap 可接受的上限 20.0 MB，未读取',
    });
    expect(errorsOf(parseJourneyFile(sampleText(), { maxBytes: 1000 }))[0].message.en).toMatch(/larger than the 1 KB/);
  });
});

describe('upgradeEnvelope', () => {
  it('passes version 1 through and refuses versions it does not know', () => {
    const raw = sampleRaw();
    const r = upgradeEnvelope(raw);
    expect(r.ok && r.fromVersion).toBe(1);
    expect(upgradeEnvelope({ ...raw, version: 0 }).ok).toBe(false);
    expect(upgradeEnvelope({ ...raw, version: 3 }).ok).toBe(false);
  });
});

describe('backups', () => {
  const journeys = (): JourneyData[] => {
    const a = sampleJourney();
    const b = sampleJourney();
    b.meta = { ...b.meta, id: 'j_other', name: 'Second' };
    return [a, b];
  };

  it('round-trip many journeys in order', () => {
    const text = serialiseBackup(journeys());
    const raw = JSON.parse(text);
    expect(raw.format).toBe('touchmap-backup');
    expect(raw.version).toBe(1);
    expect(raw.journeys[0]).toEqual(toEnvelope(sampleJourney()));
    const r = parseBackupFile(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.data.map((j) => j.meta.name)).toEqual(['信用卡分期办理旅程', 'Second']);
      expect(serialiseBackup(r.data)).toBe(text);
    }
    expect(parseBackupFile(serialiseBackup([])).ok).toBe(true);
  });

  it('name the journey in every error, and restore nothing when one is bad', () => {
    const raw = JSON.parse(serialiseBackup(journeys()));
    raw.journeys[1].touchpoints[0].risk.likelihood = 0;
    raw.journeys[1].connections[0].label = null;
    const errors = errorsOf(parseBackupFile(JSON.stringify(raw)));
    expect(errors).toEqual([
      { path: 'journeys[1].touchpoints[0].risk.likelihood', message: { en: 'expected 1–5, got 0', zh: '应为 1–5 的整数，实际为 0' } },
      { path: 'journeys[1].connections[0].label', message: { en: 'expected a text, got null', zh: '应为文本，实际为 null' } },
    ]);
  });

  it('refuse a single journey, a wrong version and a journey of a newer format', () => {
    expect(errorsOf(parseBackupFile(sampleText()))[0]).toEqual({
      path: 'format',
      message: { en: 'this is a single journey, not a backup; import it as a journey instead', zh: '这是单个旅程文件，不是备份；请作为旅程导入' },
    });
    const raw = JSON.parse(serialiseBackup(journeys()));
    expect(errorsOf(parseBackupFile(JSON.stringify({ ...raw, version: 7 })))[0].message).toEqual({
      en: 'the backup uses version 7, made by a newer Touchmap; this app reads version 1 — update Touchmap to restore it',
      zh: '备份使用版本 7，由更新版本的 Touchmap 生成；本应用只能读取版本 1，请升级 Touchmap 后再恢复',
    });
    expect(errorsOf(parseBackupFile(JSON.stringify({ ...raw, version: 'x' })))[0].message).toEqual({ en: 'expected backup version 1, got "x"', zh: '应为备份版本 1，实际为 "x"' });
    expect(errorsOf(parseBackupFile(JSON.stringify({ ...raw, format: 'zip' })))[0].message).toEqual({
      en: 'not a Touchmap backup file: expected "touchmap-backup", got "zip"',
      zh: '不是 Touchmap 备份文件：应为 "touchmap-backup"，实际为 "zip"',
    });
    expect(errorsOf(parseBackupFile('7'))[0].message).toEqual({ en: 'expected a Touchmap backup (a JSON object), got 7', zh: '应为 Touchmap 备份（JSON 对象），实际为 7' });
    raw.journeys[0].version = 5;
    expect(errorsOf(parseBackupFile(JSON.stringify(raw)))[0]).toMatchObject({ path: 'journeys[0].version' });
    raw.journeys = 'x';
    expect(errorsOf(parseBackupFile(JSON.stringify(raw)))[0]).toEqual({ path: 'journeys', message: { en: 'expected a list of journeys, got "x"', zh: '应为旅程列表，实际为 "x"' } });
  });
});
