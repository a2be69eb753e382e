import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyData } from '../../../src/domain/schema';
import {
  MAX_JOURNEY_FILE_BYTES,
  parseBackupFile,
  parseJourneyFile,
  serialiseBackup,
  serialiseJourney,
  toEnvelope,
  upgradeEnvelope,
  type ParseResult,
} from '../../../src/io/format';
import { journeyDataArb } from '../../helpers/arbitraries';
import { sampleJourney } from './sampleJourney';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sampleText = () => serialiseJourney(sampleJourney());
const sampleRaw = (): Json => JSON.parse(sampleText());
const mutate = (fn: (raw: Json) => void): string => {
  const raw = sampleRaw();
  fn(raw);
  return JSON.stringify(raw);
};

function errorsOf(r: ParseResult<unknown>) {
  if (r.ok) throw new Error(`expected errors, got a valid journey (warnings: ${JSON.stringify(r.warnings)})`);
  return r.errors;
}

describe('export', () => {
  it('writes a pretty, canonical envelope in the documented order', () => {
    const text = sampleText();
    const raw = JSON.parse(text);
    expect(Object.keys(raw)).toEqual(['format', 'version', 'journey', 'stages', 'channels', 'personas', 'touchpoints', 'connections', 'notes', 'controls', 'gapDecisions']);
    expect(raw.format).toBe('touchmap');
    expect(raw.version).toBe(1);
    expect(Object.keys(raw.touchpoints[0]).slice(0, 3)).toEqual(['id', 'title', 'description']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "journey": {\n    "id": "j_sample",');
  });

  it('does not depend on record order, key order or extra fields in memory', () => {
    const a = sampleJourney();
    const b = sampleJourney();
    b.touchpoints.reverse();
    b.stages.reverse();
    b.touchpoints[0] = Object.fromEntries(Object.entries(b.touchpoints[0]).reverse()) as typeof b.touchpoints[0];
    (b.touchpoints[1] as unknown as Json).stray = 'not in the schema';
    b.touchpoints[2].controls = Object.fromEntries(Object.entries(b.touchpoints[2].controls).reverse());
    expect(serialiseJourney(b)).toBe(serialiseJourney(a));
  });

  it('round-trips the sample byte for byte', () => {
    const text = sampleText();
    const r = parseJourneyFile(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(serialiseJourney(r.data)).toBe(text);
      expect(r.warnings).toEqual([]);
    }
  });

  it('export → import → export is identical for any journey (property)', () => {
    fc.assert(
      fc.property(journeyDataArb(), (data) => {
        const first = serialiseJourney(data);
        const r = parseJourneyFile(first);
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        expect(serialiseJourney(r.data)).toBe(first);
        // and through bytes, as a file on disk
        const viaBytes = parseJourneyFile(new TextEncoder().encode(first));
        expect(viaBytes.ok && serialiseJourney(viaBytes.data)).toBe(first);
      }),
      { numRuns: 150 },
    );
  });

  it('differs only in the journey id when the importer gives the journey a new id', () => {
    const text = sampleText();
    const r = parseJourneyFile(text);
    if (!r.ok) throw new Error('sample must parse');
    const again = serialiseJourney({ ...r.data, meta: { ...r.data.meta, id: 'j_new' } });
    expect(again.replace('"id": "j_new"', '"id": "j_sample"')).toBe(text);
  });
});

describe('import accepts', () => {
  it('a UTF-8 BOM, as text or bytes', () => {
    const text = sampleText();
    expect(parseJourneyFile(`\uFEFF${text}`).ok).toBe(true);
    const bytes = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const r = parseJourneyFile(withBom);
    expect(r.ok && serialiseJourney(r.data)).toBe(text);
  });

  it('a hand-written file that leaves out empty tables', () => {
    const raw = sampleRaw();
    const minimal = { format: 'touchmap', version: 1, journey: raw.journey };
    const r = parseJourneyFile(JSON.stringify(minimal));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.touchpoints).toEqual([]);
  });

  it('unknown top-level fields, unknown kinds and stale decision ids, with warnings', () => {
    const r = parseJourneyFile(
      mutate((raw) => {
        raw.futureThing = { a: 1 };
        raw.touchpoints[0].kind = 'space-travel';
        raw.touchpoints[1].kind = 'instalment-desk'; // named by a custom control: known
        raw.controls[0].kinds.push('instalment-desk');
        raw.gapDecisions.push({ id: 'd1', touchpointId: 't1', rule: 'no-owner', controlId: null, accepted: true, reason: '', owner: '', dueDate: '', ticket: '', decidedAt: '' });
      }),
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings).toEqual([
        { path: 'touchpoints[0].kind', message: 'unknown touchpoint kind "space-travel": no controls are required for it' },
        { path: 'gapDecisions[0].id', message: 'expected "t1|no-owner|" (touchpointId|rule|controlId), got "d1"; the decision applies by its fields' },
        { path: 'futureThing', message: 'not part of format version 1: ignored' },
      ]);
    }
  });
});

