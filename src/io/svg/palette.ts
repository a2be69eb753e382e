/**
 * Colours of the rendered map. Levels (risk low → critical, and gap severity) use one
 * sequential ramp whose lightness falls steadily from yellow to dark crimson, so the order reads
 * with any colour vision and in greyscale; complaint volume uses a separate blue ramp
 * (ColorBrewer Blues). Every colour also comes with text, never alone.
 */
import type { Severity } from '../../domain/schema';

export const INK = '#1d2433';
export const INK_2 = '#4a5468';
export const MUTED = '#5d6778';
export const LINE = '#d9dee7';
export const LINE_2 = '#c4cbd7';
export const LANE_A = '#fbfcfe';
export const LANE_B = '#f1f4f9';
export const HEADER_FILL = '#e8edf4';
export const NODE_STROKE = '#b8c2d3';
export const NODE_ACCENT = '#2b3a55';
export const BADGE_FILL = '#eef2f7';

export interface Swatch {
  fill: string;
  /** Text colour on `fill` with at least 4.5:1 contrast. */
  text: string;
  /** The same hue mixed with white, for a node's background. */
  tint: string;
}

export const LEVEL_COLOURS: Readonly<Record<Severity, Swatch>> = {
  low: { fill: '#ffe08a', text: INK, tint: '#fff6dc' },
  medium: { fill: '#f9a65a', text: INK, tint: '#fde4cd' },
  high: { fill: '#c4461f', text: '#ffffff', tint: '#f6d3c9' },
  critical: { fill: '#8e1030', text: '#ffffff', tint: '#ebc9d1' },
};

export const UNASSESSED: Swatch = { fill: '#e5e7eb', text: INK, tint: '#f4f5f7' };

/** Complaint volume, five steps from none to the journey's largest. */
export const HEAT_COLOURS: readonly Swatch[] = [
  { fill: '#ffffff', text: INK, tint: '#ffffff' },
  { fill: '#c6dbef', text: INK, tint: '#eaf2fa' },
  { fill: '#6baed6', text: INK, tint: '#d5e7f4' },
  { fill: '#2171b5', text: '#ffffff', tint: '#bcd5ec' },
  { fill: '#08306b', text: '#ffffff', tint: '#a9bfd8' },
];

export const NOTE_COLOURS: Readonly<Record<'yellow' | 'blue' | 'green' | 'pink', { fill: string; stroke: string }>> = {
  yellow: { fill: '#fff3b0', stroke: '#e2cf6b' },
  blue: { fill: '#d6e8ff', stroke: '#8fb6e8' },
  green: { fill: '#d9f2dc', stroke: '#8ccf95' },
  pink: { fill: '#fde0ea', stroke: '#e9a2bb' },
};

export const EDGE_STYLES = {
  flow: { stroke: '#4a5468', width: 1.5, dash: undefined },
  'hand-off': { stroke: '#1f5fbf', width: 1.5, dash: '7 4' },
  escalation: { stroke: '#8e1030', width: 2.2, dash: '2 3' },
} as const;

/** The font stack of every exported map: the common Chinese UI fonts on Mac, Windows, Linux. */
export const FONT_FAMILY = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif';
