/**
 * The analysis' results per touchpoint id (`GapAnalysis.byTouchpoint` and `.residual`): read-only
 * maps that share one index of the ids (`IdIndex`). A journey of 50,000 touchpoints made two
 * `Map`s of 50,000 entries per analysis, and each insertion reads its id string, a cache miss per
 * touchpoint; one index over typed arrays does far less of that work, and a value is found (or,
 * for `byTouchpoint`, made: `gapLists.ts`) by position when asked for.
 */
import type { IdIndex } from './idIndex';

/**
 * A `ReadonlyMap` from touchpoint id to `valueAt(position)`, given the index id → position (the
 * last position when an id repeats, in first-seen order, as `Map.set` leaves it).
 */
export class TouchpointMap<V> implements ReadonlyMap<string, V> {
  readonly #index: IdIndex;
  readonly #valueAt: (position: number) => V;

  constructor(index: IdIndex, valueAt: (position: number) => V) {
    this.#index = index;
    this.#valueAt = valueAt;
  }

  get size(): number {
    return this.#index.size;
  }

  get(id: string): V | undefined {
    const i = this.#index.get(id);
    return i === undefined ? undefined : this.#valueAt(i);
  }

  has(id: string): boolean {
    return this.#index.has(id);
  }

  forEach(callback: (value: V, id: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [id, i] of this.#index.entries()) callback.call(thisArg, this.#valueAt(i), id, this);
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.#index.entries()) yield id;
  }

  *values(): MapIterator<V> {
    for (const [, i] of this.#index.entries()) yield this.#valueAt(i);
  }

  *entries(): MapIterator<[string, V]> {
    for (const [id, i] of this.#index.entries()) yield [id, this.#valueAt(i)];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'TouchpointMap';
  }
}
