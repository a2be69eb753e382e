import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  categoryKey,
  decodeComplaintCsv,
  detectEncoding,
  fileCategories,
  suggestCategory,
  guessMapping,
  missingFields,
  parseCsvRows,
  previewComplaintImport,
  toComplaintTable,
  type ColumnMapping,
} from '../../../src/io/complaintImport';
import { readXlsxRows } from '../../../src/io/xlsx';
import type { JourneyData } from '../../../src/domain/schema';
import { encodeGb18030 } from './gb18030';
import { sampleJourney } from './sampleJourney';

const utf8 = (s: string) => new TextEncoder().encode(s);

function preview(csv: string | Uint8Array, data: JourneyData = sampleJourney(), mapping?: ColumnMapping) {
  const decoded = decodeComplaintCsv(typeof csv === 'string' ? utf8(csv) : csv);
  if (!decoded.ok) throw new Error(decoded.message.en);
  const table = toComplaintTable(parseCsvRows(decoded.text))!;
  return { table, result: previewComplaintImport(table, mapping ?? guessMapping(table.headers), data), encoding: decoded.encoding };
}

/** Applies the updates as the app would (replacing each touchpoint's complaints). */
function apply(data: JourneyData, updates: { id: string; complaints: JourneyData['touchpoints'][number]['complaints'] }[]): JourneyData {
  const next = structuredClone(data);
  for (const u of updates) next.touchpoints.find((t) => t.id === u.id)!.complaints = u.complaints;
  return next;
}

describe('header mapping', () => {
  it('recognises English and Chinese headers', () => {
    expect(guessMapping(['Touchpoint', 'Period', 'Count', 'Category'])).toEqual({ touchpoint: 0, period: 1, count: 2, category: 3 });
    expect(guessMapping(['期间', '触点', '投诉量', '类别'])).toEqual({ touchpoint: 1, period: 0, count: 2, category: 3 });
    expect(guessMapping(['统计月份', '触点名称', '本月投诉件数'])).toEqual({ touchpoint: 1, period: 0, count: 2, category: null });
    const unknown = guessMapping(['A', 'B', 'C']);
    expect(missingFields(unknown)).toEqual(['touchpoint', 'period', 'count']);
  });
});

describe('complaint import', () => {
  it('matches by id or title, reports unmatched, ambiguous and bad rows with row numbers', () => {
    const data = sampleJourney();
    data.touchpoints[5].title = '逾期催收电话'; // now two touchpoints share a title
    const csv = [
      '触点,期间,投诉量,类别',
      't1,2026-12,9,',
      '网点理财经理推荐分期,2026年12月,3,信息披露',
      '不存在的触点,2026-12,1,',
      '逾期催收电话,2026-12,4,',
      't4,2026-13,2,',
      't4,2026-12,-1,',
      't4,2026-12,abc,',
      't5,2026-Q4,2,未知类别',
      '',
      'T1 ,2026-11,1,',
    ].join('\r\n');
    const { result } = preview(csv, data);
    expect(result.matched.map((m) => [m.row, m.touchpointId, m.period, m.count, m.category])).toEqual([
      [2, 't1', '2026-12', 9, undefined],
      [3, 't2', '2026-12', 3, 'disclosure'],
    ]);
    expect(result.unmatched).toEqual([
      { row: 4, value: '不存在的触点', reason: 'no-match', candidates: [] },
      { row: 5, value: '逾期催收电话', reason: 'ambiguous', candidates: ['t6', 't7'] },
      { row: 11, value: 'T1', reason: 'no-match', candidates: [] },
    ]);
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [6, 'period'],
      [7, 'count'],
      [8, 'count'],
      [9, 'category'],
    ]);
    expect(result.errors[1].message.en).toMatch(/negative/);
    expect(result.updates.map((u) => u.id).sort()).toEqual(['t1', 't2']);
  });

  it('replaces counts per touchpoint × period × category, so importing twice changes nothing', () => {
    const data = sampleJourney();
    const csv = 'touchpoint,period,count,category\nt1,2026-11,10,\nt1,2026-12,4,\nt1,2026-12,1,\nt4,2026-12,3,disclosure\n';
    const first = preview(csv, data).result;
    expect(first.entries).toBe(3);
    const once = apply(data, first.updates);
    const t1 = once.touchpoints.find((t) => t.id === 't1')!.complaints;
    expect(t1.find((e) => e.period === '2026-11')!.count).toBe(10); // replaced (was 6)
    expect(t1.find((e) => e.period === '2026-12')!.count).toBe(5); // repeated rows added up
    expect(t1.filter((e) => e.period === '2026-06')).toHaveLength(1); // untouched periods kept
    const t4 = once.touchpoints.find((t) => t.id === 't4')!.complaints;
    expect(t4.find((e) => e.period === '2026-12' && e.category === 'disclosure')!.count).toBe(3);

    const second = preview(csv, once).result;
    expect(second.matched).toHaveLength(4);
    expect(second.updates).toEqual([]);
    expect(apply(once, second.updates)).toEqual(once);
  });

  it('reads GB18030 files (detected) and UTF-8 with and without BOM', () => {
    const text = '触点,期间,投诉量\r\n逾期催收电话,2026-12,21\r\n';
    const gb = encodeGb18030(text);
    expect(detectEncoding(gb)).toBe('gb18030');
    const fromGb = preview(gb);
    expect(fromGb.encoding).toBe('gb18030');
    expect(fromGb.result.matched).toEqual([{ row: 2, touchpointId: 't7', period: '2026-12', count: 21 }]);

    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(detectEncoding(withBom)).toBe('utf-8');
    expect(preview(withBom).table.headers).toEqual(['触点', '期间', '投诉量']);
    expect(preview(text).result.matched).toHaveLength(1);

    // A GB18030 file read as UTF-8 by choice is refused, not garbled.
    const wrong = decodeComplaintCsv(gb, 'utf-8');
    expect(wrong.ok).toBe(false);
  });

  it('uses a chosen mapping when the headers are not recognised, and other delimiters', () => {
    const csv = 'A;B;C\nt1;2026/12;7\n';
    const { table } = preview(csv);
    expect(table.headers).toEqual(['A', 'B', 'C']);
    const { result } = preview(csv, sampleJourney(), { touchpoint: 0, period: 1, count: 2, category: null });
    expect(result.matched).toEqual([{ row: 2, touchpointId: 't1', period: '2026-12', count: 7 }]);
  });

  it('reads .xlsx sheets: numbers, date cells and 202612-style periods', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['触点', '期间', '投诉量']);
    ws.addRow(['t1', new Date(Date.UTC(2026, 11, 1)), 12]);
    ws.addRow(['t4', 202612, 2.5]);
    ws.addRow(['t5', '2026-Q4', 3]);
    const { rows } = await readXlsxRows(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const table = toComplaintTable(rows)!;
    const result = previewComplaintImport(table, guessMapping(table.headers), sampleJourney());
    expect(result.matched.map((m) => [m.touchpointId, m.period, m.count])).toEqual([
      ['t1', '2026-12', 12],
      ['t5', '2026-Q4', 3],
    ]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ row: 3, field: 'count' });
  });

  it('refuses files over the size limit', () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    const r = decodeComplaintCsv(big);
    expect(r.ok).toBe(false);
  });
});

