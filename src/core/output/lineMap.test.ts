/**
 * The source ↔ output line maps of every gallery design: the HLS C++ is byte for byte the kernel.cpp of
 * the vitis_hls export, and each mapped output line really derives from its source lines (a C++ or MLIR
 * loop from the source `for`, a pragma from the schedule call that asked for it, a function from its def).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, exportProject } from "../api";
import { outputLinesOf, sourceLinesOf } from "./lineMap";
import type { OutputText } from "./lineMap";

const dir = join(new URL("../../..", import.meta.url).pathname, "public/examples");
const files = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();

const GEMM = `import allo
from allo.ir.types import int32

def gemm(A: int32[8, 8], B: int32[8, 8]) -> int32[8, 8]:
    C: int32[8, 8] = 0
    for i, j in allo.grid(8, 8):
        for k in range(8):
            C[i, j] += A[i, k] * B[k, j]
    return C

s = allo.customize(gemm)
s.pipeline("j")
s.partition(s.C, dim=2)
`;

function lineOf(text: string, pattern: RegExp): number {
  const i = text.split("\n").findIndex((l) => pattern.test(l));
  expect(i, `${pattern}`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

describe("line maps", () => {
  it("links the kernel's for to the C++ for, and the pipeline call to its pragma, both ways", () => {
    const r = compile(GEMM, { outputs: { designName: "kernel" } });
    const hls = r.outputs!.hls!;
    const forJ = lineOf(hls.text, /l_j: for|: for \(int j /);
    expect(sourceLinesOf(hls, forJ)).toEqual([6]);
    const pragma = lineOf(hls.text, /#pragma HLS pipeline II=1/);
    expect(sourceLinesOf(hls, pragma)).toEqual([6, 12]);
    expect(outputLinesOf(hls, 12)).toEqual([[pragma, pragma]]);
    const part = lineOf(hls.text, /#pragma HLS array_partition variable=C/);
    expect(sourceLinesOf(hls, part)).toContain(13);
    const store = lineOf(hls.text, /C\[i\]\[j\] = /);
    expect(sourceLinesOf(hls, store)).toEqual([8]);
    expect(outputLinesOf(hls, 8)).toEqual([[store, store]]);
    const mlir = r.outputs!.mlir;
    const close = lineOf(mlir.text, /loop_name = "j", pipeline_ii = 1/);
    expect(sourceLinesOf(mlir, close)).toEqual([6, 12]);
    // The statement's MLIR ops form one run.
    const runs = outputLinesOf(mlir, 8);
    expect(runs.length).toBe(1);
    expect(mlir.text.split("\n").slice(runs[0]![0] - 1, runs[0]![1]).some((l) => /arith\.muli/.test(l))).toBe(true);
  });
});

function checkShape(o: OutputText): void {
  expect(o.sourceLines.length).toBe(o.text.split("\n").length);
}

describe("line maps of the gallery", () => {
  it("has designs", () => expect(files.length).toBeGreaterThan(10));
  for (const file of files) {
    it(`${file}: every mapped output line derives from its source lines`, () => {
      const source = readFileSync(join(dir, file), "utf8");
      const src = source.split("\n");
      const r = compile(source, { outputs: { designName: "kernel" } });
      expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const stepLines = new Set((r.steps ?? []).map((s) => s.line));
      const isFor = (n: number) => /^\s*for\b/.test(src[n - 1] ?? "");
      // A function comes from its def; unfold makes PE functions out of a loop band.
      const isDef = (n: number) => /^\s*def\b/.test(src[n - 1] ?? "");
      const hls = r.outputs!.hls!;
      const mlir = r.outputs!.mlir;
      checkShape(hls);
      checkShape(mlir);
      // The pane shows exactly what the export writes.
      const exported = exportProject(source, { target: "vitis_hls", designName: "kernel" });
      expect(hls.text).toBe(exported.files!["kernel.cpp"]);
      let loops = 0;
      let pragmas = 0;
      hls.text.split("\n").forEach((l, i) => {
        const from = sourceLinesOf(hls, i + 1);
        const comment = / \/\/ line (\d+)$/.exec(l);
        if (comment) expect(from, `${file}:${i + 1} ${l}`).toContain(Number(comment[1]));
        if (/^\s*l_\w+: for \(/.test(l) && !/l_(copy|init)_/.test(l)) {
          loops++;
          expect(from.some(isFor), `${file}:${i + 1} ${l} <- ${from}`).toBe(true);
        }
        if (/#pragma HLS (pipeline|unroll|array_partition|bind_storage)/.test(l)) {
          pragmas++;
          expect(from.some((n) => stepLines.has(n)), `${file}:${i + 1} ${l} <- ${from}`).toBe(true);
        }
        // Loaders and drainers at a streamed grid's edges come from the array they load or drain (its declaration).
        const edgeKernel = /^void \w+_(load|drain)_\w+\(/.test(l);
        if (/^(void|float|double|bool|half|u?int\d+_t|ap_u?(int|fixed)<[\d, ]+>) \w+\(/.test(l)) expect(edgeKernel ? from.length > 0 : from.some((n) => isDef(n) || isFor(n)), `${file}:${i + 1} ${l} <- ${from}`).toBe(true);
      });
      expect(loops).toBeGreaterThan(0);
      mlir.text.split("\n").forEach((l, i) => {
        const from = sourceLinesOf(mlir, i + 1);
        if (/^\s*\} \{loop_name = /.test(l)) expect(from.some(isFor), `${file}:${i + 1} ${l} <- ${from}`).toBe(true);
        if (/pipeline_ii|unroll = /.test(l)) expect(from.some((n) => stepLines.has(n)), `${file}:${i + 1} ${l} <- ${from}`).toBe(true);
        const edgeKernel = /^\s*func\.func @\w+_(load|drain)_\w+\(/.test(l);
        if (/^\s*func\.func @/.test(l)) expect(edgeKernel ? from.length > 0 : from.some((n) => isDef(n) || isFor(n)), `${file}:${i + 1} ${l.slice(0, 120)}`).toBe(true);
      });
      // Every source for of the kernels shows somewhere in both outputs (a script's `for x in [...]` that
      // writes a schedule is not a kernel loop).
      src.forEach((l, i) => {
        if (!/^\s+for\b/.test(l) || /\bin\s*\[/.test(l)) return;
        expect(outputLinesOf(mlir, i + 1).length, `${file}:${i + 1} ${l} in MLIR`).toBeGreaterThan(0);
        expect(outputLinesOf(hls, i + 1).length, `${file}:${i + 1} ${l} in C++`).toBeGreaterThan(0);
      });
      void pragmas;
    });
  }
});
