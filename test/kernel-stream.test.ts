/**
 * `s.to(buf, "consumer")` between two kernels (schedule/kernel-stream.ts): a real channel when the
 * producer writes and the consumer reads every element once in one order; the simulator runs the
 * two as processes on it, the diagram draws the FIFO, the export has an `hls::stream` (the g++
 * testbench of test/fixtures/kernel_stream.py runs in hls-export.test.ts; the consistency of the
 * views in hardware-consistency.test.ts). Otherwise the array stays, and the step says why.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { architecture, estimate, simulate } from "../src/core/api";
import { exportProject } from "../src/core/backend/export";
import { compileDesign } from "../src/core/compile";
import { differentialCheck } from "../src/core/schedule";

const SRC = readFileSync(fileURLToPath(new URL("./fixtures/kernel_stream.py", import.meta.url)), "utf8");

describe("s.to between two kernels", () => {
  it("turns the array into a channel the producer puts to and the consumer gets from", () => {
    const d = compileDesign(SRC).design!;
    expect(d.steps[0]!.description).toBe("stream top:B as a FIFO of depth 4 to consumer: the producer puts each element, consumer gets it");
    const top = d.module.funcs.find((f) => f.name === "top")!;
    const chan = top.body.find((s) => s.kind === "alloc" && s.buf.name === "B");
    expect(chan?.kind === "alloc" && chan.buf.storage === "stream" && chan.buf.stream?.depth).toBe(4);
    expect(differentialCheck(d.unscheduled, d.module, 5)).toEqual({ equal: true });
  });

  it("runs producer and consumer concurrently: 256 elements through a FIFO of depth 4", () => {
    const r = simulate(SRC, { timeline: true });
    expect(r.diagnostics.filter((x) => x.severity === "error")).toEqual([]);
    expect(r.dataflow!.fifos.map((f) => [f.name, f.depth])).toEqual([["B", 4]]);
    expect(r.dataflow!.deadlock).toBeUndefined();
  });

  it("draws the FIFO between the kernels, and the estimate overlaps them", () => {
    const g = architecture(SRC).graph!;
    expect(g.nodes.find((n) => n.id === "fifo:B")?.depth).toBe(4);
    expect(g.edges.some((e) => e.from === "kernel:producer" && e.to === "fifo:B")).toBe(true);
    expect(g.edges.some((e) => e.from === "fifo:B" && e.to === "kernel:consumer")).toBe(true);
    const streamed = estimate(SRC).estimate!.latency;
    const plain = estimate(SRC.replace(/^s\.to\(.*$/m, "")).estimate!.latency;
    expect(streamed).toBeLessThan(plain);
  });

  it("exports an hls::stream between the kernel functions", () => {
    const r = exportProject(SRC, { target: "vitis_hls" });
    const cpp = String(Object.entries(r.files!).find(([p]) => p.endsWith("kernel.cpp"))![1]);
    expect(cpp).toMatch(/hls::stream< int32_t > B;[^\n]*\n\s*#pragma HLS stream variable=B depth=4/);
    expect(cpp).toMatch(/void producer\([^)]*hls::stream< int32_t > &B/);
    expect(cpp).toMatch(/void consumer\(\s*hls::stream< int32_t > &B/);
  });

  it("keeps the array, and says why, when the consumer reads an element twice", () => {
    const twice = SRC.replace("C[i, j] = B[i, j] * 2 - (A0 >> 2)", "C[i, j] = B[i, j] * B[i, j]");
    const d = compileDesign(twice).design!;
    expect(d.steps[0]!.description).toContain("not a channel: consumer reads 512 elements of B (256 distinct) where a stream moves each of its 256 once");
    const top = d.module.funcs.find((f) => f.name === "top")!;
    expect(top.body.some((s) => s.kind === "alloc" && s.buf.name === "B" && s.buf.storage === "local")).toBe(true);
  });

  it("keeps the array when the consumer reads in another order", () => {
    const transposed = SRC.replace("C[i, j] = B[i, j] * 2 - (A0 >> 2)", "C[i, j] = B[j, i] * 2");
    expect(compileDesign(transposed).design!.steps[0]!.description).toContain("consumer reads B in another order than producer writes it (access 1: element 16 is read where element 1 is written)");
  });

  it("streams the array a PE grid's kernel returns (test/grid-stream-out.test.ts), and warns at the s.to line for one written through an argument", () => {
    const src = readFileSync(fileURLToPath(new URL("./fixtures/grid_to_kernel.py", import.meta.url)), "utf8");
    const c = compileDesign(src);
    expect(c.sink.items.filter((x) => x.severity === "warning")).toEqual([]);
    const d = c.design!;
    expect(d.module.funcs.filter((f) => f.attrs.edge).map((f) => f.name).sort()).toEqual(["gemm_drain_C", "gemm_load_A", "gemm_load_B"]);
    expect(differentialCheck(d.unscheduled, d.module, 3)).toEqual({ equal: true });
    // Written through an argument instead of returned: the same warning, worded for it.
    const arg = src.replace("def gemm(A: int8[M, K], B: int8[K, N]) -> int16[M, N]:\n    C: int16[M, N] = 0", "def gemm(A: int8[M, K], B: int8[K, N], C: int16[M, N]):")
      .replace("        C[i, j] += A[i, k] * B[k, j]\n    return C", "        C[i, j] += A[i, k] * B[k, j]")
      .replace("    C: int16[M, N] = gemm(A, B)", "    C: int16[M, N] = 0\n    gemm(A, B, C)");
    const c2 = compileDesign(arg);
    expect(c2.sink.items.filter((x) => x.severity === "error").map((x) => x.message)).toEqual([]);
    const w = c2.sink.items.filter((x) => x.code === "W-to-grid-output");
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain("to(): C is written by gemm, and the PE grid of gemm produces it, but it stays an array between gemm and relu: the PEs of gemm keep C as an argument (they read it as well as write it, or write it at places computed from data), so no drainer collects it into a stream");
    expect(arg.slice(w[0]!.range.from, w[0]!.range.to)).toBe(`s.to(s.C, "relu", depth=4)`);
    expect(differentialCheck(c2.design!.unscheduled, c2.design!.module, 3)).toEqual({ equal: true });
  });
});
