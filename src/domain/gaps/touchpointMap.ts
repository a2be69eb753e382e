/**
 * The analysis' results per touchpoint id (`GapAnalysis.byTouchpoint` and `.residual`): read-only
 * maps that share one index of the ids (`IdIndex`). A journey of 50,000 touchpoints made two
 * `Map`s of 50,000 entries per analysis, and each insertion reads its id string, a cache miss per
 * touchpoint; one index over typed arrays does far less of that work, and a value is found (or,
 * for `byTouchpoint`, made: `gapLists.ts`) by position when asked for.
 */
import type { IdIndex } from './idIndex';

/**
 * Where a map's values come from, by position. An object with a method rather than a closure:
 * V8's call feedback keeps the last function a call site called, and a young-generation
 * collection holds it strongly, so a closure per analysis kept the previous analysis — its
 * typed arrays, megabytes at 50,000 touchpoints — alive into the old generation.
 */
export interface ValuesByPosition<V> {
  valueAt(position: number): V;
}

/** The values of an array, by position. */
export class ArrayValues<V> implements ValuesByPosition<V> {
  readonly #values: readonly V[];

  constructor(values: readonly V[]) {
    this.#values = values;
  }

  valueAt(position: number): V {
    return this.#values[position];
  }
}

/**
 * A `ReadonlyMap` from touchpoint id to `values.valueAt(position)`, given the index id → position
 * (the last position when an id repeats, in first-seen order, as `Map.set` leaves it).
 */
export class TouchpointMap<V> implements ReadonlyMap<string, V> {
  readonly #index: IdIndex;
  readonly #values: ValuesByPosition<V>;

  constructor(index: IdIndex, values: ValuesByPosition<V>) {
    this.#index = index;
    this.#values = values;
  }

  get size(): number {
    return this.#index.size;
  }

  get(id: string): V | undefined {
    const i = this.#index.get(id);
    return i === undefined ? undefined : this.#values.valueAt(i);
  }

  has(id: string): boolean {
    return this.#index.has(id);
  }

  forEach(callback: (value: V, id: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [id, i] of this.#index.entries()) callback.call(thisArg, this.#values.valueAt(i), id, this);
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.#index.entries()) yield id;
  }

  *values(): MapIterator<V> {
    for (const [, i] of this.#index.entries()) yield this.#values.valueAt(i);
  }

  *entries(): MapIterator<[string, V]> {
    for (const [id, i] of this.#index.entries()) yield [id, this.#values.valueAt(i)];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'TouchpointMap';
  }
}
