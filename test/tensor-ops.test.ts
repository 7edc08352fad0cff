/**
 * Allo's tensor ops (`allo.matmul`, `bmm`, `linear`, `conv2d`, `maxpool`, `sumpool`, `softmax`, `gelu`,
 * `layernorm`, `tril`, `view`, `concat`, `ones`, `zeros`): inside a kernel each is simulated on
 * numpy-made inputs and compared with numpy's result for what Allo's generated code computes
 * (scripts/tensor-ops-fixtures.py: integers exact, floats within the case's tolerance); it prints
 * MLIR that mlir-opt verifies, exports to HLS C++ and is estimated like any kernel. Outside a kernel
 * (`allo.matmul(np_A, np_B)` in a script) each gives allo/dsl.py's numpy result. Misused ops are
 * errors at the call or the operand that say what to do.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { compile, estimate, exportProject, runScript, simulate } from "../src/core/api";
import type { NpyArray } from "../src/core/sim/npy";
import { fixturePath, loadNpy, npyTensor } from "./library/fixtures";

interface Case { readonly name: string; readonly call: string; readonly design: string; readonly inputs: readonly string[]; readonly rtol: number; readonly atol: number }
const cases = JSON.parse(readFileSync(fixturePath("tensor-ops", "cases.json"), "utf8")) as Case[];
const load = (c: Case, f: string): NpyArray => loadNpy(fixturePath("tensor-ops", c.name, `${f}.npy`));
const hasTool = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

/** Elements of `got` that differ from `want` by more than atol + rtol·|want| (numpy's assert_allclose rule). */
function mismatches(got: ArrayLike<number> | readonly bigint[], want: ArrayLike<number> | readonly bigint[], rtol: number, atol: number): string[] {
  const bad: string[] = [];
  for (let i = 0; i < want.length; i++) {
    const [g, w] = [Number(got[i]), Number(want[i])];
    if (!(Math.abs(g - w) <= atol + rtol * Math.abs(w))) bad.push(`[${i}] ${g} vs ${w}`);
  }
  return bad.slice(0, 5);
}

describe("inside a kernel, each op computes what Allo's generated code computes (numpy references)", () => {
  for (const c of cases) {
    it(`${c.name}: ${c.call}`, () => {
      const inputs = Object.fromEntries(c.inputs.map((n) => [n, npyTensor(load(c, n))]));
      const r = simulate(c.design, { inputs });
      expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const want = load(c, "kernel");
      const got = r.returns![0]!;
      expect(got.shape).toEqual(want.shape);
      expect(mismatches(got.data, want.data, c.rtol, c.atol)).toEqual([]);
    });
  }
});

