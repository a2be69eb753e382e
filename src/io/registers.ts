/**
 * Registers for audit: one row per touchpoint, or one per gap, as plain tables that the CSV,
 * Excel and workshop-pack writers (and the `touchmap register` command) all render. Each row
 * carries the catalogue version and the export date, so a register that travels alone still
 * says what produced it. Sharing options leave complaint figures and owner names out entirely
 * (the columns are dropped, not blanked).
 */
import { CATALOGUE_VERSION, createRequiredIndex, findControl, findKind, findRight } from '../domain/catalogue';
import { complaintStats } from '../domain/complaints';
import { analyse, GAP_RULE_LABELS, SEVERITY_LABELS, type GapAnalysis } from '../domain/gaps';
import { sortLanes } from '../domain/order';
import { LEVEL_LABELS, riskScore, tallyControls, touchpointRiskLevel } from '../domain/risk';
import type { JourneyData, Touchpoint } from '../domain/schema';
import type { CellValue } from './csv';
import { isoDate } from './fileName';

export type RegisterKind = 'touchpoint' | 'gap';
export type Lang = 'zh' | 'en';

export interface RegisterColumn {
  /** Stable machine name, the same in both languages. */
  key: string;
  header: string;
  type: 'text' | 'number';
  /** Width hint in characters, for spreadsheets and the pack. */
  width: number;
}

export interface Register {
  kind: RegisterKind;
  title: string;
  columns: RegisterColumn[];
  rows: CellValue[][];
}

export interface RegisterOptions {
  lang: Lang;
  /** Export date (default now): written as YYYY-MM-DD in every row. */
  date?: Date;
  hideComplaints?: boolean;
  hideOwners?: boolean;
  /** A gap analysis already at hand; computed when absent. */
  analysis?: GapAnalysis;
}

type Bi = { zh: string; en: string };
const H: Record<string, Bi> = {
  id: { zh: '触点ID', en: 'Touchpoint ID' },
  touchpoint: { zh: '触点', en: 'Touchpoint' },
  stage: { zh: '阶段', en: 'Stage' },
  channel: { zh: '渠道', en: 'Channel' },
  kind: { zh: '类型', en: 'Kind' },
  owner: { zh: '负责人', en: 'Owner' },
  complaintsTotal: { zh: '投诉总量', en: 'Complaints total' },
  latestPeriod: { zh: '最近期间', en: 'Latest period' },
  complaintsLatest: { zh: '最近一期投诉量', en: 'Complaints latest' },
  likelihood: { zh: '可能性', en: 'Likelihood' },
  impact: { zh: '影响', en: 'Impact' },
  score: { zh: '风险分值', en: 'Score' },
  level: { zh: '固有风险等级', en: 'Risk level' },
  residualLevel: { zh: '剩余风险等级', en: 'Residual level' },
  rights: { zh: '涉及权益', en: 'Rights at stake' },
  inPlace: { zh: '控制已落实', en: 'Controls in place' },
  partial: { zh: '控制部分落实', en: 'Controls partial' },
  missing: { zh: '控制缺失', en: 'Controls missing' },
  missingControls: { zh: '缺失的控制', en: 'Missing controls' },
  openGaps: { zh: '未决缺口', en: 'Open gaps' },
  severity: { zh: '严重度', en: 'Severity' },
  status: { zh: '状态', en: 'Status' },
  rule: { zh: '规则', en: 'Rule' },
  control: { zh: '控制', en: 'Control' },
  message: { zh: '说明', en: 'Message' },
  decision: { zh: '决定', en: 'Decision' },
  reason: { zh: '理由', en: 'Reason' },
  decisionOwner: { zh: '决定负责人', en: 'Decision owner' },
  dueDate: { zh: '到期日', en: 'Due date' },
  ticket: { zh: '工单', en: 'Ticket' },
  catalogue: { zh: '控制目录版本', en: 'Catalogue version' },
  exported: { zh: '导出日期', en: 'Exported' },
};

