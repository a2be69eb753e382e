/**
 * Bad input never throws and never yields half-valid data: for garbage and for mutations of
 * valid files, the reader answers either with a journey that passes every check (and
 * round-trips) or with a non-empty list of problems.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyMetaSchema, TABLE_SCHEMAS, TABLES } from '../../../src/domain/schema';
import { parseBackupFile, parseJourneyFile, serialiseJourney, type ParseResult } from '../../../src/io/format';
import { journeyDataArb } from '../../helpers/arbitraries';
import { sampleJourney } from './sampleJourney';
import type { JourneyData } from '../../../src/domain/schema';

function checkAnswer(r: ParseResult<JourneyData>): void {
  if (r.ok) {
    expect(journeyMetaSchema.safeParse(r.data.meta).success).toBe(true);
    for (const table of TABLES) {
      for (const rec of r.data[table]) expect(TABLE_SCHEMAS[table].safeParse(rec).success).toBe(true);
    }
    const text = serialiseJourney(r.data);
    const again = parseJourneyFile(text);
    expect(again.ok && serialiseJourney(again.data)).toBe(text);
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(typeof e.path).toBe('string');
      expect(e.message.en.length).toBeGreaterThan(0);
      // Whatever the input, the Chinese message is Chinese (no English wording leaks through).
      expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  }
}

function safely(input: string | Uint8Array): ParseResult<JourneyData> {
  let r: ParseResult<JourneyData> | undefined;
  expect(() => {
    r = parseJourneyFile(input);
  }).not.toThrow();
  return r!;
}

type Path = (string | number)[];
function pathsOf(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...path, k], out);
  return out;
}

type Mutation = { op: 'replace'; value: unknown } | { op: 'delete' } | { op: 'duplicate' };
function applyMutation(root: unknown, path: Path, m: Mutation): unknown {
  if (path.length === 0) return m.op === 'replace' ? m.value : root;
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], root) as Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1];
  if (m.op === 'replace') (parent as Record<string | number, unknown>)[key] = m.value;
  else if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  else (parent as Record<string, unknown>)[`${String(key)}_copy`] = structuredClone(parent[key as string]);
  return root;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(0, -1, 9, 1e308, '', 'x', null, true, [], {})) }),
  fc.constant({ op: 'delete' as const }),
  fc.constant({ op: 'duplicate' as const }),
);

describe('fuzzing the journey reader', () => {
  it('answers garbage text with errors, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        checkAnswer(safely(text));
      }),
      { numRuns: 300 },
    );
  });

  it('answers garbage bytes with errors, never a throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        checkAnswer(safely(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('answers structural mutations of valid files with a valid journey or errors', () => {
    const base = fc.oneof(fc.constant(sampleJourney()), journeyDataArb({ maxTouchpoints: 5 }));
    fc.assert(
      fc.property(base, fc.array(fc.tuple(fc.nat(), mutationArb), { minLength: 1, maxLength: 3 }), (data, mutations) => {
        let raw: unknown = JSON.parse(serialiseJourney(data));
        for (const [pick, m] of mutations) {
          const paths = pathsOf(raw);
          raw = applyMutation(raw, paths[pick % paths.length], m);
        }
        checkAnswer(safely(JSON.stringify(raw)));
      }),
      { numRuns: 300 },
    );
  });

  it('answers text mutations (truncation, stray or missing characters) of valid files', () => {
    const text = serialiseJourney(sampleJourney());
    const edit = fc.oneof(
      fc.nat(text.length).map((i) => (s: string) => s.slice(0, i)),
      fc.tuple(fc.nat(text.length), fc.string({ minLength: 1, maxLength: 3, unit: 'binary' })).map(([i, c]) => (s: string) => s.slice(0, i) + c + s.slice(i)),
      fc.tuple(fc.nat(text.length), fc.integer({ min: 1, max: 5 })).map(([i, n]) => (s: string) => s.slice(0, i) + s.slice(i + n)),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const mutated = edits.reduce((s, f) => f(s), text);
        checkAnswer(safely(mutated));
        checkAnswer(safely(new TextEncoder().encode(mutated)));
      }),
      { numRuns: 300 },
    );
  });

  it('the backup reader never throws either', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const r = parseBackupFile(text);
        expect(r.ok || r.errors.length > 0).toBe(true);
      }),
    );
  });

  it('survives pathologically deep nesting', () => {
    const deep = '['.repeat(200000);
    const r = safely(deep);
    expect(r.ok).toBe(false);
    const deepValid = '['.repeat(50000) + ']'.repeat(50000);
    expect(safely(deepValid).ok).toBe(false);
  });
});
