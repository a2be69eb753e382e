/**
 * The Gap object. Its `id` and bilingual `message` are built on first read, not when the gap is
 * found: an analysis of 10,000 touchpoints finds tens of thousands of gaps, and the view reads
 * the messages of the few on screen. `toJSON()` gives the plain record (with message), so
 * `JSON.stringify` and the command-line checker see every field. Note that a spread (`{...gap}`)
 * or `structuredClone` copies own fields only — use `toPlainGap`.
 */
import type { ControlDef } from '../catalogue/controls';
import type { RiskLevel } from '../risk';
import type { Bilingual, GapDecision, GapThresholds, Severity, Touchpoint } from '../schema';
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

/** Inputs of one analysis run that gap messages quote. */
export interface RunFacts {
  thresholds: GapThresholds;
  /** Periods in the complaint window (at most `hotspotWindow`). */
  windowLength: number;
  latestPeriod: string | null;
  journeyWindowTotal: number;
}

/** What the rules found about one touchpoint: shared by its gaps to word their messages. */
export interface TouchpointFacts {
  t: Touchpoint;
  run: RunFacts;
  level: RiskLevel | null;
  hotspot: boolean;
  /** The touchpoint's complaints in the window, and in its latest period. */
  windowTotal: number;
  latest: number;
  /** Required controls not marked not applicable with a reason. */
  applicable: number;
  /** Open gaps of high or worse (for the no-owner message). */
  seriousGaps: number;
}

export class GapRecord implements Gap {
  readonly rule: GapRule;
  readonly severity: Severity;
  readonly decision: GapDecision | null;
  readonly #facts: TouchpointFacts;
  readonly #control: ControlDef | null;
  #id: string | undefined;
  #message: Bilingual | undefined;

  constructor(facts: TouchpointFacts, rule: GapRule, control: ControlDef | null, severity: Severity, decision: GapDecision | null) {
    this.rule = rule;
    this.severity = severity;
    this.decision = decision;
    this.#facts = facts;
    this.#control = control;
    this.#id = undefined;
    this.#message = undefined;
  }

  get touchpointId(): string {
    return this.#facts.t.id;
  }

  get controlId(): string | null {
    return this.#control ? this.#control.id : null;
  }

  get open(): boolean {
    return !this.decision || !this.decision.accepted;
  }

  get id(): string {
    return (this.#id ??= gapKey(this.touchpointId, this.rule, this.controlId));
  }

  get message(): Bilingual {
    return (this.#message ??= wordGap(this.#facts, this.rule, this.#control, this.severity));
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

function wordGap(f: TouchpointFacts, rule: GapRule, control: ControlDef | null, severity: Severity): Bilingual {
  const run = f.run;
  const th = run.thresholds;
  const step = riskSteps(f.level);
  switch (rule) {
    case 'missing-control':
      return missingMessage(control!, f.t.controls[control!.id], f.level, step, f.hotspot, severity);
    case 'partial-control':
      return partialMessage(control!, shiftSeverity(control!.baseSeverity, step + (f.hotspot ? 1 : 0)), severity);
    case 'unmitigated-high-risk':
      return unmitigatedMessage(f.t.risk!, f.level!, f.applicable);
    case 'complaint-hotspot': {
      const raised = f.level === 'high' || f.level === 'critical' ? f.level : null;
      return hotspotMessage(f.windowTotal, run.journeyWindowTotal, run.windowLength, th.hotspotShare, th.hotspotMinCount, raised);
    }
    case 'complaint-spike': {
      const previous = run.windowLength - 1;
      const mean = (f.windowTotal - f.latest) / previous;
      return spikeMessage(f.latest, run.latestPeriod ?? '', mean, previous, th.spikeFactor, th.spikeMinDelta);
    }
    case 'no-owner':
      return noOwnerMessage(f.level, f.seriousGaps);
    case 'incomplete-kind':
      return kindMessage(f.t.kind);
    case 'incomplete-risk':
      return RISK_MESSAGE;
  }
}
