/**
 * ONNX import: models exported by torch (an MLP, a small CNN, a GPT-2 style block at opsets 13 and
 * 17, an embedding model) and hand-built quantized graphs (QuantizeLinear → MatMulInteger → rescale)
 * become designs of NN library calls whose simulation matches torch's (or numpy's) outputs
 * (scripts/onnx-fixtures.py; float32: max abs error ≤ 1e-3 · max|output|, integers exact). The
 * forms* graphs hold the operators whose form changed with the opset (axes, split sizes and Clip
 * bounds as inputs at 13+, Softmax's default axis before 13, ReduceMean's axes input at 18, Reshape's
 * 0 and -1, Gemm without C); their references are numpy written from the ONNX specification.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import onnxProto from "onnx-proto";
import { describe, expect, it } from "vitest";
import { estimate, exportProject, simulate } from "../src/core/api";
import { importOnnx, sanitizeName } from "../src/core/frontend/models/onnx/import";
import { F32 } from "../src/core/types/types";
import { errors, fixturePath, loadNpy, npyTensor } from "./library/fixtures";

const MODELS: { name: string; input: string; exact?: boolean }[] = [
  { name: "mlp", input: "x" },
  { name: "cnn", input: "input.1" },
  { name: "block", input: "x" },
  { name: "block17", input: "x" },
  { name: "embed", input: "ids" },
  { name: "qlinear", input: "x" },
  { name: "qmatmul_int", input: "x", exact: true },
  // later-opset forms: axes / split sizes / clip bounds as inputs, Softmax's default axis before and after 13
  { name: "forms13", input: "x" },
  { name: "forms11", input: "x" },
  { name: "forms18", input: "x" },
  { name: "clip_int", input: "x", exact: true },
  { name: "forms_torch13", input: "x" },
  { name: "forms_torch17", input: "x" },
  // Softmax along a leading or middle axis; ReduceSum/Mean/Max/Min over axes that are not trailing
  { name: "axes13", input: "x" },
  { name: "axes18", input: "x" },
  { name: "dims_torch17", input: "x" },
  // LayerNorm over the last two axes: LayerNormalization with axis -2 and a [3, 4] scale and bias
  { name: "layernorm2_torch17", input: "x" },
];

const onnxBytes = (name: string) => new Uint8Array(readFileSync(fixturePath("onnx", `${name}.onnx`)));

describe("ONNX models import and match their reference", () => {
  for (const m of MODELS) {
    it(m.name, () => {
      const r = importOnnx(onnxBytes(m.name));
      expect(r.errors).toEqual([]);
      expect(r.design).toMatch(/from allo\.library import nn/);
      expect(r.design).toContain(`def top(${sanitizeName(m.input)}:`);
      const x = npyTensor(loadNpy(fixturePath("onnx", `${m.name}.${m.input}.npy`)));
      const s = simulate(r.design!, { inputs: { [sanitizeName(m.input)]: x }, files: r.files });
      expect(s.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const want = loadNpy(fixturePath("onnx", `${m.name}.out.npy`));
      const got = s.returns![0]!;
      expect(got.shape).toEqual(want.shape);
      const { maxErr, maxRef } = errors(got.data, want.data);
      if (m.exact) expect(maxErr).toBe(0);
      else expect(maxErr).toBeLessThanOrEqual(1e-3 * maxRef);
    });
  }

  it("the transformer block's design reads as library calls with torch's weights as .npy files, and estimates and exports", () => {
    const r = importOnnx(onnxBytes("block17"));
    expect(r.design).toMatch(/nn\.layer_norm_eps\[float32, 4, 16\]/);
    expect(r.design).toMatch(/nn\.bmm4d\[/);
    expect(r.design).toMatch(/nn\.softmax2d\[float32, 8, 4\]/);
    expect(r.design).toMatch(/= np\.load\("qkv_bias\.npy"\)/);
    expect(Object.keys(r.files)).toContain("qkv_bias.npy");
    const e = estimate(r.design!, { files: r.files });
    expect(e.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(e.estimate!.latency).toBeGreaterThan(0);
    const x = exportProject(r.design!, { target: "vhls", files: r.files });
    expect(x.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("later-opset forms", () => {
  it("ReduceSum and Clip, which the library lacks, become kernels the design defines above its top, and export", () => {
    const r = importOnnx(onnxBytes("forms13"));
    expect(r.design).toMatch(/^def reduce_sum2d\[Ty, B, C\]/m);
    expect(r.design).toMatch(/^def clip3d\[Ty, N0, N1, N2\]/m);
    expect(r.design).toContain("clipped = clip3d[float32, 2, 3, 4](x, -0.5, 0.75)");
    const x = exportProject(r.design!, { target: "vhls", files: r.files });
    expect(x.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("a Clip with a bound left out clamps on the other side only (the float range stands in)", () => {
    const r = importOnnx(onnxBytes("forms11"));
    expect(r.design).toContain("clip3d[float32, 2, 3, 4](sm_view, -3.4028234663852886e+38, 0.20000000298023224)");
  });
});

describe("ONNX import errors", () => {
  const { onnx } = onnxProto as unknown as { onnx: { ModelProto: { encode(m: unknown): { finish(): Uint8Array }; create(m: unknown): unknown } } };
  const model = (op: string) => onnx.ModelProto.encode(onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: "", version: 17 }],
    graph: {
      name: "g",
      node: [{ name: "mystery", opType: op, input: ["x"], output: ["y"] }],
      input: [{ name: "x", type: { tensorType: { elemType: 1, shape: { dim: [{ dimValue: 2 }, { dimValue: 3 }] } } } }],
      output: [{ name: "y", type: { tensorType: { elemType: 1, shape: { dim: [{ dimValue: 2 }, { dimValue: 3 }] } } } }],
    },
  })).finish();

  it("an unsupported operator is one error naming the node, its op type and what is supported", () => {
    const r = importOnnx(model("Hardmax"));
    expect(r.design).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/node 'mystery' has op type Hardmax.*supported: Gemm, MatMul/);
  });

  it("a reduction over an axis the tensor lacks, or a Squeeze of an axis that is not 1, names the node and the axes", () => {
    const graph = (op: string, axes: number[]) => onnx.ModelProto.encode(onnx.ModelProto.create({
      irVersion: 8,
      opsetImport: [{ domain: "", version: 11 }],
      graph: {
        name: "g",
        node: [{ name: "r", opType: op, input: ["x"], output: ["y"], attribute: [{ name: "axes", type: 7, ints: axes }] }],
        input: [{ name: "x", type: { tensorType: { elemType: 1, shape: { dim: [{ dimValue: 2 }, { dimValue: 3 }] } } } }],
        output: [{ name: "y", type: { tensorType: { elemType: 1, shape: { dim: [{ dimValue: 3 }] } } } }],
      },
    })).finish();
    expect(importOnnx(graph("ReduceSum", [2])).errors).toEqual(["node 'r' (ReduceSum) reduces axis 2 of a rank-2 tensor; axes must lie in [-2, 1]"]);
    expect(importOnnx(graph("ReduceMax", [-3])).errors).toEqual(["node 'r' (ReduceMax) reduces axis -3 of a rank-2 tensor; axes must lie in [-2, 1]"]);
    expect(importOnnx(graph("Squeeze", [1])).errors).toEqual(["node 'r' (Squeeze) squeezes axis 1 of [2, 3], which is not 1"]);
  });

  it("a weight of more than 4096 floats (kept as an array, not nested lists) passes to its kernel", () => {
    const [K, N] = [80, 64];
    const w = Array.from({ length: K * N }, (_, i) => ((i * 37) % 101) / 101 - 0.5);
    const bytes = onnx.ModelProto.encode(onnx.ModelProto.create({
      irVersion: 8,
      opsetImport: [{ domain: "", version: 17 }],
      graph: {
        name: "g",
        node: [{ name: "mm", opType: "MatMul", input: ["x", "w"], output: ["y"] }],
        initializer: [{ name: "w", dataType: 1, dims: [K, N], floatData: w }],
        input: [{ name: "x", type: { tensorType: { elemType: 1, shape: { dim: [{ dimValue: 1 }, { dimValue: K }] } } } }],
        output: [{ name: "y", type: { tensorType: { elemType: 1, shape: { dim: [{ dimValue: 1 }, { dimValue: N }] } } } }],
      },
    })).finish();
    const r = importOnnx(bytes);
    expect(r.errors).toEqual([]);
    const x = Array.from({ length: K }, (_, i) => (i % 7) - 3);
    const s = simulate(r.design!, { inputs: { x: { type: F32, shape: [1, K], data: x } }, files: r.files });
    expect(s.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const want = Array.from({ length: N }, (_, j) => x.reduce((acc, xv, k) => acc + xv * Math.fround(w[k * N + j]!), 0));
    const { maxErr, maxRef } = errors(s.returns![0]!.data as number[], want);
    expect(maxErr).toBeLessThanOrEqual(1e-5 * maxRef);
  });

  it("a file that is not ONNX says so", () => {
    const r = importOnnx(new TextEncoder().encode("def top(): pass\n"));
    expect(r.errors[0]).toMatch(/not an ONNX model|no ONNX graph/);
  });

  it("names are sanitized: characters other than letters, digits and _ become _", () => {
    expect(sanitizeName("input.1")).toBe("input_1");
    expect(sanitizeName("/fc1/Gemm:0")).toBe("_fc1_Gemm_0");
  });
});

describe("allo-studio import", () => {
  it("writes DIR/design.py and its weights; run with the graph's input writes OUT/return.npy equal to torch's", async () => {
    const exec = promisify(execFile);
    const bin = new URL("../bin/allo-studio.mjs", import.meta.url).pathname;
    const dir = mkdtempSync(join(tmpdir(), "allo-onnx-"));
    try {
      await exec(process.execPath, [bin, "import", fixturePath("onnx", "cnn.onnx"), "-o", join(dir, "m")]);
      writeFileSync(join(dir, "x.npy"), readFileSync(fixturePath("onnx", "cnn.input.1.npy")));
      await exec(process.execPath, [bin, "run", join(dir, "m", "design.py"), "--in", `input_1=${join(dir, "x.npy")}`, "--out", join(dir, "out")]);
      const got = loadNpy(join(dir, "out", "return.npy"));
      const want = loadNpy(fixturePath("onnx", "cnn.out.npy"));
      const { maxErr, maxRef } = errors(got.data as number[], want.data as number[]);
      expect(maxErr).toBeLessThanOrEqual(1e-3 * maxRef);
      const bad = await exec(process.execPath, [bin, "import", fixturePath("nn", "cases.json"), "-o", join(dir, "bad")]).catch((e: { code: number; stderr: string }) => e);
      expect((bad as { code: number }).code).toBe(1);
      expect((bad as { stderr: string }).stderr).toMatch(/error: not an ONNX model|no ONNX graph/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
