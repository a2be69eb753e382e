import { describe, expect, it } from 'vitest';
import { farNodesIn, type FarScene } from '../../../src/canvas/farScene';
import { TOUCHPOINT_SIZE } from '../../../src/canvas/geometry';

const { width: W, height: H } = TOUCHPOINT_SIZE;
const scene = (corners: [string, number, number][]): FarScene => ({
  ids: corners.map(([id]) => id),
  xy: Float64Array.from(corners.flatMap(([, x, y]) => [x, y])),
  byColour: new Map(),
  selected: [],
  lines: new Float64Array(0),
});

describe('farNodesIn (a selection box at far zoom)', () => {
  const s = scene([
    ['a', 0, 0],
    ['b', 1000, 0],
    ['c', 0, 1000],
  ]);

  it('takes the touchpoints wholly inside the box, whichever way it was drawn', () => {
    expect(farNodesIn(s, { x: -10, y: -10 }, { x: 1000 + W + 10, y: H + 10 })).toEqual(['a', 'b']);
    expect(farNodesIn(s, { x: 1000 + W + 10, y: H + 10 }, { x: -10, y: -10 })).toEqual(['a', 'b']);
  });

  it('leaves out a touchpoint the box only cuts through', () => {
    expect(farNodesIn(s, { x: -10, y: -10 }, { x: W / 2, y: 2000 })).toEqual([]);
    expect(farNodesIn(s, { x: -10, y: -10 }, { x: W + 1, y: 2000 })).toEqual(['a', 'c']);
  });
});
