/**
 * Which consumer rights a gap touches: a control gap touches the rights its control protects;
 * any other gap (hotspot, spike, risk, owner, incomplete data) touches the rights the officer
 * marked at stake on the touchpoint. The rights × stages matrix and the gap filters use this.
 */
import { findControl } from '../catalogue/controls';
import type { CustomControl, Touchpoint } from '../schema';
import type { Gap } from './types';

export function rightsOfGap(gap: Pick<Gap, 'controlId'>, touchpoint: Pick<Touchpoint, 'rights'> | undefined, customControls: readonly CustomControl[] = []): readonly string[] {
  if (gap.controlId) {
    const def = findControl(gap.controlId, customControls);
    if (def) return def.rights;
  }
  return touchpoint?.rights ?? [];
}

export interface RightsStageCell {
  rightId: string;
  stageId: string;
  gaps: Gap[];
}

/** Open gaps per (right, stage): the grid a consumer-protection review is built on. */
export function rightsByStage(
  gaps: readonly Gap[],
  touchpoints: Readonly<Record<string, Pick<Touchpoint, 'rights' | 'stageId'>>>,
  customControls: readonly CustomControl[] = [],
): Map<string, Gap[]> {
  const cells = new Map<string, Gap[]>();
  for (const g of gaps) {
    if (!g.open) continue;
    const t = touchpoints[g.touchpointId];
    if (!t) continue;
    for (const r of rightsOfGap(g, t, customControls)) {
      const key = `${r}|${t.stageId}`;
      const list = cells.get(key);
      if (list) list.push(g);
      else cells.set(key, [g]);
    }
  }
  return cells;
}
