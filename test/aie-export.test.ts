/**
 * The AIE export, checked without AIE tools (issue: AMD AI Engine export): for every gallery design made
 * for the NPU, the project is complete and deterministic; its aie.mlir passes the structural validator
 * (current and v1.0 syntax); a replay of the emitted core loops and runtime sequence under object-FIFO
 * semantics leaves exactly the KPN simulation's outputs in host memory; every kernel .cc compiles with g++
 * against aie-model/ and reproduces, call by call, the objects the replay computed; test.cpp compiles
 * against the stub XRT headers. Over-budget and unmappable designs get located diagnostics and no files.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportProject } from "../src/core/api";
import { compileDesign } from "../src/core/compile";
import { planAie } from "../src/core/backend/aie/plan";
import type { AiePlan } from "../src/core/backend/aie/plan";
import { emitAieFiles } from "../src/core/backend/aie/project";
import { validateAieMlir } from "../src/core/backend/aie/validate";
import { replayAieMlir } from "../src/core/backend/aie/replay";
import { replayKernels } from "../src/core/backend/aie/replay-kernels";
import type { KernelCall } from "../src/core/backend/aie/replay-kernels";
import { storageType } from "../src/core/backend/aie/kernel-cpp";
import { runModule } from "../src/core/sim/simulate";

const examples = new URL("../public/examples/", import.meta.url);
const MODEL = new URL("../aie-model/include", import.meta.url).pathname;
const AIE_GALLERY = ["aie_vector_add.py", "aie_producer_consumer.py", "aie_gemm_4.py", "aie_gemm_16.py", "aie_layernorm.py", "df_pipeline.py"];
const read = (f: string) => readFileSync(new URL(f, examples), "utf8");

function plan(source: string, device?: string): AiePlan {
  const c = compileDesign(source);
  expect(c.sink.items.filter((d) => d.severity === "error")).toEqual([]);
  const p = planAie({ module: c.design!.module, sink: c.sink, device, primitives: c.design!.schedule?.built?.mappingPrimitives });
  expect(c.sink.items.filter((d) => d.severity === "error").map((d) => d.message)).toEqual([]);
  return p.plan!;
}

/** Replays the emitted design on the simulator's inputs; returns the kernel calls and checks the outputs. */
function replayMatchesSimulation(source: string, p: AiePlan, text: string): KernelCall[] {
  const m = compileDesign(source).design!.module;
  const sim = runModule(m, {}, 3, 1e9);
  if (!sim.ok) throw new Error(sim.error.message);
  const top = m.funcs.find((f) => f.name === m.top)!;
  const inputs = top.params.map((q) => Float64Array.from(sim.inputs[q.name]!.data as number[]));
  const calls: KernelCall[] = [];
  const r = replayAieMlir(text, inputs, replayKernels(p, calls));
  if (!r.ok) throw new Error(r.message);
  top.params.forEach((q, i) => expect(Array.from(r.host[i]!), `argument ${q.name}`).toEqual(Array.from(sim.args[q.name]!.data as number[])));
  return calls;
}

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
function literal(v: number, ctype: string): string {
  if (ctype === "float") { F32[0] = v; return `0x${U32[0]!.toString(16)}u`; }
  // The replay poisons objects a kernel must overwrite with a value that may not fit narrow types.
  return `(${ctype})${v}`;
}

