/**
 * The schedule engine: applies a schedule's primitive records to the unscheduled module, one step
 * at a time, keeping every intermediate module (the studio's before/after view and `ir --steps`).
 * Nothing here throws on user input: a failing step is an "error" step and the rest are "skipped".
 */
import type { SourceRange } from "../diagnostics";
import type { PrimitiveRecord } from "../frontend/schedule-record";
import type { Module } from "../ir/nodes";
import type { Tensor } from "../api-types";
import { runModule } from "../sim/simulate";
import type { SimOutcome } from "../sim/simulate";
import type { ScheduleContext, ScheduleDiagnostic } from "./ir-util";
import { ScheduleError, emptyContext } from "./ir-util";
import { primitiveFor, primitiveNames } from "./registry";
import { expandGrids, expansionStatements } from "./grid";
import { DEFAULT_LIMITS, LIMIT_FLAGS } from "../limits";
import { formatCount } from "../numbers";
import type { Limits } from "../limits";
import type { Plan } from "./primitive";

export type { ScheduleDiagnostic, ScheduleContext } from "./ir-util";
export type { Plan, Primitive } from "./primitive";
export { primitiveFor, primitiveNames };

export interface ScheduleStep {
  /** 1-based; step 0 (the unscheduled module) is not a step. */
  readonly index: number;
  readonly method: string;
  /** Source text of the call, e.g. `s.reorder("k", "j")`. */
  readonly text: string;
  readonly range: SourceRange;
  /** What the step did, in words (or why it did not apply). */
  readonly description: string;
  readonly status: "applied" | "error" | "skipped";
  /**
   * The module after this step (the previous one for error and skipped steps), PE grids expanded to
   * one function per PE (computed when first read).
   */
  readonly module: Module;
  /** The same module with PE grids in compact form (schedule/grid.ts), as the schedule works on it. */
  readonly compact: Module;
  readonly diagnostics: readonly ScheduleDiagnostic[];
  /** True when a float accumulation now runs in another order, so results may differ in the last bits. */
  readonly reordersFloatReduction: boolean;
}

export interface ScheduleResult {
  readonly steps: ScheduleStep[];
  /** The module after the last applied step, PE grids expanded (computed when first read). */
  readonly final: Module;
  /** The same, grids compact. */
  readonly compactFinal: Module;
}

/** `o` with a `module` that is `compact` with its grids expanded, computed when first read. */
function withExpanded<T extends object>(o: T, compact: Module): T & { readonly module: Module; readonly compact: Module } {
  return Object.defineProperty({ ...o, compact }, "module", { get: () => expandGrids(compact), enumerable: true }) as T & { module: Module; compact: Module };
}

/**
 * The error of a step after which the module's PE grids would expand to more statements than
 * `limit` (every view that shows PEs one by one expands them: the MLIR, the simulator, the exports).
 */
function gridTooLarge(m: Module, rec: PrimitiveRecord, limit: number): ScheduleError | undefined {
  const { total, largest } = expansionStatements(m);
  if (total <= limit || !largest) return undefined;
  return new ScheduleError(
    "E-limit-grid",
    `${rec.method}(): the PE grids would expand to ${formatCount(total)} statements (the most: ${largest.template.name}, ${formatCount(largest.pes)} PEs × ${formatCount(largest.perPE)} each: the PE body and the functions it calls, plus 4 per PE and 8 per FIFO chain and drain); designs are limited to ${formatCount(limit)} (raise it with ${LIMIT_FLAGS.gridStatements}), or unfold fewer loops or a smaller PE body`,
    rec.range,
  );
}

/**
 * Applies `records` in order to `m` (never mutated); steps after a failing one are skipped. A step
 * after which the PE grids would expand beyond `limits.gridStatements` fails.
 */
