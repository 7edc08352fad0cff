/**
 * `s.to(A_fifo, pe, axis=, depth=)` on Allo's sub-view systolic array (tests/test_systolic_array.py
 * `test_subview_systolic_stream`): the PEs pass A_fifo[i, j] on as A_fifo[i, j + 1], and each such
 * slice becomes a FIFO between its one writer and its one reader. The results equal a plain matmul
 * written independently of the simulator, with K larger than the depth (the drainer must empty the
 * last FIFO of each line); the MLIR, the simulator, the diagram and the HLS export (compiled and run
 * with g++ against the project's HLS header model) have the same FIFOs; and the forms that would not
 * keep the results are refused at the s.to line with the reason.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { architecture, compile, exportProject, simulate } from "../src/core/api";
import { compileDesign } from "../src/core/compile";
import { differentialCheck } from "../src/core/schedule";

const INCLUDE = fileURLToPath(new URL("../hls-model/include", import.meta.url));
const run = promisify(execFile);
const FIXTURE = readFileSync(new URL("./fixtures/subview_systolic.py", import.meta.url), "utf8");

const KERNEL = `
def kernel(A_in: int8[K], B_in: int8[K], A_out: int8[K], B_out: int8[K], C: int16[M, N], i: index, j: index):
    for k in range(K):
        a: int8 = A_in[k]
        b: int8 = B_in[k]
        C[i, j] += a * b
        A_out[k] = a
        B_out[k] = b
`;

const DRAIN = `
    A_drain: int8[M]
    B_drain: int8[N]
    for k in range(K, name="data_drain"):
        for m in range(M):
            A_drain[m] = A_fifo[m, N, k]
        for n in range(N):
            B_drain[n] = B_fifo[n, M, k]
`;

/** The design of Allo's test at M×N PEs and K, with `kernel` and the drain loop replaceable. */
function design(m: number, n: number, k: number, opts: { kernel?: string; drain?: string; depthA?: string; depthB?: string } = {}): string {
  return `
import allo
from allo.ir.types import int8, int16, index

M, N, K = ${m}, ${n}, ${k}
${opts.kernel ?? KERNEL}

def systolic_array(A: int8[M, K], B: int8[K, N], C: int16[M, N]):
    A_fifo: int8[M, N + 1, K]
    B_fifo: int8[N, M + 1, K]
    for k in range(K, name="data_load"):
        for m in range(M):
            A_fifo[m, 0, k] = A[m, k]
        for n in range(N):
            B_fifo[n, 0, k] = B[k, n]
    for i, j in allo.grid(M, N, name="PE"):
        kernel(A_fifo[i, j], B_fifo[j, i], A_fifo[i, j + 1], B_fifo[j, i + 1], C, i, j)
${opts.drain ?? DRAIN}

s = allo.customize(systolic_array)
s.partition(s.C, dim=0)
s.partition(s.A, dim=1)
s.partition(s.B, dim=2)
pe = s.unfold("PE", [0, 1])
s.to(s.A_fifo, pe, axis=1, depth=${opts.depthA ?? "M + 1"})
s.to(s.B_fifo, pe, axis=0, depth=${opts.depthB ?? "N + 1"})
`;
}

/** C0 + A @ B with int16 wrap-around, as plain loops. */
function expected(c0: readonly number[], a: readonly number[], b: readonly number[], m: number, n: number, k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = c0[i * n + j]!;
      for (let x = 0; x < k; x++) s += a[i * k + x]! * b[x * n + j]!;
      out.push(((s % 65536) + 65536 + 32768) % 65536 - 32768);
    }
  }
  return out;
}

/** The error the design gives, with its line. */
function refusal(src: string): { line: number; message: string } {
  const d = compile(src).diagnostics.find((x) => x.severity === "error");
  expect(d, "an error").toBeDefined();
  return { line: d!.line, message: d!.message };
}

/** Compiles an exported vitis_hls project's kernel and testbench with g++ against the header model and runs it. */
async function gxxTestbench(files: Readonly<Record<string, string | Uint8Array>>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "allo-subview-"));
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    await run("g++", ["-std=c++17", "-O1", "-Wno-unknown-pragmas", `-I${INCLUDE}`, "kernel.cpp", "tb.cpp", "-o", "tb"], { cwd: dir });
    return (await run("./tb", [], { cwd: dir })).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lineOf = (src: string, prefix: string) => src.split("\n").findIndex((l) => l.startsWith(prefix)) + 1;

