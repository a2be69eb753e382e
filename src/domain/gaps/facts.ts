/**
 * What the gap rules need from a touchpoint that does not depend on the rest of the journey: its
 * risk level, which required controls are missing or partial, the control tally and residual
 * risk, whether its kind is known and its owner blank. `analyse` reads them in the same pass as
 * the touchpoint's complaints, so each record is visited once: a journey of 50,000 touchpoints is
 * far larger than the processor's caches, and every further visit of a record was another trip
 * to main memory for each of them.
 *
 * Column-wise typed arrays, kept between analyses (`factsFor`): nothing is allocated per
 * touchpoint or per control.
 */
import { hasReason, riskLevel, RISK_LEVELS, type ResidualRisk } from '../risk';
import type { ControlState, Risk, RiskBands, Touchpoint } from '../schema';
import type { KindPlan } from './rules';

/** `flags` bits. */
export const READ = 1, KNOWN_KIND = 2, OWNER_BLANK = 4;

/** `level` of a touchpoint whose risk is not assessed; otherwise the rank in `RISK_LEVELS`. */
export const NOT_ASSESSED = -1;

/** Journey-level inputs the facts depend on. */
export interface FactsContext {
  bands: RiskBands;
  /** Risk level rank by score 0–25 under `bands` (`riskLevelTable`); other scores use `riskLevel`. */
  levels: Int8Array;
  kind: (kindId: string | null) => KindPlan;
  residual: (risk: Risk, inPlace: number, partial: number, applicable: number) => ResidualRisk;
}

/** Every risk score's level rank under `bands`, computed once per analysis instead of per touchpoint. */
export function riskLevelTable(bands: RiskBands): Int8Array {
  const levels = new Int8Array(26);
  for (let score = 0; score <= 25; score++) levels[score] = RISK_LEVELS.indexOf(riskLevel(score, bands));
  return levels;
}

function levelRank(risk: Risk, ctx: FactsContext): number {
  const score = risk.likelihood * risk.impact;
  if (score >= 0 && score <= 25 && (score | 0) === score) return ctx.levels[score];
  return RISK_LEVELS.indexOf(riskLevel(score, ctx.bands));
}

/** Scratch: control states by required position, for the touchpoint being read (cleared after). */
const STATES: (ControlState | undefined)[] = [];

export class TouchpointFacts {
  /** Touchpoints the columns have room for. */
  capacity = 0;
  flags = new Uint8Array(0);
  /** Risk level rank (0 low … 3 critical), or `NOT_ASSESSED`. */
  level = new Int8Array(0);
  /** Required controls in place, partial, applicable (not marked not applicable with a reason): 3 per touchpoint. */
  tally = new Int32Array(0);
  /** A touchpoint's missing or partial required controls: `found[foundFrom[i] …]`, `foundCount[i]` of them. */
  foundFrom = new Int32Array(0);
  foundCount = new Int32Array(0);
  /** Position in the kind's required controls × 2, + 1 when partial; in required order. */
  found = new Int32Array(0);
  foundSize = 0;
  /** Kind plan per touchpoint (kept between analyses, like the typed columns). */
  plans: KindPlan[] = [];
  residuals: (ResidualRisk | null)[] = [];

  /** Empties the columns for `n` touchpoints; `residuals` is a new array (the analysis keeps it). */
  reset(n: number): void {
    if (this.capacity < n) {
      this.capacity = Math.ceil(n * 1.25);
      this.flags = new Uint8Array(this.capacity);
      this.level = new Int8Array(this.capacity);
      this.tally = new Int32Array(this.capacity * 3);
      this.foundFrom = new Int32Array(this.capacity);
      this.foundCount = new Int32Array(this.capacity);
      // Allocated at full length: writing past the end of an empty array makes V8 store it as a dictionary.
      this.plans = new Array<KindPlan>(this.capacity);
    } else {
      this.flags.fill(0, 0, n);
    }
    this.foundSize = 0;
    this.residuals = new Array<ResidualRisk | null>(n);
  }

  /** Lets go of the residual column once the analysis has it (the analysis keeps it; these columns should not). */
  release(): void {
    this.residuals = [];
  }

  isRead(i: number): boolean {
    return (this.flags[i] & READ) !== 0;
  }

  /**
   * Reads touchpoint `i`. Its control states are read with one for-in over its (few) entries:
   * V8 reads `controls[key]` inside a for-in by the object's own layout, far faster than looking
   * up each required id in objects of thousands of different shapes.
   */
  read(i: number, t: Touchpoint, ctx: FactsContext): void {
    const plan = ctx.kind(t.kind);
    const required = plan.required;
    const states = STATES;
    if (required.length > 0) {
      for (let k = 0; k < required.length; k++) states[k] = undefined;
      const controls = t.controls;
      for (const key in controls) {
        const at = plan.position.get(key);
        if (at !== undefined) states[at] = controls[key];
      }
    }
    if (this.foundSize + required.length > this.found.length) this.growFound(this.foundSize + required.length);
    const found = this.found;
    const from = this.foundSize;
    let at = from, inPlace = 0, partial = 0, applicable = 0;
    for (let k = 0; k < required.length; k++) {
      const state = states[k];
      states[k] = undefined;
      const status = state === undefined ? undefined : state.status;
      if (status === 'in-place') {
        inPlace++;
        applicable++;
      } else if (status !== 'not-applicable' || !hasReason(state)) {
        applicable++;
        if (status === 'partial') partial++;
        found[at++] = k * 2 + (status === 'partial' ? 1 : 0);
      }
    }
    this.foundSize = at;
    this.foundFrom[i] = from;
    this.foundCount[i] = at - from;
    this.tally[i * 3] = inPlace;
    this.tally[i * 3 + 1] = partial;
    this.tally[i * 3 + 2] = applicable;
    this.plans[i] = plan;
    const risk = t.risk;
    this.level[i] = risk ? levelRank(risk, ctx) : NOT_ASSESSED;
    this.residuals[i] = risk ? ctx.residual(risk, inPlace, partial, applicable) : null;
    this.flags[i] = READ | (plan.known ? KNOWN_KIND : 0) | (t.owner.trim() === '' ? OWNER_BLANK : 0);
  }

  private growFound(length: number): void {
    const found = new Int32Array(Math.max(length, this.found.length * 2, 1024));
    found.set(this.found.subarray(0, this.foundSize));
    this.found = found;
  }
}

const shared = new TouchpointFacts();

/** The facts columns for one analysis of `n` touchpoints (one instance, reused: analyses do not nest). */
export function factsFor(n: number): TouchpointFacts {
  shared.reset(n);
  return shared;
}
