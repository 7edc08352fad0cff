/**
 * Cycle costs for the simulator's timed mode (DESIGN §6). The simulator advances a process's clock at
 * the end of every loop iteration, nested loops included, so the cost of one iteration here leaves
 * out the loops nested in it (they advance the clock themselves):
 * - a pipelined loop: its achieved II; loops inside it (unrolled by HLS): 0;
 * - an unrolled loop: the cycles of a group of copies divided by the copies in it;
 * - any other loop: the latency of its body minus the latency of the loops directly in it.
 * Once a pipelined loop is done its drain (depth − II) is added, and straight-line code in a
 * function's own body adds its latency when it has run (`afterCycles`), so a process's clock at its
 * end is the estimator's latency of the function (less any waiting on FIFOs).
 */
import type * as ir from "../ir/nodes";
import { findFunc } from "../ir/nodes";
import { DEFAULT_CLOCK_MHZ } from "./devices";
import { ModuleAnalysis } from "./estimate";

const cache = new WeakMap<object, ModuleAnalysis>();

function analysisFor(func: ir.Func, module?: ir.Module, clockMHz = DEFAULT_CLOCK_MHZ): ModuleAnalysis {
  const key: object = module ?? func;
  let a = cache.get(key);
  if (!a || a.clockMHz !== clockMHz) {
    const m: ir.Module = module ?? { kind: "module", funcs: [func], top: func.name };
    a = new ModuleAnalysis(m, clockMHz);
    cache.set(key, a);
  }
  const f = module ? findFunc(module, func.name) ?? func : func;
  a.func(f);
  return a;
}

/**
 * The clock advance per iteration of `loop` in `func` (the II when pipelined). Pass the module when
 * `func` calls other functions (their latency counts; without it a call counts 1 cycle). Results are
 * cached per module (or function) object: IR snapshots are immutable.
 */
export function iterationCycles(func: ir.Func, loop: ir.For | ir.While, module?: ir.Module, clockMHz?: number): number {
  const a = analysisFor(func, module, clockMHz);
  return a.loopCycles.get(loop) ?? 1;
}

/** The clock advance once statement `s` of `func` is done (a pipelined loop's drain, straight-line code in the function's body). */
export function afterCycles(func: ir.Func, s: ir.Stmt, module?: ir.Module, clockMHz?: number): number {
  return analysisFor(func, module, clockMHz).afterCycles.get(s) ?? 0;
}

/** A ready-made `(func, stmt) => cycles` for `compileModule`'s timed mode, bound to one module. */
export function afterCyclesFor(module: ir.Module, clockMHz?: number): (func: ir.Func, s: ir.Stmt) => number {
  return (func, s) => afterCycles(func, s, module, clockMHz);
}

/** A ready-made `(func, loop) => cycles` for `compileModule`'s timed mode, bound to one module. */
export function cyclesFor(module: ir.Module, clockMHz?: number): (func: ir.Func, loop: ir.For | ir.While) => number {
  return (func, loop) => iterationCycles(func, loop, module, clockMHz);
}
