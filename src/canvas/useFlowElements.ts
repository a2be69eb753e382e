/**
 * React Flow nodes and edges derived from the document view and session state. A node object
 * is rebuilt only when its own record, position or selection changed, so React Flow re-renders
 * just those nodes (the identity trick of React Flow's own `adoptUserNodes`).
 *
 * React Flow gets only what lies in the window around the view (`useFlowWindow`): touchpoints
 * there, connections crossing it with both their ends, and whatever is selected or dragged.
 * Far zoomed out (`far`) it gets no touchpoints or connections at all: the far layer
 * (`FarLayer`) draws them in one 2D canvas. Every node and edge React Flow holds costs work on
 * every frame of a pan, mounted or not.
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import { touchpointPosition } from '../domain/layout';
import type { Connection, Note, Point, Touchpoint } from '../domain/schema';
import type { GridLayout } from '../domain/layout';
import { usePresence } from '../store/presence';
import { selectLayout } from '../store/selectors';
import { useEditor } from '../store/useEditor';
import { connectionAriaLabel } from './flowAriaLabels';
import { NOTE_SIZE, TOUCHPOINT_HANDLES, TOUCHPOINT_SIZE } from './geometry';
import type { FlowRect } from './useFlowWindow';

export type TouchpointFlowNode = Node<Record<string, never>, 'touchpoint'>;
export type NoteFlowNode = Node<Record<string, never>, 'note'>;
export type FlowNode = TouchpointFlowNode | NoteFlowNode;

const NO_DATA = {} as Record<string, never>;

interface Cached<T> {
  record: unknown;
  x: number;
  y: number;
  selected: boolean;
  node: T;
}

/** Ids of the touchpoints and connections React Flow gets; null: all of them. */
export interface FlowWindowIds {
  touchpoints: ReadonlySet<string>;
  connections: ReadonlySet<string>;
}

function overlaps(a: Point, b: Point, w: FlowRect): boolean {
  const { width, height } = TOUCHPOINT_SIZE;
  return Math.max(a.x, b.x) + width >= w.x0 && Math.min(a.x, b.x) <= w.x1 && Math.max(a.y, b.y) + height >= w.y0 && Math.min(a.y, b.y) <= w.y1;
}

function windowIds(
  far: boolean,
  win: FlowRect | null,
  touchpoints: Readonly<Record<string, Touchpoint>>,
  connections: Readonly<Record<string, Connection>>,
  layout: GridLayout,
  selected: ReadonlySet<string>,
  remoteDrags: Readonly<Record<string, Point>> | null | undefined,
): FlowWindowIds | null {
  if (far) return { touchpoints: new Set(), connections: new Set() };
  if (!win) return null;
  const tps = new Set<string>();
  const cons = new Set<string>();
  const positions = new Map<string, Point>();
  for (const t of Object.values(touchpoints)) {
    const p = touchpointPosition(layout, t);
    if (!p) continue;
    positions.set(t.id, p);
    if (overlaps(p, p, win)) tps.add(t.id);
  }
  for (const c of Object.values(connections)) {
    const a = positions.get(c.source);
    const b = positions.get(c.target);
    if (!a || !b || !overlaps(a, b, win)) continue;
    cons.add(c.id);
    tps.add(c.source);
    tps.add(c.target);
  }
  // A drag moves every selected node, on screen or not; a colleague's drag may start anywhere.
  for (const id of selected) if (touchpoints[id]) tps.add(id);
  for (const id of Object.keys(remoteDrags ?? {})) if (touchpoints[id]) tps.add(id);
  return { touchpoints: tps, connections: cons };
}

/** What React Flow gets, recomputed when the window, the records or the selection change. */
export function useFlowWindowIds(far: boolean, win: FlowRect | null): FlowWindowIds | null {
  const touchpoints = useEditor((s) => s.touchpoints);
  const connections = useEditor((s) => s.connections);
  const layout = useEditor(selectLayout);
  const selected = useEditor((s) => s.selectedNodeIds);
  const remoteDrags = usePresence((s) => s.remoteDrags);
  return useMemo(
    () => windowIds(far, win, touchpoints, connections, layout, selected, remoteDrags),
    [far, win, touchpoints, connections, layout, selected, remoteDrags],
  );
}

