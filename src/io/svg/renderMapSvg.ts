/**
 * The one picture of a journey map: SVG drawn from the document (never captured from the live
 * canvas), on white, with real escaped `<text>`. SVG, PNG, PDF, the workshop pack and the
 * `touchmap` command all render through here. Positions come from the same lane layout as the
 * canvas (`computeLayout`, `touchpointPosition`), so the export looks like the editor.
 */
import { CATALOGUE_VERSION } from '../../domain/catalogue';
import { complaintStats } from '../../domain/complaints';
import { analyse, worstSeverity, type GapAnalysis } from '../../domain/gaps';
import { computeLayout, LAYOUT, touchpointPosition } from '../../domain/layout';
import { sortLanes } from '../../domain/order';
import { riskScore, touchpointRiskLevel } from '../../domain/risk';
import type { JourneyData, Point } from '../../domain/schema';
import { isoDate } from '../fileName';
import { el, rect, text } from './builder';
import { escapeXml as escapeAttr } from './escape';
import { renderConnection } from './edges';
import { label, type Lang } from './labels';
import { heatIndex, renderLegend, type Overlay } from './legend';
import { ellipsize, wrapText } from './measure';
import { renderTouchpoint, type NodeFacts } from './nodes';
import { FONT_FAMILY, HEAT_COLOURS, INK, LANE_A, LANE_B, LEVEL_COLOURS, LINE, LINE_2, NOTE_COLOURS, UNASSESSED, type Swatch } from './palette';
import { cornerCell, footerLine, laneCell, stageCell } from './headers';
import type { MapFrame } from './printPage';

export type { Overlay } from './legend';
export type { Lang } from './labels';

export interface RenderOptions {
  lang: Lang;
  overlay: Overlay;
  /** Leave out complaint figures (badges and the complaints overlay), for sharing. */
  hideComplaints?: boolean;
  /** Leave out owner names, for sharing. */
  hideOwners?: boolean;
  /** Draw the journey name above the map (default true). */
  title?: boolean;
  /** The export date printed in the footer (default: now). */
  date?: Date;
  /** A gap analysis already at hand (the app keeps one); computed when absent. */
  analysis?: GapAnalysis;
}

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
  /**
   * Where a printed page may break without cutting a card or note, in picture units: the edges
   * of the stage columns (`x`, the lane-label band's included) and of the channel lanes (`y`, the
   * header row's included), the grid's outer edges, and the gaps above the legend and the footer.
   * Sorted; an edge that a card or note lies across is left out. Used by the PDF page plan.
   */
  breaks: { x: number[]; y: number[] };
  /** Where the headers, labels, map and legend are: what a tiled PDF page repeats or moves. */
  frame: MapFrame;
}

/** Sticky-note size: the canvas's `NOTE_SIZE` (src/canvas/geometry.ts). */
export const NOTE_SIZE = { width: 180, height: 110 } as const;

const MARGIN = 24;
const TITLE_H = 44;
const FOOTER_H = 28;

