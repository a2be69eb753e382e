/**
 * Connects Yjs awareness with the presence store: publishes my name, colour, cursor (flow
 * coordinates), selection and — during a drag — the dragged nodes' positions; reads everyone
 * else's. Cursor and drag positions are throttled; the end of a drag is sent at once, right
 * after the drop's document update, so nobody sees the node jump back.
 */
import type { Awareness } from 'y-protocols/awareness';
import type { Point } from '../../domain/schema';
import type { EditorStore } from '../../store/editorStore';
import { mergeDrags, peerFromState, type Peer, type PeerUser, type PresenceStore } from '../../store/presence';

export const CURSOR_INTERVAL_MS = 80;
export const DRAG_INTERVAL_MS = 40;
const MAX_SHARED_SELECTION = 200;

interface Throttled<T> {
  push(v: T): void;
  /** Sends `v` now, dropping anything pending. */
  now(v: T): void;
  cancel(): void;
}

export function throttle<T>(ms: number, send: (v: T) => void, clock = () => Date.now()): Throttled<T> {
  let last = -Infinity;
  let pending: { v: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    timer = null;
    if (!pending) return;
    const { v } = pending;
    pending = null;
    last = clock();
    send(v);
  };
  return {
    push(v) {
      pending = { v };
      if (timer) return;
      const wait = last + ms - clock();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    now(v) {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      last = clock();
      send(v);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}

function roundPoint(p: Point): Point {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}

export function bindPresence(awareness: Awareness, presence: PresenceStore, editor: EditorStore | null, me: PeerUser): { setUser(u: PeerUser): void; destroy(): void } {
  const selection = () => (editor ? [...editor.getState().selectedNodeIds].slice(0, MAX_SHARED_SELECTION) : []);
  awareness.setLocalState({ user: me, cursor: null, selection: selection(), drag: null });
  presence.setState({ me });

  const readPeers = () => {
    const peers: Peer[] = [];
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === awareness.clientID) return;
      const p = peerFromState(clientId, state);
      if (p) peers.push(p);
    });
    peers.sort((a, b) => a.clientId - b.clientId);
    presence.setState({ peers, remoteDrags: mergeDrags(peers) });
  };
  awareness.on('change', readPeers);
  readPeers();

  const cursor = throttle<Point | null>(CURSOR_INTERVAL_MS, (p) => awareness.setLocalStateField('cursor', p && roundPoint(p)));
  const drag = throttle<Record<string, Point> | null>(DRAG_INTERVAL_MS, (d) => awareness.setLocalStateField('drag', d));

  const offPresence = presence.subscribe((s, prev) => {
    if (s.localCursor !== prev.localCursor) {
      if (s.localCursor) cursor.push(s.localCursor);
      else cursor.now(null);
    }
  });
  const offEditor = editor?.subscribe((s, prev) => {
    if (s.selectedNodeIds !== prev.selectedNodeIds) awareness.setLocalStateField('selection', selection());
    if (s.dragPositions !== prev.dragPositions) {
      if (s.dragPositions) {
        const d: Record<string, Point> = {};
        for (const [id, p] of Object.entries(s.dragPositions)) d[id] = roundPoint(p);
        drag.push(d);
      } else {
        drag.now(null);
      }
    }
  });

  return {
    setUser(u) {
      awareness.setLocalStateField('user', u);
      presence.setState({ me: u });
    },
    destroy() {
      cursor.cancel();
      drag.cancel();
      offPresence();
      offEditor?.();
      awareness.off('change', readPeers);
      // Tells the others I left (their cursors and selections of me disappear at once).
      awareness.setLocalState(null);
      presence.setState({ peers: [], remoteDrags: null, me: null });
    },
  };
}
