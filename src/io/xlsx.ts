/**
 * Excel workbooks with exceljs: registers written as real sheets (number cells as numbers, a
 * bold frozen header with filters, an "About" sheet naming the journey, catalogue version, export
 * date and sharing options), and the cells of an uploaded sheet read back as plain values for
 * the complaint import. Strings in .xlsx are never formulas, so no neutralising is needed here.
 */
import ExcelJS from 'exceljs';
import { CATALOGUE_VERSION } from '../domain/catalogue';
import type { CellValue } from './csv';
import { isoDate } from './fileName';
import type { Lang, Register } from './registers';

export interface WorkbookMeta {
  journeyName: string;
  lang: Lang;
  date: Date;
  hideComplaints?: boolean;
  hideOwners?: boolean;
  appVersion?: string;
}

const ABOUT: Record<string, { zh: string; en: string }> = {
  sheet: { zh: '说明', en: 'About' },
  journey: { zh: '旅程', en: 'Journey' },
  catalogue: { zh: '控制目录版本', en: 'Catalogue version' },
  exported: { zh: '导出日期', en: 'Exported' },
  complaints: { zh: '投诉数据', en: 'Complaint figures' },
  owners: { zh: '负责人', en: 'Owner names' },
  included: { zh: '已包含', en: 'included' },
  omitted: { zh: '已隐藏', en: 'left out' },
  tool: { zh: '工具', en: 'Made with' },
};

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

/** One workbook with a sheet per register and an About sheet; returns the .xlsx bytes. */
export async function registersToXlsx(registers: readonly Register[], meta: WorkbookMeta): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Touchmap';
  wb.created = meta.date;
  const used = new Set<string>();
  const { lang } = meta;

  for (const reg of registers) {
    const ws = wb.addWorksheet(sheetName(reg.title, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = reg.columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(8, c.width) }));
    for (const row of reg.rows) ws.addRow(row.map((v) => (v === null ? null : v)));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF4' } };
    if (reg.columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: reg.columns.length } };
    reg.columns.forEach((c, i) => {
      if (c.type === 'number') ws.getColumn(i + 1).alignment = { horizontal: 'right' };
      else ws.getColumn(i + 1).alignment = { wrapText: c.width >= 30, vertical: 'top' };
    });
  }

  const about = wb.addWorksheet(sheetName(ABOUT.sheet[lang], used));
  about.columns = [{ width: 22 }, { width: 48 }];
  const shown = (hidden: boolean | undefined) => (hidden ? ABOUT.omitted[lang] : ABOUT.included[lang]);
  about.addRows([
    [ABOUT.journey[lang], meta.journeyName],
    [ABOUT.catalogue[lang], CATALOGUE_VERSION],
    [ABOUT.exported[lang], isoDate(meta.date)],
    [ABOUT.complaints[lang], shown(meta.hideComplaints)],
    [ABOUT.owners[lang], shown(meta.hideOwners)],
    [ABOUT.tool[lang], `Touchmap${meta.appVersion ? ` ${meta.appVersion}` : ''}`],
  ]);
  about.getColumn(1).font = { bold: true };

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export interface SheetRows {
  sheet: string;
  /** Every row of the sheet from the first, empty rows kept as empty arrays (row numbers line up). */
  rows: CellValue[][];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A cell's value as the complaint import reads it: numbers stay numbers, dates become YYYY-MM-DD. */
function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad2(v.getUTCMonth() + 1)}-${pad2(v.getUTCDate())}`;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return null;
  }
  return String(v);
}

/** The first worksheet of an .xlsx file as rows of plain values. Throws on a file that is not .xlsx. */
export async function readXlsxRows(bytes: Uint8Array): Promise<SheetRows> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return { sheet: '', rows: [] };
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      cells[colNumber - 1] = plainValue(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return { sheet: ws.name, rows };
}
