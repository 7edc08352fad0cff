/** `allo-studio verify FILE`: one verdict per schedule step, from the equivalence checker. */
import { verify } from "../core/api";
import type { CompileOptions, StepVerdict, Tensor, VerifyVerdict } from "../core/api-types";
import type { Diagnostic } from "../core/diagnostics";

export interface VerifyFlags {
  readonly schedule?: string;
  readonly step?: number;
  readonly against?: string;
  readonly json: boolean;
  readonly timeMs?: number;
  readonly stepBudget?: number;
  readonly limits?: CompileOptions["limits"];
}

/** Prints the verdicts; returns the exit code: 1 when a step differs (or the design has errors), else 0. */
export function verifyCommand(file: string, source: string, flags: VerifyFlags, printDiagnostics: (ds: readonly Diagnostic[]) => boolean): number {
  const r = verify(source, { limits: flags.limits, schedule: flags.schedule, step: flags.step, against: flags.against, budget: { ...(flags.timeMs !== undefined ? { timeMs: flags.timeMs } : {}), ...(flags.stepBudget !== undefined ? { stepBudget: flags.stepBudget } : {}) } });
  const bad = printDiagnostics(r.diagnostics);
  if (!r.steps) return 1;
  if (flags.json) {
    console.log(JSON.stringify({ file, steps: r.steps }, (_, v) => (typeof v === "bigint" ? v.toString() : ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v), 2));
  } else {
    if (r.steps.length === 0) console.log(`${file}: the design has no schedule steps to verify`);
    for (const st of r.steps) console.log(formatStep(st));
  }
  const differs = r.steps.some((s) => s.verdict.status === "differs");
  return differs || bad ? 1 : 0;
}

export function formatStep(st: StepVerdict): string {
  const head = st.index === 0 ? st.text : `step ${st.index} (line ${st.line}) ${st.text.replace(/\s+/g, " ")}`;
  return `${head}: ${formatVerdict(st.verdict, st.reassociatedBy)}`;
}

export function formatVerdict(v: VerifyVerdict, reassociatedBy?: number): string {
  const cost = `[${v.ops.toLocaleString("en-US")} ops, ${Math.round(v.ms)} ms]`;
  switch (v.status) {
    case "proved": return `proved ${v.how === "algebra" ? "(equal by integer algebra) " : ""}${cost}`;
    case "reassociated": return `equal up to float re-association (${v.output}[${v.index.join(", ")}]${reassociatedBy ? `; first by step ${reassociatedBy}` : ""}) ${cost}`;
    case "not-provable": return `not provable here: ${v.reason}${v.line ? ` (line ${v.line})` : ""}; the step keeps its simulation check`;
    case "budget": return v.reason;
    case "same-deadlock": return `equivalent deadlock: ${v.reason}${v.line ? ` (line ${v.line})` : ""} ${cost}`;
    case "differs": {
      const c = v.counterexample;
      if (!c) return `DIFFERS: ${v.reason}`;
      const lines = [
        `DIFFERS: ${c.output}[${c.index.join(", ")}]`,
        `    before${c.before.line ? ` (line ${c.before.line})` : ""}: ${c.before.term} = ${c.before.value}`,
        `    after${c.after.line ? ` (line ${c.after.line})` : ""}:  ${c.after.term} = ${c.after.value}`,
        `    on inputs ${Object.entries(c.inputs).map(([k, t]) => `${k}=${summarize(t)}`).join(", ")}`,
        `    ${c.confirmed ? `the simulator confirms: ${c.before.simulated} vs ${c.after.simulated}` : c.unconfirmed ? `the simulator could not check it: ${c.unconfirmed}` : "the simulator did not reproduce the difference"}`,
      ];
      return lines.join("\n");
    }
  }
}

function summarize(t: Tensor): string {
  const n = t.data.length;
  const head = Array.from({ length: Math.min(n, 6) }, (_, i) => String(t.data[i]));
  return t.shape.length === 0 ? head[0]! : `[${head.join(", ")}${n > 6 ? ", …" : ""}]`;
}
