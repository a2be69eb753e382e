import { describe, expect, it } from 'vitest';
import { analyse, createGapAnalyser } from '../../../src/domain/gaps';
import { generateJourney } from '../../bench/journeyGen';

describe('the ranked list', () => {
  it('is an own property, the same array each time it is read, and its gaps are the lists\' gaps', () => {
    const data = generateJourney(300);
    const a = analyse(data);
    expect(Object.keys(a)).toContain('gaps');
    expect(a.gaps).toBe(a.gaps);
    expect({ ...a }.gaps).toBe(a.gaps);
    const t = data.touchpoints[7];
    const own = a.byTouchpoint.get(t.id)!; // made before the ranked list
    expect(own.length).toBeGreaterThan(0);
    own.forEach((g) => expect(a.gaps).toContain(g));
  });

  it('is read through one getter shared by every analysis, not a closure made per analysis', () => {
    // A closure per analysis gave each analysis object its own V8 hidden class, which kept every
    // analysis alive until a full collection (docs/performance.md, fifth session).
    const data = generateJourney(50);
    const getter = (a: object) => Object.getOwnPropertyDescriptor(a, 'gaps')?.get;
    const [a, b] = [analyse(data), analyse(data)];
    expect(getter(a)).toBeTypeOf('function');
    expect(getter(a)).toBe(getter(b));
    expect(JSON.parse(JSON.stringify(a)).gaps).toHaveLength(a.gaps.length);
    expect(Object.getOwnPropertySymbols(a).every((s) => !Object.getOwnPropertyDescriptor(a, s)!.enumerable)).toBe(true);
  });

  it('an analysis keeps its answers after later analyses reuse the storage it was built in', () => {
    // Columns, id index and residual risks are built in storage shared between runs and copied out.
    const small = generateJourney(120);
    const first = analyse(small);
    const plain = (a: ReturnType<typeof analyse>) => ({
      residual: [...a.residual.entries()],
      lists: [...a.byTouchpoint.keys()].map((id) => a.byTouchpoint.get(id)!.map((g) => g.id)),
    });
    const expected = plain(analyse(small));
    analyse(generateJourney(400));
    analyse({ ...small, touchpoints: small.touchpoints.slice(60) });
    expect(plain(first)).toEqual(expected);
    expect(first.gaps.map((g) => g.id)).toEqual(analyse(small).gaps.map((g) => g.id));
  });

  it('the analyser gives unchanged touchpoints the very gap objects of the previous analysis, whichever list is read first', () => {
    const data = generateJourney(200);
    const run = createGapAnalyser();
    const first = run(data);
    const before = first.gaps; // read before the next analysis
    const second = run({ ...data, touchpoints: data.touchpoints.map((t, i) => (i === 5 ? { ...t, owner: '' } : t)) });
    const edited = data.touchpoints[5].id;
    const kept = (gaps: readonly { touchpointId: string }[]) => gaps.filter((g) => g.touchpointId !== edited);
    expect(kept(second.gaps)).toEqual(kept(before));
    kept(second.gaps).forEach((g, k) => expect(g).toBe(kept(before)[k]));
    // Read in the other order: the newer analysis first.
    const third = run({ ...data });
    const fourth = run({ ...data, touchpoints: data.touchpoints.map((t, i) => (i === 9 ? { ...t, title: 'x' } : t)) });
    const t0 = data.touchpoints[0].id;
    const newer = fourth.byTouchpoint.get(t0)!;
    expect(third.byTouchpoint.get(t0)).toBe(newer);
    expect(fourth.gaps.filter((g) => g.touchpointId === t0)).toEqual(third.gaps.filter((g) => g.touchpointId === t0));
    third.gaps.filter((g) => g.touchpointId === t0).forEach((g, k) => expect(g).toBe(newer[k]));
  });
});

describe('byTouchpoint', () => {
  it("holds each touchpoint's gaps as the ranked list has them, made once per touchpoint", () => {
    const data = generateJourney(400);
    const a = analyse(data);
    let withGaps = 0;
    for (const t of data.touchpoints) {
      const own = a.byTouchpoint.get(t.id)!;
      expect(own).toBe(a.byTouchpoint.get(t.id));
      const ranked = a.gaps.filter((g) => g.touchpointId === t.id);
      expect(own.length).toBe(ranked.length);
      own.forEach((g, k) => expect(g).toBe(ranked[k]));
      if (own.length) withGaps++;
    }
    expect(withGaps).toBeGreaterThan(300);
    expect([...a.byTouchpoint.keys()]).toEqual(data.touchpoints.map((t) => t.id));
    expect([...a.byTouchpoint.values()].reduce((n, gaps) => n + gaps.length, 0)).toBe(a.gaps.length);
  });

  it('the analyser gives an unchanged touchpoint the array the previous analysis gave, whichever is asked first', () => {
    const data = generateJourney(200);
    const run = createGapAnalyser();
    const first = run(data);
    const t0 = data.touchpoints[0], t1 = data.touchpoints[1];
    const firstT0 = first.byTouchpoint.get(t0.id); // asked before the next analysis
    const second = run({ ...data, touchpoints: data.touchpoints.map((t, i) => (i === 5 ? { ...t, title: `${t.title}!` } : t)) });
    expect(second.byTouchpoint.get(t0.id)).toBe(firstT0);
    const secondT1 = second.byTouchpoint.get(t1.id); // asked of the newer analysis first
    expect(first.byTouchpoint.get(t1.id)).toBe(secondT1);
    // A third analysis carries over what the second had made.
    const third = run({ ...data });
    expect(third.byTouchpoint.get(t1.id)).toBe(secondT1);
    expect(third.byTouchpoint.get(t0.id)).toBe(firstT0);
  });
});
