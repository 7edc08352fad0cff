/**
 * reuse_at (line / window buffers) and unfold (PE grids): printed IR names, bit-exact results against
 * the unscheduled design (differentialCheck on several seeds), their diagnostics, `to`'s warning, and
 * the PE grid of the architecture graph.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { architecture } from "../src/core/api";
import { compileDesign } from "../src/core/compile";
import type { PrimitiveRecord } from "../src/core/frontend/schedule-record";
import { printModule } from "../src/core/ir/mlir";
import { buildArchGraph } from "../src/core/arch/graph";
import type { Module } from "../src/core/ir/nodes";
import { applySchedule, differentialCheck } from "../src/core/schedule/index";
import type { ScheduleStep } from "../src/core/schedule/index";

function design(source: string): { module: Module; records: PrimitiveRecord[]; top: string } {
  const c = compileDesign(source);
  const records = c.design?.schedule?.records ?? [];
  const inRecord = (d: { range: { from: number; to: number } }) => records.some((r) => d.range.from >= r.range.from && d.range.to <= r.range.to);
  const errors = c.sink.items.filter((d) => d.severity === "error" && !inRecord(d));
  expect(errors, errors.map((d) => `${d.line}:${d.col} ${d.message}`).join("\n")).toEqual([]);
  return { module: c.design!.unscheduled, records: [...records], top: c.design!.schedule?.top ?? c.design!.unscheduled.top };
}

/** Applies the schedule; every applied step must simulate bit-exactly like the unscheduled design. */
function schedule(source: string): ScheduleStep[] {
  const d = design(source);
  const r = applySchedule(d.module, d.records, d.top);
  for (const s of r.steps) {
    if (s.status !== "applied") continue;
    for (const seed of [1, 2, 3]) expect(differentialCheck(d.module, s.module, seed), `step ${s.index} ${s.text} seed ${seed}`).toEqual({ equal: true });
  }
  return r.steps;
}

function final(steps: ScheduleStep[]): string {
  expect(steps.map((s) => `${s.text}: ${s.status} ${s.status === "error" ? s.description : ""}`)).toEqual(steps.map((s) => `${s.text}: applied `));
  return printModule(steps[steps.length - 1]!.module);
}

function errorOf(source: string, index = 1): string {
  const steps = schedule(source);
  const s = steps[index - 1]!;
  expect(s.status).toBe("error");
  expect(s.diagnostics).toHaveLength(1);
  // Within the call: at the bad argument when there is one.
  const r = s.diagnostics[0]!.range;
  expect(r.from >= s.range.from && r.to <= s.range.to, source.slice(r.from, r.to)).toBe(true);
  return s.diagnostics[0]!.message;
}

const HEAD = `import allo\nfrom allo.ir.types import int32, float32, int8, int16, index\n`;

const CONV = (sched: string, stride = 1, out = 8) => `${HEAD}
def conv(A: int32[10, 10]) -> int32[${out}, ${out}]:
    B: int32[${out}, ${out}] = 0
    for y, x in allo.grid(${out}, ${out}):
        v: int32 = 0
        for r, c in allo.reduction(3, 3):
            v += A[y${stride > 1 ? ` * ${stride}` : ""} + r, x${stride > 1 ? ` * ${stride}` : ""} + c]
        B[y, x] = v
    return B

s = allo.customize(conv)
${sched}
`;

