/**
 * The compiler's only entry point: every host (web worker, CLI, tests) calls these functions.
 * Nothing here throws on user input: mistakes come back as diagnostics.
 */
export type * from "./api-types";
import type { CheckStepsOptions, CompileOptions, CompileResult, DesignInfo, SimulateOptions, SimulateResult, StepCheck, StepInfo } from "./api-types";
import type { Tensor } from "./api-types";
import { F32 } from "./types/types";
import type { EstimateRequestOptions, EstimateResult, EstimateSummary } from "./api-types";
import { estimate as estimateModule, findDevice, summarize, ESTIMATE_DEVICES } from "./analysis";
import { compareRuns } from "./schedule";
import { DEFAULT_CHECK_STEP_BUDGET, STEP_BUDGET_FLAG } from "./limits";
import { compileDesign } from "./compile";
import type { Diagnostic } from "./diagnostics";
import { printModule } from "./ir/mlir";
import { DEFAULT_STEP_BUDGET, runModule } from "./sim/simulate";
import type { SimOutcome } from "./sim/simulate";
import type { Module } from "./ir/nodes";
import { buildArchGraph } from "./arch/graph";
import type { ArchGraph } from "./arch/graph";
import { designOutputs } from "./output/outputs";
import { guarded, internalErrorDiagnostic } from "./api-guard";
import type { VerifyOptions, VerifyResult } from "./api-types";
import { verifyAgainst, verifyDesignSteps } from "./analysis/verify";


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

function compileUnguarded(source: string, options: CompileOptions = {}): CompileResult {
  const c = compileDesign(source, options);
  const timings = { ...c.timings };
  if (!c.design) return { diagnostics: c.sink.items, timings };
  const t = now();
  const lines = c.sink.lines;
  // The output pane's MLIR is the same text: print it once.
  const outputs = options.outputs ? designOutputs(c.design, lines, options.outputs) : undefined;
  const mlir = outputs?.mlir.text ?? printModule(c.design.module);
  const steps: StepInfo[] = c.design.steps.map((st) => ({
    index: st.index, method: st.method, text: st.text, range: st.range, line: lines.lineCol(st.range.from).line,
    description: st.description, status: st.status, reordersFloatReduction: st.reordersFloatReduction,
    ...(options.stepIR ? { mlir: st.module === c.design!.module ? mlir : printModule(st.module) } : {}),
    ...(options.estimates && st.status === "applied" ? { estimate: summaryOf(st.compact) } : {}),
  }));
  const mlir0 = options.stepIR ? printModule(c.design.unscheduled) : undefined;
  timings.print = now() - t;
  const graph = options.graph ? buildArchGraph(c.design.compact, c.design.unscheduled) : undefined;
  const estimate0 = options.estimates ? summaryOf(c.design.unscheduled) : undefined;
  return { diagnostics: c.sink.items, design: designInfo(c.design.module), mlir, mlir0, steps, graph, timings, ...(estimate0 ? { estimate0 } : {}), ...(outputs ? { outputs } : {}) };
}

/** Float32 tolerance for steps that reorder a float reduction (relative, on the outputs' scale). */
export const FLOAT_REORDER_TOLERANCE = 1e-4;

/**
 * The differential check (issue: schedule primitives): simulates the kernel as written and the module
 * after each step on the same seeded inputs and says whether the step kept the results.
 */
function checkStepsUnguarded(source: string, options: CheckStepsOptions = {}): { diagnostics: readonly Diagnostic[]; checks?: StepCheck[] } {
  const c = compileDesign(source, options);
  if (!c.design) return { diagnostics: c.sink.items };
  const seed = options.seed ?? 1;
  const budget = options.stepBudget ?? DEFAULT_CHECK_STEP_BUDGET;
  let left = budget;
  const outOfBudget = `not run: the step check's simulations may take ${budget.toLocaleString("en-US")} loop iterations and calls together (raise it with ${STEP_BUDGET_FLAG})`;
  // Every step is compared with the same run of the kernel as written: run it once.
  let reference: SimOutcome | undefined;
  const run = (m: Module): SimOutcome | "budget" => {
    if (left <= 0) return "budget";
    const r = runModule(m, {}, seed, left);
    if (r.ok) left -= r.spent;
    else if (r.error.code === "E-budget") {
      left = 0;
      c.sink.warning("W-check-budget", `the step check stopped here: its simulations may take ${budget.toLocaleString("en-US")} loop iterations and calls together (raise it with ${STEP_BUDGET_FLAG})`, r.error.range);
      return "budget";
    }
    return r;
  };
  const checks: StepCheck[] = c.design.steps.map((st) => {
    if (st.status !== "applied") return { index: st.index, status: "not-run", note: st.status === "error" ? "the step failed" : "an earlier step failed" };
    const a = reference ?? run(c.design!.unscheduled);
    if (a === "budget") return { index: st.index, status: "not-run", note: outOfBudget };
    reference = a;
    const b = run(st.module);
    if (b === "budget") return { index: st.index, status: "not-run", note: outOfBudget };
    const d = compareRuns(a, b);
    if (d.error) return { index: st.index, status: "not-run", note: d.error };
    if (d.equal) return { index: st.index, status: "preserved" };
    const fd = d.firstDiff!;
    const firstDiff = { name: fd.name, index: fd.index, before: String(fd.before), after: String(fd.after) };
    if (st.reordersFloatReduction && typeof fd.before === "number" && typeof fd.after === "number" &&
        Math.abs(fd.before - fd.after) <= FLOAT_REORDER_TOLERANCE * Math.max(1, Math.abs(fd.before))) {
      return { index: st.index, status: "within-tolerance", firstDiff, note: "the step reorders a float reduction" };
    }
    return { index: st.index, status: "changed", firstDiff };
  });
  return { diagnostics: c.sink.items, checks };
}

