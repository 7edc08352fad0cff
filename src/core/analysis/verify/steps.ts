/**
 * Verification of a design's schedule: every applied step against the kernel as written (one Verifier, so
 * the kernel runs once and all steps share its terms), or the design against another schedule.
 */
import type { LineMap } from "../../diagnostics";
import type { Design } from "../../compile";
import type { Module } from "../../ir/nodes";
import { Verifier } from "./verify";
import type { Counterexample, VerifyBudget, VerifyVerdict } from "./types";

/** One step's verdict, as the API returns it. */
export interface StepVerdict {
  /** 1-based schedule step (0: the whole design against another schedule). */
  readonly index: number;
  readonly text: string;
  readonly line: number;
  readonly verdict: VerifyVerdict;
  /** For "reassociated": the step that first re-associated a float reduction. */
  readonly reassociatedBy?: number;
}

export function verifyDesignSteps(design: Design, lines: LineMap, budget: VerifyBudget = {}, only?: number): StepVerdict[] {
  const v = new Verifier(design.unscheduled, budget);
  // The time budget is for the whole design: each step gets what the steps before it left.
  const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());
  const deadline = now() + (budget.timeMs ?? 20_000);
  const out: StepVerdict[] = [];
  let firstReassoc: number | undefined;
  for (const st of design.steps) {
    if (only !== undefined && st.index !== only) continue;
    const line = lines.lineCol(st.range.from).line;
    if (st.status !== "applied") {
      out.push({ index: st.index, text: st.text, line, verdict: { status: "not-provable", reason: st.status === "error" ? "the step failed" : "an earlier step failed", ops: 0, ms: 0, terms: v.store.size } });
      continue;
    }
    const verdict = withLines(v.check(st.module, { reference: "the kernel as written", candidate: `step ${st.index}` }, Math.max(1, deadline - now())), lines);
    if (verdict.status === "reassociated" && firstReassoc === undefined) firstReassoc = st.index;
    out.push({ index: st.index, text: st.text, line, verdict, ...(verdict.status === "reassociated" ? { reassociatedBy: firstReassoc } : {}) });
  }
  return out;
}

/** Fills in the 1-based lines of a verdict's source ranges. */
export function withLines(v: VerifyVerdict, lines: LineMap): VerifyVerdict {
  if ((v.status === "not-provable" || v.status === "same-deadlock") && v.range) return { ...v, line: lines.lineCol(v.range.from).line };
  if (v.status === "differs" && v.counterexample) {
    const c: Counterexample = v.counterexample;
    const side = (x: Counterexample["before"]) => (x.range ? { ...x, line: lines.lineCol(x.range.from).line } : x);
    return { ...v, counterexample: { ...c, before: side(c.before), after: side(c.after) } };
  }
  return v;
}

/** Verifies `candidate` against `reference` (two schedules of one file). */
export function verifyAgainst(reference: Module, candidate: Module, lines: LineMap, labels: { reference: string; candidate: string }, budget: VerifyBudget = {}): VerifyVerdict {
  return withLines(new Verifier(reference, budget).check(candidate, labels), lines);
}