export function applySchedule(m: Module, records: readonly PrimitiveRecord[], top: string = m.top, limits: Pick<Limits, "gridStatements"> = DEFAULT_LIMITS): ScheduleResult {
  const steps: ScheduleStep[] = [];
  const base = emptyContext(top);
  let cur = m;
  let failed = false;
  const composed = new Set<string>();
  const instanceChecks: { diagnostics: ScheduleDiagnostic[]; checks: NonNullable<Plan["unscheduledInstances"]> }[] = [];
  records.forEach((rec, i) => {
    const common = { index: i + 1, method: rec.method, text: rec.text, range: rec.range };
    if (failed) {
      steps.push(withExpanded({ ...common, description: "skipped: an earlier step failed", status: "skipped" as const, diagnostics: [], reordersFloatReduction: false }, cur));
      return;
    }
    const ctx: ScheduleContext = { ...base, position: i + 1, scheduleTop: top };
    try {
      const p = primitiveFor(rec.method).plan(cur, rec, ctx);
      const tooLarge = gridTooLarge(p.module, rec, limits.gridStatements);
      if (tooLarge) throw tooLarge;
      cur = p.module;
      p.partitions?.forEach(([k, d]) => base.partitions.set(k, [...(base.partitions.get(k) ?? []), d]));
      if (p.alias) base.aliases.set(p.alias[0], p.alias[1]);
      const diagnostics = [...(p.warnings ?? [])];
      p.composed?.forEach((n) => composed.add(n));
      if (p.unscheduledInstances) instanceChecks.push({ diagnostics, checks: p.unscheduledInstances });
      steps.push(withExpanded({ ...common, description: p.description, status: "applied" as const, diagnostics, reordersFloatReduction: !!p.reordersFloatReduction }, cur));
    } catch (e) {
      if (!(e instanceof ScheduleError)) throw e;
      failed = true;
      steps.push(withExpanded({ ...common, description: `error: ${e.message}`, status: "error" as const, diagnostics: [e.diagnostic], reordersFloatReduction: false }, cur));
    }
  });
  for (const { diagnostics, checks } of instanceChecks) {
    for (const c of checks) {
      const left = c.others.filter((n) => !composed.has(n));
      if (left.length === 0) continue;
      diagnostics.push({ code: "W-compose-instance", message: `compose(): ${c.top} has ${c.others.length + 1} instances (${[c.target, ...c.others].join(", ")}); without id= this schedule applies to ${c.target} only, and no compose schedules ${left.join(", ")}. Compose once per instance with id= to schedule the others`, range: c.range });
    }
  }
  const compactFinal = cur;
  return Object.defineProperty({ steps, compactFinal }, "final", { get: () => expandGrids(compactFinal), enumerable: true }) as ScheduleResult;
}

export interface DifferentialResult {
  readonly equal: boolean;
  readonly firstDiff?: { readonly name: string; readonly index: number; readonly before: number | bigint; readonly after: number | bigint };
  /** Set when a simulation failed (budget, runtime error): then `equal` is false. */
  readonly error?: string;
}

export const DIFF_BUDGET = 5e8;

/**
 * Simulates both modules on the same seeded inputs and compares every array argument and return,
 * bit-exactly (floats by value with -0 ≠ 0 and NaN = NaN). Arrays compare flat, so reshaped
 * buffers still line up.
 */
export function differentialCheck(before: Module, after: Module, seed: number, budget = DIFF_BUDGET): DifferentialResult {
  return compareRuns(runModule(before, {}, seed, budget), runModule(after, {}, seed, budget));
}

/** The comparison of {@link differentialCheck} on two finished runs (so a caller can reuse the first). */
export function compareRuns(a: SimOutcome, b: SimOutcome): DifferentialResult {
  if (!a.ok) return { equal: false, error: `unscheduled module: ${a.error.message}` };
  if (!b.ok) return { equal: false, error: `scheduled module: ${b.error.message}` };
  const pairs: [string, Tensor, Tensor | undefined][] = [
    ...Object.entries(a.args).filter(([, t]) => t.shape.length > 0).map(([n, t]) => [n, t, b.args[n]] as [string, Tensor, Tensor | undefined]),
    ...a.returns.map((t, i) => [`return ${i}`, t, b.returns[i]] as [string, Tensor, Tensor | undefined]),
  ];
  for (const [name, x, y] of pairs) {
    if (!y) return { equal: false, error: `${name} is missing after scheduling` };
    const n = Math.max(x.data.length, y.data.length);
    for (let i = 0; i < n; i++) {
      const u = x.data[i]!, v = y.data[i]!;
      if (!sameValue(u, v)) return { equal: false, firstDiff: { name, index: i, before: u, after: v } };
    }
  }
  return { equal: true };
}

function sameValue(u: number | bigint | undefined, v: number | bigint | undefined): boolean {
  if (typeof u === "bigint" || typeof v === "bigint") return u === v;
  return Object.is(u, v);
}
