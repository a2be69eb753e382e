/**
 * Reads a record from the document leniently: missing fields get their defaults, so a record
 * written by an older app, another tab or a peer never breaks the view. Validation with clear
 * errors happens at the import boundary (io), not here.
 */
import { touchpointDefaults } from '../domain/factories';
import type { TableName, TableRecords } from '../domain/schema';

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

export function normaliseRecord<T extends TableName>(table: T, raw: Record<string, unknown>): TableRecords[T] {
  return { ...DEFAULTS[table], ...raw } as TableRecords[T];
}
