/**
 * The document's records: one zod schema per record type, and the TypeScript types inferred
 * from them. These are the shapes stored in the Y.Doc (one nested Y.Map per record, fields as
 * plain JSON), read by the view, exported in the interchange format and fed to `analyse`.
 */
// zod/mini: the same validation core as classic zod with a functional API that bundles only what
// is used (about a third of classic's size in the app's initial JavaScript).
import * as z from 'zod/mini';
import { MONTH_RE, QUARTER_RE, type TABLES } from './model';

// No runtime code generation: the app's Content-Security-Policy forbids eval, and zod's probe
// for it would be reported as a violation.
z.config({ jitless: true });

export * from './model';

const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * The schemas' own wording of a problem, in both languages. zod carries the English (`.en`);
 * `src/io/issues.ts` finds the pair by it, so a file problem reads in the UI's language. Every
 * message a schema here gives must come from this table (a unit test reads this file for it).
 */
export const SCHEMA_MESSAGES = {
  finiteNumber: { zh: '应为有限数值', en: 'expected a finite number' },
  riskBandsRise: { zh: '风险等级区间须递增：低 < 中 < 高 < 25', en: 'risk bands must rise: low < medium < high < 25' },
  period: { zh: '期间应为 YYYY-MM 或 YYYY-Qn', en: 'expected a period YYYY-MM or YYYY-Qn' },
  wholeNumber: { zh: '应为整数', en: 'expected a whole number' },
  countNotNegative: { zh: '投诉数量不能为负数', en: 'expected a count ≥ 0' },
  oneToFive: { zh: '应为 1–5 的整数', en: 'expected 1–5' },
  emotion: { zh: '应为 −2 至 +2 的整数', en: 'expected −2…+2' },
  controlNeedsRight: { zh: '控制措施至少应保护一项权益', en: 'a control protects at least one right' },
} as const satisfies Record<string, { zh: string; en: string }>;
const M = SCHEMA_MESSAGES;

export const sectorSchema = z.enum(['bank', 'insurance', 'both']);
export type Sector = z.infer<typeof sectorSchema>;

export const periodGranularitySchema = z.enum(['month', 'quarter']);
export type PeriodGranularity = z.infer<typeof periodGranularitySchema>;

const finite = z.number().check(z.refine(Number.isFinite, M.finiteNumber.en));
export const pointSchema = z.object({ x: finite, y: finite });
export type Point = z.infer<typeof pointSchema>;

/** Upper bounds (inclusive) of the low, medium and high bands; above `high` is critical. */
const band = () => z.number().check(z.int(), z.gte(1), z.lte(25));
export const riskBandsSchema = z
  .object({
    low: band(),
    medium: band(),
    high: band(),
  })
  .check(
    z.refine((b) => b.low < b.medium && b.medium < b.high && b.high < 25, {
      message: M.riskBandsRise.en,
    }),
  );
export type RiskBands = z.infer<typeof riskBandsSchema>;

export const gapThresholdsSchema = z.object({
  hotspotWindow: z.number().check(z.int(), z.gte(1), z.lte(60)),
  hotspotShare: z.number().check(z.gte(0), z.lte(1)),
  hotspotMinCount: z.number().check(z.int(), z.gte(0)),
  spikeFactor: z.number().check(z.gte(1)),
  spikeMinDelta: z.number().check(z.gte(0)),
});
export type GapThresholds = z.infer<typeof gapThresholdsSchema>;

export const journeySettingsSchema = z.object({
  complaintPeriod: periodGranularitySchema,
  /** Set after months were summed into quarters: the month split is no longer known. */
  monthsUnknown: z.optional(z.boolean()),
  riskBands: riskBandsSchema,
  gapThresholds: gapThresholdsSchema,
  snapToGrid: z.optional(z.boolean()),
});
export type JourneySettings = z.infer<typeof journeySettingsSchema>;

export const journeyMetaSchema = z.object({
  id: nonEmpty(),
  name: z.string(),
  description: z.string(),
  sector: sectorSchema,
  settings: journeySettingsSchema,
  schemaVersion: z.number().check(z.int(), z.gte(1)),
  createdAt: z.string(),
});
export type JourneyMeta = z.infer<typeof journeyMetaSchema>;

export const laneSchema = z.object({
  id: nonEmpty(),
  name: z.string(),
  /** Fractional-index key: lanes sort by it, so concurrent reorders merge. */
  order: nonEmpty(),
});
export type Stage = z.infer<typeof laneSchema>;
export type Channel = z.infer<typeof laneSchema>;
export type Lane = Stage;

export const personaSchema = z.object({
  id: nonEmpty(),
  name: z.string(),
  description: z.string(),
});
export type Persona = z.infer<typeof personaSchema>;

export const periodSchema = z.string().check(z.refine((p) => MONTH_RE.test(p) || QUARTER_RE.test(p), M.period.en));

