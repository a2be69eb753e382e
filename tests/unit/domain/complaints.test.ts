import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  complaintStats,
  complaintTotal,
  complaintVolumes,
  complaintsByChannel,
  complaintsByStage,
  formatPeriod,
  isValidPeriod,
  journeyPeriods,
  lastNPeriods,
  monthsToQuarters,
  parseCount,
  parsePeriodInput,
  periodRange,
  periodsOf,
  riskLevelCounts,
  seriesByPeriod,
  toQuarter,
  topTouchpointsByComplaints,
  trendOf,
  windowTotal,
} from '../../../src/domain/complaints';
import type { ComplaintEntry } from '../../../src/domain/schema';
import { journey, months, risk, tp } from './build';

const e = (period: string, count: number, category?: string): ComplaintEntry => (category ? { period, count, category } : { period, count });

describe('periods', () => {
  it('validates months and quarters', () => {
    expect(['2025-01', '2025-12', '2025-Q1', '2025-Q4'].map(isValidPeriod)).toEqual([true, true, true, true]);
    expect(['2025-00', '2025-13', '2025-Q0', '2025-Q5', '2025-1', '25-01', '', '2025-q1', '2025-01-01'].map(isValidPeriod)).toEqual(
      Array(9).fill(false),
    );
  });

  it('converts months to quarters', () => {
    expect(toQuarter('2025-02')).toBe('2025-Q1');
    expect(toQuarter('2025-03')).toBe('2025-Q1');
    expect(toQuarter('2025-04')).toBe('2025-Q2');
    expect(toQuarter('2025-12')).toBe('2025-Q4');
    expect(toQuarter('2025-Q3')).toBe('2025-Q3');
    expect(() => toQuarter('2025-13')).toThrow(RangeError);
  });

  it('orders mixed periods by start month, a month before its quarter', () => {
    expect(['2025-Q1', '2024-12', '2025-02', '2025-01', '2024-Q4'].sort(comparePeriods)).toEqual([
      '2024-Q4',
      '2024-12',
      '2025-01',
      '2025-Q1',
      '2025-02',
    ]);
    expect(comparePeriods('2025-01', '2025-01')).toBe(0);
    expect(['bad', '2025-01'].sort(comparePeriods)).toEqual(['2025-01', 'bad']);
  });

  it('formats periods and makes ranges', () => {
    expect(formatPeriod('2025-02', 'zh')).toBe('2025年2月');
    expect(formatPeriod('2025-02', 'en')).toBe('Feb 2025');
    expect(formatPeriod('2025-Q3', 'zh')).toBe('2025年第3季度');
    expect(formatPeriod('2025-Q3', 'en')).toBe('Q3 2025');
    expect(periodRange('2024-11', '2025-02', 'month')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(periodRange('2024-11', '2025-Q1', 'quarter')).toEqual(['2024-Q4', '2025-Q1']);
  });

  it('reads a period typed by a person', () => {
    expect(parsePeriodInput('2025-3')).toEqual({ ok: true, value: '2025-03' });
    expect(parsePeriodInput(' 2025/11 ')).toEqual({ ok: true, value: '2025-11' });
    expect(parsePeriodInput('2025年3月')).toEqual({ ok: true, value: '2025-03' });
    expect(parsePeriodInput('２０２５－０３')).toEqual({ ok: true, value: '2025-03' });
    expect(parsePeriodInput('2025q1')).toEqual({ ok: true, value: '2025-Q1' });
    expect(parsePeriodInput('2025 Q4')).toEqual({ ok: true, value: '2025-Q4' });
    expect(parsePeriodInput('2025年第2季度')).toEqual({ ok: true, value: '2025-Q2' });
    expect(parsePeriodInput('2025-13')).toMatchObject({ ok: false, error: 'month-range' });
    expect(parsePeriodInput('2025-Q5')).toMatchObject({ ok: false, error: 'quarter-range' });
    expect(parsePeriodInput('March')).toMatchObject({ ok: false, error: 'format' });
    const empty = parsePeriodInput('  ');
    expect(empty).toMatchObject({ ok: false, error: 'empty' });
    expect(!empty.ok && empty.message.en).toBe('Enter a period');
  });
});

describe('series and stats', () => {
  it('lists periods and sums categories per period, in order', () => {
    const entries = [e('2025-03', 2, 'disclosure'), e('2025-01', 4), e('2025-03', 5, 'other'), e('2025-02', 0)];
    expect(periodsOf(entries)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(seriesByPeriod(entries)).toEqual([
      { period: '2025-01', count: 4 },
      { period: '2025-02', count: 0 },
      { period: '2025-03', count: 7 },
    ]);
    expect(complaintTotal(entries)).toBe(11);
  });

  it('with no data', () => {
    expect(complaintStats([])).toEqual({ total: 0, latestPeriod: null, latestCount: 0, previousMean: null, trend: null });
    expect(seriesByPeriod([])).toEqual([]);
  });

  it('with one period: latest, no trend', () => {
    expect(complaintStats([e('2025-04', 6, 'a'), e('2025-04', 3, 'b')])).toEqual({
      total: 9,
      latestPeriod: '2025-04',
      latestCount: 9,
      previousMean: null,
      trend: null,
    });
  });

  it('trend: latest against the mean of the previous periods', () => {
    expect(complaintStats(months('2025-01', [4, 6, 8, 12]))).toEqual({
      total: 30,
      latestPeriod: '2025-04',
      latestCount: 12,
      previousMean: 6,
      trend: 'up',
    });
    expect(complaintStats(months('2025-01', [10, 10, 3])).trend).toBe('down');
    expect(complaintStats(months('2025-01', [0, 0, 0]))).toMatchObject({ total: 0, previousMean: 0, trend: 'flat' });
    expect(complaintStats(months('2025-01', [0, 0, 1])).trend).toBe('up');
    // within ±10 % of the mean is flat
    expect(trendOf(11, 10)).toBe('flat');
    expect(trendOf(9, 10)).toBe('flat');
    expect(trendOf(11.5, 10)).toBe('up');
    expect(trendOf(8.9, 10)).toBe('down');
  });

  it('counts over recorded periods by default, over a frame (gaps are zero) when given', () => {
    const entries = [e('2025-01', 10), e('2025-04', 12)];
    expect(complaintStats(entries)).toMatchObject({ previousMean: 10, trend: 'up' });
    const frame = ['2025-01', '2025-02', '2025-03', '2025-04'];
    expect(complaintStats(entries, frame)).toMatchObject({ latestPeriod: '2025-04', latestCount: 12, previousMean: 10 / 3, trend: 'up' });
    expect(complaintStats([e('2025-01', 10)], frame)).toMatchObject({ latestCount: 0, trend: 'down' });
  });

  it('mixed months and quarters: months are summed into quarters', () => {
    const mixed = [e('2025-01', 1), e('2025-02', 2), e('2025-Q1', 10), e('2025-04', 4), e('2025-Q3', 3)];
    expect(seriesByPeriod(mixed)).toEqual([
      { period: '2025-Q1', count: 13 },
      { period: '2025-Q2', count: 4 },
      { period: '2025-Q3', count: 3 },
    ]);
    expect(complaintStats(mixed)).toEqual({ total: 20, latestPeriod: '2025-Q3', latestCount: 3, previousMean: 8.5, trend: 'down' });
    expect(seriesByPeriod(months('2025-01', [1, 2, 3]), 'quarter')).toEqual([{ period: '2025-Q1', count: 6 }]);
  });

  it('sums months into quarters, keeping categories', () => {
    const entries = [
      e('2024-12', 1),
      e('2025-01', 2, 'disclosure'),
      e('2025-02', 3, 'disclosure'),
      e('2025-03', 4, 'pricing-fees'),
      e('2025-03', 5),
      e('2025-Q1', 6, 'disclosure'),
      e('2025-05', 0),
    ];
    expect(monthsToQuarters(entries)).toEqual([
      { period: '2024-Q4', count: 1 },
      { period: '2025-Q1', count: 11, category: 'disclosure' },
      { period: '2025-Q1', count: 4, category: 'pricing-fees' },
      { period: '2025-Q1', count: 5 },
      { period: '2025-Q2', count: 0 },
    ]);
    expect(monthsToQuarters(entries).reduce((s, x) => s + x.count, 0)).toBe(complaintTotal(entries));
    expect(monthsToQuarters([])).toEqual([]);
  });
});

describe('windows', () => {
  it('totals the entries inside the given periods', () => {
    const entries = months('2025-01', [1, 2, 3, 4, 5, 6]);
    expect(windowTotal(entries, ['2025-05', '2025-06'])).toBe(11);
    expect(windowTotal(entries, ['2025-Q2'])).toBe(15);
    expect(windowTotal([e('2025-Q2', 9)], ['2025-05'])).toBe(0);
    expect(windowTotal(entries, [])).toBe(0);
  });

  it('finds the journey periods, in quarters once any touchpoint counts in quarters', () => {
    const a = tp({ complaints: [e('2025-03', 1), e('2025-01', 1)] });
    const b = tp({ complaints: [e('2025-02', 1), e('2025-03', 2)] });
    expect(journeyPeriods([a, b])).toEqual(['2025-01', '2025-02', '2025-03']);
    const c = tp({ complaints: [e('2025-Q2', 5)] });
    expect(journeyPeriods([a, b, c])).toEqual(['2025-Q1', '2025-Q2']);
    expect(journeyPeriods([])).toEqual([]);
  });

  it('takes the last n consecutive periods, filling gaps, not before the first', () => {
    expect(lastNPeriods(['2024-11', '2025-03'], 3)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(lastNPeriods(['2024-11', '2025-03'], 6)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02', '2025-03']);
    expect(lastNPeriods(['2025-Q4', '2024-Q3'], 2)).toEqual(['2025-Q3', '2025-Q4']);
    expect(lastNPeriods(['2025-01', '2025-Q2'], 6)).toEqual(['2025-Q1', '2025-Q2']);
    expect(lastNPeriods(['2025-01'], 0)).toEqual([]);
    expect(lastNPeriods([], 6)).toEqual([]);
  });
});

describe('count input', () => {
  it('accepts whole numbers ≥ 0', () => {
    expect(parseCount('12')).toEqual({ ok: true, value: 12 });
    expect(parseCount(' 0 ')).toEqual({ ok: true, value: 0 });
    expect(parseCount('1,234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount('１２')).toEqual({ ok: true, value: 12 });
    expect(parseCount('3.0')).toEqual({ ok: true, value: 3 });
  });

  it('says why anything else is refused', () => {
    expect(parseCount('')).toMatchObject({ ok: false, error: 'empty' });
    expect(parseCount('-3')).toMatchObject({ ok: false, error: 'negative', message: { en: 'A count cannot be negative' } });
    expect(parseCount('2.5')).toMatchObject({ ok: false, error: 'not-whole', message: { zh: '数量应为整数' } });
    expect(parseCount('abc')).toMatchObject({ ok: false, error: 'not-a-number' });
    expect(parseCount('1e3')).toMatchObject({ ok: false, error: 'not-a-number' });
    expect(parseCount('12,34')).toMatchObject({ ok: false, error: 'not-a-number' });
    expect(parseCount('99999999999999999999')).toMatchObject({ ok: false, error: 'too-large' });
  });
});

describe('dashboard', () => {
  const data = journey(
    'bank',
    tp({ title: 'A', complaints: [e('2025-01', 5), e('2025-02', 1)], risk: risk(1, 2) }), // stage 0, channel 0
    tp({ title: 'B', complaints: [e('2025-02', 7)], risk: risk(3, 4) }), // stage 1, channel 1
    tp({ title: 'C', complaints: [] }), // stage 2, channel 2
    tp({ title: 'D', complaints: [e('2025-02', 6)], risk: risk(5, 5) }), // stage 3, channel 0
    tp({ title: 'E', complaints: [e('2025-01', 7)], risk: risk(2, 3) }), // stage 4, channel 1
  );

  it('totals complaints per stage and per channel, in lane order', () => {
    expect(complaintsByStage(data).map((s) => s.total)).toEqual([6, 7, 0, 6, 7]);
    expect(complaintsByStage(data)[0].name).toBe('认知');
    expect(complaintsByChannel(data).map((c) => [c.name, c.total])).toEqual([
      ['网点', 12],
      ['手机银行', 14],
      ['客服热线', 0],
    ]);
    expect(complaintsByChannel(data, { periods: ['2025-02'] }).map((c) => c.total)).toEqual([7, 7, 0]);
  });

  it('ranks the top touchpoints, leaving out those without complaints; ties keep map order', () => {
    expect(topTouchpointsByComplaints(data, 3).map((t) => [t.title, t.total])).toEqual([
      ['B', 7],
      ['E', 7],
      ['A', 6],
    ]);
    expect(topTouchpointsByComplaints(data, 10)).toHaveLength(4);
    expect(topTouchpointsByComplaints(data, 0)).toEqual([]);
    expect(topTouchpointsByComplaints(data, 5, { periods: ['2025-01'] }).map((t) => t.title)).toEqual(['E', 'A']);
  });

  it('counts touchpoints per risk level', () => {
    expect(riskLevelCounts(data)).toEqual({ low: 1, medium: 1, high: 1, critical: 1, unassessed: 1 });
  });

  it('gives volumes for the heat overlay', () => {
    const v = complaintVolumes(data);
    expect(v.total).toBe(26);
    expect(v.max).toBe(7);
    expect(v.byTouchpoint.get(data.touchpoints[2].id)).toBe(0);
    expect(complaintVolumes(data, { periods: ['2025-01'] }).max).toBe(7);
  });
});
