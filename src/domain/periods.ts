/**
 * Complaint periods: months `YYYY-MM` and quarters `YYYY-Qn`. Parsing, ordering, conversion and
 * consecutive ranges. Periods are mapped to integer indexes (months: year × 12 + month − 1;
 * quarters: year × 4 + quarter − 1), so a month's quarter index is ⌊month index ÷ 3⌋.
 */
import type { Bilingual, PeriodGranularity } from './schema';

export interface ParsedPeriod {
  granularity: PeriodGranularity;
  year: number;
  /** Month 1–12 or quarter 1–4. */
  part: number;
  /** Month index or quarter index (see the file comment). */
  index: number;
}

const DASH = 45; // '-'
const Q = 81; // 'Q'

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Parses without regular expressions: the gap analysis reads every period of every touchpoint. */
export function parsePeriod(p: string): ParsedPeriod | null {
  if (typeof p !== 'string' || p.length !== 7 || p.charCodeAt(4) !== DASH) return null;
  const d0 = digit(p, 0), d1 = digit(p, 1), d2 = digit(p, 2), d3 = digit(p, 3);
  if (d0 < 0 || d1 < 0 || d2 < 0 || d3 < 0) return null;
  const year = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  if (p.charCodeAt(5) === Q) {
    const q = digit(p, 6);
    if (q < 1 || q > 4) return null;
    return { granularity: 'quarter', year, part: q, index: year * 4 + q - 1 };
  }
  const m1 = digit(p, 5), m2 = digit(p, 6);
  if (m1 < 0 || m2 < 0) return null;
  const month = m1 * 10 + m2;
  if (month < 1 || month > 12) return null;
  return { granularity: 'month', year, part: month, index: year * 12 + month - 1 };
}

/** What `periodCodeInt` returns for an invalid period: −2³¹, outside every valid code. */
export const NO_PERIOD_CODE = -0x80000000;

/**
 * Allocation-free form of `parsePeriod` for hot loops, an int32 that fits an `Int32Array`: a
 * month's month index (≥ 0), a quarter's quarter index as −(index + 1) (< 0), `NO_PERIOD_CODE`
 * when invalid. The gap analysis reads every entry of every touchpoint, so this avoids the double
 * (NaN) that `periodCode` returns.
 */
