/** The legend under the map: the overlay's colours with their meaning, links and badges. */
import { levelRange, LEVEL_LABELS, RISK_LEVELS } from '../../domain/risk';
import { SEVERITIES, SEVERITY_LABELS } from '../../domain/gaps';
import type { RiskBands } from '../../domain/schema';
import { el, rect, text } from './builder';
import { label, type Lang } from './labels';
import { textWidth } from './measure';
import { EDGE_STYLES, HEAT_COLOURS, INK, INK_2, LEVEL_COLOURS, UNASSESSED, type Swatch } from './palette';

export type Overlay = 'none' | 'risk' | 'complaints' | 'gaps';

const FONT = 11.5;
const ROW_H = 24;
const SW = 14;

interface Item {
  width: number;
  draw: (x: number, y: number) => string;
}

const heading = (s: string): Item => ({
  width: textWidth(s, FONT, true) + 10,
  draw: (x, y) => text(x, y + 12, s, { size: FONT, fill: INK, weight: 'bold' }),
});

const swatchItem = (s: Swatch, name: string, dashed = false): Item => ({
  width: SW + 6 + textWidth(name, FONT) + 14,
  draw: (x, y) =>
    rect(x, y + 1, SW, SW, { rx: 3, fill: s.fill, stroke: dashed ? '#9aa3b2' : '#8a93a3', 'stroke-width': 0.8, 'stroke-dasharray': dashed ? '3 2' : undefined }) +
    text(x + SW + 6, y + 12, name, { size: FONT, fill: INK_2 }),
});

const lineItem = (kind: keyof typeof EDGE_STYLES, name: string): Item => ({
  width: 34 + textWidth(name, FONT) + 14,
  draw: (x, y) => {
    const s = EDGE_STYLES[kind];
    return (
      el('path', { d: `M${x} ${y + 8}h22`, stroke: s.stroke, 'stroke-width': s.width, 'stroke-dasharray': s.dash, fill: 'none' }) +
      el('polygon', { points: `${x + 28},${y + 8} ${x + 20},${y + 4} ${x + 20},${y + 12}`, fill: s.stroke }) +
      text(x + 34, y + 12, name, { size: FONT, fill: INK_2 })
    );
  },
});

const plain = (s: string): Item => ({ width: textWidth(s, FONT) + 14, draw: (x, y) => text(x, y + 12, s, { size: FONT, fill: INK_2 }) });

/** Upper bounds of the complaint-heat steps for a journey whose busiest touchpoint has `max`. */
export function heatSteps(max: number): number[] {
  return [1, 2, 3, 4].map((i) => Math.floor((max * i) / 4));
}

export function heatIndex(total: number, max: number): number {
  if (total <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((total / max) * 4)));
}

export interface LegendInput {
  overlay: Overlay;
  lang: Lang;
  bands: RiskBands;
  maxComplaints: number;
  showComplaintBadge: boolean;
}

function rows(input: LegendInput): Item[][] {
  const { overlay, lang } = input;
  const out: Item[][] = [];
  if (overlay === 'risk') {
    out.push([
      heading(label('legendRisk', lang)),
      ...RISK_LEVELS.map((lvl) => {
        const [lo, hi] = levelRange(lvl, input.bands);
        return swatchItem(LEVEL_COLOURS[lvl], `${LEVEL_LABELS[lvl][lang]} ${lo}–${hi}`);
      }),
      swatchItem(UNASSESSED, label('legendUnassessed', lang), true),
    ]);
  } else if (overlay === 'gaps') {
    out.push([
      heading(label('legendGaps', lang)),
      ...SEVERITIES.map((s) => swatchItem(LEVEL_COLOURS[s], SEVERITY_LABELS[s][lang])),
      swatchItem(HEAT_COLOURS[0], label('legendNoGaps', lang)),
    ]);
  } else if (overlay === 'complaints') {
    const steps = heatSteps(input.maxComplaints);
    const items = [heading(label('legendComplaints', lang)), swatchItem(HEAT_COLOURS[0], '0')];
    let lo = 1;
    steps.forEach((hi, i) => {
      if (hi >= lo) items.push(swatchItem(HEAT_COLOURS[i + 1], lo === hi ? `${hi}` : `${lo}–${hi}`));
      lo = hi + 1;
    });
    out.push(items);
  }
  out.push([
    heading(label('legendLinks', lang)),
    lineItem('flow', label('flow', lang)),
    lineItem('hand-off', label('hand-off', lang)),
    lineItem('escalation', label('escalation', lang)),
    ...(input.showComplaintBadge ? [heading(label('legendBadges', lang)), plain(`${label('complaints', lang)} N ${label('legendTrend', lang)}`)] : []),
  ]);
  return out;
}

/** Draws the legend from (x, y), wrapping items to `maxWidth`; returns its size. */
export function renderLegend(input: LegendInput, x: number, y: number, maxWidth: number): { svg: string; width: number; height: number } {
  let svg = '';
  let cy = y;
  let widest = 0;
  for (const row of rows(input)) {
    let cx = x;
    for (const item of row) {
      if (cx > x && cx + item.width > x + maxWidth) {
        cy += ROW_H;
        cx = x + 16;
      }
      svg += item.draw(cx, cy);
      cx += item.width;
      widest = Math.max(widest, cx - x);
    }
    cy += ROW_H;
  }
  return { svg: el('g', { 'data-part': 'legend' }, svg), width: widest, height: cy - y };
}
