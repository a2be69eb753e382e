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
import { shiftSeverity } from './severity';
import { gapKey, type Gap, type GapRule } from './types';

/** Inputs of one analysis run that gap messages quote. */
export interface RunFacts {
  thresholds: GapThresholds;
  bands: RiskBands;
  /** Periods in the complaint window (at most `hotspotWindow`). */
  windowLength: number;
  latestPeriod: string | null;
  journeyWindowTotal: number;
}

export class GapRecord implements Gap {
  readonly rule: GapRule;
  readonly severity: Severity;
  readonly decision: GapDecision | null;
  readonly #t: Touchpoint;
  readonly #run: RunFacts;
  readonly #control: ControlDef | null;
  /** Numbers the message quotes, by rule (see `wordGap`). */
  readonly #a: number;
  readonly #b: number;
  #id: string | undefined;
  #message: Bilingual | undefined;

  constructor(
    t: Touchpoint,
    run: RunFacts,
    rule: GapRule,
    control: ControlDef | null,
    severity: Severity,
    decision: GapDecision | null,
    a = 0,
    b = 0,
  ) {
    this.rule = rule;
    this.severity = severity;
    this.decision = decision;
    this.#t = t;
    this.#run = run;
    this.#control = control;
    this.#a = a;
    this.#b = b;
    this.#id = undefined;
    this.#message = undefined;
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
    return (this.#id ??= gapKey(this.#t.id, this.rule, this.controlId));
  }

  get message(): Bilingual {
    return (this.#message ??= wordGap(this.#t, this.#run, this.rule, this.#control, this.severity, this.#a, this.#b));
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
 * The message of a gap. `a` and `b` by rule — missing/partial: risk steps and hotspot step;
 * unmitigated: applicable required controls; hotspot: the touchpoint's window total; spike:
 * latest count and the sum of the previous periods; no-owner: open gaps of high or worse.
 */
function wordGap(t: Touchpoint, run: RunFacts, rule: GapRule, control: ControlDef | null, severity: Severity, a: number, b: number): Bilingual {
  const th = run.thresholds;
  const level = t.risk ? riskLevel(t.risk.likelihood * t.risk.impact, run.bands) : null;
  switch (rule) {
    case 'missing-control':
      return missingMessage(control!, t.controls[control!.id], level, a, b > 0, severity);
    case 'partial-control':
      return partialMessage(control!, shiftSeverity(control!.baseSeverity, a + b), severity);
    case 'unmitigated-high-risk':
      return unmitigatedMessage(t.risk!, level!, a);
    case 'complaint-hotspot': {
      const raised = level === 'high' || level === 'critical' ? level : null;
      return hotspotMessage(a, run.journeyWindowTotal, run.windowLength, th.hotspotShare, th.hotspotMinCount, raised);
    }
    case 'complaint-spike': {
      const previous = run.windowLength - 1;
      return spikeMessage(a, run.latestPeriod ?? '', b / previous, previous, th.spikeFactor, th.spikeMinDelta);
    }
    case 'no-owner':
      return noOwnerMessage(level, a);
    case 'incomplete-kind':
      return kindMessage(t.kind);
    case 'incomplete-risk':
      return RISK_MESSAGE;
  }
}
