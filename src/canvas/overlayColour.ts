/**
 * Which colour class a touchpoint gets under the current overlay. The classes carry the same
 * colour-blind-safe ramps as the exported SVG (src/io/svg/palette.ts), and every colour is
 * paired with text in the node's badges and the legend.
 */
import type { GapAnalysis } from '../domain/gaps';
import { touchpointRiskLevel } from '../domain/risk';
import type { Touchpoint } from '../domain/schema';
import type { EditorState } from '../store/editorStore';

export const SEVERITY_ORDER = ['low', 'medium', 'high', 'critical'] as const;

/** Five steps from none to the journey's largest volume (0 = none). */
export function heatStep(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(4, 1 + Math.floor((value / max) * 3.999));
}

export function worstOpenSeverity(gaps: GapAnalysis | null, id: string) {
  let worst = -1;
  for (const g of gaps?.byTouchpoint.get(id) ?? []) if (g.open) worst = Math.max(worst, SEVERITY_ORDER.indexOf(g.severity));
  return worst < 0 ? null : SEVERITY_ORDER[worst];
}

export function overlayClass(s: EditorState, t: Touchpoint): string {
  switch (s.overlay) {
    case 'risk': {
      const level = touchpointRiskLevel(t, s.meta?.settings.riskBands);
      return level ? `ov-lvl-${level}` : 'ov-none';
    }
    case 'complaints': {
      const v = s.derived.volumes(s, s.overlayPeriod);
      return `ov-heat-${heatStep(v.byTouchpoint.get(t.id) ?? 0, v.max)}`;
    }
    case 'gaps': {
      const w = worstOpenSeverity(s.derived.gaps(s), t.id);
      return w ? `ov-lvl-${w}` : 'ov-clean';
    }
    default:
      return '';
  }
}
