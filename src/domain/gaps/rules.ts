/**
 * The gap rules applied to one touchpoint (domain notes, "Gap rules: defaults"), from its facts
 * (`TouchpointFacts`, read with its complaints) and the journey-level inputs in `RunContext`:
 * required controls per kind, the complaint window and its total.
 *
 * The rules first note what they find in a reused scratch (`Findings`: rule, control, severity
 * rank, quoted numbers), then the Gap objects are made once, straight into an array of the exact
 * size in severity order. A benchmark journey has about four gaps per touchpoint: growing a list
 * per touchpoint, sorting it and reading every gap back for the tallies was a large share of the
 * analysis and of its garbage.
 */
import type { ControlDef } from '../catalogue/controls';
import { RISK_LEVELS, type ResidualRisk } from '../risk';
import type { GapDecision, GapThresholds, Touchpoint } from '../schema';
import { digestOf, idNumber } from './digest';
import { KNOWN_KIND, NOT_ASSESSED, OWNER_BLANK, TouchpointFacts, type FactsContext } from './facts';
import { DecidedGap, GapKind, GapRecord, QuotingGap, type RunFacts } from './gap';
import { riskSteps, SEVERITIES, SEVERITY_RANK } from './severity';
import { GAP_RULES, type Gap, type GapRule } from './types';

/** Float slack, so that 25 % of 40 complaints is 10 however 0.25 × 40 rounds. */
const EPS = 1e-9;

/** At least `hotspotMinCount` complaints in the window and at least `hotspotShare` of the journey's. */
export function isHotspot(count: number, journeyTotal: number, th: GapThresholds): boolean {
  return count > 0 && count >= th.hotspotMinCount && count >= th.hotspotShare * journeyTotal - EPS;
}

/** The latest period at least `spikeFactor` × the mean of the previous ones, and `spikeMinDelta` above it. */
export function isSpike(latest: number, previousMean: number, th: GapThresholds): boolean {
  return latest > 0 && latest >= th.spikeFactor * previousMean - EPS && latest - previousMean >= th.spikeMinDelta - EPS;
}

/**
 * One analysis' inputs: what a kind needs in this journey (one shared plan per kind), residual
 * risk of (risk, tally) (identical values share one frozen object), risk levels by score, and the
 * facts gap messages quote.
 */
export interface RunContext extends RunFacts, FactsContext {}

/** A kind's required controls for one journey, with their positions for quick lookup. */
export interface KindPlan {
  required: readonly ControlDef[];
  /** Control id number (`idNumber`) → index in `required`, −1 when not required; numbers past its end are not required. */
  byNumber: Int32Array;
  /** A catalogue kind, or one the journey's custom controls name (false for no kind). */
  known: boolean;
  /** Severity rank (0 low … 3 critical) of each required control's base severity. */
  baseRanks: Int8Array;
  /** The gap kinds of its controls, by `controlSlot` (made when first found; see `kindIn`). */
  gapKinds: (GapKind | undefined)[];
}

export function makeKindPlan(required: readonly ControlDef[], known: boolean): KindPlan {
  const baseRanks = new Int8Array(required.length);
  for (let i = 0; i < required.length; i++) baseRanks[i] = SEVERITY_RANK[required[i].baseSeverity];
  const gapKinds = new Array<GapKind | undefined>(required.length * 16).fill(undefined);
  const numbers = required.map((d) => idNumber(d.id));
  const byNumber = new Int32Array(numbers.length ? Math.max(...numbers) + 1 : 0).fill(-1);
  for (let i = 0; i < numbers.length; i++) byNumber[numbers[i]] = i; // a repeated id: its last position, as a Map would
  return { required, byNumber, known, baseRanks, gapKinds };
}

// ---- gap kinds -------------------------------------------------------------------------------

/**
 * The kind of a gap, from `slots` (made once per analysis per slot): the kinds quote the run's
 * facts, so a kind from another run (or another caller's context) is made again.
 */
function kindIn(slots: (GapKind | undefined)[], slot: number, ctx: RunContext, rule: GapRule, control: ControlDef | null, rank: number, n = 0): GapKind {
  const kind = slots[slot];
  if (kind !== undefined && kind.run === ctx) return kind;
  return (slots[slot] = new GapKind(ctx, rule, control, SEVERITIES[rank], rank, n));
}

/** A required control's slot in its plan's `gapKinds`: position, missing or partial, severity rank, hotspot step. */
function controlSlot(at: number, partial: boolean, rank: number, hotStep: number): number {
  return at * 16 + (partial ? 8 : 0) + rank * 2 + hotStep;
}

