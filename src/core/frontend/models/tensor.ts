/**
 * torch tensors in design files: float32 arrays with torch's method names and semantics
 * (`transpose(a, b)` swaps two dimensions, `view`/`size()`/`permute`, `masked_fill`, ...), computed
 * eagerly on the numpy subset. While `from_pytorch` traces, every operation on a traced tensor is
 * also recorded (trace.ts), so the same forward gives the graph and its float reference at once.
 */
import { NDArray, NumpyError, binary, broadcastShapes, compare, unaryKeep, unaryMath } from "../numpy/ndarray";
import type { BinaryOp } from "../numpy/ndarray";
import { castTo } from "../numpy/dtype";
import { matmul, normAxis, reshape, transpose } from "../numpy/shape-ops";
import { reduce } from "../numpy/reduce";
import { toArray } from "../numpy/module";
import { getItem, sliceRange } from "../numpy/indexing";
import type { IndexItem } from "../numpy/indexing";
import type { PyValue } from "../values";
import { describe, NONE, pyFloat, pyInt } from "../values";
import { activeTracer } from "./trace";
import type { TraceOp } from "./trace";

type Kw = ReadonlyMap<string, PyValue>;
const fail = (type: string, msg: string): never => { throw new NumpyError(type, msg); };

export const tensor = (a: NDArray): PyValue => ({ k: "tensor", a });

/** A value as a float32 array operand (tensors, numpy arrays, nested lists). */
function arr(v: PyValue, what: string): NDArray {
  if (v.k === "tensor") return v.a;
  if (v.k === "ndarray") return v.a;
  if (v.k === "int" || v.k === "float" || v.k === "bool" || v.k === "list" || v.k === "tuple") return toArray(v, "float32");
  return fail("TypeError", `${what}: expected a tensor, got ${describe(v)}`);
}

/** Records op when traced; otherwise just the eager result. */
function op(name: TraceOp, operands: readonly PyValue[], attrs: Record<string, number | string | readonly number[]>, result: NDArray): PyValue {
  const t = activeTracer();
  return t ? t.record(name, operands, attrs, result) : tensor(result);
}

/**
 * While tracing, an operation on a traced tensor needs only its result's shape (torch.fx's proxies):
 * the graph is what from_pytorch compiles, and values come from simulating it. Returns the recorded
 * placeholder, or undefined when the values must be computed (eager mode, or no traced operand).
 */
function traced(name: TraceOp, operands: readonly PyValue[], attrs: Record<string, number | string | readonly number[]>, shape: readonly number[]): PyValue | undefined {
  const t = activeTracer();
  if (!t || !operands.some((v) => v.k === "tensor" && v.node?.tracer === t)) return undefined;
  return t.record(name, operands, attrs, NDArray.filled("float32", shape, 0));
}

function f32(a: NDArray): NDArray {
  return a.dtype === "float32" ? a : a.astype("float32");
}

function intArg(v: PyValue | undefined, what: string): number {
  if (v && v.k === "int") return Number(v.v);
  if (v && v.k === "bool") return v.v ? 1 : 0;
  return fail("TypeError", `${what} must be an int, got ${v ? describe(v) : "nothing"}`);
}

/** `view(2, 3)`, `view((2, 3))`, `view(torch.Size)` → the requested shape. */
function shapeArgs(args: readonly PyValue[]): number[] {
  const items = args.length === 1 && (args[0]!.k === "tuple" || args[0]!.k === "list") ? (args[0] as { items: readonly PyValue[] }).items : args;
  return items.map((x) => intArg(x, "a shape dimension"));
}

// ------------------------------------------------------------------ operations (eager + traced)

export function tBinary(o: "+" | "-" | "*" | "/", l: PyValue, r: PyValue): PyValue {
  const a = arr(l, `operand of ${o}`);
  const b = arr(r, `operand of ${o}`);
  const name0: TraceOp = o === "+" ? "add" : o === "-" ? "sub" : o === "*" ? "mul" : "div";
  const early = traced(name0, [l, r], {}, broadcastShapes(a.shape, b.shape));
  if (early) return early;
  const res = f32(binary(o as BinaryOp, a.dtype === "float64" ? a.astype("float32") : a, b.dtype === "float64" ? b.astype("float32") : b));
  const name: TraceOp = o === "+" ? "add" : o === "-" ? "sub" : o === "*" ? "mul" : "div";
  return op(name, [l, r], {}, res);
}