describe('import refuses bad files, saying where and why', () => {
  const cases: { name: string; input: () => string | Uint8Array; path: string; message: RegExp | string }[] = [
    { name: 'empty file', input: () => '', path: '', message: 'the file is empty' },
    { name: 'blank file', input: () => '  \n\t ', path: '', message: 'the file is empty' },
    { name: 'BOM only', input: () => new Uint8Array([0xef, 0xbb, 0xbf]), path: '', message: 'the file is empty' },
    {
      name: 'truncated JSON',
      input: () => sampleText().slice(0, 500),
      path: '',
      message: /^not valid JSON at line \d+, column \d+: .*truncated/,
    },
    {
      name: 'trailing comma (hand-edited)',
      input: () => '{\n  "format": "touchmap",\n  "version": 1,\n}',
      path: '',
      message: "not valid JSON at line 4, column 1: expected a field name in double quotes, found '}' (a comma before } is not allowed in JSON)",
    },
    { name: 'JSON that is not an object', input: () => '[1, 2]', path: '', message: 'expected a Touchmap journey (a JSON object), got a list of 2' },
    {
      name: 'wrong format',
      input: () => mutate((r) => (r.format = 'excalidraw')),
      path: 'format',
      message: 'not a Touchmap journey file: expected "touchmap", got "excalidraw"',
    },
    { name: 'missing format', input: () => mutate((r) => delete r.format), path: 'format', message: /expected "touchmap", it is missing/ },
    { name: 'a backup given as a journey', input: () => serialiseBackup([sampleJourney()]), path: 'format', message: /backup of several journeys/ },
    { name: 'newer version', input: () => mutate((r) => (r.version = 2)), path: 'version', message: /format version 2, made by a newer Touchmap; this app reads version 1/ },
    { name: 'version as text', input: () => mutate((r) => (r.version = '1')), path: 'version', message: 'expected a format version (a whole number from 1), got "1"' },
    { name: 'missing version', input: () => mutate((r) => delete r.version), path: 'version', message: /required field is missing/ },
    { name: 'missing id', input: () => mutate((r) => delete r.touchpoints[2].id), path: 'touchpoints[2].id', message: 'required field is missing' },
    { name: 'empty id', input: () => mutate((r) => (r.stages[1].id = '')), path: 'stages[1].id', message: 'must not be empty, got an empty text' },
    { name: 'missing journey', input: () => mutate((r) => delete r.journey), path: 'journey', message: 'required field is missing' },
    {
      name: 'duplicate id in a table',
      input: () => mutate((r) => (r.touchpoints[1].id = 't1')),
      path: 'touchpoints[1].id',
      message: 'duplicate id "t1" (also touchpoints[0])',
    },
    {
      name: 'duplicate id across tables',
      input: () => mutate((r) => (r.notes[0].id = 's1')),
      path: 'notes[0].id',
      message: 'id "s1" is already used by stages[0]',
    },
    {
      name: 'dangling connection',
      input: () => mutate((r) => (r.connections[0].target = 't99')),
      path: 'connections[0].target',
      message: 'no touchpoint with id "t99"',
    },
    { name: 'dangling stage', input: () => mutate((r) => (r.touchpoints[0].stageId = 's9')), path: 'touchpoints[0].stageId', message: 'no stage with id "s9"' },
    { name: 'dangling channel', input: () => mutate((r) => (r.touchpoints[0].channelId = 'c9')), path: 'touchpoints[0].channelId', message: 'no channel with id "c9"' },
    { name: 'dangling persona', input: () => mutate((r) => r.touchpoints[1].personaIds.push('p9')), path: 'touchpoints[1].personaIds[0]', message: 'no persona with id "p9"' },
    {
      name: 'dangling gap decision',
      input: () => mutate((r) => r.gapDecisions.push({ id: 'tx|no-owner|', touchpointId: 'tx', rule: 'no-owner', controlId: null, accepted: true, reason: '', owner: '', dueDate: '', ticket: '', decidedAt: '' })),
      path: 'gapDecisions[0].touchpointId',
      message: 'no touchpoint with id "tx"',
    },
    { name: 'likelihood out of range', input: () => mutate((r) => (r.touchpoints[3].risk.likelihood = 9)), path: 'touchpoints[3].risk.likelihood', message: 'expected 1–5, got 9' },
    { name: 'impact not whole', input: () => mutate((r) => (r.touchpoints[3].risk.impact = 2.5)), path: 'touchpoints[3].risk.impact', message: /got 2.5$/ },
    { name: 'emotion out of range', input: () => mutate((r) => (r.touchpoints[0].emotion = 3)), path: 'touchpoints[0].emotion', message: 'expected −2…+2, got 3' },
    { name: 'negative complaint count', input: () => mutate((r) => (r.touchpoints[0].complaints[1].count = -1)), path: 'touchpoints[0].complaints[1].count', message: 'expected a count ≥ 0, got -1' },
    { name: 'bad period', input: () => mutate((r) => (r.touchpoints[0].complaints[0].period = '2026-13')), path: 'touchpoints[0].complaints[0].period', message: 'expected a period YYYY-MM or YYYY-Qn, got "2026-13"' },
    { name: 'wrong type (number for text)', input: () => mutate((r) => (r.touchpoints[0].title = 42)), path: 'touchpoints[0].title', message: 'expected a text, got 42' },
    { name: 'wrong type (object for list)', input: () => mutate((r) => (r.touchpoints = {})), path: 'touchpoints', message: 'expected a list, got an object' },
    { name: 'wrong type (null offset)', input: () => mutate((r) => (r.touchpoints[0].offset = null)), path: 'touchpoints[0].offset', message: 'expected an object, got null' },
    { name: 'unknown enum value', input: () => mutate((r) => (r.journey.sector = 'bnk')), path: 'journey.sector', message: 'expected "bank", "insurance" or "both", got "bnk"' },
    { name: 'control status unknown', input: () => mutate((r) => (r.touchpoints[1].controls['key-info-disclosure'].status = 'done')), path: 'touchpoints[1].controls.key-info-disclosure.status', message: /^expected "in-place", "partial", "missing" or "not-applicable", got "done"$/ },
    { name: 'risk bands not rising', input: () => mutate((r) => (r.journey.settings.riskBands = { low: 9, medium: 4, high: 14 })), path: 'journey.settings.riskBands', message: 'risk bands must rise: low < medium < high < 25' },
    { name: 'prototype key', input: () => sampleText().replace('"controls": {', '"controls": {"__proto__": {"status": "missing"},'), path: 'touchpoints[0].controls.__proto__', message: 'field name "__proto__" is not allowed' },
    { name: 'not UTF-8', input: () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x80]), path: '', message: /not UTF-8/ },
    { name: 'UTF-16 file', input: () => new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), path: '', message: /UTF-16/ },
  ];

  it.each(cases)('$name', ({ input, path, message }) => {
    const errors = errorsOf(parseJourneyFile(input()));
    const hit = errors.find((e) => e.path === path && (typeof message === 'string' ? e.message === message : message.test(e.message)));
    expect(hit, `errors were ${JSON.stringify(errors, null, 1)}`).toBeDefined();
  });

  it('names every problem in one go, and caps a long list', () => {
    const errors = errorsOf(
      parseJourneyFile(
        mutate((r) => {
          for (const t of r.touchpoints) t.title = 1;
          r.journey.sector = 'x';
        }),
      ),
    );
    expect(errors.map((e) => e.path)).toEqual(['journey.sector', ...Array.from({ length: 7 }, (_, i) => `touchpoints[${i}].title`)]);
    const many = errorsOf(parseJourneyFile(mutate((r) => (r.stages = Array.from({ length: 200 }, () => ({ id: 1 }))))));
    expect(many).toHaveLength(51);
    expect(many[50].message).toMatch(/^…and \d+ more problems$/);
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const big = new Uint8Array(MAX_JOURNEY_FILE_BYTES + 1).fill(0x20);
    const t0 = performance.now();
    const errors = errorsOf(parseJourneyFile(big));
    expect(performance.now() - t0).toBeLessThan(200);
    expect(errors).toEqual([{ path: '', message: 'the file is 20.0 MB, larger than the 20.0 MB Touchmap accepts; it was not read' }]);
    // text measured in UTF-8 bytes: 8 M Chinese characters are 24 MB
    const cjk = '{"x":"' + '旅'.repeat(8 * 1024 * 1024) + '"}';
    expect(errorsOf(parseJourneyFile(cjk))[0].message).toMatch(/larger than the 20.0 MB/);
    expect(errorsOf(parseJourneyFile(sampleText(), { maxBytes: 1000 }))[0].message).toMatch(/larger than the 1 KB/);
  });
});

