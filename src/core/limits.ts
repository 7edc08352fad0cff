/**
 * Resource limits (RELIABILITY.md): what a design may ask of the machine that compiles, simulates,
 * estimates and exports it. Going over one is a user error with a located diagnostic that names the limit
 * and how to raise it, never an exhausted heap or a frozen tab.
 */
import type { DiagnosticSink } from "./diagnostics";
import type * as ir from "./ir/nodes";
import { buffersOf } from "./ir/nodes";
import { DEFAULT_SCRIPT_LIMITS, SCRIPT_LIMIT_FLAGS } from "./frontend/script-limits";
import type { ScriptLimits } from "./frontend/script-limits";
export type { ScriptLimits } from "./frontend/script-limits";

export interface Limits extends ScriptLimits {
  /** Elements of one array (parameter, local, FIFO block). */
  readonly arrayElements: number;
  /** Elements of all arrays of the design together. */
  readonly totalElements: number;
  /** Depth of one FIFO (`Stream[T, depth]`, `s.to(..., depth=)`). */
  readonly fifoDepth: number;
}

export const DEFAULT_LIMITS: Limits = {
  ...DEFAULT_SCRIPT_LIMITS,
  arrayElements: 1 << 24,
  totalElements: 1 << 26,
  fifoDepth: 1 << 20,
};

/** How each limit is raised, for the diagnostics. */
export const LIMIT_FLAGS: Readonly<Record<keyof Limits, string>> = {
  arrayElements: "--max-array-elements N (studio: the run settings' design limits; API: limits.arrayElements)",
  totalElements: "--max-total-elements N (studio: the run settings' design limits; API: limits.totalElements)",
  fifoDepth: "--max-fifo-depth N (studio: the run settings' design limits; API: limits.fifoDepth)",
  ...SCRIPT_LIMIT_FLAGS,
};

export function limitsWith(partial: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...(partial ?? {}) };
}

const n = (x: number) => x.toLocaleString("en-US");

/** Reports arrays and FIFOs beyond the limits; true when the module is within them. */
export function checkModuleLimits(m: ir.Module, limits: Limits, sink: DiagnosticSink): boolean {
  let total = 0;
  let ok = true;
  const seen = new Set<number>();
  for (const f of m.funcs) {
    // A compact PE grid's FIFO chains are channels once it is expanded.
    for (const r of f.attrs.peGrid?.relays ?? []) {
      if (r.depth > limits.fifoDepth) {
        sink.error("E-limit-fifo", `the FIFOs of '${r.bufName}' have depth ${n(r.depth)}; FIFOs are limited to depth ${n(limits.fifoDepth)} (raise it with ${LIMIT_FLAGS.fifoDepth})`, r.range);
        ok = false;
      }
    }
    for (const b of buffersOf(f)) {
      if (seen.has(b.id)) continue;
      seen.add(b.id);
      const elements = b.type.shape.reduce((a, d) => a * d, 1);
      if (elements > limits.arrayElements) {
        sink.error("E-limit-array", `'${b.name}' has ${n(elements)} elements; arrays are limited to ${n(limits.arrayElements)} elements (raise it with ${LIMIT_FLAGS.arrayElements})`, b.range);
        ok = false;
      }
      total += elements;
      if (b.stream && b.stream.depth > limits.fifoDepth) {
        sink.error("E-limit-fifo", `FIFO '${b.name}' has depth ${n(b.stream.depth)}; FIFOs are limited to depth ${n(limits.fifoDepth)} (raise it with ${LIMIT_FLAGS.fifoDepth})`, b.range);
        ok = false;
      }
    }
  }
  if (ok && total > limits.totalElements) {
    const top = m.funcs.find((f) => f.name === m.top);
    sink.error("E-limit-total", `the design's arrays have ${n(total)} elements together; designs are limited to ${n(limits.totalElements)} (raise it with ${LIMIT_FLAGS.totalElements})`, top?.range ?? { from: 0, to: 0 });
    ok = false;
  }
  return ok;
}

/**
 * The estimator's work: it schedules the body of a fully unrolled loop once per copy. One loop walks at
 * most `copiesPerLoop` copies; nested unrolls multiply, so all the unrolls of one schedule together walk
 * at most `copiesPerSchedule` copies of their innermost body (at least one per loop). The rest are
 * extrapolated from the copies walked, with a note on the loop.
 */
export const ESTIMATOR_LIMITS = {
  copiesPerLoop: 1024,
  copiesPerSchedule: 16_384,
} as const;

/**
 * Step budget of the checks that simulate on their own, behind another stage: the differential step check
 * (all its simulations together) and the equivalence checker's confirming runs. Smaller than a run's
 * default because nobody asked for these runs; a design that needs more gets a note, not a frozen check.
 */
export const DEFAULT_CHECK_STEP_BUDGET = 100_000_000;

/** How a step budget is raised, for the diagnostics of every stage that simulates. */
export const STEP_BUDGET_FLAG = "--step-budget N, the studio's run settings or the API's stepBudget";
