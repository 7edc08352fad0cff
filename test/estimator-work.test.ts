/**
 * The estimator's work limit (RELIABILITY.md "Limits", limits.ts ESTIMATOR_LIMITS): nested unrolls
 * multiply, so all the unrolls of one flat schedule together walk a bounded number of copies and
 * extrapolate the rest. A pipelined loop around a 1,024 × 1,024 nest walked all 2^20 copies (12 s of CPU);
 * a reuse window over a huge stencil offset unrolls its shift loop the same way.
 */
import { describe, expect, it } from "vitest";
import { estimate } from "../src/core/api";
import { ESTIMATOR_LIMITS } from "../src/core/limits";

const NEST = `import allo
from allo.ir.types import int32

def k(A: int32[1024, 1024]) -> int32[4]:
    B: int32[4] = 0
    for i in range(4):
        for j in range(1024):
            for m in range(1024):
                B[i] += A[j, m]
    return B

s = allo.customize(k)
s.pipeline("i")
`;

/** A line and window buffer over a stencil whose last tap is 4,000,000 columns away. */
const WIDE_STENCIL = `import allo
from allo.ir.types import int32

def k(A: int32[16, 16]) -> int32[16, 16]:
    B: int32[16, 16] = 0
    for y, x in allo.grid(14, 14):
        B[y, x] = A[y, x] + A[y + 1, x] + A[y + 2, x + 4000000]
    return B

s = allo.customize(k)
LB = s.reuse_at(s.A, "y")
WB = s.reuse_at(LB, "x")
s.partition(WB, dim=0)
s.pipeline("y")
`;

type Why = { text: string };
const notesOf = (r: ReturnType<typeof estimate>): string[] => {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const t = (v as Why).text;
      if (typeof t === "string" && /unrolled copies; the first/.test(t)) out.push(t);
      Object.values(v).forEach(walk);
    }
  };
  walk(r.estimate);
  return out;
};

describe("the estimator's work limit", () => {
  it("walks nested unrolls up to copiesPerSchedule copies in all, extrapolating the rest, with one note per loop", () => {
    expect(ESTIMATOR_LIMITS.copiesPerSchedule).toBe(16_384);
    const r = estimate(NEST);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const notes = [...new Set(notesOf(r))];
    // j walks its 1,024 copies; each of them may walk 16,384 / 1,024 = 16 copies of m.
    expect(notes).toEqual(["loop m: 1024 unrolled copies; the first 16 are scheduled and the rest extrapolated"]);
    expect(r.estimate!.latency).toBeGreaterThan(4 * 1024 * 1024 / 2 / 2); // at least the port-bound reads, roughly
  });

  it("bounds a reuse window over a huge stencil offset", () => {
    const r = estimate(WIDE_STENCIL);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const notes = [...new Set(notesOf(r))];
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) {
      const walked = Number(/the first (\d+)/.exec(n)![1]);
      expect(walked).toBeLessThanOrEqual(ESTIMATOR_LIMITS.copiesPerSchedule / 14);
    }
  });
});