describe('upgradeEnvelope', () => {
  it('passes version 1 through and refuses versions it does not know', () => {
    const raw = sampleRaw();
    const r = upgradeEnvelope(raw);
    expect(r.ok && r.fromVersion).toBe(1);
    expect(upgradeEnvelope({ ...raw, version: 0 }).ok).toBe(false);
    expect(upgradeEnvelope({ ...raw, version: 3 }).ok).toBe(false);
  });
});

describe('backups', () => {
  const journeys = (): JourneyData[] => {
    const a = sampleJourney();
    const b = sampleJourney();
    b.meta = { ...b.meta, id: 'j_other', name: 'Second' };
    return [a, b];
  };

  it('round-trip many journeys in order', () => {
    const text = serialiseBackup(journeys());
    const raw = JSON.parse(text);
    expect(raw.format).toBe('touchmap-backup');
    expect(raw.version).toBe(1);
    expect(raw.journeys[0]).toEqual(toEnvelope(sampleJourney()));
    const r = parseBackupFile(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.data.map((j) => j.meta.name)).toEqual(['信用卡分期办理旅程', 'Second']);
      expect(serialiseBackup(r.data)).toBe(text);
    }
    expect(parseBackupFile(serialiseBackup([])).ok).toBe(true);
  });

  it('name the journey in every error, and restore nothing when one is bad', () => {
    const raw = JSON.parse(serialiseBackup(journeys()));
    raw.journeys[1].touchpoints[0].risk.likelihood = 0;
    raw.journeys[1].connections[0].label = null;
    const errors = errorsOf(parseBackupFile(JSON.stringify(raw)));
    expect(errors).toEqual([
      { path: 'journeys[1].touchpoints[0].risk.likelihood', message: 'expected 1–5, got 0' },
      { path: 'journeys[1].connections[0].label', message: 'expected a text, got null' },
    ]);
  });

  it('refuse a single journey, a wrong version and a journey of a newer format', () => {
    expect(errorsOf(parseBackupFile(sampleText()))[0].message).toMatch(/single journey/);
    const raw = JSON.parse(serialiseBackup(journeys()));
    expect(errorsOf(parseBackupFile(JSON.stringify({ ...raw, version: 7 })))[0].message).toMatch(/newer Touchmap/);
    raw.journeys[0].version = 5;
    expect(errorsOf(parseBackupFile(JSON.stringify(raw)))[0]).toMatchObject({ path: 'journeys[0].version' });
    raw.journeys = 'x';
    expect(errorsOf(parseBackupFile(JSON.stringify(raw)))[0]).toEqual({ path: 'journeys', message: 'expected a list of journeys, got "x"' });
  });
});