describe("each op goes through the whole pipeline like any kernel code", () => {
  for (const c of cases) {
    it(`${c.name}: MLIR${hasTool("mlir-opt-22") ? " (verified by mlir-opt)" : ""}, HLS C++ and estimate`, () => {
      const r = compile(c.design);
      expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      if (hasTool("mlir-opt-22")) {
        const v = spawnSync("mlir-opt-22", ["--allow-unregistered-dialect"], { input: r.mlir!, encoding: "utf8" });
        expect(v.stderr).toBe("");
        expect(v.status).toBe(0);
      }
      const x = exportProject(c.design, { target: "vhls" });
      expect(x.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const cpp = Object.entries(x.files!).find(([f]) => f.endsWith(".cpp"))![1] as string;
      expect(cpp).toMatch(/void top\(/);
      const e = estimate(c.design);
      expect(e.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(e.estimate!.latency).toBeGreaterThan(0);
    });
  }
});

/** A numpy array as a Python expression that rebuilds it exactly (float32 values print as shortest doubles). */
function pyArray(a: NpyArray): string {
  const dtype = a.dtype.replace(/^[<>|=]/, "").replace(/^f4$/, "float32").replace(/^f8$/, "float64").replace(/^i(\d)$/, (_, n: string) => `int${Number(n) * 8}`);
  return `np.array([${Array.from(a.data as ArrayLike<number>, (x) => String(Number(x))).join(", ")}], dtype=np.${dtype}).reshape((${a.shape.join(", ")},))`;
}

describe("outside a kernel, each op is allo/dsl.py's numpy model", () => {
  for (const c of cases) {
    it(`${c.name}: ${c.call} on numpy arrays in a script`, () => {
      const want = load(c, "dsl");
      const exact = c.rtol === 0 && c.atol === 0;
      const src = [
        "import numpy as np",
        "import allo",
        ...c.inputs.map((n) => `${n} = ${pyArray(load(c, n))}`),
        `want = ${pyArray(want)}`,
        `got = ${c.call}`,
        `assert got.shape == want.shape, (got.shape, want.shape)`,
        exact ? "np.testing.assert_array_equal(got, want)" : `np.testing.assert_allclose(got, want, rtol=${c.rtol}, atol=${c.atol})`,
        "print('passed')",
      ].join("\n");
      const r = runScript(src, { file: `${c.name}.py` });
      expect(r.failure?.traceback).toBeUndefined();
      expect(r.output.map((o) => o.text).join("")).toBe("passed\n");
    });
  }
});

describe("allo.grid and allo.reduction outside a kernel are np.ndindex, as in allo/dsl.py", () => {
  it("a plain Python function looping over them indexes with the tuples numpy gives (a[t] is a[t[0], t[1]], a[0, (k,)] is a[0, [k]])", () => {
    const r = runScript([
      "import allo",
      "import numpy as np",
      "def ref(A):",
      "    B = np.zeros((2, 3), dtype=np.int32)",
      "    for i, j in allo.grid(2, 3, name=\"S\"):",
      "        B[i, j] = A[i, j] + 1",
      "    for k in allo.reduction(3):",
      "        B[0, k] += 1",
      "    for ij in allo.grid(2, 3):",
      "        B[ij] += 10",
      "    return B",
      "print(ref(np.ones((2, 3), dtype=np.int32)))",
      "print(list(allo.reduction(2)), np.arange(6).reshape(2, 3)[(1, 2)])",
    ].join("\n"));
    expect(r.failure?.traceback).toBeUndefined();
    // CPython with numpy prints the same
    expect(r.output.map((o) => o.text).join("")).toBe("[[13 13 13]\n [12 12 12]]\n[(0,), (1,)] 5\n");
  });
});

const KERNEL = (params: string, ret: string, body: string) =>
  `import allo\nfrom allo.ir.types import float32, int32\n\n\ndef top(${params}) -> ${ret}:\n${body}\n\n\ns = allo.customize(top)\n`;

function firstError(src: string): { message: string; text: string } {
  const r = compile(src);
  const d = r.diagnostics.find((x) => x.severity === "error");
  expect(d, "an error").toBeDefined();
  return { message: d!.message, text: src.slice(d!.range!.from, d!.range!.to) };
}

describe("misused tensor ops are errors at the call or the operand", () => {
  it("shapes that do not fit name both operands and their shapes", () => {
    expect(firstError(KERNEL("A: float32[4, 3], B: float32[2, 4]", "float32[4, 4]", "    return allo.matmul(A, B)"))).toEqual({
      message: "allo.matmul() inner dimensions differ: A is (4, 3) and B is (2, 4); A's columns must equal B's rows", text: "allo.matmul(A, B)",
    });
    expect(firstError(KERNEL("X: float32[4, 6], W: float32[6, 3]", "float32[4, 3]", "    return allo.linear(X, W)")).message).toMatch(
      /the last dimension of X \(4, 6\) must equal the second of W \(6, 3\) \(the weight is \[out_features, in_features\]\)/);
    expect(firstError(KERNEL("X: float32[4, 6], W: float32[3, 6], b: float32[4]", "float32[4, 3]", "    return allo.linear(X, W, b)"))).toEqual({
      message: "allo.linear() takes a bias of shape (3,) (the weight's first dimension); 'b' has shape (4,)", text: "b",
    });
    expect(firstError(KERNEL("A: int32[1, 2, 5, 5], B: int32[1, 3, 3, 3]", "int32[1, 1, 3, 3]", "    return allo.conv2d(A, B)")).message).toMatch(/channels differ/);
    expect(firstError(KERNEL("A: int32[2, 3, 4], B: int32[2, 5, 4]", "int32[2, 8, 4]", "    return allo.concat(A, B, axis=2)")).message).toMatch(
      /needs equal shapes except along axis 2; A is \(2, 3, 4\) and B is \(2, 5, 4\) \(dimension 1\)/);
    expect(firstError(KERNEL("A: float32[2, 3, 4], B: float32[2, 4, 5, 1]", "float32[2, 3, 5]", "    return allo.bmm(A, B)")).message).toMatch(/multiplies two 3-D arrays/);
    expect(firstError(KERNEL("A: int32[2, 3, 4]", "int32[5, 5]", "    return allo.view(A, (5, 5))"))).toEqual({
      message: "allo.view() cannot view 'A' of shape (2, 3, 4) (24 elements) as (5, 5)", text: "(5, 5)",
    });
  });

  it("float-only templates refuse integer arrays, naming the operand and its type", () => {
    expect(firstError(KERNEL("A: int32[4, 4]", "int32[4, 4]", "    return allo.softmax(A)"))).toEqual({
      message: "allo.softmax() takes a float array (Allo lowers it with float arithmetic); 'A' is int32[4, 4]. Copy it into a float32 array first", text: "A",
    });
    expect(firstError(KERNEL("A: int32[4, 4]", "int32[4, 4]", "    return allo.gelu(A)")).text).toBe("A");
  });

  it("ones/zeros take dtype=int or dtype=float as Allo does; unknown keywords are named", () => {
    expect(firstError(KERNEL("A: float32[2]", "float32[2]", "    return allo.ones((2,)) + A"))).toEqual({
      message: "allo.ones() takes dtype=int or dtype=float (Allo reads the name: int… gives int32, float… gives float32)", text: "allo.ones((2,))",
    });
    expect(firstError(KERNEL("A: int32[2, 2], B: int32[2, 2]", "int32[4, 2]", "    return allo.concat(A, B, axs=0)"))).toEqual({
      message: "allo.concat() has no keyword 'axs'; did you mean 'axis'? (it takes name=, axis=)", text: "axs=0",
    });
  });

  it("writing into the result of allo.view is refused (Allo's view shares the source's memory; ours is a copy)", () => {
    expect(firstError(KERNEL("A: int32[2, 3]", "int32[3, 2]", "    V = allo.view(A, (3, 2))\n    V[0, 0] = 5\n    return V"))).toEqual({
      message: "'V' is the result of allo.view, which in Allo shares the memory of the viewed array; writing into it is not supported here. Write into the source array, or copy the view first (allo.copy(...))", text: "V",
    });
    const ok = compile(KERNEL("A: int32[2, 3]", "int32[3, 2]", "    C = allo.copy(allo.view(A, (3, 2)))\n    C[0, 0] = 5\n    return C"));
    expect(ok.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("a scalar where an array is needed is named", () => {
    expect(firstError(KERNEL("A: float32[4, 4], x: float32", "float32[4, 4]", "    return allo.matmul(A, x)"))).toEqual({
      message: "allo.matmul() takes arrays; 'x' is a scalar (float32)", text: "x",
    });
  });
});

describe("Allo's types and initial values, where the numpy model differs", () => {
  it("maxpool starts from zero (linalg.fill), so an all-negative window gives 0, as Allo's generated code does", () => {
    const src = KERNEL("A: int32[1, 1, 2, 2], W: int32[2, 2]", "int32[1, 1, 1, 1]", "    return allo.maxpool(A, W)");
    const r = simulate(src, { inputs: { A: { type: { kind: "int", bits: 32, signed: true }, shape: [1, 1, 2, 2], data: [-5, -3, -9, -4] } } });
    expect(r.returns![0]!.data).toEqual([0]);
  });

  it("the result of matmul has the first operand's type: int8 × int32 wraps in int8", () => {
    const src = KERNEL("A: int8[1, 2], B: int32[2, 1]", "int32[1, 1]", "    return allo.matmul(A, B)").replace("float32, int32", "float32, int8, int32");
    const r = simulate(src, { inputs: { A: { type: { kind: "int", bits: 8, signed: true }, shape: [1, 2], data: [100, 100] }, B: { type: { kind: "int", bits: 32, signed: true }, shape: [2, 1], data: [1, 1] } } });
    expect(r.returns![0]!.data).toEqual([-56]);
  });

  it("name= labels the op's loops, so a schedule can find them", () => {
    const src = KERNEL("A: float32[4, 4], B: float32[4, 4]", "float32[4, 4]", "    return allo.matmul(A, B, name=\"gemm\")");
    expect(compile(src).mlir).toMatch(/loop_name = "gemm_i0"/);
  });
});

/** The exported Vitis HLS project's testbench (golden data from the simulator), built with g++ against the header model. */
describe.skipIf(!hasTool("g++"))("the exported C++ computes the simulator's results (g++ testbench)", () => {
  const INCLUDE = fileURLToPath(new URL("../hls-model/include", import.meta.url));
  const work = mkdtempSync(join(tmpdir(), "allo-tensor-ops-hls-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const exec = promisify(execFile);
  for (const name of ["matmul_int32_wraps", "maxpool_int32_zero_init", "softmax_3d", "gelu", "layernorm_3d", "view"]) {
    it(name, async () => {
      const c = cases.find((x) => x.name === name)!;
      const r = exportProject(c.design, { target: "vitis_hls", designName: name });
      expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const dir = join(work, name);
      for (const [f, content] of Object.entries(r.files!)) {
        mkdirSync(dirname(join(dir, f)), { recursive: true });
        writeFileSync(join(dir, f), content);
      }
      await exec("g++", ["-std=c++17", "-O1", "-Wno-unknown-pragmas", `-I${INCLUDE}`, "kernel.cpp", "tb.cpp", "-o", "tb"], { cwd: dir });
      const { stdout } = await exec("./tb", [], { cwd: dir });
      expect(stdout).toMatch(/^PASS: /);
    }, 120_000);
  }
});
