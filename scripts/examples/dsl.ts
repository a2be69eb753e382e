/**
 * A small, deterministic builder for the example journeys: fixed ids and dates, touchpoints laid
 * out in their cells in journey order, every required control of a touchpoint's kind recorded
 * (in place unless the example says otherwise), complaint series written per month.
 *
 * Records are made by the domain factories, so the examples have exactly the shape the app writes.
 */
import { requiredControls } from '../../src/domain/catalogue';
import { makeConnection, makeMeta, makeNote, makeTouchpoint } from '../../src/domain/factories';
import { LAYOUT } from '../../src/domain/layout';
import { initialKeys } from '../../src/domain/order';
import { gapKey, type GapRule } from '../../src/domain/gaps';
import type {
  Bilingual,
  ComplaintEntry,
  Connection,
  ConnectionKind,
  ControlState,
  GapDecision,
  JourneyData,
  Note,
  Persona,
  Sector,
  Touchpoint,
} from '../../src/domain/schema';
import type { RightId } from '../../src/domain/catalogue';

/** What the journey list shows before the example itself is loaded. */
export interface ExampleInfo {
  /** File name without `.json`, and the example's id in the app. */
  id: string;
  name: string;
  nameEn: string;
  summary: Bilingual;
  sector: Sector;
}

/** A control status other than in place: `[status, text]` — evidence for partial/missing, the reason for n/a. */
export type ControlOverride = ['partial' | 'missing', string] | ['na', string] | ['in-place', string];

export interface TouchpointSpec {
  id: string;
  title: string;
  description: string;
  kind: string;
  stage: string;
  channel: string;
  owner: string;
  /** Complaints per month from the journey's first month, by category id. */
  complaints?: Record<string, readonly number[]>;
  /** [likelihood, impact, rationale] */
  risk: [number, number, string];
  rights: RightId[];
  /** Statuses that differ from "in place"; every other required control is recorded in place. */
  controls?: Record<string, ControlOverride>;
  /** null for internal steps the customer does not see. */
  emotion: -2 | -1 | 0 | 1 | 2 | null;
  painPoints?: string;
  tags?: string[];
  personas?: string[];
}

export interface JourneySpec extends ExampleInfo {
  /** Prefix of every record id, e.g. `wm`. */
  prefix: string;
  description: string;
  createdAt: string;
  /** First month of the complaint series, `YYYY-MM`. */
  firstMonth: string;
  stages: [key: string, name: string][];
  channels: [key: string, name: string][];
  personas: [key: string, name: string, description: string][];
}

/** Notes sit above the stage headers (note height 110, a 24 px gap). */
const NOTE_ROW_Y = -LAYOUT.headerHeight - 110 - 24;
const STEP_Y = LAYOUT.nodeHeight + 22;