/** Kinds of the rules without a control, by rule and severity rank (the run check in `kindIn` keeps them current). */
const RULE_KINDS = new Array<GapKind | undefined>(GAP_RULES.length * 4).fill(undefined);
const rule = (r: GapRule) => GAP_RULES.indexOf(r);
const R_UNMITIGATED = rule('unmitigated-high-risk'), R_HOTSPOT = rule('complaint-hotspot'), R_SPIKE = rule('complaint-spike');
const R_NO_OWNER = rule('no-owner'), R_KIND = rule('incomplete-kind'), R_RISK = rule('incomplete-risk');

function ruleKind(ctx: RunContext, r: number, rank: number): GapKind {
  return kindIn(RULE_KINDS, r * 4 + rank, ctx, GAP_RULES[r], null, rank);
}

/** A touchpoint's complaints inside the window. */
export interface WindowStats {
  total: number;
  /** Of which in the window's latest period. */
  latest: number;
}

/** What the rules found for one touchpoint (a scratch object the caller may reuse). */
export interface TouchpointResult {
  /** Severity descending; rule order within a severity. */
  gaps: readonly Gap[];
  residual: ResidualRisk | null;
  inPlace: number;
  partial: number;
  /** Required controls not marked not applicable with a reason. */
  applicable: number;
  /** Gaps by severity rank (0 low … 3 critical). */
  perRank: Int32Array;
  /** Open gaps by severity rank. */
  openPerRank: Int32Array;
  /** Gaps a decision accepts. */
  accepted: number;
}

export const NO_GAPS: readonly Gap[] = Object.freeze([]);

export function newTouchpointResult(): TouchpointResult {
  return { gaps: NO_GAPS, residual: null, inPlace: 0, partial: 0, applicable: 0, perRank: new Int32Array(4), openPerRank: new Int32Array(4), accepted: 0 };
}

function findDecision(decisions: readonly GapDecision[] | undefined, rule: GapRule, controlId: string | null): GapDecision | null {
  if (!decisions) return null;
  for (const d of decisions) if (d.rule === rule && (d.controlId ?? null) === controlId) return d;
  return null;
}

/**
 * The gaps found on one touchpoint, before their objects are made; one instance is reused for
 * every touchpoint (`clear`), so finding a gap allocates nothing.
 */
class Findings {
  size = 0;
  /** Open gaps of high or worse (the no-owner rule counts them). */
  seriousOpen = 0;
  kinds: GapKind[] = [];
  decisions: (GapDecision | null)[] = [];
  ranks = new Int8Array(16);
  /** The number each gap's message quotes (see `GapRecord`). */
  n = new Float64Array(16);

  clear(): void {
    this.size = 0;
    this.seriousOpen = 0;
  }

  add(kind: GapKind, decisions: readonly GapDecision[] | undefined, n: number): void {
    const k = this.size++;
    if (k === this.ranks.length) this.grow();
    const rank = kind.rank;
    const decision = decisions ? findDecision(decisions, kind.rule, kind.controlId) : null;
    this.kinds[k] = kind;
    this.decisions[k] = decision;
    this.ranks[k] = rank;
    this.n[k] = n;
    if (rank >= 2 && (!decision || !decision.accepted)) this.seriousOpen++;
  }

  private grow(): void {
    const length = this.ranks.length * 2;
    const ranks = new Int8Array(length), n = new Float64Array(length);
    ranks.set(this.ranks);
    n.set(this.n);
    this.ranks = ranks;
    this.n = n;
  }
}

const FINDINGS = new Findings();

/**
 * Where the analysis puts what it finds: columns for every touchpoint's gaps, in map order, from
 * `at` (which moves on past them); the objects are made when read (`gapLists.ts`). Typed arrays
 * only: a kind is a number in the analysis' own small table, a decision an entry in a map of the
 * few gaps that have one. (Columns of references, one per gap, cost the garbage collector as much
 * as the objects did: every scavenge visited each of their slots.)
 *
 * There is one sink (analyses do not nest), its columns kept and grown between runs; an analysis
 * keeps exact copies of what it found, made at its end (in `evaluateAll`, `passes.ts`). Why: the
 * columns were made at the start of a run and lived through its scavenges, so V8 moved them to
 * the old generation — megabytes of array buffers per analysis at 50,000 touchpoints, which
 * brought on a full collection of the whole heap every dozen back-to-back analyses
 * (docs/performance.md). Copies made last die young when the caller drops the analysis.
 */
export interface GapSink {
  at: number;
  touchpoint: Int32Array;
  /** Index in `kindTable`. */
  kind: Int32Array;
  kindTable: GapKind[];
  n: Float64Array;
  decisions: Map<number, GapDecision> | null;
  /** For the analyser: each gap's position in the previous analysis when reused, −1 when new (null for a one-shot analysis). */
  prior: Int32Array | null;
}

