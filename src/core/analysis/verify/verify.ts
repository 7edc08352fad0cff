/**
 * Equivalence of two modules by symbolic execution: both run on the same symbolic inputs, and each output
 * element is compared as a term id (equal as written), then in canonical form (equal by wrapping-integer
 * algebra), then up to float re-association; an element that still differs gets a counterexample search.
 */
import type { Module } from "../../ir/nodes";
import { findFunc } from "../../ir/nodes";
import { makeRng } from "../../sim/runtime";
import { dynamicParams } from "../../sim/specialize";
import { typeToString } from "../../types/types";
import { BudgetStop, DeadlockStop, NotStatic, OutOfBoundsAccess, SymbolicExecutor } from "./exec";
import type { Mem, Output } from "./exec";
import type { SourceRange } from "../../diagnostics";
import { makeSymbolicInputs, signatureMismatch } from "./inputs";
import { Normalizer } from "./normalize";
import { Reassociator } from "./reassoc";
import { TermBudgetExceeded, TermStore } from "./terms";
import type { VerifyBudget, VerifyStats, VerifyVerdict } from "./types";
import { findCounterexample } from "./counterexample";
import { DEFAULT_CHECK_STEP_BUDGET } from "../../limits";
import { printTerm } from "./print";

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

type RunOutcome = { readonly outputs: Output[] } | { readonly stop: VerifyVerdict; readonly deadlock?: DeadlockStop };

/** Differing elements examined for a counterexample before giving up. */
const MAX_SEARCHED = 16;

/** Checks modules against one reference module (the kernel as written), reusing its run and its terms. */
export class Verifier {
  readonly store: TermStore;
  /** One symbol per element of every argument: made on the first run, inside its term budget. */
  private inputs: (Mem | number)[] = [];
  private reference: RunOutcome | undefined;
  private readonly ints: Normalizer;
  private readonly floats: Reassociator;

  constructor(private readonly ref: Module, private readonly budget: VerifyBudget = {}) {
    this.store = new TermStore(budget.maxTerms ?? 20_000_000);
    this.ints = new Normalizer(this.store);
    this.floats = new Reassociator(this.store, this.ints);
  }

  private run(m: Module, t0: number, ops0: number, which: string, timeMs: number): RunOutcome {
    const limits = { deadline: t0 + timeMs, maxOps: ops0 + (this.budget.maxOps ?? 200_000_000), now };
    const stats = () => ({ ops: this.store.builds - ops0, ms: now() - t0, terms: this.store.size });
    try {
      // Arguments with more elements than the term budget stop here, as a budget verdict.
      if (this.inputs.length === 0) this.inputs = makeSymbolicInputs(this.store, findFunc(this.ref, this.ref.top)!);
      return { outputs: new SymbolicExecutor(m, this.store, limits).run(this.inputs) };
    } catch (e) {
      if (e instanceof NotStatic) return { stop: { status: "not-provable", reason: `${which}: ${e.reason}`, range: e.range, ...stats() } };
      if (e instanceof OutOfBoundsAccess) return { stop: { status: "not-provable", reason: `${which} accesses memory out of bounds: ${e.message}`, range: e.range, ...stats() } };
      if (e instanceof DeadlockStop) return { stop: { status: "not-provable", reason: `${which} deadlocks: ${e.message}`, range: e.range, ...stats() }, deadlock: e };
      if (e instanceof BudgetStop || e instanceof TermBudgetExceeded) {
        const what = e instanceof TermBudgetExceeded ? `${e.terms.toLocaleString("en-US")} terms` : e.why === "time" ? `${Math.round(now() - t0)} ms` : `${(this.store.builds - ops0).toLocaleString("en-US")} symbolic operations`;
        return { stop: { status: "budget", reason: `not proved within budget: stopped after ${what} while running ${which} (${(this.store.builds - ops0).toLocaleString("en-US")} operations done)`, ...stats() } };
      }
      throw e;
    }
  }

