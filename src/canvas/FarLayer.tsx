/**
 * Far zoom (below FAR_ZOOM): all touchpoints and connections drawn into one 2D canvas under
 * React Flow's pane — colour marks, no text, handles or badges — instead of thousands of DOM
 * nodes. The scene is rebuilt when the document view changes; each viewport change only
 * redraws the canvas (a few thousand rectangles and one path), in the same frame.
 * `data-far-drawn` tells how many touchpoints are on screen (the benchmark reads it).
 */
import { useStoreApi } from '@xyflow/react';
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { selectLayout } from '../store/selectors';
import { useEditor, useEditorStore } from '../store/useEditor';
import { buildFarScene, type FarScene } from './farScene';
import { TOUCHPOINT_SIZE } from './geometry';

const { width: NW, height: NH } = TOUCHPOINT_SIZE;
const LINE = '#98a2b3';
const FOCUS = '#0b57d0';

interface View {
  transform: [number, number, number];
  width: number;
  height: number;
}

/**
 * The canvas reaches a margin beyond each side of the pane. While the view only moves (same
 * zoom, same scene) by less than that margin, the drawn canvas is just shifted with a CSS
 * transform — a compositor move, no drawing; further, or on zoom, it is drawn again around
 * the new view.
 */
const MARGIN = 0.25;

class FarPainter {
  private origin: { x: number; y: number; k: number; w: number; h: number } | null = null;
  private scene: FarScene | null = null;

  constructor(private readonly el: HTMLCanvasElement) {}

  setScene(scene: FarScene | null): void {
    this.scene = scene;
    this.origin = null;
  }

  update({ transform: [x, y, k], width, height }: View): void {
    const o = this.origin;
    const mx = Math.round(width * MARGIN);
    const my = Math.round(height * MARGIN);
    if (o && o.k === k && o.w === width && o.h === height && Math.abs(x - o.x) < mx && Math.abs(y - o.y) < my) {
      this.el.style.transform = `translate(${x - o.x - mx}px, ${y - o.y - my}px)`;
      return;
    }
    this.origin = { x, y, k, w: width, h: height };
    this.el.style.transform = `translate(${-mx}px, ${-my}px)`;
    this.draw(x + mx, y + my, k, width + 2 * mx, height + 2 * my, { x0: mx, y0: my, x1: mx + width, y1: my + height });
  }

  /** Draws the scene with the flow origin at (x, y) of the canvas; counts what the pane shows. */
  private draw(x: number, y: number, k: number, width: number, height: number, pane: { x0: number; y0: number; x1: number; y1: number }): void {
    const { el, scene } = this;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (el.width !== w || el.height !== h) {
      el.width = w;
      el.height = h;
      el.style.width = `${width}px`;
      el.style.height = `${height}px`;
    }
    const ctx = el.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    let shown = 0;
    if (scene) {
      ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
      // The drawn flow rectangle, widened by a node so partly visible ones are drawn.
      const x0 = -x / k - NW;
      const y0 = -y / k - NH;
      const x1 = (width - x) / k;
      const y1 = (height - y) / k;
      const { lines, xy } = scene;
      ctx.beginPath();
      for (let i = 0; i < lines.length; i += 4) {
        const ax = lines[i];
        const ay = lines[i + 1];
        const bx = lines[i + 2];
        const by = lines[i + 3];
        if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 + NW || Math.max(ay, by) < y0 || Math.min(ay, by) > y1 + NH) continue;
        ctx.moveTo(ax, ay);
        ctx.lineTo(bx, by);
      }
      ctx.lineWidth = 1 / k;
      ctx.strokeStyle = LINE;
      ctx.stroke();
      // One path per colour: far fewer canvas operations than a rectangle call per node.
      const px0 = (pane.x0 - x) / k - NW;
      const py0 = (pane.y0 - y) / k - NH;
      const px1 = (pane.x1 - x) / k;
      const py1 = (pane.y1 - y) / k;
      for (const [colour, indexes] of scene.byColour) {
        ctx.beginPath();
        for (const i of indexes) {
          const nx = xy[i * 2];
          const ny = xy[i * 2 + 1];
          if (nx < x0 || nx > x1 || ny < y0 || ny > y1) continue;
          ctx.rect(nx, ny, NW, NH);
          if (nx >= px0 && nx <= px1 && ny >= py0 && ny <= py1) shown++;
        }
        ctx.fillStyle = colour;
        ctx.fill();
      }
      if (scene.selected.length) {
        ctx.lineWidth = 3 / k;
        ctx.strokeStyle = FOCUS;
        const pad = 4 / k;
        for (const i of scene.selected) ctx.strokeRect(xy[i * 2] - pad, xy[i * 2 + 1] - pad, NW + 2 * pad, NH + 2 * pad);
      }
    }
    if (el.dataset.farDrawn !== String(shown)) el.dataset.farDrawn = String(shown);
  }
}

export const FarLayer = memo(function FarLayer({ far }: { far: boolean }) {
  const store = useEditorStore();
  const flowStore = useStoreApi();
  const canvas = useRef<HTMLCanvasElement>(null);
  // Everything the scene depends on (colour marks follow the overlay, risk and gaps).
  const touchpoints = useEditor((s) => s.touchpoints);
  const connections = useEditor((s) => s.connections);
  const layout = useEditor(selectLayout);
  const drag = useEditor((s) => s.dragPositions);
  const selected = useEditor((s) => s.selectedNodeIds);
  const overlay = useEditor((s) => s.overlay);
  const period = useEditor((s) => s.overlayPeriod);
  const meta = useEditor((s) => s.meta);
  const decisions = useEditor((s) => s.gapDecisions);
  const controls = useEditor((s) => s.customControls);
  const scene = useMemo(
    () => (far ? buildFarScene(store.getState()) : null),
    // The inputs are read from the store; listed here so the scene follows them.
    [far, store, touchpoints, connections, layout, drag, selected, overlay, period, meta, decisions, controls],
  );

  const painter = useRef<FarPainter | null>(null);
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el) return;
    painter.current ??= new FarPainter(el);
    const p = painter.current;
    p.setScene(scene);
    let queued = false;
    const draw = () => {
      queued = false;
      p.update(flowStore.getState());
    };
    draw();
    let last: View | null = null;
    return flowStore.subscribe((s) => {
      if (last && s.transform === last.transform && s.width === last.width && s.height === last.height) return;
      last = s;
      // Several viewport changes in one task draw once, still before this frame is painted.
      if (!queued) {
        queued = true;
        queueMicrotask(draw);
      }
    });
  }, [flowStore, scene]);

  return <canvas ref={canvas} className={`far-layer${far ? '' : ' is-off'}`} aria-hidden />;
});
