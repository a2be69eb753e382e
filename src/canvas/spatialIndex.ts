/**
 * Where touchpoints and connections lie, bucketed on a coarse grid once per change of the
 * document, so the window around the view (`useFlowWindow`) is filled by looking at the few
 * buckets it covers instead of scanning the whole journey each time the view moves on.
 */
import { touchpointPosition, type GridLayout } from '../domain/layout';
import type { Connection, Point, Touchpoint } from '../domain/schema';
import { TOUCHPOINT_SIZE } from './geometry';
import type { FlowRect } from './useFlowWindow';

const CELL = 1500;
/** A connection spanning more buckets than this is checked on every query instead. */
const MAX_CELLS = 64;

export interface SpatialIndex {
  positions: ReadonlyMap<string, Point>;
  touchpoints: ReadonlyMap<number, string[]>;
  connections: ReadonlyMap<number, string[]>;
  long: readonly string[];
  ends: ReadonlyMap<string, readonly [Point, Point, string, string]>;
}

// Bucket keys as one number: rows and columns fit easily in 2^20 either side of the origin.
const key = (cx: number, cy: number) => (cx + 0x80000) * 0x100000 + (cy + 0x80000);

function push(map: Map<number, string[]>, k: number, id: string) {
  const list = map.get(k);
  if (list) list.push(id);
  else map.set(k, [id]);
}

export function buildSpatialIndex(
  touchpoints: Readonly<Record<string, Touchpoint>>,
  connections: Readonly<Record<string, Connection>>,
  layout: GridLayout,
): SpatialIndex {
  const positions = new Map<string, Point>();
  const tps = new Map<number, string[]>();
  for (const t of Object.values(touchpoints)) {
    const p = touchpointPosition(layout, t);
    if (!p) continue;
    positions.set(t.id, p);
    push(tps, key(Math.floor(p.x / CELL), Math.floor(p.y / CELL)), t.id);
  }
  const cons = new Map<number, string[]>();
  const long: string[] = [];
  const ends = new Map<string, readonly [Point, Point, string, string]>();
  for (const c of Object.values(connections)) {
    const a = positions.get(c.source);
    const b = positions.get(c.target);
    if (!a || !b) continue;
    ends.set(c.id, [a, b, c.source, c.target]);
    const cx0 = Math.floor(Math.min(a.x, b.x) / CELL);
    const cy0 = Math.floor(Math.min(a.y, b.y) / CELL);
    const cx1 = Math.floor((Math.max(a.x, b.x) + TOUCHPOINT_SIZE.width) / CELL);
    const cy1 = Math.floor((Math.max(a.y, b.y) + TOUCHPOINT_SIZE.height) / CELL);
    if ((cx1 - cx0 + 1) * (cy1 - cy0 + 1) > MAX_CELLS) {
      long.push(c.id);
      continue;
    }
    for (let cx = cx0; cx <= cx1; cx++) for (let cy = cy0; cy <= cy1; cy++) push(cons, key(cx, cy), c.id);
  }
  return { positions, touchpoints: tps, connections: cons, long, ends };
}

function overlaps(a: Point, b: Point, w: FlowRect): boolean {
  const { width, height } = TOUCHPOINT_SIZE;
  return Math.max(a.x, b.x) + width >= w.x0 && Math.min(a.x, b.x) <= w.x1 && Math.max(a.y, b.y) + height >= w.y0 && Math.min(a.y, b.y) <= w.y1;
}

/** Touchpoints in the window, and connections crossing it together with both their ends. */
export function queryWindow(index: SpatialIndex, win: FlowRect): { touchpoints: Set<string>; connections: Set<string> } {
  const tps = new Set<string>();
  const cons = new Set<string>();
  // A node belongs to the bucket of its top-left corner: look one node size further up-left.
  const cx0 = Math.floor((win.x0 - TOUCHPOINT_SIZE.width) / CELL);
  const cy0 = Math.floor((win.y0 - TOUCHPOINT_SIZE.height) / CELL);
  const cx1 = Math.floor(win.x1 / CELL);
  const cy1 = Math.floor(win.y1 / CELL);
  const addConnection = (id: string) => {
    if (cons.has(id)) return;
    const e = index.ends.get(id);
    if (!e || !overlaps(e[0], e[1], win)) return;
    cons.add(id);
    tps.add(e[2]);
    tps.add(e[3]);
  };
  for (let cx = cx0; cx <= cx1; cx++) {
    for (let cy = cy0; cy <= cy1; cy++) {
      const k = key(cx, cy);
      for (const id of index.touchpoints.get(k) ?? []) {
        const p = index.positions.get(id)!;
        if (overlaps(p, p, win)) tps.add(id);
      }
      for (const id of index.connections.get(k) ?? []) addConnection(id);
    }
  }
  for (const id of index.long) addConnection(id);
  return { touchpoints: tps, connections: cons };
}