const WORDS = {
  open: { zh: '未决', en: 'open' },
  accepted: { zh: '已接受', en: 'accepted' },
  assigned: { zh: '已指派', en: 'assigned' },
  untitled: { zh: '（未命名）', en: '(untitled)' },
  touchpointTitle: { zh: '触点登记表', en: 'Touchpoint register' },
  gapTitle: { zh: '缺口登记表', en: 'Gap register' },
} satisfies Record<string, Bi>;

const col = (key: string, lang: Lang, type: 'text' | 'number', width: number): RegisterColumn => ({ key, header: H[key][lang], type, width });

/** Touchpoints in map order: stage, then channel, then top to bottom, left to right. */
export function touchpointsInMapOrder(data: JourneyData): Touchpoint[] {
  const stageIdx = new Map(sortLanes(data.stages).map((s, i) => [s.id, i]));
  const channelIdx = new Map(sortLanes(data.channels).map((c, i) => [c.id, i]));
  return [...data.touchpoints].sort(
    (a, b) =>
      (stageIdx.get(a.stageId) ?? 1e9) - (stageIdx.get(b.stageId) ?? 1e9) ||
      (channelIdx.get(a.channelId) ?? 1e9) - (channelIdx.get(b.channelId) ?? 1e9) ||
      a.offset.y - b.offset.y ||
      a.offset.x - b.offset.x,
  );
}

function context(data: JourneyData, opts: RegisterOptions) {
  return {
    analysis: opts.analysis ?? analyse(data),
    stages: new Map(data.stages.map((s) => [s.id, s.name])),
    channels: new Map(data.channels.map((c) => [c.id, c.name])),
    exported: isoDate(opts.date ?? new Date()),
  };
}

export function touchpointRegister(data: JourneyData, opts: RegisterOptions): Register {
  const { lang, hideComplaints = false, hideOwners = false } = opts;
  const { analysis, stages, channels, exported } = context(data, opts);
  const required = createRequiredIndex(data.meta.sector, data.customControls);
  const bands = data.meta.settings.riskBands;

  const columns: RegisterColumn[] = [
    col('id', lang, 'text', 14),
    col('touchpoint', lang, 'text', 28),
    col('stage', lang, 'text', 12),
    col('channel', lang, 'text', 12),
    col('kind', lang, 'text', 18),
  ];
  if (!hideOwners) columns.push(col('owner', lang, 'text', 14));
  if (!hideComplaints) columns.push(col('complaintsTotal', lang, 'number', 10), col('latestPeriod', lang, 'text', 10), col('complaintsLatest', lang, 'number', 10));
  columns.push(
    col('likelihood', lang, 'number', 8),
    col('impact', lang, 'number', 8),
    col('score', lang, 'number', 8),
    col('level', lang, 'text', 10),
    col('residualLevel', lang, 'text', 10),
    col('rights', lang, 'text', 24),
    col('inPlace', lang, 'number', 8),
    col('partial', lang, 'number', 8),
    col('missing', lang, 'number', 8),
    col('missingControls', lang, 'text', 36),
    col('openGaps', lang, 'number', 8),
    col('catalogue', lang, 'text', 12),
    col('exported', lang, 'text', 11),
  );

  const rows = touchpointsInMapOrder(data).map((t) => {
    const req = required(t.kind);
    const tally = tallyControls(t, req);
    const missingDefs = req.filter((def) => {
      const s = t.controls[def.id];
      return !(s?.status === 'in-place' || s?.status === 'partial') && !(s?.status === 'not-applicable' && s.reason?.trim());
    });
    const level = touchpointRiskLevel(t, bands);
    const residual = analysis.residual.get(t.id) ?? null;
    const gaps = analysis.byTouchpoint.get(t.id) ?? [];
    const row: CellValue[] = [
      t.id,
      t.title.trim() || WORDS.untitled[lang],
      stages.get(t.stageId) ?? '',
      channels.get(t.channelId) ?? '',
      t.kind ? (findKind(t.kind)?.name[lang] ?? t.kind) : '',
    ];
    if (!hideOwners) row.push(t.owner);
    if (!hideComplaints) {
      const stats = complaintStats(t.complaints);
      row.push(stats.total, stats.latestPeriod, stats.latestPeriod ? stats.latestCount : null);
    }
    row.push(
      t.risk?.likelihood ?? null,
      t.risk?.impact ?? null,
      t.risk ? riskScore(t.risk) : null,
      level ? LEVEL_LABELS[level][lang] : '',
      residual ? LEVEL_LABELS[residual.level][lang] : '',
      t.rights.map((r) => findRight(r)?.name[lang] ?? r).join('; '),
      tally.inPlace,
      tally.partial,
      tally.applicable - tally.inPlace - tally.partial,
      missingDefs.map((d) => d.name[lang]).join('; '),
      gaps.filter((g) => g.open).length,
      CATALOGUE_VERSION,
      exported,
    );
    return row;
  });
  return { kind: 'touchpoint', title: WORDS.touchpointTitle[lang], columns, rows };
}

