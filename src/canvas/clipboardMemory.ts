/**
 * The last copy made in this tab, for when the system clipboard is unavailable (no permission,
 * headless browsers). The system clipboard still wins when it holds something else.
 */
import type { ClipboardPayload } from '../store/clipboard';

let last: { payload: ClipboardPayload; text: string } | null = null;

export function remember(payload: ClipboardPayload, text: string): void {
  last = { payload, text };
}

export function recall(systemText: string | null): ClipboardPayload | null {
  if (!last) return null;
  if (systemText && systemText.trim() && systemText !== last.text) return null;
  return last.payload;
}