export function renderMapSvg(data: JourneyData, opts: RenderOptions): RenderedSvg {
  const { lang, hideComplaints = false, hideOwners = false } = opts;
  const overlay: Overlay = hideComplaints && opts.overlay === 'complaints' ? 'none' : opts.overlay;
  const showTitle = opts.title ?? true;
  const bands = data.meta.settings.riskBands;
  const analysis = opts.analysis ?? analyse(data);

  const stages = sortLanes(data.stages);
  const channels = sortLanes(data.channels);
  const layout = computeLayout(stages, channels, data.touchpoints);

  const placed: { t: JourneyData['touchpoints'][number]; at: Point }[] = [];
  for (const t of data.touchpoints) {
    const at = touchpointPosition(layout, t);
    if (at) placed.push({ t, at });
  }
  const posById = new Map(placed.map((p) => [p.t.id, p.at]));

  // Content bounds in canvas coordinates: the grid with its headers, plus anything outside it.
  let minX = -LAYOUT.labelWidth;
  let minY = -LAYOUT.headerHeight;
  let maxX = layout.width;
  let maxY = layout.height;
  for (const { at } of placed) {
    minX = Math.min(minX, at.x);
    minY = Math.min(minY, at.y);
    maxX = Math.max(maxX, at.x + LAYOUT.nodeWidth);
    maxY = Math.max(maxY, at.y + LAYOUT.nodeHeight);
  }
  for (const n of data.notes) {
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + NOTE_SIZE.width);
    maxY = Math.max(maxY, n.position.y + NOTE_SIZE.height + 18);
  }
  const contentW = maxX - minX;
  const contentH = maxY - minY;
  const top = MARGIN + (showTitle ? TITLE_H : 0);
  // Canvas point (0, 0) — the grid's top-left — lands here in the picture.
  const ox = MARGIN - minX;
  const oy = top - minY;

  const volumes = new Map<string, ReturnType<typeof complaintStats>>();
  let maxComplaints = 0;
  for (const { t } of placed) {
    const stats = complaintStats(t.complaints);
    volumes.set(t.id, stats);
    maxComplaints = Math.max(maxComplaints, stats.total);
  }

  // ---- grid
  let grid = '';
  layout.lanes.forEach((lane, i) => {
    grid += rect(ox, oy + lane.y, layout.width, lane.height, { fill: i % 2 ? LANE_B : LANE_A });
  });
  for (const col of layout.columns) {
    grid += el('path', { d: `M${ox + col.x} ${oy - LAYOUT.headerHeight}V${oy + layout.height}`, stroke: LINE, 'stroke-width': 1 });
  }
  for (const lane of layout.lanes) {
    grid += el('path', { d: `M${ox - LAYOUT.labelWidth} ${oy + lane.y}H${ox + layout.width}`, stroke: LINE, 'stroke-width': 1 });
  }
  grid += rect(ox - LAYOUT.labelWidth, oy - LAYOUT.headerHeight, layout.width + LAYOUT.labelWidth, layout.height + LAYOUT.headerHeight, {
    fill: 'none',
    stroke: LINE_2,
    'stroke-width': 1,
  });
  // The labels in groups of their own: a tiled PDF page draws the part it shows again (printPage.ts).
  grid += el('g', { 'data-part': 'corner' }, cornerCell(ox - LAYOUT.labelWidth, oy - LAYOUT.headerHeight, LAYOUT.labelWidth, LAYOUT.headerHeight, label('corner', lang)));
  const headers = layout.columns.map((col, i) => stageCell(ox + col.x, oy - LAYOUT.headerHeight, col.width, LAYOUT.headerHeight, stages[i].name));
  grid += el('g', { 'data-part': 'stage-headers' }, headers.join(''));
  const laneLabels = layout.lanes.map((lane, i) => laneCell(ox - LAYOUT.labelWidth, oy + lane.y, LAYOUT.labelWidth, lane.height, channels[i].name));
  grid += el('g', { 'data-part': 'lane-labels' }, laneLabels.join(''));

  // ---- connections (under the nodes)
  let edges = '';
  for (const c of data.connections) {
    const from = posById.get(c.source);
    const to = posById.get(c.target);
    if (!from || !to) continue;
    edges += renderConnection(c, { x: ox + from.x, y: oy + from.y }, { x: ox + to.x, y: oy + to.y });
  }

  // ---- touchpoints
  let nodes = '';
  for (const { t, at } of placed) {
    const level = touchpointRiskLevel(t, bands);
    const gaps = analysis.byTouchpoint.get(t.id) ?? [];
    const open = gaps.filter((g) => g.open).length;
    const worst = worstSeverity(gaps);
    const stats = volumes.get(t.id)!;
    let swatch: Swatch | null = null;
    if (overlay === 'risk') swatch = level ? LEVEL_COLOURS[level] : UNASSESSED;
    else if (overlay === 'gaps') swatch = worst ? LEVEL_COLOURS[worst] : null;
    else if (overlay === 'complaints') swatch = heatIndex(stats.total, maxComplaints) > 0 ? HEAT_COLOURS[heatIndex(stats.total, maxComplaints)] : null;
    const facts: NodeFacts = {
      complaints: hideComplaints ? null : { total: stats.total, trend: stats.trend },
      risk: level && t.risk ? { level, score: riskScore(t.risk) } : null,
      gaps: { open, worst },
      overlay: swatch,
    };
    nodes += renderTouchpoint(t, { x: ox + at.x, y: oy + at.y }, facts, lang, hideOwners);
  }

  // ---- sticky notes
  let notes = '';
  for (const n of data.notes) {
    const c = NOTE_COLOURS[n.color] ?? NOTE_COLOURS.yellow;
    const x = ox + n.position.x;
    const y = oy + n.position.y;
    let body = rect(x, y, NOTE_SIZE.width, NOTE_SIZE.height, { rx: 4, fill: c.fill, stroke: c.stroke });
    wrapText(n.text, NOTE_SIZE.width - 20, 13, 5).forEach((line, i) => {
      body += text(x + 10, y + 24 + i * 18, line, { size: 13, fill: INK });
    });
    notes += el('g', { 'data-note': n.id }, body);
  }

  // ---- title, legend, footer
  const gridBottom = top + contentH;
  const legendWidth = Math.max(contentW, 640);
  const legendInput = { overlay, lang, bands, maxComplaints, showComplaintBadge: !hideComplaints };
  const legend = renderLegend(
    legendInput,
    MARGIN,
    gridBottom + 20,
    legendWidth,
  );
  const width = Math.ceil(Math.max(contentW, legend.width) + 2 * MARGIN);
  const footerY = gridBottom + 20 + legend.height + 12;
  const height = Math.ceil(footerY + FOOTER_H + MARGIN - 12);

  const footerParts = [
    data.meta.name.trim() || label('untitled', lang),
    `${label('exported', lang)} ${isoDate(opts.date ?? new Date())}`,
    `${label('catalogue', lang)} ${CATALOGUE_VERSION}`,
  ];
  if (hideComplaints) footerParts.push(label('complaintsHidden', lang));
  if (hideOwners) footerParts.push(label('ownersHidden', lang));
  const footer = footerLine(MARGIN, footerY, width - 2 * MARGIN, footerParts.join(' · '));

  const titleSvg = showTitle
    ? text(MARGIN, MARGIN + 24, ellipsize(data.meta.name.trim() || label('untitled', lang), width - 2 * MARGIN, 20, true), {
        size: 20,
        fill: INK,
        weight: 'bold',
      })
    : '';

  // ---- where printed pages may break
  const boxes = [
    ...placed.map(({ at }) => ({ x: ox + at.x, y: oy + at.y, width: LAYOUT.nodeWidth, height: LAYOUT.nodeHeight })),
    ...data.notes.map((n) => ({ x: ox + n.position.x, y: oy + n.position.y, ...NOTE_SIZE })),
  ];
  const clear = (edges: number[], axis: 'x' | 'y') => {
    const size = axis === 'x' ? 'width' : 'height';
    const kept = edges.filter((v) => boxes.every((b) => v <= b[axis] || v >= b[axis] + b[size]));
    // Rounded as the SVG's coordinates are (rounding keeps the order, so it keeps them clear).
    return [...new Set(kept.map((v) => Math.round(v * 100) / 100))].sort((a, b) => a - b);
  };
  const breaks = {
    x: clear([ox - LAYOUT.labelWidth, ...layout.columns.map((c) => ox + c.x), ox + layout.width], 'x'),
    y: clear(
      [oy - LAYOUT.headerHeight, ...layout.lanes.map((l) => oy + l.y), oy + layout.height, gridBottom + 10, footerY - 6],
      'y',
    ),
  };

  const name = data.meta.name.trim() || label('untitled', lang);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family='${FONT_FAMILY}' role="img" aria-label="${escapeAttr(name)}">` +
    `<title>${escapeAttr(name)}</title>` +
    rect(0, 0, width, height, { fill: '#ffffff' }) +
    titleSvg +
    el('g', { 'data-part': 'grid' }, grid) +
    el('g', { 'data-part': 'connections' }, edges) +
    el('g', { 'data-part': 'touchpoints' }, nodes) +
    el('g', { 'data-part': 'notes' }, notes) +
    legend.svg +
    footer +
    '</svg>\n';
  const frame: MapFrame = {
    lang,
    margin: MARGIN,
    header: { y: oy - LAYOUT.headerHeight, height: LAYOUT.headerHeight },
    labels: { x: ox - LAYOUT.labelWidth, width: LAYOUT.labelWidth },
    stages: layout.columns.map((col, i) => ({ name: stages[i].name, x: ox + col.x, width: col.width })),
    lanes: layout.lanes.map((lane, i) => ({ name: channels[i].name, y: oy + lane.y, height: lane.height })),
    mapBottom: gridBottom + 10,
    legend: legendInput,
    footer: footerParts.join(' · '),
  };
  return { svg, width, height, breaks, frame };
}