export function tMatmul(l: PyValue, r: PyValue): PyValue {
  const A = arr(l, "matmul");
  const B = arr(r, "matmul");
  if (A.ndim >= 2 && B.ndim >= 2) {
    if (A.shape[A.ndim - 1] !== B.shape[B.ndim - 2]) fail("RuntimeError", `matmul: shapes (${A.shape.join("x")}) and (${B.shape.join("x")}) cannot be multiplied`);
    const early = traced("matmul", [l, r], {}, [...broadcastShapes(A.shape.slice(0, -2), B.shape.slice(0, -2)), A.shape[A.ndim - 2]!, B.shape[B.ndim - 1]!]);
    if (early) return early;
  }
  return op("matmul", [l, r], {}, f32(matmul(A, B)));
}

export function tLinear(x: PyValue, w: PyValue, b: PyValue | undefined): PyValue {
  const X = arr(x, "linear input");
  const W = arr(w, "linear weight");
  if (W.ndim !== 2 || X.shape[X.ndim - 1] !== W.shape[1]) fail("RuntimeError", `mat1 and mat2 shapes cannot be multiplied (${X.shape.join("x")} and ${W.shape[1]}x${W.shape[0]})`);
  const early = traced("linear", b && b.k !== "none" ? [x, w, b] : [x, w], {}, [...X.shape.slice(0, -1), W.shape[0]!]);
  if (early) return early;
  let Y = f32(matmul(X, transpose(W)));
  if (b && b.k !== "none") Y = f32(binary("+", Y, arr(b, "linear bias")));
  return op("linear", b && b.k !== "none" ? [x, w, b] : [x, w], {}, Y);
}

export function tPermute(x: PyValue, perm: readonly number[]): PyValue {
  const a = arr(x, "permute");
  const p = perm.map((d) => normAxis(d, a.ndim));
  if (p.length !== a.ndim || new Set(p).size !== a.ndim) fail("RuntimeError", `permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = ${a.ndim} is not equal to len(dims) = ${p.length}`);
  if (p.every((d, i) => d === i)) return x;
  return op("permute", [x], { perm: p }, transpose(a, p));
}

export function tTranspose(x: PyValue, d0: number, d1: number): PyValue {
  const a = arr(x, "transpose");
  const p = [...Array(a.ndim).keys()];
  const i = normAxis(d0, a.ndim);
  const j = normAxis(d1, a.ndim);
  [p[i], p[j]] = [p[j]!, p[i]!];
  return tPermute(x, p);
}

export function tReshape(x: PyValue, shape: readonly number[]): PyValue {
  const a = arr(x, "view");
  const r = reshape(a, shape);
  if (r.shape.every((d, i) => d === a.shape[i]) && r.ndim === a.ndim) return x;
  return op("reshape", [x], { shape: r.shape }, r);
}

export function tSoftmax(x: PyValue, dim: number): PyValue {
  const a0 = arr(x, "softmax");
  const d = normAxis(dim, a0.ndim);
  const early = traced("softmax", [x], { dim: d }, a0.shape);
  if (early) return early;
  const a = f32(a0);
  const mx = reduce("max", a, d, true);
  const e = unaryMath("exp", f32(binary("-", a, mx)));
  const res = f32(binary("/", f32(e), f32(reduce("sum", f32(e), d, true))));
  return op("softmax", [x], { dim: d }, res);
}

/**
 * `x[...]` with basic indexing: integers, `start:stop` slices (step 1), `...` and `None`. Traced, it is
 * one "slice" node: per input dimension the first index and the count it keeps, and the result shape
 * (integer indices drop their dimension, None adds one); from_pytorch makes it library slice kernels.
 */