describe("s.to on a sub-view channel array", () => {
  for (const [m, n, k] of [[2, 2, 7], [4, 4, 9]] as const) {
    it(`runs the ${m}×${n} grid (K = ${k} > depth) as processes on one FIFO per channel and computes C + A @ B`, () => {
      const src = design(m, n, k);
      const r = simulate(src, { seed: 11, timeline: true });
      expect(r.diagnostics).toEqual([]);
      const num = (t: { data: ArrayLike<number | bigint> }) => Array.from(t.data, Number);
      expect(num(r.args!.C!)).toEqual(expected(num(r.inputs!.C!), num(r.inputs!.A!), num(r.inputs!.B!), m, n, k));
      const df = r.dataflow!;
      expect(df.deadlock).toBeUndefined();
      expect(df.processes.map((p) => p.name).sort()).toEqual([
        ...Array.from({ length: m * n }, (_, x) => `systolic_array_PE_${Math.floor(x / n)}_${x % n}`),
        "systolic_array_data_drain", "systolic_array_data_load",
      ].sort());
      // One FIFO per channel slice: M × (N + 1) of A_fifo, N × (M + 1) of B_fifo, each moving all K elements.
      expect(df.fifos).toHaveLength(m * (n + 1) + n * (m + 1));
      for (const f of df.fifos) {
        expect(f.depth).toBe(f.name.startsWith("A_") ? m + 1 : n + 1);
        expect([f.puts, f.gets]).toEqual([k, k]);
        expect(f.writers).toHaveLength(1);
        expect(f.readers).toHaveLength(1);
      }
      expect(df.fifos.find((f) => f.name === "A_fifo_0_0")).toMatchObject({ writers: ["systolic_array_data_load"], readers: ["systolic_array_PE_0_0"] });
      expect(df.fifos.find((f) => f.name === "A_fifo_1_1")).toMatchObject({ writers: ["systolic_array_PE_1_0"], readers: ["systolic_array_PE_1_1"] });
      expect(df.fifos.find((f) => f.name === `A_fifo_0_${n}`)).toMatchObject({ writers: [`systolic_array_PE_0_${n - 1}`], readers: ["systolic_array_data_drain"] });
      // B_fifo[j, i] flows down column j: B_fifo_1_1 from PE(0, 1) to PE(1, 1).
      expect(df.fifos.find((f) => f.name === "B_fifo_1_1")).toMatchObject({ writers: ["systolic_array_PE_0_1"], readers: ["systolic_array_PE_1_1"] });
    });
  }

  it("builds the FIFOs of A_fifo and B_fifo together, at the s.to of the second: every step computes what the kernel as written does", () => {
    const c = compileDesign(FIXTURE);
    const d = c.design!;
    expect(d.steps.at(-2)!.description).toBe("mark systolic_array:A_fifo for FIFOs of depth 3 (PE axis 1); they are built by the s.to that streams B_fifo too, which the same PEs pass on as sub-views (until then the PEs run one after another and share the arrays)");
    expect(d.steps.at(-1)!.description).toBe("stream systolic_array:A_fifo as 6 FIFOs of depth 3 (PE axis 1) and B_fifo as 6 FIFOs of depth 3 (PE axis 0): each channel slice the PEs pass as a sub-view flows from its one writer to its one reader");
    // (A_fifo's FIFOs alone would let the PEs run while B_fifo is still an array they share: a PE would
    // read its B slice before the loader wrote it.)
    for (const st of d.steps) expect(st.status).toBe("applied");
    for (const seed of [1, 2]) {
      expect(differentialCheck(d.unscheduled, d.steps.at(-2)!.module, seed)).toEqual({ equal: true });
      expect(differentialCheck(d.unscheduled, d.module, seed)).toEqual({ equal: true });
    }
  });

  it("prints the FIFOs as Allo streams", () => {
    const r = compile(FIXTURE);
    expect(r.diagnostics).toEqual([]);
    const text = r.mlir!;
    expect(text).toContain(`%A_fifo_0_1 = "allo.stream_construct"() {name = "A_fifo_0_1"} : () -> !allo.stream<i8, 3>`);
    expect(text).toContain(`%B_fifo_1_2 = "allo.stream_construct"() {name = "B_fifo_1_2"} : () -> !allo.stream<i8, 3>`);
    // The channel arrays and their copies are gone.
    expect(text).not.toMatch(/memref<2x3x6xi8>/);
    expect(text).not.toMatch(/name = "A_fifo_view"/);
    // Valid MLIR, every step (the marked step too), where mlir-opt is installed.
    if (spawnSync("mlir-opt-22", ["--version"]).status === 0) {
      const withSteps = compile(FIXTURE, { stepIR: true });
      expect(withSteps.steps!.map((x) => x.mlir?.includes("func.func @systolic_array"))).toEqual([true, true, true, true, true, true]);
      for (const t of withSteps.steps!.map((x) => x.mlir!)) {
        const r = spawnSync("mlir-opt-22", ["--allow-unregistered-dialect"], { input: t, encoding: "utf8" });
        expect(r.status, r.stderr).toBe(0);
      }
    }
  });

  it("draws the FIFOs the simulator runs and the export declares, loader and drainer as edge kernels", () => {
    const g = architecture(FIXTURE).graph!;
    const diagram = g.nodes.filter((x) => x.kind === "fifo").map((x) => `${x.label}:${x.depth}`).sort();
    expect(diagram).toHaveLength(12);
    expect(simulate(FIXTURE).dataflow!.fifos.map((f) => `${f.name}:${f.depth}`).sort()).toEqual(diagram);
    const edges = g.nodes.filter((x) => x.kind === "kernel" && x.edgeRole).map((x) => `${x.label}:${x.edgeRole}`).sort();
    expect(edges).toEqual(["systolic_array_data_drain:drainer", "systolic_array_data_load:loader"]);
    expect(g.nodes.filter((x) => x.kind === "pe")).toHaveLength(4);
  });

  it("exports hls::streams between the PE functions, no stream pragma on an array, and the testbench passes under g++", async () => {
    const src = design(4, 4, 9);
    const r = exportProject(src, { target: "vitis_hls" });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const cpp = String(Object.entries(r.files!).find(([p]) => p.endsWith("kernel.cpp"))![1]);
    expect(cpp).toMatch(/void systolic_array_PE_1_2\(\n  int16_t C\[4\]\[4\],\n  hls::stream< int8_t > &A_fifo_1_2,\n  hls::stream< int8_t > &A_fifo_1_3,\n  hls::stream< int8_t > &B_fifo_2_1,\n  hls::stream< int8_t > &B_fifo_2_2\n\)/);
    expect(cpp).toMatch(/hls::stream< int8_t > A_fifo_0_4;[^\n]*\n\s*#pragma HLS stream variable=A_fifo_0_4 depth=5/);
    expect(cpp).not.toMatch(/#pragma HLS stream variable=(A_fifo|B_fifo) /);
    expect(cpp).toContain("#pragma HLS dataflow");
    expect(cpp).toContain("systolic_array_PE_1_2(C, A_fifo_1_2, A_fifo_1_3, B_fifo_2_1, B_fifo_2_2);");
    // The PE function the grid called is each PE's own now: no uncalled original (it was 'kernel_fn').
    expect(cpp).not.toMatch(/void kernel(_fn)?\(/);
    expect(r.diagnostics.map((d) => d.message).join("\n")).not.toContain("kernel_fn");
    expect(compile(src).mlir).not.toContain("func.func @kernel(");
    expect(await gxxTestbench(r.files!)).toMatch(/^PASS: /);
  }, 120_000);

  it("refuses a PE that reads its channel twice", () => {
    const src = design(2, 2, 5, { kernel: KERNEL.replace("b: int8 = B_in[k]", "b: int8 = B_in[k]\n        a2: int8 = A_in[k]").replace("C[i, j] += a * b", "C[i, j] += a * b + a2") });
    expect(refusal(src)).toEqual({
      line: lineOf(src, "s.to(s.A_fifo"),
      message: "to(): A_fifo cannot become FIFOs between the PEs of systolic_array: systolic_array_PE_0_0 reads 10 elements of A_fifo[0, 0] (5 distinct) where systolic_array_data_load writes 5 once each; a FIFO needs each element read once",
    });
  });

  it("refuses a PE that reads its channel in another order than it is written", () => {
    const src = design(2, 2, 5, { kernel: KERNEL.replace("a: int8 = A_in[k]", "a: int8 = A_in[K - 1 - k]") });
    expect(refusal(src)).toEqual({
      line: lineOf(src, "s.to(s.A_fifo"),
      message: "to(): A_fifo cannot become FIFOs between the PEs of systolic_array: systolic_array_PE_0_0 reads A_fifo[0, 0] in another order than systolic_array_data_load writes it (access 0: element 4 is read where element 0 is written); read it in the order it is written",
    });
  });

  it("refuses channels nothing drains (the last PE of a line would stop once its FIFO is full)", () => {
    const src = design(2, 2, 5, { drain: "" });
    expect(refusal(src).message).toBe("to(): A_fifo cannot become FIFOs between the PEs of systolic_array: systolic_array_PE_0_1 writes A_fifo[0, 2] but nothing reads it: a FIFO that is never emptied stops its writer once it is full. Read it after the grid (Allo's data_drain loop reads the last channel of each line)");
  });

  it("refuses FIFOs too shallow for the order the processes use them, counting the channels an earlier to() made", () => {
    // Each PE takes all of its A channel before any of its B channel, while the loader feeds both a
    // step at a time: with depth 3 < K the loader waits on a full B FIFO and the PE on an empty A FIFO.
    const twoPhase = `
def kernel(A_in: int8[K], B_in: int8[K], A_out: int8[K], B_out: int8[K], C: int16[M, N], i: index, j: index):
    av: int8[K] = 0
    for k in range(K):
        av[k] = A_in[k]
        A_out[k] = av[k]
    for k in range(K):
        b: int8 = B_in[k]
        C[i, j] += av[k] * b
        B_out[k] = b
`;
    const src = design(2, 2, 6, { kernel: twoPhase });
    const r = refusal(src);
    // The A FIFOs alone never wait forever; the deadlock needs the B FIFOs of the second to().
    expect(r.line).toBe(lineOf(src, "s.to(s.B_fifo"));
    expect(r.message).toMatch(/^to\(\): B_fifo cannot become FIFOs between the PEs of systolic_array: with FIFOs of depth 3 the processes wait for each other forever \(systolic_array_data_load waits to put into the full FIFO B_fifo\[0, 0\]; systolic_array_PE_0_0 waits to get from the empty FIFO A_fifo_0_0;/);
    // Deep enough FIFOs: the same design streams and computes C + A @ B.
    const deep = design(2, 2, 6, { kernel: twoPhase, depthA: "K", depthB: "K" });
    const ok = simulate(deep, { seed: 5 });
    expect(ok.diagnostics).toEqual([]);
    const num = (t: { data: ArrayLike<number | bigint> }) => Array.from(t.data, Number);
    expect(num(ok.args!.C!)).toEqual(expected(num(ok.inputs!.C!), num(ok.inputs!.A!), num(ok.inputs!.B!), 2, 2, 6));
    expect(ok.dataflow!.fifos).toHaveLength(12);
  });

  it("refuses PEs that share an element of another array (they would race once they run concurrently)", () => {
    const src = design(2, 2, 5, { kernel: KERNEL.replace("C[i, j] += a * b", "C[0, 0] += a * b") });
    expect(refusal(src)).toEqual({
      line: lineOf(src, "s.to(s.A_fifo"),
      message: "to(): A_fifo cannot become FIFOs between the PEs of systolic_array: systolic_array_PE_0_0 writes C[0, 0], which systolic_array_PE_0_1 also uses; once the processes run concurrently on FIFOs the order of these accesses is not the program's. Give each process its own elements of C",
    });
  });

  it("keeps the relay's diagnostic for an array the PEs write without passing sub-views", () => {
    const src = `
import allo
from allo.ir.types import int32

def top(A: int32[4, 4], B: int32[4, 4]) -> int32[4, 4]:
    C: int32[4, 4] = 0
    for i, j in allo.grid(4, 4, name="PE"):
        for k in range(4):
            if k > 0:
                A[i, k] = C[i, j]
    return C

s = allo.customize(top)
pe = s.unfold("PE", axis=[0, 1])
s.to(s.A, pe, axis=1, depth=2)
`;
    expect(refusal(src).message).toMatch(/^to\(\): top_PE_0_0 writes it/);
  });
});

describe("allo.library.systolic streams its tiles' operands", () => {
  // Allo's test_ffn: two systolic instances of different shapes, each composed with the library's
  // schedule_systolic (which streams A_fifo/B_fifo), the first one's output a FIFO into the second.
  const FFN = `
import numpy as np
import allo
from allo.ir.types import int8
from allo.library.systolic import systolic

L, D = 4, 4
M0, M1 = 2, 2
W_A_cst = (np.arange(L * 4 * D).reshape(D, 4 * D) % 7 - 3).astype(np.int8)
W_B_cst = (np.arange(L * 4 * D).reshape(4 * D, D) % 5 - 2).astype(np.int8)

def top(X: int8[L, D]) -> int8[L, D]:
    Z: int8[L, 4 * D]
    Y: int8[L, D]
    W_A: int8[D, 4 * D] = W_A_cst
    W_B: int8[4 * D, D] = W_B_cst
    systolic[int8, int8, int8, L, D, 4 * D, M0, M1, "FFN1"](X, W_A, Z)
    systolic[int8, int8, int8, L, 4 * D, D, M0, M1, "FFN2"](Z, W_B, Y)
    return Y

s_top = allo.customize(top)
s_top.compose(systolic, instantiate=[int8, int8, int8, L, D, 4 * D, M0, M1], id="FFN1")
s_top.compose(systolic, instantiate=[int8, int8, int8, L, 4 * D, D, M0, M1], id="FFN2")
s_top.to(s_top.Z, "systolic_FFN2", depth=M0 * 4 * D)
`;
  const wrap8 = (x: number) => ((x % 256) + 256 + 128) % 256 - 128;
  const matmul8 = (a: readonly number[], b: readonly number[], m: number, k: number, n: number) =>
    Array.from({ length: m * n }, (_, x) => wrap8(Array.from({ length: k }, (_, y) => a[Math.floor(x / n) * k + y]! * b[y * n + (x % n)]!).reduce((s, v) => s + v, 0)));

  it("composes each instance's schedule onto the tile that instance calls, and the FIFOs compute the two matmuls", () => {
    const c = compileDesign(FFN);
    expect(c.sink.items.filter((x) => x.severity === "error")).toEqual([]);
    const d = c.design!;
    // FFN2 has K = 16: its tile is a second instance, systolic_tile_1, which FFN2's compose schedules.
    expect(d.steps[1]!.description).toMatch(/stream systolic_tile_1:A_fifo as 6 FIFOs of depth 3 \(PE axis 1\) and B_fifo as 6 FIFOs of depth 3 \(PE axis 0\)/);
    const r = simulate(FFN, { seed: 9 });
    expect(r.diagnostics).toEqual([]);
    const x = Array.from(r.inputs!.X!.data, Number);
    const wa = Array.from({ length: 64 }, (_, i) => (i % 7) - 3), wb = Array.from({ length: 64 }, (_, i) => (i % 5) - 2);
    expect(Array.from(r.returns![0]!.data, Number)).toEqual(matmul8(matmul8(x, wa, 4, 4, 16), wb, 4, 16, 4));
    const fifos = r.dataflow!.fifos.map((f) => f.name);
    expect(fifos).toContain("Z");
    expect(fifos.filter((f) => /^A_fifo_\d_\d$/.test(f)).length).toBeGreaterThanOrEqual(4);
    expect(differentialCheck(d.unscheduled, d.module, 4)).toEqual({ equal: true });
  });

  it("exports the two streamed tiles and the FIFO between the instances, and the testbench passes under g++", async () => {
    const r = exportProject(FFN, { target: "vitis_hls" });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const cpp = String(Object.entries(r.files!).find(([p]) => p.endsWith("kernel.cpp"))![1]);
    expect(cpp).toMatch(/void systolic_tile_1_PE_1_1\(\n  int8_t C\[2\]\[2\],\n  hls::stream< int8_t > &A_fifo_1_1,/);
    expect(cpp).not.toMatch(/#pragma HLS stream variable=(A_fifo|B_fifo) /);
    expect(await gxxTestbench(r.files!)).toMatch(/^PASS: /);
  }, 180_000);

  it("applies a schedule once to a tile the instances share (Allo's compose applies it to each)", () => {
    // Same shapes: systolic_FFN1 and systolic_FFN2 call one systolic_tile.
    const src = FFN.replaceAll("4 * D", "D").replace("np.arange(L * D)", "np.arange(16)");
    const c = compileDesign(src);
    expect(c.sink.items.filter((x) => x.severity === "error")).toEqual([]);
    expect(c.design!.steps[1]!.description).toMatch(/s\.unfold\("systolic_tile:PE", \[0, 1\]\): already applied to systolic_tile, which the instances share/);
    expect(differentialCheck(c.design!.unscheduled, c.design!.module, 4)).toEqual({ equal: true });
  });
});
