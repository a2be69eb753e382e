/**
 * The live session of an open journey, as the rest of the app sees it: registered as a
 * document provider (so it is attached when the journey opens and detached when it closes),
 * it joins when the journey was opened with a join link or has a remembered session, and the
 * header's Live-session dialog starts, renames and leaves through it.
 *
 * A participant who does not have the journey yet is handled before the editor opens
 * (`openLiveJourney`, a document opener): it downloads the room's copy and stores it as a local
 * journey with the same id; the editor then opens it like any other and the provider connects
 * it to the room (exchanging only what changed meanwhile).
 */
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { joinLink, tokenExpiry, type JoinInfo } from '../../domain/collab';
import { createJourneyRecord, purgeJourney } from '../../db/docStore';
import type { TouchmapDatabase } from '../../db/database';
import { newId } from '../../domain/ids';
import type { EditorStore } from '../../store/editorStore';
import { presenceOf, type PeerUser, type PresenceStore } from '../../store/presence';
import { readJourneyData } from '../../store/ydoc';
import { readView } from '../../store/documentView';
import type { DocProvider, DocProviderContext } from '../docProviders';
import { addJourney, summariseView } from '../journeyService';
import { loadIdentity, saveName, storedName } from './identity';
import { forgetJoin, isExpired, joinFor, markForReplacement, saveJoin, socketUrl, takeReplacement, type JoinEnv, type PageLocation } from './joinStore';
import { LiveJoinError, LiveSession } from './liveSession';
import { bindPresence } from './presenceBinding';
import { RefusedError, yWebsocketTransport, type TransportFactory, type TransportTarget } from './transport';

export interface LiveDeps extends JoinEnv {
  transport: TransportFactory;
  /** A name for someone who has not chosen one ("Guest 42"). */
  defaultName: () => string;
  reload: () => void;
  onHashChange?: (fn: () => void) => void;
  offHashChange?: (fn: () => void) => void;
  /** How long a participant without the journey waits for the room's copy. */
  joinTimeoutMs?: number;
}

const controllers = new WeakMap<Y.Doc, LiveController>();

export function liveControllerFor(doc: Y.Doc): LiveController | null {
  return controllers.get(doc) ?? null;
}

export class LiveController {
  readonly presence: PresenceStore;
  private session: LiveSession | null = null;
  private binding: ReturnType<typeof bindPresence> | null = null;
  private join: JoinInfo | null = null;
  private offStatus: (() => void) | null = null;
  private readonly fallbackName: string;

  constructor(
    private readonly ctx: { db: TouchmapDatabase; journeyId: string; doc: Y.Doc; store: EditorStore | null },
    private readonly deps: LiveDeps,
  ) {
    this.presence = presenceOf(ctx.doc);
    this.fallbackName = deps.defaultName();
  }

  get journeyId() {
    return this.ctx.journeyId;
  }

  /** Whether a name was ever chosen on this device (the dialog asks for one first). */
  get hasChosenName(): boolean {
    return storedName(this.deps.storage) !== '';
  }

  /** Joins the room of `info` (which must be this journey's). */
  start(info: JoinInfo): void {
    this.stop();
    if (info.room !== this.ctx.journeyId) throw new Error('a join link opens its own journey only');
    const session = new LiveSession(this.ctx.doc, {
      target: { url: socketUrl(info, this.deps.location), room: info.room, token: info.token },
      transport: this.deps.transport,
    });
    saveJoin(this.deps, this.ctx.journeyId, info);
    this.join = info;
    this.session = session;
    const sync = () =>
      this.presence.setState({ status: session.status, refusal: session.status === 'refused' ? session.refusal : null });
    this.offStatus = session.onChange(sync);
    this.binding = bindPresence(session.awareness, this.presence, this.ctx.store, loadIdentity(this.deps.storage, this.fallbackName));
    session.attach();
    sync();
  }

  /** Leaves the session: this device forgets the link and goes on locally. */
  leave(): void {
    forgetJoin(this.deps, this.ctx.journeyId);
    this.stop();
  }

  setName(name: string): void {
    saveName(this.deps.storage, name);
    const me = loadIdentity(this.deps.storage, this.fallbackName);
    if (this.binding) this.binding.setUser(me);
    else this.presence.setState({ me });
  }

  identity(): PeerUser {
    return this.presence.getState().me ?? loadIdentity(this.deps.storage, this.fallbackName);
  }

  /** The link to share with colleagues, or null outside a session. */
  shareLink(): string | null {
    return this.join ? joinLink(this.deps.location.origin, this.join) : null;
  }

  expiresAt(): number | null {
    return this.join ? tokenExpiry(this.join.token) : null;
  }

  /**
   * After a conflict: keeps this device's copy as a separate journey (new id, `suffix` added to
   * its name), then reopens this journey from the room's copy.
   */
  async keepMineAndJoin(suffix: string): Promise<string | null> {
    const data = readJourneyData(this.ctx.doc);
    if (!data || !this.join) return null;
    const id = await addJourney(this.ctx.db, {
      ...data,
      meta: { ...data.meta, id: newId('j'), name: `${data.meta.name} ${suffix}`.trim(), createdAt: new Date().toISOString() },
    });
    markForReplacement(this.deps, this.ctx.journeyId);
    this.deps.reload();
    return id;
  }

