/**
 * Gap analysis and the control catalogue it reads are their own chunk, fetched when a journey
 * opens (alongside reading the journey from IndexedDB) rather than with the editor's start-up
 * JavaScript (docs/performance.md, "Initial JS"). Until it has arrived, `derived.gaps` is null —
 * as for a journey being opened — and the store re-renders its readers once it is here.
 */
import type * as GapsModule from '../domain/gaps';

export type GapEngine = typeof GapsModule;

let engine: GapEngine | null = null;
let loading: Promise<GapEngine> | null = null;

export function loadGapEngine(): Promise<GapEngine> {
  loading ??= import('../domain/gaps').then((m) => (engine = m));
  return loading;
}

/** The loaded engine, or null while it is still being fetched. */
export function gapEngine(): GapEngine | null {
  return engine;
}