/** A g++ harness that runs recorded kernel calls and compares every object bit for bit. */
function harness(p: AiePlan, calls: readonly KernelCall[]): string {
  const lines = ["#include <cstdint>", "#include <cstdio>", "#include <cstring>", ""];
  const protos = new Set<string>();
  const body: string[] = [];
  const perSymbol = new Map<string, number>();
  calls.forEach((c, n) => {
    const k = perSymbol.get(c.symbol) ?? 0;
    if (k >= 2) return;
    perSymbol.set(c.symbol, k + 1);
    const step = p.mapping.cores.flatMap((x) => x.steps).find((s) => s.symbol === c.symbol)!;
    const types = step.view.func.params.map((q) => storageType(q.kind === "buffer" ? q.type.elem : q.type)!);
    protos.add(`extern "C" void ${c.symbol}(${types.map((t) => `${t} *`).join(", ")});`);
    body.push("  {");
    c.before.forEach((b, i) => {
      const t = types[i]!;
      const bits = t === "float" ? "uint32_t" : t;
      body.push(`    static const ${bits} in${i}[${b.length}] = {${Array.from(b, (v) => literal(v, t)).join(", ")}};`);
      body.push(`    static const ${bits} out${i}[${b.length}] = {${Array.from(c.after[i]!, (v) => literal(v, t)).join(", ")}};`);
      body.push(`    static ${t} a${i}[${b.length}]; std::memcpy(a${i}, in${i}, sizeof in${i});`);
    });
    body.push(`    ${c.symbol}(${c.before.map((_, i) => `a${i}`).join(", ")});`);
    c.before.forEach((_, i) => body.push(`    if (std::memcmp(a${i}, out${i}, sizeof out${i}) != 0) { std::printf("call ${n} of ${c.symbol}: object ${i} differs\\n"); bad++; }`));
    body.push("  }");
  });
  return [...lines, ...protos, "", "int main() {", "  int bad = 0;", ...body, '  if (!bad) std::printf("OK\\n");', "  return bad;", "}", ""].join("\n");
}