export function useFlowNodes(ids: FlowWindowIds | null): FlowNode[] {
  const touchpoints = useEditor((s) => s.touchpoints);
  const notes = useEditor((s) => s.notes);
  const layout = useEditor(selectLayout);
  const selected = useEditor((s) => s.selectedNodeIds);
  const drag = useEditor((s) => s.dragPositions);
  // Nodes a colleague is dragging in a live session follow their drag (session state, too).
  const remoteDrags = usePresence((s) => s.remoteDrags);
  const cache = useRef(new Map<string, Cached<FlowNode>>());

  return useMemo(() => {
    const next = new Map<string, Cached<FlowNode>>();
    const out: FlowNode[] = [];
    const reuse = (id: string, record: Touchpoint | Note, pos: Point, make: () => FlowNode) => {
      const sel = selected.has(id);
      const prev = cache.current.get(id);
      const node = prev && prev.record === record && prev.x === pos.x && prev.y === pos.y && prev.selected === sel ? prev.node : make();
      next.set(id, { record, x: pos.x, y: pos.y, selected: sel, node });
      out.push(node);
    };
    for (const t of Object.values(touchpoints)) {
      if (ids && !ids.touchpoints.has(t.id)) continue;
      const pos = drag?.[t.id] ?? remoteDrags?.[t.id] ?? touchpointPosition(layout, t);
      if (!pos) continue;
      reuse(t.id, t, pos, () => ({
        id: t.id,
        type: 'touchpoint',
        position: pos,
        data: NO_DATA,
        selected: selected.has(t.id),
        width: TOUCHPOINT_SIZE.width,
        height: TOUCHPOINT_SIZE.height,
        measured: TOUCHPOINT_SIZE,
        handles: TOUCHPOINT_HANDLES,
        ariaLabel: t.title,
        className: remoteDrags?.[t.id] ? 'is-remote-drag' : undefined,
        zIndex: remoteDrags?.[t.id] ? 1000 : undefined,
      }));
    }
    for (const n of Object.values(notes)) {
      const pos = drag?.[n.id] ?? remoteDrags?.[n.id] ?? n.position;
      reuse(n.id, n, pos, () => ({
        id: n.id,
        type: 'note',
        position: pos,
        data: NO_DATA,
        selected: selected.has(n.id),
        width: NOTE_SIZE.width,
        height: NOTE_SIZE.height,
        measured: NOTE_SIZE,
        zIndex: -1,
        handles: [],
        className: remoteDrags?.[n.id] ? 'is-remote-drag' : undefined,
      }));
    }
    cache.current = next;
    return out;
  }, [touchpoints, notes, layout, selected, drag, remoteDrags, ids]);
}

const MARKER = { type: MarkerType.ArrowClosed, width: 18, height: 18 };

export function useFlowEdges(ids: FlowWindowIds | null): Edge[] {
  const connections = useEditor((s) => s.connections);
  const touchpoints = useEditor((s) => s.touchpoints);
  const selected = useEditor((s) => s.selectedEdgeIds);
  const cache = useRef(new Map<string, { record: Connection; selected: boolean; edge: Edge }>());
  return useMemo(() => {
    const next = new Map<string, { record: Connection; selected: boolean; edge: Edge }>();
    const out: Edge[] = [];
    for (const c of Object.values(connections)) {
      if (ids && !ids.connections.has(c.id)) continue;
      if (!touchpoints[c.source] || !touchpoints[c.target]) continue;
      const sel = selected.has(c.id);
      const prev = cache.current.get(c.id);
      // Named by its ends for screen readers (React Flow's default names the record ids).
      const ariaLabel = connectionAriaLabel(touchpoints[c.source].title || '…', touchpoints[c.target].title || '…', c.label);
      const edge =
        prev && prev.record === c && prev.selected === sel && prev.edge.ariaLabel === ariaLabel
          ? prev.edge
          : {
              id: c.id,
              source: c.source,
              target: c.target,
              sourceHandle: 'out',
              targetHandle: 'in',
              label: c.label || undefined,
              type: 'journey',
              className: `edge-${c.kind}`,
              markerEnd: MARKER,
              selected: sel,
              ariaLabel,
            };
      next.set(c.id, { record: c, selected: sel, edge });
      out.push(edge);
    }
    cache.current = next;
    return out;
  }, [connections, touchpoints, selected, ids]);
}
