/**
 * "Did you mean": misspelled primitives, loop, buffer, function and kernel names get a suggestion, a
 * diagnostic at the misspelled name (not the whole call), and a fix that replaces it.
 */
import { describe, expect, it } from "vitest";
import { compile } from "./api";
import type { Diagnostic } from "./diagnostics";
import { didYouMean, editDistance } from "./suggest";

const KERNEL = `import allo
from allo.ir.types import int32

def gemm(A: int32[8, 8], B: int32[8, 8]) -> int32[8, 8]:
    C: int32[8, 8] = 0
    for i, j in allo.grid(8, 8):
        for k in range(8):
            C[i, j] += A[i, k] * B[k, j]
    return C

`;

/** The one error of `schedule` appended to the kernel, with the text its range and its fix cover. */
function errorOf(schedule: string): { d: Diagnostic; marked: string; fixed?: string } {
  const source = KERNEL + schedule;
  const errors = compile(source).diagnostics.filter((d) => d.severity === "error");
  expect(errors.length, JSON.stringify(errors)).toBe(1);
  const d = errors[0]!;
  const fixed = d.fix ? source.slice(0, d.fix.range.from) + d.fix.text + source.slice(d.fix.range.to) : undefined;
  return { d, marked: source.slice(d.range.from, d.range.to), fixed: fixed?.slice(KERNEL.length) };
}

describe("didYouMean", () => {
  it("finds the closest name within about one edit per three letters", () => {
    expect(didYouMean("pipline", ["pipeline", "partition", "parallel"])).toBe("pipeline");
    expect(didYouMean("pipleine", ["pipeline", "partition"])).toBe("pipeline"); // a swap counts once
    expect(didYouMean("Pipeline", ["pipeline"])).toBe("pipeline");
    expect(didYouMean("reorder", ["pipeline", "partition"])).toBeUndefined();
    expect(didYouMean("x", ["y", "z"])).toBeUndefined(); // a tie is no suggestion
  });
  it("counts a transposition as one edit", () => {
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("did you mean, in the schedule", () => {
  it("suggests the primitive for s.pipline and marks the method name", () => {
    const { d, marked, fixed } = errorOf(`s = allo.customize(gemm)\ns.pipline("j")\n`);
    expect(d.message).toContain("did you mean 'pipeline'?");
    expect(marked).toBe("pipline");
    expect(fixed).toBe(`s = allo.customize(gemm)\ns.pipeline("j")\n`);
  });
  it("suggests a loop name and marks the argument, not the call", () => {
    const { d, marked, fixed } = errorOf(`s = allo.customize(gemm)\ns.pipeline("jj")\n`);
    expect(d.message).toContain("did you mean 'j'?");
    expect(marked).toBe("jj");
    expect(d.col).toBe(`s.pipeline("`.length + 1);
    expect(fixed).toBe(`s = allo.customize(gemm)\ns.pipeline("j")\n`);
  });
  it("suggests a buffer name for s.CC", () => {
    const { d, marked, fixed } = errorOf(`s = allo.customize(gemm)\ns.partition(s.CC, dim=1)\n`);
    expect(d.message).toContain("did you mean 'C'?");
    expect(marked).toBe("CC");
    expect(fixed).toBe(`s = allo.customize(gemm)\ns.partition(s.C, dim=1)\n`);
  });
  it("suggests the function in \"func:loop\"", () => {
    const { d, marked, fixed } = errorOf(`s = allo.customize(gemm)\ns.pipeline("gem:j")\n`);
    expect(d.message).toContain("did you mean 'gemm'?");
    expect(marked).toBe("gem");
    expect(fixed).toBe(`s = allo.customize(gemm)\ns.pipeline("gemm:j")\n`);
  });
  it("points a bad argument value at the argument", () => {
    const { marked, d } = errorOf(`s = allo.customize(gemm)\ns.pipeline("j", ii="x")\n`);
    expect(marked).toBe(`"x"`);
    expect(d.fix).toBeUndefined();
  });
  it("gives no fix when nothing is close", () => {
    const { d, marked } = errorOf(`s = allo.customize(gemm)\ns.pipeline("zzz")\n`);
    expect(d.message).not.toContain("did you mean");
    expect(d.fix).toBeUndefined();
    expect(marked).toBe("zzz");
  });
  it("suggests a kernel name for a misspelled name", () => {
    const { d, marked, fixed } = errorOf(`s = allo.customize(gem)\n`);
    expect(d.message).toContain("did you mean 'gemm'?");
    expect(marked).toBe("gem");
    expect(fixed).toBe(`s = allo.customize(gemm)\n`);
  });
});

describe("did you mean, in a kernel", () => {
  it("suggests a variable of the kernel for a misspelled one", () => {
    const source = KERNEL.replace("C[i, j] += A[i, k]", "C[i, j] += AA[i, k]");
    const d = compile(source).diagnostics.find((x) => x.code === "E-name")!;
    expect(d.message).toContain("did you mean 'A'?");
    expect(source.slice(d.range.from, d.range.to)).toBe("AA");
    expect(d.fix).toEqual({ range: d.range, text: "A" });
  });
});
