/**
 * Resource limits (RELIABILITY.md): what a design may ask of the machine that compiles, simulates,
 * estimates and exports it. Going over one is a user error with a located diagnostic that names the limit
 * and how to raise it, never an exhausted heap or a frozen tab.
 */
import type { DiagnosticSink } from "./diagnostics";
import type * as ir from "./ir/nodes";
import { buffersOf, walkStmts } from "./ir/nodes";
import type { SourceRange } from "./diagnostics";
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
  /** Elements all FIFOs of the design can hold together (depth × elements per entry, summed). */
  readonly totalFifoElements: number;
  /** Statements the design's compact PE grids expand to (schedule/grid.ts `expansionStatements`). */
  readonly gridStatements: number;
}

export const DEFAULT_LIMITS: Limits = {
  ...DEFAULT_SCRIPT_LIMITS,
  arrayElements: 1 << 24,
  totalElements: 1 << 26,
  fifoDepth: 1 << 20,
  totalFifoElements: 1 << 26,
  gridStatements: 1 << 18,
};

/** How each limit is raised, for the diagnostics. */
export const LIMIT_FLAGS: Readonly<Record<keyof Limits, string>> = {
  arrayElements: "--max-array-elements N (studio: the run settings' design limits; API: limits.arrayElements)",
  totalElements: "--max-total-elements N (studio: the run settings' design limits; API: limits.totalElements)",
  fifoDepth: "--max-fifo-depth N (studio: the run settings' design limits; API: limits.fifoDepth)",
  totalFifoElements: "--max-total-fifo N (studio: the run settings' design limits; API: limits.totalFifoElements)",
  gridStatements: "--max-grid-statements N (studio: the run settings' design limits; API: limits.gridStatements)",
  ...SCRIPT_LIMIT_FLAGS,
};

export function limitsWith(partial: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...(partial ?? {}) };
}

const n = (x: number) => x.toLocaleString("en-US");

/** What FIFOs of a design hold together, and the largest contribution (for the diagnostic's place). */
interface FifoStorage {
  total: number;
  largest?: { readonly elements: number; readonly what: string; readonly range: SourceRange };
}

function addFifos(acc: FifoStorage, elements: number, what: () => string, range: SourceRange): void {
  acc.total += elements;
  if (!acc.largest || elements > acc.largest.elements) acc.largest = { elements, what: what(), range };
}

/** Reports arrays and FIFOs beyond the limits; true when the module is within them. */
export function checkModuleLimits(m: ir.Module, limits: Limits, sink: DiagnosticSink): boolean {
  let total = 0;
  let ok = true;
  const seen = new Set<number>();
  const fifos: FifoStorage = { total: 0 };
  for (const f of m.funcs) {
    const grid = f.attrs.peGrid;
    // A compact grid's body runs once per PE: its own FIFOs are allocated once per PE.
    const copies = grid ? grid.shape.reduce((a, d) => a * d, 1) : 1;
    // A compact PE grid's FIFO chains are channels once it is expanded: along the relay's axis, one
    // FIFO into each PE (from its neighbour, or from the loader at the grid's edge).
    for (const r of grid?.relays ?? []) {
      if (r.depth > limits.fifoDepth) {
        sink.error("E-limit-fifo", `the FIFOs of '${r.bufName}' have depth ${n(r.depth)}; FIFOs are limited to depth ${n(limits.fifoDepth)} (raise it with ${LIMIT_FLAGS.fifoDepth})`, r.range);
        ok = false;
      }
      addFifos(fifos, copies * r.depth, () => `${n(copies)} FIFOs of depth ${n(r.depth)} carrying '${r.bufName}'`, r.range);
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
    // A FIFO is stored where it is allocated; a function's stream parameters are its caller's FIFOs.
    walkStmts(f.body, (s) => {
      if (s.kind !== "alloc" || !s.buf.stream) return;
      const b = s.buf, entry = b.type.shape.reduce((a, d) => a * d, 1);
      addFifos(fifos, copies * b.stream!.depth * entry, () => `${copies > 1 ? `${n(copies)} copies of ` : ""}FIFO '${b.name}' of depth ${n(b.stream!.depth)}${entry > 1 ? ` × ${n(entry)} elements` : ""}`, b.range);
    });
  }
  if (ok && total > limits.totalElements) {
    const top = m.funcs.find((f) => f.name === m.top);
    sink.error("E-limit-total", `the design's arrays have ${n(total)} elements together; designs are limited to ${n(limits.totalElements)} (raise it with ${LIMIT_FLAGS.totalElements})`, top?.range ?? { from: 0, to: 0 });
    ok = false;
  }
  if (ok && fifos.total > limits.totalFifoElements) {
    const l = fifos.largest!;
    sink.error("E-limit-fifo-total", `the design's FIFOs hold ${n(fifos.total)} elements together (the most: ${l.what}, ${n(l.elements)}); designs are limited to ${n(limits.totalFifoElements)} FIFO elements (raise it with ${LIMIT_FLAGS.totalFifoElements})`, l.range);
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