  /** Is `m` equivalent to the reference module? */
  check(m: Module, labels: { reference: string; candidate: string } = { reference: "the kernel as written", candidate: "the scheduled kernel" }, timeMs = this.budget.timeMs ?? 20_000): VerifyVerdict {
    const t0 = now();
    const ops0 = this.store.builds;
    try {
      return this.compare(m, labels, timeMs);
    } catch (e) {
      // Comparing the outputs (normal forms, re-association) builds terms too.
      if (!(e instanceof TermBudgetExceeded)) throw e;
      return { status: "budget", reason: `not proved within budget: stopped after ${e.terms.toLocaleString("en-US")} terms while comparing the outputs`, ops: this.store.builds - ops0, ms: now() - t0, terms: this.store.size };
    }
  }

  private compare(m: Module, labels: { reference: string; candidate: string }, timeMs: number): VerifyVerdict {
    const t0 = now();
    const ops0 = this.store.builds;
    const stats = () => ({ ops: this.store.builds - ops0, ms: now() - t0, terms: this.store.size });
    // Symbolic inputs are one symbol per element: a size known only at the call has none to make.
    const dyn = [...dynamicParams(this.ref), ...dynamicParams(m)][0];
    if (dyn) return { status: "not-provable", reason: `'${dyn.name}' has a dynamic shape (${typeToString(dyn.type)}): the checker runs both designs on one symbol per element, so it needs the size; give '${dyn.name}' a static shape (or a template parameter, instantiated for the size to check)`, range: dyn.range, ...stats() };
    const mismatch = signatureMismatch(findFunc(this.ref, this.ref.top)!, findFunc(m, m.top)!);
    if (mismatch) return { status: "differs", reason: `the two designs have different interfaces: ${mismatch}`, ...stats() };
    this.reference ??= this.run(this.ref, t0, ops0, labels.reference, timeMs);
    const a = this.reference;
    if ("stop" in a) {
      this.reference = undefined; // a budget stop may pass with more time: do not cache failures
      if (!a.deadlock) return { ...a.stop, ...stats() };
    }
    const b = this.run(m, t0, ops0, labels.candidate, timeMs);
    if ("stop" in a) {
      // The reference deadlocked: the candidate must deadlock the same way to be equivalent.
      if ("stop" in b && b.deadlock) return this.compareDeadlocks(a.deadlock!, b.deadlock, labels, stats());
      if ("stop" in b) return b.stop;
      return { status: "differs", reason: `${a.stop.status === "not-provable" ? a.stop.reason : labels.reference + " deadlocks"}, and ${labels.candidate} runs to completion`, range: a.stop.status === "not-provable" ? a.stop.range : undefined, ...stats() };
    }
    if ("stop" in b) {
      // A deadlock in one program and not the other is a difference.
      if (b.deadlock) return { status: "differs", reason: `${b.stop.status === "not-provable" ? b.stop.reason : labels.candidate + " deadlocks"}, and ${labels.reference} runs to completion`, ...stats() };
      return b.stop;
    }
    if (a.outputs.length !== b.outputs.length) return { status: "differs", reason: `the designs have ${a.outputs.length} and ${b.outputs.length} outputs`, ...stats() };
    let reassociated: { output: string; index: number[] } | undefined;
    let unexplained: { output: string; index: number[] } | undefined;
    let algebra = false;
    let searched = 0;
    for (let o = 0; o < a.outputs.length; o++) {
      const x = a.outputs[o]!, y = b.outputs[o]!;
      if (x.mem.t.length !== y.mem.t.length) return { status: "differs", reason: `output '${x.name}' has ${x.mem.t.length} elements in one design and ${y.mem.t.length} in the other`, ...stats() };
      for (let k = 0; k < x.mem.t.length; k++) {
        const u = x.mem.t[k]!, v = y.mem.t[k]!;
        if (u === v) continue;
        if (this.ints.norm(u) === this.ints.norm(v)) { algebra = true; continue; }
        if (this.floats.form(u) === this.floats.form(v)) {
          reassociated ??= { output: x.name, index: unflatten(k, x.shape) };
          continue;
        }
        if (searched >= MAX_SEARCHED || now() > t0 + timeMs) { unexplained ??= { output: x.name, index: unflatten(k, x.shape) }; continue; }
        searched++;
        const cex = findCounterexample({ store: this.store, reference: this.ref, candidate: m, output: o, flat: k, outputs: [x, y], rng: makeRng(k + 1), explain: (mod, out, flat) => this.explainRun(mod, out, flat), show: (t) => this.ints.norm(t), deadline: t0 + timeMs, stepBudget: this.budget.stepBudget ?? DEFAULT_CHECK_STEP_BUDGET });
        if (cex) return { status: "differs", reason: `'${x.name}' differs at [${cex.index.join(", ")}]`, counterexample: cex, ...stats() };
        unexplained ??= { output: x.name, index: unflatten(k, x.shape) };
      }
    }
    if (unexplained) {
      return { status: "not-provable", reason: `'${unexplained.output}' at [${unexplained.index.join(", ")}] is computed by different expressions in the two designs, and no input was found on which they differ`, ...stats() };
    }
    if (reassociated) return { status: "reassociated", ...reassociated, ...stats() };
    return { status: "proved", how: algebra ? "algebra" : "identical", ...stats() };
  }

