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
import type * as Y from 'yjs';
import { joinLink, tokenExpiry, type JoinInfo } from '../../domain/collab';
import { purgeJourney } from '../../db/docStore';
import type { JourneyRow, TouchmapDatabase } from '../../db/database';
import { newId } from '../../domain/ids';
import type { EditorStore } from '../../store/editorStore';
import { presenceOf, type PeerUser, type PresenceStore } from '../../store/presence';
import { readJourneyData } from '../../store/ydoc';
import type { DocProvider, DocProviderContext } from '../docProviders';
import { addJourney, summariseView } from '../journeyService';
import { loadIdentity, saveName, storedName } from './identity';
import { browserJoinEnv, forgetJoin, isExpired, joinFor, markForReplacement, saveJoin, socketUrl, takeReplacement, type JoinEnv } from './joinStore';
import { LiveJoinError, LiveSession } from './liveSession';
import { bindPresence } from './presenceBinding';
import { RefusedError, yWebsocketTransport, type RoomProbe, type TransportFactory, type TransportTarget } from './transport';
import { handOver, whileOpening } from './tabHandover';

export interface LiveDeps extends JoinEnv {
  transport: TransportFactory;
  /** A name for someone who has not chosen one ("Guest 42"). */
  defaultName: () => string;
  reload: () => void;
  onHashChange?: (fn: () => void) => void;
  offHashChange?: (fn: () => void) => void;
  /** How long a participant without the journey waits for the room's copy. */
  joinTimeoutMs?: number;
  /**
   * "Keep my copy and join", before reloading: marks the journey with `mark` and waits until no
   * other tab of this browser has it open (tabHandover.ts).
   */
  handOver?: (journeyId: string, mark: () => void) => Promise<unknown>;
  /** Runs the opening of a journey with a live session while no other tab opens it. */
  whileOpening?: <T>(journeyId: string, f: () => Promise<T>) => Promise<T>;
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
   * its name) with its version history, then reopens this journey from the room's copy.
   */
  async keepMineAndJoin(suffix: string): Promise<string | null> {
    const data = readJourneyData(this.ctx.doc);
    if (!data || !this.join) return null;
    const id = await addJourney(this.ctx.db, {
      ...data,
      meta: { ...data.meta, id: newId('j'), name: `${data.meta.name} ${suffix}`.trim(), createdAt: new Date().toISOString() },
    });
    // The versions are of this copy (each a whole document, restored by content): they go with it
    // rather than being removed with the old copy when the journey reopens from the room.
    await this.ctx.db.snapshots.where('journeyId').equals(this.ctx.journeyId).modify({ journeyId: id });
    const mark = () => markForReplacement(this.deps, this.ctx.journeyId);
    // Other tabs with this journey open hold the old copy: they reload on the mark, and the room's
    // copy opens only once they and this page have gone, so none of them hands the old copy to it.
    if (this.deps.handOver) await this.deps.handOver(this.ctx.journeyId, mark);
    else mark();
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
    // A journey just received from a room has a list row without counts: fill them in.
    void ctx.db.journeys.get(ctx.journeyId).then((row) => {
      if (row && row.stageCount === 0) return ctx.db.journeys.update(ctx.journeyId, summariseView(ctx.store.getState()));
    });
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
 * device does not have it, downloads the room's copy and stores it as a local journey, as
 * received (the editor then loads it like any journey: one decoding of the whole document).
 * Throws a LiveJoinError (whose message is an i18n key) if that is impossible.
 */
export async function openLiveJourney(ctx: { db: TouchmapDatabase; journeyId: string; doc: Y.Doc }, deps: LiveDeps): Promise<void> {
  const join = joinFor(deps, ctx.journeyId);
  if (!join) return;
  const serialised = deps.whileOpening ?? (<T>(_: string, f: () => Promise<T>) => f());
  // One tab at a time: after "keep my copy and join" one removes the old copy and fetches the
  // room's, and the others then find it.
  await serialised(ctx.journeyId, () => openFromRoom(ctx, deps, join));
}

async function openFromRoom(ctx: { db: TouchmapDatabase; journeyId: string; doc: Y.Doc }, deps: LiveDeps, join: JoinInfo): Promise<void> {
  if (takeReplacement(deps, ctx.journeyId)) {
    await purgeJourney(ctx.db, ctx.journeyId);
    forgetUnsaved(deps.storage, ctx.journeyId);
  }
  const stored = await ctx.db.docUpdates.where('journeyId').equals(ctx.journeyId).count();
  if (stored > 0) return;
  if (isExpired(join, deps.now?.())) throw new LiveJoinError('expired');
  const target = { url: socketUrl(join, deps.location), room: join.room, token: join.token };
  const { update, journey } = await downloadRoom(target, deps.transport, deps.joinTimeoutMs ?? 20_000, ctx.doc);
  const now = new Date().toISOString();
  const sector = journey.sector === 'insurance' || journey.sector === 'both' ? journey.sector : 'bank';
  // Counts are filled in once the editor has read the document (see liveSessionProvider).
  const row: JourneyRow = { id: ctx.journeyId, name: journey.name || ctx.journeyId, sector, createdAt: now, updatedAt: now, touchpointCount: 0, stageCount: 0, channelCount: 0 };
  await ctx.db.transaction('rw', ctx.db.journeys, ctx.db.docUpdates, async () => {
    await ctx.db.journeys.put(row);
    await ctx.db.docUpdates.add({ journeyId: ctx.journeyId, update });
  });
}

/**
 * The unload journal's leftovers of a journey (reliability/unloadJournal.ts keeps the edits a
 * closing tab had not yet stored under `touchmap:unsaved:<journey id>:<tab id>`, and applies them
 * when the journey next opens). When the journey is replaced by the room's copy they belong to
 * the copy kept apart — which has them, it was read from the open document — not to the room's.
 */
export function forgetUnsaved(storage: Storage | null, journeyId: string): void {
  const prefix = `touchmap:unsaved:${journeyId}:`;
  try {
    const keys: string[] = [];
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const k = storage!.key(i);
      if (k?.startsWith(prefix)) keys.push(k);
    }
    keys.forEach((k) => storage!.removeItem(k));
  } catch {
    // Without storage there are no leftovers.
  }
}

