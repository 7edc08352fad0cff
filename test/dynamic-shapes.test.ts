/**
 * Dynamic shapes (`float32[...]`, Allo's `memref<?xf32>`; tests/test_builder.py `test_dynamic_shape` and
 * tutorials/dive_04_features.py): a top function's argument whose size is the array it is called with.
 * Checked through the type rules, the MLIR (`memref<?xf32>`), the simulator (sizes from the inputs, bounds
 * checked against them, a new size per call), the HLS export (a pointer argument; the vitis_hls project's
 * testbench and m_axi depth from the run's inputs, compiled and run with g++), the estimate (trip counts
 * unknown) and the equivalence checker (not provable without a size).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile, estimate, exportProject, simulate } from "../src/core/api";
import type { Tensor } from "../src/core/api-types";
import { formatEstimate } from "../src/core/analysis/format";
import { runScript } from "../src/core/script/run";
import { writeNpy } from "../src/core/sim/npy";
import { F32, I32 } from "../src/core/types/types";

const INCLUDE = fileURLToPath(new URL("../hls-model/include", import.meta.url));
const CLI = fileURLToPath(new URL("../bin/allo-studio.mjs", import.meta.url));

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, maxBuffer: 1 << 26 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : 1) : 0, stdout, stderr });
    });
  });
}

let work = "";
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "allo-dyn-"));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const errors = (ds: readonly { severity: string; line: number; code: string; message: string }[]) =>
  ds.filter((d) => d.severity === "error").map((d) => `${d.line} ${d.code} ${d.message}`);
const f32 = (data: number[], shape = [data.length]): Tensor => ({ type: F32, shape, data: data.map(Math.fround) });
const i32 = (v: number): Tensor => ({ type: I32, shape: [], data: [v] });

// Allo's dynamic-shape kernel, as tests/test_builder.py and the deep dive write it.
const COPY = `
import allo
from allo.ir.types import int32, float32


def kernel(A: float32[...], B: float32[...], size: int32):
    for i in range(size):
        B[i] = A[i]
`;

// Rows of a static width, any number of them.
const ROWS = `
import allo
from allo.ir.types import int32, float32


def scale(A: float32[..., 4], B: float32[..., 4], rows: int32):
    for i in range(rows):
        for j in range(4):
            B[i, j] = A[i, j] * 2.0 + 1.0


s = allo.customize(scale)
s.pipeline("j")
`;

describe("dynamic shapes: types and MLIR", () => {
  it("prints memref<?xf32> arguments, as Allo's builder does", () => {
    const c = compile(COPY);
    expect(errors(c.diagnostics)).toEqual([]);
    expect(c.mlir!).toContain("func.func @kernel(%arg0: memref<?xf32>, %arg1: memref<?xf32>, %arg2: i32)");
    expect(c.mlir!).toContain("memref.load %arg0[%arg3] : memref<?xf32>");
  });

  it("a dynamic first dimension keeps the static ones: memref<?x4xf32>", () => {
    const c = compile(ROWS);
    expect(errors(c.diagnostics)).toEqual([]);
    expect(c.mlir!).toContain("memref<?x4xf32>");
  });

  it("a slice passed to a kernel needs a static shape, and says so at the argument", () => {
    const src = COPY.replace("    for i in range(size):\n        B[i] = A[i]", "    inner(A[0:4])").replace("def kernel(", "def inner(X: float32[4]):\n    X[0] = 1.0\n\n\ndef kernel(");
    expect(errors(compile(src).diagnostics)).toEqual(["11 E-shape 'A' has a dynamic shape (float32[...]): a kernel reads and writes it one element at a time (A[i]), in loops bounded by a scalar argument; slices, whole-array operations and calls need a static shape (e.g. float32[256], or a template parameter [N])"]);
  });

  it("a constant index is checked against the static dimensions only", () => {
    const ok = compile(COPY.replace("B[i] = A[i]", "B[i] = A[1000]"));
    expect(errors(ok.diagnostics)).toEqual([]);
    const bad = compile(ROWS.replace("A[i, j] * 2.0", "A[i, 4] * 2.0"));
    expect(errors(bad.diagnostics)).toEqual(["9 E-index index 4 is out of bounds for dimension 2 of 'A' (size 4)"]);
  });
});

describe("dynamic shapes: simulation", () => {
  it("runs with the sizes of the given arrays (two sizes, one design)", () => {
    for (const n of [3, 17]) {
      const A = Array.from({ length: n }, (_, i) => i * 0.5);
      const r = simulate(COPY, { inputs: { A: f32(A), B: f32(new Array(n).fill(0)), size: i32(n) } });
      expect(errors(r.diagnostics)).toEqual([]);
      expect(r.args!.B!.shape).toEqual([n]);
      expect(Array.from(r.args!.B!.data as number[])).toEqual(A);
    }
  });

  it("checks indices against the size given: a loop past the array's end is a located error", () => {
    const r = simulate(COPY, { inputs: { A: f32([1, 2, 3]), B: f32([0, 0, 0, 0]), size: i32(4) } });
    expect(errors(r.diagnostics)).toEqual(["8 E-bounds index 3 is out of bounds for dimension 1 of 'A' (size 3); check the loop bounds or guard the access"]);
  });

  it("refuses an input of another rank or another static size", () => {
    const rank = simulate(COPY, { inputs: { A: f32([1, 2, 3, 4], [2, 2]), B: f32([0, 0, 0]), size: i32(1) } });
    expect(errors(rank.diagnostics)).toEqual(["6 E-input input 'A' has shape (2, 2) but the parameter is float32[...]"]);
    const width = simulate(ROWS, { inputs: { A: f32([1, 2, 3], [1, 3]), B: f32([0, 0, 0, 0], [1, 4]), rows: i32(1) } });
    expect(errors(width.diagnostics)).toEqual(["6 E-input input 'A' has shape (1, 3) but the parameter is float32[..., 4]"]);
  });

  it("a dynamic argument without data has no size: the error says how to give one", () => {
    const r = simulate(COPY, { inputs: { A: f32([1, 2]) } });
    expect(errors(r.diagnostics)).toEqual(["6 E-input 'B' has a dynamic shape (float32[...]): its size is the array it is given — call the built module with a numpy array for it (mod = s.build(); mod(...)), or pass one with --in B=B.npy; or give it a static shape"]);
  });

  it("runs Allo's dynamic-shape test as a script, and one module with two sizes in turn", () => {
    const src = `${ROWS}
import numpy as np

mod = s.build()
for n in (3, 5, 3):
    np_A = np.random.random((n, 4)).astype(np.float32)
    np_B = np.zeros((n, 4), dtype=np.float32)
    mod(np_A, np_B, n)
    np.testing.assert_allclose(np_B, np_A * 2 + 1, rtol=1e-6)
print("ok")
`;
    const r = runScript(src, { file: "rows.py" });
    expect(r.failure).toBeUndefined();
    expect(r.output.map((l) => l.text.trim()).pop()).toBe("ok");
  });
});

describe("dynamic shapes: HLS export", () => {
  it("target vhls: pointer arguments, as Allo's HLS code declares them", () => {
    const src = `${COPY}\ns = allo.customize(kernel)\n`;
    const r = exportProject(src, { target: "vhls" });
    expect(errors(r.diagnostics)).toEqual([]);
    expect(String(r.files!["kernel.cpp"])).toMatch(/void kernel_top\(\s*float \*A,\s*float \*B,\s*int32_t size\s*\)/);
    const rows = exportProject(ROWS, { target: "vhls" });
    expect(String(rows.files!["kernel.cpp"])).toMatch(/void scale\(\s*float A\[\]\[4\],\s*float B\[\]\[4\],/);
    expect(String(rows.files!["kernel.cpp"])).toContain("B[i][j] = ");
  });

  it("the AIE export needs static sizes and says so at the argument", () => {
    const src = COPY.replace("B: float32[...], size: int32", "B: float32[...]").replace("range(size)", "range(16)");
    const r = exportProject(src, { target: "aie" });
    expect(errors(r.diagnostics)).toEqual(["6 E-aie-shape argument 'A' has a dynamic shape (float32[...]); the AIE export sizes its ObjectFIFOs, DMA transfers and host buffers when the design is built — give 'A' a static shape"]);
  });

  it("target vitis_hls without inputs: a located error saying how to give the size", () => {
    const r = exportProject(COPY, { target: "vitis_hls" });
    expect(errors(r.diagnostics)).toEqual(["6 E-export-shape 'A' has a dynamic shape (float32[...]): the testbench needs its size. Call the built module in the design's script with numpy arrays (mod = s.build(); mod(...)): the export uses the first call's arguments; or pass the inputs with --in A=A.npy; or give 'A' a static shape. The kernel alone (target vhls) needs no size"]);
    expect(r.files).toBeUndefined();
  });

  it("target vitis_hls takes the size from the script's call: m_axi depth and testbench; g++ csim passes", async () => {
    const src = `${ROWS}
import numpy as np

mod = s.build()
np_A = np.arange(24, dtype=np.float32).reshape(6, 4)
np_B = np.zeros((6, 4), dtype=np.float32)
mod(np_A, np_B, 6)
`;
    const r = exportProject(src, { target: "vitis_hls", designName: "rows.py" });
    expect(errors(r.diagnostics)).toEqual([]);
    const cpp = String(r.files!["kernel.cpp"]);
    expect(cpp).toMatch(/void scale\(\s*float A\[\]\[4\],/);
    expect(cpp).toContain("#pragma HLS interface m_axi port=A offset=slave bundle=gmem0 depth=24");
    expect(String(r.files!["tb.cpp"])).toContain("static float A[6][4];");
    expect(String(r.files!["kernel.h"])).toContain("A: float32[6, 4] -- array argument: read, and written back like Allo's in-place updates (declared float32[..., 4]: a pointer of any size; this size is the testbench's)");
    const dir = join(work, "rows");
    for (const [name, content] of Object.entries(r.files!)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const build = await run("g++", ["-std=c++17", "-O1", "-Wno-unknown-pragmas", `-I${INCLUDE}`, "kernel.cpp", "tb.cpp", "-o", "tb"], dir);
    expect(build.code, build.stderr.slice(0, 4000)).toBe(0);
    const res = await run("./tb", [], dir);
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^PASS: scale/);
  }, 120_000);

  it("the CLI takes the size from --in files (run and export)", async () => {
    const file = join(work, "copy.py");
    writeFileSync(file, COPY);
    const a = join(work, "a.npy");
    const b = join(work, "b.npy");
    writeFileSync(a, writeNpy(f32([1, 2, 3, 4, 5])) as Uint8Array);
    writeFileSync(b, writeNpy(f32([0, 0, 0, 0, 0])) as Uint8Array);
    const out = join(work, "out");
    const ran = await run("node", [CLI, "run", file, "--in", `A=${a}`, "--in", `B=${b}`, "--in", "size=5", "--out", out], work);
    expect(ran.code, ran.stderr).toBe(0);
    const zip = join(work, "copy.zip");
    const ex = await run("node", [CLI, "export", file, "--target", "vitis_hls", "-o", zip, "--in", `A=${a}`, "--in", `B=${b}`, "--in", "size=5"], work);
    expect(ex.code, ex.stderr).toBe(0);
    const none = await run("node", [CLI, "export", file, "--target", "vitis_hls", "-o", zip], work);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("copy.py:6:12: error: 'A' has a dynamic shape (float32[...]): the testbench needs its size");
  }, 120_000);
});

describe("dynamic shapes: estimate and equivalence", () => {
  it("the estimate shows unknown trip counts and memory ports, never a made-up size", () => {
    const r = estimate(ROWS);
    expect(errors(r.diagnostics)).toEqual([]);
    const e = r.estimate!;
    const loop = e.functions.find((f) => f.name === "scale")!.loops[0]!;
    expect(loop.tripUnknown).toBe(true);
    expect(e.latencyUnknown).toBe(true);
    expect(e.resources.bram18k).toBe(0);
    expect(formatEstimate(e)).toMatch(/loop i +\? /);
  });

  it("allo.verify says a dynamic size is not provable (the checker needs one symbol per element)", () => {
    const src = `${ROWS}
r = allo.verify(s, allo.customize(scale))
assert not r
print("not proved")
`;
    const r = runScript(src, { file: "rows.py" });
    expect(r.failure).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.severity === "warning").map((d) => d.message).join("\n")).toContain("'A' has a dynamic shape (float32[..., 4]): the checker runs both designs on one symbol per element");
  });
});
