/**
 * A cache of how each large journey looks zoomed out — touchpoint boxes in their colours,
 * connections, lanes — so opening it can draw the map at once while its document (megabytes of
 * Yjs updates for thousands of touchpoints) is still being decoded. Derived data only: no text
 * of the journey, rewritten after edits, and used only if it matches the journey's last save
 * (`stamp` = the list row's `updatedAt`). Its own small database, outside the journey data, so
 * it never takes part in backups, versions or upgrades; losing it only loses the preview.
 */
import Dexie, { type Table } from 'dexie';

export interface JourneyPreview {
  journeyId: string;
  /** The journey row's `updatedAt` when this was drawn: a preview of another state is not shown. */
  stamp: string;
  count: number;
  /** What fitting the journey shows (flow coordinates). */
  bounds: { x: number; y: number; width: number; height: number };
  /** Touchpoints' top-left corners (x, y per touchpoint) and colour (index into `palette`). */
  xy: Float32Array;
  colour: Uint8Array;
  palette: string[];
  /** Connections: source x, y, target x, y. */
  lines: Float32Array;
  /** Channel lanes: y, height per lane; and the grid's width. */
  lanes: Float32Array;
  width: number;
}

type PreviewDatabase = Dexie & { previews: Table<JourneyPreview, string> };

export const PREVIEW_DB_NAME = 'touchmap-preview';

let shared: PreviewDatabase | null = null;

/** The preview cache (opened once per page; a cache needs no test isolation of its own). */
export function previewDatabase(): PreviewDatabase {
  if (!shared) {
    const db = new Dexie(PREVIEW_DB_NAME) as PreviewDatabase;
    db.version(1).stores({ previews: 'journeyId' });
    shared = db;
  }
  return shared;
}

/** The stored preview, or null (none, or the cache is unavailable). Never throws. */
export async function readPreview(journeyId: string): Promise<JourneyPreview | null> {
  try {
    return (await previewDatabase().previews.get(journeyId)) ?? null;
  } catch {
    return null;
  }
}

/** Stores a preview; a failure only means no preview next time. */
export async function writePreview(preview: JourneyPreview): Promise<void> {
  try {
    await previewDatabase().previews.put(preview);
  } catch {
    // A cache: nothing is lost.
  }
}

export async function deletePreview(journeyId: string): Promise<void> {
  try {
    await previewDatabase().previews.delete(journeyId);
  } catch {
    // See writePreview.
  }
}
