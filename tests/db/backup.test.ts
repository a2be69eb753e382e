/**
 * Backups the user controls, and the journey-list import: a backup holds every journey not in
 * the trash; restoring adds journeys (an id that exists gets a new one, nothing is
 * overwritten); a bad file stores nothing and says where each problem is.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addJourney, loadJourneyData, trashJourney } from '../../src/app/journeyService';
import { importJourneyFile, makeBackup, recordBackup, restoreBackupFile } from '../../src/app/reliability/backupService';
import { openDatabase, type TouchmapDatabase } from '../../src/db/database';
import { PREF_LAST_BACKUP, getPref } from '../../src/db/prefs';
import { parseBackupFile, serialiseBackup, serialiseJourney } from '../../src/io/format';
import { sampleJourney } from '../unit/io/sampleJourney';
import { newJourneyData } from '../helpers/journey';

let db: TouchmapDatabase;
let n = 0;
const fresh = () => (db = openDatabase(`backup-${Date.now()}-${n++}`));
afterEach(() => db?.close());

async function dump(d: TouchmapDatabase) {
  return {
    journeys: await d.journeys.toArray(),
    docUpdates: (await d.docUpdates.toArray()).map((r) => ({ ...r, update: Array.from(r.update) })),
    snapshots: await d.snapshots.count(),
  };
}

describe('backup', () => {
  it('holds every journey not in the trash, losslessly, and records when it was made', async () => {
    fresh();
    const a = sampleJourney();
    const b = newJourneyData('第二个旅程');
    const c = newJourneyData('Deleted');
    for (const j of [a, b, c]) await addJourney(db, j);
    await trashJourney(db, c.meta.id);
    const { text, count } = await makeBackup(db);
    expect(count).toBe(2);
    const parsed = parseBackupFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.map((j) => j.meta.id).sort()).toEqual([a.meta.id, b.meta.id].sort());
    // Lossless: the backup of a journey is exactly its export.
    const back = parsed.data.find((j) => j.meta.id === a.meta.id)!;
    expect(serialiseJourney(back)).toBe(serialiseJourney(a));

    expect(await getPref(db, PREF_LAST_BACKUP)).toBeUndefined();
    await recordBackup(db, new Date('2026-11-29T10:00:00Z'));
    expect(await getPref(db, PREF_LAST_BACKUP)).toBe('2026-11-29T10:00:00.000Z');
  });
});

describe('restore', () => {
  it('adds journeys; an id that exists gets a new id and the existing journey is untouched', async () => {
    fresh();
    const existing = sampleJourney();
    await addJourney(db, existing);
    const before = await dump(db);
    const edited = { ...sampleJourney(), meta: { ...sampleJourney().meta, name: 'from the backup' } };
    const other = newJourneyData('Only in the backup');
    const r = await restoreBackupFile(db, serialiseBackup([edited, other]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ids).toHaveLength(2);
    expect(r.renamed).toBe(1);
    expect(r.ids[0]).not.toBe(existing.meta.id);
    expect(r.ids[1]).toBe(other.meta.id);
    // Nothing overwritten: the existing journey's row and document are exactly as before.
    const after = await dump(db);
    expect(after.journeys.find((j) => j.id === existing.meta.id)).toEqual(before.journeys[0]);
    expect(after.docUpdates.filter((u) => u.journeyId === existing.meta.id)).toEqual(before.docUpdates);
    expect((await loadJourneyData(db, existing.meta.id))!.meta.name).toBe(existing.meta.name);
    const copy = (await loadJourneyData(db, r.ids[0]))!;
    expect(copy.meta.name).toBe('from the backup');
    expect(copy.meta.id).toBe(r.ids[0]);
    expect(copy.touchpoints).toEqual(expect.arrayContaining(existing.touchpoints));
  });

  it('restoring the same backup twice keeps both copies', async () => {
    fresh();
    const text = serialiseBackup([sampleJourney()]);
    await restoreBackupFile(db, text);
    const second = await restoreBackupFile(db, text);
    expect(second.ok && second.renamed).toBe(1);
    expect(await db.journeys.count()).toBe(2);
  });

  it('stores nothing when one journey of the backup is invalid, and names the path of each problem', async () => {
    fresh();
    await addJourney(db, newJourneyData('Already here'));
    const before = await dump(db);
    const good = JSON.parse(serialiseJourney(newJourneyData('good')));
    const bad = JSON.parse(serialiseJourney(sampleJourney()));
    bad.touchpoints[0].risk.likelihood = 9;
    delete bad.stages[0].name;
    const r = await restoreBackupFile(db, JSON.stringify({ format: 'touchmap-backup', version: 1, journeys: [good, bad] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toContain('journeys[1].touchpoints[0].risk.likelihood');
    expect(paths).toContain('journeys[1].stages[0].name');
    expect(await dump(db)).toEqual(before);
  });

  it('stores nothing when the database refuses part of the write', async () => {
    fresh();
    const before = await dump(db);
    const list = [newJourneyData('one'), newJourneyData('two'), newJourneyData('three')];
    let calls = 0;
    const orig = db.docUpdates.add.bind(db.docUpdates);
    db.docUpdates.add = ((row: Parameters<typeof orig>[0]) => {
      if (++calls === 3) return Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }));
      return orig(row);
    }) as typeof db.docUpdates.add;
    const r = await restoreBackupFile(db, serialiseBackup(list));
    expect(r.ok).toBe(false);
    expect(await dump(db)).toEqual(before);
  });
});

describe('journey-list import', () => {
  it('creates a new journey from a file, under a new id when the id exists', async () => {
    fresh();
    const text = serialiseJourney(sampleJourney());
    const first = await importJourneyFile(db, text);
    const second = await importJourneyFile(db, new TextEncoder().encode(text));
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.ids[0]).toBe('j_sample');
    expect(second.ids[0]).not.toBe('j_sample');
    expect(second.renamed).toBe(1);
    expect((await db.journeys.get(second.ids[0]))!.touchpointCount).toBe(sampleJourney().touchpoints.length);
  });

  it('refuses a backup file, a broken file and a wrong file with their paths, storing nothing', async () => {
    fresh();
    const cases: [string, string][] = [
      [serialiseBackup([sampleJourney()]), 'format'],
      ['{"format":"touchmap","version":1,"journey":{"id":""}}', 'journey.id'],
      ['{ not json', ''],
      ['{"format":"touchmap","version":7}', 'version'],
    ];
    for (const [text, path] of cases) {
      const r = await importJourneyFile(db, text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
    }
    expect(await db.journeys.count()).toBe(0);
    expect(await db.docUpdates.count()).toBe(0);
  });
});
