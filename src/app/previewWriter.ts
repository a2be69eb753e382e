/**
 * Keeps the preview cache (db/preview.ts) of a large open journey up to date: a while after it
 * opens, and again once edits (from anyone) have paused. Small journeys open fast enough
 * without one.
 */
import { writePreview, type JourneyPreview } from '../db/preview';
import { buildFarScene } from '../canvas/farScene';
import { journeyBounds } from '../canvas/fitJourney';
import type { EditorState } from '../store/editorStore';
import { selectLayout } from '../store/selectors';
import type { DocProvider, DocProviderContext } from './docProviders';

export const PREVIEW_MIN_TOUCHPOINTS = 500;
const AFTER_OPEN_MS = 3000;
const AFTER_EDITS_MS = 4000;

/** The far view of a journey as the preview stores it (no selection, no overlay). */
export function toPreview(journeyId: string, state: EditorState, stamp: string): JourneyPreview {
  const s: EditorState = { ...state, selectedNodeIds: new Set(), dragPositions: null, overlay: 'none' };
  const scene = buildFarScene(s);
  const palette = [...scene.byColour.keys()];
  const colour = new Uint8Array(scene.ids.length);
  palette.forEach((c, k) => {
    for (const i of scene.byColour.get(c) ?? []) colour[i] = k;
  });
  const layout = selectLayout(s);
  const lanes = new Float32Array(layout.lanes.length * 2);
  layout.lanes.forEach((l, i) => lanes.set([l.y, l.height], i * 2));
  return {
    journeyId,
    stamp,
    count: scene.ids.length,
    bounds: journeyBounds(s),
    xy: Float32Array.from(scene.xy),
    colour,
    palette,
    lines: Float32Array.from(scene.lines),
    lanes,
    width: layout.width,
  };
}

export function createPreviewWriter({ db, journeyId, doc, store }: DocProviderContext): DocProvider {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  const write = async () => {
    if (Object.keys(store.getState().touchpoints).length < PREVIEW_MIN_TOUCHPOINTS) return;
    // Stamped with the last save: edits not yet saved make it stale, and a stale one is not shown.
    const row = await db.journeys.get(journeyId);
    if (!row || closed) return;
    await writePreview(toPreview(journeyId, store.getState(), row.updatedAt));
  };
  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void write().catch(() => undefined);
    }, ms);
  };
  const onUpdate = () => schedule(AFTER_EDITS_MS);
  doc.on('update', onUpdate);
  schedule(AFTER_OPEN_MS);
  return {
    destroy() {
      closed = true;
      doc.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    },
  };
}
