/** How I appear to others in a live session: a display name and a colour, remembered on this device. */
import type { PeerUser } from '../../store/presence';

const NAME_KEY = 'touchmap.collab.name';
const COLOR_KEY = 'touchmap.collab.color';

/** Distinct at a glance and dark enough for white text (WCAG AA on the name tags). */
export const PEER_COLORS = ['#c4320a', '#1a56db', '#067647', '#b54708', '#6941c6', '#c11574', '#0e7090', '#4e5ba6'];

export function storedName(storage: Storage | null): string {
  try {
    return storage?.getItem(NAME_KEY)?.trim() ?? '';
  } catch {
    return '';
  }
}

export function saveName(storage: Storage | null, name: string): void {
  try {
    storage?.setItem(NAME_KEY, name.trim().slice(0, 40));
  } catch {
    // not remembered
  }
}

export function loadIdentity(storage: Storage | null, fallbackName: string, random = Math.random): PeerUser {
  let color: string;
  try {
    color = storage?.getItem(COLOR_KEY) ?? '';
  } catch {
    color = '';
  }
  if (!PEER_COLORS.includes(color)) {
    color = PEER_COLORS[Math.floor(random() * PEER_COLORS.length)];
    try {
      storage?.setItem(COLOR_KEY, color);
    } catch {
      // not remembered
    }
  }
  return { name: storedName(storage) || fallbackName, color };
}
