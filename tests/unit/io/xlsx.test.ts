import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../../src/domain/catalogue';
import { gapRegister, touchpointRegister } from '../../../src/io/registers';
import { readXlsxRows, registersToXlsx } from '../../../src/io/xlsx';
import { sampleJourney } from './sampleJourney';

const DATE = new Date(2026, 10, 29);

describe('xlsx registers', () => {
  it('round trips: written with exceljs, read back with the same cells and types', async () => {
    const data = sampleJourney();
    data.touchpoints[0].title = '=1+1';
    const tpReg = touchpointRegister(data, { lang: 'zh', date: DATE });
    const gapReg = gapRegister(data, { lang: 'zh', date: DATE });
    const bytes = await registersToXlsx([tpReg, gapReg], { journeyName: data.meta.name, lang: 'zh', date: DATE });
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['触点登记表', '缺口登记表', '说明']);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('触点ID');
    expect(ws.rowCount).toBe(tpReg.rows.length + 1);
    const totalCol = tpReg.columns.findIndex((c) => c.key === 'complaintsTotal') + 1;
    expect(ws.getRow(2).getCell(totalCol).value).toBe(24);
    expect(typeof ws.getRow(2).getCell(totalCol).value).toBe('number');
    // A text cell that looks like a formula stays text.
    expect(ws.getRow(2).getCell(2).value).toBe('=1+1');
    expect(ws.getRow(2).getCell(2).formula).toBeUndefined();
    const about = wb.worksheets[2];
    const aboutValues = about.getSheetValues().flat().filter(Boolean);
    expect(aboutValues).toContain(CATALOGUE_VERSION);
    expect(aboutValues).toContain('2026-11-29');

    const back = await readXlsxRows(bytes);
    expect(back.sheet).toBe('触点登记表');
    expect(back.rows.slice(1)).toEqual(tpReg.rows.map((r) => r.map((v) => (v === '' ? '' : v))));
  });

  it('reads dates, formulas and rich text as plain values', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('投诉');
    ws.addRow(['触点', '期间', '投诉量']);
    ws.addRow(['t1', new Date(Date.UTC(2026, 2, 1)), { formula: '2+3', result: 5 }]);
    ws.addRow([]);
    ws.addRow([{ richText: [{ text: '短信' }, { text: '营销' }] }, '2026-Q2', 7]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { rows } = await readXlsxRows(bytes);
    expect(rows[1]).toEqual(['t1', '2026-03-01', 5]);
    expect(rows[2]).toEqual([]);
    expect(rows[3]).toEqual(['短信营销', '2026-Q2', 7]);
  });
});
