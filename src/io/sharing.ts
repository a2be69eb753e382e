/**
 * Sharing options for the journey file: complaint figures and owner names taken out of the data
 * itself (pictures, registers and the pack leave them out while drawing, so severities there
 * still reflect the complaints).
 */
import type { JourneyData } from '../domain/schema';

export interface SharingOptions {
  hideComplaints?: boolean;
  hideOwners?: boolean;
}

export function redactForSharing(data: JourneyData, opts: SharingOptions): JourneyData {
  if (!opts.hideComplaints && !opts.hideOwners) return data;
  return {
    ...data,
    touchpoints: data.touchpoints.map((t) => ({
      ...t,
      complaints: opts.hideComplaints ? [] : t.complaints,
      owner: opts.hideOwners ? '' : t.owner,
    })),
    gapDecisions: opts.hideOwners ? data.gapDecisions.map((d) => ({ ...d, owner: '' })) : data.gapDecisions,
  };
}
