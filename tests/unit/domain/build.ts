/** Small builders for domain tests: a journey and its touchpoints with only the fields a test sets. */
import { makeTouchpoint } from '../../../src/domain/factories';
import { findKind } from '../../../src/domain/catalogue';
import type { ComplaintEntry, ControlState, JourneyData, Risk, Sector, Touchpoint } from '../../../src/domain/schema';
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
