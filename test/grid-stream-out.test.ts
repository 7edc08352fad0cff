/**
 * `s.to(C, "relu")` where C is the array a kernel's streamed PE grid produces (schedule/grid-stream-out.ts):
 * the grid's drainer puts each result into a FIFO out of the producer and the consumer gets it, in
 * the plan, the simulator, the MLIR and the HLS export alike, with the unscheduled kernel's bits; where
 * the consumer reads in another order the step warns at its line, says why, and the array stays (with
 * no stream pragma on it).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { architecture, compile, simulate, verify } from "../src/core/api";
import { hardwarePlan } from "../src/core/arch/plan";
import { exportProject } from "../src/core/backend/export";
import { compileDesign } from "../src/core/compile";
import type * as ir from "../src/core/ir/nodes";
import { differentialCheck } from "../src/core/schedule";

const SRC = readFileSync(fileURLToPath(new URL("./fixtures/grid_to_kernel.py", import.meta.url)), "utf8");
const kernelCpp = (src: string) => String(Object.entries(exportProject(src, { target: "vhls" }).files ?? {}).find(([p]) => p.endsWith("kernel.cpp"))?.[1] ?? "");

describe("a FIFO out of a PE grid into another kernel", () => {
  const c = compileDesign(SRC);
  const d = c.design!;
  const m = d.module;
  const fn = (name: string) => m.funcs.find((f) => f.name === name)!;

  it("is built without a warning, and the step says the drainer feeds it", () => {
    expect(c.sink.items.filter((x) => x.severity !== "info")).toEqual([]);
    expect(d.steps[d.steps.length - 1]!.description).toContain("the drainer of gemm's PE grid puts each result, relu gets it");
  });

  it("connects the drainer to the consumer through one channel of the requested depth", () => {
    const chan = fn("top").body.find((s): s is ir.Alloc => s.kind === "alloc" && s.buf.name === "C")!;
    expect(chan.buf.storage).toBe("stream");
    expect(chan.buf.stream?.depth).toBe(4);
    // gemm returns nothing now: its drainer puts into its stream parameter; relu gets from its own.
    expect(fn("gemm").results).toEqual([]);
    expect(fn("gemm").params.map((p) => (p.kind === "buffer" ? p.storage : "scalar"))).toEqual(["arg", "arg", "stream"]);
    expect(fn("gemm_drain_C").params.every((p) => p.kind === "buffer" && p.storage === "stream")).toBe(true);
    expect(fn("relu").params.map((p) => (p.kind === "buffer" ? p.storage : "scalar"))).toEqual(["stream", "arg"]);
    expect(hardwarePlan(m).fifos.filter((f) => f.name === "C").map((f) => `${f.owner}:${f.depth}`)).toEqual(["top:4"]);
  });

  it("is drawn as one FIFO that gemm puts to and relu gets from, also for a grid too big to draw PE by PE", () => {
    const streamEdges = (src: string) => {
      const g = architecture(src).graph!;
      const fifo = g.nodes.find((n) => n.id === "fifo:C");
      expect(fifo, g.nodes.map((n) => n.id).join(" ")).toMatchObject({ kind: "fifo", depth: 4, parent: "kernel:top" });
      expect(g.nodes.some((n) => n.kind === "buffer" && n.parent === "kernel:top" && n.label === "C")).toBe(false);
      return g.edges.filter((e) => e.from === "fifo:C" || e.to === "fifo:C").map((e) => `${e.from} -> ${e.to} ${e.kind} ${e.elements}`).sort();
    };
    expect(streamEdges(SRC)).toEqual(["fifo:C -> kernel:relu stream 16", "kernel:gemm -> fifo:C stream 16"]);
    // 33×33 = 1,089 PEs: the grid is drawn as one node, the FIFO out of it as the simulator has it.
    const big = SRC.replace("M, N, K = 4, 4, 4", "M, N, K = 33, 33, 2");
    expect(streamEdges(big)).toEqual(["fifo:C -> kernel:relu stream 1089", "kernel:gemm -> fifo:C stream 1089"]);
  });

  it("computes the unscheduled design's bits, with the grid's processes and relu on one network", () => {
    expect(differentialCheck(d.unscheduled, m, 5)).toEqual({ equal: true });
    const sim = simulate(SRC, { timeline: true });
    expect(sim.diagnostics).toEqual([]);
    const names = sim.dataflow!.processes.map((p) => p.name);
    expect(names).toContain("gemm_drain_C");
    expect(names).toContain("relu");
    const fifo = sim.dataflow!.fifos.find((f) => f.name === "C")!;
    expect([fifo.puts, fifo.gets, fifo.writers, fifo.readers]).toEqual([16, 16, ["gemm_drain_C"], ["relu"]]);
    // relu starts on the first result, long before the drainer's last: the two overlap.
    const relu = sim.dataflow!.processes.find((p) => p.name === "relu")!;
    expect(relu.finish).toBeLessThan(sim.dataflow!.processes.find((p) => p.name === "gemm_drain_C")!.finish + 1);
  });

  it("is proved equal to the step before it by the symbolic verifier (the grid's processes and relu on one network)", () => {
    const r = verify(SRC);
    expect(r.steps!.map((s) => s.verdict.status)).toEqual(["proved", "proved"]);
  });

  it("prints an Allo stream in the MLIR and an hls::stream in the export", () => {
    const mlir = compile(SRC).mlir!;
    expect(mlir).toMatch(/func\.func @gemm\(%arg0: memref<4x4xi8>, %arg1: memref<4x4xi8>, %arg2: !allo\.stream<i16, 4>\)/);
    const cpp = kernelCpp(SRC);
    expect(cpp).toMatch(/hls::stream< int16_t > C;[^\n]*\n\s*#pragma HLS stream variable=C depth=4\n\s*gemm\(A, B, C\);[^\n]*\n\s*relu\(C, D\);/);
    expect(cpp).not.toMatch(/type=fifo/);
  });
});

describe("a consumer that reads in another order than the grid delivers", () => {
  const src = SRC.replace("D[i, j] = max(C[i, j], 0)", "D[i, j] = max(C[j, i], 0)");
  const c = compileDesign(src);

  it("keeps the array and warns at the s.to line, saying why", () => {
    const w = c.sink.items.filter((x) => x.code === "W-to-grid-output");
    expect(w).toHaveLength(1);
    expect(w[0]!.line).toBe(src.split("\n").findIndex((l) => l.startsWith(`s.to(s.C, "relu"`)) + 1);
    expect(w[0]!.message).toMatch(/relu reads C in another order than the PE grid of gemm produces it \(access 1: element 4 is read where the drainer delivers element 1\)/);
    const top = c.design!.module.funcs.find((f) => f.name === "top")!;
    expect(top.body.some((s) => s.kind === "alloc" && s.buf.name === "C" && s.buf.storage === "local")).toBe(true);
  });

  it("writes no stream pragma on the array it could not stream", () => {
    const cpp = kernelCpp(src);
    expect(cpp).not.toMatch(/#pragma HLS stream variable=C\b/);
    expect(differentialCheck(c.design!.unscheduled, c.design!.module, 5)).toEqual({ equal: true });
  });
});
