import { describe, expect, it } from 'vitest';
import { computeLayout, touchpointPosition } from '../../../src/domain/layout';
import { sortLanes } from '../../../src/domain/order';
import { buildSpatialIndex, queryWindow } from '../../../src/canvas/spatialIndex';
import { TOUCHPOINT_SIZE } from '../../../src/canvas/geometry';
import { generateJourney } from '../../bench/journeyGen';

describe('spatial index of the canvas window', () => {
  const data = generateJourney(1500);
  // A few long connections across the map, as a journey has.
  for (let i = 0; i < 20; i++) {
    data.connections.push({ id: `long${i}`, source: data.touchpoints[i].id, target: data.touchpoints[1499 - i].id, label: '', kind: 'flow' });
  }
  const layout = computeLayout(sortLanes(data.stages), sortLanes(data.channels), data.touchpoints);
  const touchpoints = Object.fromEntries(data.touchpoints.map((t) => [t.id, t]));
  const connections = Object.fromEntries(data.connections.map((c) => [c.id, c]));
  const index = buildSpatialIndex(touchpoints, connections, layout);

  it('finds exactly what a scan of the whole journey finds', () => {
    const { width, height } = TOUCHPOINT_SIZE;
    for (const win of [
      { x0: 0, y0: 0, x1: 3000, y1: 2000 },
      { x0: 4100, y0: 900, x1: 7300, y1: 3300 },
      { x0: -500, y0: -500, x1: 100000, y1: 100000 },
      { x0: 50000, y0: 50000, x1: 51000, y1: 51000 },
    ]) {
      const pos = new Map(data.touchpoints.map((t) => [t.id, touchpointPosition(layout, t)!]));
      const hit = (a: { x: number; y: number }, b: { x: number; y: number }) =>
        Math.max(a.x, b.x) + width >= win.x0 && Math.min(a.x, b.x) <= win.x1 && Math.max(a.y, b.y) + height >= win.y0 && Math.min(a.y, b.y) <= win.y1;
      const tps = new Set(data.touchpoints.filter((t) => hit(pos.get(t.id)!, pos.get(t.id)!)).map((t) => t.id));
      const cons = new Set<string>();
      for (const c of data.connections) {
        if (!hit(pos.get(c.source)!, pos.get(c.target)!)) continue;
        cons.add(c.id);
        tps.add(c.source);
        tps.add(c.target);
      }
      const got = queryWindow(index, win);
      expect([...got.connections].sort()).toEqual([...cons].sort());
      expect([...got.touchpoints].sort()).toEqual([...tps].sort());
    }
  });
});
