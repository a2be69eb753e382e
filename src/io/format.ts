/**
 * The interchange format, version 1 (frozen): one JSON envelope per journey, and a backup
 * envelope holding many. It is the lossless export, the import, the examples' format and the
 * input of the `touchmap` command. See docs/format.md.
 *
 * Reading never throws: every problem — size, encoding, JSON syntax, wrong format or version,
 * schema, ids, references — comes back as `{ path, message }` before any data is handed out, the
 * message in Chinese and English (`src/io/issueMessages.ts`).
 */
import * as z from 'zod/mini';
import { sortLanes } from '../domain/order';
import {
  connectionSchema,
  customControlSchema,
  gapDecisionSchema,
  journeyMetaSchema,
  laneSchema,
  noteSchema,
  personaSchema,
  touchpointSchema,
  type Channel,
  type Connection,
  type CustomControl,
  type GapDecision,
  type JourneyData,
  type JourneyMeta,
  type Note,
  type Persona,
  type Stage,
  type Touchpoint,
} from '../domain/schema';
import { canonical, compareCodeUnits } from './canonical';
import { checkIntegrity, findForbiddenKeys } from './integrity';
import { FILE_MESSAGES as M } from './issueMessages';
import { capIssues, fromZodIssues, zodErrorMap, type FileIssue } from './issues';
import { MB, decodeText, parseJsonText } from './text';

export { issueLine, type FileIssue, type IssueLang } from './issues';

export const FORMAT_ID = 'touchmap';
export const BACKUP_FORMAT_ID = 'touchmap-backup';
/** The version this app writes. Every older version is read through `upgradeEnvelope`. */
export const FORMAT_VERSION = 1;
export const BACKUP_VERSION = 1;
export const MAX_JOURNEY_FILE_BYTES = 20 * MB;
export const MAX_BACKUP_FILE_BYTES = 100 * MB;

export interface JourneyEnvelope {
  format: typeof FORMAT_ID;
  version: typeof FORMAT_VERSION;
  journey: JourneyMeta;
  stages: Stage[];
  channels: Channel[];
  personas: Persona[];
  touchpoints: Touchpoint[];
  connections: Connection[];
  notes: Note[];
  /** The journey's own controls (the built-in catalogue is not exported). */
  controls: CustomControl[];
  gapDecisions: GapDecision[];
}

export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT_ID;
  version: typeof BACKUP_VERSION;
  journeys: JourneyEnvelope[];
}

export type ParseResult<T> = { ok: true; data: T; warnings: FileIssue[] } | { ok: false; errors: FileIssue[] };

export interface ParseOptions {
  /** Files larger than this are refused before they are parsed. */
  maxBytes?: number;
}

/** The envelope body as read: tables may be left out of a hand-written file (read as empty). */
const envelopeBodySchema = z.object({
  journey: journeyMetaSchema,
  stages: z.optional(z.array(laneSchema)),
  channels: z.optional(z.array(laneSchema)),
  personas: z.optional(z.array(personaSchema)),
  touchpoints: z.optional(z.array(touchpointSchema)),
  connections: z.optional(z.array(connectionSchema)),
  notes: z.optional(z.array(noteSchema)),
  controls: z.optional(z.array(customControlSchema)),
  gapDecisions: z.optional(z.array(gapDecisionSchema)),
});

/** The complete written envelope, for canonical key order on export. */
const envelopeSchema = z.object({
  format: z.literal(FORMAT_ID),
  version: z.literal(FORMAT_VERSION),
  ...envelopeBodySchema.shape,
});

const KNOWN_KEYS = new Set(Object.keys(envelopeSchema.shape));

const byId = <T extends { id: string }>(records: readonly T[]): T[] => [...records].sort((a, b) => compareCodeUnits(a.id, b.id));

// ---------------------------------------------------------------------------------------------
// Writing

/** The envelope of a journey, in canonical order: lanes by their order key, other records by id. */
export function toEnvelope(data: JourneyData): JourneyEnvelope {
  const envelope = {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    journey: data.meta,
    stages: sortLanes(data.stages),
    channels: sortLanes(data.channels),
    personas: byId(data.personas),
    touchpoints: byId(data.touchpoints),
    connections: byId(data.connections),
    notes: byId(data.notes),
    controls: byId(data.customControls),
    gapDecisions: byId(data.gapDecisions),
  };
  return canonical(envelopeSchema, envelope) as JourneyEnvelope;
}

/** Pretty, deterministic JSON: export → import → export gives the same bytes. */
export function serialiseJourney(data: JourneyData): string {
  return `${JSON.stringify(toEnvelope(data), null, 2)}\n`;
}

export function toBackupEnvelope(list: readonly JourneyData[]): BackupEnvelope {
  return { format: BACKUP_FORMAT_ID, version: BACKUP_VERSION, journeys: list.map(toEnvelope) };
}

