/**
 * Complaint figures from a complaint system into the open journey: a CSV (UTF-8 with or without
 * BOM, GB18030, UTF-16 — detected or chosen) or an .xlsx sheet, with columns for touchpoint (id
 * or title), period, count and optionally category. Everything here is pure: decode, parse, map
 * the headers, match rows to touchpoints, and compute the touchpoint updates. Nothing changes
 * until the app applies `updates` as one undoable change.
 *
 * Applying *replaces* the count of every touchpoint × period × category the file contains (rows
 * repeating one key are added up first), so importing the same file twice changes nothing.
 */
import Papa from 'papaparse';
import { COMPLAINT_CATEGORIES, findCategory } from '../domain/catalogue';
import { comparePeriods, parseCount, parsePeriodInput } from '../domain/complaints';
import type { Bilingual, ComplaintEntry, JourneyData } from '../domain/schema';
import type { CellValue } from './csv';
import { MB } from './text';

export const MAX_COMPLAINT_FILE_BYTES = 20 * MB;

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export type EncodingChoice = TextEncodingName | 'auto';

export const IMPORT_FIELDS = ['touchpoint', 'period', 'count', 'category'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly ImportField[] = ['touchpoint', 'period', 'count'];

/** Column index of each field in the table; null when not mapped. */
export type ColumnMapping = Record<ImportField, number | null>;

export interface ComplaintTable {
  /** Header cells (the first non-empty row). */
  headers: string[];
  /** Data rows with their row number in the file (the header is row `headerRow`). */
  rows: { row: number; cells: CellValue[] }[];
  headerRow: number;
}

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; message: Bilingual };

const bi = (zh: string, en: string): Bilingual => ({ zh, en });

// ---------------------------------------------------------------------------------------------
// Decoding and parsing

/** UTF-16 by its BOM; UTF-8 when the bytes are valid UTF-8 (BOM or not); otherwise GB18030. */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // Chinese complaint systems and Excel's "CSV" on a Chinese Windows write GB18030 (GBK).
    return 'gb18030';
  }
}

export function decodeComplaintCsv(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodeResult {
  if (bytes.byteLength > MAX_COMPLAINT_FILE_BYTES) {
    return { ok: false, message: bi('文件超过 20 MB，未读取', `The file is ${(bytes.byteLength / MB).toFixed(1)} MB, larger than the 20 MB Touchmap reads; it was not read`) };
  }
  const encoding = choice === 'auto' ? detectEncoding(bytes) : choice;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: bi(`文件不是有效的 ${encoding.toUpperCase()} 文本，请选择其他编码`, `The file is not valid ${encoding.toUpperCase()} text; choose another encoding`) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text, encoding };
}

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Rows as they come (CSV text or a sheet) → header plus numbered data rows; blank rows dropped. */
export function toComplaintTable(rows: readonly (readonly CellValue[])[]): ComplaintTable | null {
  const headerIndex = rows.findIndex((r) => r.some((c) => !isBlank(c)));
  if (headerIndex < 0) return null;
  const headers = rows[headerIndex].map((c) => (c === null ? '' : String(c).trim()));
  const out: ComplaintTable['rows'] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    if (rows[i].every(isBlank)) continue;
    out.push({ row: i + 1, cells: [...rows[i]] });
  }
  return { headers, rows: out, headerRow: headerIndex + 1 };
}

