/**
 * Every file problem is worded in Chinese and English: each message code renders both, the
 * Chinese is Chinese, the schemas' own messages come through in both languages, and one issue
 * renders as one line (the path never translated).
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { SCHEMA_MESSAGES } from '../../../src/domain/schema';
import { parseJourneyFile, serialiseJourney } from '../../../src/io/format';
import { FILE_MESSAGES, type FileMessageCode } from '../../../src/io/issueMessages';
import { capIssues, fromZodIssues, issueLine, type FileIssue } from '../../../src/io/issues';
import { sampleJourney } from './sampleJourney';

type Case<K extends FileMessageCode> = { args: Parameters<(typeof FILE_MESSAGES)[K]>; zh: string; en: string };

/** One row per code (the type makes a new code without a row a compile error). */
const TABLE: { [K in FileMessageCode]: Case<K> } = {
  required: { args: [], zh: '缺少必填字段', en: 'required field is missing' },
  expectedType: { args: ['string'], zh: '应为文本', en: 'expected a text' },
  notEmpty: { args: [], zh: '不能为空', en: 'must not be empty' },
  minChars: { args: [3], zh: '应至少 3 个字符', en: 'expected at least 3 characters' },
  minItems: { args: [1], zh: '应至少 1 项', en: 'expected at least 1 item' },
  minValue: { args: [0, true], zh: '应不小于 0', en: 'expected ≥ 0' },
  maxChars: { args: [80], zh: '应不超过 80 个字符', en: 'expected at most 80 characters' },
  maxItems: { args: [5], zh: '应不超过 5 项', en: 'expected at most 5 items' },
  maxValue: { args: [25, true], zh: '应不大于 25', en: 'expected ≤ 25' },
  oneOf: { args: [['bank', 'insurance', 'both']], zh: '应为 "bank"、"insurance" 或 "both"', en: 'expected "bank", "insurance" or "both"' },
  format: { args: ['email'], zh: '格式应为 email', en: 'expected email' },
  unknownFields: { args: [['foo']], zh: '未知字段 foo', en: 'unknown field foo' },
  invalidValue: { args: [], zh: '值无效', en: 'invalid value' },
  moreProblems: { args: [12], zh: '……另有 12 处问题', en: '…and 12 more problems' },
  fileTooBig: {
    args: ['21.0 MB', '20.0 MB'],
    zh: '文件大小为 21.0 MB，超过 Touchmap 可接受的上限 20.0 MB，未读取',
    en: 'the file is 21.0 MB, larger than the 20.0 MB Touchmap accepts; it was not read',
  },
  utf16: { args: [], zh: '文件为 UTF-16 编码，请另存为 UTF-8 后重新导入', en: 'the file is UTF-16 text; save it as UTF-8 and import it again' },
  notUtf8: { args: [], zh: '文件不是 UTF-8 文本，请确认它是 Touchmap 导出的 JSON 文件', en: 'the file is not UTF-8 text — is it a Touchmap JSON export?' },
  empty: { args: [], zh: '文件为空', en: 'the file is empty' },
  jsonAt: {
    args: [14, 3, FILE_MESSAGES.jsonTruncated()],
    zh: 'JSON 格式错误（第 14 行第 3 列）：文件提前结束，似乎不完整',
    en: 'not valid JSON at line 14, column 3: the file ends too early — it looks truncated',
  },
  jsonInvalid: { args: [FILE_MESSAGES.jsonTooDeep()], zh: 'JSON 格式错误：嵌套层级过深', en: 'not valid JSON: it is nested too deeply' },
  jsonTooDeep: { args: [], zh: '嵌套层级过深', en: 'it is nested too deeply' },
  jsonTruncated: { args: [], zh: '文件提前结束，似乎不完整', en: 'the file ends too early — it looks truncated' },
  jsonControlChar: { args: ['U+000A'], zh: '文本值中有未转义的控制字符 U+000A', en: 'a text value contains an unescaped control character U+000A' },
  jsonBadUnicodeEscape: { args: [], zh: '文本值中的 \\u 转义无效', en: 'invalid \\u escape in a text value' },
  jsonBadEscape: { args: ['q'], zh: '文本值中的转义 \\q 无效', en: 'invalid escape \\q in a text value' },
  jsonUnclosedText: { args: [], zh: '从此处开始的文本值没有结束引号，文件似乎不完整', en: 'a text value starting here is never closed; the file looks truncated' },
  jsonBadNumber: { args: [], zh: '数字无效', en: 'invalid number' },
  jsonUnexpected: { args: ["']'"], zh: "此处应为一个值，实际为 ']'", en: "unexpected ']' where a value should be" },
  jsonExpectedKey: {
    args: ["'}'", true],
    zh: "此处应为带双引号的字段名，实际为 '}'（JSON 不允许在 } 前加逗号）",
    en: "expected a field name in double quotes, found '}' (a comma before } is not allowed in JSON)",
  },
  jsonExpectedColon: { args: ["'2'"], zh: "字段名后应为 ':'，实际为 '2'", en: "expected ':' after a field name, found '2'" },
  jsonExpectedCommaOr: { args: ['}', "'1'"], zh: "此处应为 ',' 或 '}'，实际为 '1'", en: "expected ',' or '}', found '1'" },
  jsonAfterEnd: { args: ["'x'"], zh: "数据结束后还有多余的 'x'", en: "unexpected 'x' after the end of the data" },
  readFailed: { args: ['boom'], zh: '无法读取文件（boom）', en: 'the file could not be read (boom)' },
  versionMissing: { args: [], zh: '缺少必填字段（格式版本，如 1）', en: 'required field is missing (the format version, e.g. 1)' },
  versionInvalid: { args: ['1'], zh: '应为格式版本（从 1 起的整数），实际为 "1"', en: 'expected a format version (a whole number from 1), got "1"' },
  versionNewer: {
    args: [2, 1],
    zh: '文件使用格式版本 2，由更新版本的 Touchmap 生成；本应用只能读取版本 1，请升级 Touchmap 后再打开',
    en: 'the file uses format version 2, made by a newer Touchmap; this app reads version 1 — update Touchmap to open it',
  },
  noUpgrade: { args: [1], zh: '无法从格式版本 1 升级', en: 'no upgrade from format version 1' },
  notJourneyObject: { args: [[1, 2]], zh: '应为 Touchmap 旅程（JSON 对象），实际为含 2 项的列表', en: 'expected a Touchmap journey (a JSON object), got a list of 2' },
  backupAsJourney: {
    args: [],
    zh: '这是包含多个旅程的备份文件，请改用“从备份恢复”',
    en: 'this is a backup of several journeys; restore it with "Restore from backup" instead',
  },
  notJourneyFile: { args: ['touchmap', 'excalidraw'], zh: '不是 Touchmap 旅程文件：应为 "touchmap"，实际为 "excalidraw"', en: 'not a Touchmap journey file: expected "touchmap", got "excalidraw"' },
  ignoredField: { args: [1], zh: '不属于格式版本 1，已忽略', en: 'not part of format version 1: ignored' },
  notBackupObject: { args: [7], zh: '应为 Touchmap 备份（JSON 对象），实际为 7', en: 'expected a Touchmap backup (a JSON object), got 7' },
  journeyAsBackup: { args: [], zh: '这是单个旅程文件，不是备份；请作为旅程导入', en: 'this is a single journey, not a backup; import it as a journey instead' },
  notBackupFile: {
    args: ['touchmap-backup', undefined],
    zh: '不是 Touchmap 备份文件：缺少该字段，应为 "touchmap-backup"',
    en: 'not a Touchmap backup file: expected "touchmap-backup", it is missing',
  },
  backupNewer: {
    args: [7, 1],
    zh: '备份使用版本 7，由更新版本的 Touchmap 生成；本应用只能读取版本 1，请升级 Touchmap 后再恢复',
    en: 'the backup uses version 7, made by a newer Touchmap; this app reads version 1 — update Touchmap to restore it',
  },
  backupVersion: { args: [1, 'x'], zh: '应为备份版本 1，实际为 "x"', en: 'expected backup version 1, got "x"' },
  journeysNotList: { args: ['x'], zh: '应为旅程列表，实际为 "x"', en: 'expected a list of journeys, got "x"' },
  duplicateId: { args: ['t1', 'touchpoints[0]'], zh: 'ID "t1" 重复（另见 touchpoints[0]）', en: 'duplicate id "t1" (also touchpoints[0])' },
  idTaken: { args: ['s1', 'stages[0]'], zh: 'ID "s1" 已被 stages[0] 使用', en: 'id "s1" is already used by stages[0]' },
  noSuchRecord: { args: ['touchpoint', 't99'], zh: '找不到 ID 为 "t99" 的触点', en: 'no touchpoint with id "t99"' },
  unknownKind: { args: ['space-travel'], zh: '未知的触点类型 "space-travel"：不会对其要求任何控制措施', en: 'unknown touchpoint kind "space-travel": no controls are required for it' },
  decisionId: {
    args: ['t1|no-owner|', 'd1'],
    zh: '应为 "t1|no-owner|"（touchpointId|rule|controlId），实际为 "d1"；该决定仍按其各字段生效',
    en: 'expected "t1|no-owner|" (touchpointId|rule|controlId), got "d1"; the decision applies by its fields',
  },
  newerDocument: {
    args: [3, 1],
    zh: '该旅程由更新版本的 Touchmap 保存（文档版本 3，本应用支持 1）：无法识别的字段已略去',
    en: 'the journey was saved by a newer Touchmap (document version 3; this app knows 1): fields it does not know were left out',
  },
  forbiddenKey: { args: ['__proto__'], zh: '不允许使用字段名 "__proto__"', en: 'field name "__proto__" is not allowed' },
  notStored: {
    args: ['QuotaExceededError: full'],
    zh: '未保存任何内容：数据库拒绝写入（QuotaExceededError: full）',
    en: 'nothing was stored: the database refused the write (QuotaExceededError: full)',
  },
};

