/**
 * The journey canvas: React Flow in controlled mode over the document view. Positions during a
 * drag are session state; the document is written once, on drop, by one action.
 */
import {
  Controls,
  ReactFlow,
  useReactFlow,
  useStore as useFlowStore,
  useStoreApi,
  type EdgeChange,
  type NodeChange,
  type OnConnect,
  type OnNodeDrag,
} from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYOUT } from '../domain/layout';
import { domainLang } from '../i18n';
import type { Point } from '../domain/schema';
import { usePresence } from '../store/presence';
import { useEditor, useEditorStore } from '../store/useEditor';
import { CanvasViewContext, FAR_ZOOM } from './canvasView';
import { TOUCHPOINT_SIZE } from './geometry';
import { EmotionCurve } from './EmotionCurve';
import { FarLayer } from './FarLayer';
import { buildFarScene, farNodeAt, farNodesIn, nodePosition } from './farScene';
import { EmptyCanvasGuide } from './EmptyCanvasGuide';
import { findCommand } from './commands';
import { fitJourney } from './fitJourney';
import { useFlowAriaLabels } from './flowAriaLabels';
import { JourneyEdge } from './JourneyEdge';
import { JourneyMiniMap } from './JourneyMiniMap';
import './canvas.css';
import { OverlayControl } from './OverlayControl';
import { LaneBackground } from './LaneBackground';
import { LaneHeaders } from './LaneHeaders';
import { NoteNode } from './NoteNode';
import { TouchpointNode } from './TouchpointNode';
import { useEditorKeyboard } from './useEditorKeyboard';
import { useFlowEdges, useFlowNodes, useFlowWindowIds, type FlowNode } from './useFlowElements';
import { useFlowWindow } from './useFlowWindow';
import { useCrispViewport } from './crispViewport';
import { useNodeLayers } from './useNodeLayers';

const nodeTypes = { touchpoint: TouchpointNode, note: NoteNode };
const edgeTypes = { journey: JourneyEdge };
const SNAP: [number, number] = [LAYOUT.grid, LAYOUT.grid];
const PAN_BUTTONS = [1, 2];
// Others' cursors and selections: loaded when the journey is in a live session.
const PresenceLayer = lazy(() => import('./PresenceLayer').then((m) => ({ default: m.PresenceLayer })));