  /**
   * Both programs deadlock: equivalent when every process waits on the same FIFO in the same way (a Kahn
   * network's final state does not depend on the schedule) and the outputs hold the same values so far.
   */
  private compareDeadlocks(a: DeadlockStop, b: DeadlockStop, labels: { reference: string; candidate: string }, st: VerifyStats): VerifyVerdict {
    const wa = new Set(a.waits), wb = new Set(b.waits);
    const onlyA = a.waits.filter((w) => !wb.has(w)), onlyB = b.waits.filter((w) => !wa.has(w));
    if (onlyA.length || onlyB.length) {
      const say = (xs: string[]) => (xs.length ? xs.slice(0, 3).join("; ") + (xs.length > 3 ? `; and ${xs.length - 3} more` : "") : "nothing else");
      return { status: "differs", reason: `both deadlock, but in different states: in ${labels.reference} ${say(onlyA)}; in ${labels.candidate} ${say(onlyB)}`, ...st };
    }
    const pa = a.partial ?? [], pb = b.partial ?? [];
    for (let o = 0; o < pa.length; o++) {
      const x = pa[o]!, y = pb[o];
      if (!y || x.t.length !== y.t.length) return { status: "differs", reason: `both deadlock in the same state, but their outputs differ in shape ('${x.name}')`, ...st };
      for (let k = 0; k < x.t.length; k++) {
        const u = x.t[k]!, v = y.t[k]!;
        if (u === v || this.ints.norm(u) === this.ints.norm(v) || this.floats.form(u) === this.floats.form(v)) continue;
        const at = unflatten(k, x.shape).join(", ");
        return {
          status: "differs",
          reason: `both deadlock in the same state (${a.message.replace(/^every process is blocked: /, "")}), but '${x.name}' at [${at}] was written differently before it: ` +
            `${printTerm(this.store, this.ints.norm(u), 5)} in ${labels.reference}, ${printTerm(this.store, this.ints.norm(v), 5)} in ${labels.candidate}`,
          ...st,
        };
      }
    }
    return { status: "same-deadlock", reason: `both deadlock in the same state: ${a.message}; the outputs written before it are equal`, range: a.range, ...st };
  }

  /** Re-runs a module recording which store wrote each output element (only for counterexamples). */
  private explainRun(m: Module, output: number, flat: number): SourceRange | undefined {
    try {
      const x = new SymbolicExecutor(m, this.store, { deadline: now() + (this.budget.timeMs ?? 20_000), maxOps: Infinity, now }, true);
      const o = x.run(this.inputs)[output]?.mem.origin?.[flat];
      return o === undefined || o < 0 ? undefined : x.storeRanges[o];
    } catch {
      return undefined;
    }
  }
}

export function unflatten(flat: number, shape: readonly number[]): number[] {
  const idx: number[] = [];
  let r = flat;
  for (let d = shape.length - 1; d >= 0; d--) { idx.unshift(r % shape[d]!); r = Math.floor(r / shape[d]!); }
  return idx;
}

/** Compares two modules once (no reuse). */
export function verifyModules(reference: Module, candidate: Module, budget: VerifyBudget = {}): VerifyVerdict {
  return new Verifier(reference, budget).check(candidate);
}
