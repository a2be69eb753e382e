/**
 * fast-check arbitraries for whole journeys that pass the schemas and the integrity rules:
 * ids unique within and across tables, every reference pointing at a record that exists.
 * Text mixes ASCII, Chinese, markup and arbitrary code points, so exporters and the renderer
 * meet what users type.
 */
import fc from 'fast-check';
import { SCHEMA_VERSION, type ComplaintEntry, type ControlState, type CustomControl, type GapDecision, type JourneyData, type JourneyMeta, type Risk, type Touchpoint } from '../../src/domain/schema';

const CJK = ['信用卡', '分期', '理财', '保险', '投诉', '网点', '双录', '风险测评', '客户经理', '犹豫期'];
const TRICKY = ['<script>alert(1)</script>', 'A & B', '"quoted"', "it's", ']]>', '\u202Eevil', '=SUM(A1)', '   ', ''];

/** Any text a user might type. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...CJK), { maxLength: 6 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** An id part: any non-empty text without `|` (the separator of gap-decision keys). */
const idPart = fc.string({ minLength: 1, maxLength: 8, unit: fc.oneof(fc.constantFrom('a', 'b', 'Z', '9', '_', '-', '信'), fc.string({ minLength: 1, maxLength: 1 })) })
  .filter((s) => !s.includes('|'));

/** Unique ids with a table prefix, so ids never collide across tables. */
const idsArb = (prefix: string, maxLength: number) =>
  fc.uniqueArray(idPart, { maxLength }).map((parts) => parts.map((p) => `${prefix}${p}`));

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
const pointArb = fc.record({ x: finite, y: finite });
const orderKeyArb = fc.oneof(fc.constantFrom('a0', 'a1', 'a2', 'a0V', 'Zz'), fc.string({ minLength: 1, maxLength: 6 }));

const periodArb = fc.oneof(
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
);

const complaintArb: fc.Arbitrary<ComplaintEntry> = fc.record(
  { period: periodArb, count: fc.nat({ max: 100000 }), category: fc.string({ minLength: 1, maxLength: 10 }) },
  { requiredKeys: ['period', 'count'] },
);

const riskArb: fc.Arbitrary<Risk> = fc.record({
  likelihood: fc.integer({ min: 1, max: 5 }),
  impact: fc.integer({ min: 1, max: 5 }),
  rationale: textArb,
});

const controlStateArb: fc.Arbitrary<ControlState> = fc.record(
  { status: fc.constantFrom('in-place', 'partial', 'missing', 'not-applicable'), evidence: textArb, reason: textArb },
  { requiredKeys: ['status'] },
);

const controlKeyArb = fc.oneof(fc.constantFrom('key-info-disclosure', 'bank-sales-dual-recording', 'cc:own'), fc.string({ minLength: 1, maxLength: 10 }))
  .filter((k) => k !== '__proto__');

const kindArb = fc.option(fc.oneof(fc.constantFrom('branch-consultation', 'product-recommendation', 'contract-signing', 'complaint-handling'), fc.string({ minLength: 1, maxLength: 8 })));

const sectorArb = fc.constantFrom('bank' as const, 'insurance' as const, 'both' as const);
const severityArb = fc.constantFrom('low' as const, 'medium' as const, 'high' as const, 'critical' as const);

export const metaArb: fc.Arbitrary<JourneyMeta> = fc.record({
  id: idPart.map((p) => `j_${p}`),
  name: textArb,
  description: textArb,
  sector: sectorArb,
  settings: fc.record(
    {
      complaintPeriod: fc.constantFrom('month' as const, 'quarter' as const),
      monthsUnknown: fc.boolean(),
      riskBands: fc.uniqueArray(fc.integer({ min: 1, max: 24 }), { minLength: 3, maxLength: 3 }).map((v) => {
        const [low, medium, high] = [...v].sort((a, b) => a - b);
        return { low, medium, high };
      }),
      gapThresholds: fc.record({
        hotspotWindow: fc.integer({ min: 1, max: 60 }),
        hotspotShare: fc.double({ min: 0, max: 1, noNaN: true }),
        hotspotMinCount: fc.nat({ max: 1000 }),
        spikeFactor: fc.double({ min: 1, max: 100, noNaN: true }),
        spikeMinDelta: fc.double({ min: 0, max: 1000, noNaN: true }),
      }),
      snapToGrid: fc.boolean(),
    },
    { requiredKeys: ['complaintPeriod', 'riskBands', 'gapThresholds'] },
  ),
  schemaVersion: fc.integer({ min: 1, max: SCHEMA_VERSION }),
  createdAt: fc.oneof(fc.constant('2026-11-29T08:00:00.000Z'), textArb),
});

