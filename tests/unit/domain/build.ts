/** Small builders for domain tests: a journey and its touchpoints with only the fields a test sets. */
import { makeTouchpoint } from '../../../src/domain/factories';
import { analyse, gapKey, type Gap } from '../../../src/domain/gaps';
import { findKind } from '../../../src/domain/catalogue';
import type { ComplaintEntry, ControlState, GapDecision, JourneyData, Risk, Sector, Touchpoint } from '../../../src/domain/schema';
import { newJourneyData } from '../../helpers/journey';

export function journey(sector: Sector = 'bank', ...touchpoints: Touchpoint[]): JourneyData {
  const data = newJourneyData('Test', sector);
  data.touchpoints = touchpoints.map((t, i) => ({
    ...t,
    stageId: data.stages[i % data.stages.length].id,
    channelId: data.channels[i % data.channels.length].id,
  }));
  return data;
}

export function tp(fields: Partial<Touchpoint> = {}): Touchpoint {
  return makeTouchpoint({ stageId: 's', channelId: 'c', offset: { x: 20, y: 20 }, owner: 'Ops', ...fields });
}

export function risk(likelihood: number, impact: number): Risk {
  return { likelihood, impact, rationale: '' };
}

/** Every control the kind lists, with one status. */
export function allControls(kind: string, status: ControlState['status'] = 'in-place'): Record<string, ControlState> {
  const k = findKind(kind);
  if (!k) throw new Error(`no kind ${kind}`);
  return Object.fromEntries(k.requiredControls.map((id) => [id, status === 'not-applicable' ? { status, reason: 'n/a' } : { status }]));
}

/** Monthly entries from a start month: months('2025-01', [1, 2, 3]). */
export function months(first: string, counts: number[], category?: string): ComplaintEntry[] {
  const [y, m] = first.split('-').map(Number);
  return counts.map((count, i) => {
    const idx = y * 12 + (m - 1) + i;
    const period = `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
    return category ? { period, count, category } : { period, count };
  });
}

/** [rule, control, severity] of a touchpoint's gaps, in the analysis' order. */
export function gapsOf(data: JourneyData, index = 0): [string, string | null, string][] {
  const gaps = analyse(data).byTouchpoint.get(data.touchpoints[index].id) ?? [];
  return gaps.map((g) => [g.rule, g.controlId, g.severity]);
}

export function gap(data: JourneyData, rule: string, index = 0): Gap | undefined {
  return analyse(data).byTouchpoint.get(data.touchpoints[index].id)?.find((g) => g.rule === rule);
}

// surrender-closure requires key-info-disclosure (base high) and surrender-exit-disclosure (base medium)
export const surrender = (fields: Partial<Touchpoint> = {}) => tp({ kind: 'surrender-closure', risk: risk(2, 3), ...fields });

/** A touchpoint that only holds complaints (all its controls in place, so it adds no other gap). */
export const load = (counts: number[], first = '2025-01') =>
  tp({ kind: 'surrender-closure', risk: risk(1, 1), controls: allControls('surrender-closure'), complaints: months(first, counts) });

export function decision(touchpointId: string, rule: string, controlId: string | null, accepted: boolean, fields: Partial<GapDecision> = {}): GapDecision {
  return {
    id: gapKey(touchpointId, rule, controlId),
    touchpointId,
    rule,
    controlId,
    accepted,
    reason: accepted ? 'Compensating control at head office' : '',
    owner: 'CP office',
    dueDate: '2026-03-31',
    ticket: 'CP-42',
    decidedAt: '2026-01-05T10:00:00.000Z',
    ...fields,
  };
}
