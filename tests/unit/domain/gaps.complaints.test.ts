import { describe, expect, it } from 'vitest';
import type { JourneyData } from '../../../src/domain/schema';
import { gap, journey, load, months, risk, tp } from './build';

describe('complaint hotspot', () => {
  const hot = (data: JourneyData, i: number) => gap(data, 'complaint-hotspot', i);

  it('≥ 25 % of the journey and ≥ 10, both edges inclusive', () => {
    const data = journey('bank', load([10], '2025-06'), load([30], '2025-06'));
    expect(hot(data, 0)?.severity).toBe('medium');
    expect(hot(data, 0)?.message.en).toBe(
      'Complaint hotspot: 10 of the journey’s 40 complaints in the last 1 period (25%; threshold 25% and at least 10).',
    );
    expect(hot(data, 1)).toBeDefined();
    expect(hot(journey('bank', load([10], '2025-06'), load([31], '2025-06')), 0)).toBeUndefined(); // 24.4 %
    expect(hot(journey('bank', load([9], '2025-06'), load([21], '2025-06')), 0)).toBeUndefined(); // 30 % but 9
  });

  it('counts only the last hotspotWindow periods of the journey', () => {
    // journey spans 2024-01 … 2025-06: the window is 2025-01 … 2025-06
    const old = tp({ ...load([100], '2024-01'), complaints: [...months('2024-01', [100]), ...months('2025-01', [1])] });
    const recent = load([2, 2, 2, 2, 2, 2], '2025-01');
    const data = journey('bank', old, recent);
    expect(hot(data, 0)).toBeUndefined();
    expect(hot(data, 1)?.message.en).toContain('12 of the journey’s 13 complaints in the last 6 periods (92%');
  });

  it('takes its thresholds from the journey settings', () => {
    const data = journey('bank', load([10], '2025-06'), load([30], '2025-06'));
    data.meta.settings.gapThresholds = { ...data.meta.settings.gapThresholds, hotspotShare: 0.5 };
    expect(hot(data, 0)).toBeUndefined();
    const small = journey('bank', load([9], '2025-06'), load([21], '2025-06'));
    small.meta.settings.gapThresholds = { ...small.meta.settings.gapThresholds, hotspotMinCount: 5 };
    expect(hot(small, 0)).toBeDefined();
  });

  it('is high when the risk is high or critical', () => {
    const data = journey('bank', { ...load([10], '2025-06'), risk: risk(3, 4) }, load([10], '2025-06'));
    expect(hot(data, 0)?.severity).toBe('high');
    expect(hot(data, 0)?.message.en).toMatch(/Risk is high, so severity is high\.$/);
  });

  it('works in quarters when any touchpoint counts in quarters', () => {
    const monthly = load([4, 4, 4], '2025-04'); // 12 in 2025-Q2
    const quarterly = { ...load([]), complaints: [{ period: '2025-Q2', count: 28 }] };
    const data = journey('bank', monthly, quarterly);
    expect(hot(data, 0)?.message.en).toContain('12 of the journey’s 40 complaints in the last 1 period (30%');
  });
});

describe('complaint spike', () => {
  const spike = (counts: number[], others = [100, 100, 100, 100, 100, 100]) =>
    gap(journey('bank', load(counts), load(others)), 'complaint-spike');

  it('latest ≥ 2 × the mean of the previous periods and ≥ 5 above it → high', () => {
    const g = spike([2, 2, 2, 2, 2, 9]);
    expect(g?.severity).toBe('high');
    expect(g?.message.en).toBe(
      'Complaint spike: 9 in 2025-06 against a mean of 2 over the previous 5 periods (threshold 2× the mean and at least 5 more).',
    );
    expect(spike([2, 2, 2, 2, 2, 6])).toBeUndefined(); // only 4 above the mean
    expect(spike([10, 10, 10, 10, 10, 19])).toBeUndefined(); // 1.9 ×
    expect(spike([10, 10, 10, 10, 10, 20])).toBeDefined();
    expect(spike([0, 0, 0, 0, 0, 5])).toBeDefined();
    expect(spike([0, 0, 0, 0, 0, 4])).toBeUndefined();
  });

  it('periods without entries count as zero; a touchpoint silent in the latest period has no spike', () => {
    const sparse = { ...load([]), complaints: [{ period: '2025-01', count: 4 }, { period: '2025-06', count: 9 }] };
    expect(gap(journey('bank', sparse, load([100, 100, 100, 100, 100, 100])), 'complaint-spike')?.message.en).toContain('mean of 0.8');
    expect(spike([20, 20, 20, 20, 20], [1, 1, 1, 1, 1, 1])).toBeUndefined();
  });

  it('looks only at the window', () => {
    const counts = [30, 30, 30, 2, 2, 9];
    expect(spike(counts)).toBeUndefined(); // mean 18.8
    const data = journey('bank', load(counts), load([100, 100, 100, 100, 100, 100]));
    data.meta.settings.gapThresholds = { ...data.meta.settings.gapThresholds, hotspotWindow: 3 };
    expect(gap(data, 'complaint-spike')?.message.en).toContain('mean of 2 over the previous 2 periods');
  });

  it('needs at least two periods in the journey, and follows spikeFactor / spikeMinDelta', () => {
    expect(gap(journey('bank', load([50], '2025-06'), load([200], '2025-06')), 'complaint-spike')).toBeUndefined();
    const data = journey('bank', load([2, 2, 2, 2, 2, 6]), load([100, 100, 100, 100, 100, 100]));
    data.meta.settings.gapThresholds = { ...data.meta.settings.gapThresholds, spikeMinDelta: 4, spikeFactor: 3 };
    expect(gap(data, 'complaint-spike')).toBeDefined();
    data.meta.settings.gapThresholds = { ...data.meta.settings.gapThresholds, spikeFactor: 3.5 };
    expect(gap(data, 'complaint-spike')).toBeUndefined();
  });
});

