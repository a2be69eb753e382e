/**
 * Journey-level operations of the journey list. This is where the store's document helpers
 * and the database meet (the composition root), so neither imports the other.
 */
import * as Y from 'yjs';
import type { TouchmapDatabase, JourneyRow } from '../db/database';
import { appendUpdate, createJourneyRecord, loadDocInto } from '../db/docStore';
import { DEFAULT_CHANNEL_NAMES, DEFAULT_STAGE_NAMES, makeNewJourney } from '../domain/factories';
import { newId } from '../domain/ids';
import type { JourneyData, Sector } from '../domain/schema';
import { metaMap, readJourneyData, seedDoc } from '../store/ydoc';
import type { DocumentView } from '../store/documentView';

export function summariseView(view: Pick<DocumentView, 'meta' | 'touchpoints' | 'stages' | 'channels'>): Partial<JourneyRow> {
  return {
    ...(view.meta ? { name: view.meta.name, sector: view.meta.sector } : {}),
    touchpointCount: Object.keys(view.touchpoints).length,
    stageCount: Object.keys(view.stages).length,
    channelCount: Object.keys(view.channels).length,
  };
}

function rowFor(data: JourneyData, now = new Date()): JourneyRow {
  return {
    id: data.meta.id,
    name: data.meta.name,
    sector: data.meta.sector,
    createdAt: data.meta.createdAt,
    updatedAt: now.toISOString(),
    touchpointCount: data.touchpoints.length,
    stageCount: data.stages.length,
    channelCount: data.channels.length,
  };
}

/** Stores a whole journey as a new document and list row. */
export async function addJourney(db: TouchmapDatabase, data: JourneyData): Promise<string> {
  const doc = new Y.Doc();
  seedDoc(doc, data);
  await createJourneyRecord(db, rowFor(data), doc);
  doc.destroy();
  return data.meta.id;
}

export async function createJourney(db: TouchmapDatabase, name: string, sector: Sector, lang: 'zh' | 'en'): Promise<string> {
  const data = makeNewJourney({ name, sector, stageNames: DEFAULT_STAGE_NAMES[lang], channelNames: DEFAULT_CHANNEL_NAMES[lang] });
  return addJourney(db, data);
}

export async function loadJourneyData(db: TouchmapDatabase, id: string): Promise<JourneyData | null> {
  const doc = new Y.Doc();
  try {
    await loadDocInto(db, id, doc);
    return readJourneyData(doc);
  } finally {
    doc.destroy();
  }
}

export async function duplicateJourney(db: TouchmapDatabase, id: string, suffix: string): Promise<string | null> {
  const data = await loadJourneyData(db, id);
  if (!data) return null;
  const copy: JourneyData = {
    ...data,
    meta: { ...data.meta, id: newId('j'), name: `${data.meta.name} ${suffix}`.trim(), createdAt: new Date().toISOString() },
  };
  return addJourney(db, copy);
}

/** Renames from the list: one small document update, written with the list row. */
export async function renameJourney(db: TouchmapDatabase, id: string, name: string): Promise<void> {
  const doc = new Y.Doc();
  try {
    await loadDocInto(db, id, doc);
    let update: Uint8Array | null = null;
    doc.on('update', (u: Uint8Array) => (update = u));
    doc.transact(() => metaMap(doc).set('name', name), 'list');
    if (update) await appendUpdate(db, id, update, { name, updatedAt: new Date().toISOString() });
  } finally {
    doc.destroy();
  }
}

/** Moves a journey to the trash (restorable for 30 days). */
export async function trashJourney(db: TouchmapDatabase, id: string): Promise<void> {
  await db.journeys.update(id, { deletedAt: new Date().toISOString() });
}
