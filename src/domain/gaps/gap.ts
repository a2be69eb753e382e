/**
 * The Gap object. Its `id` and bilingual `message` are built on first read, not when the gap is
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

/** A gap's id and message, once read. */
interface Words {
  id: string;
  message?: Bilingual;
}

/**
 * Eight fields: a large analysis keeps hundreds of thousands of these alive at once, and every
 * field is 8 bytes of each that the garbage collector copies. What a message quotes is mostly
 * derived again when it is read (see `wordGap`); `#n` keeps the one number that cannot be.
 */
export class GapRecord implements Gap {
  readonly rule: GapRule;
  readonly severity: Severity;
  readonly decision: GapDecision | null;
  readonly #t: Touchpoint;
  readonly #run: RunFacts;
  readonly #control: ControlDef | null;
  /** The number the message quotes, by rule (see `wordGap`). */
  readonly #n: number;
  #words: Words | undefined;

  constructor(t: Touchpoint, run: RunFacts, rule: GapRule, control: ControlDef | null, severity: Severity, decision: GapDecision | null, n = 0) {
    this.rule = rule;
    this.severity = severity;
    this.decision = decision;
    this.#t = t;
    this.#run = run;
    this.#control = control;
    this.#n = n;
    this.#words = undefined;
  }

  get touchpointId(): string {
    return this.#t.id;
  }

  get controlId(): string | null {
    return this.#control ? this.#control.id : null;
  }

  get open(): boolean {
    return !this.decision || !this.decision.accepted;
  }

  get id(): string {
    return (this.#words ??= { id: gapKey(this.#t.id, this.rule, this.controlId) }).id;
  }

  get message(): Bilingual {
    const words = (this.#words ??= { id: gapKey(this.#t.id, this.rule, this.controlId) });
    return (words.message ??= wordGap(this.#t, this.#run, this.rule, this.#control, this.severity, this.#n));
  }

  toJSON(): Gap {
    return toPlainGap(this);
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
