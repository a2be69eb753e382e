/**
 * Bench mode: when the page was opened with `?bench=1`, the benchmark (tests/bench) drives the
 * app through `window.__touchmapBench` — import a journey through the app's own import service,
 * navigate, set the viewport, select, edit and time the save. Off otherwise: nothing is exposed
 * and the hook's code is never loaded.
 */
import type { DocPersistence } from '../db/persistence';
import type { EditorStore } from '../store/editorStore';

export const BENCH_MODE = typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench');

export interface BenchSession {
  journeyId: string;
  store: EditorStore;
  persistence: DocPersistence;
}

export interface BenchViewport {
  x: number;
  y: number;
  zoom: number;
}

/** The open canvas, as the benchmark drives it (the same shape on the baseline page). */
export interface BenchFlow {
  setViewport(v: BenchViewport): void;
  getViewport(): BenchViewport;
  select(ids: string[]): void;
}

export interface BenchSlot {
  session?: BenchSession | null;
  [key: string]: unknown;
}

declare global {
  interface Window {
    __touchmapBench?: BenchSlot;
    __benchFlow?: BenchFlow;
  }
}

/** The hook's object in bench mode (created on first use), else null. */
export function benchSlot(): BenchSlot | null {
  if (!BENCH_MODE) return null;
  return (window.__touchmapBench ??= {});
}