function simulateUnguarded(source: string, options: SimulateOptions = {}): SimulateResult {
  const c = compileDesign(source, options);
  const timings = { ...c.timings };
  if (!c.design) return { diagnostics: c.sink.items, timings };
  const t = now();
  const r = runModule(c.design.module, options.inputs ?? {}, options.seed ?? 1, options.stepBudget ?? DEFAULT_STEP_BUDGET, options.timeline ?? false);
  timings.simulate = now() - t;
  if (!r.ok) {
    c.sink.error(r.error.code, r.error.message, r.error.range);
    return { diagnostics: c.sink.items, dataflow: r.dataflow, timings };
  }
  Object.assign(timings, r.timings);
  const w = c.design.schedule?.weights;
  const weights = w && Object.fromEntries([...w].map(([n, a]) => [n, { type: F32, shape: a.shape, data: a.data } as Tensor]));
  return { diagnostics: c.sink.items as Diagnostic[], inputs: r.inputs, args: r.args, returns: r.returns, dataflow: r.dataflow, ...(weights ? { weights } : {}), timings };
}

/** The architecture graph of the design (DESIGN §7): memories, kernels, buffers, FIFOs, edges. */
function architectureUnguarded(source: string, options: CompileOptions & { step?: number } = {}): { diagnostics: readonly Diagnostic[]; graph?: ArchGraph } {
  const c = compileDesign(source, options);
  if (!c.design) return { diagnostics: c.sink.items };
  const step = options.step;
  const module = step === undefined ? c.design.compact : step === 0 ? c.design.unscheduled : c.design.steps[step - 1]?.compact;
  if (!module) return { diagnostics: [...c.sink.items, { severity: "error", code: "E-step", message: `the schedule has ${c.design.steps.length} step(s); choose 0..${c.design.steps.length}`, range: { from: 0, to: 0 }, line: 1, col: 1 }] };
  return { diagnostics: c.sink.items, graph: buildArchGraph(module, c.design.unscheduled) };
}

import { exportProject as exportProjectUnguarded } from "./backend/export";

export const compile = guarded("compile", compileUnguarded);
export const checkSteps = guarded("checkSteps", checkStepsUnguarded);
export const simulate = guarded("simulate", simulateUnguarded);
export const architecture = guarded("architecture", architectureUnguarded);
export const estimate = guarded("estimate", estimateUnguarded);
export const exportProject = guarded("exportProject", exportProjectUnguarded);
import { aieMappingView as aieMappingViewUnguarded } from "./backend/aie/view-model";
import type { AieMappingView } from "./backend/aie/view-model";
export type { AieMappingView, AieTileView, AieFifoView } from "./backend/aie/view-model";

/** The AI Engine mapping for the tile-array view; a compiler bug becomes an internal-error diagnostic. */
export function aieMappingView(source: string, options: { device?: string; schedule?: string } = {}): AieMappingView {
  try {
    return aieMappingViewUnguarded(source, options);
  } catch (e) {
    return { diagnostics: [internalErrorDiagnostic("aieMappingView", e)], tiles: [], fifos: [], fits: false };
  }
}
import { runScript as runScriptUnguarded, runTests as runTestsUnguarded } from "./script/run";
import type { ScriptOptions, ScriptOutcome, TestOutcome } from "./script/run";

/** The file run as Python runs it; a compiler bug becomes an internal-error diagnostic with no output. */
export function runScript(source: string, options: ScriptOptions = {}): ScriptOutcome {
  try {
    return runScriptUnguarded(source, options);
  } catch (e) {
    return { diagnostics: [internalErrorDiagnostic("runScript", e)], output: [] };
  }
}

