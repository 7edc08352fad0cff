/**
 * Stages run one after the other on the same text (the studio, the fuzzer) reuse the last compilation:
 * the same immutable design (a PE grid expanded once), each with a sink of its own.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileDesign } from "../src/core/compile";
import { checkSteps, compile, simulate } from "../src/core/api";

const SRC = readFileSync(fileURLToPath(new URL("../public/examples/systolic_4x4.py", import.meta.url)), "utf8");

describe("compile reuse", () => {
  it("returns the same design for the same text and options, and a new one when either changes", () => {
    const a = compileDesign(SRC), b = compileDesign(SRC);
    expect(b.design).toBe(a.design);
    expect(b.sink).not.toBe(a.sink);
    expect(compileDesign(SRC, { limits: { fifoDepth: 1000 } }).design).not.toBe(a.design);
    expect(compileDesign(`${SRC}\n`).design).not.toBe(a.design);
  });

  it("keeps a stage's diagnostics out of the next stage's", () => {
    const first = compileDesign(SRC);
    first.sink.warning("W-test", "added by a stage", { from: 0, to: 1 });
    expect(compileDesign(SRC).sink.items.map((d) => d.code)).not.toContain("W-test");
    // A tight step budget warns in the step check only.
    expect(checkSteps(SRC, { stepBudget: 10 }).diagnostics.map((d) => d.code)).toContain("W-check-budget");
    expect(compile(SRC).diagnostics.map((d) => d.code)).not.toContain("W-check-budget");
  });

  it("a limit given with the same text is applied, not a cached answer without it", () => {
    expect(simulate(SRC).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(compile(SRC, { limits: { fifoDepth: 3 } }).diagnostics.map((d) => d.code)).toContain("E-limit-fifo");
    expect(compile(SRC).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});
