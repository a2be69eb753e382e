/**
 * The mini map: the journey drawn once into a 2D canvas (lanes and nodes), redrawn only when
 * nodes or lanes change, and the visible area as a rectangle moved straight in the DOM on each
 * viewport change. React Flow's own MiniMap re-runs a selector per node and repaints an SVG of
 * every node on each frame of a pan — thousands of them on a portfolio map. Click or drag on it
 * to move the view; the wheel zooms.
 */
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { memo, useEffect, useLayoutEffect, useRef, type PointerEvent, type WheelEvent } from 'react';
import { touchpointPosition } from '../domain/layout';
import { selectLayout } from '../store/selectors';
import { useEditor, useEditorStore } from '../store/useEditor';
import { useCanvasView } from './canvasView';
import { journeyBounds } from './fitJourney';
import { NOTE_SIZE, TOUCHPOINT_SIZE } from './geometry';

const W = 200;
const H = 150;

export const JourneyMiniMap = memo(function JourneyMiniMap() {
  const { t } = useCanvasView();
  const store = useEditorStore();
  const flowStore = useStoreApi();
  const flow = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const touchpoints = useEditor((s) => s.touchpoints);
  const notes = useEditor((s) => s.notes);
  const layout = useEditor(selectLayout);
  const drag = useEditor((s) => s.dragPositions);
  // World → mini map: fit the journey's bounds, centred.
  const map = useRef({ s: 1, ox: 0, oy: 0 });

  useLayoutEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const b = journeyBounds(store.getState());
    const s = Math.min(W / b.width, H / b.height);
    const m = { s, ox: (W - b.width * s) / 2 - b.x * s, oy: (H - b.height * s) / 2 - b.y * s };
    map.current = m;
    const dpr = window.devicePixelRatio || 1;
    el.width = W * dpr;
    el.height = H * dpr;
    ctx.setTransform(dpr * s, 0, 0, dpr * s, dpr * m.ox, dpr * m.oy);
    ctx.clearRect(b.x, b.y, b.width, b.height);
    layout.lanes.forEach((lane, i) => {
      ctx.fillStyle = i % 2 ? '#eef1f6' : '#f7f8fb';
      ctx.fillRect(0, lane.y, layout.width, lane.height);
    });
    ctx.fillStyle = '#9aa6b8';
    for (const tp of Object.values(touchpoints)) {
      const p = drag?.[tp.id] ?? touchpointPosition(layout, tp);
      if (p) ctx.fillRect(p.x, p.y, TOUCHPOINT_SIZE.width, TOUCHPOINT_SIZE.height);
    }
    ctx.fillStyle = '#e8c95a';
    for (const n of Object.values(notes)) {
      const p = drag?.[n.id] ?? n.position;
      ctx.fillRect(p.x, p.y, NOTE_SIZE.width, NOTE_SIZE.height);
    }
    moveFrame();
  }, [touchpoints, notes, layout, drag, store]);

  /** Places the visible-area rectangle (no React render: called on every viewport change). */
  function moveFrame() {
    const el = frame.current;
    if (!el) return;
    const { transform, width, height } = flowStore.getState();
    const [x, y, k] = transform;
    const { s, ox, oy } = map.current;
    const left = Math.max(0, (-x / k) * s + ox);
    const top = Math.max(0, (-y / k) * s + oy);
    const right = Math.min(W, ((width - x) / k) * s + ox);
    const bottom = Math.min(H, ((height - y) / k) * s + oy);
    el.style.transform = `translate(${left}px, ${top}px)`;
    el.style.width = `${Math.max(0, right - left)}px`;
    el.style.height = `${Math.max(0, bottom - top)}px`;
  }

  useEffect(() => {
    let last: unknown = null;
    return flowStore.subscribe((s) => {
      if (s.transform === last) return;
      last = s.transform;
      moveFrame();
    });
  }, [flowStore]);

  const toWorld = (e: { clientX: number; clientY: number }, el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    const { s, ox, oy } = map.current;
    return { x: (e.clientX - r.left - ox) / s, y: (e.clientY - r.top - oy) / s };
  };
  const centreOn = (e: PointerEvent<HTMLDivElement>) => {
    const p = toWorld(e, e.currentTarget);
    void flow.setCenter(p.x, p.y, { zoom: flow.getZoom() });
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    centreOn(e);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) centreOn(e);
  };
  const onWheel = (e: WheelEvent<HTMLDivElement>) => {
    const zoom = flow.getZoom() * (e.deltaY < 0 ? 1.2 : 1 / 1.2);
    void flow.zoomTo(zoom);
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap journey-minimap">
      <div className="journey-minimap-body nopan nowheel" style={{ width: W, height: H }} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onWheel={onWheel}>
        <canvas ref={canvas} style={{ width: W, height: H }} role="img" aria-label={t('editor.minimap')} />
        <div ref={frame} className="journey-minimap-frame" />
      </div>
    </Panel>
  );
});
