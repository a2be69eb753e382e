/**
 * "Keep my copy and join" after a conflict (this device's copy of a journey and the room's were
 * made separately): the device's copy is kept as a separate journey, the journey is reopened
 * from the room's copy — nothing of the old copy, not even the edits a closing tab had not yet
 * stored, goes with it — and other tabs holding the old copy let go of it before the room's copy
 * opens anywhere (Web Locks, faked here with the same grant rules).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LiveController, openLiveJourney, type LiveDeps } from '../../../src/app/collab/liveController';
import { originOf } from '../../../src/app/collab/liveSession';
import { handOver, holdJourney, whileOpening, type Locks } from '../../../src/app/collab/tabHandover';
import type { RoomProbe, TransportFactory } from '../../../src/app/collab/transport';
import { addJourney, loadJourneyData } from '../../../src/app/journeyService';
import { createUnloadJournal } from '../../../src/app/reliability/unloadJournal';
import type { DocPersistence } from '../../../src/db/persistence';
import { openDatabase, type TouchmapDatabase } from '../../../src/db/database';
import { loadDocInto } from '../../../src/db/docStore';
import { touchpointDefaults } from '../../../src/domain/factories';
import type { JourneyData } from '../../../src/domain/schema';
import { signRoomToken } from '../../../src/server/token';
import { seedDoc } from '../../../src/store/ydoc';
import { newJourneyData } from '../../helpers/journey';

const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';

class MemoryStorage implements Storage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, String(v));
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  clear() {
    this.m.clear();
  }
  keys() {
    return [...this.m.keys()];
  }
}

let db: TouchmapDatabase;
let n = 0;
const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
  db?.close();
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

/** The same file imported on two devices: one id, two separately made documents. */
function twoCopies(): { data: JourneyData; room: Y.Doc } {
  const data = newJourneyData('Mortgage review');
  const room = new Y.Doc();
  seedDoc(room, structuredClone(data));
  return { data, room };
}

/** A transport whose room holds `room`: probing and downloading work, connecting is never needed here. */
function roomTransport(room: Y.Doc): TransportFactory & { downloads: number } {
  const t = {
    downloads: 0,
    probe: async (): Promise<RoomProbe> => ({ journey: { ...originOf(room)!, name: 'Mortgage review', sector: 'bank' } }),
    download: async () => {
      t.downloads++;
      return Y.encodeStateAsUpdate(room);
    },
    open: () => {
      throw new Error('not connected in these tests');
    },
  };
  return t;
}

function liveDeps(storage: Storage, transport: TransportFactory, extra: Partial<LiveDeps> = {}): LiveDeps {
  return {
    storage,
    location: { protocol: 'http:', host: 'touchmap.test', origin: 'http://touchmap.test', pathname: '/', hash: '' },
    transport,
    defaultName: () => 'Guest 1',
    reload: () => undefined,
    ...extra,
  };
}

const touchpointTitles = (d: JourneyData | null) => (d?.touchpoints ?? []).map((t) => t.title).sort();