describe('category names the catalogue does not know', () => {
  const csv = ['触点,期间,投诉量,投诉类别', 't1,2026-11,5,信息披露不充分', 't1,2026-12,2,乱收费', 't4,2026-12,3,服务态度差', 't4,2026-11,1,信息披露不充分', 't4,2026-10,4,其他问题类型', 't1,2026-10,6,定价收费', ''].join('\n');

  it('lists each name once with its rows, what it exactly is, or a suggestion', () => {
    const { table } = preview(csv);
    const cats = fileCategories(table, guessMapping(table.headers));
    expect(cats.map((c) => [c.text, c.rows, c.known, c.suggested])).toEqual([
      ['信息披露不充分', 2, null, 'disclosure'],
      ['乱收费', 1, null, 'pricing-fees'],
      ['服务态度差', 1, null, 'service-quality'],
      ['其他问题类型', 1, null, 'other'],
      ['定价收费', 1, 'pricing-fees', 'pricing-fees'],
    ]);
  });

  it('suggests from the reason’s words in Chinese and English, and nothing for an unclear name', () => {
    expect(suggestCategory('暴力催收')).toBe('collection-methods');
    expect(suggestCategory('个人信息泄露')).toBe('information-security');
    expect(suggestCategory('Hidden fees')).toBe('pricing-fees');
    expect(suggestCategory('违约金收取不合理')).toBe('pricing-fees');
    expect(suggestCategory('披露')).toBe('disclosure');
    expect(suggestCategory('Misc')).toBeNull();
    expect(suggestCategory('')).toBeNull();
  });

  it('without a choice an unknown name is a row error that says where to choose; with one the rows import', () => {
    const { table } = preview(csv);
    const mapping = guessMapping(table.headers);
    const none = previewComplaintImport(table, mapping, sampleJourney());
    expect(none.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'category'],
      [3, 'category'],
      [4, 'category'],
      [5, 'category'],
      [6, 'category'],
    ]);
    expect(none.errors[0].message.zh).toContain('文件中的类别');
    const choices = new Map([
      [categoryKey('信息披露不充分'), 'disclosure'],
      [categoryKey('乱收费'), 'pricing-fees'],
      [categoryKey('服务态度差'), 'service-quality'],
      // "No category": counted in the total only.
      [categoryKey(' 其他问题类型 '), ''],
    ]);
    const chosen = previewComplaintImport(table, mapping, sampleJourney(), choices);
    expect(chosen.errors).toEqual([]);
    expect(chosen.matched.map((m) => [m.row, m.category])).toEqual([
      [2, 'disclosure'],
      [3, 'pricing-fees'],
      [4, 'service-quality'],
      [5, 'disclosure'],
      [6, undefined],
      [7, 'pricing-fees'],
    ]);
    // A choice naming no category is not trusted.
    const bogus = previewComplaintImport(table, mapping, sampleJourney(), new Map([[categoryKey('乱收费'), 'not-a-category']]));
    expect(bogus.errors.some((e) => e.row === 3)).toBe(true);
  });
});
