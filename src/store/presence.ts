/**
 * Presence in a live session: who else is here, where their cursor is, what they selected and
 * what they are dragging, plus the connection state. Session state only — it never enters the
 * document or undo. The app's live-session provider fills it from Yjs awareness; the canvas
 * reads it (remote cursors, selections, nodes moving under someone else's drag) and reports
 * the local cursor. One store per open document.
 */
import type * as Y from 'yjs';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Point } from '../domain/schema';
import { useEditorStore } from './useEditor';

/**
 * off: no session. connecting: first attempt. live: connected and in step with the server.
 * reconnecting: lost, retrying. offline: the browser is offline or the server has been
 * unreachable for a while (edits are kept and merge later). refused: the link's token was
 * refused or expired. conflict: this device's copy of the journey was made separately from
 * the session's, so they are not merged.
 */
export type LiveStatus = 'off' | 'connecting' | 'live' | 'reconnecting' | 'offline' | 'refused' | 'conflict';

export interface PeerUser {
  name: string;
  color: string;
}

export interface Peer extends PeerUser {
  clientId: number;
  cursor: Point | null;
  selection: readonly string[];
  drag: Readonly<Record<string, Point>> | null;
}

export interface PresenceState {
  status: LiveStatus;
  /** Why the session was refused: the token was invalid, or it expired. */
  refusal: 'invalid' | 'expired' | null;
  me: PeerUser | null;
  peers: readonly Peer[];
  /** Positions of nodes others are dragging right now, by node id. */
  remoteDrags: Readonly<Record<string, Point>> | null;
  /** The local pointer in flow coordinates, reported by the canvas while a session is on. */
  localCursor: Point | null;
  setLocalCursor(p: Point | null): void;
}

export type PresenceStore = StoreApi<PresenceState>;

export function createPresenceStore(): PresenceStore {
  return createStore<PresenceState>()((set) => ({
    status: 'off',
    refusal: null,
    me: null,
    peers: [],
    remoteDrags: null,
    localCursor: null,
    setLocalCursor(p) {
      set({ localCursor: p });
    },
  }));
}

const stores = new WeakMap<Y.Doc, PresenceStore>();

/** The presence store of an open document (created on first use, dropped with the document). */
export function presenceOf(doc: Y.Doc): PresenceStore {
  let s = stores.get(doc);
  if (!s) {
    s = createPresenceStore();
    stores.set(doc, s);
  }
  return s;
}

export function usePresenceStore(): PresenceStore {
  return presenceOf(useEditorStore().doc);
}

export function usePresence<T>(selector: (s: PresenceState) => T): T {
  return useStore(usePresenceStore(), selector);
}

// ── validating what peers send (awareness states are not to be trusted) ─────────────────

const MAX_NAME = 40;
const MAX_IDS = 500;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function point(v: unknown): Point | null {
  if (!v || typeof v !== 'object') return null;
  const { x, y } = v as Record<string, unknown>;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) < 1e7 && Math.abs(y) < 1e7
    ? { x, y }
    : null;
}

/** A peer from its raw awareness state, or null if it is not a Touchmap presence. */
export function peerFromState(clientId: number, raw: unknown): Peer | null {
  if (!raw || typeof raw !== 'object') return null;
  const s = raw as Record<string, unknown>;
  const user = s.user as Record<string, unknown> | undefined;
  if (!user || typeof user.name !== 'string' || typeof user.color !== 'string' || !COLOR.test(user.color)) return null;
  const selection = Array.isArray(s.selection) ? s.selection.filter((id): id is string => typeof id === 'string' && ID.test(id)).slice(0, MAX_IDS) : [];
  let drag: Record<string, Point> | null = null;
  if (s.drag && typeof s.drag === 'object') {
    for (const [id, v] of Object.entries(s.drag as Record<string, unknown>).slice(0, MAX_IDS)) {
      const p = point(v);
      if (p && ID.test(id)) (drag ??= {})[id] = p;
    }
  }
  return {
    clientId,
    name: user.name.trim().slice(0, MAX_NAME) || '?',
    color: user.color,
    cursor: point(s.cursor),
    selection,
    drag,
  };
}

/** Every peer's drag positions in one map (the later peer wins if two drag one node). */
export function mergeDrags(peers: readonly Peer[]): Record<string, Point> | null {
  let out: Record<string, Point> | null = null;
  for (const p of peers) if (p.drag) out = { ...(out ?? {}), ...p.drag };
  return out;
}
