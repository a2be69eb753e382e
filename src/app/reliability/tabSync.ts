/**
 * Keeps the same journey open in several tabs of this browser in step: every document update is
 * posted on a BroadcastChannel named after the journey, and a state-vector handshake on open
 * brings each tab what it is missing (like y-protocols' sync steps 1 and 2). Updates from other
 * tabs are applied with origin `TAB`: undo (which tracks only `LOCAL`) never reverts them, and
 * persistence does not store them again — the tab that made them already did.
 */
import * as Y from 'yjs';
import { TAB } from '../../db/docStore';
import { newId } from '../../domain/ids';
import type { DocProvider } from '../docProviders';

type Message =
  | { type: 'sync1'; from: string; sv: Uint8Array; reply: boolean }
  | { type: 'sync2'; from: string; to: string; update: Uint8Array }
  | { type: 'update'; from: string; update: Uint8Array };

export interface TabSyncOptions {
  /** For tests: another BroadcastChannel implementation. */
  Channel?: typeof BroadcastChannel;
  tabId?: string;
}

export function channelName(journeyId: string): string {
  return `touchmap:journey:${journeyId}`;
}

export function createTabSync(doc: Y.Doc, journeyId: string, opts: TabSyncOptions = {}): DocProvider | null {
  const Channel = opts.Channel ?? (typeof BroadcastChannel !== 'undefined' ? BroadcastChannel : undefined);
  if (!Channel) return null;
  const me = opts.tabId ?? newId('tab');
  const channel = new Channel(channelName(journeyId));
  let closed = false;
  const post = (m: Message) => {
    if (!closed) channel.postMessage(m);
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== TAB) post({ type: 'update', from: me, update });
  };
  doc.on('update', onUpdate);

  channel.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (!m || m.from === me || closed) return;
    if (m.type === 'update') Y.applyUpdate(doc, m.update, TAB);
    else if (m.type === 'sync2') {
      if (m.to === me) Y.applyUpdate(doc, m.update, TAB);
    } else if (m.type === 'sync1') {
      // Send what the other tab lacks; if it asked first, ask back for what this tab lacks.
      post({ type: 'sync2', from: me, to: m.from, update: Y.encodeStateAsUpdate(doc, m.sv) });
      if (!m.reply) post({ type: 'sync1', from: me, sv: Y.encodeStateVector(doc), reply: true });
    }
  };
  post({ type: 'sync1', from: me, sv: Y.encodeStateVector(doc), reply: false });

  return {
    destroy() {
      closed = true;
      doc.off('update', onUpdate);
      channel.close();
    },
  };
}