/** A backup of many journeys, in the order given. */
export function serialiseBackup(list: readonly JourneyData[]): string {
  return `${JSON.stringify(toBackupEnvelope(list), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Upgrading

type RawEnvelope = Record<string, unknown>;

/**
 * `UPGRADES[n]` turns a version-n envelope into version n+1. Version 1 is the first, so the
 * table is empty; a version 2 adds `1: (v1) => v2` here and never changes how v1 is read.
 */
const UPGRADES: Readonly<Record<number, (raw: RawEnvelope) => RawEnvelope>> = {};

export type UpgradeResult = { ok: true; envelope: RawEnvelope; fromVersion: number } | { ok: false; errors: FileIssue[] };

/** Brings an envelope of any known version up to `FORMAT_VERSION`. */
export function upgradeEnvelope(raw: RawEnvelope, prefix = ''): UpgradeResult {
  const path = prefix ? `${prefix}.version` : 'version';
  const version = raw.version;
  if (version === undefined) return { ok: false, errors: [{ path, message: M.versionMissing() }] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [{ path, message: M.versionInvalid(version) }] };
  }
  if (version > FORMAT_VERSION) {
    return { ok: false, errors: [{ path, message: M.versionNewer(version, FORMAT_VERSION) }] };
  }
  let envelope = raw;
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = UPGRADES[v];
    if (!step) return { ok: false, errors: [{ path, message: M.noUpgrade(v) }] };
    envelope = { ...step(envelope), version: v + 1 };
  }
  return { ok: true, envelope, fromVersion: version };
}

// ---------------------------------------------------------------------------------------------
// Reading

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const fail = (errors: FileIssue[]): { ok: false; errors: FileIssue[] } => ({ ok: false, errors: capIssues(errors) });

/** Validates one journey envelope (already JSON-parsed); `prefix` names it inside a backup. */
export function validateEnvelope(raw: unknown, prefix = ''): ParseResult<JourneyData> {
  const here = (field: string) => (prefix ? `${prefix}.${field}` : field);
  if (!isPlainObject(raw)) {
    return fail([{ path: prefix, message: M.notJourneyObject(raw) }]);
  }
  if (raw.format !== FORMAT_ID) {
    if (raw.format === BACKUP_FORMAT_ID && !prefix) {
      return fail([{ path: 'format', message: M.backupAsJourney() }]);
    }
    return fail([{ path: here('format'), message: M.notJourneyFile(FORMAT_ID, raw.format) }]);
  }
  const upgraded = upgradeEnvelope(raw, prefix);
  if (!upgraded.ok) return fail(upgraded.errors);
  const envelope = upgraded.envelope;

  const forbidden = findForbiddenKeys(envelope, prefix);
  if (forbidden.length) return fail(forbidden);

  const parsed = envelopeBodySchema.safeParse(envelope, { reportInput: true, error: zodErrorMap });
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, prefix));
  const body = parsed.data;
  const data: JourneyData = {
    meta: body.journey,
    stages: body.stages ?? [],
    channels: body.channels ?? [],
    personas: body.personas ?? [],
    touchpoints: body.touchpoints ?? [],
    connections: body.connections ?? [],
    notes: body.notes ?? [],
    customControls: body.controls ?? [],
    gapDecisions: body.gapDecisions ?? [],
  };
  const { errors, warnings } = checkIntegrity(data, prefix);
  if (errors.length) return fail(errors);
  for (const key of Object.keys(envelope)) {
    if (!KNOWN_KEYS.has(key)) warnings.push({ path: here(key), message: M.ignoredField(FORMAT_VERSION) });
  }
  return { ok: true, data, warnings };
}

function guard<T>(fn: () => ParseResult<T>): ParseResult<T> {
  try {
    return fn();
  } catch (e) {
    // A reader that throws would leave the user with nothing; an error result says what happened.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ path: '', message: M.readFailed(detail) }] };
  }
}

/** Reads a journey file (text or bytes). Never throws. */
export function parseJourneyFile(input: string | Uint8Array, opts: ParseOptions = {}): ParseResult<JourneyData> {
  return guard(() => {
    const decoded = decodeText(input, opts.maxBytes ?? MAX_JOURNEY_FILE_BYTES);
    if (!decoded.ok) return decoded;
    const json = parseJsonText(decoded.text);
    if (!json.ok) return json;
    return validateEnvelope(json.value);
  });
}

/** Reads a backup file; errors name the journey: `journeys[2].touchpoints[0].title`. Never throws. */
export function parseBackupFile(input: string | Uint8Array, opts: ParseOptions = {}): ParseResult<JourneyData[]> {
  return guard(() => {
    const decoded = decodeText(input, opts.maxBytes ?? MAX_BACKUP_FILE_BYTES);
    if (!decoded.ok) return decoded;
    const json = parseJsonText(decoded.text);
    if (!json.ok) return json;
    const raw = json.value;
    if (!isPlainObject(raw)) return fail([{ path: '', message: M.notBackupObject(raw) }]);
    if (raw.format !== BACKUP_FORMAT_ID) {
      if (raw.format === FORMAT_ID) return fail([{ path: 'format', message: M.journeyAsBackup() }]);
      return fail([{ path: 'format', message: M.notBackupFile(BACKUP_FORMAT_ID, raw.format) }]);
    }
    if (raw.version !== BACKUP_VERSION) {
      const newer = typeof raw.version === 'number' && raw.version > BACKUP_VERSION;
      return fail([{ path: 'version', message: newer ? M.backupNewer(raw.version as number, BACKUP_VERSION) : M.backupVersion(BACKUP_VERSION, raw.version) }]);
    }
    if (!Array.isArray(raw.journeys)) {
      return fail([{ path: 'journeys', message: M.journeysNotList(raw.journeys) }]);
    }
    const errors: FileIssue[] = [];
    const warnings: FileIssue[] = [];
    const journeys: JourneyData[] = [];
    raw.journeys.forEach((j, i) => {
      const r = validateEnvelope(j, `journeys[${i}]`);
      if (r.ok) {
        journeys.push(r.data);
        warnings.push(...r.warnings);
      } else errors.push(...r.errors);
    });
    // All or nothing: a restore that silently skipped a journey would lose it.
    if (errors.length) return fail(errors);
    return { ok: true, data: journeys, warnings };
  });
}
