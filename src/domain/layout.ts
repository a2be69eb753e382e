/**
 * The lane grid: where each stage column and channel lane lies on the canvas, and where each
 * touchpoint lies inside it. Touchpoints store (stage, channel, offset inside the cell); their
 * canvas position is derived here, so reordering or resizing lanes carries them along.
 */
import type { Channel, Point, Stage, Touchpoint } from './schema';

export const LAYOUT = {
  nodeWidth: 200,
  nodeHeight: 88,
  cellPadding: 20,
  minColumnWidth: 260,
  minLaneHeight: 150,
  headerHeight: 52,
  labelWidth: 150,
  grid: 10,
} as const;

export interface ColumnBox {
  id: string;
  x: number;
  width: number;
}
export interface LaneBox {
  id: string;
  y: number;
  height: number;
}

export interface GridLayout {
  columns: ColumnBox[];
  lanes: LaneBox[];
  columnById: Map<string, ColumnBox>;
  laneById: Map<string, LaneBox>;
  width: number;
  height: number;
}

type Placed = Pick<Touchpoint, 'stageId' | 'channelId' | 'offset'>;

/** Lanes grow to fit what they hold; `stages` and `channels` must already be sorted. */
export function computeLayout(
  stages: readonly Stage[],
  channels: readonly Channel[],
  touchpoints: Iterable<Placed>,
): GridLayout {
  const colExtent = new Map<string, number>();
  const laneExtent = new Map<string, number>();
  for (const t of touchpoints) {
    const right = t.offset.x + LAYOUT.nodeWidth + LAYOUT.cellPadding;
    const bottom = t.offset.y + LAYOUT.nodeHeight + LAYOUT.cellPadding;
    if (right > (colExtent.get(t.stageId) ?? 0)) colExtent.set(t.stageId, right);
    if (bottom > (laneExtent.get(t.channelId) ?? 0)) laneExtent.set(t.channelId, bottom);
  }
  const columns: ColumnBox[] = [];
  let x = 0;
  for (const s of stages) {
    const width = snapUp(Math.max(LAYOUT.minColumnWidth, colExtent.get(s.id) ?? 0));
    columns.push({ id: s.id, x, width });
    x += width;
  }
  const lanes: LaneBox[] = [];
  let y = 0;
  for (const c of channels) {
    const height = snapUp(Math.max(LAYOUT.minLaneHeight, laneExtent.get(c.id) ?? 0));
    lanes.push({ id: c.id, y, height });
    y += height;
  }
  return {
    columns,
    lanes,
    columnById: new Map(columns.map((c) => [c.id, c])),
    laneById: new Map(lanes.map((l) => [l.id, l])),
    width: x,
    height: y,
  };
}

function snapUp(v: number): number {
  return Math.ceil(v / LAYOUT.grid) * LAYOUT.grid;
}

/** Canvas position (top-left) of a touchpoint, or null when its stage or channel is gone. */
export function touchpointPosition(layout: GridLayout, t: Placed): Point | null {
  const col = layout.columnById.get(t.stageId);
  const lane = layout.laneById.get(t.channelId);
  if (!col || !lane) return null;
  return { x: col.x + t.offset.x, y: lane.y + t.offset.y };
}

function indexAt<T>(items: readonly T[], start: (i: T) => number, size: (i: T) => number, v: number): number {
  for (let i = 0; i < items.length; i++) {
    if (v < start(items[i]) + size(items[i])) return i;
  }
  return items.length - 1;
}

/** The cell under a canvas point; points outside the grid fall into the nearest cell. */
export function cellAt(layout: GridLayout, p: Point): { stageId: string; channelId: string } | null {
  if (!layout.columns.length || !layout.lanes.length) return null;
  const ci = indexAt(layout.columns, (c) => c.x, (c) => c.width, p.x);
  const li = indexAt(layout.lanes, (l) => l.y, (l) => l.height, p.y);
  return { stageId: layout.columns[ci].id, channelId: layout.lanes[li].id };
}

/**
 * Where a touchpoint whose top-left is dropped at `topLeft` belongs: the cell under its centre,
 * and its offset inside that cell (kept inside the cell's left and top padding).
 */
export function placementFor(layout: GridLayout, topLeft: Point, snap = false): Placed | null {
  const centre = { x: topLeft.x + LAYOUT.nodeWidth / 2, y: topLeft.y + LAYOUT.nodeHeight / 2 };
  const cell = cellAt(layout, centre);
  if (!cell) return null;
  const col = layout.columnById.get(cell.stageId)!;
  const lane = layout.laneById.get(cell.channelId)!;
  const pad = LAYOUT.cellPadding / 2;
  let ox = Math.max(pad, topLeft.x - col.x);
  let oy = Math.max(pad, topLeft.y - lane.y);
  if (snap) {
    ox = Math.max(pad, Math.round(ox / LAYOUT.grid) * LAYOUT.grid);
    oy = Math.max(pad, Math.round(oy / LAYOUT.grid) * LAYOUT.grid);
  }
  return { stageId: cell.stageId, channelId: cell.channelId, offset: { x: ox, y: oy } };
}

/**
 * A free spot in a cell for a new touchpoint: left to right in rows, skipping spots taken.
 */
export function freeOffsetInCell(
  touchpoints: Iterable<Placed>,
  stageId: string,
  channelId: string,
  perRow = 1,
): Point {
  const taken: Point[] = [];
  for (const t of touchpoints) if (t.stageId === stageId && t.channelId === channelId) taken.push(t.offset);
  const stepX = LAYOUT.nodeWidth + LAYOUT.cellPadding;
  const stepY = LAYOUT.nodeHeight + LAYOUT.cellPadding;
  for (let i = 0; ; i++) {
    const candidate = {
      x: LAYOUT.cellPadding + (i % perRow) * stepX,
      y: LAYOUT.cellPadding + Math.floor(i / perRow) * stepY,
    };
    const overlaps = taken.some(
      (o) => Math.abs(o.x - candidate.x) < LAYOUT.nodeWidth && Math.abs(o.y - candidate.y) < LAYOUT.nodeHeight,
    );
    if (!overlaps) return candidate;
  }
}
