import { describe, expect, it } from "vitest";
import type { ArchGraph } from "../../core/arch/graph";
import { withWrittenLoops, writtenLoops } from "./writtenLoops";

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

describe("withWrittenLoops", () => {
  const graph: ArchGraph = {
    top: "conv",
    nodes: [
      { id: "kernel:conv", kind: "kernel", label: "conv", ranges: [at(SRC.slice(0, SRC.indexOf("return B") + 8))], loops: 16 },
    ],
    edges: [],
  };
  it("counts the loops written in a kernel's source", () => {
    const g = withWrittenLoops(graph, SRC);
    expect(g.nodes[0]!.loops).toBe(4);
  });
  it("counts names bound by for headers and while loops", () => {
    expect(writtenLoops("    for i, j in allo.grid(4, 4):\n        while x:\n            for k in range(3):\n")).toBe(4);
  });
});
