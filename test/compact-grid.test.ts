/**
 * The compact PE grid (schedule/grid.ts) on the paper's systolic schedule at 64×64 (4096 PEs, more
 * than `unfold` could replicate before): it compiles to one PE body with its instance table and FIFO
 * chains, simulates to the plain matmul's bits, draws as one grid node, estimates, and exports the
 * simulator's hardware (loaders, drainer, FIFOs) with one PE function called per PE
 * (schedule/grid-fold.ts). Smaller grids expand to exactly the per-PE functions they always had
 * (test/golden.test.ts pins the 4×4 and 16×16 IR and graphs; hls-export.test.ts runs the shared PE
 * form, 64×64 included, through g++; hardware-consistency.test.ts holds it to the plan). Compile and proof times are in bench/ and BENCHMARKS.md, not here.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type * as ir from "../src/core/ir/nodes";
import { describe, expect, it } from "vitest";
import { architecture, estimate } from "../src/core/api";
import { exportProject } from "../src/core/backend/export";
import { compileDesign } from "../src/core/compile";
import { differentialCheck } from "../src/core/schedule";
import { expandGrids } from "../src/core/schedule/grid";
import { sharedPeGrids } from "../src/core/schedule/grid-fold";
import { runModule } from "../src/core/sim/simulate";

const SRC64 = readFileSync(fileURLToPath(new URL("../bench/designs/systolic_64x64.py", import.meta.url)), "utf8");
const SRC4 = readFileSync(fileURLToPath(new URL("../public/examples/systolic_4x4.py", import.meta.url)), "utf8");

describe("a 64×64 systolic array through every stage", () => {
  const c = compileDesign(SRC64);
  const d = c.design!;

  it("compiles to one PE body over its coordinates, its FIFO chains recorded on it", () => {
    expect(c.sink.items.filter((x) => x.severity === "error")).toEqual([]);
    expect(d.steps.map((s) => s.status)).toEqual(["applied", "applied", "applied", "applied", "applied", "applied"]);
    const pe = d.compact.funcs.filter((f) => f.attrs.peGrid);
    expect(pe.map((f) => f.name)).toEqual(["gemm_PE"]);
    expect(pe[0]!.attrs.peGrid!.shape).toEqual([64, 64]);
    expect(pe[0]!.attrs.peGrid!.relays.map((r) => [r.bufName, r.axis, r.depth])).toEqual([["A", 1, 65], ["B", 0, 65]]);
    expect(d.compact.funcs).toHaveLength(2);
    expect(d.steps[2]!.description).toContain("into 4096 PEs (64×64: gemm_PE_0_0 … gemm_PE_63_63)");
  });

  it("expands, where a consumer needs it, to 4096 PE functions, 8064 relay FIFOs, and loaders and a drainer at the edges", () => {
    const x = d.module;
    expect(x).toBe(expandGrids(d.compact));
    expect(x.funcs.filter((f) => /^gemm_PE_\d+_\d+$/.test(f.name))).toHaveLength(4096);
    expect(x.funcs.filter((f) => f.attrs.edge).map((f) => `${f.name}:${f.attrs.edge!.role}`)).toEqual(["gemm_load_A:loader", "gemm_load_B:loader", "gemm_drain_C:drainer"]);
    const top = x.funcs.find((f) => f.name === "gemm")!;
    const chans = top.body.filter((s): s is ir.Alloc => s.kind === "alloc" && s.buf.storage === "stream");
    // Relays along both axes, a loader FIFO into the first PE of each line, a drain FIFO out of every PE.
    expect(chans.filter((s) => /_fifo_\d/.test(s.buf.name))).toHaveLength(2 * 64 * 63);
    expect(chans).toHaveLength(2 * 64 * 63 + 2 * 64 + 64 * 64);
  });

  it("simulates as processes on FIFOs to the plain matmul's bits", () => {
    const diff = differentialCheck(d.unscheduled, d.module, 7);
    expect(diff).toEqual({ equal: true });
  }, 300_000);

  it("draws the grid as one node and each FIFO chain as one FIFO", () => {
    const g = architecture(SRC64).graph!;
    const pes = g.nodes.filter((n) => n.kind === "pe");
    expect(pes.map((n) => [n.label, n.shape, n.instances])).toEqual([["gemm_PE [64×64]", [64, 64], 4096]]);
    expect(g.nodes.filter((n) => n.kind === "fifo").map((n) => [n.id, n.depth, n.instances])).toEqual([["fifo:A_fifo", 65, 4032], ["fifo:B_fifo", 65, 4032]]);
    // Only the first PE of each line reads the array: 64 lines × 64 elements.
    expect(g.edges.find((e) => e.from === "memory:A" && e.kind === "read")?.elements).toBe(64 * 64);
    expect(g.edges.find((e) => e.to === "fifo:A_fifo")?.elements).toBe(64 * 4032);
    expect(g.nodes.length).toBeLessThan(12);
  });

  it("estimates", () => {
    const r = estimate(SRC64);
    expect(r.diagnostics.filter((x) => x.severity === "error")).toEqual([]);
    expect(r.estimate!.latency).toBeGreaterThan(64);
  }, 300_000);

  it("exports the expanded hardware with one PE function called once per PE, its FIFOs as arrays of hls::streams", () => {
    const r = exportProject(SRC64, { target: "vitis_hls" });
    expect(r.diagnostics.filter((x) => x.severity === "error")).toEqual([]);
    const cpp = String(Object.entries(r.files!).find(([p]) => p.endsWith("kernel.cpp"))![1]);
    expect(cpp.match(/^void gemm_PE\(/gm)).toHaveLength(1);
    expect(cpp).not.toMatch(/gemm_PE_\d+_\d+/);
    expect(cpp.match(/^\s*gemm_PE\(/gm)).toHaveLength(4096);
    // The simulator's loaders and drainer, and no PE reads or writes memory.
    for (const k of ["gemm_load_A", "gemm_load_B", "gemm_drain_C"]) expect(cpp).toMatch(new RegExp(`^void ${k}\\(`, "m"));
    expect(cpp.slice(cpp.indexOf("void gemm_PE("), cpp.indexOf("void gemm_load_A(")).split("{")[0]).not.toMatch(/int(8|16)_t [ABC]\[/);
    // A relay chain is A_fifo[i][j] into PE (i, j), plus one element per line the last PE's output
    // is bound to and never writes; the loader's FIFOs A_load[i][0]; a drain FIFO out of each PE.
    expect(cpp).toContain("hls::stream< int8_t > A_fifo[64][65];");
    expect(cpp).toContain("#pragma HLS stream variable=A_fifo depth=65");
    expect(cpp).toContain("hls::stream< int8_t > A_load[64][1];");
    expect(cpp).toContain("hls::stream< int16_t > C_drain[64][64];");
    expect(cpp).toContain("gemm_PE(0, 0, A_load[0][0], A_fifo[0][1], B_load[0][0], B_fifo[1][0], C_drain[0][0]);");
    expect(cpp).toContain("gemm_PE(63, 63, A_fifo[63][63], A_fifo[63][64], B_fifo[63][63], B_fifo[64][63], C_drain[63][63]);");
    expect(cpp.length).toBeLessThan(1_000_000);
  }, 300_000);
});

describe("the shared PE form", () => {
  const same = (src: string) => {
    const d = compileDesign(src).design!;
    const shared = sharedPeGrids(d.compact)!;
    expect(shared.funcs.filter((f) => f.name.startsWith("gemm_PE"))).toHaveLength(1);
    // The expanded grid's edge kernels, unchanged.
    for (const f of d.module.funcs.filter((x) => x.attrs.edge)) expect(shared.funcs.find((x) => x.name === f.name)).toBe(f);
    const a = runModule(d.module, {}, 3, 1e9), b = runModule(shared, {}, 3, 1e9);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(Array.from(b.returns[0]!.data as ArrayLike<number>)).toEqual(Array.from(a.returns[0]!.data as ArrayLike<number>));
    return { d, shared };
  };

  it("computes what the expanded grid computes (4×4)", () => {
    const { d, shared } = same(SRC4);
    // The same channels (name and depth), each an element of an array, and one unconnected line end per line and chain.
    const chans = (m: ir.Module) => m.funcs.find((f) => f.name === "gemm")!.body.flatMap((s) => (s.kind === "alloc" && s.buf.storage === "stream" ? [s.buf] : []));
    const expanded = chans(d.module).map((b) => `${b.name}:${b.stream!.depth}`).sort();
    const folded = chans(shared);
    expect(folded.every((b) => b.stream!.element && b.name === `${b.stream!.element.array}_${b.stream!.element.at.join("_")}`)).toBe(true);
    const extra = folded.map((b) => `${b.name}:${b.stream!.depth}`).filter((x) => !expanded.includes(x)).sort();
    expect(folded.length - extra.length).toBe(expanded.length);
    expect(extra).toEqual(["A_fifo_0_4:5", "A_fifo_1_4:5", "A_fifo_2_4:5", "A_fifo_3_4:5", "B_fifo_4_0:5", "B_fifo_4_1:5", "B_fifo_4_2:5", "B_fifo_4_3:5"]);
  });

  it("computes what the expanded grid computes where a relay has no loader (the first PE of each line reads the array)", () => {
    // The caller reads A after the grid, so A keeps no loader; C, also read after it, stays an argument.
    const src = `
import allo
from allo.ir.types import int32

def top(A: int32[4, 4], W: int32[4]) -> int32[4, 4]:
    C: int32[4, 4] = 0
    for i, j in allo.grid(4, 4, name="PE"):
        for k in range(4):
            C[i, j] += A[i, k] * W[k]
    C[0, 0] += A[1, 1]
    return C

s = allo.customize(top)
pe = s.unfold("PE", axis=[0, 1])
s.to(s.A, pe, axis=1, depth=3)
`;
    const d = compileDesign(src).design!;
    const shared = sharedPeGrids(d.compact)!;
    expect(shared.funcs.map((f) => f.name)).toEqual(["top_PE", "top_load_W", "top"]);
    expect(shared.funcs[0]!.params.map((p) => p.name)).toEqual(["i", "j", "A", "C", "A_in", "A_out", "W_in"]);
    const a = runModule(d.module, {}, 5, 1e8), b = runModule(shared, {}, 5, 1e8);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(Array.from(b.returns[0]!.data as ArrayLike<number>)).toEqual(Array.from(a.returns[0]!.data as ArrayLike<number>));
  });

  it("computes what the expanded grid computes (64×64, each PE's element of C in a register)", () => {
    same(SRC64);
  }, 300_000);
});
