/**
 * An analysis' gaps as columns, and the Gap objects made from them when they are read: the
 * ranked list (`GapAnalysis.gaps`) when it is first read, a touchpoint's list
 * (`GapAnalysis.byTouchpoint`) when that touchpoint is first asked for.
 *
 * Why: a large analysis finds hundreds of thousands of gaps. Made as objects all at once, they
 * were the whole of its result for V8's young generation to copy — at 50,000 touchpoints, 9.5 MB
 * met by about one collection per analysis, so the time to collect grew with the square of the
 * journey and the analysis did not scale linearly (docs/performance.md). The analysis itself
 * (every rule on every touchpoint, the ranking, the tallies and the summary) is done in full;
 * what waits for a reader is wrapping each finding in its object, as the gap's id and message
 * already waited (`GapRecord`). The badges ask for the touchpoints on screen; the gaps panel,
 * the rights matrix and the exports read the whole list.
 *
 * The analyser (`createGapAnalyser`) promises that a touchpoint whose inputs did not change gets
 * back the very gap objects and array the previous analysis gave it. An analysis that reused a
 * touchpoint's findings starts with the objects and arrays the previous one had made for it, and
 * shares with it those made later, whichever of the two is read first (it links to the previous
 * analysis until the next one is made, so no chain of old analyses is kept alive).
 */
import type { GapDecision, Touchpoint } from '../schema';
import { DecidedGap, GapRecord, QuotingGap, type GapKind } from './gap';
import { NO_GAPS } from './rules';
import type { Gap } from './types';
import type { ValuesByPosition } from './touchpointMap';

/**
 * The findings of one analysis, one per gap, in map order: a touchpoint's gaps lie together,
 * severity descending (`from`).
 */
export interface GapColumns {
  /** Touchpoint position per gap. */
  touchpoint: Int32Array;
  /** Per gap, its kind's index in `kindTable`. */
  kind: Int32Array;
  kindTable: readonly GapKind[];
  /** The number a gap's message quotes (see `GapRecord`). */
  n: Float64Array;
  /** The decisions of the few gaps that have one, by position. */
  decisions: ReadonlyMap<number, GapDecision> | null;
  /** Touchpoint i's gaps are `from[i] … from[i + 1]`. */
  from: Int32Array;
  size: number;
}

/** The previous analysis and where each touchpoint (and each gap) of this one was in it, −1 when not reused. */
interface Link {
  gaps: AnalysisGaps;
  touchpointAt: Int32Array;
  gapAt: Int32Array;
}

export class AnalysisGaps implements ValuesByPosition<readonly Gap[]> {
  readonly #touchpoints: readonly Touchpoint[];
  readonly #columns: GapColumns;
  /** Gap positions in ranked order. */
  readonly #ranked: Int32Array;
  /** Objects made so far, by gap position (null until one is made). */
  #objects: (Gap | undefined)[] | null = null;
  /** Arrays made so far, by touchpoint position. */
  #lists: (readonly Gap[] | undefined)[] | null = null;
  #rankedList: Gap[] | null = null;
  #link: Link | null;

  constructor(touchpoints: readonly Touchpoint[], columns: GapColumns, ranked: Int32Array, link: Link | null) {
    this.#touchpoints = touchpoints;
    this.#columns = columns;
    this.#ranked = ranked;
    this.#link = link;
    if (!link) return;
    // The previous analysis is linked to no further back: only the last two analyses share objects.
    const before = link.gaps;
    before.#link = null;
    if (before.#objects) {
      const objects = (this.#objects = new Array<Gap | undefined>(columns.size));
      const theirs = before.#objects, at = link.gapAt;
      for (let p = 0; p < columns.size; p++) if (at[p] >= 0) objects[p] = theirs[at[p]];
    }
    if (before.#lists) {
      const lists = (this.#lists = new Array<readonly Gap[] | undefined>(touchpoints.length));
      const theirs = before.#lists, at = link.touchpointAt;
      for (let i = 0; i < touchpoints.length; i++) if (at[i] >= 0) lists[i] = theirs[at[i]];
    }
  }

  get size(): number {
    return this.#columns.size;
  }

  get columns(): GapColumns {
    return this.#columns;
  }

  /** The gap at position `p` (made now if it was not yet, or shared with the previous analysis). */
  gapAt(p: number): Gap {
    const made = this.#objects?.[p];
    if (made !== undefined) return made;
    const link = this.#link;
    const q = link ? link.gapAt[p] : -1;
    let gap = q >= 0 ? link!.gaps.#objects?.[q] : undefined;
    if (gap === undefined) {
      const c = this.#columns;
      const t = this.#touchpoints[c.touchpoint[p]];
      const kind = c.kindTable[c.kind[p]];
      const decision = c.decisions ? c.decisions.get(p) : undefined;
      // A control gap's kind holds the number it quotes; other gaps quote their own.
      gap = decision ? new DecidedGap(t, kind, c.n[p], decision) : kind.control ? new GapRecord(t, kind) : new QuotingGap(t, kind, c.n[p]);
      if (q >= 0) (link!.gaps.#objects ??= new Array<Gap | undefined>(link!.gaps.size))[q] = gap;
    }
    (this.#objects ??= new Array<Gap | undefined>(this.#columns.size))[p] = gap;
    return gap;
  }

  /** Every gap: severity descending, then the touchpoint's complaint total, then map order. */
  ranked(): Gap[] {
    if (this.#rankedList) return this.#rankedList;
    const ranked = this.#ranked;
    const list = new Array<Gap>(ranked.length);
    for (let r = 0; r < ranked.length; r++) list[r] = this.gapAt(ranked[r]);
    return (this.#rankedList = list);
  }

  /** Touchpoint `i`'s gaps, severity descending (the array made for it, or made now): `byTouchpoint`'s values. */
  valueAt(i: number): readonly Gap[] {
    const made = this.#lists?.[i];
    if (made !== undefined) return made;
    const link = this.#link;
    const k = link ? link.touchpointAt[i] : -1;
    let list = k >= 0 ? link!.gaps.#lists?.[k] : undefined;
    if (list === undefined) {
      const from = this.#columns.from[i], to = this.#columns.from[i + 1];
      if (from === to) {
        list = NO_GAPS;
      } else {
        const gaps = new Array<Gap>(to - from);
        for (let p = from; p < to; p++) gaps[p - from] = this.gapAt(p);
        list = gaps;
      }
      if (k >= 0) (link!.gaps.#lists ??= new Array<readonly Gap[] | undefined>(link!.gaps.#touchpoints.length))[k] = list;
    }
    (this.#lists ??= new Array<readonly Gap[] | undefined>(this.#touchpoints.length))[i] = list;
    return list;
  }
}