export function JourneyCanvas({ onOpenSearch, onOpenShortcuts }: { onOpenSearch: () => void; onOpenShortcuts?: () => void }) {
  const { t, i18n } = useTranslation();
  const store = useEditorStore();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  // Level of detail: far zoomed out (and until the first fit: a big journey opens zoomed out),
  // touchpoints and connections are drawn by the far layer's canvas, not as React Flow nodes.
  // Only crossing FAR_ZOOM re-renders; a pan or zoom on either side of it does not.
  const [fitted, setFitted] = useState(false);
  const zoomedOut = useFlowStore((s) => s.transform[2] < FAR_ZOOM);
  const far = !fitted || zoomedOut;
  const lang = domainLang(i18n.language);
  const canvasView = useMemo(() => ({ far, t, lang }), [far, t, lang]);
  const flowWindow = useFlowWindow();
  const windowIds = useFlowWindowIds(far, flowWindow);
  const nodes = useFlowNodes(windowIds);
  const edges = useFlowEdges(windowIds);
  const readOnly = useEditor((s) => s.readOnly);
  const live = usePresence((s) => s.status !== 'off');
  const snap = useEditor((s) => s.meta?.settings.snapToGrid !== false);
  const focusRequest = useEditor((s) => s.focusRequest);
  const isEmpty = useEditor((s) => Object.keys(s.touchpoints).length === 0);
  const pointer = useRef<Point | null>(null);
  const ariaLabelConfig = useFlowAriaLabels();
  const wrapper = useRef<HTMLDivElement>(null);
  useNodeLayers(wrapper);
  useCrispViewport(wrapper);

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
    // Gap badges show once zoomed in: analyse while idle, so the first zoom-in does not stall.
    const warm = () => {
      const s = store.getState();
      s.derived.gaps(s);
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(warm, { timeout: 5000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(warm, 1000);
    return () => clearTimeout(handle);
  }, [store]);

  useEffect(() => {
    if (!focusRequest) return;
    // From the document, not React Flow: it holds only the nodes around the view.
    const p = nodePosition(store.getState(), focusRequest.id);
    if (!p) return;
    const zoom = Math.max(flow.getZoom(), 0.9);
    void flow.setCenter(p.x + TOUCHPOINT_SIZE.width / 2, p.y + TOUCHPOINT_SIZE.height / 2, { zoom, duration: 300 });
  }, [focusRequest, flow, store]);

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

  // Far zoomed out, touchpoints are pixels of the far layer: a click selects the one under the
  // pointer (after React Flow's own pane click has cleared the selection).
  const onPaneClick = useCallback(
    (e: MouseEvent) => {
      if (!far) return;
      const id = farNodeAt(buildFarScene(store.getState()), flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      if (id) queueMicrotask(() => store.getState().session.select([id]));
    },
    [far, flow, store],
  );

  // Far zoomed out, React Flow's selection box has no nodes to take: the touchpoints it encloses
  // are found in the far scene instead (with Shift, Ctrl or ⌘ added to the selection).
  const boxStart = useRef<Point | null>(null);
  const onSelectionStart = useCallback(
    (e: MouseEvent) => {
      // Where the box was started (React Flow calls this once the pointer has moved a little).
      const rect = flowStore.getState().userSelectionRect;
      boxStart.current = !far ? null : rect ? { x: rect.startX, y: rect.startY } : flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    },
    [far, flow, flowStore],
  );
  const onSelectionEnd = useCallback(
    (e: MouseEvent) => {
      const start = boxStart.current;
      boxStart.current = null;
      if (!far || !start) return;
      const end = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const inside = farNodesIn(buildFarScene(store.getState()), start, end);
      const add = e.shiftKey || e.ctrlKey || e.metaKey;
      queueMicrotask(() => {
        // Notes are still React Flow nodes far out: the box has selected those itself.
        const s = store.getState();
        const kept = add ? [...s.selectedNodeIds] : [...s.selectedNodeIds].filter((id) => s.notes[id]);
        s.session.select(new Set([...kept, ...inside]));
      });
    },
    [far, flow, store],
  );

  const onDoubleClick = useCallback(
    (e: MouseEvent) => {
      const target = e.target as HTMLElement;
      if (!target.classList.contains('react-flow__pane')) return;
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      if (far) {
        // Too far out to place or edit anything: zoom in on the spot (on a touchpoint, centred).
        const hit = farNodeAt(buildFarScene(store.getState()), p);
        const at = hit ? nodePosition(store.getState(), hit) : null;
        const c = at ? { x: at.x + TOUCHPOINT_SIZE.width / 2, y: at.y + TOUCHPOINT_SIZE.height / 2 } : p;
        void flow.setCenter(c.x, c.y, { zoom: 1, duration: 300 });
        return;
      }
      if (readOnly) return;
      const s = store.getState();
      const id = s.actions.addTouchpointAt({ x: p.x - LAYOUT.nodeWidth / 2, y: p.y - LAYOUT.nodeHeight / 2 });
      if (id) {
        s.session.select([id]);
        s.session.setEditing(id);
      }
    },
    [flow, store, readOnly, far],
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
      <FarLayer far={far} />
      <CanvasViewContext.Provider value={canvasView}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onDoubleClick={onDoubleClick}
          onPaneClick={onPaneClick}
          onSelectionStart={onSelectionStart}
          onSelectionEnd={onSelectionEnd}
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
          onInit={(instance) => {
            fitJourney(instance, store.getState());
            setFitted(true);
          }}
          onlyRenderVisibleElements
          proOptions={{ hideAttribution: true }}
          ariaLabelConfig={ariaLabelConfig}
          aria-label={t('editor.canvas')}
        >
          <LaneHeaders />
          <EmotionCurve />
          {live && (
            <Suspense fallback={null}>
              <PresenceLayer />
            </Suspense>
          )}
          {/* React Flow's own fit only sees the nodes it holds: fit the whole journey instead. */}
          <Controls showInteractive={false} onFitView={() => fitJourney(flow, store.getState())} />
          <JourneyMiniMap />
        </ReactFlow>
      </CanvasViewContext.Provider>
      <OverlayControl />
      {isEmpty && !readOnly && (
        <EmptyCanvasGuide onAdd={() => findCommand('add-touchpoint').perform({ ...context(), state: store.getState() })} onShortcuts={onOpenShortcuts} />
      )}
    </div>
  );
}
