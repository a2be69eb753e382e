/**
 * The journey canvas: React Flow in controlled mode over the document view. Positions during a
 * drag are session state; the document is written once, on drop, by one action.
 */
import {
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type EdgeChange,
  type NodeChange,
  type OnConnect,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYOUT } from '../domain/layout';
import type { Point } from '../domain/schema';
import { useEditor, useEditorStore } from '../store/useEditor';
import { TOUCHPOINT_SIZE } from './geometry';
import { EmotionCurve } from './EmotionCurve';
import { EmptyCanvasGuide } from './EmptyCanvasGuide';
import { findCommand } from './commands';
import { fitJourney } from './fitJourney';
import { useFlowAriaLabels } from './flowAriaLabels';
import { OverlayControl } from './OverlayControl';
import { PresenceLayer } from './PresenceLayer';
import { LaneBackground } from './LaneBackground';
import { LaneHeaders } from './LaneHeaders';
import { NoteNode } from './NoteNode';
import { TouchpointNode } from './TouchpointNode';
import { useEditorKeyboard } from './useEditorKeyboard';
import { useFlowEdges, useFlowNodes, type FlowNode } from './useFlowElements';

const nodeTypes = { touchpoint: TouchpointNode, note: NoteNode };
const SNAP: [number, number] = [LAYOUT.grid, LAYOUT.grid];
const PAN_BUTTONS = [1, 2];

export function JourneyCanvas({ onOpenSearch, onOpenShortcuts }: { onOpenSearch: () => void; onOpenShortcuts?: () => void }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const flow = useReactFlow();
  const nodes = useFlowNodes();
  const edges = useFlowEdges();
  const readOnly = useEditor((s) => s.readOnly);
  const snap = useEditor((s) => s.meta?.settings.snapToGrid !== false);
  const focusRequest = useEditor((s) => s.focusRequest);
  const isEmpty = useEditor((s) => Object.keys(s.touchpoints).length === 0);
  const pointer = useRef<Point | null>(null);
  const ariaLabelConfig = useFlowAriaLabels();
  const wrapper = useRef<HTMLDivElement>(null);

  const viewCentre = useCallback((): Point => {
    const r = wrapper.current?.getBoundingClientRect();
    if (!r) return { x: 0, y: 0 };
    return flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  }, [flow]);
  const fitAll = useCallback(() => fitJourney(flow, store.getState(), 250), [flow, store]);
  const context = useCallback(
    () => ({ flow, viewCentre, fitAll, openSearch: onOpenSearch, openShortcuts: onOpenShortcuts }),
    [flow, viewCentre, fitAll, onOpenSearch, onOpenShortcuts],
  );
  const getPointer = useCallback(() => pointer.current, []);
  useEditorKeyboard(store, context, getPointer);

  useEffect(() => {
    if (!focusRequest) return;
    const node = flow.getNode(focusRequest.id);
    if (!node) return;
    const zoom = Math.max(flow.getZoom(), 0.9);
    void flow.setCenter(node.position.x + TOUCHPOINT_SIZE.width / 2, node.position.y + TOUCHPOINT_SIZE.height / 2, { zoom, duration: 300 });
  }, [focusRequest, flow]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const s = store.getState();
      let selection: Set<string> | null = null;
      let drag: Record<string, Point> | null = null;
      for (const c of changes) {
        if (c.type === 'select') {
          selection ??= new Set(s.selectedNodeIds);
          if (c.selected) selection.add(c.id);
          else selection.delete(c.id);
        } else if (c.type === 'position' && c.position && c.dragging) {
          drag ??= { ...(s.dragPositions ?? {}) };
          drag[c.id] = c.position;
        }
      }
      if (selection) s.session.select(selection, s.selectedEdgeIds);
      if (drag) s.session.setDragPositions(drag);
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const s = store.getState();
      let selection: Set<string> | null = null;
      for (const c of changes) {
        if (c.type === 'select') {
          selection ??= new Set(s.selectedEdgeIds);
          if (c.selected) selection.add(c.id);
          else selection.delete(c.id);
        }
      }
      if (selection) s.session.select(s.selectedNodeIds, selection);
    },
    [store],
  );

  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (_e, _node, dragged) => {
      const s = store.getState();
      const moves = dragged.map((n) => ({ id: n.id, position: s.dragPositions?.[n.id] ?? n.position }));
      s.actions.moveNodes(moves);
      s.session.setDragPositions(null);
    },
    [store],
  );

  const onConnect: OnConnect = useCallback(
    (c) => {
      const id = store.getState().actions.addConnection(c.source, c.target);
      if (id) store.getState().session.select([], [id]);
    },
    [store],
  );

  const onDoubleClick = useCallback(
    (e: MouseEvent) => {
      const target = e.target as HTMLElement;
      if (readOnly || !target.classList.contains('react-flow__pane')) return;
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const s = store.getState();
      const id = s.actions.addTouchpointAt({ x: p.x - LAYOUT.nodeWidth / 2, y: p.y - LAYOUT.nodeHeight / 2 });
      if (id) {
        s.session.select([id]);
        s.session.setEditing(id);
      }
    },
    [flow, store, readOnly],
  );

  const onMouseMove = useCallback(
    (e: MouseEvent) => {
      pointer.current = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    },
    [flow],
  );

  return (
    <div className="canvas-wrap" ref={wrapper} onMouseMove={onMouseMove}>
      <LaneBackground />
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onDoubleClick={onDoubleClick}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionOnDrag
        panOnDrag={PAN_BUTTONS}
        panOnScroll
        zoomOnDoubleClick={false}
        snapToGrid={snap}
        snapGrid={SNAP}
        minZoom={0.05}
        maxZoom={2.5}
        onInit={(instance) => fitJourney(instance, store.getState())}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={ariaLabelConfig}
        aria-label={t('editor.canvas')}
      >
        <LaneHeaders />
        <EmotionCurve />
        <PresenceLayer />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable nodeStrokeWidth={2} ariaLabel={t('editor.minimap')} />
      </ReactFlow>
      <OverlayControl />
      {isEmpty && !readOnly && (
        <EmptyCanvasGuide onAdd={() => findCommand('add-touchpoint').perform({ ...context(), state: store.getState() })} onShortcuts={onOpenShortcuts} />
      )}
    </div>
  );
}
