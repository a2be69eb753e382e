/**
 * Every message about a problem in a file, in Chinese and English: what the journey-file and
 * backup readers, the integrity checks and the JSON syntax check say (the schemas' own words
 * are `SCHEMA_MESSAGES` in `src/domain/schema.ts`). The path in front of a message
 * (`touchpoints[3].risk.likelihood`) names fields of the format and is never translated.
 *
 * The English is the wording quoted in docs/format.md and docs/cli.md; change both together.
 */
import type { Bilingual } from '../domain/schema';

const bi = (zh: string, en: string): Bilingual => ({ zh, en });
const q = (s: string) => JSON.stringify(s);
/** `实际为 9`, `实际为对象`: a space between Chinese and a value in Latin letters or digits only. */
const actually = (zh: string) => `实际为${/^[\x21-\x7e]/.test(zh) ? ' ' : ''}${zh}`;

/** `"a", "b" or "c"` / `"a"、"b" 或 "c"`. */
function choices(values: readonly unknown[]): Bilingual {
  const shown = values.map((v) => JSON.stringify(v) ?? String(v));
  if (shown.length <= 1) return bi(shown.join(''), shown.join(''));
  const head = shown.slice(0, -1);
  const last = shown[shown.length - 1];
  return bi(`${head.join('、')} 或 ${last}`, `${head.join(', ')} or ${last}`);
}

/** A short rendering of a received value for a message; long values are described, not shown. */
export function describeValue(v: unknown): Bilingual {
  if (v === undefined) return bi('空', 'nothing');
  if (v === null) return bi('null', 'null');
  if (Array.isArray(v)) return v.length ? bi(`含 ${v.length} 项的列表`, `a list of ${v.length}`) : bi('空列表', 'an empty list');
  if (typeof v === 'object') return bi('对象', 'an object');
  if (typeof v === 'number' || typeof v === 'boolean') return bi(String(v), String(v));
  if (typeof v === 'string') {
    if (v === '') return bi('空文本', 'an empty text');
    const shown = JSON.stringify(v);
    return shown.length <= 42 ? bi(shown, shown) : bi(`${v.length} 个字符的文本`, `a text of ${v.length} characters`);
  }
  return bi(typeof v, typeof v);
}

/** `<message>, got <value>` / `<message>，实际为 <value>`. */
export function withGot(message: Bilingual, value: unknown): Bilingual {
  const got = describeValue(value);
  return bi(`${message.zh}，${actually(got.zh)}`, `${message.en}, got ${got.en}`);
}

const TYPE_WORDS: Record<string, Bilingual> = {
  string: bi('文本', 'a text'),
  number: bi('数字', 'a number'),
  int: bi('整数', 'a whole number'),
  boolean: bi('true 或 false', 'true or false'),
  object: bi('对象', 'an object'),
  array: bi('列表', 'a list'),
  null: bi('null', 'null'),
};

export type ReferencedRecord = 'stage' | 'channel' | 'persona' | 'touchpoint';
const RECORD_WORDS: Record<ReferencedRecord, string> = { stage: '阶段', channel: '渠道', persona: '客户画像', touchpoint: '触点' };

const versionsRead = (max: number) => (max === 1 ? bi('版本 1', 'version 1') : bi(`版本 1 至 ${max}`, `versions 1 to ${max}`));

/**
 * The messages, one builder per problem. The keys are the problems' codes; a unit test renders
 * every one in both languages.
 */
