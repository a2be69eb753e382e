/**
 * What the benchmark pages expose to the runner: both (Touchmap in bench mode and the bare
 * baseline) a `__benchFlow` driver; Touchmap also its `__touchmapBench` hook; and the runner's
 * injected recorder its `__bench` state. Page functions cast `window` to this shape.
 */
export interface BenchViewport {
  x: number;
  y: number;
  zoom: number;
}

export interface BenchFlow {
  setViewport(v: BenchViewport): void;
  getViewport(): BenchViewport;
  /** Selects exactly these nodes. */
  select(ids: string[]): void;
}

export interface EditMeasure {
  bytes: number;
  updates: number;
  flushMs: number;
  rowsWritten: number;
  rowBytes: number;
}

export interface TouchmapHook {
  ready?: boolean;
  importJourney(url: string): Promise<string>;
  navigate(path: string): void;
  measureEdit(touchpointId: string, label: string): Promise<EditMeasure>;
  editToSaved(touchpointId: string, label: string): Promise<number>;
}

export interface RecorderState {
  openAt: number | null;
  firstAt: number | null;
  frames: number[] | null;
}

export interface BenchWindow {
  __bench: RecorderState;
  __benchRecord: { start(): void; stop(): number[] };
  __touchmapBench?: TouchmapHook;
  __benchFlow?: BenchFlow;
}