export const complaintEntrySchema = z.object({
  period: periodSchema,
  count: z.number().check(z.int(M.wholeNumber.en), z.gte(0, M.countNotNegative.en)),
  /** Complaint category id; absent means not split by category. */
  category: z.optional(nonEmpty()),
});
export type ComplaintEntry = z.infer<typeof complaintEntrySchema>;

const oneToFive = () => z.number().check(z.int(), z.gte(1, M.oneToFive.en), z.lte(5, M.oneToFive.en));
export const riskSchema = z.object({
  likelihood: oneToFive(),
  impact: oneToFive(),
  rationale: z.string(),
});
export type Risk = z.infer<typeof riskSchema>;

export const controlStatusSchema = z.enum(['in-place', 'partial', 'missing', 'not-applicable']);
export type ControlStatus = z.infer<typeof controlStatusSchema>;

export const controlStateSchema = z.object({
  status: controlStatusSchema,
  evidence: z.optional(z.string()),
  /** Why a control is not applicable (required for that status to count). */
  reason: z.optional(z.string()),
});
export type ControlState = z.infer<typeof controlStateSchema>;

export const connectionKindSchema = z.enum(['flow', 'hand-off', 'escalation']);
export type ConnectionKind = z.infer<typeof connectionKindSchema>;

export const touchpointSchema = z.object({
  id: nonEmpty(),
  title: z.string(),
  description: z.string(),
  /** Touchpoint kind id from the catalogue, or null when not yet classified. */
  kind: z.nullable(nonEmpty()),
  stageId: nonEmpty(),
  channelId: nonEmpty(),
  /** Top-left of the node relative to its cell's top-left corner. */
  offset: pointSchema,
  owner: z.string(),
  complaints: z.array(complaintEntrySchema),
  risk: z.nullable(riskSchema),
  rights: z.array(nonEmpty()),
  controls: z.record(z.string(), controlStateSchema),
  emotion: z.nullable(z.number().check(z.int(), z.gte(-2, M.emotion.en), z.lte(2, M.emotion.en))),
  painPoints: z.string(),
  tags: z.array(z.string()),
  personaIds: z.array(z.string()),
});
export type Touchpoint = z.infer<typeof touchpointSchema>;

export const connectionSchema = z.object({
  id: nonEmpty(),
  source: nonEmpty(),
  target: nonEmpty(),
  label: z.string(),
  kind: connectionKindSchema,
});
export type Connection = z.infer<typeof connectionSchema>;

export const noteSchema = z.object({
  id: nonEmpty(),
  text: z.string(),
  position: pointSchema,
  color: z.enum(['yellow', 'blue', 'green', 'pink']),
});
export type Note = z.infer<typeof noteSchema>;

export const severitySchema = z.enum(['low', 'medium', 'high', 'critical']);
export type Severity = z.infer<typeof severitySchema>;

export const bilingualSchema = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof bilingualSchema>;

export const customControlSchema = z.object({
  id: nonEmpty(),
  name: bilingualSchema,
  description: bilingualSchema,
  rights: z.array(nonEmpty()).check(z.minLength(1, M.controlNeedsRight.en)),
  kinds: z.array(nonEmpty()),
  sector: sectorSchema,
  severity: severitySchema,
  basis: z.string(),
});
export type CustomControl = z.infer<typeof customControlSchema>;

export const gapDecisionSchema = z.object({
  /** `${touchpointId}|${rule}|${controlId ?? ''}` — survives recomputation of gaps. */
  id: nonEmpty(),
  touchpointId: nonEmpty(),
  rule: nonEmpty(),
  controlId: z.nullable(z.string()),
  accepted: z.boolean(),
  reason: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  ticket: z.string(),
  decidedAt: z.string(),
});
export type GapDecision = z.infer<typeof gapDecisionSchema>;

export type TableName = (typeof TABLES)[number];

export interface TableRecords {
  stages: Stage;
  channels: Channel;
  personas: Persona;
  touchpoints: Touchpoint;
  connections: Connection;
  notes: Note;
  customControls: CustomControl;
  gapDecisions: GapDecision;
}

export const TABLE_SCHEMAS = {
  stages: laneSchema,
  channels: laneSchema,
  personas: personaSchema,
  touchpoints: touchpointSchema,
  connections: connectionSchema,
  notes: noteSchema,
  customControls: customControlSchema,
  gapDecisions: gapDecisionSchema,
} as const;

/** A whole journey as plain data: what `analyse`, the exporters and the renderer read. */
export interface JourneyData {
  meta: JourneyMeta;
  stages: Stage[];
  channels: Channel[];
  personas: Persona[];
  touchpoints: Touchpoint[];
  connections: Connection[];
  notes: Note[];
  customControls: CustomControl[];
  gapDecisions: GapDecision[];
}
