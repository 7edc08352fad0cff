/**
 * Runs one program through every API stage with small budgets and reports what escaped: exceptions thrown
 * past the API or internal-error diagnostics (the API's boundary turns the first into the second).
 */
import { aieMappingView, architecture, checkSteps, compile, estimate, exportProject, runScript, runTests, simulate, verify } from "../../src/core/api";
import { INTERNAL_ERROR_CODE } from "../../src/core/api-guard";
import type { Diagnostic } from "../../src/core/diagnostics";

export interface StageFailure {
  readonly stage: string;
  readonly message: string;
}

/** Budgets small enough that a mutant cannot keep a stage busy for long. */
const STEP_BUDGET = 200_000;
/** A script's numpy work, like its simulations, kept to what a mutant can do in a second or two. */
const SCRIPT_LIMITS = { scriptNumpyWork: 1 << 25 };
const VERIFY_BUDGET = { timeMs: 2_000, maxOps: 2_000_000, maxTerms: 2_000_000, stepBudget: STEP_BUDGET };

/**
 * Which stages run:
 * - `full`: every stage a user can reach (the file as a script and as a pytest module first);
 * - `core`: compile with the architecture graph, simulate, estimate with per-step estimates, the
 *   `vitis_hls` and `mlir` exports, the architecture graph and the differential step check (the set the
 *   100,000-program runs are counted on);
 * - `quick` (the unit suite's run): compile, simulate, estimate, the `vitis_hls` export, the graph.
 */
export type StageSet = "full" | "core" | "quick";
export const STAGE_SETS: readonly StageSet[] = ["full", "core", "quick"];

type Stage = readonly [string, (src: string) => { readonly diagnostics: readonly Diagnostic[] }];

/** The file run as Python and as pytest (`full` only): they run whether or not the design compiles. */
const SCRIPT_STAGES: readonly Stage[] = [
  ["script", (s) => runScript(s, { stepBudget: STEP_BUDGET, limits: SCRIPT_LIMITS })],
  ["test", (s) => runTests(s, { stepBudget: STEP_BUDGET, limits: SCRIPT_LIMITS })],
];
const QUICK: readonly Stage[] = [
  ["compile", (s) => compile(s)],
  ["simulate", (s) => simulate(s, { stepBudget: STEP_BUDGET })],
  ["estimate", (s) => estimate(s)],
  ["export", (s) => exportProject(s, { target: "vitis_hls", stepBudget: STEP_BUDGET })],
  ["arch", (s) => architecture(s)],
];
const CORE: readonly Stage[] = [
  ["compile", (s) => compile(s, { graph: true })],
  ["simulate", (s) => simulate(s, { stepBudget: STEP_BUDGET })],
  ["estimate", (s) => estimate(s, { steps: true })],
  ["export", (s) => exportProject(s, { target: "vitis_hls", stepBudget: STEP_BUDGET })],
  ["arch", (s) => architecture(s)],
  ["mlir", (s) => exportProject(s, { target: "mlir" })],
  ["check-steps", (s) => checkSteps(s, { stepBudget: STEP_BUDGET })],
];
const FULL: readonly Stage[] = [
  ...SCRIPT_STAGES,
  ...CORE.slice(0, 6),
  ["aie", (s) => exportProject(s, { target: "aie", stepBudget: STEP_BUDGET })],
  ["aie-view", (s) => aieMappingView(s)],
  ["check-steps", (s) => checkSteps(s, { stepBudget: STEP_BUDGET })],
  ["verify", (s) => verify(s, { budget: VERIFY_BUDGET })],
];
const SETS: Readonly<Record<StageSet, readonly Stage[]>> = { full: FULL, core: CORE, quick: QUICK };

/** `onStage` is told before each stage starts (the fuzzer times each stage on its own). */
export function runStages(source: string, set: StageSet = "full", onStage?: (stage: string) => void): StageFailure[] {
  const out: StageFailure[] = [];
  for (const [stage, run] of SETS[set]) {
    onStage?.(stage);
    try {
      const r = run(source);
      for (const d of r.diagnostics) if (d.code === INTERNAL_ERROR_CODE) out.push({ stage, message: d.message });
      // A design that does not compile fails the same way in every later stage.
      if (stage === "compile" && r.diagnostics.some((d) => d.severity === "error")) break;
    } catch (e) {
      out.push({ stage, message: `threw past the API: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` });
    }
  }
  return out;
}
