/**
 * Checks zod cannot express on one record: ids unique within and across tables, and every
 * reference pointing at a record that exists. Runs on data that already passed the schemas.
 */
import { findKind } from '../domain/catalogue/kinds';
import { decisionKey } from '../domain/gaps';
import { SCHEMA_VERSION, TABLES, type JourneyData, type TableName } from '../domain/schema';
import { FILE_MESSAGES as M } from './issueMessages';
import { formatPath, type FileIssue } from './issues';

/** The envelope's name of each document table (the journey's custom controls are `controls`). */
export const ENVELOPE_TABLE: Record<TableName, string> = {
  stages: 'stages',
  channels: 'channels',
  personas: 'personas',
  touchpoints: 'touchpoints',
  connections: 'connections',
  notes: 'notes',
  customControls: 'controls',
  gapDecisions: 'gapDecisions',
};

const join = (prefix: string, rest: string) => (prefix ? `${prefix}.${rest}` : rest);

export function checkIntegrity(data: JourneyData, prefix = ''): { errors: FileIssue[]; warnings: FileIssue[] } {
  const errors: FileIssue[] = [];
  const warnings: FileIssue[] = [];
  const at = (table: TableName, i: number, field: string) => join(prefix, `${ENVELOPE_TABLE[table]}[${i}]${field ? `.${field}` : ''}`);

  const owner = new Map<string, string>();
  for (const table of TABLES) {
    (data[table] as { id: string }[]).forEach((rec, i) => {
      const here = `${ENVELOPE_TABLE[table]}[${i}]`;
      const first = owner.get(rec.id);
      if (first === undefined) owner.set(rec.id, here);
      else if (first.startsWith(`${ENVELOPE_TABLE[table]}[`)) errors.push({ path: at(table, i, 'id'), message: M.duplicateId(rec.id, first) });
      else errors.push({ path: at(table, i, 'id'), message: M.idTaken(rec.id, first) });
    });
  }

  const ids = (table: TableName) => new Set((data[table] as { id: string }[]).map((r) => r.id));
  const stages = ids('stages');
  const channels = ids('channels');
  const personas = ids('personas');
  const touchpoints = ids('touchpoints');
  const missing = M.noSuchRecord;
  const customKinds = new Set(data.customControls.flatMap((c) => c.kinds));

  data.touchpoints.forEach((t, i) => {
    if (!stages.has(t.stageId)) errors.push({ path: at('touchpoints', i, 'stageId'), message: missing('stage', t.stageId) });
    if (!channels.has(t.channelId)) errors.push({ path: at('touchpoints', i, 'channelId'), message: missing('channel', t.channelId) });
    t.personaIds.forEach((p, j) => {
      if (!personas.has(p)) errors.push({ path: at('touchpoints', i, `personaIds[${j}]`), message: missing('persona', p) });
    });
    if (t.kind !== null && !findKind(t.kind) && !customKinds.has(t.kind)) {
      warnings.push({ path: at('touchpoints', i, 'kind'), message: M.unknownKind(t.kind) });
    }
  });
  data.connections.forEach((c, i) => {
    if (!touchpoints.has(c.source)) errors.push({ path: at('connections', i, 'source'), message: missing('touchpoint', c.source) });
    if (!touchpoints.has(c.target)) errors.push({ path: at('connections', i, 'target'), message: missing('touchpoint', c.target) });
  });
  data.gapDecisions.forEach((d, i) => {
    if (!touchpoints.has(d.touchpointId)) {
      errors.push({ path: at('gapDecisions', i, 'touchpointId'), message: missing('touchpoint', d.touchpointId) });
    }
    const key = decisionKey(d);
    // The analysis matches decisions by their fields, so a stale id costs nothing: say so, keep it.
    if (d.id !== key) {
      warnings.push({ path: at('gapDecisions', i, 'id'), message: M.decisionId(key, d.id) });
    }
  });
  if (data.meta.schemaVersion > SCHEMA_VERSION) {
    warnings.push({
      path: formatPath(['schemaVersion'], join(prefix, 'journey')),
      message: M.newerDocument(data.meta.schemaVersion, SCHEMA_VERSION),
    });
  }
  return { errors, warnings };
}

/** Keys that would reach an object's prototype if copied naively; a Touchmap file never has them. */
export function findForbiddenKeys(raw: unknown, prefix = '', limit = 5): FileIssue[] {
  interface Node {
    v: unknown;
    key: string | number | null;
    parent: Node | null;
  }
  const pathOf = (n: Node): (string | number)[] => {
    const out: (string | number)[] = [];
    for (let p: Node | null = n; p && p.key !== null; p = p.parent) out.unshift(p.key);
    return out;
  };
  const found: FileIssue[] = [];
  const stack: Node[] = [{ v: raw, key: null, parent: null }];
  while (stack.length && found.length < limit) {
    const node = stack.pop()!;
    const v = node.v;
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, key: i, parent: node }));
    else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        if (k === '__proto__') found.push({ path: formatPath([...pathOf(node), k], prefix), message: M.forbiddenKey(k) });
        else stack.push({ v: (v as Record<string, unknown>)[k], key: k, parent: node });
      }
    }
  }
  return found;
}