export function gapRegister(data: JourneyData, opts: RegisterOptions): Register {
  const { lang, hideComplaints = false, hideOwners = false } = opts;
  const { analysis, stages, channels, exported } = context(data, opts);
  const tps = new Map(data.touchpoints.map((t) => [t.id, t]));

  const columns: RegisterColumn[] = [
    col('severity', lang, 'text', 9),
    col('status', lang, 'text', 9),
    col('id', lang, 'text', 14),
    col('touchpoint', lang, 'text', 28),
    col('stage', lang, 'text', 12),
    col('channel', lang, 'text', 12),
    col('rule', lang, 'text', 16),
    col('control', lang, 'text', 30),
    col('message', lang, 'text', 60),
    col('decision', lang, 'text', 10),
    col('reason', lang, 'text', 24),
  ];
  if (!hideOwners) columns.push(col('decisionOwner', lang, 'text', 14));
  columns.push(col('dueDate', lang, 'text', 11), col('ticket', lang, 'text', 12), col('catalogue', lang, 'text', 12), col('exported', lang, 'text', 11));

  const rows = analysis.gaps.map((g) => {
    const t = tps.get(g.touchpointId);
    const d = g.decision;
    // Hotspot and spike messages quote complaint figures: with figures hidden, the rule name says enough.
    const complaintRule = g.rule === 'complaint-hotspot' || g.rule === 'complaint-spike';
    const row: CellValue[] = [
      SEVERITY_LABELS[g.severity][lang],
      g.open ? WORDS.open[lang] : WORDS.accepted[lang],
      g.touchpointId,
      t?.title.trim() || WORDS.untitled[lang],
      (t && stages.get(t.stageId)) ?? '',
      (t && channels.get(t.channelId)) ?? '',
      GAP_RULE_LABELS[g.rule][lang],
      g.controlId ? (findControl(g.controlId, data.customControls)?.name[lang] ?? g.controlId) : '',
      hideComplaints && complaintRule ? GAP_RULE_LABELS[g.rule][lang] : g.message[lang],
      d ? (d.accepted ? WORDS.accepted[lang] : WORDS.assigned[lang]) : '',
      d?.reason ?? '',
    ];
    if (!hideOwners) row.push(d?.owner ?? '');
    row.push(d?.dueDate ?? '', d?.ticket ?? '', CATALOGUE_VERSION, exported);
    return row;
  });
  return { kind: 'gap', title: WORDS.gapTitle[lang], columns, rows };
}

export function buildRegister(kind: RegisterKind, data: JourneyData, opts: RegisterOptions): Register {
  return kind === 'gap' ? gapRegister(data, opts) : touchpointRegister(data, opts);
}

/** The register as CSV rows: the header, then the data. */
export function registerRows(register: Register): CellValue[][] {
  return [register.columns.map((c) => c.header), ...register.rows];
}