/** The file's test_* functions run as pytest runs them; a compiler bug becomes an internal-error diagnostic. */
export function runTests(source: string, options: ScriptOptions & { keyword?: string } = {}): TestOutcome {
  try {
    return runTestsUnguarded(source, options);
  } catch (e) {
    return { diagnostics: [internalErrorDiagnostic("runTests", e)], output: [], tests: [] };
  }
}
export type { ScriptOutcome, ScriptFailure, TestOutcome, TestCaseResult, ConsoleLine, ScriptOptions } from "./script/run";

/** Headline estimate of one IR snapshot (steps list); a snapshot the estimator cannot read has none. */
function summaryOf(m: Module): EstimateSummary | undefined {
  try {
    return summarize(estimateModule(m));
  } catch {
    return undefined;
  }
}

/**
 * The estimator (DESIGN §2): latency, II and resources of the design (or of schedule step `step`) as
 * Vitis HLS would report them, each number with its why and source range.
 */
function estimateUnguarded(source: string, options: EstimateRequestOptions = {}): EstimateResult {
  const c = compileDesign(source, options);
  const timings: Record<string, number> = { ...c.timings };
  if (!c.design) return { diagnostics: c.sink.items, timings };
  const bad = (code: string, message: string): EstimateResult => ({ diagnostics: [...c.sink.items, { severity: "error", code, message, range: { from: 0, to: 0 }, line: 1, col: 1 }], timings });
  if (options.device !== undefined && !findDevice(options.device)) return bad("E-estimate-device", `unknown device '${options.device}'; known devices: ${Object.keys(ESTIMATE_DEVICES).join(", ")}`);
  if (options.clockMHz !== undefined && !(options.clockMHz > 0 && options.clockMHz <= 1000)) return bad("E-estimate-clock", `the clock must be between 0 and 1000 MHz, got ${options.clockMHz}`);
  const step = options.step;
  // Compact grids: the estimator works per PE class (analysis/grid-plan.ts) and expands only what it cannot.
  const module = step === undefined ? c.design.compact : step === 0 ? c.design.unscheduled : c.design.steps[step - 1]?.compact;
  if (!module) return bad("E-step", `the schedule has ${c.design.steps.length} step(s); choose 0..${c.design.steps.length}`);
  const t = now();
  const e = estimateModule(module, { device: options.device, clockMHz: options.clockMHz });
  timings.estimate = now() - t;
  // Steps that leave the module as it was (the last step's module is the design's) are estimated once.
  const known = new Map<Module, EstimateSummary | undefined>();
  if (options.device === undefined && options.clockMHz === undefined) known.set(module, summarize(e));
  const summary = (m: Module) => {
    if (!known.has(m)) known.set(m, summaryOf(m));
    return known.get(m);
  };
  const steps = options.steps ? [summary(c.design.unscheduled), ...c.design.steps.map((st) => (st.status === "applied" ? summary(st.compact) : undefined))] : undefined;
  return { diagnostics: c.sink.items, estimate: e, ...(steps ? { steps } : {}), timings };
}

/**
 * The equivalence checker: proves each schedule step equal to the kernel as written by symbolic execution
 * (or says why not: a difference with a counterexample, float re-association, a construct it cannot
 * interpret, the budget), or compares the design with another schedule of the file (`against`).
 */
function verifyUnguarded(source: string, options: VerifyOptions = {}): VerifyResult {
  const c = compileDesign(source, options);
  const timings: Record<string, number> = { ...c.timings };
  if (!c.design) return { diagnostics: c.sink.items, timings };
  const t = now();
  if (options.against !== undefined) {
    const other = compileDesign(source, { ...options, schedule: options.against });
    if (!other.design) return { diagnostics: other.sink.items, timings };
    const name = options.schedule ?? "the design";
    const verdict = verifyAgainst(other.design.module, c.design.module, c.sink.lines, { reference: `'${options.against}'`, candidate: name }, options.budget);
    timings.verify = now() - t;
    return { diagnostics: c.sink.items, steps: [{ index: 0, text: `${name} against ${options.against}`, line: 1, verdict }], timings };
  }
  const n = c.design.steps.length;
  if (options.step !== undefined && !(options.step >= 1 && options.step <= n)) {
    return { diagnostics: [...c.sink.items, { severity: "error", code: "E-step", message: `the schedule has ${n} step(s); choose 1..${n}`, range: { from: 0, to: 0 }, line: 1, col: 1 }], timings };
  }
  const steps = verifyDesignSteps(c.design, c.sink.lines, options.budget, options.step);
  timings.verify = now() - t;
  return { diagnostics: c.sink.items, steps, timings };
}

export const verify = guarded("verify", verifyUnguarded);
