/**
 * Rooms on disk: every room's document in one LevelDB folder (y-leveldb), bound to the shared
 * documents of @y/websocket-server through its `setPersistence` hook. Unlike the package's own
 * binding, loading is observable (`whenLoaded`), so the server can hold a connection back until
 * the stored document is in memory — otherwise a client may sync against an empty room
 * (yjs/y-websocket#81) and, seeing it empty, seed it a second time.
 */
import { getLevelUpdates, LeveldbPersistence, PREFERRED_TRIM_SIZE } from 'y-leveldb';
import * as Y from 'yjs';
import { docs, setPersistence, type WSSharedDoc } from '@y/websocket-server/utils';

/** Origin of the stored state applied to a room: not written back. */
const STORED = Symbol('stored');
/** An update that changes nothing (see `load`). */
const NOTHING = Y.encodeStateAsUpdate(new Y.Doc());

export interface RoomStore {
  /** Resolves once the room's stored document has been applied (rejects if it could not be read). */
  whenLoaded(doc: Y.Doc): Promise<void>;
  /** Every pending write of the room done, and its updates merged into one. */
  flush(name: string, doc: Y.Doc): Promise<void>;
  /** Unhooks from the websocket server and closes the database after pending writes. */
  close(): Promise<void>;
}

export function openRoomStore(dir: string): RoomStore {
  const ldb = new LeveldbPersistence(dir);
  const loaded = new WeakMap<Y.Doc, Promise<void>>();
  const lastWrite = new WeakMap<Y.Doc, Promise<unknown>>();

  async function load(name: string, doc: Y.Doc): Promise<void> {
    // Listen first: anything that reaches the room while it loads is stored too.
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== STORED) lastWrite.set(doc, ldb.storeUpdate(name, update));
    });
    // The stored updates straight into the room (y-leveldb's getYDoc would build a second copy
    // first). Its transactions report read errors by resolving null.
    const updates = (await ldb._transact((db) => getLevelUpdates(db, name))) as Uint8Array[] | null;
    if (!updates) throw new Error(`room ${name}: stored document could not be read`);
    if (updates.length) {
      doc.transact(() => updates.forEach((u) => Y.applyUpdate(doc, u)), STORED);
      if (updates.length > PREFERRED_TRIM_SIZE) void ldb.flushDocument(name);
    } else {
      // y-leveldb decodes a room's first update in full to index it; for a seed that is the
      // whole journey, blocking the server for a second. An empty first update costs nothing.
      lastWrite.set(doc, ldb.storeUpdate(name, NOTHING));
    }
  }

  const flushing = new Set<Promise<void>>();
  /** Waits for the room's writes. (Merging them is left to loading, past 500 updates: a merge
   * decodes the whole journey and would stall every room whenever the last person leaves one.) */
  function flush(_name: string, doc: Y.Doc): Promise<void> {
    const p = (async () => {
      await loaded.get(doc)?.catch(() => undefined);
      await lastWrite.get(doc);
    })();
    flushing.add(p);
    void p.finally(() => flushing.delete(p));
    return p;
  }

  setPersistence({
    provider: ldb,
    bindState(name: string, doc: WSSharedDoc) {
      const p = load(name, doc);
      p.catch(() => undefined); // reported through whenLoaded
      loaded.set(doc, p);
    },
    writeState: (name: string, doc: WSSharedDoc) => flush(name, doc),
  });

  return {
    whenLoaded(doc) {
      return loaded.get(doc) ?? Promise.reject(new Error('room is not bound to the store'));
    },
    flush,
    async close() {
      const open = [...docs.values()];
      open.forEach((d) => void flush(d.name, d));
      // Including the flushes of rooms their last connection just released.
      while (flushing.size) await Promise.allSettled([...flushing]);
      setPersistence(null);
      await ldb.destroy();
    },
  };
}