export interface JourneyArbOptions {
  maxStages?: number;
  maxChannels?: number;
  maxTouchpoints?: number;
}

/** A valid journey: every record passes its schema and every reference resolves. */
export function journeyDataArb(opts: JourneyArbOptions = {}): fc.Arbitrary<JourneyData> {
  const { maxStages = 5, maxChannels = 4, maxTouchpoints = 10 } = opts;
  return fc
    .record({
      stageIds: idsArb('s_', maxStages),
      channelIds: idsArb('c_', maxChannels),
      personaIds: idsArb('p_', 3),
      touchpointIds: idsArb('t_', maxTouchpoints),
      noteIds: idsArb('n_', 3),
      connectionIds: idsArb('e_', 6),
      controlIds: idsArb('cc_', 2),
    })
    .chain((ids) => {
      const hasCells = ids.stageIds.length > 0 && ids.channelIds.length > 0;
      const tpIds = hasCells ? ids.touchpointIds : [];
      const lane = (id: string) => fc.record({ id: fc.constant(id), name: textArb, order: orderKeyArb });
      const touchpoint = (id: string): fc.Arbitrary<Touchpoint> =>
        fc.record({
          id: fc.constant(id),
          title: textArb,
          description: textArb,
          kind: kindArb,
          stageId: fc.constantFrom(...ids.stageIds),
          channelId: fc.constantFrom(...ids.channelIds),
          offset: fc.oneof(pointArb, fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }) })),
          owner: textArb,
          complaints: fc.array(complaintArb, { maxLength: 6 }),
          risk: fc.option(riskArb),
          rights: fc.array(fc.constantFrom('know', 'choice', 'fair', 'asset', 'privacy'), { maxLength: 3 }),
          controls: fc.dictionary(controlKeyArb, controlStateArb, { maxKeys: 4, noNullPrototype: true }),
          emotion: fc.option(fc.integer({ min: -2, max: 2 })),
          painPoints: textArb,
          tags: fc.array(textArb, { maxLength: 3 }),
          personaIds: ids.personaIds.length ? fc.subarray(ids.personaIds) : fc.constant([]),
        });
      const connection = (id: string) =>
        fc.record({
          id: fc.constant(id),
          source: fc.constantFrom(...tpIds),
          target: fc.constantFrom(...tpIds),
          label: textArb,
          kind: fc.constantFrom('flow' as const, 'hand-off' as const, 'escalation' as const),
        });
      const customControl = (id: string): fc.Arbitrary<CustomControl> =>
        fc.record({
          id: fc.constant(id),
          name: fc.record({ zh: textArb, en: textArb }),
          description: fc.record({ zh: textArb, en: textArb }),
          rights: fc.array(fc.constantFrom('know', 'redress', 'respect'), { minLength: 1, maxLength: 2 }),
          kinds: fc.array(fc.constantFrom('branch-consultation', 'contract-signing'), { maxLength: 2 }),
          sector: sectorArb,
          severity: severityArb,
          basis: textArb,
        });
      const decision = (): fc.Arbitrary<GapDecision> =>
        fc
        .record({
          touchpointId: fc.constantFrom(...tpIds),
          rule: fc.constantFrom('missing-control', 'partial-control', 'no-owner', 'incomplete'),
          controlId: fc.option(fc.constantFrom('key-info-disclosure', 'cc_own')),
          accepted: fc.boolean(),
          reason: textArb,
          owner: textArb,
          dueDate: fc.constantFrom('', '2026-12-31'),
          ticket: textArb,
          decidedAt: fc.constantFrom('', '2026-11-29T08:00:00.000Z'),
        })
        .map((d) => ({ id: `${d.touchpointId}|${d.rule}|${d.controlId ?? ''}`, ...d }));
      const all = <T>(list: string[], make: (id: string) => fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
        list.length ? fc.tuple(...list.map(make)) : fc.constant([]);
      return fc.record({
        meta: metaArb,
        stages: all(ids.stageIds, lane),
        channels: all(ids.channelIds, lane),
        personas: all(ids.personaIds, (id) => fc.record({ id: fc.constant(id), name: textArb, description: textArb })),
        touchpoints: all(tpIds, touchpoint),
        connections: tpIds.length ? all(ids.connectionIds, connection) : fc.constant([]),
        notes: all(ids.noteIds, (id) =>
          fc.record({ id: fc.constant(id), text: textArb, position: pointArb, color: fc.constantFrom('yellow' as const, 'blue' as const, 'green' as const, 'pink' as const) }),
        ),
        customControls: all(ids.controlIds, customControl),
        gapDecisions: tpIds.length ? fc.uniqueArray(decision(), { maxLength: 4, selector: (d) => d.id }) : fc.constant([]),
      });
    });
}