export const FILE_MESSAGES = {
  // --- a field against its schema (zod issues without a message of the schema's own)
  required: () => bi('缺少必填字段', 'required field is missing'),
  expectedType: (type: string) => {
    const w = TYPE_WORDS[type] ?? bi(type, type);
    return bi(`应为${/^[A-Za-z0-9]/.test(w.zh) ? ' ' : ''}${w.zh}`, `expected ${w.en}`);
  },
  notEmpty: () => bi('不能为空', 'must not be empty'),
  minChars: (n: number) => bi(`应至少 ${n} 个字符`, `expected at least ${n} characters`),
  minItems: (n: number) => bi(`应至少 ${n} 项`, `expected at least ${n} item${n === 1 ? '' : 's'}`),
  minValue: (n: number, inclusive: boolean) => (inclusive ? bi(`应不小于 ${n}`, `expected ≥ ${n}`) : bi(`应大于 ${n}`, `expected > ${n}`)),
  maxChars: (n: number) => bi(`应不超过 ${n} 个字符`, `expected at most ${n} characters`),
  maxItems: (n: number) => bi(`应不超过 ${n} 项`, `expected at most ${n} items`),
  maxValue: (n: number, inclusive: boolean) => (inclusive ? bi(`应不大于 ${n}`, `expected ≤ ${n}`) : bi(`应小于 ${n}`, `expected < ${n}`)),
  oneOf: (values: readonly unknown[]) => {
    const c = choices(values);
    return bi(`应为 ${c.zh}`, `expected ${c.en}`);
  },
  format: (name: string) => bi(`格式应为 ${name}`, `expected ${name}`),
  unknownFields: (keys: readonly string[]) => bi(`未知字段 ${keys.join('、')}`, `unknown field${keys.length === 1 ? '' : 's'} ${keys.join(', ')}`),
  invalidValue: () => bi('值无效', 'invalid value'),

  // --- the list as a whole
  moreProblems: (n: number) => bi(`……另有 ${n} 处问题`, `…and ${n} more problem${n === 1 ? '' : 's'}`),

  // --- size, encoding, JSON syntax (src/io/text.ts)
  fileTooBig: (size: string | null, max: string) =>
    size === null
      ? bi(`文件超过 Touchmap 可接受的上限 ${max}，未读取`, `the file is over ${max}, larger than the ${max} Touchmap accepts; it was not read`)
      : bi(`文件大小为 ${size}，超过 Touchmap 可接受的上限 ${max}，未读取`, `the file is ${size}, larger than the ${max} Touchmap accepts; it was not read`),
  utf16: () => bi('文件为 UTF-16 编码，请另存为 UTF-8 后重新导入', 'the file is UTF-16 text; save it as UTF-8 and import it again'),
  notUtf8: () => bi('文件不是 UTF-8 文本，请确认它是 Touchmap 导出的 JSON 文件', 'the file is not UTF-8 text — is it a Touchmap JSON export?'),
  empty: () => bi('文件为空', 'the file is empty'),
  jsonAt: (line: number, column: number, reason: Bilingual) =>
    bi(`JSON 格式错误（第 ${line} 行第 ${column} 列）：${reason.zh}`, `not valid JSON at line ${line}, column ${column}: ${reason.en}`),
  jsonInvalid: (detail: Bilingual) => bi(`JSON 格式错误：${detail.zh}`, `not valid JSON: ${detail.en}`),
  jsonTooDeep: () => bi('嵌套层级过深', 'it is nested too deeply'),
  jsonTruncated: () => bi('文件提前结束，似乎不完整', 'the file ends too early — it looks truncated'),
  jsonControlChar: (ch: string) => bi(`文本值中有未转义的控制字符 ${ch}`, `a text value contains an unescaped control character ${ch}`),
  jsonBadUnicodeEscape: () => bi('文本值中的 \\u 转义无效', 'invalid \\u escape in a text value'),
  jsonBadEscape: (e: string) => bi(`文本值中的转义 \\${e} 无效`, `invalid escape \\${e} in a text value`),
  jsonUnclosedText: () => bi('从此处开始的文本值没有结束引号，文件似乎不完整', 'a text value starting here is never closed; the file looks truncated'),
  jsonBadNumber: () => bi('数字无效', 'invalid number'),
  jsonUnexpected: (ch: string) => bi(`此处应为一个值，实际为 ${ch}`, `unexpected ${ch} where a value should be`),
  jsonExpectedKey: (ch: string, trailingComma: boolean) =>
    bi(
      `此处应为带双引号的字段名，实际为 ${ch}${trailingComma ? '（JSON 不允许在 } 前加逗号）' : ''}`,
      `expected a field name in double quotes, found ${ch}${trailingComma ? ' (a comma before } is not allowed in JSON)' : ''}`,
    ),
  jsonExpectedColon: (ch: string) => bi(`字段名后应为 ':'，实际为 ${ch}`, `expected ':' after a field name, found ${ch}`),
  jsonExpectedCommaOr: (close: string, ch: string) => bi(`此处应为 ',' 或 '${close}'，实际为 ${ch}`, `expected ',' or '${close}', found ${ch}`),
  jsonAfterEnd: (ch: string) => bi(`数据结束后还有多余的 ${ch}`, `unexpected ${ch} after the end of the data`),
  readFailed: (detail: string) => bi(`无法读取文件（${detail}）`, `the file could not be read (${detail})`),

  // --- the envelope: format and version (src/io/format.ts)
  versionMissing: () => bi('缺少必填字段（格式版本，如 1）', 'required field is missing (the format version, e.g. 1)'),
  versionInvalid: (v: unknown) => withGot(bi('应为格式版本（从 1 起的整数）', 'expected a format version (a whole number from 1)'), v),
  versionNewer: (version: number, max: number) => {
    const reads = versionsRead(max);
    return bi(
      `文件使用格式版本 ${version}，由更新版本的 Touchmap 生成；本应用只能读取${reads.zh}，请升级 Touchmap 后再打开`,
      `the file uses format version ${version}, made by a newer Touchmap; this app reads ${reads.en} — update Touchmap to open it`,
    );
  },
  noUpgrade: (v: number) => bi(`无法从格式版本 ${v} 升级`, `no upgrade from format version ${v}`),
  notJourneyObject: (v: unknown) => withGot(bi('应为 Touchmap 旅程（JSON 对象）', 'expected a Touchmap journey (a JSON object)'), v),
  backupAsJourney: () =>
    bi('这是包含多个旅程的备份文件，请改用“从备份恢复”', 'this is a backup of several journeys; restore it with "Restore from backup" instead'),
  notJourneyFile: (expected: string, format: unknown) =>
    format === undefined
      ? bi(`不是 Touchmap 旅程文件：缺少该字段，应为 ${q(expected)}`, `not a Touchmap journey file: expected ${q(expected)}, it is missing`)
      : bi(`不是 Touchmap 旅程文件：应为 ${q(expected)}，${actually(describeValue(format).zh)}`, `not a Touchmap journey file: expected ${q(expected)}, got ${describeValue(format).en}`),
  ignoredField: (version: number) => bi(`不属于格式版本 ${version}，已忽略`, `not part of format version ${version}: ignored`),
  notBackupObject: (v: unknown) => withGot(bi('应为 Touchmap 备份（JSON 对象）', 'expected a Touchmap backup (a JSON object)'), v),
  journeyAsBackup: () => bi('这是单个旅程文件，不是备份；请作为旅程导入', 'this is a single journey, not a backup; import it as a journey instead'),
  notBackupFile: (expected: string, format: unknown) =>
    format === undefined
      ? bi(`不是 Touchmap 备份文件：缺少该字段，应为 ${q(expected)}`, `not a Touchmap backup file: expected ${q(expected)}, it is missing`)
      : bi(`不是 Touchmap 备份文件：应为 ${q(expected)}，${actually(describeValue(format).zh)}`, `not a Touchmap backup file: expected ${q(expected)}, got ${describeValue(format).en}`),
  backupNewer: (version: number, max: number) => {
    const reads = versionsRead(max);
    return bi(
      `备份使用版本 ${version}，由更新版本的 Touchmap 生成；本应用只能读取${reads.zh}，请升级 Touchmap 后再恢复`,
      `the backup uses version ${version}, made by a newer Touchmap; this app reads ${reads.en} — update Touchmap to restore it`,
    );
  },
  backupVersion: (expected: number, v: unknown) => withGot(bi(`应为备份版本 ${expected}`, `expected backup version ${expected}`), v),
  journeysNotList: (v: unknown) => withGot(bi('应为旅程列表', 'expected a list of journeys'), v),

  // --- ids and references (src/io/integrity.ts)
  duplicateId: (id: string, first: string) => bi(`ID ${q(id)} 重复（另见 ${first}）`, `duplicate id ${q(id)} (also ${first})`),
  idTaken: (id: string, first: string) => bi(`ID ${q(id)} 已被 ${first} 使用`, `id ${q(id)} is already used by ${first}`),
  noSuchRecord: (what: ReferencedRecord, id: string) => bi(`找不到 ID 为 ${q(id)} 的${RECORD_WORDS[what]}`, `no ${what} with id ${q(id)}`),
  unknownKind: (kind: string) => bi(`未知的触点类型 ${q(kind)}：不会对其要求任何控制措施`, `unknown touchpoint kind ${q(kind)}: no controls are required for it`),
  decisionId: (key: string, id: string) =>
    bi(
      `应为 ${q(key)}（touchpointId|rule|controlId），实际为 ${q(id)}；该决定仍按其各字段生效`,
      `expected ${q(key)} (touchpointId|rule|controlId), got ${q(id)}; the decision applies by its fields`,
    ),
  newerDocument: (version: number, known: number) =>
    bi(
      `该旅程由更新版本的 Touchmap 保存（文档版本 ${version}，本应用支持 ${known}）：无法识别的字段已略去`,
      `the journey was saved by a newer Touchmap (document version ${version}; this app knows ${known}): fields it does not know were left out`,
    ),
  forbiddenKey: (name: string) => bi(`不允许使用字段名 ${q(name)}`, `field name ${q(name)} is not allowed`),

  // --- storing what was read (src/app/reliability/backupService.ts)
  notStored: (detail: string) => bi(`未保存任何内容：数据库拒绝写入（${detail}）`, `nothing was stored: the database refused the write (${detail})`),
} satisfies Record<string, (...args: never[]) => Bilingual>;

export type FileMessageCode = keyof typeof FILE_MESSAGES;