export function periodCodeInt(p: string): number {
  if (typeof p !== 'string' || p.length !== 7) return NO_PERIOD_CODE;
  // Every character read once; a digit is a code 48–57, so (code − 48) >>> 0 ≤ 9.
  const y0 = p.charCodeAt(0) - 48, y1 = p.charCodeAt(1) - 48, y2 = p.charCodeAt(2) - 48, y3 = p.charCodeAt(3) - 48;
  const dash = p.charCodeAt(4), c5 = p.charCodeAt(5), d6 = p.charCodeAt(6) - 48;
  if (dash !== DASH || (y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (d6 >>> 0) > 9) return NO_PERIOD_CODE;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (c5 === Q) return d6 >= 1 && d6 <= 4 ? -(year * 4 + d6) : NO_PERIOD_CODE;
  const month = (c5 - 48) * 10 + d6;
  return c5 >= 48 && c5 <= 49 && month >= 1 && month <= 12 ? year * 12 + month - 1 : NO_PERIOD_CODE;
}

/** `periodCodeInt` with NaN for an invalid period. */
export function periodCode(p: string): number {
  const code = periodCodeInt(p);
  return code === NO_PERIOD_CODE ? NaN : code;
}

export function isValidPeriod(p: string): boolean {
  return parsePeriod(p) !== null;
}

export function periodGranularity(p: string): PeriodGranularity | null {
  return parsePeriod(p)?.granularity ?? null;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number) => String(n).padStart(4, '0');

export function periodFromIndex(granularity: PeriodGranularity, index: number): string {
  return granularity === 'month'
    ? `${pad4(Math.floor(index / 12))}-${pad2((index % 12) + 1)}`
    : `${pad4(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
}

/** The quarter a month falls in ('2025-02' → '2025-Q1'); a quarter is returned as is. */
export function toQuarter(p: string): string {
  const parsed = parsePeriod(p);
  if (!parsed) throw new RangeError(`not a period: ${JSON.stringify(p)}`);
  if (parsed.granularity === 'quarter') return p;
  return `${pad4(parsed.year)}-Q${Math.ceil(parsed.part / 3)}`;
}

/** Index of a period in `granularity`: a month in a quarter frame becomes its quarter. -1 when it cannot be placed. */
export function indexIn(parsed: ParsedPeriod, granularity: PeriodGranularity): number {
  if (parsed.granularity === granularity) return parsed.index;
  return granularity === 'quarter' ? Math.floor(parsed.index / 3) : -1;
}

/**
 * Chronological order by the month a period starts in; at the same start a month sorts before
 * its quarter ('2025-01' < '2025-Q1' < '2025-02'). Invalid periods sort last, by text.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  const sa = pa.granularity === 'month' ? pa.index : pa.index * 3;
  const sb = pb.granularity === 'month' ? pb.index : pb.index * 3;
  if (sa !== sb) return sa - sb;
  if (pa.granularity === pb.granularity) return 0;
  return pa.granularity === 'month' ? -1 : 1;
}

/**
 * The common granularity of a set of periods: quarters as soon as one period is a quarter
 * (months can be summed into quarters, never the other way), else months.
 */
export function commonGranularity(periods: Iterable<string>): PeriodGranularity {
  for (const p of periods) if (parsePeriod(p)?.granularity === 'quarter') return 'quarter';
  return 'month';
}

/**
 * The consecutive periods from `first` to `last` inclusive (same granularity after conversion
 * to `granularity`), e.g. 2025-11 … 2026-02.
 */
export function periodRange(first: string, last: string, granularity: PeriodGranularity): string[] {
  const a = parsePeriod(first);
  const b = parsePeriod(last);
  if (!a || !b) return [];
  const from = indexIn(a, granularity);
  const to = indexIn(b, granularity);
  if (from < 0 || to < 0) return [];
  const out: string[] = [];
  for (let i = from; i <= to; i++) out.push(periodFromIndex(granularity, i));
  return out;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2025-02' → 2025年2月 / Feb 2025; '2025-Q1' → 2025年第1季度 / Q1 2025. */
export function formatPeriod(p: string, lang: keyof Bilingual): string {
  const parsed = parsePeriod(p);
  if (!parsed) return p;
  if (parsed.granularity === 'month') {
    return lang === 'zh' ? `${parsed.year}年${parsed.part}月` : `${MONTHS_EN[parsed.part - 1]} ${parsed.year}`;
  }
  return lang === 'zh' ? `${parsed.year}年第${parsed.part}季度` : `Q${parsed.part} ${parsed.year}`;
}

export type ParseResult<T, E extends string> = { ok: true; value: T } | { ok: false; error: E; message: Bilingual };

export type PeriodInputError = 'empty' | 'format' | 'month-range' | 'quarter-range';

/**
 * Reads a period typed by a person: '2025-3', '2025/03', '2025年3月' → '2025-03';
 * '2025q1', '2025 Q1', '2025年第1季度' → '2025-Q1'. Full-width digits are accepted.
 */
export function parsePeriodInput(text: string): ParseResult<string, PeriodInputError> {
  const s = toHalfWidth(text).trim();
  if (!s) return invalid('empty', '请输入期间', 'Enter a period');
  if (/[Qq季]/.test(s)) {
    const m = /^(\d{4})\s*[-/.年]?\s*(?:第\s*)?(?:[Qq]\s*(\d+)|(\d+)\s*季度)$/.exec(s);
    if (!m) return invalid('format', '期间格式应为 YYYY-MM 或 YYYY-Qn', 'Expected a period YYYY-MM or YYYY-Qn');
    const q = Number(m[2] ?? m[3]);
    if (q < 1 || q > 4) return invalid('quarter-range', '季度应为 1–4', 'A quarter is 1–4');
    return { ok: true, value: `${m[1]}-Q${q}` };
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s);
  if (!m) return invalid('format', '期间格式应为 YYYY-MM 或 YYYY-Qn', 'Expected a period YYYY-MM or YYYY-Qn');
  const month = Number(m[2]);
  if (month < 1 || month > 12) return invalid('month-range', '月份应为 1–12', 'A month is 1–12');
  return { ok: true, value: `${m[1]}-${pad2(month)}` };
}

export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export function invalid<E extends string>(error: E, zh: string, en: string): { ok: false; error: E; message: Bilingual } {
  return { ok: false, error, message: { zh, en } };
}
