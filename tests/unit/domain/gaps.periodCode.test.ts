import { describe, expect, it } from 'vitest';
import { NO_PERIOD_CODE, parsePeriod, periodCode, periodCodeInt } from '../../../src/domain/periods';

/** What `periodCodeInt` must return, from the reference parser. */
function expected(p: string): number {
  const parsed = parsePeriod(p);
  if (!parsed) return NO_PERIOD_CODE;
  return parsed.granularity === 'month' ? parsed.index : -(parsed.index + 1);
}

describe('periodCodeInt (the gap analysis parses every complaint period with it)', () => {
  it('agrees with parsePeriod on every year and every two-character ending', () => {
    const endings: string[] = [];
    for (let a = 0; a < 128; a++) for (const b of '0123456789Qq-') endings.push(String.fromCharCode(a) + b);
    const wrong: string[] = [];
    for (let y = 0; y <= 9999; y += 37) {
      const year = String(y).padStart(4, '0');
      for (const end of endings) {
        const p = `${year}-${end}`;
        if (periodCodeInt(p) !== expected(p)) wrong.push(p);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('rejects anything that is not YYYY-MM or YYYY-Qn, character by character', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x3100; c++) {
      for (let at = 0; at < 7; at++) {
        const chars = '2025-03'.split('');
        chars[at] = String.fromCharCode(c);
        const p = chars.join('');
        if (periodCodeInt(p) !== expected(p)) wrong.push(p);
      }
    }
    expect(wrong).toEqual([]);
    for (const p of ['', '2025-1', '2025-001', '2025/03', ' 2025-03', '2025-Q', '2025-q1', '2025-Q5']) expect(periodCodeInt(p)).toBe(NO_PERIOD_CODE);
    expect(periodCodeInt(42 as unknown as string)).toBe(NO_PERIOD_CODE);
  });

  it('months are month indexes, quarters −(quarter index + 1); periodCode gives NaN for invalid', () => {
    expect(periodCodeInt('2025-01')).toBe(2025 * 12);
    expect(periodCodeInt('2025-12')).toBe(2025 * 12 + 11);
    expect(periodCodeInt('2025-Q1')).toBe(-(2025 * 4 + 1));
    expect(periodCodeInt('0000-Q1')).toBe(-1);
    expect(periodCode('2025-13')).toBeNaN();
    expect(periodCode('2025-Q4')).toBe(-(2025 * 4 + 4));
  });
});
