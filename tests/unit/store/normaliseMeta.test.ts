import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, SECTORS, SEVERITIES, TABLES } from '../../../src/domain/model';
import { journeyMetaSchema, sectorSchema, severitySchema, TABLE_SCHEMAS } from '../../../src/domain/schema';
import { makeMeta } from '../../../src/domain/factories';
import { normaliseMeta } from '../../../src/store/normalise';
import { CLIPBOARD_MARKER } from '../../../src/store/clipboard';
import { parseClipboard } from '../../../src/store/clipboardParse';

describe('model constants agree with the schemas', () => {
  it('sectors, severities and tables are the schemas’ own', () => {
    expect(SECTORS).toEqual(sectorSchema.options);
    expect(SEVERITIES).toEqual(severitySchema.options);
    expect([...TABLES].sort()).toEqual(Object.keys(TABLE_SCHEMAS).sort());
  });
});

describe('normaliseMeta (the start-up reader of a journey’s meta)', () => {
  const valid = makeMeta('理财销售', 'bank');

  it('returns a valid meta unchanged, and its output always passes the strict schema', () => {
    expect(normaliseMeta({ ...valid })).toEqual(valid);
    expect(journeyMetaSchema.safeParse(normaliseMeta({ ...valid })).success).toBe(true);
  });

  it('is not a journey without an id', () => {
    expect(normaliseMeta({})).toBeNull();
    expect(normaliseMeta({ ...valid, id: '' })).toBeNull();
    expect(normaliseMeta({ ...valid, id: 42 })).toBeNull();
  });

  it('fills what an older app or a half-synced peer left out with defaults', () => {
    const meta = normaliseMeta({ id: 'j1' });
    expect(meta).toEqual({
      id: 'j1',
      name: '',
      description: '',
      sector: 'both',
      settings: DEFAULT_SETTINGS,
      schemaVersion: SCHEMA_VERSION,
      createdAt: '',
    });
    expect(journeyMetaSchema.safeParse(meta).success).toBe(true);
  });

  it('replaces out-of-range settings field by field, keeping the valid ones', () => {
    const meta = normaliseMeta({
      ...valid,
      sector: 'pawnshop',
      settings: {
        complaintPeriod: 'quarter',
        monthsUnknown: true,
        riskBands: { low: 9, medium: 4, high: 14 },
        gapThresholds: { hotspotWindow: 3, spikeFactor: 'x' },
        snapToGrid: false,
      },
    })!;
    expect(meta.sector).toBe('both');
    expect(meta.settings.complaintPeriod).toBe('quarter');
    expect(meta.settings.monthsUnknown).toBe(true);
    expect(meta.settings.riskBands).toEqual(DEFAULT_SETTINGS.riskBands);
    expect(meta.settings.gapThresholds).toEqual({ ...DEFAULT_SETTINGS.gapThresholds, hotspotWindow: 3 });
    expect(meta.settings.snapToGrid).toBe(false);
  });

  it('keeps a newer schema version, so the editor can open it read-only', () => {
    expect(normaliseMeta({ ...valid, schemaVersion: 7 })!.schemaVersion).toBe(7);
  });
});

describe('parseClipboard (loaded on paste)', () => {
  const payload = { format: CLIPBOARD_MARKER, version: 1, touchpoints: [], notes: [], connections: [], stageNames: {}, channelNames: {} };
  it('reads our own copy back and refuses other or broken text', () => {
    expect(parseClipboard(JSON.stringify(payload))).toEqual(payload);
    expect(parseClipboard('plain text')).toBeNull();
    expect(parseClipboard(`{"format":"${CLIPBOARD_MARKER}"`)).toBeNull();
    expect(parseClipboard(JSON.stringify({ ...payload, touchpoints: [{ id: 'x' }] }))).toBeNull();
  });
});
