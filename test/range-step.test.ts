/**
 * A `range` step that is not a compile-time constant (Allo's `scf.for` loops, tests/test_builder.py
 * `test_scf_for`): the step is read once on entry, like the bounds, through the simulator, the MLIR
 * (`scf.for ... step %v`), the HLS export, the estimate's trip counts and the schedule primitives.
 */
import { describe, expect, it } from "vitest";
import { compile, estimate, exportProject, simulate } from "../src/core/api";
import type { Tensor } from "../src/core/api-types";

const i32 = { kind: "int", bits: 32, signed: true } as const;
const arr = (data: number[]): Tensor => ({ type: i32, shape: [data.length], data });
const scalar = (v: number): Tensor => ({ type: i32, shape: [], data: [v] });
const errors = (ds: readonly { severity: string; line: number; code: string; message: string }[]) =>
  ds.filter((d) => d.severity === "error").map((d) => `${d.line} ${d.code} ${d.message}`);

// Allo's test_scf_for kernel, verbatim.
const SCF_FOR = `
import allo
from allo.ir.types import int32

def kernel(A: int32[10], B: int32[10]):
    for i in range(10):
        for j in range(A[i], 10, A[i]):
            for k in range(A[i] - 1, A[i] + 2):
                B[k] += i - j
`;

/** The same loops in plain JavaScript (Python's range semantics for a positive step). */
function scfForReference(A: number[]): number[] {
  const B = new Array(10).fill(0);
  for (let i = 0; i < 10; i++) {
    for (let j = A[i]!; j < 10; j += A[i]!) {
      for (let k = A[i]! - 1; k < A[i]! + 2; k++) B[k] = (B[k] + i - j) | 0;
    }
  }
  return B;
}

const SCALAR_STEP = `
from allo.ir.types import int32

def k(A: int32[8], s: int32) -> int32:
    t: int32 = 0
    for i in range(1, 8, s * 2):
        t += A[i]
    return t
`;

describe("range() with a step known only at run time", () => {
  it("simulates Allo's test_scf_for kernel (step from an array element)", () => {
    for (const A of [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 2, 3, 2, 1, 3, 2, 1, 2, 3]]) {
      const r = simulate(SCF_FOR, { inputs: { A: arr(A), B: arr(new Array(10).fill(0)) } });
      expect(errors(r.diagnostics)).toEqual([]);
      expect(Array.from(r.args!.B!.data as Int32Array | number[], Number)).toEqual(scfForReference(A));
    }
  });

  it("a step computed from a scalar argument (an int64 product cast to index)", () => {
    const A = arr([0, 1, 2, 3, 4, 5, 6, 7]);
    const one = simulate(SCALAR_STEP, { inputs: { A, s: scalar(1) } });
    expect(errors(one.diagnostics)).toEqual([]);
    expect(Number(one.returns![0]!.data[0])).toBe(1 + 3 + 5 + 7);
    const two = simulate(SCALAR_STEP, { inputs: { A, s: scalar(2) } });
    expect(Number(two.returns![0]!.data[0])).toBe(1 + 5);
  });

  it("a step that is 0 at run time stops the simulation at the loop", () => {
    const r = simulate(SCALAR_STEP, { inputs: { A: arr([0, 1, 2, 3, 4, 5, 6, 7]), s: scalar(0) } });
    expect(errors(r.diagnostics)).toEqual(["6 E-range this loop's step is 0 at run time; range() needs a positive step"]);
  });

  it("prints an scf.for whose step is the value, as Allo does", () => {
    const c = compile(SCF_FOR);
    expect(errors(c.diagnostics)).toEqual([]);
    expect(c.mlir).toMatch(/%(\d+) = arith\.index_cast %\d+ : i32 to index\n\s*scf\.for %arg\d+ = %\d+ to %c10 step %\1 \{/);
    // A constant step stays an affine.for with its step.
    const k = compile(SCF_FOR.replace("range(A[i], 10, A[i])", "range(A[i], 10, 3)"));
    expect(k.mlir).toMatch(/scf\.for %arg\d+ = %\d+ to %c10 step %c3 \{/);
  });

  it("a template parameter as the step is a constant of each instance", () => {
    const src = `
import allo
from allo.ir.types import int32

def k[S: int32](A: int32[16]):
    for i in range(0, 16, S):
        A[i] = 1

s = allo.customize(k, instantiate=[4])
`;
    const c = compile(src);
    expect(errors(c.diagnostics)).toEqual([]);
    expect(c.mlir).toMatch(/affine\.for %arg\d+ = 0 to 16 step 4 \{/);
  });

  it("the HLS export reads the step once before the loop", () => {
    const r = exportProject(SCF_FOR, { target: "vhls" });
    expect(errors(r.diagnostics)).toEqual([]);
    const cpp = String(r.files!["kernel.cpp"]);
    expect(cpp).toMatch(/const int j_step = \(int\)\(A\[i\]\);\n\s*l_S_j_0_j: for \(int j = j_lb; j < j_ub; j \+= j_step\) \{/);
  });

  it("the estimate marks the trip count unknown, bounded by the span", () => {
    const e = estimate(SCALAR_STEP).estimate!;
    const loop = e.functions.find((f) => f.name === "k")!.loops[0]!;
    expect(loop.tripUnknown).toBe(true);
    expect(loop.tripMax).toBe(7);
    expect(loop.why.map((w) => w.text)).toContain("trip count unknown (the step is a run-time value): at most 7, 1 assumed");
  });

  it("split() of such a loop says the step must be constant", () => {
    const c = compile(`import allo
${SCALAR_STEP}
s = allo.customize(k)
s.split("i", 2)
`);
    expect(errors(c.diagnostics)).toEqual(["12 E-schedule split() needs a constant loop step; loop i steps by a value known only at run time"]);
  });

  it("reorder() keeps a loop outside the loops its step reads", () => {
    const c = compile(`
import allo
from allo.ir.types import int32

def k(A: int32[8, 8]):
    for i in range(1, 4):
        for j in range(0, 8, i):
            A[i, j] = 1

s = allo.customize(k)
s.reorder("j", "i")
`);
    expect(errors(c.diagnostics)).toEqual(["11 E-schedule Cannot reorder: the step of loop j depends on loop i, which would move inside it"]);
  });
});
