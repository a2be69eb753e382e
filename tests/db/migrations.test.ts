/**
 * Old data, new code: a Dexie version-1 database and a version-1 interchange file (frozen in
 * tests/fixtures) open with this app, and every field survives. Document schema migrations run
 * in order on load; a document newer than the app is left untouched (and opens read-only).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { importJourneyFile } from '../../src/app/reliability/backupService';
import { loadJourneyData } from '../../src/app/journeyService';
import { DB_VERSION, openDatabase, type TouchmapDatabase } from '../../src/db/database';
import { parseJourneyFile } from '../../src/io/format';
import { SCHEMA_VERSION, type JourneyData } from '../../src/domain/schema';
import { createHistory } from '../../src/store/history';
import { MIGRATION, docSchemaVersion, migrateDoc } from '../../src/store/migrations';
import { metaMap, readJourneyData, seedDoc, tableMap } from '../../src/store/ydoc';

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const expected = (): JourneyData => {
  const r = parseJourneyFile(fixture('format-v1/full-journey.json'));
  if (!r.ok) throw new Error('fixture must parse');
  return r.data;
};

/** Same order as the export, so deep equality compares content, not order. */
const sorted = (d: JourneyData): JourneyData => {
  const by = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    meta: d.meta,
    stages: by(d.stages),
    channels: by(d.channels),
    personas: by(d.personas),
    touchpoints: by(d.touchpoints),
    connections: by(d.connections),
    notes: by(d.notes),
    customControls: by(d.customControls),
    gapDecisions: by(d.gapDecisions),
  };
};

let db: TouchmapDatabase | undefined;
let n = 0;
afterEach(() => db?.close());

async function seedV1(name: string) {
  const dump = JSON.parse(fixture('db-v1/touchmap-db-v1.json'));
  const old = new Dexie(name);
  old.version(1).stores(dump.stores);
  await old.open();
  await old.table('journeys').bulkAdd(dump.journeys);
  await old.table('docUpdates').bulkAdd(
    dump.docUpdates.map((u: { seq: number; journeyId: string; update: string }) => ({ ...u, update: new Uint8Array(Buffer.from(u.update, 'base64')) })),
  );
  await old.table('prefs').bulkAdd(dump.prefs);
  old.close();
  return dump;
}

describe('Dexie schema upgrade 1 → 2', () => {
  it('opens a version-1 database and every journey, document field and preference survives', async () => {
    const name = `mig-${Date.now()}-${n++}`;
    const dump = await seedV1(name);
    db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    const data = await loadJourneyData(db, 'j_fixture_v1');
    expect(data).not.toBeNull();
    expect(sorted(data!)).toEqual(sorted(expected()));

    const rows = await db.journeys.toArray();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === 'j_fixture_v1')).toEqual(dump.journeys[0]);
    // The trashed journey stays in the trash; the upgrade fills the missing count.
    const trashed = rows.find((r) => r.id === 'j_fixture_trashed')!;
    expect(trashed.deletedAt).toBe('2026-11-20T00:00:00.000Z');
    expect(trashed.touchpointCount).toBe(0);
    expect(await db.prefs.get('lastBackupAt')).toEqual(dump.prefs[0]);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('interchange format version 1', () => {
  it('imports the v1 fixture with every field, into a journey that reads back identical', async () => {
    db = openDatabase(`fmt-${Date.now()}-${n++}`);
    const r = await importJourneyFile(db, fixture('format-v1/full-journey.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const back = await loadJourneyData(db, r.ids[0]);
    expect(sorted(back!)).toEqual(sorted(expected()));
    // Spot-check the optional fields the fixture exists for.
    const t = back!.touchpoints.find((x) => x.complaints.some((c) => c.category))!;
    expect(t.controls['cooling-off-notice']).toEqual({ status: 'not-applicable', reason: '不适用于短信', evidence: '法规解释' });
    expect(back!.meta.settings.snapToGrid).toBe(false);
    expect(back!.gapDecisions[0].ticket).toBe('RISK-42');
  });
});

describe('document schema migrations', () => {
  const docAt = (version: number) => {
    const doc = new Y.Doc();
    seedDoc(doc, { ...expected(), meta: { ...expected().meta, schemaVersion: version } });
    return doc;
  };

  it('leaves a current document alone', () => {
    const doc = docAt(SCHEMA_VERSION);
    const updates: unknown[] = [];
    doc.on('update', (_u: Uint8Array, origin: unknown) => updates.push(origin));
    expect(migrateDoc(doc)).toEqual({ state: 'current', version: SCHEMA_VERSION });
    expect(updates).toEqual([]);
  });

  it('runs each step from the stored version in order, in one transaction that is not undoable', () => {
    const doc = docAt(1);
    const history = createHistory(doc);
    const order: number[] = [];
    const origins: unknown[] = [];
    doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    const steps = {
      1: (d: Y.Doc) => {
        order.push(1);
        tableMap(d, 'touchpoints').forEach((rec) => rec.set('tags', [...((rec.get('tags') as string[]) ?? []), 'v2']));
      },
      2: (d: Y.Doc) => {
        order.push(2);
        metaMap(d).set('description', `${metaMap(d).get('description')} (v3)`);
      },
    };
    expect(migrateDoc(doc, steps, 3)).toEqual({ state: 'migrated', from: 1, to: 3 });
    expect(order).toEqual([1, 2]);
    expect(origins).toEqual([MIGRATION]);
    expect(docSchemaVersion(doc)).toBe(3);
    const data = readJourneyData(doc)!;
    expect(data.touchpoints.every((t) => t.tags.at(-1) === 'v2')).toBe(true);
    expect(data.meta.description.endsWith('(v3)')).toBe(true);
    expect(history.canUndo()).toBe(false);
  });

  it('refuses to touch a document newer than the app', () => {
    const doc = docAt(SCHEMA_VERSION + 1);
    const before = Y.encodeStateAsUpdate(doc);
    expect(migrateDoc(doc)).toEqual({ state: 'newer', version: SCHEMA_VERSION + 1 });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('reports a missing step instead of half-upgrading', () => {
    const doc = docAt(1);
    expect(migrateDoc(doc, {}, 2)).toMatchObject({ state: 'failed', from: 1 });
    expect(docSchemaVersion(doc)).toBe(1);
  });
});
