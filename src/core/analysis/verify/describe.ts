/** One-line descriptions of verdicts (diagnostics, tooltips). */
import type { VerifyVerdict } from "./types";

export function formatVerdictShort(v: VerifyVerdict): string {
  switch (v.status) {
    case "proved": return v.how === "algebra" ? "proved equivalent (by integer algebra)" : "proved equivalent";
    case "reassociated": return `equal up to float re-association (first at ${v.output}[${v.index.join(", ")}]), not bit-exact`;
    case "differs": {
      const c = v.counterexample;
      return c ? `not equivalent: ${c.output}[${c.index.join(", ")}] is ${c.before.value} in one and ${c.after.value} in the other` : `not equivalent: ${v.reason}`;
    }
    case "not-provable": return `not provable here: ${v.reason}`;
    case "budget": return v.reason;
    case "same-deadlock": return `equivalent, but both deadlock: ${v.reason.replace(/^both deadlock in the same state: /, "")}`;
  }
}
