/**
 * Rooms on disk: every room's document in one LevelDB folder (y-leveldb), bound to the shared
 * documents of @y/websocket-server through its `setPersistence` hook. Unlike the package's own
 * binding, loading is observable (`whenLoaded`), so the server can hold a connection back until
 * the stored document is in memory — otherwise a client may sync against an empty room
 * (yjs/y-websocket#81) and, seeing it empty, seed it a second time.
 */
import { LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';
import { docs, setPersistence, type WSSharedDoc } from '@y/websocket-server/utils';

/** Origin of the stored state applied to a room: not written back. */
const STORED = Symbol('stored');

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
    // y-leveldb reports read errors by resolving null (it logs and swallows them).
    const stored = (await ldb.getYDoc(name)) as Y.Doc | null;
    if (!stored) throw new Error(`room ${name}: stored document could not be read`);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(stored), STORED);
    stored.destroy();
  }

  const flushing = new Set<Promise<void>>();
  function flush(name: string, doc: Y.Doc): Promise<void> {
    const p = (async () => {
      await loaded.get(doc)?.catch(() => undefined);
      await lastWrite.get(doc);
      // Merges the room's updates into one, so the next load is one read.
      await ldb.flushDocument(name);
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
