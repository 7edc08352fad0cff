/**
 * The NN library (allo.library.nn / systolic): each operator, instantiated in a small design with
 * its library schedule composed, simulated on numpy-made inputs and compared with numpy's output
 * (scripts/nn-fixtures.py; float32: max abs error ≤ 1e-3 · max|out|, integers exact).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile, estimate, exportProject, simulate } from "../../src/core/api";
import { errors, fixturePath, loadNpy, npyTensor } from "./fixtures";

interface Case { readonly name: string; readonly design: string; readonly inputs: readonly string[]; readonly types: Record<string, string>; readonly exact: boolean }
const cases = JSON.parse(readFileSync(fixturePath("nn", "cases.json"), "utf8")) as Case[];

describe("the NN library's operators match numpy", () => {
  for (const c of cases) {
    it(c.name, () => {
      // int4 operands are stored as int8 .npy files holding int4 values
      const inputs = Object.fromEntries(c.inputs.map((n) => [n, npyTensor(loadNpy(fixturePath("nn", c.name, `${n}.npy`)), c.types[n])]));
      const r = simulate(c.design, { inputs });
      expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const want = loadNpy(fixturePath("nn", c.name, "return.npy"));
      const got = r.returns![0]!;
      expect(got.shape).toEqual(want.shape);
      const { maxErr, maxRef } = errors(got.data, want.data);
      if (c.exact) expect(maxErr).toBe(0);
      else expect(maxErr).toBeLessThanOrEqual(1e-3 * maxRef);
    });
  }
});

/** One design per operator family: estimated and exported to Vitis HLS C++ like any kernel. */
const FAMILIES = ["linear2d", "layer_norm", "GeLU", "softmax", "scaled_dot_product_attention", "conv2d", "maxpool2d", "concat", "matmul", "bmm4d",
  "add2d_broadcast", "erf3d", "reshape3d_2d", "transpose4d_0213", "where4d", "slice3d", "embedding", "quantize_linear", "matmul_integer_int4", "qlinear2d_w4a8", "cast2d"];

