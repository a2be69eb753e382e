import { describe, expect, it } from 'vitest';
import { crispTransform } from '../../../src/canvas/crispViewport';

describe('crispTransform', () => {
  it('puts the translation on whole pixels and keeps the zoom', () => {
    expect(crispTransform([123.4, -56.6, 0.8125], 1)).toBe('translate(123px, -57px) scale(0.8125)');
  });

  it('rounds to device pixels on a high-density screen', () => {
    expect(crispTransform([10.3, 10.8, 1], 2)).toBe('translate(10.5px, 11px) scale(1)');
  });

  it('leaves a whole-pixel view as it is', () => {
    expect(crispTransform([40, 300, 1], 1)).toBe('translate(40px, 300px) scale(1)');
  });
});