describe('keep my copy and join', () => {
  it('keeps this device’s copy as a separate journey and reopens the journey from the room’s copy', async () => {
    db = openDatabase(`replacement-${Date.now()}-${n++}`);
    const { data, room } = twoCopies();
    const id = data.meta.id;
    // This device's copy, with its own edit.
    const mine = structuredClone(data);
    mine.touchpoints.push({ ...touchpointDefaults(), id: 't_mine', title: 'Only on this device', stageId: mine.stages[0].id, channelId: mine.channels[0].id, offset: { x: 20, y: 20 } });
    await addJourney(db, mine);
    const storage = new MemoryStorage();
    (globalThis as { localStorage?: Storage }).localStorage = storage;
    const events: string[] = [];
    const transport = roomTransport(room);
    const deps = liveDeps(storage, transport, {
      reload: () => events.push('reload'),
      handOver: async (_, mark) => {
        events.push('hand over');
        mark();
      },
    });

    // The editor has the journey open; the session finds the room's copy made separately.
    const doc = new Y.Doc();
    await loadDocInto(db, id, doc);
    const controller = new LiveController({ db, journeyId: id, doc, store: null }, deps);
    cleanups.push(() => controller.destroy());
    controller.start({ room: id, token: signRoomToken(SECRET, id, Date.now() + 3_600_000) });
    await expect.poll(() => controller.presence.getState().status).toBe('conflict');
    // A closing tab's unsaved edit of this copy, as the unload journal records it.
    const journal = createUnloadJournal(id, doc, { unsavedUpdate: () => Y.encodeStateAsUpdate(doc), hasPending: true } as unknown as DocPersistence, 'tab_1');
    journal.record();
    storage.setItem('touchmap:unsaved:j_other:tab_1', 'kept');
    expect(storage.keys().filter((k) => k.startsWith(`touchmap:unsaved:${id}:`))).toHaveLength(1);

    // A version of this copy, from before.
    await db.snapshots.add({ journeyId: id, name: 'Mortgage review', createdAt: new Date().toISOString(), auto: false, update: Y.encodeStateAsUpdate(doc), touchpointCount: 1 });

    const copyId = await controller.keepMineAndJoin('(my copy)');
    expect(events).toEqual(['hand over', 'reload']);
    expect(copyId).not.toBe(id);
    const copy = await loadJourneyData(db, copyId!);
    expect(copy?.meta.name).toBe('Mortgage review (my copy)');
    expect(touchpointTitles(copy)).toEqual(touchpointTitles(mine));
    expect((await db.journeys.get(copyId!))?.name).toBe('Mortgage review (my copy)');
    // Its version history goes with it.
    expect((await db.snapshots.toArray()).map((s) => s.journeyId)).toEqual([copyId]);

    // After the reload: the journey opens from the room's copy.
    const reopened = new Y.Doc();
    await openLiveJourney({ db, journeyId: id, doc: reopened }, deps);
    expect(transport.downloads).toBe(1);
    await loadDocInto(db, id, reopened);
    expect(originOf(reopened)).toEqual(originOf(room));
    expect(touchpointTitles(await loadJourneyData(db, id))).toEqual(touchpointTitles(data));
    expect(storage.keys().filter((k) => k.startsWith(`touchmap:unsaved:${id}:`))).toEqual([]);
    expect(storage.getItem('touchmap:unsaved:j_other:tab_1')).toBe('kept');
    expect(await db.snapshots.where('journeyId').equals(copyId!).count()).toBe(1);

    // Opened again: from this device, no second replacement or download.
    const stored = await db.docUpdates.where('journeyId').equals(id).count();
    await openLiveJourney({ db, journeyId: id, doc: new Y.Doc() }, deps);
    expect(transport.downloads).toBe(1);
    expect(await db.docUpdates.where('journeyId').equals(id).count()).toBe(stored);
    expect(await loadJourneyData(db, copyId!)).toEqual(copy);
  });
});

/**
 * Web Locks with the browser's grant rules, for several pages: a request is granted when it is
 * compatible with what is held (shared with shared) and no earlier request waits; a lock is held
 * until its callback's promise settles or its page goes; a waiting request can be aborted.
 */
class FakeLocks {
  private held: { name: string; mode: LockMode; page: number }[] = [];
  private waiting: { name: string; mode: LockMode; page: number; grant: () => void }[] = [];

  page(page: number): Locks {
    return {
      request: ((name: string, opts: LockOptions, cb: (lock: Lock | null) => unknown) =>
        new Promise<unknown>((resolve, reject) => {
          const mode = opts.mode ?? 'exclusive';
          const entry = {
            name,
            mode,
            page,
            grant: () => {
              const lock = { name, mode, page };
              this.held.push(lock);
              Promise.resolve()
                .then(() => cb({ name, mode } as Lock))
                .then(
                  (v) => (this.release(lock), resolve(v)),
                  (e) => (this.release(lock), reject(e)),
                );
            },
          };
          opts.signal?.addEventListener('abort', () => {
            const i = this.waiting.indexOf(entry);
            if (i >= 0) {
              this.waiting.splice(i, 1);
              reject(new DOMException('aborted', 'AbortError'));
            }
          });
          this.waiting.push(entry);
          this.pump();
        })) as Locks['request'],
    };
  }

