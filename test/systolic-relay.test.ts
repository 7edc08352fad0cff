/**
 * `s.to(buf, pe, axis=, depth=)` after `unfold` makes real FIFOs: the first PE of each line reads the
 * array and every PE forwards what it reads to its neighbour. The PEs then run as KPN processes on
 * those channels, the printed MLIR has Allo streams, the HLS export has `hls::stream`s between PE
 * functions, and the results equal a plain matmul written independently of the simulator.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { architecture, compile, estimate, simulate } from "../src/core/api";
import { exportProject } from "../src/core/backend/export";

const SYSTOLIC_4X4 = readFileSync(new URL("../public/examples/systolic_4x4.py", import.meta.url), "utf8");
const SYSTOLIC_16X16 = readFileSync(new URL("../public/examples/systolic_16x16.py", import.meta.url), "utf8");
/** The paper's schedule on a grid the gallery does not have: 3×5 PEs, K = 7. */
const SYSTOLIC_3X5 = SYSTOLIC_4X4.replace("M, N, K = 4, 4, 4", "M, N, K = 3, 5, 7");

/** C = A @ B with int16 wrap-around, as plain loops. */
function matmulInt16(a: readonly number[], b: readonly number[], m: number, n: number, k: number): number[] {
  const c: number[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let x = 0; x < k; x++) s += a[i * k + x]! * b[x * n + j]!;
      c.push(((s % 65536) + 65536 + 32768) % 65536 - 32768);
    }
  }
  return c;
}

function kernelCpp(src: string, target: "vhls" | "vitis_hls"): string {
  const files = exportProject(src, { target }).files!;
  return String(Object.entries(files).find(([p]) => p.endsWith("kernel.cpp"))![1]);
}