describe("reuse_at", () => {
  it("builds a 1-D reuse buffer for blur_x (Allo test_reuse_blur_x)", () => {
    const src = `${HEAD}
def blur(A: int32[10, 10]) -> int32[10, 8]:
    B: int32[10, 8] = 0
    for y, x in allo.grid(10, 8):
        B[y, x] = A[y, x] + A[y, x + 1] + A[y, x + 2]
    return B

s = allo.customize(blur)
RB = s.reuse_at(s.A, "x")
`;
    const steps = schedule(src);
    const text = final(steps);
    expect(text).toContain(`{name = "S_y_x_0_reuse_x"} : memref<10x3xi32>`);
    expect(steps[0]!.description).toBe("reuse blur:A along x in S_y_x_0_reuse_x[10×3] (window 3 on dimension 2, shifting by 1)");
    // The body reads the buffer; A is read only by the fill and the new-column loads.
    expect(text).toMatch(/affine\.load %alloc_0\[%arg\d+, 2\] : memref<10x3xi32>/);
    expect(text.match(/affine\.load %arg0/g)).toHaveLength(2);
    expect(text).toContain(`loop_name = "S_y_x_0_reuse_x_fill"`);
    expect(text).toContain(`loop_name = "S_y_x_0_reuse_x_shift"`);
  });

  it("chains a line buffer and a window buffer for conv2D, with partitions on the handles", () => {
    const steps = schedule(CONV(`LB = s.reuse_at(s.A, "y")\nWB = s.reuse_at(LB, "x")\ns.partition(LB, dim=1)\ns.partition(WB)\ns.pipeline("x")`));
    const text = final(steps);
    expect(text).toContain(`{name = "S_y_x_0_reuse_y", partition = "complete:1"} : memref<3x10xi32>`);
    expect(text).toContain(`{name = "S_y_x_0_reuse_x", partition = "complete:1,complete:2"} : memref<3x3xi32>`);
    expect(text).toMatch(/affine\.load %alloc_1\[%arg\d+, %arg\d+\] : memref<3x3xi32>/);
    expect(steps[2]!.description).toBe("partition conv:S_y_x_0_reuse_y complete on dim 1");
  });

  it("handles stride 2 (Allo test_conv2D_lb_wb_stride_2)", () => {
    const steps = schedule(CONV(`LB = s.reuse_at(s.A, "y")\nWB = s.reuse_at(LB, "x")`, 2, 4));
    expect(final(steps)).toContain(`memref<3x3xi32>`);
    expect(steps[0]!.description).toContain("shifting by 2");
  });

  it("works after split + reorder with the outer tile in the index (Allo test_conv2D_lb_wb_schedule)", () => {
    const steps = schedule(CONV(`s.split("x", 4)\ns.reorder("x.outer", "y", "x.inner")\nLB = s.reuse_at(s.A, "y")\nWB = s.reuse_at(LB, "x.inner")\ns.partition(LB, dim=2)\ns.partition(WB)\ns.reshape(s.B, (8, 2, 4))\ns.pipeline("y")`));
    const text = final(steps);
    expect(text).toContain(`memref<3x10xi32>`);
    expect(text).toContain(`{name = "S_y_x_0_reuse_x_inner", partition = "complete:1,complete:2"} : memref<3x3xi32>`);
    expect(steps[3]!.description).toBe("reuse conv:S_y_x_0_reuse_y along x.inner in S_y_x_0_reuse_x_inner[3×3] (window 3 on dimension 2, shifting by 1)");
  });

  it("chains along both axes of a diagonal pattern (Allo test_reuse_blur_x_y)", () => {
    const src = `${HEAD}
def blur(A: int32[10, 10]) -> int32[8, 8]:
    B: int32[8, 8] = 0
    for y, x in allo.grid(8, 8):
        B[y, x] = A[y, x] + A[y + 1, x + 1] + A[y + 2, x + 2]
    return B

s = allo.customize(blur)
RB_y = s.reuse_at(s.A, "y")
RB_x = s.reuse_at(RB_y, "x")
`;
    const text = final(schedule(src));
    expect(text).toContain(`{name = "S_y_x_0_reuse_y"} : memref<3x10xi32>`);
    expect(text).toContain(`{name = "S_y_x_0_reuse_x"} : memref<3x3xi32>`);
  });

  it("keeps float stencils bit-exact (jacobi_2d's whole composed schedule applies)", () => {
    const steps = schedule(readFileSync(new URL("../public/examples/jacobi_2d.py", import.meta.url), "utf8"));
    const text = final(steps);
    expect(text).toContain(`{name = "A_reuse_i0", partition = "complete:1,complete:2"} : memref<3x30xf32>`);
    expect(text).toContain(`{name = "B_reuse_j1", partition = "complete:1,complete:2"} : memref<3x3xf32>`);
  });

  it("reports an axis without a sliding window", () => {
    const src = `${HEAD}
def gemm(A: int32[4, 4], B: int32[4, 4]) -> int32[4, 4]:
    C: int32[4, 4] = 0
    for i, j in allo.grid(4, 4):
        for k in allo.reduction(4):
            C[i, j] += A[i, k] * B[k, j]
    return C

s = allo.customize(gemm)
s.reuse_at(s.A, "i")
s.reuse_at(s.A, "j")
`;
    expect(errorOf(src)).toBe("Cannot find reuse pattern on axis i: the window of A (1 along dimension 1) moves by 1 per iteration, so nothing is reused");
    const src2 = src.replace(`s.reuse_at(s.A, "i")\n`, "");
    expect(errorOf(src2)).toBe("Cannot find reuse pattern on axis j: no read of A inside gemm:S_i_j_0.j has an index that moves with j");
  });

  it("reports a non-constant stride (Allo test_avgpool_nchw style)", () => {
    const src = `${HEAD}
def pool(A: int32[10, 10], st: index) -> int32[4, 4]:
    B: int32[4, 4] = 0
    for h, w in allo.grid(4, 4):
        v: int32 = 0
        for rh, rw in allo.reduction(2, 2):
            v += A[h * st + rh, w * st + rw]
        B[h, w] = v
    return B

s = allo.customize(pool)
s.reuse_at(s.A, "h")
`;
    expect(errorOf(src)).toMatch(/^Cannot support non-constant stride: the index of A in dimension 1 along h/);
  });

  it("refuses a target written inside the axis, and unknown buffers", () => {
    const src = `${HEAD}
def f(A: int32[10]) -> int32[10]:
    for i in range(8):
        A[i] = A[i + 1] + A[i + 2]
    return A

s = allo.customize(f)
s.reuse_at(s.A, "i")
`;
    expect(errorOf(src)).toBe("reuse_at(): A is written (or passed to a call) inside loop i, so a reuse buffer would hold stale values");
    expect(errorOf(src.replace("s.reuse_at(s.A", `s.reuse_at("f:Q"`))).toMatch(/^Target Q not found in function f; its buffers are: A/);
  });
});

