/**
 * Backups and imports of whole journeys (the composition root, where io meets the database).
 * Every file is parsed and validated completely before anything is written, and all of its
 * journeys are stored in one transaction: a bad file changes nothing. Nothing is overwritten:
 * a journey whose id already exists on this device is stored under a new id.
 */
import * as Y from 'yjs';
import type { TouchmapDatabase } from '../../db/database';
import { createJourneyRecord } from '../../db/docStore';
import { PREF_LAST_BACKUP, setPref } from '../../db/prefs';
import { newId } from '../../domain/ids';
import type { JourneyData } from '../../domain/schema';
import { parseBackupFile, parseJourneyFile, serialiseBackup, type FileIssue } from '../../io/format';
import { FILE_MESSAGES } from '../../io/issues';
import { seedDoc } from '../../store/ydoc';
import { loadJourneyData } from '../journeyService';

export type ImportResult = { ok: true; ids: string[]; renamed: number; warnings: FileIssue[] } | { ok: false; errors: FileIssue[] };

/** Stores journeys as new documents, all or nothing; ids already present get new ones. */
export async function storeNewJourneys(db: TouchmapDatabase, list: readonly JourneyData[], now = new Date()): Promise<{ ids: string[]; renamed: number }> {
  const docs: Y.Doc[] = [];
  try {
    return await db.transaction('rw', db.journeys, db.docUpdates, async () => {
      const ids: string[] = [];
      let renamed = 0;
      const taken = new Set<string>();
      for (const data of list) {
        let id = data.meta.id;
        if (taken.has(id) || (await db.journeys.get(id))) {
          id = newId('j');
          renamed++;
        }
        taken.add(id);
        const stored: JourneyData = { ...data, meta: { ...data.meta, id } };
        const doc = new Y.Doc();
        docs.push(doc);
        seedDoc(doc, stored);
        await createJourneyRecord(
          db,
          {
            id,
            name: stored.meta.name,
            sector: stored.meta.sector,
            createdAt: stored.meta.createdAt,
            updatedAt: now.toISOString(),
            touchpointCount: stored.touchpoints.length,
            stageCount: stored.stages.length,
            channelCount: stored.channels.length,
          },
          doc,
        );
        ids.push(id);
      }
      return { ids, renamed };
    });
  } finally {
    docs.forEach((d) => d.destroy());
  }
}

async function storeResult(db: TouchmapDatabase, list: JourneyData[], warnings: FileIssue[]): Promise<ImportResult> {
  try {
    const { ids, renamed } = await storeNewJourneys(db, list);
    return { ok: true, ids, renamed, warnings };
  } catch (e) {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { ok: false, errors: [{ path: '', message: FILE_MESSAGES.notStored(message) }] };
  }
}

/** Imports one journey file (text or bytes) as a new journey. Never throws. */
export async function importJourneyFile(db: TouchmapDatabase, input: string | Uint8Array): Promise<ImportResult> {
  const parsed = parseJourneyFile(input);
  if (!parsed.ok) return parsed;
  return storeResult(db, [parsed.data], parsed.warnings);
}

/** Restores a backup file: adds its journeys (never replaces). Never throws. */
export async function restoreBackupFile(db: TouchmapDatabase, input: string | Uint8Array): Promise<ImportResult> {
  const parsed = parseBackupFile(input);
  if (!parsed.ok) return parsed;
  return storeResult(db, parsed.data, parsed.warnings);
}

/** The backup of every journey not in the trash, and the time it was made (stored on download). */
export async function makeBackup(db: TouchmapDatabase): Promise<{ text: string; count: number }> {
  const rows = (await db.journeys.orderBy('updatedAt').reverse().toArray()).filter((r) => !r.deletedAt);
  const list: JourneyData[] = [];
  for (const r of rows) {
    const data = await loadJourneyData(db, r.id);
    if (data) list.push(data);
  }
  return { text: serialiseBackup(list), count: list.length };
}

export async function recordBackup(db: TouchmapDatabase, at = new Date()): Promise<void> {
  await setPref(db, PREF_LAST_BACKUP, at.toISOString());
}