describe("s.to between unfolded PEs", () => {
  for (const [name, src, m, n, k] of [["4×4", SYSTOLIC_4X4, 4, 4, 4], ["16×16", SYSTOLIC_16X16, 16, 16, 16], ["3×5, K=7", SYSTOLIC_3X5, 3, 5, 7]] as const) {
    it(`runs the ${name} grid as processes on FIFOs and computes the plain matmul`, () => {
      const r = simulate(src, { seed: 7, timeline: true });
      expect(r.diagnostics).toEqual([]);
      const a = r.inputs!.A!.data as number[], b = r.inputs!.B!.data as number[];
      expect(Array.from(r.returns![0]!.data as number[])).toEqual(matmulInt16(a, b, m, n, k));
      const df = r.dataflow!;
      // The PEs, a loader for A and one for B, and the drainer of C.
      expect(df.processes).toHaveLength(m * n + 3);
      expect(df.processes.filter((p) => !/_PE_/.test(p.name)).map((p) => p.name).sort()).toEqual(["gemm_drain_C", "gemm_load_A", "gemm_load_B"]);
      // A flows along the rows (N - 1 FIFOs per row), B down the columns (M - 1 per column); the
      // loaders feed the first PE of each line, and every PE drains its C[i, j] through a FIFO of its own.
      const relay = df.fifos.filter((f) => /_fifo_/.test(f.name));
      expect(relay).toHaveLength(m * (n - 1) + n * (m - 1));
      expect(df.fifos.filter((f) => /^A_load_/.test(f.name))).toHaveLength(m);
      expect(df.fifos.filter((f) => /^B_load_/.test(f.name))).toHaveLength(n);
      expect(df.fifos.filter((f) => /^C_drain_/.test(f.name))).toHaveLength(m * n);
      for (const f of df.fifos) {
        if (f.name.startsWith("C_drain_")) { expect([f.depth, f.puts, f.gets]).toEqual([1, 1, 1]); continue; }
        expect(f.depth).toBe(f.name.startsWith("A_") ? m + 1 : n + 1);
        expect(f.puts).toBe(k);
        expect(f.gets).toBe(k);
      }
      expect(df.fifos.find((f) => f.name === "A_load_1_0")).toMatchObject({ writers: ["gemm_load_A"], readers: ["gemm_PE_1_0"] });
      expect(df.fifos.find((f) => f.name === "C_drain_0_1")).toMatchObject({ writers: ["gemm_PE_0_1"], readers: ["gemm_drain_C"] });
      expect(df.fifos.find((f) => f.name === "A_fifo_0_1")).toMatchObject({ writers: ["gemm_PE_0_0"], readers: ["gemm_PE_0_1"] });
      expect(df.deadlock).toBeUndefined();
      expect(df.cycles).toBeGreaterThan(0);
    });
  }

  it("estimates the grid's latency as the timed simulation measures it: PEs overlap, one hop per FIFO", () => {
    for (const src of [SYSTOLIC_4X4, SYSTOLIC_16X16, SYSTOLIC_3X5]) {
      const sim = simulate(src, { timeline: true }).dataflow!.cycles;
      const est = estimate(src).estimate!;
      // The timeline starts once the partitioned inputs are in their on-chip copies.
      expect(Math.abs(est.latency - (est.onChipCopyCycles ?? 0) - sim)).toBeLessThanOrEqual(2);
    }
    // 16×16: each PE writes only its own C[i, j], so the PEs do not wait for one another's C (was 12,784).
    expect(estimate(SYSTOLIC_16X16).estimate!.latency).toBeLessThan(200);
  });

  it("gives the diagram, the simulator and the export the same FIFOs with the same depths", () => {
    const g = architecture(SYSTOLIC_3X5).graph!;
    const diagram = g.nodes.filter((x) => x.kind === "fifo").map((x) => `${x.label}:${x.depth}`).sort();
    const sim = simulate(SYSTOLIC_3X5).dataflow!.fifos.map((f) => `${f.name}:${f.depth}`).sort();
    const cpp = kernelCpp(SYSTOLIC_3X5, "vhls");
    const hls = [...cpp.matchAll(/hls::stream< int(?:8|16)_t > (\w+);\s*\/\/[^\n]*\n\s*#pragma HLS stream variable=\1 depth=(\d+)/g)].map((x) => `${x[1]}:${x[2]}`).sort();
    expect(diagram).toHaveLength(3 * 4 + 5 * 2 + 3 + 5 + 3 * 5);
    expect(sim).toEqual(diagram);
    expect(hls).toEqual(diagram);
  });

  it("exports PE functions that take only streams, with loaders and a drainer at the edges and memory only there", () => {
    const cpp = kernelCpp(SYSTOLIC_4X4, "vitis_hls");
    expect(cpp).not.toMatch(/#pragma HLS stream variable=(A|B) /);
    expect(cpp).not.toMatch(/s\.to:/);
    // Every PE function's parameters are streams.
    const pes = [...cpp.matchAll(/void gemm_PE_\d+_\d+\(([^)]*)\)/g)].map((x) => x[1]!);
    expect(pes).toHaveLength(16);
    for (const params of pes) for (const p of params.split(",")) expect(p.trim()).toMatch(/^hls::stream< int(8|16)_t > &\w+$/);
    expect(cpp).toMatch(/void gemm_PE_1_1\(\n  hls::stream< int16_t > &C_out,\n  hls::stream< int8_t > &A_in,\n  hls::stream< int8_t > &A_out,\n  hls::stream< int8_t > &B_in,\n  hls::stream< int8_t > &B_out\n\)/);
    // The loader reads A and feeds the first PE of each row, a column of A per step.
    expect(cpp).toMatch(/void gemm_load_A\(\n  int8_t A\[4\]\[4\],\n  hls::stream< int8_t > &A_out_0_0,/);
    expect(cpp).toMatch(/for \(int k = 0; k < 4; k\+\+\) \{[^\n]*\n    #pragma HLS pipeline II=1\n    A_out_0_0\.write\(A\[0\]\[k\]\);[^\n]*\n    A_out_1_0\.write\(A\[1\]\[k\]\);/);
    // The drainer takes each PE's C[i, j] and writes C.
    expect(cpp).toMatch(/C\[2\]\[3\] = C_in_2_3\.read\(\);/);
    expect(cpp).toContain("gemm_load_A(A, A_load_0_0, A_load_1_0, A_load_2_0, A_load_3_0);");
    expect(cpp).toContain("gemm_PE_1_1(C_drain_1_1, A_fifo_1_1, A_fifo_1_2, B_fifo_1_1, B_fifo_2_1);");
    expect(cpp).toContain("#pragma HLS dataflow");
  });

  it("prints the FIFOs as Allo streams", () => {
    const r = compile(SYSTOLIC_4X4);
    const text = r.mlir!;
    expect(text).toContain(`%A_fifo_0_1 = "allo.stream_construct"() {name = "A_fifo_0_1"} : () -> !allo.stream<i8, 5>`);
    expect(text).toMatch(/"allo\.stream_get"\(%arg\d+\) : \(!allo\.stream<i8, 5>\) -> i8/);
    expect(text).not.toContain(`allo.stream = "depth=5:axis=1"`);
  });

  it("builds the one relay the reads allow when the axis is numbered the paper's way, and says so", () => {
    const src = SYSTOLIC_4X4.replace("s.to(s.A, pe, axis=1, depth=M + 1)", "s.to(s.A, pe, axis=0, depth=M + 1)");
    const r = compile(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.steps![5]!.description).toMatch(/along PE axis 1: .* \(axis=0 was given, but only the PEs along axis 1 read the same elements\)$/);
    expect(simulate(src).dataflow!.fifos.map((f) => f.name)).toContain("A_fifo_0_1");
  });

  it("refuses to stream a buffer a second time, at the second call (a fuzzed 64×64 mutant chained FIFOs behind FIFOs and took 10 s to estimate)", () => {
    const src = SYSTOLIC_4X4.replace(/^(s\.to\(s\.A.*)$/m, "$1\n$1");
    const lines = src.split("\n");
    const second = lines.findIndex((l, i) => l.startsWith("s.to(s.A") && i > lines.findIndex((x) => x.startsWith("s.to(s.A")));
    expect(second).toBeGreaterThan(0);
    const errors = compile(src).diagnostics.filter((x) => x.severity === "error");
    expect(errors.map((d) => [d.line, d.code, d.message])).toEqual([[second + 1, "E-schedule", "to(): A already flows through the PEs of gemm (an earlier to() streams it); stream each buffer once"]]);
  });

  it("refuses when no axis of the grid shares the reads, at the line of the call", () => {
    const src = `
import allo
from allo.ir.types import int32

def top(A: int32[4, 4]) -> int32[4, 4]:
    C: int32[4, 4] = 0
    for i, j in allo.grid(4, 4, name="PE"):
        C[i, j] = A[i, j] * 2
    return C

s = allo.customize(top)
pe = s.unfold("PE", axis=[0, 1])
s.to(s.A, pe, axis=1, depth=2)
`;
    const d = compile(src).diagnostics.find((x) => x.severity === "error")!;
    expect(d.message).toBe("to(): the PEs along axis 1 read different elements of A (top_PE_0_0 and top_PE_0_1), so one FIFO chain cannot feed them; no axis of the grid shares its reads; leave A as a shared array");
    expect(d.line).toBe(src.split("\n").findIndex((l) => l.startsWith("s.to(s.A")) + 1);
  });

  it("refuses reads that depend on data, and a buffer the PEs write", () => {
    const dataDep = `
import allo
from allo.ir.types import int32

def top(A: int32[4, 4], B: int32[4, 4]) -> int32[4, 4]:
    C: int32[4, 4] = 0
    for i, j in allo.grid(4, 4, name="PE"):
        for k in range(4):
            if B[i, j] > 0:
                C[i, j] += A[i, k]
    return C

s = allo.customize(top)
pe = s.unfold("PE", axis=[0, 1])
s.to(s.A, pe, axis=1, depth=2)
`;
    expect(compile(dataDep).diagnostics.find((x) => x.severity === "error")?.message).toMatch(/^to\(\): top_PE_0_0 decides which elements it reads from data, so its reads of A cannot come from a FIFO/);
    const written = dataDep.replace("C[i, j] += A[i, k]", "A[i, k] = C[i, j]").replace("if B[i, j] > 0:", "if k > 0:");
    expect(compile(written).diagnostics.find((x) => x.severity === "error")?.message).toMatch(/^to\(\): top_PE_0_0 writes it/);
  });
});
