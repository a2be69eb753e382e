/**
 * CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Chinese correctly), CRLF line ends,
 * RFC 4180 quoting, numbers written as numbers, and text cells neutralised against formula
 * injection (OWASP "CSV Injection"): a text cell that begins with `=`, `+`, `-`, `@`, tab or CR
 * gets a leading apostrophe, so a spreadsheet shows it as text instead of running it.
 */

export type CellValue = string | number | null;

export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell safe to open in a spreadsheet: `=SUM(A1)` → `'=SUM(A1)`. Other text unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field. Numbers stay numbers; text is neutralised, then quoted when it needs to be. */
export function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseFormula(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, with a BOM unless `bom: false` (e.g. for a terminal). */
export function toCsv(rows: readonly (readonly CellValue[])[], opts: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map(csvField).join(',')).join('\r\n');
  return `${opts.bom === false ? '' : BOM}${body}\r\n`;
}
