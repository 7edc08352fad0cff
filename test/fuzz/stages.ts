/**
 * Runs one program through every API stage with small budgets and reports what escaped: exceptions thrown
 * past the API or internal-error diagnostics (the API's boundary turns the first into the second).
 */
import { architecture, checkSteps, compile, estimate, exportProject, simulate } from "../../src/core/api";
import { INTERNAL_ERROR_CODE } from "../../src/core/api-guard";
import type { Diagnostic } from "../../src/core/diagnostics";

export interface StageFailure {
  readonly stage: string;
  readonly message: string;
}

/** Budgets small enough that a mutant cannot keep a stage busy for long. */
const STEP_BUDGET = 200_000;

/** Every stage; `quick` drops the per-step extras (step estimates, the differential step check). */
type Stage = readonly [string, (src: string) => { readonly diagnostics: readonly Diagnostic[] }];

function stages(quick: boolean): readonly Stage[] {
  const extras: Stage[] = [
    ["mlir", (s) => exportProject(s, { target: "mlir" })],
    ["check-steps", (s) => checkSteps(s)],
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

export function runStages(source: string, quick = false): StageFailure[] {
  const out: StageFailure[] = [];
  for (const [stage, run] of stages(quick)) {
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
