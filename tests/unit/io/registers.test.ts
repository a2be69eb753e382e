import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CATALOGUE_VERSION } from '../../../src/domain/catalogue';
import { analyse } from '../../../src/domain/gaps';
import { BOM, csvField, neutraliseFormula, toCsv } from '../../../src/io/csv';
import { gapRegister, registerRows, touchpointRegister } from '../../../src/io/registers';
import { sampleJourney } from './sampleJourney';

const DATE = new Date(2026, 10, 29, 10, 30);

function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

describe('csv', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const s of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    for (const s of ['plain', '投诉', '1=1', ' =x', '']) expect(neutraliseFormula(s)).toBe(s);
  });

  it('keeps numbers as numbers, quotes only what needs it', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(3.5)).toBe('3.5');
    expect(csvField(null)).toBe('');
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('writes a BOM and CRLF rows', () => {
    const text = toCsv([['a', 1], ['信用卡', null]]);
    expect(text).toBe(`${BOM}a,1\r\n信用卡,\r\n`);
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });
});

describe('touchpoint register', () => {
  it('has the audit columns, one row per touchpoint in map order, numbers as numbers', () => {
    const reg = touchpointRegister(sampleJourney(), { lang: 'en', date: DATE });
    expect(reg.columns.map((c) => c.key)).toEqual([
      'id', 'touchpoint', 'stage', 'channel', 'kind', 'owner', 'complaintsTotal', 'latestPeriod', 'complaintsLatest',
      'likelihood', 'impact', 'score', 'level', 'residualLevel', 'rights', 'inPlace', 'partial', 'missing',
      'missingControls', 'openGaps', 'catalogue', 'exported',
    ]);
    expect(reg.rows).toHaveLength(7);
    // Stage order first: t1 (认知) … t5/t7 (售后).
    expect(reg.rows[0][0]).toBe('t1');
    const t1 = Object.fromEntries(reg.columns.map((c, i) => [c.key, reg.rows[0][i]]));
    expect(t1).toMatchObject({
      touchpoint: '短信营销：分期“0利率”',
      stage: '认知',
      channel: '手机银行',
      owner: '营销部 张三',
      complaintsTotal: 24,
      latestPeriod: '2026-11',
      complaintsLatest: 6,
      likelihood: 4,
      impact: 3,
      score: 12,
      level: 'High',
      catalogue: CATALOGUE_VERSION,
      exported: '2026-11-29',
    });
    expect(typeof t1.inPlace).toBe('number');
    expect(t1.inPlace).toBe(1);
    expect((t1.openGaps as number) > 0).toBe(true);
    reg.columns.forEach((c, i) => {
      for (const row of reg.rows) if (c.type === 'number' && row[i] !== null) expect(typeof row[i]).toBe('number');
    });
  });

  it('leaves complaint figures and owners out when asked', () => {
    const reg = touchpointRegister(sampleJourney(), { lang: 'zh', date: DATE, hideComplaints: true, hideOwners: true });
    const keys = reg.columns.map((c) => c.key);
    expect(keys).not.toContain('owner');
    expect(keys).not.toContain('complaintsTotal');
    expect(keys).not.toContain('complaintsLatest');
    const csv = toCsv(registerRows(reg));
    expect(csv).not.toContain('营销部 张三');
    expect(reg.columns[1].header).toBe('触点');
  });

  it('as CSV: BOM, header, escaped text, numbers unquoted', () => {
    const data = sampleJourney();
    data.touchpoints[0].title = '=HYPERLINK("http://x")';
    data.touchpoints[0].owner = '-张三, 李四';
    const csv = toCsv(registerRows(touchpointRegister(data, { lang: 'en', date: DATE })));
    const rows = parseCsv(csv);
    expect(rows[0][0]).toBe('Touchpoint ID');
    expect(rows[0]).toContain('Catalogue version');
    const t1 = rows.find((r) => r[0] === 't1')!;
    expect(t1[1]).toBe(`'=HYPERLINK("http://x")`);
    expect(t1[5]).toBe(`'-张三, 李四`);
    expect(csv).toContain(',24,2026-11,6,4,3,12,High,');
  });
});

describe('gap register', () => {
  it('lists every gap with severity, rule, control and decision columns', () => {
    const data = sampleJourney();
    const gap = analyse(data).gaps.find((g) => g.touchpointId === 't7' && g.rule === 'missing-control')!;
    data.gapDecisions.push({
      id: gap.id,
      touchpointId: 't7',
      rule: 'missing-control',
      controlId: gap.controlId,
      accepted: false,
      reason: '',
      owner: '催收部 王五',
      dueDate: '2027-01-31',
      ticket: 'CP-12',
      decidedAt: '2026-11-20T00:00:00.000Z',
    });
    const reg = gapRegister(data, { lang: 'en', date: DATE });
    expect(reg.columns.map((c) => c.key)).toEqual([
      'severity', 'status', 'id', 'touchpoint', 'stage', 'channel', 'rule', 'control', 'message', 'decision', 'reason',
      'decisionOwner', 'dueDate', 'ticket', 'catalogue', 'exported',
    ]);
    expect(reg.rows.length).toBeGreaterThan(5);
    const decided = reg.rows.find((r) => r[12] === '2027-01-31');
    expect(decided).toBeDefined();
    expect(decided![11]).toBe('催收部 王五');
    expect(decided![9]).toBe('assigned');
    const hidden = gapRegister(data, { lang: 'en', date: DATE, hideOwners: true, hideComplaints: true });
    expect(toCsv(registerRows(hidden))).not.toContain('王五');
    const hotspotRow = hidden.rows.find((r) => r[6] === 'Complaint hotspot');
    if (hotspotRow) expect(hotspotRow[8]).toBe('Complaint hotspot');
  });
});
