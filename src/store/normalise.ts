/**
 * Reads a record from the document leniently: missing fields get their defaults, so a record
 * written by an older app, another tab or a peer never breaks the view. Validation with clear
 * errors happens at the import boundary (io), not here.
 */
import { touchpointDefaults } from '../domain/factories';
import { DEFAULT_GAP_THRESHOLDS, DEFAULT_RISK_BANDS, DEFAULT_SETTINGS, SCHEMA_VERSION, SECTORS } from '../domain/model';
import { attachDigest } from '../domain/gaps/digest';
import type { JourneyMeta, RiskBands, Sector, TableName, TableRecords, Touchpoint } from '../domain/schema';

const DEFAULTS: { [T in TableName]: Omit<TableRecords[T], 'id'> } = {
  stages: { name: '', order: 'a0' },
  channels: { name: '', order: 'a0' },
  personas: { name: '', description: '' },
  touchpoints: { ...touchpointDefaults(), stageId: '', channelId: '', offset: { x: 20, y: 20 } },
  connections: { source: '', target: '', label: '', kind: 'flow' },
  notes: { text: '', position: { x: 0, y: 0 }, color: 'yellow' },
  customControls: {
    name: { zh: '', en: '' },
    description: { zh: '', en: '' },
    rights: [],
    kinds: [],
    sector: 'both',
    severity: 'medium',
    basis: '',
  },
  gapDecisions: {
    touchpointId: '',
    rule: '',
    controlId: null,
    accepted: false,
    reason: '',
    owner: '',
    dueDate: '',
    ticket: '',
    decidedAt: '',
  },
};

/** A record with every field; a touchpoint with its gap-analysis digest (`touchpointRecord`). */
export function normaliseRecord<T extends TableName>(table: T, raw: Record<string, unknown>): TableRecords[T] {
  if (table === 'touchpoints') return touchpointRecord(raw) as TableRecords[T];
  return { ...DEFAULTS[table], ...raw } as TableRecords[T];
}

/**
 * A touchpoint record, with its digest made as it is read: once per record version, beside the
 * record (`domain/gaps/digest.ts`). Built as one object literal with every field (the defaults of
 * `DEFAULTS.touchpoints`; a test holds them equal), with the document's fields assigned into it
 * — not `{ ...defaults, ...raw }`: V8 gives an object made by spread a hidden class outside its
 * transition tree, so adding the digest to such objects gave every record a class of its own,
 * and every read of a record's fields, anywhere in the app, had to look it up the slow way.
 */
function touchpointRecord(raw: Record<string, unknown>): Touchpoint {
  const record: Touchpoint = {
    id: '',
    title: '',
    description: '',
    kind: null,
    stageId: '',
    channelId: '',
    offset: DEFAULT_OFFSET,
    owner: '',
    complaints: NONE,
    risk: null,
    rights: NONE,
    controls: NO_CONTROLS,
    emotion: null,
    painPoints: '',
    tags: NONE,
    personaIds: NONE,
  };
  return attachDigest(Object.assign(record, raw));
}

// Shared frozen defaults: a record's fields are never mutated, and a record without them should not cost an array each.
const DEFAULT_OFFSET = Object.freeze({ x: 20, y: 20 });
const NONE = Object.freeze([]) as never[];
const NO_CONTROLS = Object.freeze({}) as Touchpoint['controls'];

/**
 * Reads the journey's meta leniently, like records: a document whose meta lacks a field (an
 * older app, a peer mid-way) or holds a setting out of range still opens, with the default in
 * its place. Only a document without an id is not a journey (null). Typed settings are
 * validated where they are edited (the journey panel) and at import.
 */
export function normaliseMeta(raw: Record<string, unknown>): JourneyMeta | null {
  if (typeof raw.id !== 'string' || raw.id === '') return null;
  const settings = asObject(raw.settings);
  const thresholds = asObject(settings.gapThresholds);
  const gapThresholds = { ...DEFAULT_GAP_THRESHOLDS };
  for (const key of Object.keys(gapThresholds) as (keyof typeof gapThresholds)[]) {
    const v = thresholds[key];
    if (typeof v === 'number' && Number.isFinite(v)) gapThresholds[key] = v;
  }
  const meta: JourneyMeta = {
    id: raw.id,
    name: asString(raw.name),
    description: asString(raw.description),
    sector: SECTORS.includes(raw.sector as Sector) ? (raw.sector as Sector) : 'both',
    settings: {
      complaintPeriod: settings.complaintPeriod === 'quarter' ? 'quarter' : DEFAULT_SETTINGS.complaintPeriod,
      riskBands: risingBands(settings.riskBands) ?? DEFAULT_RISK_BANDS,
      gapThresholds,
      snapToGrid: typeof settings.snapToGrid === 'boolean' ? settings.snapToGrid : DEFAULT_SETTINGS.snapToGrid,
    },
    schemaVersion: Number.isInteger(raw.schemaVersion) && (raw.schemaVersion as number) >= 1 ? (raw.schemaVersion as number) : SCHEMA_VERSION,
    createdAt: asString(raw.createdAt),
  };
  if (typeof settings.monthsUnknown === 'boolean') meta.settings.monthsUnknown = settings.monthsUnknown;
  return meta;
}

function risingBands(v: unknown): RiskBands | null {
  const b = asObject(v);
  const ok = [b.low, b.medium, b.high].every((n) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 25);
  if (!ok) return null;
  const bands = { low: b.low as number, medium: b.medium as number, high: b.high as number };
  return bands.low < bands.medium && bands.medium < bands.high && bands.high < 25 ? bands : null;
}

function asObject(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function asString(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
