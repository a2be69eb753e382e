/**
 * While a large journey's document is decoded, its cached far view (db/preview.ts, read by
 * useJourneySession) is drawn at once — the map's shape, lanes and colour marks — under the
 * loading message; the editor takes over when the document is ready.
 */
import { useLayoutEffect, useRef } from 'react';
import type { JourneyPreview } from '../db/preview';
import { TOUCHPOINT_SIZE } from '../canvas/geometry';
import './openPreview.css';

function draw(el: HTMLCanvasElement, p: JourneyPreview): void {
  const dpr = window.devicePixelRatio || 1;
  const w = el.clientWidth;
  const h = el.clientHeight;
  el.width = Math.round(w * dpr);
  el.height = Math.round(h * dpr);
  const ctx = el.getContext('2d');
  if (!ctx || !w || !h) return;
  const b = p.bounds;
  const k = Math.min(w / b.width, h / b.height) * 0.96;
  const ox = (w - b.width * k) / 2 - b.x * k;
  const oy = (h - b.height * k) / 2 - b.y * k;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * ox, dpr * oy);
  for (let i = 0; i < p.lanes.length; i += 2) {
    ctx.fillStyle = (i / 2) % 2 ? '#eef1f6' : '#f7f8fb';
    ctx.fillRect(0, p.lanes[i], p.width, p.lanes[i + 1]);
  }
  ctx.beginPath();
  for (let i = 0; i < p.lines.length; i += 4) {
    ctx.moveTo(p.lines[i], p.lines[i + 1]);
    ctx.lineTo(p.lines[i + 2], p.lines[i + 3]);
  }
  ctx.lineWidth = 1 / k;
  ctx.strokeStyle = '#98a2b3';
  ctx.stroke();
  const { width: nw, height: nh } = TOUCHPOINT_SIZE;
  p.palette.forEach((colour, c) => {
    ctx.beginPath();
    for (let i = 0; i < p.count; i++) if (p.colour[i] === c) ctx.rect(p.xy[i * 2], p.xy[i * 2 + 1], nw, nh);
    ctx.fillStyle = colour;
    ctx.fill();
  });
  el.dataset.previewDrawn = String(p.count);
}

export function OpenPreview({ preview }: { preview: JourneyPreview }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    if (canvas.current) draw(canvas.current, preview);
  }, [preview]);
  return <canvas ref={canvas} className="open-preview" aria-hidden />;
}
