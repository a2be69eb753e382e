/**
 * The document model's constants, without its validators: what the editor needs at start-up
 * (defaults, table names, the schema version, enumerations). The zod schemas in `schema.ts`
 * validate at the boundaries — import, paste, typed settings — and load with those features,
 * so the editor's first screen does not carry the validation library (docs/performance.md).
 * `schema.ts` re-exports everything here; code on the start-up path imports from this file.
 */
import type { GapThresholds, JourneySettings, RiskBands, Sector, Severity } from './schema';

export const SCHEMA_VERSION = 1;

export const SECTORS: readonly Sector[] = ['bank', 'insurance', 'both'];

/** Ascending: low < medium < high < critical. */
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

export const DEFAULT_RISK_BANDS: RiskBands = { low: 4, medium: 9, high: 14 };
export const DEFAULT_GAP_THRESHOLDS: GapThresholds = {
  hotspotWindow: 6,
  hotspotShare: 0.25,
  hotspotMinCount: 10,
  spikeFactor: 2,
  spikeMinDelta: 5,
};

export const DEFAULT_SETTINGS: JourneySettings = {
  complaintPeriod: 'month',
  riskBands: DEFAULT_RISK_BANDS,
  gapThresholds: DEFAULT_GAP_THRESHOLDS,
  snapToGrid: true,
};

export const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const QUARTER_RE = /^(\d{4})-Q([1-4])$/;

/** The table names of the document; each is a top-level Y.Map of id → record Y.Map. */
export const TABLES = [
  'stages',
  'channels',
  'personas',
  'touchpoints',
  'connections',
  'notes',
  'customControls',
  'gapDecisions',
] as const;
