/**
 * The example journeys offered on the journey list. The index (names, sector, size) is small and
 * bundled; each journey's JSON is loaded only when it is opened (its own chunk), validated like
 * any imported file, and stored as a new journey: the user edits a copy, never the example.
 */
import type { TouchmapDatabase } from '../../db/database';
import { newId } from '../../domain/ids';
import type { Bilingual, JourneyData, Sector } from '../../domain/schema';
import { issueLine, parseJourneyFile } from '../../io/format';
import { addJourney } from '../journeyService';
import index from '../../../examples/index.json';

export interface ExampleEntry {
  id: string;
  file: string;
  name: string;
  nameEn: string;
  summary: Bilingual;
  sector: Sector;
  touchpoints: number;
  stages: number;
  channels: number;
}

export const EXAMPLES: readonly ExampleEntry[] = index as ExampleEntry[];

const LOADERS = import.meta.glob<string>(['../../../examples/*.json', '!**/index.json'], { query: '?raw', import: 'default' });

/** An example that cannot be opened; `text` says why in both languages (the message is English). */
export class ExampleError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

/** Loads and validates an example; throws `ExampleError` saying what is wrong. */
export async function loadExample(entry: Pick<ExampleEntry, 'file'>): Promise<JourneyData> {
  const load = LOADERS[`../../../examples/${entry.file}`];
  if (!load) throw new ExampleError({ zh: `没有示例文件 ${entry.file}`, en: `no example file ${entry.file}` });
  const parsed = parseJourneyFile(await load());
  if (!parsed.ok) {
    const all = (lang: 'zh' | 'en') => parsed.errors.map((e) => issueLine(e, lang)).join(lang === 'zh' ? '；' : '; ');
    throw new ExampleError({ zh: all('zh'), en: all('en') });
  }
  return parsed.data;
}

/** A new journey made from an example: its own id and creation time, every record kept. */
export function exampleCopy(data: JourneyData, now = new Date()): JourneyData {
  return { ...data, meta: { ...data.meta, id: newId('j'), createdAt: now.toISOString() } };
}

/** Stores an editable copy of the example; returns the new journey's id. */
export async function openExample(db: TouchmapDatabase, entry: Pick<ExampleEntry, 'file'>): Promise<string> {
  return addJourney(db, exampleCopy(await loadExample(entry)));
}