const SINK: GapSink = {
  at: 0,
  touchpoint: new Int32Array(1024),
  kind: new Int32Array(1024),
  kindTable: [],
  n: new Float64Array(1024),
  decisions: null,
  prior: null,
};
let sinkPrior: Int32Array = new Int32Array(1024);

/** The sink, emptied for one analysis: a new kind table, no decisions, and `prior` when asked. */
export function openGapSink(withPrior: boolean): GapSink {
  SINK.at = 0;
  SINK.kindTable = [];
  SINK.decisions = null;
  if (sinkPrior.length < SINK.touchpoint.length) sinkPrior = new Int32Array(SINK.touchpoint.length);
  SINK.prior = withPrior ? sinkPrior : null;
  return SINK;
}

/** `kind`'s index in the sink's kind table, adding it the first time. */
export function kindIndex(sink: GapSink, kind: GapKind): number {
  if (kind.table === sink.kindTable) return kind.tableIndex;
  kind.table = sink.kindTable;
  kind.tableIndex = sink.kindTable.length;
  sink.kindTable.push(kind);
  return kind.tableIndex;
}

/** Room in `sink` for `size` more gaps at `at`: its columns made anew, twice the size, when short. */
export function roomFor(sink: GapSink, size: number): void {
  const needed = sink.at + size;
  if (sink.touchpoint.length >= needed) return;
  const length = Math.max(needed, sink.touchpoint.length * 2);
  const grow = <A extends Int32Array | Float64Array>(from: A, to: A): A => {
    to.set(from.subarray(0, sink.at));
    return to;
  };
  sink.touchpoint = grow(sink.touchpoint, new Int32Array(length));
  sink.kind = grow(sink.kind, new Int32Array(length));
  sink.n = grow(sink.n, new Float64Array(length));
  if (sink.prior) sinkPrior = sink.prior = grow(sink.prior, new Int32Array(length));
}

/** Where each severity rank starts in a touchpoint's gap array (critical first). */
const OFFSETS = new Int32Array(4);

/**
 * The Gap objects of `f`, severity descending and in rule order within a severity (a stable
 * counting sort: the ranks' slices are sized from `perRank` first), with the tallies in `out`.
 */
function makeGaps(f: Findings, i: number, t: Touchpoint, out: TouchpointResult, sink: GapSink | null): readonly Gap[] {
  const perRank = out.perRank, openPerRank = out.openPerRank, ranks = f.ranks;
  let low = 0, medium = 0, high = 0;
  for (let k = 0; k < f.size; k++) {
    const rank = ranks[k];
    if (rank === 0) low++;
    else if (rank === 1) medium++;
    else if (rank === 2) high++;
  }
  perRank[0] = low;
  perRank[1] = medium;
  perRank[2] = high;
  perRank[3] = f.size - low - medium - high;
  openPerRank[0] = low;
  openPerRank[1] = medium;
  openPerRank[2] = high;
  openPerRank[3] = perRank[3];
  out.accepted = 0;
  if (f.size === 0) return NO_GAPS;
  if (sink) {
    findingsInto(f, i, out, sink);
    return NO_GAPS;
  }
  const gaps = new Array<Gap>(f.size);
  OFFSETS[3] = 0;
  OFFSETS[2] = perRank[3];
  OFFSETS[1] = OFFSETS[2] + high;
  OFFSETS[0] = OFFSETS[1] + medium;
  for (let k = 0; k < f.size; k++) {
    const rank = ranks[k];
    const decision = f.decisions[k];
    if (decision) {
      gaps[OFFSETS[rank]++] = new DecidedGap(t, f.kinds[k], f.n[k], decision);
      if (decision.accepted) {
        out.accepted++;
        openPerRank[rank]--;
      }
    } else if (f.kinds[k].control) {
      gaps[OFFSETS[rank]++] = new GapRecord(t, f.kinds[k]); // a control gap's kind holds its number
    } else {
      gaps[OFFSETS[rank]++] = new QuotingGap(t, f.kinds[k], f.n[k]);
    }
  }
  return gaps;
}

