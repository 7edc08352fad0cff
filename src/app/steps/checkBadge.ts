/** What a step's differential-check badge says. Pure. */
import type { StepCheck, StepInfo } from "../../core/api-types";

export interface Badge { readonly mark: string; readonly kind: string; readonly title: string }

export function checkBadge(step: StepInfo, check: StepCheck | undefined, checking: boolean): Badge {
  if (step.status === "error") return { mark: "error", kind: "error", title: "This step failed (see the problems under the editor)" };
  if (step.status === "skipped") return { mark: "skipped", kind: "skipped", title: "Skipped: an earlier step failed" };
  if (!check) return checking ? { mark: "…", kind: "pending", title: "Checking: simulating the kernel before and after this step" } : { mark: "–", kind: "pending", title: "Not checked" };
  const d = check.firstDiff;
  const diff = d ? `first difference: ${d.name}[${d.index}] was ${d.before}, now ${d.after}` : "";
  switch (check.status) {
    case "preserved": return { mark: "✓", kind: "preserved", title: "Preserved: same results as the kernel as written (simulated on seeded inputs)" };
    case "changed": return { mark: "✗", kind: "changed", title: `Changed the results: ${diff}` };
    case "within-tolerance": return { mark: "≈", kind: "tolerance", title: `Within tolerance: the step reorders a float reduction; ${diff}` };
    case "not-run": return { mark: "–", kind: "not-run", title: `Not checked: ${check.note ?? "the check did not run"}` };
  }
}