  destroy(): void {
    this.stop();
    if (controllers.get(this.ctx.doc) === this) controllers.delete(this.ctx.doc);
  }

  private stop() {
    this.offStatus?.();
    this.offStatus = null;
    this.binding?.destroy();
    this.binding = null;
    this.session?.destroy();
    this.session = null;
    this.join = null;
    this.presence.setState({ status: 'off', refusal: null });
  }
}

/** The document provider: one controller per open journey; joins if a session is known. */
export function liveSessionProvider(deps: () => LiveDeps) {
  return (ctx: DocProviderContext): DocProvider => {
    const d = deps();
    const controller = new LiveController(ctx, d);
    controllers.set(ctx.doc, controller);
    const join = joinFor(d, ctx.journeyId);
    try {
      if (join && !isExpired(join, d.now?.())) controller.start(join);
    } catch {
      // A link for another server: the journey opens locally (the dialog explains on a new try).
    }
    // A join link pasted into the address bar of the open journey changes only the fragment.
    const onHash = () => {
      if (!d.location.hash) return;
      const next = joinFor(d, ctx.journeyId);
      if (next) {
        try {
          controller.start(next);
        } catch {
          // see above
        }
      }
    };
    d.onHashChange?.(onHash);
    return {
      destroy: () => {
        d.offHashChange?.(onHash);
        controller.destroy();
      },
    };
  };
}

/**
 * Before a journey opens: if it is opened with a join link (or a remembered session) and this
 * device does not have it, downloads the room's copy and stores it as a local journey. Throws a
 * LiveJoinError (whose message is an i18n key) if that is impossible.
 */
export async function openLiveJourney(ctx: { db: TouchmapDatabase; journeyId: string; doc: Y.Doc }, deps: LiveDeps): Promise<void> {
  const join = joinFor(deps, ctx.journeyId);
  if (!join) return;
  if (takeReplacement(deps, ctx.journeyId)) await purgeJourney(ctx.db, ctx.journeyId);
  const stored = await ctx.db.docUpdates.where('journeyId').equals(ctx.journeyId).count();
  if (stored > 0) return;
  if (isExpired(join, deps.now?.())) throw new LiveJoinError('expired');
  const target = { url: socketUrl(join, deps.location), room: join.room, token: join.token };
  const copy = await downloadRoom(target, deps.transport, deps.joinTimeoutMs ?? 20_000, ctx.doc);
  try {
    const view = readView(copy);
    if (!view.meta) throw new LiveJoinError('empty');
    const now = new Date().toISOString();
    await createJourneyRecord(
      ctx.db,
      { id: ctx.journeyId, name: view.meta.name, sector: view.meta.sector, createdAt: view.meta.createdAt, updatedAt: now, touchpointCount: 0, stageCount: 0, channelCount: 0, ...summariseView(view) },
      copy,
    );
  } finally {
    copy.destroy();
  }
}

/** Asks what the room holds; a dropped keep-alive connection or a blip is retried twice. */
async function probeWithRetries(transport: TransportFactory, target: TransportTarget) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await transport.probe(target);
    } catch (err) {
      if (err instanceof RefusedError) throw new LiveJoinError(err.why);
      if (attempt >= 2) throw new LiveJoinError('unreachable');
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

/** The room's document, downloaded once (no presence). Gives up with the opening journey. */
export async function downloadRoom(target: TransportTarget, transport: TransportFactory, timeoutMs: number, owner?: Y.Doc): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  let t: ReturnType<TransportFactory['open']> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onOwnerGone: (() => void) | undefined;
  try {
    const gone = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new LiveJoinError('unreachable')), timeoutMs);
      onOwnerGone = () => reject(new LiveJoinError('closed'));
      owner?.on('destroy', onOwnerGone);
    });
    const room = await Promise.race([probeWithRetries(transport, target), gone]);
    if (!room.journey) throw new LiveJoinError('empty');
    const open = transport.open(doc, awareness, target);
    t = open;
    const synced = new Promise<void>((resolve, reject) => {
      open.on('synced', () => resolve());
      open.on('refused', (why) => reject(new LiveJoinError(why)));
    });
    open.connect();
    await Promise.race([synced, gone]);
    return doc;
  } catch (err) {
    doc.destroy();
    throw err;
  } finally {
    clearTimeout(timer);
    if (onOwnerGone) owner?.off('destroy', onOwnerGone);
    t?.destroy();
    awareness.destroy();
  }
}

function browserLanguageIsChinese(storage: Storage | null): boolean {
  let lang: string | null;
  try {
    lang = storage?.getItem('touchmap.language') ?? null;
  } catch {
    lang = null;
  }
  return (lang ?? (typeof navigator !== 'undefined' ? navigator.language : 'zh')).startsWith('zh');
}

/** The browser's implementations of the dependencies. */
export function browserLiveDeps(): LiveDeps {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  return {
    storage,
    location: window.location as PageLocation,
    replaceUrl: (url) => history.replaceState(history.state, '', url),
    transport: yWebsocketTransport(),
    defaultName: () => `${browserLanguageIsChinese(storage) ? '访客' : 'Guest'} ${Math.floor(100 + Math.random() * 900)}`,
    reload: () => location.reload(),
    onHashChange: (fn) => window.addEventListener('hashchange', fn),
    offHashChange: (fn) => window.removeEventListener('hashchange', fn),
  };
}
