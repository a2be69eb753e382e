import { describe, expect, it } from 'vitest';
import { idHash } from '../../../src/domain/gaps/digest';
import { IdIndex } from '../../../src/domain/gaps/idIndex';
import type { Touchpoint } from '../../../src/domain/schema';

const records = (ids: string[]) => ids.map((id) => ({ id }) as Touchpoint);

/** The sealed index of `ids`: what an analysis keeps. */
function indexOf(ids: string[]): IdIndex {
  const index = IdIndex.building(records(ids));
  ids.forEach((id, i) => index.add(i, idHash(id)));
  return index.sealed();
}

/** What the index must agree with: a Map filled in order. */
function mapOf(ids: string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => map.set(id, i));
  return map;
}

/** Distinct ids whose hashes are equal, found by search (a 32-bit hash has them among ~10⁵ ids). */
function collidingPair(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const id = `tp-${i}`;
    const other = seen.get(idHash(id));
    if (other !== undefined) return [other, id];
    seen.set(idHash(id), id);
  }
}

describe('IdIndex', () => {
  it('answers like a Map filled in order: the last position of a repeated id, ids in first-seen order', () => {
    const ids = ['b', 'a', 'c', 'a', '', 'b', 'd', 'a'];
    const index = indexOf(ids);
    const map = mapOf(ids);
    expect(index.size).toBe(map.size);
    for (const id of [...ids, 'missing', 'A']) {
      expect(index.get(id)).toBe(map.get(id));
      expect(index.has(id)).toBe(map.has(id));
    }
    expect([...index.entries()]).toEqual([...map.entries()]);
  });

  it('tells apart ids with the same hash, and stays right when the table is crowded', () => {
    const [x, y] = collidingPair();
    expect(x).not.toBe(y);
    expect(idHash(x)).toBe(idHash(y));
    const ids = [x, 'filler-1', y, x, ...Array.from({ length: 2000 }, (_, i) => `id-${i % 1500}`), y];
    const index = indexOf(ids);
    const map = mapOf(ids);
    expect(index.size).toBe(map.size);
    for (const id of new Set([...ids, 'id-1500', 'nope'])) expect(index.get(id)).toBe(map.get(id));
    expect([...index.entries()]).toEqual([...map.entries()]);
  });

  it('keeps its answers when the next index is built in the shared storage', () => {
    const first = indexOf(['a', 'b', 'c', 'b']);
    const second = indexOf(['x', 'a', 'y', 'z', 'w']);
    expect([...first.entries()]).toEqual([...mapOf(['a', 'b', 'c', 'b']).entries()]);
    expect(first.get('b')).toBe(3);
    expect(first.get('x')).toBeUndefined();
    expect(second.get('a')).toBe(1);
    expect(second.get('c')).toBeUndefined();
  });

  it('is empty for no touchpoints', () => {
    const index = indexOf([]);
    expect(index.size).toBe(0);
    expect(index.get('x')).toBeUndefined();
    expect([...index.entries()]).toEqual([]);
  });
});
