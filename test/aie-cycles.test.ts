/**
 * The AI Engine cycle estimates (core/backend/aie/cycles.ts): per core, the kernels as scalar code and as
 * the project's code (aie::mmul, element-wise vectors), DMA cycles per object FIFO, the interval and the
 * bottleneck; the tile view and the report read them; `allo-studio report --target aie` prints them.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { aieMappingView } from "../src/core/api";
import { formatAieCycles } from "../src/core/backend/aie/cycles";

const read = (f: string) => readFileSync(new URL(`../public/examples/${f}`, import.meta.url), "utf8");
const root = new URL("..", import.meta.url).pathname;
const exec = promisify(execFile);

describe("AI Engine cycle estimates", () => {
  it("GEMM on 2×2 cores: aie::mmul blocks plus the gathers, against the scalar code; compute-bound", () => {
    const c = aieMappingView(read("aie_gemm_4.py")).cycles!;
    expect(c.device).toBe("npu1");
    expect(c.cores).toHaveLength(4);
    const k = c.cores[0]!.kernels[0]!;
    expect(k.kind).toBe("mmul");
    // 32×64·64×32 in 4×4×4 blocks: 8·8·16 = 1024 mmuls, each with 2·(16 + 16) gather operations,
    // and 64 C blocks with a vector store and 2·16 scatter operations each.
    expect(k.ideal).toBe(1024);
    expect(k.vector).toBe(1024 * (1 + 2 * 32) + 64 * (1 + 2 * 16));
    expect(k.scalar).toBeGreaterThan(10 * k.vector!);
    // A's shard is 32×64 int16 = 4096 B: 1024 cycles at 4 B per cycle, double-buffered under the compute.
    expect(c.fifos.find((f) => f.name === "A_in_0")).toMatchObject({ bytes: 4096, cycles: 1024, depth: 2 });
    expect(c.fifos.find((f) => f.name === "A_in")).toMatchObject({ bytes: 8192, cycles: 2048 });
    expect(c.cores[0]).toMatchObject({ compute: k.vector, dma: 1024, interval: k.vector });
    expect(c.bottleneck).toEqual({ kind: "core", name: "(0, 2) gemm_0_0", cycles: k.vector });
    // npu2's 4×4×8 blocks: half as many mmuls.
    expect(aieMappingView(read("aie_gemm_4.py"), { device: "npu2" }).cycles!.cores[0]!.kernels[0]!.ideal).toBe(512);
  });

  it("vector add: 64 vector operations, bound by the DMA of its 4 KiB objects", () => {
    const c = aieMappingView(read("aie_vector_add.py")).cycles!;
    const core = c.cores[0]!;
    expect(core.kernels[0]).toMatchObject({ kind: "elementwise", vector: 1024 / 16, note: "16 lanes" });
    expect(core.dma).toBe(1024);
    expect(core.interval).toBe(1024);
    expect(core.dmaFifo).toMatch(/_in_core$|_out_core$/);
    expect(formatAieCycles(c)).toMatch(/\(0, 2\)\s+vector_add\s+\d+\s+64\s+1024\s+DMA [ABC]_(in|out)_core; 16 lanes/);
  });

  it("producer/consumer: the stream between neighbouring cores shares memory (no DMA); scalar kernels; a matmul that stays scalar says why", () => {
    const c = aieMappingView(read("aie_producer_consumer.py")).cycles!;
    expect(c.fifos.find((f) => f.name === "pipe")).toMatchObject({ cycles: 0 });
    expect(c.cores.every((x) => x.kernels.every((k) => k.kind === "scalar" && k.vector === undefined))).toBe(true);
    expect(formatAieCycles(c)).toContain("(shared memory)");
    const odd = aieMappingView(read("aie_gemm_4.py").replace("M, N, K = 64, 64, 64", "M, N, K = 60, 64, 64")).cycles!;
    expect(odd.cores[0]!.kernels[0]).toMatchObject({ kind: "scalar", note: "matmul kept scalar: 30×64·64×32 is not a multiple of the native 4×4×4 blocks" });
    // The tile view's per-core numbers are the same model's.
    const v = aieMappingView(read("aie_gemm_4.py"));
    expect(v.tiles.find((t) => t.col === 0 && t.row === 2)!.cycles).toEqual({ scalar: v.cycles!.cores[0]!.kernels[0]!.scalar, vector: v.cycles!.cores[0]!.compute });
  });

  it("a design that does not fit has no estimate", () => {
    expect(aieMappingView(read("aie_gemm_16.py"), { device: "npu1_2col" }).cycles).toBeUndefined();
  });

  it("allo-studio report --target aie prints the table and the bottleneck; --json the numbers; a bad target is a user error", async () => {
    const run = async (...args: string[]) => {
      try {
        const { stdout } = await exec(process.execPath, [join(root, "bin/allo-studio.mjs"), ...args], { cwd: root });
        return { code: 0, stdout, stderr: "" };
      } catch (e) {
        const err = e as { code: number; stdout: string; stderr: string };
        return { code: err.code, stdout: err.stdout, stderr: err.stderr };
      }
    };
    const [table, json, bad, unfit] = await Promise.all([
      run("report", "public/examples/aie_gemm_16.py", "--target", "aie"),
      run("report", "public/examples/aie_gemm_16.py", "--target", "aie", "--device", "npu2", "--json"),
      run("report", "public/examples/aie_gemm_16.py", "--target", "gpu"),
      run("report", "public/examples/aie_gemm_16.py", "--target", "aie", "--device", "npu1_2col"),
    ]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^AI Engine estimate for npu1/);
    expect(table.stdout).toMatch(/\(3, 2\)\s+gemm_3_3\s+\d+\s+17168\s+17168\s+compute; aie::mmul<4, 4, 4> \(256 with pre-tiled blocks\)/);
    expect(table.stdout).toContain("bottleneck: core (0, 2) gemm_0_0 at 17168 cycles per run");
    expect(json.code).toBe(0);
    const j = JSON.parse(json.stdout);
    expect(j.device).toBe("npu2");
    expect(j.cores).toHaveLength(16);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--target is 'hls' .* or 'aie' .*, not 'gpu'/);
    expect(unfit.code).toBe(1);
    expect(unfit.stderr).toMatch(/needs 16 cores but npu1_2col has 8/);
  }, 60_000);
});
