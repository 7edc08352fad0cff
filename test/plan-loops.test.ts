/**
 * The diagram's loop count and pipeline flag are the hardware plan's (arch/plan.ts): a kernel written
 * in the source shows the loops written there (not the ones schedule steps generated or moved), and
 * "pipelined" when the plan has a pipeline target on one of its loops.
 */
import { describe, expect, it } from "vitest";
import { architecture } from "../src/core/api";
import { hardwarePlan } from "../src/core/arch/plan";
import { compileDesign } from "../src/core/compile";

const SRC = `
import allo
from allo.ir.types import int32

def conv(A: int32[8, 8], W: int32[3, 3]) -> int32[6, 6]:
    B: int32[6, 6] = 0
    for y, x in allo.grid(6, 6):
        v: int32 = 0
        for r, c in allo.reduction(3, 3):
            v += A[y + r, x + c] * W[r, c]
        B[y, x] = v
    return B

s = allo.customize(conv)
s.split("x", 2)
s.pipeline("x.inner")
`;

describe("loops in the plan", () => {
  it("counts the loops written in a kernel's source, not the ones a split made", () => {
    const c = compileDesign(SRC);
    const plan = hardwarePlan(c.design!.module, c.design!.unscheduled);
    const k = plan.kernels.find((x) => x.name === "conv")!;
    expect(k.loops).toBe(4);
    expect(k.pipelined).toBe(true);
    // Without the written module the plan counts the scheduled loops (5: x became x.outer, x.inner).
    expect(hardwarePlan(c.design!.module).kernels.find((x) => x.name === "conv")!.loops).toBe(5);
  });

  it("is what the diagram shows", () => {
    const g = architecture(SRC).graph!;
    expect(g.nodes.find((n) => n.id === "kernel:conv")).toMatchObject({ loops: 4, pipelined: true });
    const plain = architecture(SRC.replace(`s.pipeline("x.inner")`, "")).graph!;
    expect(plain.nodes.find((n) => n.id === "kernel:conv")).toMatchObject({ loops: 4, pipelined: false });
  });
});