/** CSV text → rows (delimiter detected: comma, semicolon, tab). Row numbers are record numbers. */
export function parseCsvRows(text: string): CellValue[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] });
  const rows = result.data.map((r) => r.map((c) => c));
  // papaparse reports a trailing newline as one empty record.
  while (rows.length && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Header mapping

const SYNONYMS: Record<ImportField, string[]> = {
  touchpoint: ['touchpoint', 'touchpointid', 'touchpointtitle', 'touchpointname', 'tp', 'title', 'name', '触点', '触点id', '触点名称', '触点编号', '触点标题', '名称', '环节', '服务环节'],
  period: ['period', 'month', 'quarter', 'date', 'yearmonth', '期间', '统计期间', '月份', '月度', '季度', '时间', '年月', '日期', '统计月份'],
  count: ['count', 'complaints', 'complaintcount', 'volume', 'number', 'total', 'qty', '投诉量', '投诉数', '投诉数量', '投诉件数', '件数', '数量', '笔数', '投诉笔数', '合计'],
  category: ['category', 'type', 'reason', 'complainttype', 'complaintcategory', '类别', '投诉类别', '分类', '投诉分类', '投诉原因', '原因', '类型', '投诉类型'],
};

const normHeader = (h: string) => h.normalize('NFKC').toLowerCase().replace(/[\s_\-./()（）:：#]/g, '');

/** Recognises headers in English and Chinese (触点/期间/投诉量/类别 …); unknown ones stay unmapped. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const norm = headers.map(normHeader);
  const mapping: ColumnMapping = { touchpoint: null, period: null, count: null, category: null };
  const taken = new Set<number>();
  // Exact names first, then headers that contain a name ("本月投诉量").
  for (const pass of ['exact', 'contains'] as const) {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field] !== null) continue;
      const i = norm.findIndex((h, idx) => !taken.has(idx) && h !== '' && SYNONYMS[field].some((s) => (pass === 'exact' ? h === s : s.length > 1 && h.includes(s))));
      if (i >= 0) {
        mapping[field] = i;
        taken.add(i);
      }
    }
  }
  return mapping;
}

export function missingFields(mapping: ColumnMapping): ImportField[] {
  return REQUIRED_FIELDS.filter((f) => mapping[f] === null);
}

// ---------------------------------------------------------------------------------------------
// Matching and merging

export interface MatchedRow {
  row: number;
  touchpointId: string;
  period: string;
  count: number;
  category?: string;
}

export interface UnmatchedRow {
  row: number;
  /** What the file named the touchpoint. */
  value: string;
  reason: 'no-match' | 'ambiguous';
  /** Ids of the touchpoints an ambiguous title matches. */
  candidates: string[];
}

export interface RowError {
  row: number;
  field: ImportField | null;
  value: string;
  message: Bilingual;
}

export interface TouchpointUpdate {
  id: string;
  complaints: ComplaintEntry[];
  /** Entries (period × category) this import sets that differ from what is stored. */
  changed: number;
}

export interface ImportPreview {
  matched: MatchedRow[];
  unmatched: UnmatchedRow[];
  errors: RowError[];
  /** Only touchpoints whose complaints actually change: empty when the file was applied before. */
  updates: TouchpointUpdate[];
  /** Distinct touchpoint × period × category keys in the file (after adding up repeats). */
  entries: number;
}

const normTitle = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

const cellText = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

function readPeriod(v: CellValue | undefined): { ok: true; value: string } | { ok: false; message: Bilingual } {
  const text = cellText(v);
  // A date (from a spreadsheet date cell, or typed): its month.
  const date = /^(\d{4})[-/.](\d{1,2})[-/.]\d{1,2}(?:[ T].*)?$/.exec(text);
  if (date) return parsePeriodInput(`${date[1]}-${date[2]}`);
  // 202503 (as text or a number) → 2025-03.
  const compact = /^(\d{4})(\d{2})$/.exec(text);
  if (compact) return parsePeriodInput(`${compact[1]}-${compact[2]}`);
  return parsePeriodInput(text);
}

function readCount(v: CellValue | undefined): { ok: true; value: number } | { ok: false; message: Bilingual } {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { ok: false, message: bi('数量应为数字', 'A count is a number') };
    if (v < 0) return { ok: false, message: bi('数量不能为负数', 'A count cannot be negative') };
    if (!Number.isInteger(v)) return { ok: false, message: bi('数量应为整数', 'A count is a whole number') };
    if (!Number.isSafeInteger(v)) return { ok: false, message: bi('数量过大', 'The count is too large') };
    return { ok: true, value: v };
  }
  return parseCount(cellText(v));
}

const CATEGORY_BY_NAME = new Map<string, string>();
for (const c of COMPLAINT_CATEGORIES) {
  for (const name of [c.id, c.name.zh, c.name.en]) CATEGORY_BY_NAME.set(normTitle(name), c.id);
}

/**
 * What a category name the catalogue does not know counts as, chosen by the user in the
 * import's category step: a category id, or '' to import the rows without a category. Keyed by
 * `categoryKey(text)`. Names left out are row errors.
 */
export type CategoryChoices = ReadonlyMap<string, string>;

/** The key of a category name in `CategoryChoices` (case, width and spaces do not matter). */
export const categoryKey = (text: string) => normTitle(text);

/**
 * Words of the names complaint systems commonly use for each reason (a bank's own list rarely
 * matches JR/T 0169-2018 word for word): a suggestion, shown preselected and changeable.
 */
const CATEGORY_HINTS: readonly [string, readonly string[]][] = [
  ['collection-methods', ['催收', '催缴', 'collection']],
  ['information-security', ['信息安全', '个人信息', '隐私', '泄露', 'privacy', 'personal data', 'data security']],
  ['fund-safety', ['资金安全', '盗刷', '盗用', '诈骗', 'fraud', 'fund safety', 'unauthori']],
  ['pricing-fees', ['定价', '收费', '费用', '费率', '利率', '手续费', '年费', '违约金', '罚息', '收取', 'fee', 'pricing', 'charge', 'interest']],
  ['contract-terms', ['合同', '条款', '协议', 'contract', 'terms']],
  ['free-choice', ['自主选择', '捆绑', '搭售', '强制', 'bundl', 'tying', 'free choice']],
  ['product-returns', ['收益', '亏损', '净值', '理赔金额', 'return', 'loss', 'yield']],
  ['disclosure', ['披露', '告知', '说明', '误导', 'disclos', 'mislead']],
  ['marketing-methods', ['营销', '推销', '销售', '电话骚扰', 'marketing', 'sales', 'cold call']],
  ['rules-processes', ['制度', '规则', '流程', '手续', '办理', 'process', 'rule', 'procedure']],
  ['facilities-systems', ['设施', '设备', '系统', 'app', 'atm', '网银', 'system', 'facilit', 'outage']],
  ['service-quality', ['服务态度', '服务质量', '态度', '服务', 'service', 'attitude', 'staff']],
];

/** A category for a name the catalogue does not know, when its words suggest one. */
export function suggestCategory(text: string): string | null {
  const t = normTitle(text);
  if (!t) return null;
  const exact = CATEGORY_BY_NAME.get(t);
  if (exact) return exact;
  // "信息披露不充分" contains "信息披露"; "披露" is contained in "信息披露".
  for (const c of COMPLAINT_CATEGORIES) {
    const zh = normTitle(c.name.zh);
    if (t.includes(zh) || (t.length >= 2 && zh.includes(t))) return c.id;
  }
  for (const [id, words] of CATEGORY_HINTS) if (words.some((w) => t.includes(w))) return id;
  return null;
}

export interface FileCategory {
  /** The name as the file writes it (first spelling seen). */
  text: string;
  rows: number;
  /** The catalogue category it names exactly, or null when it needs a choice. */
  known: string | null;
  suggested: string | null;
}

/** The category names a file uses, in the order they first appear; empty cells are left out. */
export function fileCategories(table: ComplaintTable, mapping: ColumnMapping): FileCategory[] {
  if (mapping.category === null) return [];
  const out = new Map<string, FileCategory>();
  for (const { cells } of table.rows) {
    const text = cellText(cells[mapping.category]);
    if (!text) continue;
    const key = categoryKey(text);
    const seen = out.get(key);
    if (seen) seen.rows++;
    else {
      const known = CATEGORY_BY_NAME.get(key) ?? null;
      out.set(key, { text, rows: 1, known, suggested: known ?? suggestCategory(text) });
    }
  }
  return [...out.values()];
}

function readCategory(v: CellValue | undefined, choices: CategoryChoices): { ok: true; value: string | undefined } | { ok: false; message: Bilingual } {
  const text = cellText(v);
  if (!text) return { ok: true, value: undefined };
  const key = categoryKey(text);
  const id = CATEGORY_BY_NAME.get(key);
  if (id) return { ok: true, value: id };
  const chosen = choices.get(key);
  if (chosen !== undefined && (chosen === '' || findCategory(chosen))) return { ok: true, value: chosen || undefined };
  return {
    ok: false,
    message: bi(
      `未知的投诉类别“${text}”：请在上方“文件中的类别”中选择它对应的类别，或在文件中改用投诉原因分类中的名称（如“信息披露”“定价收费”“其他”）`,
      `unknown complaint category "${text}": choose what it counts as under "Categories in the file" above, or use a name of the complaint-reason list in the file (e.g. "Disclosure", "Pricing and fees", "Other")`,
    ),
  };
}

const entryKey = (period: string, category: string | undefined) => `${period}\u0000${category ?? ''}`;

/** Existing entries with every key the file contains replaced by the file's count. */
export function mergeComplaints(existing: readonly ComplaintEntry[], incoming: ReadonlyMap<string, ComplaintEntry>): ComplaintEntry[] {
  const out = new Map<string, ComplaintEntry>();
  for (const e of existing) {
    const k = entryKey(e.period, e.category);
    const prev = out.get(k);
    // Two stored entries with one key (hand-edited data) count together, as the statistics do.
    out.set(k, prev ? { ...prev, count: prev.count + e.count } : { ...e });
  }
  for (const [k, e] of incoming) out.set(k, { ...e });
  return [...out.values()].sort((a, b) => comparePeriods(a.period, b.period) || (a.category ?? '').localeCompare(b.category ?? ''));
}

function sameEntries(a: readonly ComplaintEntry[], b: readonly ComplaintEntry[]): boolean {
  const count = (list: readonly ComplaintEntry[]) => {
    const m = new Map<string, number>();
    for (const e of list) m.set(entryKey(e.period, e.category), (m.get(entryKey(e.period, e.category)) ?? 0) + e.count);
    return m;
  };
  const ma = count(a);
  const mb = count(b);
  if (ma.size !== mb.size) return false;
  for (const [k, v] of ma) if (mb.get(k) !== v) return false;
  return true;
}

/** Matches every row to a touchpoint and works out what applying would change. */
export function previewComplaintImport(
  table: ComplaintTable,
  mapping: ColumnMapping,
  data: Pick<JourneyData, 'touchpoints'>,
  categoryChoices: CategoryChoices = new Map(),
): ImportPreview {
  const byId = new Map(data.touchpoints.map((t) => [t.id, t]));
  const byTitle = new Map<string, string[]>();
  for (const t of data.touchpoints) {
    const k = normTitle(t.title);
    if (!k) continue;
    byTitle.set(k, [...(byTitle.get(k) ?? []), t.id]);
  }

  const matched: MatchedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  const errors: RowError[] = [];
  const at = (cells: CellValue[], field: ImportField) => (mapping[field] === null ? null : cells[mapping[field]!]);

  for (const { row, cells } of table.rows) {
    const tpText = cellText(at(cells, 'touchpoint'));
    const rowErrors: RowError[] = [];
    if (!tpText) rowErrors.push({ row, field: 'touchpoint', value: '', message: bi('缺少触点', 'no touchpoint given') });
    const period = readPeriod(at(cells, 'period'));
    if (!period.ok) rowErrors.push({ row, field: 'period', value: cellText(at(cells, 'period')), message: period.message });
    const count = readCount(at(cells, 'count'));
    if (!count.ok) rowErrors.push({ row, field: 'count', value: cellText(at(cells, 'count')), message: count.message });
    const category = mapping.category === null ? ({ ok: true, value: undefined } as const) : readCategory(at(cells, 'category'), categoryChoices);
    if (!category.ok) rowErrors.push({ row, field: 'category', value: cellText(at(cells, 'category')), message: category.message });
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    let id: string | undefined = byId.has(tpText) ? tpText : undefined;
    if (!id) {
      const ids = byTitle.get(normTitle(tpText)) ?? [];
      if (ids.length > 1) {
        unmatched.push({ row, value: tpText, reason: 'ambiguous', candidates: ids });
        continue;
      }
      id = ids[0];
    }
    if (!id) {
      unmatched.push({ row, value: tpText, reason: 'no-match', candidates: [] });
      continue;
    }
    const m: MatchedRow = { row, touchpointId: id, period: period.ok ? period.value : '', count: count.ok ? count.value : 0 };
    if (category.ok && category.value) m.category = category.value;
    matched.push(m);
  }

  // Add up rows repeating a key, then replace per key.
  const incoming = new Map<string, Map<string, ComplaintEntry>>();
  for (const m of matched) {
    let perTp = incoming.get(m.touchpointId);
    if (!perTp) incoming.set(m.touchpointId, (perTp = new Map()));
    const k = entryKey(m.period, m.category);
    const prev = perTp.get(k);
    if (prev) prev.count += m.count;
    else perTp.set(k, m.category ? { period: m.period, count: m.count, category: m.category } : { period: m.period, count: m.count });
  }
  const updates: TouchpointUpdate[] = [];
  let entries = 0;
  for (const [id, perTp] of incoming) {
    entries += perTp.size;
    const t = byId.get(id)!;
    const next = mergeComplaints(t.complaints, perTp);
    if (sameEntries(next, t.complaints)) continue;
    const before = new Map<string, number>();
    for (const e of t.complaints) before.set(entryKey(e.period, e.category), (before.get(entryKey(e.period, e.category)) ?? 0) + e.count);
    let changed = 0;
    for (const [k, e] of perTp) if (before.get(k) !== e.count) changed++;
    updates.push({ id, complaints: next, changed });
  }
  return { matched, unmatched, errors, updates, entries };
}
