/**
 * `GapAnalysis.byTouchpoint`: each touchpoint's gaps, made into an array when first asked for.
 *
 * Why not an array per touchpoint made by the analysis: the gaps are all in the ranked list
 * already (`GapAnalysis.gaps`), where each touchpoint's gaps of one severity lie together. An
 * array per touchpoint was a quarter of everything an analysis allocated — at 50,000 touchpoints,
 * 4 MB more for V8's young generation to copy, which is what kept the analysis from scaling
 * linearly (docs/performance.md). The app asks for the touchpoints it shows; an array is made
 * from the ranked list's slices the first time a touchpoint is asked for, and kept.
 *
 * The analyser (`createGapAnalyser`) promises that a touchpoint whose inputs did not change gets
 * back the very array the previous analysis gave for it. Here: an analysis that reused a
 * touchpoint's gaps starts with the previous analysis's array when it had made one, and
 * otherwise shares the one it makes with the previous analysis (which it links to until the
 * next analysis is made, so no chain of old analyses is kept alive).
 */
import type { IdIndex } from './idIndex';
import { NO_GAPS } from './rules';
import type { Gap } from './types';

/** Where a touchpoint's gaps of each severity rank start in the ranked list, and how many: 4 of each per touchpoint. */
export interface RankedSlices {
  /** `start[i * 4 + rank]`. */
  start: Int32Array;
  /** `count[i * 4 + rank]`. */
  count: Int32Array;
}

export class TouchpointGaps implements ReadonlyMap<string, readonly Gap[]> {
  readonly #index: IdIndex;
  readonly #ranked: readonly Gap[];
  readonly #slices: RankedSlices;
  /** Arrays made so far, by touchpoint position. */
  readonly #lists: (readonly Gap[] | undefined)[];
  /** The previous analysis and, per touchpoint, its position there when its gaps were reused (−1 otherwise). */
  #previous: { gaps: TouchpointGaps; at: Int32Array } | null;

  constructor(index: IdIndex, ranked: readonly Gap[], slices: RankedSlices, n: number, previous: { gaps: TouchpointGaps; at: Int32Array } | null) {
    this.#index = index;
    this.#ranked = ranked;
    this.#slices = slices;
    this.#lists = new Array<readonly Gap[] | undefined>(n);
    this.#previous = previous;
    if (previous) {
      // The previous analysis is linked to no further back: only the last two analyses share arrays.
      previous.gaps.#previous = null;
      const lists = this.#lists, before = previous.gaps.#lists, at = previous.at;
      for (let i = 0; i < n; i++) if (at[i] >= 0) lists[i] = before[at[i]];
    }
  }

  /** How many gaps touchpoint `i` has. */
  countAt(i: number): number {
    const c = this.#slices.count;
    return c[i * 4] + c[i * 4 + 1] + c[i * 4 + 2] + c[i * 4 + 3];
  }

  /** Touchpoint `i`'s gaps in the ranked list, copied into `into` from `to`; returns how many. */
  copyInto(i: number, into: Gap[], to: number): number {
    const { start, count } = this.#slices;
    const ranked = this.#ranked;
    let at = to;
    for (let rank = 3; rank >= 0; rank--) {
      for (let k = start[i * 4 + rank], end = k + count[i * 4 + rank]; k < end; k++) into[at++] = ranked[k];
    }
    return at - to;
  }

  /** Touchpoint `i`'s gaps, severity descending (the array made for it, or made now). */
  at(i: number): readonly Gap[] {
    const made = this.#lists[i];
    if (made !== undefined) return made;
    const total = this.countAt(i);
    let list: readonly Gap[] = NO_GAPS;
    const previous = this.#previous;
    const k = previous ? previous.at[i] : -1;
    if (total > 0) {
      const shared = k >= 0 ? previous!.gaps.#lists[k] : undefined;
      if (shared !== undefined) {
        list = shared;
      } else {
        const gaps = new Array<Gap>(total);
        this.copyInto(i, gaps, 0);
        list = gaps;
      }
    }
    this.#lists[i] = list;
    if (k >= 0) previous!.gaps.#lists[k] = list;
    return list;
  }

  get size(): number {
    return this.#index.size;
  }

  get(id: string): readonly Gap[] | undefined {
    const i = this.#index.get(id);
    return i === undefined ? undefined : this.at(i);
  }

  has(id: string): boolean {
    return this.#index.has(id);
  }

  forEach(callback: (value: readonly Gap[], id: string, map: ReadonlyMap<string, readonly Gap[]>) => void, thisArg?: unknown): void {
    for (const [id, i] of this.#index.entries()) callback.call(thisArg, this.at(i), id, this);
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.#index.entries()) yield id;
  }

  *values(): MapIterator<readonly Gap[]> {
    for (const [, i] of this.#index.entries()) yield this.at(i);
  }

  *entries(): MapIterator<[string, readonly Gap[]]> {
    for (const [id, i] of this.#index.entries()) yield [id, this.at(i)];
  }

  [Symbol.iterator](): MapIterator<[string, readonly Gap[]]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'TouchpointGaps';
  }
}
