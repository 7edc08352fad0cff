/**
 * The estimator on compact PE grids (analysis/grid-plan.ts): it estimates one PE per instance class
 * and composes the real grid from them. The result must be exactly the estimate of the expanded grid
 * (one function per PE), at every schedule step, and the per-step estimates of the 64×64 systolic
 * benchmark must stay within a work budget that walking its 4,096 PEs one by one exceeds.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { estimate as estimateApi } from "../src/core/api";
import { estimate } from "../src/core/analysis";
import { compactGridPlan } from "../src/core/analysis/grid-plan";
import { estimatorWork } from "../src/core/analysis/work";
import { compileDesign } from "../src/core/compile";
import type { Module } from "../src/core/ir/nodes";
import { expandGrids, hasCompactGrids } from "../src/core/schedule/grid";

const root = join(__dirname, "..");
const SYSTOLIC_4 = readFileSync(join(root, "public/examples/systolic_4x4.py"), "utf8");
const SYSTOLIC_64 = readFileSync(join(root, "bench/designs/systolic_64x64.py"), "utf8");

/** The gallery's 4×4 systolic design at another size (M × N PEs, K deep). */
const sized = (m: number, n: number, k: number) => SYSTOLIC_4.replace("M, N, K = 4, 4, 4", `M, N, K = ${m}, ${n}, ${k}`);

const GRID_ONLY = `import allo
from allo.ir.types import int32

def gemm(A: int32[8, 8], B: int32[8, 8]) -> int32[8, 8]:
    C: int32[8, 8] = 0
    for i, j in allo.grid(8, 8, name="PE"):
        for k in range(8):
            C[i, j] += A[i, k] * B[k, j]
    return C

s = allo.customize(gemm)
pe = s.unfold("PE", axis=[0, 1], factor=[8, 8])
s.pipeline("k")
`;

/** A PE whose reduction length depends on its row: PEs of one class differ, so the grid is expanded. */
const TRIANGULAR = `import allo
from allo.ir.types import int32

def tri(A: int32[4, 4], B: int32[4, 4]) -> int32[4, 4]:
    C: int32[4, 4] = 0
    for i, j in allo.grid(4, 4, name="PE"):
        for k in range(i + 1):
            C[i, j] += A[i, k] * B[k, j]
    return C

s = allo.customize(tri)
pe = s.unfold("PE", axis=[0, 1], factor=[4, 4])
`;

/** Every schedule step's module with grids compact, and the final one. */
function compactModules(source: string): Module[] {
  const d = compileDesign(source).design!;
  expect(d).toBeDefined();
  return [...d.steps.filter((st) => st.status === "applied").map((st) => st.compact), d.compact];
}

function expectSameAsExpanded(source: string, planned: boolean): void {
  const mods = compactModules(source).filter(hasCompactGrids);
  expect(mods.length).toBeGreaterThan(0);
  for (const m of mods) {
    expect(!!compactGridPlan(m)).toBe(planned);
    expect(estimate(m)).toEqual(estimate(expandGrids(m)));
  }
}

describe("estimating a compact PE grid per instance class", () => {
  it("equals the per-PE estimate of the expanded grid on the gallery's 4×4 systolic design, at every step", () => expectSameAsExpanded(SYSTOLIC_4, true));
  it("equals it on an 8×8 grid", () => expectSameAsExpanded(sized(8, 8, 8), true));
  it("equals it on a 3×5 grid and on 1×6 and 2×2 grids (axes shorter than the three classes)", () => {
    expectSameAsExpanded(sized(3, 5, 7), true);
    expectSameAsExpanded(sized(1, 6, 4), true);
    expectSameAsExpanded(sized(2, 2, 3), true);
  });
  it("equals it when the grid has no FIFOs and its caller runs the PEs one after another", () => expectSameAsExpanded(GRID_ONLY, true));
  it("expands the grid instead when a coordinate changes a PE's loop bounds", () => expectSameAsExpanded(TRIANGULAR, false));

  it("lists every real PE under its own name, its loops naming it", () => {
    const m = compactModules(sized(8, 8, 8)).at(-1)!;
    const e = estimate(m);
    const pes = e.functions.filter((f) => /_PE_\d+_\d+$/.test(f.name));
    expect(pes).toHaveLength(64);
    expect(pes[63]!.name).toBe("gemm_PE_7_7");
    expect(pes[63]!.loops[0]!.func).toBe("gemm_PE_7_7");
  });

  it("keeps the per-step estimates of a 64×64 systolic mutant within the estimator's work budget", () => {
    // A fuzz-style mutant of the benchmark (shallower B FIFOs); 4,096 PEs at each of its grid steps.
    const src = SYSTOLIC_64.replace("depth=N + 1", "depth=2");
    const PES = 64 * 64;
    // Per estimate: a stage and a listed function per PE, the drainer's replay of each PE's result (one
    // statement per PE: it is a real function of the design), and a bounded amount for the PE classes.
    const perEstimate = 3 * PES + 1_000;
    const d = compileDesign(src).design!;
    let w = estimatorWork();
    const final = estimate(d.compact);
    expect(estimatorWork() - w).toBeLessThanOrEqual(perEstimate);
    // What walking every PE costs (the estimate before the instance classes): several times the budget.
    w = estimatorWork();
    expect(estimate(expandGrids(d.compact))).toEqual(final);
    expect(estimatorWork() - w).toBeGreaterThan(4 * perEstimate);
    // The fuzzer's estimate stage: the design and all of its steps (6 steps, 4 with the grid).
    w = estimatorWork();
    const r = estimateApi(src, { steps: true });
    expect(r.estimate?.latency).toBe(final.latency);
    expect(r.steps).toHaveLength(7);
    expect(estimatorWork() - w).toBeLessThanOrEqual(r.steps!.length * perEstimate);
  });
});
