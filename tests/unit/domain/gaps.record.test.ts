import { describe, expect, it } from 'vitest';
import { analyse, gapKey, toPlainGap } from '../../../src/domain/gaps';
import { journey, load, months, risk, tp } from './build';

describe('Gap objects (worded when read)', () => {
  it('the message is worded once; id and message agree whichever is read first', () => {
    const data = journey('bank', tp({ kind: 'surrender-closure', risk: risk(2, 3) }), tp({ kind: 'surrender-closure', risk: risk(2, 3) }));
    const [a, b] = analyse(data).gaps;
    const idFirst = a.id;
    expect(a.message).toBe(a.message);
    expect(a.id).toBe(idFirst);
    const message = b.message;
    expect(b.id).toBe(gapKey(b.touchpointId, b.rule, b.controlId));
    expect(b.message).toBe(message);
    expect(JSON.parse(JSON.stringify(b))).toEqual(toPlainGap(b));
  });

  it('a spike read long after the analysis quotes the window it was found in (quarters, months summed)', () => {
    // Quarters because one entry is a quarter: 2025-Q1 … Q3 hold 3, 3, 3; Q4 holds 2 + 3 + 10 months = 15.
    const spiking = tp({ owner: 'Ops', complaints: [{ period: '2025-Q1', count: 3 }, ...months('2025-04', [1, 1, 1, 1, 1, 1, 2, 3, 10])] });
    const other = load([50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50], '2025-01');
    const gaps = analyse(journey('bank', spiking, other)).byTouchpoint.get(spiking.id)!;
    const spike = gaps.find((g) => g.rule === 'complaint-spike');
    expect(spike?.message.en).toBe(
      'Complaint spike: 15 in 2025-Q4 against a mean of 3 over the previous 3 periods (threshold 2× the mean and at least 5 more).',
    );
  });
});
