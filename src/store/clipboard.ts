/**
 * What copy puts on the clipboard: the copied records plus the names of their lanes, so a paste
 * into another journey can keep stage and channel where the target has a lane of the same id
 * or name.
 */
import * as z from 'zod/mini';
import { connectionSchema, noteSchema, touchpointSchema, type Connection, type Note, type Touchpoint } from '../domain/schema';

export const CLIPBOARD_MARKER = 'touchmap-clipboard';

export const clipboardSchema = z.object({
  format: z.literal(CLIPBOARD_MARKER),
  version: z.literal(1),
  touchpoints: z.array(touchpointSchema),
  notes: z.array(noteSchema),
  connections: z.array(connectionSchema),
  stageNames: z.record(z.string(), z.string()),
  channelNames: z.record(z.string(), z.string()),
});

export interface ClipboardPayload {
  format: typeof CLIPBOARD_MARKER;
  version: 1;
  touchpoints: Touchpoint[];
  notes: Note[];
  connections: Connection[];
  stageNames: Record<string, string>;
  channelNames: Record<string, string>;
}

export function parseClipboard(text: string): ClipboardPayload | null {
  if (!text.includes(CLIPBOARD_MARKER)) return null;
  try {
    const parsed = clipboardSchema.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as ClipboardPayload) : null;
  } catch {
    return null;
  }
}
