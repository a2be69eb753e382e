/** Which controls a touchpoint needs: its kind, the journey's sector and custom controls decide. */
import type { CustomControl, Sector } from '../schema';
import { CONTROLS, findControl, type ControlDef } from './controls';
import { TOUCHPOINT_KINDS, findKind, type TouchpointKind } from './kinds';

/**
 * A control applies to a journey when either says 'both' or they name the same sector: a 'both'
 * journey needs bank-only and insurance-only controls; a 'bank' journey no insurance-only ones.
 */
export function sectorApplies(controlSector: Sector, journeySector: Sector): boolean {
  return controlSector === 'both' || journeySector === 'both' || controlSector === journeySector;
}

/**
 * Required controls per kind for one journey, computed once per kind and then shared: the same
 * array for every touchpoint of a kind (the gap analysis relies on that for speed).
 */
export function createRequiredIndex(
  sector: Sector,
  customControls: readonly CustomControl[],
): (kindId: string | null) => readonly ControlDef[] {
  const cache = new Map<string, readonly ControlDef[]>();
  const none: readonly ControlDef[] = Object.freeze([]);
  return (kindId) => {
    if (!kindId) return none;
    let list = cache.get(kindId);
    if (!list) {
      list = Object.freeze(computeRequired(kindId, sector, customControls));
      cache.set(kindId, list);
    }
    return list;
  };
}

function computeRequired(kindId: string, sector: Sector, customControls: readonly CustomControl[]): ControlDef[] {
  const seen = new Set<string>();
  const out: ControlDef[] = [];
  const add = (def: ControlDef | undefined) => {
    if (!def || seen.has(def.id)) return;
    seen.add(def.id);
    if (sectorApplies(def.sector, sector)) out.push(def);
  };
  for (const id of findKind(kindId)?.requiredControls ?? []) add(findControl(id, customControls));
  for (const cc of customControls) if (cc.kinds.includes(kindId)) add(findControl(cc.id, customControls));
  return out;
}

/**
 * The controls a touchpoint of `kindId` needs in a journey of `sector`: those its kind lists
 * (custom overrides applied) plus custom controls that name the kind, kept when their sector
 * applies. Catalogue order first, then custom controls in the journey's order.
 */
export function requiredControls(kindId: string | null, sector: Sector, customControls: readonly CustomControl[] = []): ControlDef[] {
  return kindId ? computeRequired(kindId, sector, customControls) : [];
}

/** The kinds that require a control (built-in kinds, and kinds a custom control names). */
export function whereRequired(controlId: string, customControls: readonly CustomControl[] = []): TouchpointKind[] {
  const def = findControl(controlId, customControls);
  if (!def) return [];
  return TOUCHPOINT_KINDS.filter((k) => def.kinds.includes(k.id));
}

/** Built-in controls no kind requires (should be none; checked by the catalogue tests). */
export function unusedControls(): ControlDef[] {
  return CONTROLS.filter((c) => c.kinds.length === 0);
}
