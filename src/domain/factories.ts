/** Record factories with every field set, so a record is created whole in one transaction. */
import { newId } from './ids';
import { initialKeys } from './order';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from './model';
import type {
  Connection,
  JourneyData,
  JourneyMeta,
  Note,
  Sector,
  Stage,
  Touchpoint,
} from './schema';

export interface NewJourneyInput {
  name: string;
  sector: Sector;
  /** Default lane names in the user's language. */
  stageNames: readonly string[];
  channelNames: readonly string[];
  now?: Date;
}

export const DEFAULT_STAGE_NAMES = { zh: ['认知', '咨询', '购买', '使用', '售后'], en: ['Awareness', 'Consideration', 'Purchase', 'Use', 'After-sale'] };
export const DEFAULT_CHANNEL_NAMES = { zh: ['网点', '手机银行', '客服热线'], en: ['Branch', 'App', 'Call centre'] };

export function makeMeta(name: string, sector: Sector, now = new Date()): JourneyMeta {
  return {
    id: newId('j'),
    name,
    description: '',
    sector,
    settings: structuredClone(DEFAULT_SETTINGS),
    schemaVersion: SCHEMA_VERSION,
    createdAt: now.toISOString(),
  };
}

export function makeNewJourney(input: NewJourneyInput): JourneyData {
  const stageKeys = initialKeys(input.stageNames.length);
  const channelKeys = initialKeys(input.channelNames.length);
  return {
    meta: makeMeta(input.name, input.sector, input.now),
    stages: input.stageNames.map((name, i): Stage => ({ id: newId('s'), name, order: stageKeys[i] })),
    channels: input.channelNames.map((name, i) => ({ id: newId('c'), name, order: channelKeys[i] })),
    personas: [],
    touchpoints: [],
    connections: [],
    notes: [],
    customControls: [],
    gapDecisions: [],
  };
}

/** Every touchpoint field but its identity and place, at its empty value. */
export function touchpointDefaults(): Omit<Touchpoint, 'id' | 'stageId' | 'channelId' | 'offset'> {
  return {
    title: '',
    description: '',
    kind: null,
    owner: '',
    complaints: [],
    risk: null,
    rights: [],
    controls: {},
    emotion: null,
    painPoints: '',
    tags: [],
    personaIds: [],
  };
}

export function makeTouchpoint(fields: Pick<Touchpoint, 'stageId' | 'channelId' | 'offset'> & Partial<Touchpoint>): Touchpoint {
  return { id: newId('t'), ...touchpointDefaults(), ...fields };
}

export function makeConnection(fields: Pick<Connection, 'source' | 'target'> & Partial<Connection>): Connection {
  return { id: newId('e'), label: '', kind: 'flow', ...fields };
}

export function makeNote(fields: Pick<Note, 'position'> & Partial<Note>): Note {
  return { id: newId('n'), text: '', color: 'yellow', ...fields };
}
