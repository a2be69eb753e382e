/**
 * Reads a pasted text back into a clipboard payload, validated record by record: a paste from
 * an older or tampered copy is ignored rather than written half-valid into the journey. Kept
 * apart from `clipboard.ts` so the validators load on the first paste, not with the editor.
 */
import * as z from 'zod/mini';
import { connectionSchema, noteSchema, touchpointSchema } from '../domain/schema';
import { CLIPBOARD_MARKER, type ClipboardPayload } from './clipboard';

export const clipboardSchema = z.object({
  format: z.literal(CLIPBOARD_MARKER),
  version: z.literal(1),
  touchpoints: z.array(touchpointSchema),
  notes: z.array(noteSchema),
  connections: z.array(connectionSchema),
  stageNames: z.record(z.string(), z.string()),
  channelNames: z.record(z.string(), z.string()),
});

export function parseClipboard(text: string): ClipboardPayload | null {
  if (!text.includes(CLIPBOARD_MARKER)) return null;
  try {
    const parsed = clipboardSchema.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as ClipboardPayload) : null;
  } catch {
    return null;
  }
}
