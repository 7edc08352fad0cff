/**
 * The compiler's only entry point: every host (web worker, CLI, tests) calls these functions.
 * Nothing here throws on user input: mistakes come back as diagnostics.
 */
export type * from "./api-types";
import type { CompileOptions, CompileResult, DesignInfo, SimulateOptions, SimulateResult } from "./api-types";
import { compileDesign } from "./compile";
import type { Diagnostic } from "./diagnostics";
import { printModule } from "./ir/mlir";
import { DEFAULT_STEP_BUDGET, runModule } from "./sim/simulate";
import type { Module } from "./ir/nodes";
import { buildArchGraph } from "./arch/graph";
import type { ArchGraph } from "./arch/graph";
export type { ArchGraph, ArchNode, ArchEdge } from "./arch/graph";

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

function designInfo(m: Module): DesignInfo {
  const top = m.funcs.find((f) => f.name === m.top)!;
  return {
    top: m.top,
    params: top.params.map((p) => ({ name: p.name, type: p.type, range: p.range })),
    returns: top.results,
    functions: [m.top, ...m.funcs.map((f) => f.name).filter((n) => n !== m.top)],
  };
}

export function compile(source: string, options: CompileOptions = {}): CompileResult {
  const c = compileDesign(source, options);
  const timings = { ...c.timings };
  if (!c.design) return { diagnostics: c.sink.items, timings };
  const t = now();
  const mlir = printModule(c.design.module);
  timings.print = now() - t;
  return { diagnostics: c.sink.items, design: designInfo(c.design.module), mlir, timings };
}

export function simulate(source: string, options: SimulateOptions = {}): SimulateResult {
  const c = compileDesign(source, options);
  const timings = { ...c.timings };
  if (!c.design) return { diagnostics: c.sink.items, timings };
  const t = now();
  const r = runModule(c.design.module, options.inputs ?? {}, options.seed ?? 1, options.stepBudget ?? DEFAULT_STEP_BUDGET);
  timings.simulate = now() - t;
  if (!r.ok) {
    c.sink.error(r.error.code, r.error.message, r.error.range);
    return { diagnostics: c.sink.items, timings };
  }
  Object.assign(timings, r.timings);
  return { diagnostics: c.sink.items as Diagnostic[], inputs: r.inputs, args: r.args, returns: r.returns, timings };
}

/** The architecture graph of the design (DESIGN §7): memories, kernels, buffers, FIFOs, edges. */
export function architecture(source: string, options: CompileOptions = {}): { diagnostics: readonly Diagnostic[]; graph?: ArchGraph } {
  const c = compileDesign(source, options);
  if (!c.design) return { diagnostics: c.sink.items };
  return { diagnostics: c.sink.items, graph: buildArchGraph(c.design.module) };
}