/**
 * Latin words a Chinese message may keep: names of the format and of encodings, and what the
 * arguments bring in (paths, field names, values, the engine's own error text).
 */
const KEPT = /"[^"]*"|'[^']*'|\[[^\]]*\]|\b(?:JSON|Touchmap|UTF-8|UTF-16|YYYY-MM|YYYY-Qn|ID|MB|KB|null|true|false|email|foo|boom|QuotaExceededError|full|touchpointId\|rule\|controlId|U\+000A|\\u|\\q|touchpoints|stages)\b/g;

const render = <K extends FileMessageCode>(code: K) => (FILE_MESSAGES[code] as (...a: Case<K>['args']) => { zh: string; en: string })(...TABLE[code].args);

describe('file messages, code by code', () => {
  it.each(Object.keys(TABLE) as FileMessageCode[])('%s is worded in Chinese and English', (code) => {
    const m = render(code);
    expect(m).toEqual({ zh: TABLE[code].zh, en: TABLE[code].en });
    // The Chinese is Chinese: characters of it, and no English wording left over.
    expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(m.zh.replace(KEPT, ''), m.zh).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('words every type, bound and received value in both languages', () => {
    expect(FILE_MESSAGES.expectedType('boolean')).toEqual({ zh: '应为 true 或 false', en: 'expected true or false' });
    expect(FILE_MESSAGES.expectedType('array')).toEqual({ zh: '应为列表', en: 'expected a list' });
    expect(FILE_MESSAGES.expectedType('int')).toEqual({ zh: '应为整数', en: 'expected a whole number' });
    expect(FILE_MESSAGES.minValue(1, false)).toEqual({ zh: '应大于 1', en: 'expected > 1' });
    expect(FILE_MESSAGES.maxValue(1, false)).toEqual({ zh: '应小于 1', en: 'expected < 1' });
    expect(FILE_MESSAGES.unknownFields(['a', 'b'])).toEqual({ zh: '未知字段 a、b', en: 'unknown fields a, b' });
    expect(FILE_MESSAGES.moreProblems(1)).toEqual({ zh: '……另有 1 处问题', en: '…and 1 more problem' });
    expect(FILE_MESSAGES.noSuchRecord('stage', 's9').zh).toBe('找不到 ID 为 "s9" 的阶段');
    expect(FILE_MESSAGES.noSuchRecord('channel', 'c9').zh).toBe('找不到 ID 为 "c9" 的渠道');
    expect(FILE_MESSAGES.noSuchRecord('persona', 'p9').zh).toBe('找不到 ID 为 "p9" 的客户画像');
    expect(FILE_MESSAGES.fileTooBig(null, '20.0 MB').zh).toBe('文件超过 Touchmap 可接受的上限 20.0 MB，未读取');
    expect(FILE_MESSAGES.versionNewer(9, 3).zh).toBe('文件使用格式版本 9，由更新版本的 Touchmap 生成；本应用只能读取版本 1 至 3，请升级 Touchmap 后再打开');
    expect(FILE_MESSAGES.notJourneyFile('touchmap', undefined).zh).toBe('不是 Touchmap 旅程文件：缺少该字段，应为 "touchmap"');
    const got = (v: unknown) => FILE_MESSAGES.journeysNotList(v).zh;
    expect(got({})).toBe('应为旅程列表，实际为对象');
    expect(got([])).toBe('应为旅程列表，实际为空列表');
    expect(got('')).toBe('应为旅程列表，实际为空文本');
    expect(got('x'.repeat(60))).toBe('应为旅程列表，实际为 60 个字符的文本');
    expect(got(false)).toBe('应为旅程列表，实际为 false');
  });
});

describe('the schemas’ own messages', () => {
  it('come through a parse in both languages', () => {
    // One file problem per message; `finiteNumber` cannot come from JSON (zod's number refuses
    // Infinity first), so it is checked as the issue zod would make.
    const text = serialiseJourney(sampleJourney());
    const mutate = (fn: (raw: Record<string, any>) => void) => { // eslint-disable-line @typescript-eslint/no-explicit-any
      const raw = JSON.parse(text);
      fn(raw);
      return JSON.stringify(raw);
    };
    const reached: [keyof typeof SCHEMA_MESSAGES, string, FileIssue][] = [];
    const expectIssue = (key: keyof typeof SCHEMA_MESSAGES, input: string, path: string) => {
      const r = parseJourneyFile(input);
      const issue = r.ok ? undefined : r.errors.find((e) => e.path === path);
      expect(issue, `${key} at ${path}: ${JSON.stringify(r)}`).toBeDefined();
      reached.push([key, path, issue!]);
    };
    expectIssue('riskBandsRise', mutate((r) => (r.journey.settings.riskBands = { low: 9, medium: 4, high: 14 })), 'journey.settings.riskBands');
    expectIssue('period', mutate((r) => (r.touchpoints[0].complaints[0].period = '2026-Q5')), 'touchpoints[0].complaints[0].period');
    expectIssue('wholeNumber', mutate((r) => (r.touchpoints[0].complaints[0].count = 1.5)), 'touchpoints[0].complaints[0].count');
    expectIssue('countNotNegative', mutate((r) => (r.touchpoints[0].complaints[0].count = -3)), 'touchpoints[0].complaints[0].count');
    expectIssue('oneToFive', mutate((r) => (r.touchpoints[3].risk.impact = 6)), 'touchpoints[3].risk.impact');
    expectIssue('emotion', mutate((r) => (r.touchpoints[0].emotion = -3)), 'touchpoints[0].emotion');
    expectIssue('controlNeedsRight', mutate((r) => (r.controls[0].rights = [])), 'controls[0].rights');
    const [finite] = fromZodIssues([{ code: 'custom', message: SCHEMA_MESSAGES.finiteNumber.en, path: ['offset', 'x'], input: Infinity } as z.core.$ZodIssue], 'touchpoints[0]');
    reached.push(['finiteNumber', 'touchpoints[0].offset.x', finite]);

    expect(new Set(reached.map(([key]) => key))).toEqual(new Set(Object.keys(SCHEMA_MESSAGES)));
    for (const [key, path, issue] of reached) {
      expect(issue.path).toBe(path);
      expect(issue.message.en.startsWith(SCHEMA_MESSAGES[key].en), issue.message.en).toBe(true);
      expect(issue.message.zh.startsWith(SCHEMA_MESSAGES[key].zh), issue.message.zh).toBe(true);
      expect(issue.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(reached.find(([key]) => key === 'period')![2].message).toEqual({
      zh: '期间应为 YYYY-MM 或 YYYY-Qn，实际为 "2026-Q5"',
      en: 'expected a period YYYY-MM or YYYY-Qn, got "2026-Q5"',
    });
    expect(reached.find(([key]) => key === 'finiteNumber')![2].message).toEqual({ zh: '应为有限数值，实际为 Infinity', en: 'expected a finite number, got Infinity' });
  });

  it('are all in SCHEMA_MESSAGES: schema.ts words no problem inline', () => {
    const source = readFileSync(new URL('../../../src/domain/schema.ts', import.meta.url), 'utf8');
    const table = source.slice(source.indexOf('export const SCHEMA_MESSAGES'), source.indexOf('} as const satisfies'));
    const code = source
      .replace(table, '')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
      .join('\n');
    const literals = code.match(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g) ?? [];
    expect(literals.length).toBeGreaterThan(10);
    // A message is text with a space in it; enum values, ids and module names have none.
    expect(literals.filter((l) => l.includes(' '))).toEqual([]);
  });
});

describe('rendering issues', () => {
  const issue: FileIssue = { path: 'touchpoints[3].risk.likelihood', message: { zh: '应为 1–5 的整数，实际为 9', en: 'expected 1–5, got 9' } };
  it('gives one line per issue in the chosen language; the path stays as the format names it', () => {
    expect(issueLine(issue, 'en')).toBe('touchpoints[3].risk.likelihood: expected 1–5, got 9');
    expect(issueLine(issue, 'zh')).toBe('touchpoints[3].risk.likelihood：应为 1–5 的整数，实际为 9');
    expect(issueLine({ path: '', message: FILE_MESSAGES.empty() }, 'zh')).toBe('文件为空');
  });
  it('caps a long list with one line in both languages', () => {
    const capped = capIssues(Array.from({ length: 62 }, () => issue), 50);
    expect(capped).toHaveLength(51);
    expect(capped[50]).toEqual({ path: '', message: { zh: '……另有 12 处问题', en: '…and 12 more problems' }, more: true });
    expect(issueLine(capped[50], 'zh')).toBe('……另有 12 处问题');
  });
});
