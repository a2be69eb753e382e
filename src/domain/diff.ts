/**
 * What changed between two states of a journey — the record an auditor asks for: touchpoints
 * added, removed and renamed, risk and control-status changes, and gaps newly open or closed
 * (from `analyse`). Pure: the version history compares snapshots with it.
 */
import { analyse } from './gaps';
import type { Gap } from './gaps';
import { riskScore } from './risk';
import type { ControlStatus, JourneyData, Risk, Touchpoint } from './schema';

export interface TouchpointRef {
  id: string;
  title: string;
}

export interface RiskChange extends TouchpointRef {
  before: Risk | null;
  after: Risk | null;
  /** likelihood × impact, null when not assessed. */
  scoreBefore: number | null;
  scoreAfter: number | null;
}

export interface ControlChange extends TouchpointRef {
  controlId: string;
  /** null: the control had no status. */
  before: ControlStatus | null;
  after: ControlStatus | null;
}

export interface RenameChange extends TouchpointRef {
  before: string;
}

export interface JourneyDiff {
  added: TouchpointRef[];
  removed: TouchpointRef[];
  renamed: RenameChange[];
  /** Touchpoints whose other fields changed (moved, described, annotated) — ids only. */
  edited: TouchpointRef[];
  risk: RiskChange[];
  controls: ControlChange[];
  /** Open gaps in `after` that were not open in `before`. */
  gapsOpened: Gap[];
  /** Open gaps in `before` that are no longer open in `after` (fixed, accepted or removed). */
  gapsClosed: Gap[];
  /** Counts of other records before → after. */
  counts: Record<'stages' | 'channels' | 'connections' | 'notes', [number, number]>;
}

const ref = (t: Touchpoint): TouchpointRef => ({ id: t.id, title: t.title });
const byTitle = (a: TouchpointRef, b: TouchpointRef) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sameRisk = (a: Risk | null, b: Risk | null) =>
  a === b || (a !== null && b !== null && a.likelihood === b.likelihood && a.impact === b.impact && a.rationale === b.rationale);

function otherFieldsChanged(a: Touchpoint, b: Touchpoint): boolean {
  const strip = (t: Touchpoint) => JSON.stringify({ ...t, title: '', risk: null, controls: {} });
  return strip(a) !== strip(b);
}

export function diffJourneys(before: JourneyData, after: JourneyData): JourneyDiff {
  const prev = new Map(before.touchpoints.map((t) => [t.id, t]));
  const next = new Map(after.touchpoints.map((t) => [t.id, t]));
  const diff: JourneyDiff = {
    added: [],
    removed: [],
    renamed: [],
    edited: [],
    risk: [],
    controls: [],
    gapsOpened: [],
    gapsClosed: [],
    counts: {
      stages: [before.stages.length, after.stages.length],
      channels: [before.channels.length, after.channels.length],
      connections: [before.connections.length, after.connections.length],
      notes: [before.notes.length, after.notes.length],
    },
  };
  for (const t of after.touchpoints) if (!prev.has(t.id)) diff.added.push(ref(t));
  for (const t of before.touchpoints) if (!next.has(t.id)) diff.removed.push(ref(t));
  for (const a of after.touchpoints) {
    const b = prev.get(a.id);
    if (!b) continue;
    if (a.title !== b.title) diff.renamed.push({ ...ref(a), before: b.title });
    if (!sameRisk(b.risk, a.risk)) {
      diff.risk.push({
        ...ref(a),
        before: b.risk,
        after: a.risk,
        scoreBefore: b.risk ? riskScore(b.risk) : null,
        scoreAfter: a.risk ? riskScore(a.risk) : null,
      });
    }
    const ids = new Set([...Object.keys(b.controls), ...Object.keys(a.controls)]);
    for (const controlId of [...ids].sort()) {
      const sb = b.controls[controlId]?.status ?? null;
      const sa = a.controls[controlId]?.status ?? null;
      if (sb !== sa) diff.controls.push({ ...ref(a), controlId, before: sb, after: sa });
    }
    if (otherFieldsChanged(a, b)) diff.edited.push(ref(a));
  }
  diff.added.sort(byTitle);
  diff.removed.sort(byTitle);
  diff.renamed.sort(byTitle);
  diff.edited.sort(byTitle);
  diff.risk.sort(byTitle);

  const openBefore = new Map(analyse(before).gaps.filter((g) => g.open).map((g) => [g.id, g]));
  const openAfter = new Map(analyse(after).gaps.filter((g) => g.open).map((g) => [g.id, g]));
  for (const [id, g] of openAfter) if (!openBefore.has(id)) diff.gapsOpened.push(g);
  for (const [id, g] of openBefore) if (!openAfter.has(id)) diff.gapsClosed.push(g);
  return diff;
}

/** True when nothing an auditor would list changed. */
export function isEmptyDiff(d: JourneyDiff): boolean {
  const sameCounts = Object.values(d.counts).every(([a, b]) => a === b);
  return (
    sameCounts &&
    !d.added.length &&
    !d.removed.length &&
    !d.renamed.length &&
    !d.edited.length &&
    !d.risk.length &&
    !d.controls.length &&
    !d.gapsOpened.length &&
    !d.gapsClosed.length
  );
}