/** `makeGaps` into the analysis' columns: the same order and tallies, no objects. */
function findingsInto(f: Findings, i: number, out: TouchpointResult, sink: GapSink): void {
  const perRank = out.perRank, openPerRank = out.openPerRank, ranks = f.ranks;
  roomFor(sink, f.size);
  const base = sink.at;
  sink.at += f.size;
  OFFSETS[3] = base;
  OFFSETS[2] = base + perRank[3];
  OFFSETS[1] = OFFSETS[2] + perRank[2];
  OFFSETS[0] = OFFSETS[1] + perRank[1];
  const { touchpoint, kind, n, prior } = sink;
  for (let k = 0; k < f.size; k++) {
    const rank = ranks[k];
    const at = OFFSETS[rank]++;
    const decision = f.decisions[k];
    touchpoint[at] = i;
    kind[at] = kindIndex(sink, f.kinds[k]);
    n[at] = f.n[k];
    if (prior) prior[at] = -1;
    if (decision) {
      (sink.decisions ??= new Map()).set(at, decision);
      if (decision.accepted) {
        out.accepted++;
        openPerRank[rank]--;
      }
    }
  }
}

/**
 * The missing and partial required controls among the facts: severity = base + risk step +
 * hotspot step, capped at critical and floored at low; partial one below. Their messages quote
 * the hotspot step (the risk step follows from the touchpoint's risk).
 */
function controlGaps(i: number, facts: TouchpointFacts, ctx: RunContext, riskStep: number, hotStep: number, decisions: readonly GapDecision[] | undefined, f: Findings): void {
  const plan = facts.plans[i];
  const { required, baseRanks, gapKinds } = plan;
  const found = facts.found;
  for (let k = facts.foundFrom[i], end = k + facts.foundCount[i]; k < end; k++) {
    const at = found[k] >> 1;
    const missing = Math.min(3, Math.max(0, baseRanks[at] + riskStep + hotStep));
    if (found[k] & 1) {
      const rank = missing > 0 ? missing - 1 : 0;
      f.add(kindIn(gapKinds, controlSlot(at, true, rank, hotStep), ctx, 'partial-control', required[at], rank, hotStep), decisions, hotStep);
    } else {
      f.add(kindIn(gapKinds, controlSlot(at, false, missing, hotStep), ctx, 'missing-control', required[at], missing, hotStep), decisions, hotStep);
    }
  }
}

/**
 * Applies every rule to touchpoint `i` of `facts` (read already); writes into `out` (returned).
 * Its gaps go to `sink` when given (`out.gaps` is then empty), else to a new array in `out.gaps`.
 */
export function applyRules(
  i: number,
  t: Touchpoint,
  facts: TouchpointFacts,
  ctx: RunContext,
  w: WindowStats,
  decisions: readonly GapDecision[] | undefined,
  out: TouchpointResult,
  sink: GapSink | null = null,
): TouchpointResult {
  const th = ctx.thresholds;
  const level = facts.level[i];
  const flags = facts.flags[i];
  const serious = level >= 2;
  const hotspot = isHotspot(w.total, ctx.journeyWindowTotal, th);
  const inPlace = facts.tally[i * 3], partial = facts.tally[i * 3 + 1], applicable = facts.tally[i * 3 + 2];
  const f = FINDINGS;
  f.clear();

  controlGaps(i, facts, ctx, level === NOT_ASSESSED ? 0 : riskSteps(RISK_LEVELS[level]), hotspot ? 1 : 0, decisions, f);
  if (serious && inPlace === 0) f.add(ruleKind(ctx, R_UNMITIGATED, level), decisions, applicable);
  if (hotspot) f.add(ruleKind(ctx, R_HOTSPOT, serious ? 2 : 1), decisions, w.total);
  if (ctx.windowLength > 1 && isSpike(w.latest, (w.total - w.latest) / (ctx.windowLength - 1), th)) {
    f.add(ruleKind(ctx, R_SPIKE, 2), decisions, w.latest);
  }
  if (!(flags & KNOWN_KIND)) f.add(ruleKind(ctx, R_KIND, 0), decisions, 0);
  if (level === NOT_ASSESSED) f.add(ruleKind(ctx, R_RISK, 0), decisions, 0);
  if (flags & OWNER_BLANK && (serious || f.seriousOpen > 0)) f.add(ruleKind(ctx, R_NO_OWNER, 1), decisions, f.seriousOpen);

  out.gaps = makeGaps(f, i, t, out, sink);
  out.residual = facts.residuals[i];
  out.inPlace = inPlace;
  out.partial = partial;
  out.applicable = applicable;
  return out;
}

/** Applies every rule to one touchpoint; writes into `out` (returned). `analyse` reads facts in bulk instead. */
export function evaluateTouchpoint(
  t: Touchpoint,
  ctx: RunContext,
  w: WindowStats,
  decisions: readonly GapDecision[] | undefined,
  out: TouchpointResult = newTouchpointResult(),
): TouchpointResult {
  const facts = new TouchpointFacts();
  facts.reset(1);
  facts.read(0, digestOf(t), ctx);
  return applyRules(0, t, facts, ctx, w, decisions, out);
}
