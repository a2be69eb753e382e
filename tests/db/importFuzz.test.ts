/**
 * Bad input never costs data: the journey-list import (parse + store into IndexedDB), fed
 * garbage and mutations of a valid file, never throws, never writes part of a journey — the
 * database is unchanged after a failed import — and always answers with a clear error (with a
 * path) or a journey that reads back valid.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadJourneyData } from '../../src/app/journeyService';
import { importJourneyFile, type ImportResult } from '../../src/app/reliability/backupService';
import { openDatabase, type TouchmapDatabase } from '../../src/db/database';
import { parseJourneyFile, serialiseJourney } from '../../src/io/format';
import { sampleJourney } from '../unit/io/sampleJourney';

let db: TouchmapDatabase;
beforeAll(() => {
  db = openDatabase(`fuzz-${Date.now()}`);
});
afterAll(() => db.close());

async function fingerprint() {
  const rows = await db.journeys.toArray();
  const updates = await db.docUpdates.toArray();
  return JSON.stringify({ rows, updates: updates.map((u) => [u.seq, u.journeyId, u.update.byteLength]) });
}

async function check(input: string | Uint8Array) {
  const before = await fingerprint();
  const count = await db.journeys.count();
  let result: ImportResult;
  try {
    result = await importJourneyFile(db, input);
  } catch (e) {
    throw new Error(`import threw: ${String(e)}`, { cause: e });
  }
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(typeof e.path).toBe('string');
      expect(e.message.en.length).toBeGreaterThan(3);
      expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await fingerprint()).toBe(before);
    return;
  }
  expect(await db.journeys.count()).toBe(count + 1);
  const stored = await loadJourneyData(db, result.ids[0]);
  expect(stored).not.toBeNull();
  // What was stored is a valid journey: its export reads back without errors.
  const again = parseJourneyFile(serialiseJourney(stored!));
  expect(again.ok).toBe(true);
}

const valid = JSON.parse(serialiseJourney(sampleJourney()));

type Path = (string | number)[];
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, Array.isArray(v) ? Number(k) : k], out);
  return out;
}
const ALL_PATHS = paths(valid).filter((p) => p.length > 0);

function mutate(path: Path, kind: 'replace' | 'delete' | 'duplicate', value: unknown): unknown {
  const copy = structuredClone(valid);
  let parent: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const key = path.at(-1)!;
  if (kind === 'replace') parent[key] = value;
  else if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
  else parent[key] = [parent[key], parent[key]];
  return copy;
}

describe('JSON import fuzzing', () => {
  it('survives garbage text and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.json({ maxDepth: 4 }),
          fc.uint8Array({ maxLength: 300 }),
          fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ format: 'touchmap', version: 1, journey: v })),
        ),
        (input) => check(input),
      ),
      { numRuns: 150 },
    );
  });

  it('survives mutations of a valid file: replaced, deleted and duplicated fields', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: ALL_PATHS.length - 1 }),
        fc.constantFrom('replace' as const, 'delete' as const, 'duplicate' as const),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', -1, 1e308, '<script>alert(1)</script>', '__proto__', null, [], {})),
        fc.boolean(),
        async (i, kind, value, truncate) => {
          const text = JSON.stringify(mutate(ALL_PATHS[i], kind, value));
          await check(truncate ? text.slice(0, Math.max(1, Math.floor(text.length * 0.9))) : text);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('imports the unmutated file', async () => {
    await check(JSON.stringify(valid));
  });
});
