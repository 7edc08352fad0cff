import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { architecture } from "../src/core/api";

const dir = join(__dirname, "../public/examples");
const files = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();

describe("architecture graph", () => {
  it("draws the paper's matmul as memories, one kernel and its accumulator buffer", () => {
    const g = architecture(readFileSync(join(dir, "matmul_int8.py"), "utf8")).graph!;
    expect(g.top).toBe("gemm");
    expect(g.nodes.map((n) => `${n.kind}:${n.label}:${n.type ?? ""}`)).toEqual([
      "memory:A:int8[16, 16]", "memory:B:int8[16, 16]", "kernel:gemm:", "buffer:C:int16[16, 16]", "memory:return:int16[16, 16]",
    ]);
    const edge = (from: string, to: string) => g.edges.find((e) => e.from === from && e.to === to);
    expect(edge("memory:A", "kernel:gemm")?.elements).toBe(16 * 16 * 16);
    expect(edge("kernel:gemm", "memory:return")?.elements).toBe(256);
  });

  it("shows callees as kernels inside the top, with the caller's buffers they touch", () => {
    const g = architecture(readFileSync(join(dir, "gesummv.py"), "utf8")).graph!;
    const kernels = g.nodes.filter((n) => n.kind === "kernel").map((n) => n.label);
    expect(kernels).toEqual(["kernel_gesummv", "compute_tmp", "compute_y"]);
    expect(g.edges.filter((e) => e.kind === "call").map((e) => e.to)).toEqual(["kernel:compute_tmp", "kernel:compute_y"]);
    // compute_y writes the top's output y (an off-chip memory), reading tmp written by compute_tmp.
    expect(g.edges.some((e) => e.from === "kernel:compute_y" && e.to === "memory:y" && e.elements === 24)).toBe(true);
  });

  it("names the buffers schedule steps create after the variables the user assigned them to", () => {
    const g = architecture(readFileSync(join(dir, "conv2d_reuse.py"), "utf8")).graph!;
    const buffers = g.nodes.filter((n) => n.kind === "buffer").map((n) => n.label);
    expect(buffers).toEqual(expect.arrayContaining(["LB", "WB"]));
    expect(buffers.some((b) => b.includes("_reuse_"))).toBe(false);
    // Without an assignment (or assigned to something other than a plain name) the compiler's name stays.
    const src = `import allo
from allo.ir.types import int32


def conv(A: int32[6, 6]) -> int32[4, 4]:
    B: int32[4, 4] = 0
    for y, x in allo.grid(4, 4):
        v: int32 = 0
        for r, c in allo.reduction(3, 3):
            v += A[y + r, x + c]
        B[y, x] = v
    return B


s = allo.customize(conv)
bufs = {}
bufs["lb"] = s.reuse_at(s.A, "y")
line_buffer = s.reuse_at(bufs["lb"], "x")
`;
    const labels = architecture(src).graph!.nodes.filter((n) => n.kind === "buffer").map((n) => n.label);
    expect(labels).toContain("line_buffer");
    expect(labels.some((l) => /_reuse_y$/.test(l))).toBe(true);
  });

  for (const f of files) {
    it(`is well formed for ${f}`, () => {
      const src = readFileSync(join(dir, f), "utf8");
      const r = architecture(src);
      expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const g = r.graph!;
      const ids = new Set(g.nodes.map((n) => n.id));
      expect(ids.size).toBe(g.nodes.length);
      for (const e of g.edges) {
        expect(ids.has(e.from), `${e.id} from`).toBe(true);
        expect(ids.has(e.to), `${e.id} to`).toBe(true);
      }
      for (const n of g.nodes) {
        expect(n.ranges.length).toBeGreaterThan(0);
        for (const r of n.ranges) expect(r.to).toBeLessThanOrEqual(src.length);
        if (n.parent) expect(ids.has(n.parent)).toBe(true);
      }
    });
  }
});
