import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { analyse, createGapAnalyser, toPlainGap, type GapAnalysis } from '../../../src/domain/gaps';
import { D_CONTROLS, D_ENTRIES, D_HEADER, D_SPAN, digestOf, hasOwnDigest, idName } from '../../../src/domain/gaps/digest';
import type { JourneyData, Touchpoint } from '../../../src/domain/schema';
import { normaliseRecord } from '../../../src/store/normalise';
import { readJourneyData, seedDoc } from '../../../src/store/ydoc';
import { generateJourney } from '../../bench/journeyGen';
import { allControls, journey, months, risk, tp } from './build';

/** Everything an analysis says, as plain data. */
function plain(a: GapAnalysis) {
  return {
    gaps: a.gaps.map(toPlainGap),
    summary: a.summary,
    byTouchpoint: [...a.byTouchpoint.entries()].map(([id, gaps]) => [id, gaps.map((g) => g.id)]),
    residual: [...a.residual.entries()],
  };
}

/** Records as the store holds them: read back from a Yjs document, each with its digest. */
function asTheStoreReadsIt(data: JourneyData): JourneyData {
  const written = new Y.Doc();
  seedDoc(written, data);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(written));
  return readJourneyData(doc)!;
}

/** Touchpoints with every kind of awkward input the rules read. */
function awkward(): JourneyData {
  const data = generateJourney(300);
  data.touchpoints = data.touchpoints.map((t, i): Touchpoint => {
    if (i % 5) return t;
    return {
      ...t,
      complaints: [...t.complaints, { period: i % 2 ? '2024-Q3' : 'not a period', count: 7 }],
      owner: i % 3 ? '   ' : t.owner,
      kind: i % 7 === 0 ? 'no-such-kind' : i % 11 === 0 ? null : t.kind,
      risk: i % 13 === 0 ? null : t.risk,
      controls: { ...t.controls, 'blank-reason': { status: 'not-applicable', reason: '  ' }, 'odd-status': { status: 'unknown' as never } },
    };
  });
  // A repeated id: the analysis keeps the last one, as a Map would.
  data.touchpoints[41] = { ...data.touchpoints[41], id: data.touchpoints[40].id };
  return data;
}

describe('touchpoint digests', () => {
  it('the store gives each touchpoint it reads a digest, which copies and JSON do not carry', () => {
    const t = normaliseRecord('touchpoints', { ...tp({ kind: 'surrender-closure', complaints: months('2025-01', [3, 4]) }) });
    expect(hasOwnDigest(t)).toBe(true);
    expect(Object.keys(t)).not.toContain('digest');
    expect(JSON.parse(JSON.stringify(t))).toEqual({ ...t });
    expect(hasOwnDigest({ ...t, title: 'edited' })).toBe(false);
    expect(hasOwnDigest(normaliseRecord('stages', { id: 's', name: 'S', order: 'a0' }) as never)).toBe(false);
  });

  it('holds the complaint codes, counts, span and control states of its record', () => {
    const t = normaliseRecord('touchpoints', {
      ...tp({
        kind: 'surrender-closure',
        complaints: [
          { period: '2025-01', count: 3 },
          { period: '2025-Q2', count: 5 },
          { period: 'bad', count: 100 },
        ],
        controls: { 'key-info-disclosure': { status: 'in-place' }, 'surrender-exit-disclosure': { status: 'not-applicable', reason: 'Not sold here' } },
      }),
    });
    const d = digestOf(t);
    expect(d[D_ENTRIES]).toBe(3);
    expect(d[D_SPAN]).toBe(8); // the invalid period counts nowhere
    expect([d[D_SPAN + 1], d[D_SPAN + 2]]).toEqual([2025 * 12, 2025 * 12]);
    expect([d[D_SPAN + 3], d[D_SPAN + 4]]).toEqual([2025 * 4 + 1, 2025 * 4 + 1]);
    expect([...d.subarray(D_HEADER + 3, D_HEADER + 6)]).toEqual([3, 5, 100]);
    expect(d[D_CONTROLS]).toBe(2);
    const pairs = d.subarray(D_HEADER + 6, D_HEADER + 10);
    expect([idName(pairs[0]), pairs[1], idName(pairs[2]), pairs[3]]).toEqual(['key-info-disclosure', 0, 'surrender-exit-disclosure', 3]);
  });

  it('an analysis of the records the store holds equals one of the same records without digests', () => {
    const data = awkward();
    const stored = asTheStoreReadsIt(data);
    expect(stored.touchpoints.every(hasOwnDigest)).toBe(true);
    const bare = { ...stored, touchpoints: stored.touchpoints.map((t) => ({ ...t })) };
    expect(bare.touchpoints.some(hasOwnDigest)).toBe(false);
    const expected = plain(analyse(bare));
    expect(expected.gaps.length).toBeGreaterThan(1000);
    expect(plain(analyse(stored))).toEqual(expected);
    // The same through the analyser, after edits the store would make (new records, read back).
    const analyser = createGapAnalyser();
    analyser(stored);
    const edited = {
      ...stored,
      touchpoints: stored.touchpoints.map((t, i) =>
        i === 3 ? normaliseRecord('touchpoints', { ...t, complaints: t.complaints.map((e) => ({ ...e, count: e.count + 40 })) }) : t,
      ),
    };
    expect(plain(analyser(edited))).toEqual(plain(analyse({ ...edited, touchpoints: edited.touchpoints.map((t) => ({ ...t })) })));
  });

  it('a digest follows its record: an edited copy is read from its own fields', () => {
    const t = normaliseRecord('touchpoints', { ...tp({ kind: 'surrender-closure', risk: risk(5, 5), controls: allControls('surrender-closure', 'missing') }) });
    const data = journey('insurance', t);
    const before = analyse(data).gaps.filter((g) => g.rule === 'missing-control').length;
    expect(before).toBeGreaterThan(0);
    const fixed = { ...t, controls: allControls('surrender-closure', 'in-place') };
    expect(analyse({ ...data, touchpoints: [fixed] }).gaps.filter((g) => g.rule === 'missing-control')).toEqual([]);
  });
});
