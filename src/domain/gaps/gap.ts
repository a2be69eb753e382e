/**
 * The Gap object. Its `id` and bilingual `message` are built when read, not when the gap is
 * found: an analysis of 10,000 touchpoints finds tens of thousands of gaps, and the view reads
 * the messages of the few on screen. `toJSON()` gives the plain record (with message), so
 * `JSON.stringify` and the command-line checker see every field. Note that a spread (`{...gap}`)
 * or `structuredClone` copies own fields only — use `toPlainGap`.
 */
import type { ControlDef } from '../catalogue/controls';
import { riskLevel } from '../risk';
import type { Bilingual, GapDecision, GapThresholds, RiskBands, Severity, Touchpoint } from '../schema';
import {
  hotspotMessage,
  kindMessage,
  missingMessage,
  noOwnerMessage,
  partialMessage,
  RISK_MESSAGE,
  spikeMessage,
  unmitigatedMessage,
} from './messages';
import { riskSteps, shiftSeverity } from './severity';
import { gapKey, type Gap, type GapRule } from './types';
import { windowSums } from './window';

/** Inputs of one analysis run that gap messages quote. */
export interface RunFacts {
  thresholds: GapThresholds;
  bands: RiskBands;
  /** Periods in the complaint window (at most `hotspotWindow`). */
  windowLength: number;
  /** Index of the window's first period: a quarter index when `quarters`, else a month index. */
  windowStart: number;
  quarters: boolean;
  latestPeriod: string | null;
  journeyWindowTotal: number;
}

/**
 * What the gaps of one rule, control and severity found in one analysis share: a large analysis
 * finds hundreds of thousands of gaps but only a few hundred different kinds of them, so each Gap
 * object points at its kind instead of holding these fields itself (the rules make the kinds).
 */
export class GapKind {
  readonly controlId: string | null;
  /** Its place in the kind table of the analysis that last listed it (`kindIndex` in rules.ts). */
  table: readonly GapKind[] | null = null;
  tableIndex = -1;

  constructor(
    readonly run: RunFacts,
    readonly rule: GapRule,
    readonly control: ControlDef | null,
    readonly severity: Severity,
    /** Severity rank (0 low … 3 critical). */
    readonly rank: number,
    /** The number a control gap's message quotes (1 on a complaint hotspot); other gaps carry their own. */
    readonly n = 0,
  ) {
    this.controlId = control ? control.id : null;
  }
}

/** Messages once worded (they are read for the few gaps on screen; see `GapRecord`). */
const MESSAGES = new WeakMap<GapRecord, Bilingual>();

/**
 * A gap: two fields — its touchpoint and its kind — because a large analysis makes hundreds of
 * thousands of them at once and every field is 8 bytes of each that the garbage collector copies.
 * The rest is read through the kind; the id is put together when read and the message worded when
 * first read. Most gaps are control gaps, whose kind holds the number their message quotes; a gap
 * that quotes a number of its own is a `QuotingGap`, one with a decision a `DecidedGap`.
 */
export class GapRecord implements Gap {
  readonly #t: Touchpoint;
  readonly #kind: GapKind;

  constructor(t: Touchpoint, kind: GapKind) {
    this.#t = t;
    this.#kind = kind;
  }

  /** The number the message quotes (see `wordGap`). */
  protected quoted(): number {
    return this.#kind.n;
  }

  get rule(): GapRule {
    return this.#kind.rule;
  }

  get severity(): Severity {
    return this.#kind.severity;
  }

  get decision(): GapDecision | null {
    return null;
  }

  get touchpointId(): string {
    return this.#t.id;
  }

  get controlId(): string | null {
    return this.#kind.controlId;
  }

  get open(): boolean {
    const decision = this.decision;
    return !decision || !decision.accepted;
  }

  get id(): string {
    return gapKey(this.#t.id, this.#kind.rule, this.#kind.controlId);
  }

  get message(): Bilingual {
    let message = MESSAGES.get(this);
    if (!message) {
      const kind = this.#kind;
      message = wordGap(this.#t, kind.run, kind.rule, kind.control, kind.severity, this.quoted());
      MESSAGES.set(this, message);
    }
    return message;
  }

  toJSON(): Gap {
    return toPlainGap(this);
  }
}

/** A gap whose message quotes a number of its own (a window total, a count of controls or gaps). */
export class QuotingGap extends GapRecord {
  readonly #n: number;

  constructor(t: Touchpoint, kind: GapKind, n: number) {
    super(t, kind);
    this.#n = n;
  }

  protected override quoted(): number {
    return this.#n;
  }
}

/** A gap a stored decision applies to. */
export class DecidedGap extends QuotingGap {
  readonly #decision: GapDecision;

  constructor(t: Touchpoint, kind: GapKind, n: number, decision: GapDecision) {
    super(t, kind, n);
    this.#decision = decision;
  }

  override get decision(): GapDecision {
    return this.#decision;
  }
}

export function toPlainGap(g: Gap): Gap {
  return {
    id: g.id,
    touchpointId: g.touchpointId,
    rule: g.rule,
    controlId: g.controlId,
    severity: g.severity,
    message: g.message,
    decision: g.decision,
    open: g.open,
  };
}

/**
 * The message of a gap. `n` by rule — missing/partial: 1 when the touchpoint is a complaint
 * hotspot (its risk step follows from its risk); unmitigated: applicable required controls;
 * hotspot: the touchpoint's window total; spike: its count in the latest period (the previous
 * periods' sum is summed again from its complaints); no-owner: open gaps of high or worse.
 */
function wordGap(t: Touchpoint, run: RunFacts, rule: GapRule, control: ControlDef | null, severity: Severity, n: number): Bilingual {
  const th = run.thresholds;
  const level = t.risk ? riskLevel(t.risk.likelihood * t.risk.impact, run.bands) : null;
  switch (rule) {
    case 'missing-control':
      return missingMessage(control!, t.controls[control!.id], level, riskSteps(level), n > 0, severity);
    case 'partial-control':
      return partialMessage(control!, shiftSeverity(control!.baseSeverity, riskSteps(level) + n), severity);
    case 'unmitigated-high-risk':
      return unmitigatedMessage(t.risk!, level!, n);
    case 'complaint-hotspot': {
      const raised = level === 'high' || level === 'critical' ? level : null;
      return hotspotMessage(n, run.journeyWindowTotal, run.windowLength, th.hotspotShare, th.hotspotMinCount, raised);
    }
    case 'complaint-spike': {
      const previous = run.windowLength - 1;
      const { total } = windowSums(t.complaints, run.quarters, run.windowStart, run.windowStart + previous);
      return spikeMessage(n, run.latestPeriod ?? '', (total - n) / previous, previous, th.spikeFactor, th.spikeMinDelta);
    }
    case 'no-owner':
      return noOwnerMessage(level, n);
    case 'incomplete-kind':
      return kindMessage(t.kind);
    case 'incomplete-risk':
      return RISK_MESSAGE;
  }
}
