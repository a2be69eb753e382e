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
import { riskLevel, RISK_LEVELS, type ResidualRisk } from '../risk';
import type { RiskBands } from '../schema';
import { CS_IN_PLACE, CS_NOT_APPLICABLE, CS_PARTIAL, D_CONTROLS, D_ENTRIES, D_FLAGS, D_HEADER, D_IMPACT, D_KIND, D_LIKELIHOOD, DF_OWNER_BLANK, DF_RISK } from './digest';
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
  /** The plan of a kind by its id number (`idNumber`), `NO_KIND` for none. */
  kind: (kindNumber: number) => KindPlan;
  residual: (likelihood: number, impact: number, inPlace: number, partial: number, applicable: number) => ResidualRisk;
}

/** Every risk score's level rank under `bands`, computed once per analysis instead of per touchpoint. */
export function riskLevelTable(bands: RiskBands): Int8Array {
  const levels = new Int8Array(26);
  for (let score = 0; score <= 25; score++) levels[score] = RISK_LEVELS.indexOf(riskLevel(score, bands));
  return levels;
}

function levelRank(likelihood: number, impact: number, ctx: FactsContext): number {
  const score = likelihood * impact;
  if (score >= 0 && score <= 25 && (score | 0) === score) return ctx.levels[score];
  return RISK_LEVELS.indexOf(riskLevel(score, ctx.bands));
}

/** Scratch: status codes by required position, for the touchpoint being read (−1: none recorded). */
let STATES = new Int8Array(64).fill(-1);

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
  /** Residual risk per touchpoint; the analysis keeps a copy (`residualsKept`). */
  residuals: (ResidualRisk | null)[] = [];

  /** Empties the columns for `n` touchpoints. */
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
      this.residuals = new Array<ResidualRisk | null>(this.capacity).fill(null);
    } else {
      this.flags.fill(0, 0, n);
    }
    this.foundSize = 0;
  }

  /**
   * The first `n` residual risks in an array of their own, for the analysis to keep. Made at the
   * end of the analysis, like its other kept arrays (`GapSink`): an array of N references made at
   * the start lived through the analysis' scavenges and was moved to the old generation each time.
   */
  residualsKept(n: number): (ResidualRisk | null)[] {
    return this.residuals.slice(0, n);
  }

  isRead(i: number): boolean {
    return (this.flags[i] & READ) !== 0;
  }

  /**
   * Reads touchpoint `i` from its digest `d` (`digestOf`): its control pairs are placed by required
   * position through the kind plan's id-number index, then the required controls are tallied in
   * order.
   */
  read(i: number, d: Float64Array, ctx: FactsContext): void {
    const plan = ctx.kind(d[D_KIND]);
    const required = plan.required;
    if (required.length > STATES.length) STATES = new Int8Array(required.length * 2).fill(-1);
    const states = STATES;
    if (required.length > 0) {
      const position = plan.byNumber;
      for (let k = D_HEADER + 2 * d[D_ENTRIES], end = k + 2 * d[D_CONTROLS]; k < end; k += 2) {
        const number = d[k];
        if (number < position.length) {
          const at = position[number];
          if (at >= 0) states[at] = d[k + 1];
        }
      }
    }
    if (this.foundSize + required.length > this.found.length) this.growFound(this.foundSize + required.length);
    const found = this.found;
    const from = this.foundSize;
    let at = from, inPlace = 0, partial = 0, applicable = 0;
    for (let k = 0; k < required.length; k++) {
      const status = states[k];
      states[k] = -1;
      if (status === CS_IN_PLACE) {
        inPlace++;
        applicable++;
      } else if (status !== CS_NOT_APPLICABLE) {
        applicable++;
        if (status === CS_PARTIAL) partial++;
        found[at++] = k * 2 + (status === CS_PARTIAL ? 1 : 0);
      }
    }
    this.foundSize = at;
    this.foundFrom[i] = from;
    this.foundCount[i] = at - from;
    this.tally[i * 3] = inPlace;
    this.tally[i * 3 + 1] = partial;
    this.tally[i * 3 + 2] = applicable;
    this.plans[i] = plan;
    const flags = d[D_FLAGS];
    if (flags & DF_RISK) {
      const likelihood = d[D_LIKELIHOOD], impact = d[D_IMPACT];
      this.level[i] = levelRank(likelihood, impact, ctx);
      this.residuals[i] = ctx.residual(likelihood, impact, inPlace, partial, applicable);
    } else {
      this.level[i] = NOT_ASSESSED;
      this.residuals[i] = null;
    }
    this.flags[i] = READ | (plan.known ? KNOWN_KIND : 0) | (flags & DF_OWNER_BLANK ? OWNER_BLANK : 0);
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