export function tIndex(x: PyValue & { k: "tensor" }, items: readonly IndexItem[]): PyValue {
  const a = x.a;
  const real = items.filter((it) => it.k === "int" || it.k === "slice").length;
  if (items.some((it) => it.k === "array")) return fail("NotImplementedError", "indexing a tensor with an array (advanced indexing) is not supported by from_pytorch; use integers, start:stop slices, ... and None");
  if (items.filter((it) => it.k === "ellipsis").length > 1) return fail("IndexError", "an index can only have a single ellipsis ('...')");
  if (real > a.ndim) return fail("IndexError", `too many indices for a tensor of dimension ${a.ndim}`);
  const starts: number[] = [];
  const lengths: number[] = [];
  const shape: number[] = [];
  const keepRest = (upTo: number) => {
    while (starts.length < upTo) {
      const n = a.shape[starts.length]!;
      starts.push(0);
      lengths.push(n);
      shape.push(n);
    }
  };
  for (const it of items) {
    if (it.k === "ellipsis") keepRest(a.ndim - (real - starts.length));
    else if (it.k === "newaxis") shape.push(1);
    else if (it.k === "int") {
      const n = a.shape[starts.length]!;
      const i = it.v < 0 ? it.v + n : it.v;
      if (i < 0 || i >= n) fail("IndexError", `index ${it.v} is out of bounds for dimension ${starts.length} with size ${n}`);
      starts.push(i);
      lengths.push(1);
    } else if (it.k === "slice") {
      const n = a.shape[starts.length]!;
      if ((it.step ?? 1) !== 1) fail("NotImplementedError", `a slice with step ${it.step} of a tensor is not supported by from_pytorch; use step 1`);
      const r = sliceRange(n, it.lo, it.hi);
      if (r.length === 0) fail("NotImplementedError", `the slice of dimension ${starts.length} (size ${n}) is empty; from_pytorch needs at least one element`);
      starts.push(r[0]!);
      lengths.push(r.length);
      shape.push(r.length);
    }
  }
  keepRest(a.ndim);
  const attrs = { starts, lengths, shape };
  const early = traced("slice", [x], attrs, shape);
  if (early) return early;
  return op("slice", [x], attrs, f32(getItem(a, items)));
}

export function tLayerNorm(x: PyValue, normalized: readonly number[], w: PyValue | undefined, b: PyValue | undefined, eps: number): PyValue {
  const a = f32(arr(x, "layer_norm"));
  if (normalized.length !== 1 || a.shape[a.ndim - 1] !== normalized[0]) fail("RuntimeError", `layer_norm over the last dimension only: normalized_shape (${normalized.join(", ")}) must be the input's last dimension (${a.shape[a.ndim - 1]})`);
  const n = normalized[0]!;
  const affineOps: PyValue[] = [x];
  if (w && w.k !== "none") affineOps.push(w);
  if (b && b.k !== "none") affineOps.push(b);
  const early = traced("layer_norm", affineOps, { eps, affine: w && w.k !== "none" ? 1 : 0, hasBias: b && b.k !== "none" ? 1 : 0 }, a.shape);
  if (early) return early;
  const out = new Array<number>(a.size);
  const W = w && w.k !== "none" ? arr(w, "layer_norm weight").data : undefined;
  const B = b && b.k !== "none" ? arr(b, "layer_norm bias").data : undefined;
  for (let r = 0; r < a.size / n; r++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += a.data[r * n + i]!;
    mean /= n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (a.data[r * n + i]! - mean) ** 2;
    v /= n;
    const inv = 1 / Math.sqrt(v + eps);
    for (let i = 0; i < n; i++) out[r * n + i] = castTo("float32", (a.data[r * n + i]! - mean) * inv * (W ? W[i]! : 1) + (B ? B[i]! : 0));
  }
  const ops: PyValue[] = [x];
  if (W) ops.push(w!);
  if (B) ops.push(b!);
  return op("layer_norm", ops, { eps, affine: W ? 1 : 0, hasBias: B ? 1 : 0 }, new NDArray("float32", a.shape, out));
}

export function tUnary(name: "gelu" | "gelu_tanh" | "relu" | "tanh" | "sigmoid" | "exp" | "neg", x: PyValue): PyValue {
  const a0 = arr(x, name);
  const early = traced(name, [x], {}, a0.shape);
  if (early) return early;
  const a = f32(a0);
  const f: (v: number) => number =
    name === "gelu" ? (v) => 0.5 * v * (1 + erfOf(v / Math.SQRT2))
    : name === "gelu_tanh" ? (v) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v * v * v)))
    : name === "relu" ? (v) => (v > 0 ? v : 0)
    : name === "tanh" ? Math.tanh
    : name === "sigmoid" ? (v) => 1 / (1 + Math.exp(-v))
    : name === "exp" ? Math.exp
    : (v) => -v;
  return op(name, [x], {}, NDArray.fromFlat("float32", a.shape, a.data.map(f)));
}

