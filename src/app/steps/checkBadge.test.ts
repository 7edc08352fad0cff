import { describe, expect, it } from "vitest";
import type { StepCheck, StepInfo, StepVerdict, VerifyVerdict } from "../../core/api-types";
import { checkBadge } from "./checkBadge";

const step: StepInfo = { index: 2, method: "reorder", text: 's.reorder("k", "j")', range: { from: 0, to: 1 }, line: 9, description: "", status: "applied", reordersFloatReduction: false };
const preserved: StepCheck = { index: 2, status: "preserved" };
const cost = { ops: 10, ms: 1, terms: 5 };
const proof = (verdict: VerifyVerdict, reassociatedBy?: number): StepVerdict => ({ index: 2, text: step.text, line: 9, verdict, reassociatedBy });

describe("checkBadge", () => {
  it("shows proved steps with their own mark", () => {
    expect(checkBadge(step, preserved, false, proof({ status: "proved", how: "identical", ...cost }))).toMatchObject({ mark: "∎", kind: "proved" });
  });
  it("names the step that re-associated a float reduction", () => {
    const b = checkBadge(step, preserved, false, proof({ status: "reassociated", output: "C", index: [0, 1], ...cost }, 1));
    expect(b).toMatchObject({ mark: "≈", kind: "reassociated" });
    expect(b.title).toContain("first by step 1");
    expect(b.title).toContain("C[0, 1]");
  });
  it("marks a difference and points at the counterexample", () => {
    const b = checkBadge(step, preserved, false, proof({ status: "differs", reason: "x", ...cost, counterexample: { output: "A", index: [2, 0], before: { term: "a", value: "1" }, after: { term: "b", value: "2" }, inputs: {}, confirmed: true } }));
    expect(b).toMatchObject({ mark: "✗", kind: "differs" });
    expect(b.title).toContain("A[2, 0]");
  });
  it("falls back to the simulation check, saying why it is not proved", () => {
    const b = checkBadge(step, preserved, false, proof({ status: "not-provable", reason: "a while loop whose condition depends on input data", line: 7, ...cost }));
    expect(b).toMatchObject({ mark: "✓", kind: "tested" });
    expect(b.title).toBe("Tested only: same results on seeded inputs; not proved: a while loop whose condition depends on input data (line 7)");
  });
  it("shows the simulation check while the proof runs", () => {
    expect(checkBadge(step, preserved, false, undefined, true)).toMatchObject({ mark: "✓", kind: "preserved" });
    expect(checkBadge(step, undefined, true)).toMatchObject({ mark: "…", kind: "pending" });
  });
});
