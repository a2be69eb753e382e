/**
 * Derived views of one open journey, memoised on the identity of the view slices they read, so
 * a component selecting them re-renders only when their inputs changed. One instance per store.
 */
import { complaintVolumes, type ComplaintVolumes } from '../domain/complaints';
import type { GapAnalysis } from '../domain/gaps';
import type { JourneyData } from '../domain/schema';
import type { DocumentView } from './documentView';
import { gapEngine } from './gapEngine';

export interface Derived {
  journeyData(view: DocumentView): JourneyData | null;
  /** Null without a journey, and while the gap engine is still loading (see gapEngine.ts). */
  gaps(view: DocumentView): GapAnalysis | null;
  /** Complaints per touchpoint and the journey's largest, over all periods or one. */
  volumes(view: DocumentView, period: string | null): ComplaintVolumes;
}

export function createDerived(): Derived {
  let dataKey: unknown[] = [];
  let data: JourneyData | null = null;
  let analyse: ((data: JourneyData) => GapAnalysis) | null = null;
  let gapsFor: JourneyData | null = null;
  let gaps: GapAnalysis | null = null;

  function journeyData(view: DocumentView): JourneyData | null {
    const key = [view.meta, view.stages, view.channels, view.personas, view.touchpoints, view.connections, view.notes, view.customControls, view.gapDecisions];
    if (key.length !== dataKey.length || key.some((k, i) => k !== dataKey[i])) {
      dataKey = key;
      data = view.meta
        ? {
            meta: view.meta,
            stages: Object.values(view.stages),
            channels: Object.values(view.channels),
            personas: Object.values(view.personas),
            touchpoints: Object.values(view.touchpoints),
            connections: Object.values(view.connections),
            notes: Object.values(view.notes),
            customControls: Object.values(view.customControls),
            gapDecisions: Object.values(view.gapDecisions),
          }
        : null;
    }
    return data;
  }

  let volumesKey: [unknown, string | null] | null = null;
  let volumes: ComplaintVolumes;

  return {
    journeyData,
    volumes(view, period) {
      if (!volumesKey || volumesKey[0] !== view.touchpoints || volumesKey[1] !== period) {
        volumesKey = [view.touchpoints, period];
        volumes = complaintVolumes({ touchpoints: Object.values(view.touchpoints) }, period ? { periods: [period] } : undefined);
      }
      return volumes;
    },
    gaps(view) {
      if (!analyse) {
        const engine = gapEngine();
        if (!engine) return null;
        analyse = engine.createGapAnalyser();
      }
      const d = journeyData(view);
      if (d !== gapsFor) {
        gapsFor = d;
        gaps = d ? analyse(d) : null;
      }
      return gaps;
    },
  };
}
