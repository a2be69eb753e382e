/**
 * What copy puts on the clipboard: the copied records plus the names of their lanes, so a paste
 * into another journey can keep stage and channel where the target has a lane of the same id
 * or name. Reading a pasted text back is validated in `clipboardParse.ts`, loaded on paste.
 */
import type { Connection, Note, Touchpoint } from '../domain/schema';

export const CLIPBOARD_MARKER = 'touchmap-clipboard';

export interface ClipboardPayload {
  format: typeof CLIPBOARD_MARKER;
  version: 1;
  touchpoints: Touchpoint[];
  notes: Note[];
  connections: Connection[];
  stageNames: Record<string, string>;
  channelNames: Record<string, string>;
}
