/**
 * The live-session code (y-websocket, awareness, the controller) loads only for a journey that
 * has a live session — opened with a join link, remembered from an earlier one, or started from
 * the Live-session dialog — so the editor's start-up JavaScript does not carry it
 * (docs/performance.md, "Initial JS"). Deciding needs only the join link and this device's
 * memory of it (joinStore), which are small. The gate also holds every open journey for this tab
 * (tabHandover, small too), so "keep my copy and join" in another tab can make this one let go.
 */
import type * as Y from 'yjs';
import { parseJoinFragment } from '../../domain/collab';
import type { DocOpener, DocProvider, DocProviderContext } from '../docProviders';
import { browserJoinEnv, joinFor } from './joinStore';
import type * as LiveControllerModule from './liveController';
import type { LiveController } from './liveController';
import { holdJourney } from './tabHandover';

type LiveModule = typeof LiveControllerModule;

let loading: Promise<LiveModule> | null = null;
function loadLive(): Promise<LiveModule> {
  loading ??= import('./liveController');
  return loading;
}

/** Attaches the full provider to an open journey's document (once); null if it has closed. */
const attachers = new WeakMap<Y.Doc, () => Promise<LiveController | null>>();

/** Whether this journey opens into a live session: a join link for it, or a remembered one. */
function hasLiveSession(journeyId: string): boolean {
  return joinFor(browserJoinEnv(), journeyId) !== null;
}

/** The document provider: the real one is attached when a session exists or is started. */
export function lazyLiveSessionProvider(ctx: DocProviderContext): DocProvider {
  let inner: DocProvider | null = null;
  let closed = false;
  const attach = async (): Promise<LiveController | null> => {
    const live = await loadLive();
    if (closed) return null;
    inner ??= live.liveSessionProvider(live.browserLiveDeps)(ctx);
    return live.liveControllerFor(ctx.doc);
  };
  attachers.set(ctx.doc, attach);
  // Another tab chose "keep my copy and join" for this journey: what this tab shows is the copy
  // kept apart now; reopen the journey, from the room (tabHandover.ts).
  const letGo = holdJourney(ctx.journeyId, () => window.location.reload());
  if (hasLiveSession(ctx.journeyId)) void attach();
  // A join link pasted into the address bar of the open journey changes only the fragment; once
  // attached, the provider listens itself.
  const onHash = () => {
    if (!inner && parseJoinFragment(window.location.hash)?.room === ctx.journeyId) void attach();
  };
  window.addEventListener('hashchange', onHash);
  return {
    destroy: () => {
      closed = true;
      letGo();
      window.removeEventListener('hashchange', onHash);
      attachers.delete(ctx.doc);
      inner?.destroy();
    },
  };
}

/** The open journey's live controller, loading the live-session code if it is not yet. */
export function ensureLiveController(doc: Y.Doc): Promise<LiveController | null> {
  const attach = attachers.get(doc);
  return attach ? attach() : Promise.resolve(null);
}

/** Before a journey opens: fetches the room's copy if joining a journey this device lacks. */
export const openLiveJourneyWhenJoining: DocOpener = async (ctx) => {
  if (!hasLiveSession(ctx.journeyId)) return;
  const live = await loadLive();
  await live.openLiveJourney(ctx, live.browserLiveDeps());
};
