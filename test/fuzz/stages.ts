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
const VERIFY_BUDGET = { timeMs: 2_000, maxOps: 2_000_000, maxTerms: 2_000_000, stepBudget: STEP_BUDGET };

/**
 * Every stage a user can reach; `quick` (the unit suite's run) drops the slower extras: per-step estimates,
 * the differential step check, the equivalence checker, the AIE export and tile view, the MLIR export.
 */
type Stage = readonly [string, (src: string) => { readonly diagnostics: readonly Diagnostic[] }];

function stages(quick: boolean): readonly Stage[] {
  const extras: Stage[] = [
    ["mlir", (s) => exportProject(s, { target: "mlir" })],
    ["aie", (s) => exportProject(s, { target: "aie" })],
    ["aie-view", (s) => aieMappingView(s)],
    ["check-steps", (s) => checkSteps(s, { stepBudget: STEP_BUDGET })],
    ["verify", (s) => verify(s, { budget: VERIFY_BUDGET })],
  ];
  return [
    ["compile", (s) => compile(s, { graph: !quick })],
    ["simulate", (s) => simulate(s, { stepBudget: STEP_BUDGET })],
    ["estimate", (s) => estimate(s, { steps: !quick })],
    ["export", (s) => exportProject(s, { target: "vitis_hls", stepBudget: STEP_BUDGET })],
    ["arch", (s) => architecture(s)],
    ...(quick ? [] : extras),
  ];
}

/** The file run as Python and as pytest (not in `quick`): they run whether or not the design compiles. */
const SCRIPT_STAGES: readonly Stage[] = [
  ["script", (s) => runScript(s, { stepBudget: STEP_BUDGET })],
  ["test", (s) => runTests(s, { stepBudget: STEP_BUDGET })],
];

/** `onStage` is told before each stage starts (the fuzzer times each stage on its own). */
export function runStages(source: string, quick = false, onStage?: (stage: string) => void): StageFailure[] {
  const out: StageFailure[] = [];
  for (const [stage, run] of [...(quick ? [] : SCRIPT_STAGES), ...stages(quick)]) {
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
