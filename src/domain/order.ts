/** Ordering of stages and channels by fractional-index keys (concurrent reorders merge). */
import { generateKeyBetween } from 'fractional-indexing';
import type { Lane } from './schema';

export function sortLanes<T extends Lane>(lanes: readonly T[]): T[] {
  return [...lanes].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));
}

export function keyAfterLast(sorted: readonly Lane[]): string {
  return generateKeyBetween(sorted.length ? sorted[sorted.length - 1].order : null, null);
}

/**
 * The order key that places a lane at `toIndex` among the other lanes (the moved lane excluded).
 * Two keys can be equal after concurrent edits; `generateKeyBetween` then needs a nudge.
 */
export function keyForIndex(sorted: readonly Lane[], movingId: string, toIndex: number): string {
  const others = sorted.filter((l) => l.id !== movingId);
  const i = Math.max(0, Math.min(toIndex, others.length));
  const before = i > 0 ? others[i - 1].order : null;
  const after = i < others.length ? others[i].order : null;
  if (before !== null && after !== null && before >= after) {
    return generateKeyBetween(before, null);
  }
  return generateKeyBetween(before, after);
}

/** n fresh keys in ascending order, for a new journey's default lanes. */
export function initialKeys(n: number): string[] {
  const keys: string[] = [];
  let prev: string | null = null;
  for (let i = 0; i < n; i++) {
    prev = generateKeyBetween(prev, null);
    keys.push(prev);
  }
  return keys;
}
