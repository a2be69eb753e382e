/**
 * What the far layer draws, computed once per change of the document view (not per frame):
 * every touchpoint as a box in its colour mark and every connection as a line, in flow
 * coordinates; and which touchpoint lies under a point (clicks at far zoom).
 */
import { touchpointPosition } from '../domain/layout';
import { touchpointRiskLevel } from '../domain/risk';
import type { Point } from '../domain/schema';
import type { EditorState } from '../store/editorStore';
import { selectLayout } from '../store/selectors';
import { TOUCHPOINT_SIZE } from './geometry';
import { overlayClass } from './overlayColour';

/** The colour mark of each class a node can get (the border colours of the overlay classes). */
const MARKS: Record<string, string> = {
  '': '#8794aa',
  'ov-lvl-low': '#e0b93a',
  'ov-lvl-medium': '#e0893a',
  'ov-lvl-high': '#c4461f',
  'ov-lvl-critical': '#8e1030',
  'ov-none': '#c9ced8',
  'ov-clean': '#7fb77e',
  'ov-heat-0': '#d9dee7',
  'ov-heat-1': '#9ecae1',
  'ov-heat-2': '#6baed6',
  'ov-heat-3': '#2171b5',
  'ov-heat-4': '#08306b',
};

/** The overlay's colour when one is on, else the risk level's. */
export function farMark(s: EditorState, id: string): string {
  const tp = s.touchpoints[id];
  if (!tp) return MARKS[''];
  if (s.overlay !== 'none') return MARKS[overlayClass(s, tp)] ?? MARKS[''];
  const level = touchpointRiskLevel(tp, s.meta?.settings.riskBands);
  return MARKS[level ? `ov-lvl-${level}` : ''];
}

export interface FarScene {
  ids: string[];
  /** Top-left corners, x then y per touchpoint. */
  xy: Float64Array;
  /** Touchpoint indexes per colour. */
  byColour: Map<string, number[]>;
  selected: number[];
  /** Connections: source x, y, target x, y. */
  lines: Float64Array;
}

export function buildFarScene(s: EditorState): FarScene {
  const layout = selectLayout(s);
  const drag = s.dragPositions;
  const ids: string[] = [];
  const pos = new Map<string, Point>();
  const list = Object.values(s.touchpoints);
  const xy = new Float64Array(list.length * 2);
  const byColour = new Map<string, number[]>();
  const selected: number[] = [];
  for (const tp of list) {
    const p = drag?.[tp.id] ?? touchpointPosition(layout, tp);
    if (!p) continue;
    const i = ids.length;
    ids.push(tp.id);
    pos.set(tp.id, p);
    xy[i * 2] = p.x;
    xy[i * 2 + 1] = p.y;
    const colour = farMark(s, tp.id);
    let group = byColour.get(colour);
    if (!group) byColour.set(colour, (group = []));
    group.push(i);
    if (s.selectedNodeIds.has(tp.id)) selected.push(i);
  }
  const connections = Object.values(s.connections);
  const lines = new Float64Array(connections.length * 4);
  let n = 0;
  const midY = TOUCHPOINT_SIZE.height / 2;
  for (const c of connections) {
    const a = pos.get(c.source);
    const b = pos.get(c.target);
    if (!a || !b) continue;
    lines.set([a.x + TOUCHPOINT_SIZE.width, a.y + midY, b.x, b.y + midY], n);
    n += 4;
  }
  return { ids, xy: xy.subarray(0, ids.length * 2), byColour, selected, lines: lines.subarray(0, n) };
}

/** Where a touchpoint or note is (top-left), from the document; null if it is gone. */
export function nodePosition(s: EditorState, id: string): Point | null {
  const tp = s.touchpoints[id];
  if (tp) return s.dragPositions?.[id] ?? touchpointPosition(selectLayout(s), tp);
  return s.notes[id]?.position ?? null;
}

/** The touchpoint under a flow-coordinate point, topmost first (the last drawn). */
/** The touchpoints wholly inside the rectangle between two corners (in either order), as a selection box takes them. */
export function farNodesIn(scene: FarScene, a: Point, b: Point): string[] {
  const x0 = Math.min(a.x, b.x), x1 = Math.max(a.x, b.x);
  const y0 = Math.min(a.y, b.y), y1 = Math.max(a.y, b.y);
  const out: string[] = [];
  for (let i = 0; i < scene.ids.length; i++) {
    const x = scene.xy[i * 2];
    const y = scene.xy[i * 2 + 1];
    if (x >= x0 && y >= y0 && x + TOUCHPOINT_SIZE.width <= x1 && y + TOUCHPOINT_SIZE.height <= y1) out.push(scene.ids[i]);
  }
  return out;
}

export function farNodeAt(scene: FarScene, p: Point): string | null {
  for (let i = scene.ids.length - 1; i >= 0; i--) {
    const x = scene.xy[i * 2];
    const y = scene.xy[i * 2 + 1];
    if (p.x >= x && p.x <= x + TOUCHPOINT_SIZE.width && p.y >= y && p.y <= y + TOUCHPOINT_SIZE.height) return scene.ids[i];
  }
  return null;
}