/** Asks what the room holds; a dropped keep-alive connection or a blip is retried twice. */
async function retried<T>(f: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await f();
    } catch (err) {
      if (err instanceof RefusedError) throw new LiveJoinError(err.why);
      if (attempt >= 2) throw new LiveJoinError('unreachable');
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

/** The room's state as received, and what the room said of its journey. Gives up with the opening journey. */
export async function downloadRoom(
  target: TransportTarget,
  transport: TransportFactory,
  timeoutMs: number,
  owner?: Y.Doc,
): Promise<{ update: Uint8Array; journey: NonNullable<RoomProbe['journey']> }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onOwnerGone: (() => void) | undefined;
  const gone = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LiveJoinError('unreachable')), timeoutMs);
    onOwnerGone = () => reject(new LiveJoinError('closed'));
    owner?.on('destroy', onOwnerGone);
  });
  try {
    const room = await Promise.race([retried(() => transport.probe(target)), gone]);
    if (!room.journey) throw new LiveJoinError('empty');
    const update = await Promise.race([retried(() => transport.download(target)), gone]);
    return { update, journey: room.journey };
  } finally {
    clearTimeout(timer);
    if (onOwnerGone) owner?.off('destroy', onOwnerGone);
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
  const env = browserJoinEnv();
  const storage = env.storage;
  return {
    ...env,
    transport: yWebsocketTransport(),
    defaultName: () => `${browserLanguageIsChinese(storage) ? '访客' : 'Guest'} ${Math.floor(100 + Math.random() * 900)}`,
    reload: () => location.reload(),
    onHashChange: (fn) => window.addEventListener('hashchange', fn),
    offHashChange: (fn) => window.removeEventListener('hashchange', fn),
    // Other tabs reload within moments; one that does not (frozen, stuck) is not waited for long.
    handOver: (journeyId, mark) => handOver(journeyId, mark, 5_000),
    whileOpening: (journeyId, f) => whileOpening(journeyId, f),
  };
}
