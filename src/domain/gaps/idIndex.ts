/**
 * Touchpoint id → position in the analysed array, as an open-addressing table over typed arrays,
 * keyed by a hash of each id made with the touchpoint's digest (`idHash`, `D_ID_HASH`).
 *
 * Why not a `Map`: inserting a string into a `Map` reads the string (its hash, and on a shared
 * bucket the other strings' contents), and the id strings of the records the app holds were
 * decoded by Yjs and lie scattered through memory — at 10,000 touchpoints the `Map` alone took
 * 7–8 ms of an analysis, against 2 ms for ids allocated together (docs/performance.md). Here an
 * insertion reads two typed arrays; an id string is read only when two hashes are equal.
 *
 * Semantics are a `Map` filled with `set(id, i)` in order: a repeated id maps to its last
 * position, and iteration gives each id once, in first-seen order.
 */
import type { Touchpoint } from '../schema';
import { idHash } from './digest';

/** Storage an index is built in, kept between analyses (they do not nest): see `IdIndex.sealed`. */
let scratchHashes = new Int32Array(0);
let scratchLast = new Int32Array(0);
let scratchTable = new Int32Array(0);

export class IdIndex {
  readonly #touchpoints: readonly Touchpoint[];
  /** Each touchpoint's `idHash`. */
  readonly #hashes: Int32Array;
  /** At the position where an id is first seen: the last position of that id; −1 elsewhere. */
  readonly #last: Int32Array;
  /** Slots: 1 + the first-seen position of an id, 0 when empty. Size a power of two ≥ 2n. */
  readonly #table: Int32Array;
  readonly #shift: number;
  #size = 0;

  /**
   * An empty index of `touchpoints`, built in the shared scratch storage: call `add(i, hash)` for
   * each i in order, then keep `sealed()`, not this one (the next analysis reuses the storage).
   */
  static building(touchpoints: readonly Touchpoint[]): IdIndex {
    const n = touchpoints.length;
    const bits = Math.max(4, 32 - Math.clz32(Math.max(1, n * 2 - 1)));
    if (scratchHashes.length < n) {
      scratchHashes = new Int32Array(Math.ceil(n * 1.25));
      scratchLast = new Int32Array(scratchHashes.length);
    }
    if (scratchTable.length < 1 << bits) scratchTable = new Int32Array(1 << bits);
    return new IdIndex(touchpoints, scratchHashes.subarray(0, n), scratchLast.subarray(0, n).fill(-1), scratchTable.subarray(0, 1 << bits).fill(0), 32 - bits, 0);
  }

  private constructor(touchpoints: readonly Touchpoint[], hashes: Int32Array, last: Int32Array, table: Int32Array, shift: number, size: number) {
    this.#touchpoints = touchpoints;
    this.#hashes = hashes;
    this.#last = last;
    this.#table = table;
    this.#shift = shift;
    this.#size = size;
  }

  /**
   * This index in arrays of its own, to keep. Made at the end of an analysis, so that the copies
   * are young when the analysis is dropped (arrays made at its start lived through its scavenges
   * into the old generation, and at 50,000 touchpoints brought on full collections).
   */
  sealed(): IdIndex {
    return new IdIndex(this.#touchpoints, this.#hashes.slice(), this.#last.slice(), this.#table.slice(), this.#shift, this.#size);
  }

  /** Fibonacci hashing: the top bits of the product spread FNV's weaker low bits. */
  #slot(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.#shift;
  }

  /** Indexes position `i`, whose id has `idHash` `hash` (positions are added in increasing order). */
  add(i: number, hash: number): void {
    this.#hashes[i] = hash;
    const table = this.#table;
    const mask = table.length - 1;
    for (let s = this.#slot(hash); ; s = (s + 1) & mask) {
      const at = table[s];
      if (at === 0) {
        table[s] = i + 1;
        this.#last[i] = i;
        this.#size++;
        return;
      }
      const first = at - 1;
      if (this.#hashes[first] === hash && this.#touchpoints[first].id === this.#touchpoints[i].id) {
        this.#last[first] = i;
        return;
      }
    }
  }

  get size(): number {
    return this.#size;
  }

  /** The last position of `id`, or undefined. */
  get(id: string): number | undefined {
    if (typeof id !== 'string') return undefined;
    const hash = idHash(id);
    const table = this.#table;
    const mask = table.length - 1;
    for (let s = this.#slot(hash); ; s = (s + 1) & mask) {
      const at = table[s];
      if (at === 0) return undefined;
      const first = at - 1;
      if (this.#hashes[first] === hash && this.#touchpoints[first].id === id) return this.#last[first];
    }
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** [id, last position] for each id, in first-seen order. */
  *entries(): Generator<[string, number]> {
    const last = this.#last;
    for (let i = 0; i < last.length; i++) if (last[i] >= 0) yield [this.#touchpoints[i].id, last[i]];
  }
}