function monthAfter(first: string, i: number): string {
  const [y, m] = first.split('-').map(Number);
  const k = y * 12 + (m - 1) + i;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

export class JourneyBuilder {
  private readonly touchpoints: Touchpoint[] = [];
  private readonly connections: Connection[] = [];
  private readonly notes: Note[] = [];
  private readonly decisions: GapDecision[] = [];
  private readonly stageIds = new Map<string, string>();
  private readonly channelIds = new Map<string, string>();
  private readonly personaIds = new Map<string, string>();

  constructor(readonly spec: JourneySpec) {
    spec.stages.forEach(([key]) => this.stageIds.set(key, `${spec.prefix}-s-${key}`));
    spec.channels.forEach(([key]) => this.channelIds.set(key, `${spec.prefix}-c-${key}`));
    spec.personas.forEach(([key]) => this.personaIds.set(key, `${spec.prefix}-p-${key}`));
  }

  private ref(map: Map<string, string>, key: string, what: string): string {
    const id = map.get(key);
    if (!id) throw new Error(`${this.spec.id}: no ${what} "${key}"`);
    return id;
  }

  tp(s: TouchpointSpec): string {
    const id = `${this.spec.prefix}-t-${s.id}`;
    if (this.touchpoints.some((t) => t.id === id)) throw new Error(`${this.spec.id}: duplicate touchpoint ${s.id}`);
    const stageId = this.ref(this.stageIds, s.stage, 'stage');
    const channelId = this.ref(this.channelIds, s.channel, 'channel');
    // Placed by `build`, once the connections are known.
    const offset = { x: 0, y: 0 };

    const controls: Record<string, ControlState> = {};
    const required = requiredControls(s.kind, this.spec.sector);
    for (const def of required) controls[def.id] = { status: 'in-place' };
    for (const [controlId, [status, text]] of Object.entries(s.controls ?? {})) {
      if (!required.some((d) => d.id === controlId)) throw new Error(`${this.spec.id}/${s.id}: ${controlId} is not required for ${s.kind} in a ${this.spec.sector} journey`);
      controls[controlId] =
        status === 'na' ? { status: 'not-applicable', reason: text } : { status, evidence: text };
    }

    const complaints: ComplaintEntry[] = [];
    for (const [category, counts] of Object.entries(s.complaints ?? {})) {
      counts.forEach((count, i) => complaints.push({ period: monthAfter(this.spec.firstMonth, i), count, category }));
    }
    complaints.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));

    this.touchpoints.push(
      makeTouchpoint({
        id,
        title: s.title,
        description: s.description,
        kind: s.kind,
        stageId,
        channelId,
        offset,
        owner: s.owner,
        complaints,
        risk: { likelihood: s.risk[0], impact: s.risk[1], rationale: s.risk[2] },
        rights: s.rights,
        controls,
        emotion: s.emotion,
        painPoints: s.painPoints ?? '',
        tags: s.tags ?? [],
        personaIds: (s.personas ?? []).map((p) => this.ref(this.personaIds, p, 'persona')),
      }),
    );
    return id;
  }

  /** Connects touchpoints in journey order; a change of channel is a hand-off. */
  flow(...ids: string[]): void {
    for (let i = 1; i < ids.length; i++) this.connect(ids[i - 1], ids[i]);
  }

  connect(source: string, target: string, kind?: ConnectionKind, label = ''): void {
    const a = this.touchpoints.find((t) => t.id === source);
    const b = this.touchpoints.find((t) => t.id === target);
    if (!a || !b) throw new Error(`${this.spec.id}: connection ${source} → ${target} names an unknown touchpoint`);
    const n = String(this.connections.length + 1).padStart(2, '0');
    this.connections.push(
      makeConnection({ id: `${this.spec.prefix}-e-${n}`, source, target, label, kind: kind ?? (a.channelId === b.channelId ? 'flow' : 'hand-off') }),
    );
  }

  /** A sticky note in a row above the stage headers, at `x` on the canvas. */
  note(text: string, x: number, color: Note['color'] = 'yellow'): void {
    const n = this.notes.length + 1;
    this.notes.push(makeNote({ id: `${this.spec.prefix}-n-${n}`, text, color, position: { x, y: NOTE_ROW_Y } }));
  }

  /** An accepted gap decision; `touchpointId` is a full id returned by `tp`. */
  accept(touchpointId: string, rule: GapRule, controlId: string | null, d: { reason: string; owner: string; dueDate: string; ticket: string; decidedAt: string }): void {
    this.decisions.push({ id: gapKey(touchpointId, rule, controlId), touchpointId, rule, controlId, accepted: true, ...d });
  }

  /**
   * Touchpoints stack top to bottom inside their cell in journey order, one column per stage:
   * the map stays compact enough to read whole on one screen.
   */
  private layOut(): void {
    const inCell = new Map<string, number>();
    for (const t of this.touchpoints) {
      const cell = `${t.stageId}|${t.channelId}`;
      const k = inCell.get(cell) ?? 0;
      inCell.set(cell, k + 1);
      t.offset = { x: LAYOUT.cellPadding, y: LAYOUT.cellPadding + k * STEP_Y };
    }
  }

  build(): JourneyData {
    const { spec } = this;
    this.layOut();
    const meta = { ...makeMeta(spec.name, spec.sector, new Date(spec.createdAt)), id: `example-${spec.id}`, description: spec.description };
    const stageKeys = initialKeys(spec.stages.length);
    const channelKeys = initialKeys(spec.channels.length);
    const personas: Persona[] = spec.personas.map(([key, name, description]) => ({ id: this.personaIds.get(key)!, name, description }));
    return {
      meta,
      stages: spec.stages.map(([key, name], i) => ({ id: this.stageIds.get(key)!, name, order: stageKeys[i] })),
      channels: spec.channels.map(([key, name], i) => ({ id: this.channelIds.get(key)!, name, order: channelKeys[i] })),
      personas,
      touchpoints: this.touchpoints,
      connections: this.connections,
      notes: this.notes,
      customControls: [],
      gapDecisions: this.decisions,
    };
  }
}

/** The journey description: what it shows, its English name, and that the data is illustrative. */
export function describeExample(zh: string, nameEn: string): string {
  return [
    `示例旅程：${zh}`,
    `English name: ${nameEn}.`,
    '数据为虚构示意，不代表任何机构的真实情况。Illustrative data only — not the figures of any real institution.',
  ].join('\n');
}

export const ILLUSTRATIVE_NOTE = '示例数据：投诉数、风险评级和控制状态均为虚构示意，仅用于培训和工作坊。\nIllustrative data for workshops.';