const erfOf = (v: number): number => unaryMath("erf", new NDArray("float64", [], [v])).data[0]!;

export function tMaskedFill(x: PyValue, mask: PyValue, value: number): PyValue {
  const a = f32(arr(x, "masked_fill"));
  const m = arr(mask, "masked_fill mask");
  const shape = broadcastShapes(a.shape, m.shape);
  if (shape.length !== a.ndim || shape.some((d, i) => d !== a.shape[i])) fail("RuntimeError", `the mask of shape (${m.shape.join(", ")}) does not broadcast to the tensor's (${a.shape.join(", ")})`);
  const mb = binary("+", NDArray.filled("float32", a.shape, 0), m.astype("float32"));
  const res = NDArray.fromFlat("float32", a.shape, a.data.map((v, i) => (mb.data[i]! !== 0 ? value : v)));
  return op("masked_fill", [x, { k: "tensor", a: m.astype("float32") }], { value }, res);
}

export function tEmbedding(idx: PyValue, w: PyValue): PyValue {
  const I = arr(idx, "embedding indices");
  const W = arr(w, "embedding weight");
  const d = W.shape[1]!;
  const out: number[] = [];
  for (const i of I.data) {
    if (!Number.isInteger(i) || i < 0 || i >= W.shape[0]!) fail("IndexError", `index ${i} is out of range for an embedding of ${W.shape[0]} rows`);
    for (let j = 0; j < d; j++) out.push(W.data[i * d + j]!);
  }
  return op("embedding", [idx, w], {}, new NDArray("float32", [...I.shape, d], out));
}

// ------------------------------------------------------------------ tensor attributes and methods

export function tensorAttribute(t: PyValue & { k: "tensor" }, name: string): PyValue | undefined {
  switch (name) {
    case "shape": return { k: "tuple", items: t.a.shape.map((d) => pyInt(d)) };
    case "ndim": return pyInt(t.a.ndim);
    case "dtype": return { k: "builtin", name: "torch.float32" };
    case "T": return tPermute(t, [...Array(t.a.ndim).keys()].reverse());
    case "data": return t;
    default: return undefined;
  }
}

export const TENSOR_METHODS = new Set([
  "view", "reshape", "permute", "transpose", "contiguous", "size", "dim", "numel", "detach", "numpy", "float",
  "masked_fill", "matmul", "softmax", "t", "clone", "cpu", "item", "tolist", "unsqueeze", "squeeze", "relu",
  "tanh", "exp", "sigmoid", "add", "sub", "mul", "div", "requires_grad_", "to", "type_as", "copy_", "sum", "mean", "max", "min", "abs",
]);

