/**
 * Connections as the canvas draws them: out of the source's right side, into the target's left
 * side, as straight or orthogonal paths, with an arrowhead drawn as a polygon (markers do not
 * survive every SVG importer) and the label on a white plate at the middle.
 */
import { LAYOUT } from '../../domain/layout';
import type { Connection, Point } from '../../domain/schema';
import { el, num, rect, text } from './builder';
import { ellipsize, textWidth } from './measure';
import { EDGE_STYLES, INK_2 } from './palette';

const ARROW = 8;
const STUB = 16;

interface Route {
  d: string;
  /** End point and the direction the last segment points in. */
  end: Point;
  dir: 'left' | 'right' | 'up' | 'down';
  mid: Point;
}

function route(from: Point, to: Point): Route {
  const w = LAYOUT.nodeWidth;
  const h = LAYOUT.nodeHeight;
  const start = { x: from.x + w, y: from.y + h / 2 };
  const end = { x: to.x, y: to.y + h / 2 };
  if (end.x - start.x >= 2 * STUB || (end.x > start.x && Math.abs(end.y - start.y) < 1)) {
    if (Math.abs(end.y - start.y) < 1) {
      return { d: `M${num(start.x)} ${num(start.y)}H${num(end.x)}`, end, dir: 'right', mid: { x: (start.x + end.x) / 2, y: start.y } };
    }
    const mx = (start.x + end.x) / 2;
    return {
      d: `M${num(start.x)} ${num(start.y)}H${num(mx)}V${num(end.y)}H${num(end.x)}`,
      end,
      dir: 'right',
      mid: { x: mx, y: (start.y + end.y) / 2 },
    };
  }
  // Backwards or stacked: leave to the right, run between (or below) the nodes, enter from the left.
  const gapBetween = from.y + h < to.y || to.y + h < from.y;
  const y = gapBetween ? (from.y + h < to.y ? (from.y + h + to.y) / 2 : (to.y + h + from.y) / 2) : Math.max(from.y, to.y) + h + 18;
  const x1 = start.x + STUB;
  const x2 = end.x - STUB;
  return {
    d: `M${num(start.x)} ${num(start.y)}H${num(x1)}V${num(y)}H${num(x2)}V${num(end.y)}H${num(end.x)}`,
    end,
    dir: 'right',
    mid: { x: (x1 + x2) / 2, y },
  };
}

function selfLoop(at: Point): Route {
  const w = LAYOUT.nodeWidth;
  const h = LAYOUT.nodeHeight;
  const sx = at.x + w;
  const sy = at.y + h / 2 - 12;
  const ey = at.y + h / 2 + 12;
  return {
    d: `M${num(sx)} ${num(sy)}H${num(sx + 24)}V${num(ey)}H${num(sx)}`,
    end: { x: sx, y: ey },
    dir: 'left',
    mid: { x: sx + 24, y: at.y + h / 2 },
  };
}

function arrowHead(p: Point, dir: Route['dir'], fill: string): string {
  const a = ARROW;
  const pts: [number, number][] =
    dir === 'right' ? [[p.x, p.y], [p.x - a, p.y - a / 2], [p.x - a, p.y + a / 2]]
    : dir === 'left' ? [[p.x, p.y], [p.x + a, p.y - a / 2], [p.x + a, p.y + a / 2]]
    : dir === 'down' ? [[p.x, p.y], [p.x - a / 2, p.y - a], [p.x + a / 2, p.y - a]]
    : [[p.x, p.y], [p.x - a / 2, p.y + a], [p.x + a / 2, p.y + a]];
  return el('polygon', { points: pts.map(([x, y]) => `${num(x)},${num(y)}`).join(' '), fill });
}

export function renderConnection(c: Connection, from: Point, to: Point): string {
  const style = EDGE_STYLES[c.kind] ?? EDGE_STYLES.flow;
  const r = c.source === c.target ? selfLoop(from) : route(from, to);
  // Stop the line at the arrowhead's base so a thick or dashed stroke does not blunt its tip.
  const base = r.dir === 'left' ? r.end.x + ARROW - 1 : r.end.x - ARROW + 1;
  let out = el('path', {
    d: r.d.replace(/H-?[\d.]+$/, `H${num(base)}`),
    fill: 'none',
    stroke: style.stroke,
    'stroke-width': style.width,
    'stroke-dasharray': style.dash,
    'stroke-linejoin': 'round',
  });
  out += arrowHead(r.end, r.dir, style.stroke);
  const labelText = c.label.trim();
  if (labelText) {
    const shown = ellipsize(labelText, 150, 11);
    const w = textWidth(shown, 11) + 10;
    out += rect(r.mid.x - w / 2, r.mid.y - 9, w, 18, { rx: 3, fill: '#ffffff', 'fill-opacity': 0.92, stroke: style.stroke, 'stroke-width': 0.6 });
    out += text(r.mid.x, r.mid.y + 4, shown, { size: 11, fill: INK_2, anchor: 'middle' });
  }
  return el('g', { 'data-connection': c.id, 'data-kind': c.kind }, out);
}