describe("every operator family estimates and exports", () => {
  for (const name of FAMILIES) {
    it(name, () => {
      const c = cases.find((x) => x.name === name)!;
      const e = estimate(c.design);
      expect(e.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(e.estimate!.latency).toBeGreaterThan(0);
      const x = exportProject(c.design, { target: "vhls" });
      expect(x.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const cpp = Object.entries(x.files!).find(([f]) => f.endsWith(".cpp"))![1] as string;
      expect(cpp).toMatch(/void top\(/);
    });
  }
});

const HEAD = "import allo\nfrom allo.ir.types import float32, int8, int32\n";

describe("library modules import as in Allo", () => {
  it("from allo.library import nn, import allo.library.nn as nn and from allo.library.systolic import systolic all resolve", () => {
    for (const imp of ["from allo.library import nn", "import allo.library.nn as nn", "import allo.library.nn\nnn = allo.library.nn"]) {
      const src = `${HEAD}${imp}\n\ndef top(X: float32[4, 4]) -> float32[4, 4]:\n    return nn.relu2d[float32, 4, 4](X)\n`;
      expect(compile(src).diagnostics.filter((d) => d.severity === "error"), imp).toEqual([]);
    }
    const sys = `${HEAD}from allo.library.systolic import systolic\n\ndef mm(A: int8[8, 8], B: int8[8, 8]) -> int32[8, 8]:\n    C: int32[8, 8] = 0\n    systolic[int8, int8, int32, 8, 8, 8, 4, 4](A, B, C)\n    return C\n`;
    const r = simulate(sys, { seed: 3 });
    expect(r.diagnostics).toEqual([]);
    const A = r.inputs!.A!.data as ArrayLike<number>;
    const B = r.inputs!.B!.data as ArrayLike<number>;
    const C = r.returns![0]!.data as ArrayLike<number>;
    for (let i = 0; i < 8; i++) for (let j = 0; j < 8; j++) {
      let acc = 0;
      for (let k = 0; k < 8; k++) acc += A[i * 8 + k]! * B[k * 8 + j]!;
      expect(C[i * 8 + j]).toBe(acc);
    }
  });

  it("a name the module lacks is one diagnostic at the use, listing what the module has", () => {
    const r = compile(`${HEAD}from allo.library import nn\n\ndef top(X: float32[4, 4]) -> float32[4, 4]:\n    return nn.relu[float32, 4, 4](X)\n`);
    const errs = r.diagnostics.filter((d) => d.severity === "error");
    expect(errs.length).toBe(1);
    expect(errs[0]!.message).toMatch(/module 'allo.library.nn' has no member 'relu'.*relu2d/);
  });

  it("the library schedules compose into a design (nn.schedule_linear2d(s), s.compose(nn.GeLU, instantiate=...))", () => {
    const src = `${HEAD}from allo.library import nn

def top(X: float32[8, 16], W: float32[16, 16], b: float32[16], g: float32[16], be: float32[16]) -> float32[8, 16]:
    Y = nn.linear2d[float32, float32, float32, 8, 16, 16](X, W, b)
    Z = nn.layer_norm[float32, 8, 16](Y, g, be)
    G = nn.GeLU[float32, 8, 16](Z)
    return nn.residual_add[float32, 8, 16](G, X)


s_lin = allo.customize(nn.linear2d, instantiate=[float32, float32, float32, 8, 16, 16])
nn.schedule_linear2d(s_lin)
s = allo.customize(top)
s.compose(s_lin)
s.compose(nn.layer_norm, instantiate=[float32, 8, 16])
s.compose(nn.GeLU, instantiate=[float32, 8, 16])
`;
    const r = compile(src);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.mlir).toMatch(/linear2d/);
    expect(r.steps?.length).toBe(3);
  });
});

describe("compose(nn.K, id=...) finds its own instance", () => {
  const two = `${HEAD}from allo.library import nn

def top(X: float32[8, 16], g: float32[16], be: float32[16]) -> float32[8, 16]:
    Y = nn.layer_norm[float32, 8, 16, "a"](X, g, be)
    return nn.layer_norm[float32, 8, 16, "b"](Y, g, be)


s = allo.customize(top)
`;
  const numbered = two.replace('"a"', '"0"').replace('"b"', '"1"');
  it("an id no call instantiated is an error at the id naming the instances (no silent fallback to another one)", () => {
    const src = `${two}s.compose(nn.layer_norm, instantiate=[float32, 8, 16], id="c")
`;
    const errs = compile(src).diagnostics.filter((d) => d.severity === "error");
    expect(errs).toHaveLength(1);
    expect(errs[0]!.message).toMatch(/no function layer_norm_c.*layer_norm_a, layer_norm_b/);
    expect(src.slice(errs[0]!.range.from, errs[0]!.range.to)).toBe('"c"');
  });
  it("each instance composed with its id gets its own schedule", () => {
    const src = `${two}s.compose(nn.layer_norm, instantiate=[float32, 8, 16], id="a")\ns.compose(nn.layer_norm, instantiate=[float32, 8, 16], id="b")\n`;
    const r = compile(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.steps?.map((st) => st.description.match(/compose \w+/)?.[0])).toEqual(["compose layer_norm", "compose layer_norm"]);
  });
  it("without id= on a kernel with several instances, a warning names them and says which one was scheduled, unless another compose schedules the rest", () => {
    const r = compile(`${numbered}s.compose(nn.layer_norm, instantiate=[float32, 8, 16])\n`);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const w = r.diagnostics.filter((d) => d.code === "W-compose-instance");
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toMatch(/2 instances \(layer_norm_0, layer_norm_1\).*layer_norm_0 only, and no compose schedules layer_norm_1/);
    // Allo's way: the first instance without id=, the next with id="1": no warning
    const both = compile(`${numbered}s.compose(nn.layer_norm, instantiate=[float32, 8, 16])\ns.compose(nn.layer_norm, instantiate=[float32, 8, 16], id="1")\n`);
    expect(both.diagnostics).toEqual([]);
    // with only named instances there is no default one to pick: an error that says which id= to pass
    const e = compile(`${two}s.compose(nn.layer_norm, instantiate=[float32, 8, 16])\n`).diagnostics.filter((d) => d.severity === "error");
    expect(e.map((d) => d.message)).toEqual([expect.stringMatching(/instances are layer_norm_a, layer_norm_b: compose each with id= \(id="a"/)]);
  });
  it("a compose inside a composed sub-schedule counts too: its unscheduled instances are warned about, unless the outer schedule composes them", () => {
    const nested = `${HEAD}from allo.library import nn

def mid(X: float32[8, 16], g: float32[16], be: float32[16]) -> float32[8, 16]:
    Y = nn.layer_norm[float32, 8, 16, "0"](X, g, be)
    return nn.layer_norm[float32, 8, 16, "1"](Y, g, be)

def top(X: float32[8, 16], g: float32[16], be: float32[16]) -> float32[8, 16]:
    return mid(X, g, be)


s_mid = allo.customize(mid)
s_mid.compose(nn.layer_norm, instantiate=[float32, 8, 16])
s = allo.customize(top)
s.compose(s_mid)
`;
    const r = compile(nested);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const w = r.diagnostics.filter((d) => d.code === "W-compose-instance");
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toMatch(/no compose schedules layer_norm_1/);
    expect(nested.slice(w[0]!.range.from, w[0]!.range.to)).toBe("s_mid.compose(nn.layer_norm, instantiate=[float32, 8, 16])");
    const both = compile(`${nested}s.compose(nn.layer_norm, instantiate=[float32, 8, 16], id="1")\n`);
    expect(both.diagnostics).toEqual([]);
  });
});

describe("slice3d has a library schedule like the others", () => {
  const design = (schedule: string) => `${HEAD}from allo.library import nn

def top(X: float32[2, 6, 8]) -> float32[2, 4, 8]:
    return nn.slice3d[float32, 2, 6, 8, 1, 4](X)


${schedule}`;
  it("nn.schedule_slice3d(s) pipelines the copy loop and s.compose(nn.slice3d, ...) applies it; the values stay X[:, 1:5, :]", () => {
    const plain = design("s = allo.customize(top)\n");
    const direct = design("s_sl = allo.customize(nn.slice3d, instantiate=[float32, 2, 6, 8, 1, 4])\nnn.schedule_slice3d(s_sl)\ns = allo.customize(top)\ns.compose(s_sl)\n");
    const composed = design("s = allo.customize(top)\ns.compose(nn.slice3d, instantiate=[float32, 2, 6, 8, 1, 4])\n");
    const base = estimate(plain).estimate!.latency;
    for (const src of [direct, composed]) {
      const c = compile(src);
      expect(c.diagnostics).toEqual([]);
      expect(c.steps?.map((st) => st.description)).toEqual([expect.stringMatching(/compose slice3d/)]);
      expect(c.mlir).toMatch(/pipeline_ii = 1/);
      // 2·4·8 = 64 elements: one per cycle once pipelined, several cycles each before
      const e = estimate(src).estimate!.latency;
      expect(e).toBeLessThan(base);
      expect(e).toBeLessThan(64 + 32);
      const r = simulate(src, { seed: 5 });
      expect(r.diagnostics).toEqual([]);
      const X = r.inputs!.X!.data as ArrayLike<number>;
      const Z = r.returns![0]!.data as ArrayLike<number>;
      for (let b = 0; b < 2; b++) for (let n = 0; n < 4; n++) for (let c = 0; c < 8; c++) expect(Z[(b * 4 + n) * 8 + c]).toBe(X[(b * 6 + n + 1) * 8 + c]);
    }
  });
  it("is registered for compose, so from_pytorch designs compose it on every slice", async () => {
    const { scheduleOf } = await import("../../src/core/library/index");
    expect(scheduleOf("slice3d")).toEqual({ module: "allo.library.nn", schedule: "schedule_slice3d" });
  });
});
