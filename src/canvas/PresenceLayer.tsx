/**
 * Others in a live session, drawn in flow coordinates: their cursors with names, and an outline
 * in their colour around what they selected. While a session is on it also reports the local
 * pointer (flow coordinates) to the presence store, which the session throttles and shares.
 * Renders nothing outside a session.
 */
import { useInternalNode, useReactFlow, useStore, ViewportPortal } from '@xyflow/react';
import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresence, usePresenceStore, type Peer } from '../store/presence';
import './presence.css';

const MAX_OUTLINES_PER_PEER = 100;

export const PresenceLayer = memo(function PresenceLayer() {
  const on = usePresence((s) => s.status !== 'off');
  if (!on) return null;
  return (
    <>
      <CursorReporter />
      <ViewportPortal>
        <RemoteSelections />
        <RemoteCursors />
      </ViewportPortal>
    </>
  );
});

function CursorReporter() {
  const presence = usePresenceStore();
  const flow = useReactFlow();
  const dom = useStore((s) => s.domNode);
  useEffect(() => {
    if (!dom) return;
    const move = (e: PointerEvent) => presence.getState().setLocalCursor(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    const leave = () => presence.getState().setLocalCursor(null);
    dom.addEventListener('pointermove', move);
    dom.addEventListener('pointerleave', leave);
    return () => {
      dom.removeEventListener('pointermove', move);
      dom.removeEventListener('pointerleave', leave);
      leave();
    };
  }, [dom, flow, presence]);
  return null;
}

function RemoteCursors() {
  const { t } = useTranslation();
  const peers = usePresence((s) => s.peers);
  const zoom = useStore((s) => s.transform[2]);
  return (
    <>
      {peers
        .filter((p) => p.cursor)
        .map((p) => (
          <div
            key={p.clientId}
            className="remote-cursor"
            data-testid="remote-cursor"
            role="img"
            aria-label={t('collab.cursorOf', { name: p.name })}
            style={{ transform: `translate(${p.cursor!.x}px, ${p.cursor!.y}px) scale(${1 / zoom})`, color: p.color }}
          >
            <svg width="18" height="22" viewBox="0 0 18 22" aria-hidden>
              <path d="M1 1 L1 18 L5.5 13.8 L8.6 21 L11.6 19.7 L8.6 12.6 L14.8 12.6 Z" fill="currentColor" stroke="#fff" strokeWidth="1.5" strokeLinejoin="round" />
            </svg>
            <span className="remote-cursor-name" style={{ background: p.color }}>
              {p.name}
            </span>
          </div>
        ))}
    </>
  );
}

function RemoteSelections() {
  const peers = usePresence((s) => s.peers);
  return (
    <>
      {peers.map((p) => p.selection.slice(0, MAX_OUTLINES_PER_PEER).map((id, i) => <RemoteSelection key={`${p.clientId}:${id}`} id={id} peer={p} labelled={i === 0} />))}
    </>
  );
}

function RemoteSelection({ id, peer, labelled }: { id: string; peer: Peer; labelled: boolean }) {
  const { t } = useTranslation();
  const node = useInternalNode(id);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  return (
    <div
      className="remote-selection"
      data-testid="remote-selection"
      style={{ transform: `translate(${x - 5}px, ${y - 5}px)`, width: width + 10, height: height + 10, borderColor: peer.color }}
      title={t('collab.selectedBy', { name: peer.name })}
    >
      {labelled && (
        <span className="remote-selection-name" style={{ background: peer.color }}>
          {peer.name}
        </span>
      )}
    </div>
  );
}