export function tensorMethod(t: PyValue & { k: "tensor" }, name: string, args: readonly PyValue[], kw: Kw): PyValue {
  const a = t.a;
  switch (name) {
    case "view": case "reshape": return tReshape(t, shapeArgs(args));
    case "permute": return tPermute(t, shapeArgs(args));
    case "transpose": return tTranspose(t, intArg(args[0], "transpose dim0"), intArg(args[1], "transpose dim1"));
    case "t": return tPermute(t, [1, 0]);
    case "contiguous": case "detach": case "float": case "clone": case "cpu": case "requires_grad_": case "to": case "type_as":
      return t;
    case "size": {
      if (args.length === 0) return { k: "tuple", items: a.shape.map((d) => pyInt(d)) };
      return pyInt(a.shape[normAxis(intArg(args[0], "size dim"), a.ndim)]!);
    }
    case "dim": return pyInt(a.ndim);
    case "numel": return pyInt(a.size);
    case "numpy": {
      if (t.node) fail("RuntimeError", "a traced tensor has no values to convert here; call .numpy() on the model's output outside from_pytorch");
      return { k: "ndarray", a: a.copy() };
    }
    case "item": {
      if (a.size !== 1) fail("RuntimeError", `a Tensor with ${a.size} elements cannot be converted to Scalar`);
      return pyFloat(a.data[0]!);
    }
    case "tolist": return { k: "list", items: a.data.map((x) => pyFloat(x)) };
    case "masked_fill": return tMaskedFill(t, args[0] ?? NONE, numberOf(args[1], "masked_fill value"));
    case "matmul": return tMatmul(t, args[0] ?? NONE);
    case "softmax": return tSoftmax(t, intArg(args[0] ?? kw.get("dim"), "softmax dim"));
    case "unsqueeze": {
      const d = intArg(args[0], "unsqueeze dim");
      const s = [...a.shape];
      s.splice(d < 0 ? d + a.ndim + 1 : d, 0, 1);
      return tReshape(t, s);
    }
    case "squeeze": return tReshape(t, a.shape.filter((d) => d !== 1));
    case "relu": case "tanh": case "exp": case "sigmoid": return tUnary(name, t);
    case "add": return tBinary("+", t, args[0] ?? NONE);
    case "sub": return tBinary("-", t, args[0] ?? NONE);
    case "mul": return tBinary("*", t, args[0] ?? NONE);
    case "div": return tBinary("/", t, args[0] ?? NONE);
    case "sum": case "mean": case "max": case "min": case "abs": {
      if (t.node) fail("NotImplementedError", `${name}() of a traced tensor is not supported by from_pytorch yet`);
      if (name === "abs") return tensor(unaryKeep("abs", a));
      const dim = args[0] ?? kw.get("dim");
      const keep = kw.get("keepdim");
      return tensor(f32(reduce(name, a, dim && dim.k === "int" ? Number(dim.v) : undefined, keep?.k === "bool" && keep.v)));
    }
    case "copy_": {
      const src = arr(args[0] ?? NONE, "copy_");
      if (src.size !== a.size) fail("RuntimeError", `copy_: ${src.size} elements into a tensor of ${a.size}`);
      for (let i = 0; i < a.size; i++) a.data[i] = castTo("float32", src.data[i]!);
      return t;
    }
    default: return fail("AttributeError", `'Tensor' object has no attribute '${name}'`);
  }
}

function numberOf(v: PyValue | undefined, what: string): number {
  if (v && (v.k === "int")) return Number(v.v);
  if (v && v.k === "float") return v.v;
  if (v && v.k === "bool") return v.v ? 1 : 0;
  if (v && v.k === "tensor" && v.a.size === 1) return v.a.data[0]!;
  return fail("TypeError", `${what} must be a number, got ${v ? describe(v) : "nothing"}`);
}

/** `tensor op x` for the interpreter's operators (undefined when no operand is a tensor). */
export function tensorBinop(o: string, l: PyValue, r: PyValue): PyValue | undefined {
  if (l.k !== "tensor" && r.k !== "tensor") return undefined;
  if (o === "@") return tMatmul(l, r);
  if (o === "+" || o === "-" || o === "*" || o === "/") return tBinary(o, l, r);
  if (o === "**") {
    if (l.k !== "tensor" || r.k === "tensor") fail("TypeError", "only tensor ** number is supported");
    const p = numberOf(r, "exponent");
    if (p === 2) return tBinary("*", l, l);
    return fail("NotImplementedError", "tensor ** p is supported for p = 2 (x * x) only");
  }
  return fail("TypeError", `unsupported operand type(s) for ${o}: tensors support + - * / @`);
}

export function tensorCompare(o: "==" | "!=" | "<" | "<=" | ">" | ">=", l: PyValue, r: PyValue): PyValue | undefined {
  if (l.k !== "tensor" && r.k !== "tensor") return undefined;
  if ((l.k === "tensor" && l.node) || (r.k === "tensor" && r.node)) fail("NotImplementedError", "comparisons of traced tensors are not supported by from_pytorch (masks must not depend on the inputs)");
  return tensor(compare(o, arr(l, "compare"), arr(r, "compare")).astype("float32"));
}

export function tensorNeg(x: PyValue & { k: "tensor" }): PyValue {
  return x.node ? tUnary("neg", x) : tensor(unaryKeep("neg", x.a));
}
