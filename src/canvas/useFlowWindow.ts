/**
 * The part of the map handed to React Flow: the visible area and one screen around it on every
 * side, in flow coordinates. It moves only once the view has travelled half a screen, so most
 * frames of a pan change nothing here. React Flow then culls and measures within it, and its
 * per-frame work (visible nodes and edges, selection) scales with the window, not with the
 * journey — five thousand touchpoints cost what a few hundred do.
 */
import { useStoreApi } from '@xyflow/react';
import { useLayoutEffect, useState } from 'react';

export interface FlowRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Screens of margin around the visible area. */
const MARGIN = 1;

export function useFlowWindow(): FlowRect | null {
  const flowStore = useStoreApi();
  const [win, setWin] = useState<FlowRect | null>(null);
  useLayoutEffect(() => {
    let current: FlowRect | null = null;
    let last: unknown = null;
    const update = (s: { transform: [number, number, number]; width: number; height: number }) => {
      if (s.transform === last || !s.width || !s.height) return;
      last = s.transform;
      const [x, y, k] = s.transform;
      const w = s.width / k;
      const h = s.height / k;
      const vx = -x / k;
      const vy = -y / k;
      // Still at least half a screen inside the window, and the window not much too big for the
      // view (after zooming in): nothing to do.
      if (
        current &&
        vx - current.x0 >= w / 2 &&
        vy - current.y0 >= h / 2 &&
        current.x1 - (vx + w) >= w / 2 &&
        current.y1 - (vy + h) >= h / 2 &&
        current.x1 - current.x0 <= w * (1 + 2 * MARGIN) * 1.5
      ) {
        return;
      }
      current = { x0: vx - w * MARGIN, y0: vy - h * MARGIN, x1: vx + w * (1 + MARGIN), y1: vy + h * (1 + MARGIN) };
      setWin(current);
    };
    update(flowStore.getState());
    return flowStore.subscribe(update);
  }, [flowStore]);
  return win;
}