function gxx(args: string[], cwd: string): { ok: boolean; out: string } {
  const r = spawnSync("g++", args, { cwd, encoding: "utf8" });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

describe("AIE export of the gallery's NPU designs", () => {
  for (const file of AIE_GALLERY) {
    it(`${file}: complete deterministic project, valid aie.mlir, replay = simulation, kernels and host compile and reproduce`, () => {
      const source = read(file);
      const a = exportProject(source, { target: "aie", designName: file });
      expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const b = exportProject(source, { target: "aie", designName: file });
      expect(Buffer.from(b.zip!).equals(Buffer.from(a.zip!))).toBe(true);
      const names = Object.keys(a.files!);
      for (const f of ["design/aie.mlir", "test.cpp", "CMakeLists.txt", "Makefile", "README.md", "data/in0.bin"]) expect(names).toContain(f);
      expect(names.some((n) => n.startsWith("kernels/") && n.endsWith(".cc"))).toBe(true);
      expect(names.some((n) => n.startsWith("data/golden"))).toBe(true);
      const text = a.files!["design/aie.mlir"] as string;
      expect(text).toContain("aie.device(npu1)");
      expect(validateAieMlir(text)).toEqual([]);

      const p = plan(source);
      const v1 = emitAieFiles(p, "v1", file)["design/aie.mlir"]!;
      expect(v1).toContain("aie.device(npu1_4col)");
      expect(v1).toContain("aiex.runtime_sequence");
      expect(validateAieMlir(v1)).toEqual([]);

      const calls = replayMatchesSimulation(source, p, text);
      expect(replayMatchesSimulation(source, p, v1).length).toBe(calls.length);

      const dir = mkdtempSync(join(tmpdir(), "allo-aie-"));
      try {
        mkdirSync(join(dir, "kernels"));
        const kernels = names.filter((n) => n.startsWith("kernels/"));
        for (const k of kernels) writeFileSync(join(dir, k), a.files![k] as string);
        writeFileSync(join(dir, "main.cpp"), harness(p, calls));
        const build = gxx(["-std=c++20", "-O1", "-Wall", "-Wno-unused-function", `-I${MODEL}`, "main.cpp", ...kernels, "-o", "kernels_test"], dir);
        expect(build.out).toBe("");
        expect(build.ok).toBe(true);
        const r = spawnSync(join(dir, "kernels_test"), { encoding: "utf8" });
        expect(r.stdout).toBe("OK\n");
        writeFileSync(join(dir, "test.cpp"), a.files!["test.cpp"] as string);
        const host = gxx(["-std=c++17", "-fsyntax-only", "-Wall", `-I${MODEL}`, "test.cpp"], dir);
        expect(host.out).toBe("");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);
  }

  it("the vector add kernel is aie_api vector code; the GEMM shares one kernel over its 16 cores", () => {
    const v = exportProject(read("aie_vector_add.py"), { target: "aie" });
    expect(v.files!["kernels/vector_add.cc"]).toContain("aie::add(a, b)");
    const g = plan(read("aie_gemm_16.py"));
    expect(g.mapping.cores).toHaveLength(16);
    expect([...g.kernels.keys()]).toEqual(["gemm"]);
    // rows of A and columns of B are distributed through links, the tiles of C joined back
    expect(g.mapping.links.filter((l) => l.outputs.length === 4)).toHaveLength(2);
    expect(g.mapping.links.filter((l) => l.inputs.length === 4)).toHaveLength(4);
  });

  it("matrix-multiply kernels use aie::mmul with the device's native block shape and reproduce the simulator bit for bit; other shapes stay scalar", () => {
    /** Builds the kernels of `source` for `device` with g++ against aie-model/ and runs the replay's calls. */
    const kernelsReproduce = (source: string, device: string): Record<string, string> => {
      const p = plan(source, device);
      const files = emitAieFiles(p, "current", "x");
      const calls = replayMatchesSimulation(source, p, files["design/aie.mlir"]!);
      const dir = mkdtempSync(join(tmpdir(), "allo-aie-mmul-"));
      try {
        mkdirSync(join(dir, "kernels"));
        const kernels = Object.keys(files).filter((n) => n.startsWith("kernels/"));
        for (const k of kernels) writeFileSync(join(dir, k), files[k]!);
        writeFileSync(join(dir, "main.cpp"), harness(p, calls));
        const build = gxx(["-std=c++20", "-O1", "-Wall", `-I${MODEL}`, "main.cpp", ...kernels, "-o", "kernels_test"], dir);
        expect(build.out).toBe("");
        expect(spawnSync(join(dir, "kernels_test"), { encoding: "utf8" }).stdout).toBe("OK\n");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      return files;
    };
    const gemm = read("aie_gemm_4.py");
    const cases: [string, string, string][] = [
      [gemm, "npu1", "aie::mmul<4, 4, 4, int16_t, int16_t>"],
      [gemm, "npu2", "aie::mmul<4, 4, 8, int16_t, int16_t>"],
      // int8 in and out: every result wraps, so the low bits of the accumulator must be the scalar code's.
      [gemm.replaceAll("int16", "int8").replaceAll("int32", "int8"), "npu1", "aie::mmul<4, 8, 8, int8_t, int8_t>"],
      [gemm.replaceAll("int16", "int8").replaceAll("int32", "int16"), "npu2", "aie::mmul<8, 8, 8, int8_t, int8_t>"],
    ];
    for (const [src, device, want] of cases) {
      const k = kernelsReproduce(src, device)["kernels/gemm.cc"]!;
      expect(k, device).toContain(`using MMUL = ${want};`);
      expect(k).toContain("aie::set_saturation(aie::saturation_mode::none);");
      expect(k).toContain("#include <aie_api/aie.hpp>");
    }
    // 30 rows per core do not divide into 4-row blocks: scalar, saying why.
    const odd = gemm.replace("M, N, K = 64, 64, 64", "M, N, K = 60, 64, 64");
    const k = kernelsReproduce(odd, "npu1")["kernels/gemm.cc"]!;
    expect(k).not.toContain("using MMUL");
    expect(k).toContain("// A matrix multiply, kept scalar: 30×64·64×32 is not a multiple of the native 4×4×4 blocks.");
    // A float GEMM is not an integer mmul: scalar, saying why.
    const f = kernelsReproduce(gemm.replaceAll("int16", "float32").replaceAll("int32", "float32"), "npu1")["kernels/gemm.cc"]!;
    expect(f).not.toContain("using MMUL");
    // The Makefile and README build the kernel file that holds the mmul code.
    const zip = exportProject(gemm, { target: "aie" });
    expect(zip.files!["Makefile"]).toContain("kernels/gemm.cc");
    expect(zip.files!["kernels/gemm.cc"]).toContain("aie::mmul<4, 4, 4");
  }, 120_000);

  it("maps onto npu2 and the smaller npu1 partitions, and reports what does not fit", () => {
    expect(plan(read("aie_gemm_16.py"), "npu2").mapping.cores).toHaveLength(16);
    expect(plan(read("aie_gemm_4.py"), "npu1_1col").mapping.cores.every((c) => c.tile.col === 0)).toBe(true);
    const r = exportProject(read("aie_gemm_16.py"), { target: "aie", device: "npu1_2col" });
    expect(r.files).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === "E-aie-cores")!;
    expect(d.message).toMatch(/needs 16 cores but npu1_2col has 8/);
    const aie1 = exportProject(read("aie_vector_add.py"), { target: "aie", device: "xcvc1902" });
    expect(Object.keys(aie1.files!).sort()).toEqual(["Makefile", "README.md", "design/aie.mlir", "kernels/vector_add.cc"]);
    const d1 = aie1.files!["design/aie.mlir"] as string;
    expect(d1).toContain("aie.device(xcvc1902)");
    expect(d1).not.toMatch(/^\s*aiex?\.runtime_sequence/m);
    expect(validateAieMlir(d1)).toEqual([]);
    const hostile = exportProject(read("aie_vector_add.py"), { target: "aie", designName: "x*/\n#include <evil>\n`rm -rf`.py" });
    for (const [name, text] of Object.entries(hostile.files!)) if (typeof text === "string") expect(text, name).not.toMatch(/evil>|`rm/);
    const bad = exportProject(read("aie_vector_add.py"), { target: "aie", device: "npu9" });
    expect(bad.diagnostics.map((x) => x.code)).toContain("E-aie-device");
  });
});

describe("AIE budgets and mapping diagnostics", () => {
  const diag = (source: string, code: string) => {
    const r = exportProject(source, { target: "aie" });
    expect(r.files, "no project for a design that does not fit").toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === code);
    expect(d, r.diagnostics.map((x) => `${x.code} ${x.message}`).join("\n")).toBeDefined();
    return { d: d!, text: source.slice(d!.range.from, d!.range.to) };
  };

  it("data memory: names the argument whose buffers overflow the core", () => {
    const { d, text } = diag(read("aie_vector_add.py").replace("N = 1024", "N = 4096"), "E-aie-budget");
    expect(d.message).toMatch(/compute tile \(0, 2\) running vector_add needs \d+ B of data memory but has 65536/);
    expect(text).toMatch(/^[ABC]: int32\[N\]$/);
  });

  it("DMA channels: three inputs on one core", () => {
    const src = read("aie_layernorm.py")
      .replace("def top(X: float32[R, D], GB: float32[2, D], Y: float32[R, D]):", "def top(X: float32[R, D], G: float32[D], B: float32[D], Y: float32[R, D]):")
      .replace("args=[X, GB, Y]", "args=[X, G, B, Y]")
      .replace("def norm(X: float32[R, D], GB: float32[2, D], Y: float32[R, D]):", "def norm(X: float32[R, D], G: float32[D], B: float32[D], Y: float32[R, D]):")
      .replace("GB[0, d] + GB[1, d]", "G[d] + B[d]");
    const { d } = diag(src, "E-aie-budget");
    expect(d.message).toMatch(/needs 3 of incoming DMA channels \(S2MM\) but has 2/);
  });

  it("a top that returns its result is refused at its signature, in plain English", () => {
    const src = `
import allo
from allo.ir.types import int32

def top(A: int32[4]) -> int32[4]:
    B: int32[4] = 0
    for i in range(4):
        B[i] = A[i] + 1
    return B
`;
    const { d, text } = diag(src, "E-aie-region");
    expect(d.message).toContain("'top' returns an array — pass an output array argument instead");
    expect(text).toContain("def top");
  });

  it("streams in a cycle are named", () => {
    const src = `
import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df

@df.region()
def top(A: int32[4], B: int32[4]):
    x: Stream[int32, 2]
    y: Stream[int32, 2]

    @df.kernel(mapping=[1], args=[A])
    def a(A: int32[4]):
        for i in range(4):
            x.put(A[i])
            A[i] = y.get()

    @df.kernel(mapping=[1], args=[B])
    def b(B: int32[4]):
        for i in range(4):
            v: int32 = x.get()
            y.put(v)
            B[i] = v
`;
    const { d } = diag(src, "E-aie-cycle");
    expect(d.message).toMatch(/'x', 'y'|'y', 'x'/);
  });

  it("mapping primitives: chain puts two kernels on one core; a bundle that needs too many channels and unknown names are located errors", () => {
    const src = read("aie_producer_consumer.py").replace(/^mod = df\.build\(top, target="aie"\)$/m, 'mod = df.build(top, target="aie", mapping_primitives=[("chain", ["producer_0", "consumer_0"])])');
    expect(src).toContain("mapping_primitives");
    const p = plan(src);
    expect(p.mapping.cores).toHaveLength(1);
    expect(p.mapping.cores[0]!.steps.map((s) => s.view.instance.name)).toEqual(["producer_0", "consumer_0"]);
    const text = emitAieFiles(p, "current", "x")["design/aie.mlir"]!;
    expect(text).toContain("aie.objectfifo @pipe(%tile_0_2, {%tile_0_2}, 2 : i32)");
    expect(validateAieMlir(text)).toEqual([]);
    replayMatchesSimulation(src, p, text);
    const { d } = diag(src.replace('"consumer_0"]', '"consumer_9"]'), "E-aie-mapping");
    expect(d.message).toMatch(/no kernel instance is named 'consumer_9'/);
    const bundled = read("aie_gemm_4.py").replace(/^mod = df\.build\(top, target="aie"\)$/m, 'mod = df.build(top, target="aie", mapping_primitives=[("bundle", ["gemm_0_0", "gemm_1_0"])])');
    expect(diag(bundled, "E-aie-budget").d.message).toMatch(/running gemm_0_0, gemm_1_0 needs 3 of incoming DMA channels/);
  });
});

describe("AIE structural validator and replay catch broken designs", () => {
  const good = exportProject(read("aie_producer_consumer.py"), { target: "aie" }).files!["design/aie.mlir"] as string;

  it("accepts the emitted design and rejects each broken variant", () => {
    expect(validateAieMlir(good)).toEqual([]);
    const broken: [string, string, RegExp][] = [
      ["aie.device(npu1)", "aie.device(npu7)", /unknown device/],
      ["aie.tile(0, 3)", "aie.tile(0, 9)", /outside the npu1 grid/],
      ["        aie.objectfifo.release @pipe(Consume, 1)\n", "", /does not return @pipe\(Consume\)/],
      ["@pipe(Consume, 1) : !aie", "@pipe(Produce, 1) : !aie", /produces @pipe but is not its producer/],
      ["      aiex.npu.dma_wait {symbol = @B_out}\n", "", /never waited for/],
      ["{id = 0 : i64", "{id = 16 : i64", /BD id 16/],
      ["][1, 1, 1, 256][0, 0, 0, 1]) {id = 0", "][1, 1, 1, 512][0, 0, 0, 1]) {id = 0", /outside the argument/],
      ["func.call @consumer(%elem0, %elem1)", "func.call @consumer(%elem0)", /takes 2 arguments, called with 1/],
    ];
    for (const [from, to, want] of broken) {
      expect(good.includes(from), from).toBe(true);
      expect(validateAieMlir(good.replace(from, to)).join("\n"), `${from} → ${to}`).toMatch(want);
    }
  });

  it("the replay reports a deadlock with the FIFO cycle", () => {
    const text = `module {
  aie.device(npu1) {
    %shim_noc_tile_0_0 = aie.tile(0, 0)
    %tile_0_2 = aie.tile(0, 2)
    %tile_0_3 = aie.tile(0, 3)
    aie.objectfifo @x(%tile_0_2, {%tile_0_3}, 1 : i32) : !aie.objectfifo<memref<4xi32>>
    aie.objectfifo @y(%tile_0_3, {%tile_0_2}, 1 : i32) : !aie.objectfifo<memref<4xi32>>
    aie.objectfifo @out(%tile_0_3, {%shim_noc_tile_0_0}, 1 : i32) : !aie.objectfifo<memref<4xi32>>
    func.func private @k(memref<4xi32>, memref<4xi32>) attributes {link_with = "k.o"}
    aie.core(%tile_0_2) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      scf.for %i = %c0 to %c1 step %c1 {
        %s0 = aie.objectfifo.acquire @y(Consume, 1) : !aie.objectfifosubview<memref<4xi32>>
        %e0 = aie.objectfifo.subview.access %s0[0] : !aie.objectfifosubview<memref<4xi32>> -> memref<4xi32>
        %s1 = aie.objectfifo.acquire @x(Produce, 1) : !aie.objectfifosubview<memref<4xi32>>
        %e1 = aie.objectfifo.subview.access %s1[0] : !aie.objectfifosubview<memref<4xi32>> -> memref<4xi32>
        func.call @k(%e0, %e1) : (memref<4xi32>, memref<4xi32>) -> ()
        aie.objectfifo.release @y(Consume, 1)
        aie.objectfifo.release @x(Produce, 1)
      }
      aie.end
    }
    aie.core(%tile_0_3) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      scf.for %i = %c0 to %c1 step %c1 {
        %s0 = aie.objectfifo.acquire @x(Consume, 1) : !aie.objectfifosubview<memref<4xi32>>
        %e0 = aie.objectfifo.subview.access %s0[0] : !aie.objectfifosubview<memref<4xi32>> -> memref<4xi32>
        %s1 = aie.objectfifo.acquire @y(Produce, 1) : !aie.objectfifosubview<memref<4xi32>>
        %e1 = aie.objectfifo.subview.access %s1[0] : !aie.objectfifosubview<memref<4xi32>> -> memref<4xi32>
        %s2 = aie.objectfifo.acquire @out(Produce, 1) : !aie.objectfifosubview<memref<4xi32>>
        %e2 = aie.objectfifo.subview.access %s2[0] : !aie.objectfifosubview<memref<4xi32>> -> memref<4xi32>
        func.call @k(%e0, %e1) : (memref<4xi32>, memref<4xi32>) -> ()
        aie.objectfifo.release @x(Consume, 1)
        aie.objectfifo.release @y(Produce, 1)
        aie.objectfifo.release @out(Produce, 1)
      }
      aie.end
    }
    aie.runtime_sequence(%arg0: memref<4xi32>) {
      aiex.npu.dma_memcpy_nd(%arg0[0, 0, 0, 0][1, 1, 1, 4][0, 0, 0, 1]) {id = 0 : i64, metadata = @out} : memref<4xi32>
      aiex.npu.dma_wait {symbol = @out}
    }
  }
}
`;
    const r = replayAieMlir(text, [new Float64Array(4)], { k: () => {} });
    expect(r.ok).toBe(false);
    if (r.ok || !r.deadlock) throw new Error("expected a deadlock");
    expect([...r.cycle].sort()).toEqual(["x", "y"]);
    expect(r.message).toMatch(/deadlock: .*core %tile_0_2 waits on @y \(Consume\)/);
    // Without the feedback (the first core no longer waits on y) the same design completes.
    const lines = text.split("\n");
    const first = lines.findIndex((l) => l.includes("%s0 = aie.objectfifo.acquire @y(Consume, 1)"));
    const fixed = [...lines.slice(0, first), ...lines.slice(first + 2)].join("\n")
      .replace("func.call @k(%e0, %e1) : (memref<4xi32>, memref<4xi32>) -> ()\n        aie.objectfifo.release @y(Consume, 1)\n", "func.call @k(%e1, %e1) : (memref<4xi32>, memref<4xi32>) -> ()\n");
    expect(fixed).not.toContain("@y(Consume, 1)\n        aie.objectfifo.release @x(Produce");
    const ok = replayAieMlir(fixed, [new Float64Array(4)], { k: () => {} });
    expect(ok.ok ? "finished" : ok.message).toBe("finished");
  });
});
