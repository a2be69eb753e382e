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
import { touchpointPosition, type GridLayout } from '../domain/layout';
import type { Connection, Note, Point, Touchpoint } from '../domain/schema';
import { usePresence } from '../store/presence';
import { selectLayout } from '../store/selectors';
import { useEditor } from '../store/useEditor';
import { connectionAriaLabel } from './flowAriaLabels';
import { NOTE_SIZE, TOUCHPOINT_HANDLES, TOUCHPOINT_SIZE } from './geometry';
import { buildSpatialIndex, queryWindow } from './spatialIndex';
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

/** What React Flow gets, recomputed when the window, the records or the selection change. */
export function useFlowWindowIds(far: boolean, win: FlowRect | null): FlowWindowIds | null {
  const touchpoints = useEditor((s) => s.touchpoints);
  const connections = useEditor((s) => s.connections);
  const layout = useEditor(selectLayout);
  const selected = useEditor((s) => s.selectedNodeIds);
  const remoteDrags = usePresence((s) => s.remoteDrags);
  const index = useMemo(() => buildSpatialIndex(touchpoints, connections, layout), [touchpoints, connections, layout]);
  return useMemo(() => {
    if (far) return { touchpoints: new Set<string>(), connections: new Set<string>() };
    if (!win) return null;
    const ids = queryWindow(index, win);
    // A drag moves every selected node, on screen or not; a colleague's drag may start anywhere.
    for (const id of selected) if (touchpoints[id]) ids.touchpoints.add(id);
    for (const id of Object.keys(remoteDrags ?? {})) if (touchpoints[id]) ids.touchpoints.add(id);
    return ids;
  }, [far, win, index, touchpoints, selected, remoteDrags]);
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
  // Journey order — stage by stage, channel by channel, then top-left first within a cell —
  // is the order the nodes are in the page, so Tab and screen readers walk the journey. Sorted
  // when the window or the records change, not on every frame of a drag.
  const ordered = useMemo(() => {
    const list = (ids ? [...ids.touchpoints].map((id) => touchpoints[id]) : Object.values(touchpoints)).filter((t): t is Touchpoint => !!t);
    return list.sort((a, b) => journeyOrder(layout, a, b));
  }, [ids, touchpoints, layout]);

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
    for (const t of ordered) {
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
  }, [ordered, notes, layout, selected, drag, remoteDrags]);
}

/** Compares two touchpoints by stage column, channel lane, then offset (top first, then left). */
export function journeyOrder(layout: GridLayout, a: Touchpoint, b: Touchpoint): number {
  const col = (t: Touchpoint) => layout.columnById.get(t.stageId)?.x ?? Infinity;
  const lane = (t: Touchpoint) => layout.laneById.get(t.channelId)?.y ?? Infinity;
  return col(a) - col(b) || lane(a) - lane(b) || a.offset.y - b.offset.y || a.offset.x - b.offset.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
    const list = ids ? [...ids.connections].map((id) => connections[id]) : Object.values(connections);
    for (const c of list) {
      if (!c) continue;
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
