/**
 * The analysis' results per touchpoint id (`GapAnalysis.byTouchpoint` and `.residual`): read-only
 * maps that share one index of the ids. A journey of 50,000 touchpoints made two `Map`s of 50,000
 * entries per analysis, and each insertion reads its id string's hash, a cache miss per
 * touchpoint; one index and two value arrays do half of that work and allocate half as much.
 */

/**
 * A `ReadonlyMap` from touchpoint id to `values[position]`, given the index id → position (the
 * last position when an id repeats, in first-seen order, as `Map.set` leaves it).
 */
export class TouchpointMap<V> implements ReadonlyMap<string, V> {
  readonly #index: ReadonlyMap<string, number>;
  readonly #values: readonly V[];

  constructor(index: ReadonlyMap<string, number>, values: readonly V[]) {
    this.#index = index;
    this.#values = values;
  }

  get size(): number {
    return this.#index.size;
  }

  get(id: string): V | undefined {
    const i = this.#index.get(id);
    return i === undefined ? undefined : this.#values[i];
  }

  has(id: string): boolean {
    return this.#index.has(id);
  }

  forEach(callback: (value: V, id: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [id, i] of this.#index) callback.call(thisArg, this.#values[i], id, this);
  }

  keys(): MapIterator<string> {
    return this.#index.keys();
  }

  *values(): MapIterator<V> {
    for (const i of this.#index.values()) yield this.#values[i];
  }

  *entries(): MapIterator<[string, V]> {
    for (const [id, i] of this.#index) yield [id, this.#values[i]];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'TouchpointMap';
  }
}
