import { describe, expect, it } from "vitest";
import type { StepInfo } from "../../core/api-types";
import type { ArchGraph } from "../../core/arch/graph";
import { withUserNames, writtenLoops } from "./userNames";

const SRC = `def conv(A: int32[8, 8]) -> int32[6, 6]:
    for y, x in allo.grid(6, 6):
        for r, c in allo.reduction(3, 3):
            pass
    return B

s = allo.customize(conv)
LB = s.reuse_at(s.A, "y")
WB = s.reuse_at(LB, "x")
`;
const at = (text: string) => ({ from: SRC.indexOf(text), to: SRC.indexOf(text) + text.length });
const step = (index: number, method: string, text: string): StepInfo => ({ index, method, text, range: at(text), line: 1, description: "", status: "applied", reordersFloatReduction: false });

describe("withUserNames", () => {
  const graph: ArchGraph = {
    top: "conv",
    nodes: [
      { id: "kernel:conv", kind: "kernel", label: "conv", ranges: [at(SRC.slice(0, SRC.indexOf("return B") + 8))], loops: 16 },
      { id: "b1", kind: "buffer", label: "S_y_x_0_reuse_y", ranges: [], parent: "kernel:conv" },
      { id: "b2", kind: "buffer", label: "S_y_x_0_reuse_x", ranges: [], parent: "kernel:conv" },
    ],
    edges: [],
  };
  it("names buffers after the variables the schedule assigned them to, and counts the loops written", () => {
    const g = withUserNames(graph, SRC, [step(1, "reuse_at", 's.reuse_at(s.A, "y")'), step(2, "reuse_at", 's.reuse_at(LB, "x")')]);
    expect(g.nodes.map((n) => n.label)).toEqual(["conv", "LB", "WB"]);
    expect(g.nodes[0]!.loops).toBe(4);
  });
  it("counts names bound by for headers and while loops", () => {
    expect(writtenLoops("    for i, j in allo.grid(4, 4):\n        while x:\n            for k in range(3):\n")).toBe(4);
  });
});