// ------------------------------------------------------------------ unfold

const PE = (sched: string, head = "") => `${HEAD}
${head}
def gemm(A: int8[4, 4], B: int8[4, 4]) -> int16[4, 4]:
    C: int16[4, 4] = 0
    for i, j in allo.grid(4, 4, name="PE"):
        for k in allo.reduction(4):
            C[i, j] += A[i, k] * B[k, j]
    return C

s = allo.customize(gemm)
${sched}
`;

describe("unfold", () => {
  it("replicates the band into PE functions called from a dataflow top (Allo form)", () => {
    const steps = schedule(PE(`pe = s.unfold("PE", [0, 1])\ns.partition(s.C, dim=0)`));
    const text = final(steps);
    expect(text.match(/func\.func @gemm_PE_\d_\d\(/g)).toHaveLength(16);
    expect(text).toMatch(/func\.func @gemm\(.*attributes \{[^}]*dataflow/);
    expect(text).toContain("func.call @gemm_PE_0_0(%arg0, %arg1, %alloc)");
    expect(text).toContain("func.call @gemm_PE_3_3(%arg0, %arg1, %alloc)");
    // Loop variables became constants inside each PE.
    expect(text).toMatch(/affine\.store %\d+, %arg2\[2, 3\] : memref<4x4xi16/);
    expect(steps[0]!.description).toBe("unfold gemm:PE loops i, j into 16 PEs (4×4: gemm_PE_0_0 … gemm_PE_3_3) called from dataflow function gemm");
    // The partition of C reaches every PE's parameter.
    expect(text).toMatch(/func\.func @gemm_PE_1_2\([^)]*memref<4x4xi16> \{allo\.partition = "complete:1,complete:2"\}/);
  });

  it("accepts the paper's axis=/factor= form and runs the whole systolic gallery schedule, FIFOs included", () => {
    const src = readFileSync(new URL("../public/examples/systolic_4x4.py", import.meta.url), "utf8");
    const steps = schedule(src);
    expect(steps.map((s) => s.status)).toEqual(["applied", "applied", "applied", "applied", "applied", "applied", "applied"]);
    expect(steps[5]!.description).toBe("stream gemm:A through FIFOs of depth 5 along PE axis 1: the first PE of each line reads it and forwards each element to its neighbour");
    const c = compileDesign(src);
    expect(c.sink.items).toEqual([]);
    // 4×4 PEs: A flows along the rows and B down the columns, one FIFO between neighbours; loaders feed
    // the first PE of each line, and each PE sends its C to the drainer.
    const g = buildArchGraph(c.design!.module);
    const fifos = g.nodes.filter((n) => n.kind === "fifo");
    const relays = fifos.filter((f) => /^fifo:[AB]_fifo_/.test(f.id));
    expect(relays).toHaveLength(2 * 4 * 3);
    expect(relays.every((f) => f.depth === 5 && f.type === "int8")).toBe(true);
    const loads = fifos.filter((f) => /^fifo:[AB]_load_/.test(f.id));
    expect(loads).toHaveLength(4 + 4);
    expect(loads.every((f) => f.depth === 5 && f.type === "int8")).toBe(true);
    const drains = fifos.filter((f) => /^fifo:C_drain_/.test(f.id));
    expect(drains).toHaveLength(16);
    expect(drains.every((f) => f.type === "int16")).toBe(true);
    expect(fifos).toHaveLength(relays.length + loads.length + drains.length);
    expect(g.edges.some((e) => e.kind === "stream" && e.from === "kernel:gemm_PE_0_0" && e.to === "fifo:A_fifo_0_1" && e.elements === 4)).toBe(true);
    expect(g.edges.some((e) => e.kind === "stream" && e.from === "fifo:A_fifo_0_1" && e.to === "kernel:gemm_PE_0_1")).toBe(true);
    expect(g.edges.some((e) => e.kind === "stream" && e.from === "kernel:gemm_PE_2_1" && e.to === "fifo:B_fifo_3_1")).toBe(true);
  });

  it("clones called functions per PE and passes scalar parameters", () => {
    const head = `def mac(acc: int32, a: int32, b: int32) -> int32:\n    return acc + a * b\n`;
    const src = `${HEAD}
${head}
def top(A: int32[3, 4], B: int32[4, 2], bias: int32) -> int32[3, 2]:
    C: int32[3, 2] = 0
    for i, j in allo.grid(3, 2, name="PE"):
        acc: int32 = bias
        for k in range(4):
            acc = mac(acc, A[i, k], B[k, j])
        C[i, j] = acc
    return C

s = allo.customize(top)
s.unfold("PE", [0, 1])
`;
    const text = final(schedule(src));
    expect(text).toContain("func.func @mac_0_0(");
    expect(text).toContain("func.func @mac_2_1(");
    expect(text).toMatch(/func\.call @mac_1_1\(/);
    expect(text).toMatch(/func\.func @top_PE_2_1\(%arg0: memref<3x4xi32>, %arg1: memref<4x2xi32>, %arg2: memref<3x2xi32>, %arg3: i32\)/);
  });

  it("unfolds one axis, keeping the inner loops", () => {
    const text = final(schedule(PE(`s.unfold("PE", [0])`)));
    expect(text.match(/func\.func @gemm_PE_\d\(/g)).toHaveLength(4);
    expect(text).toMatch(/loop_name = "j"/);
  });

  it("reports non-consecutive axes, a non-zero lower bound, unknown bands, bad factors and axes", () => {
    const three = `${HEAD}
def f(A: int32[2, 2, 2]):
    for i, j, k in allo.grid(2, 2, 2, name="PE"):
        A[i, j, k] += 1
    for m in range(1, 3):
        A[m - 1, 0, 0] += 1

s = allo.customize(f)
`;
    expect(errorOf(`${three}s.unfold("PE", [0, 2])\n`)).toBe("Axes must be consecutive: [0, 2]");
    expect(errorOf(`${three}s.unfold("S_m_1", [0])\n`)).toBe("Lower bound must be 0: loop m of band S_m_1 starts at 1");
    expect(errorOf(`${three}s.unfold("QQ", [0])\n`)).toBe("Cannot find band QQ in function f; bands: PE, S_m_1");
    expect(errorOf(`${three}s.unfold("PE", [1, 2, 3])\n`)).toBe("unfold(): axis 3 is out of range: band PE has a perfect nest of 3 loops (i, j, k)");
    expect(errorOf(`${three}s.unfold("PE", axis=[0, 1], factor=[2, 4])\n`)).toBe("unfold(): factor=[2, 4] must equal the bounds of loops i, j ([2, 2]): partial unfolding is not supported");
  });

  it("unfolds an inner axis only: the outer loop stays and passes its variable to each PE (Allo's axes=[1])", () => {
    const text = final(schedule(PE(`s.unfold("PE", [1])`)));
    expect(text.match(/func\.func @gemm_PE_\d\(/g)).toHaveLength(4);
    // Each PE takes the kept loop's variable as an index argument, and is called once per i.
    expect(text).toMatch(/func\.func @gemm_PE_0\(%arg0: memref<4x4xi8>, %arg1: memref<4x4xi8>, %arg2: memref<4x4xi16>, %arg3: index\)/);
    expect(text).toMatch(/affine\.for %arg(\d+) = 0 to 4 \{\n\s*func\.call @gemm_PE_0\(%arg0, %arg1, %alloc, %arg\1\)/);
    expect(text).toContain(`} {loop_name = "i", op_name = "PE"}`);
  });

  it("unfolds an inner axis of a band whose body is a kernel call (Allo's test_matmul_function, axes=[1])", () => {
    const src = `${HEAD}
def kernel(A: int32[2, 3], B: int32[3, 2], C: int32[2, 2], i: index, j: index):
    for k in range(3):
        C[i, j] += A[i, k] * B[k, j]

def matmul(A: int32[2, 3], B: int32[3, 2]) -> int32[2, 2]:
    C: int32[2, 2] = 0
    for i, j in allo.grid(2, 2, name="PE"):
        kernel(A, B, C, i, j)
    return C

s = allo.customize(matmul)
s.unfold("PE", axes=[1])
`;
    const text = final(schedule(src));
    expect(text).toContain("call @kernel_0(");
    expect(text).toContain("call @kernel_1(");
    expect(text).not.toContain("call @kernel_0_0(");
  });
});

describe("architecture graph of unfolded PEs", () => {
  it("shows the paper's systolic schedule as a 4×4 grid of PE nodes inside the top kernel", () => {
    const src = readFileSync(new URL("../public/examples/systolic_4x4.py", import.meta.url), "utf8");
    const g = architecture(src).graph!;
    const pes = g.nodes.filter((n) => n.kind === "pe");
    expect(pes).toHaveLength(16);
    expect(new Set(pes.map((n) => n.parent))).toEqual(new Set(["kernel:gemm"]));
    expect(pes.map((n) => n.grid!.join(",")).sort()).toEqual([0, 1, 2, 3].flatMap((i) => [0, 1, 2, 3].map((j) => `${i},${j}`)).sort());
    expect(pes.find((n) => n.label === "gemm_PE_2_3")?.grid).toEqual([2, 3]);
    // The top kernel holds the grid with its loaders and drainer.
    expect(g.nodes.filter((n) => n.kind === "kernel").map((n) => n.label)).toEqual(["gemm", "gemm_load_A", "gemm_load_B", "gemm_drain_C"]);
    // Only the loader reads A (all of it); the PEs take it from their FIFOs.
    expect(g.edges.find((e) => e.from === "memory:A" && e.to === "kernel:gemm_load_A")?.elements).toBe(16);
    expect(g.edges.filter((e) => e.from === "memory:A" && e.to.startsWith("kernel:gemm_PE_"))).toEqual([]);
  });

  it("keeps cloned callees of PEs as kernels and one-axis grids as rank-1", () => {
    const g = architecture(PE(`s.unfold("PE", [0])`)).graph!;
    expect(g.nodes.filter((n) => n.kind === "pe").map((n) => n.grid)).toEqual([[0], [1], [2], [3]]);
  });
});

// ------------------------------------------------------------------ random stencils

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("random stencils", () => {
  it("line + window buffers keep every result bit-exact (150 cases)", () => {
    let applied = 0;
    for (let n = 0; n < 150; n++) {
      const r = rng(1000 + n);
      const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
      const sy = pick([1, 1, 2]), sx = pick([1, 1, 2, 3]);
      const oy = 2 + Math.floor(r() * 4), ox = 2 + Math.floor(r() * 4);
      const withRed = r() < 0.5;
      const terms = Array.from({ length: 1 + Math.floor(r() * 4) }, () => {
        const a = Math.floor(r() * 3), b = Math.floor(r() * 3);
        const ry = withRed && r() < 0.5 ? " + r" : "", rx = withRed && r() < 0.5 ? " - c + 2" : "";
        return `A[y * ${sy} + ${a}${ry}, x * ${sx} + ${b}${rx}]`;
      });
      const H = sy * (oy - 1) + 2 + (withRed ? 2 : 0) + 1, W = sx * (ox - 1) + 2 + (withRed ? 2 : 0) + 1;
      const body = withRed
        ? `        v: int32 = 0\n        for r, c in allo.reduction(3, 3):\n            v += ${terms.join(" + ")}\n        B[y, x] = v`
        : `        B[y, x] = ${terms.join(" + ")}`;
      const chain = r() < 0.7;
      const src = `${HEAD}
def k(A: int32[${H}, ${W}]) -> int32[${oy}, ${ox}]:
    B: int32[${oy}, ${ox}] = 0
    for y, x in allo.grid(${oy}, ${ox}):
${body}
    return B

s = allo.customize(k)
LB = s.reuse_at(s.A, "y")
${chain ? `WB = s.reuse_at(LB, "x")\ns.partition(WB)` : ""}
`;
      const steps = schedule(src);
      // A window that does not overlap between iterations is an error, never a wrong result.
      for (const s of steps) if (s.status === "error") expect(s.diagnostics[0]!.message, src).toMatch(/^Cannot find reuse pattern on axis/);
      if (steps.every((s) => s.status === "applied")) applied++;
    }
    expect(applied).toBeGreaterThan(75);
  });
});