  /** The page is unloaded: its locks are released and its requests dropped. */
  unload(page: number) {
    this.held = this.held.filter((l) => l.page !== page);
    this.waiting = this.waiting.filter((w) => w.page !== page);
    this.pump();
  }

  private release(lock: object) {
    this.held = this.held.filter((l) => l !== lock);
    this.pump();
  }

  private pump() {
    for (const w of [...this.waiting]) {
      const earlier = this.waiting.slice(0, this.waiting.indexOf(w)).some((o) => o.name === w.name);
      const blocked = this.held.some((h) => h.name === w.name && (h.mode === 'exclusive' || w.mode === 'exclusive'));
      if (earlier || blocked) continue;
      this.waiting.splice(this.waiting.indexOf(w), 1);
      w.grant();
    }
  }
}

/** A `storage` event target shared by the pages of one browser. */
function storageEvents() {
  const listeners = new Set<(e: StorageEvent) => void>();
  return {
    target: {
      addEventListener: (_: string, fn: (e: StorageEvent) => void) => listeners.add(fn),
      removeEventListener: (_: string, fn: (e: StorageEvent) => void) => listeners.delete(fn),
    } as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'>,
    fire: (key: string, newValue: string | null) => listeners.forEach((fn) => fn({ key, newValue } as StorageEvent)),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('other tabs with the journey open', () => {
  it('reload on the mark, and the room’s copy opens only once they and the choosing page have gone', async () => {
    const locks = new FakeLocks();
    const events = storageEvents();
    const id = 'j_tabs';
    const log: string[] = [];
    // Page 1 (the old tab) and page 2 (where the user chooses) have the journey open.
    holdJourney(id, () => log.push('old tab reloads'), { locks: locks.page(1), events: events.target });
    await tick();
    // (The module remembers the last hold as this tab's: page 2's, which handOver lets go of.)
    holdJourney(id, () => log.push('choosing tab told to reload'), { locks: locks.page(2), events: null });
    await tick();

    let handedOver: boolean | null = null;
    void handOver(id, () => events.fire('touchmap.live.replace.j_tabs', '1'), 2_000, locks.page(2)).then((ok) => (handedOver = ok));
    await tick();
    expect(log).toEqual(['old tab reloads']);
    expect(handedOver).toBeNull(); // the old tab still has the old copy open

    // The old tab's new page starts opening the journey at once: it waits for the choosing page.
    let opened = false;
    void whileOpening(id, async () => void (opened = true), locks.page(3));
    await tick();
    expect(opened).toBe(false);

    locks.unload(1); // the old tab's page is gone
    await tick();
    expect(handedOver).toBe(true);
    expect(opened).toBe(false); // the choosing page still holds the old copy
    locks.unload(2); // its reload
    await tick();
    expect(opened).toBe(true);
  });

  it('does not wait for ever for a tab that does not let go', async () => {
    const locks = new FakeLocks();
    holdJourney('j_stuck', () => undefined, { locks: locks.page(1), events: null });
    holdJourney('j_stuck', () => undefined, { locks: locks.page(2), events: null });
    await tick();
    expect(await handOver('j_stuck', () => undefined, 50, locks.page(2))).toBe(false);
  });

  it('ignores other journeys’ marks and the mark being taken', async () => {
    const events = storageEvents();
    const log: string[] = [];
    const release = holdJourney('j_a', () => log.push('reload'), { locks: null, events: events.target });
    events.fire('touchmap.live.replace.j_b', '1');
    events.fire('touchmap.live.replace.j_a', null);
    expect(log).toEqual([]);
    events.fire('touchmap.live.replace.j_a', '1');
    expect(log).toEqual(['reload']);
    release();
    events.fire('touchmap.live.replace.j_a', '1');
    expect(log).toEqual(['reload']);
  });
});
