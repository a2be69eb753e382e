/**
 * React Flow nodes and edges derived from the document view and session state. A node object
 * is rebuilt only when its own record, position or selection changed, so React Flow re-renders
 * just those nodes (the identity trick of React Flow's own `adoptUserNodes`).
 *
 * Far zoomed out (`far`), touchpoints are hidden from React Flow and edges left out: the far
 * layer (`FarLayer`) draws them all in one 2D canvas. Thousands of mounted React Flow nodes and
 * edges each run store selectors on every frame of a pan; hidden ones cost nothing.
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import { touchpointPosition } from '../domain/layout';
import type { Connection, Note, Point, Touchpoint } from '../domain/schema';
import { usePresence } from '../store/presence';
import { selectLayout } from '../store/selectors';
import { useEditor } from '../store/useEditor';
import { connectionAriaLabel } from './flowAriaLabels';
import { NOTE_SIZE, TOUCHPOINT_HANDLES, TOUCHPOINT_SIZE } from './geometry';

export type TouchpointFlowNode = Node<Record<string, never>, 'touchpoint'>;
export type NoteFlowNode = Node<Record<string, never>, 'note'>;
export type FlowNode = TouchpointFlowNode | NoteFlowNode;

const NO_DATA = {} as Record<string, never>;

interface Cached<T> {
  record: unknown;
  x: number;
  y: number;
  selected: boolean;
  hidden: boolean;
  node: T;
}

const NO_EDGES: Edge[] = [];

export function useFlowNodes(far: boolean): FlowNode[] {
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
    const reuse = (id: string, record: Touchpoint | Note, pos: Point, hidden: boolean, make: () => FlowNode) => {
      const sel = selected.has(id);
      const prev = cache.current.get(id);
      const node =
        prev && prev.record === record && prev.x === pos.x && prev.y === pos.y && prev.selected === sel && prev.hidden === hidden
          ? prev.node
          : make();
      next.set(id, { record, x: pos.x, y: pos.y, selected: sel, hidden, node });
      out.push(node);
    };
    for (const t of Object.values(touchpoints)) {
      const pos = drag?.[t.id] ?? remoteDrags?.[t.id] ?? touchpointPosition(layout, t);
      if (!pos) continue;
      reuse(t.id, t, pos, far, () => ({
        id: t.id,
        type: 'touchpoint',
        position: pos,
        hidden: far,
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
      reuse(n.id, n, pos, false, () => ({
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
  }, [touchpoints, notes, layout, selected, drag, remoteDrags, far]);
}

const MARKER = { type: MarkerType.ArrowClosed, width: 18, height: 18 };

export function useFlowEdges(far: boolean): Edge[] {
  const connections = useEditor((s) => s.connections);
  const touchpoints = useEditor((s) => s.touchpoints);
  const selected = useEditor((s) => s.selectedEdgeIds);
  const cache = useRef(new Map<string, { record: Connection; selected: boolean; edge: Edge }>());
  return useMemo(() => {
    if (far) return NO_EDGES;
    const next = new Map<string, { record: Connection; selected: boolean; edge: Edge }>();
    const out: Edge[] = [];
    for (const c of Object.values(connections)) {
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
  }, [connections, touchpoints, selected, far]);
}
