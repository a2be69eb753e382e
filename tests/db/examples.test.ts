/** Opening an example stores an editable copy: a new journey id, every record kept, the example untouched. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLES, exampleCopy, loadExample, openExample } from '../../src/app/examples/exampleCatalogue';
import { loadJourneyData } from '../../src/app/journeyService';
import { openDatabase, type TouchmapDatabase } from '../../src/db/database';

let db: TouchmapDatabase;
let n = 0;
afterEach(() => db?.close());

describe('examples in the app', () => {
  it('every example in the index loads and validates', async () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(4);
    for (const e of EXAMPLES) {
      const data = await loadExample(e);
      expect(data.touchpoints.length, e.id).toBe(e.touchpoints);
      expect(data.meta.name).toBe(e.name);
      expect(data.meta.sector).toBe(e.sector);
    }
  });

  it('a copy has its own id and creation time and keeps every record', async () => {
    const data = await loadExample(EXAMPLES[0]);
    const copy = exampleCopy(data, new Date('2027-01-02T03:04:05.000Z'));
    expect(copy.meta.id).not.toBe(data.meta.id);
    expect(copy.meta.createdAt).toBe('2027-01-02T03:04:05.000Z');
    expect({ ...copy, meta: null }).toEqual({ ...data, meta: null });
    expect(exampleCopy(data).meta.id).not.toBe(copy.meta.id);
  });

  it('opening one stores a new journey with its list row; opening it again makes another', async () => {
    db = openDatabase(`examples-${Date.now()}-${n++}`);
    const entry = EXAMPLES[1];
    const a = await openExample(db, entry);
    const b = await openExample(db, entry);
    expect(a).not.toBe(b);
    const row = await db.journeys.get(a);
    expect(row).toMatchObject({ name: entry.name, sector: entry.sector, touchpointCount: entry.touchpoints, stageCount: entry.stages, channelCount: entry.channels });
    const stored = await loadJourneyData(db, a);
    const original = await loadExample(entry);
    expect(stored?.touchpoints.length).toBe(original.touchpoints.length);
    expect(stored?.gapDecisions).toEqual(expect.arrayContaining(original.gapDecisions));
    expect(await db.journeys.count()).toBe(2);
  });

  it('says what is wrong when an example file is missing', async () => {
    await expect(loadExample({ file: 'no-such-example.json' })).rejects.toThrow(/no example file/);
  });
});
