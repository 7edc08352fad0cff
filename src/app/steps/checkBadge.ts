/** What a step's check badge says: the equivalence proof when there is one, else the simulation check. Pure. */
import type { StepCheck, StepInfo, StepVerdict } from "../../core/api-types";

export interface Badge { readonly mark: string; readonly kind: string; readonly title: string }

export function checkBadge(step: StepInfo, check: StepCheck | undefined, checking: boolean, proof?: StepVerdict, proving = false): Badge {
  if (step.status === "error") return { mark: "error", kind: "error", title: "This step failed (see the problems under the editor)" };
  if (step.status === "skipped") return { mark: "skipped", kind: "skipped", title: "Skipped: an earlier step failed" };
  const v = proof?.verdict;
  if (v?.status === "proved") return { mark: "∎", kind: "proved", title: `Proved: equivalent to the kernel as written for every input${v.how === "algebra" ? " (by wrapping-integer algebra)" : ""}` };
  if (v?.status === "reassociated") {
    const by = proof!.reassociatedBy && proof!.reassociatedBy !== step.index ? ` (first by step ${proof!.reassociatedBy})` : " (by this step)";
    return { mark: "≈", kind: "reassociated", title: `Equal up to float re-association${by}: floats are summed in another order, first at ${v.output}[${v.index.join(", ")}], so results may differ in the last bits` };
  }
  if (v?.status === "same-deadlock") return { mark: "⊘", kind: "deadlock", title: `Equivalent deadlock: ${v.reason}${v.line ? ` (line ${v.line})` : ""}. The kernel as written deadlocks too, so this step changed nothing observable` };
  if (v?.status === "differs") {
    const c = v.counterexample;
    return { mark: "✗", kind: "differs", title: c ? `Differs from the kernel as written at ${c.output}[${c.index.join(", ")}]: open the counterexample below` : `Differs from the kernel as written: ${v.reason}` };
  }
  const why = v && (v.status === "not-provable" || v.status === "budget") ? `not proved: ${v.reason}${v.status === "not-provable" && v.line ? ` (line ${v.line})` : ""}` : undefined;
  if (!check) return checking ? { mark: "…", kind: "pending", title: "Checking: simulating the kernel before and after this step" } : { mark: "–", kind: "pending", title: "Not checked" };
  const d = check.firstDiff;
  const diff = d ? `first difference: ${d.name}[${d.index}] was ${d.before}, now ${d.after}` : "";
  switch (check.status) {
    case "preserved":
      if (why) return { mark: "✓", kind: "tested", title: `Tested only: same results on seeded inputs; ${why}` };
      return { mark: "✓", kind: "preserved", title: `Preserved: same results as the kernel as written (simulated on seeded inputs)${proving ? "; proving…" : ""}` };
    case "changed": return { mark: "✗", kind: "changed", title: `Changed the results: ${diff}` };
    case "within-tolerance": return { mark: "≈", kind: "tolerance", title: `Within tolerance: the step reorders a float reduction; ${diff}${why ? `; ${why}` : ""}` };
    case "not-run": return { mark: "–", kind: "not-run", title: `Not checked: ${check.note ?? "the check did not run"}${why ? `; ${why}` : ""}` };
  }
}
