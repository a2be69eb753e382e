/**
 * Where a journey's live session comes from: a join link's fragment when the journey is opened
 * with one (read once, then removed from the address bar so the token is not shared by
 * accident, e.g. in a screenshot), and afterwards this device's memory of it, so reopening the
 * journey rejoins until the token expires or the user leaves the session.
 */
import { COLLAB_PATH, parseJoinFragment, tokenExpiry, type JoinInfo } from '../../domain/collab';
import { LiveJoinError } from './errors';

const KEY = (journeyId: string) => `touchmap.live.${journeyId}`;
const REPLACE_KEY = (journeyId: string) => `touchmap.live.replace.${journeyId}`;

export interface PageLocation {
  protocol: string;
  host: string;
  origin: string;
  pathname: string;
  hash: string;
}

export interface JoinEnv {
  storage: Storage | null;
  /** For removing the fragment once read. */
  replaceUrl?: (url: string) => void;
  location: PageLocation;
  now?: () => number;
}

export function isExpired(info: JoinInfo, now = Date.now()): boolean {
  const exp = tokenExpiry(info.token);
  return exp === null || exp <= now;
}

export function saveJoin(env: JoinEnv, journeyId: string, info: JoinInfo): void {
  try {
    env.storage?.setItem(KEY(journeyId), JSON.stringify(info));
  } catch {
    // Without storage the session simply is not remembered.
  }
}

export function forgetJoin(env: JoinEnv, journeyId: string): void {
  try {
    env.storage?.removeItem(KEY(journeyId));
  } catch {
    // ignore
  }
}

export function savedJoin(env: JoinEnv, journeyId: string): JoinInfo | null {
  let raw: string | null;
  try {
    raw = env.storage?.getItem(KEY(journeyId)) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<JoinInfo>;
    const hash = new URLSearchParams({ room: String(v.room ?? ''), token: String(v.token ?? '') });
    if (v.server) hash.set('server', String(v.server));
    const info = parseJoinFragment(hash.toString());
    return info && info.room === journeyId ? info : null;
  } catch {
    return null;
  }
}

/**
 * The join link this page was opened with, if it is for this journey: remembered, and removed
 * from the address bar. Returns what is remembered for the journey otherwise.
 */
export function joinFor(env: JoinEnv, journeyId: string): JoinInfo | null {
  const fromLink = env.location.hash ? parseJoinFragment(env.location.hash) : null;
  if (fromLink && fromLink.room === journeyId) {
    saveJoin(env, journeyId, fromLink);
    env.replaceUrl?.(env.location.pathname);
  }
  return savedJoin(env, journeyId);
}

/** The room's socket endpoint: this page's own origin (the CSP allows no other). */
export function socketUrl(info: JoinInfo, location: Pick<PageLocation, 'protocol' | 'host'>): string {
  const own = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
  if (!info.server) return own + COLLAB_PATH;
  let u: URL;
  try {
    u = new URL(info.server);
  } catch {
    throw new LiveJoinError('foreign');
  }
  const scheme = u.protocol === 'https:' || u.protocol === 'wss:' ? 'wss' : u.protocol === 'http:' || u.protocol === 'ws:' ? 'ws' : null;
  const url = `${scheme}://${u.host}${u.pathname.replace(/\/+$/, '')}`;
  // A link must not send this journey to another server, whatever it says.
  if (!scheme || u.host !== location.host || `${scheme}://${u.host}` !== own) throw new LiveJoinError('foreign');
  return url;
}

/** "Keep my copy and join": the next open of this journey starts from the room's copy. */
export function markForReplacement(env: JoinEnv, journeyId: string): void {
  try {
    env.storage?.setItem(REPLACE_KEY(journeyId), '1');
  } catch {
    // ignore
  }
}

/** Whether a `storage` event is another tab marking this journey for replacement (see tabHandover). */
export function isReplacementMark(key: string | null, value: string | null, journeyId: string): boolean {
  return key === REPLACE_KEY(journeyId) && value === '1';
}

export function takeReplacement(env: JoinEnv, journeyId: string): boolean {
  try {
    const marked = env.storage?.getItem(REPLACE_KEY(journeyId)) === '1';
    if (marked) env.storage?.removeItem(REPLACE_KEY(journeyId));
    return marked;
  } catch {
    return false;
  }
}

/** This page's join environment: its storage (if allowed), location and address bar. */
export function browserJoinEnv(): JoinEnv {
  let storage: Storage | null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  return {
    storage,
    location: window.location as PageLocation,
    replaceUrl: (url) => history.replaceState(history.state, '', url),
  };
}
