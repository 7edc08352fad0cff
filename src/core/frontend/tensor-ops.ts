/**
 * Allo's tensor operations inside kernels (`allo.matmul`, `bmm`, `linear`, `conv2d`, `maxpool`,
 * `sumpool`, `softmax`, `gelu`, `layernorm`, `tril`, `view`, `concat`, `ones`, `zeros`), lowered to
 * loop nests the way Allo's builder lowers them to linalg ops and its MLIR templates
 * (allo/ir/builder.py `build_library_op`, allo/ir/template/*_impl.mlir), so schedules, the simulator,
 * the printers and the estimator see only loops, loads and stores.
 *
 * Facts taken from Allo (allo/ir/infer.py `visit_library_op`, builder.py):
 * - The result's element type is the first operand's; linalg ops cast every operand to it and compute
 *   in it (an int32 matmul wraps in int32, as the generated code does).
 * - matmul, bmm, conv2d, maxpool and sumpool start from a zero-filled result, so `maxpool` of a window
 *   whose values are all negative gives 0 (Allo's numpy model in allo/dsl.py says otherwise; we follow
 *   the generated code, DESIGN §1).
 * - conv2d is NCHW × FCHW, stride 1, no padding; the pools take the window from the second argument's
 *   shape (its values are unused).
 * - softmax, gelu and layernorm follow the templates: softmax over the last axis (max, exp(x - max),
 *   sum, divide); gelu's tanh approximation with 0.797885; layernorm with E[x²] − E[x]² and eps 1e-5.
 * - `ones`/`zeros` take `dtype=`: a name starting with `int` gives int32, with `float` float32.
 * Where Allo's builder fails on a shape its numpy model accepts (3-D `matmul`, N-d `linear`,
 * `layernorm` beyond 2-D), we compute what the numpy model computes.
 *
 * The NN library (library/nn) is not reused here: its kernels are templates with their own schedules
 * and numerics (its softmax and maxpool start their maximum at -1e12, where these start at -inf and
 * 0; result types are template parameters), while these ops compute what `allo.<op>` compiles to.
 */
import type { SourceRange } from "../diagnostics";
import { UserError } from "../diagnostics";
import * as ir from "../ir/nodes";
import type { ArrayType, ScalarType } from "../types/types";
import { arrayType, F32, F64, INDEX, sameType, typeToString } from "../types/types";

/** What a tensor operation needs from the kernel lowering: buffers, statements and loop nests. */
export interface TensorHost {
  /** A new local buffer, allocated at the current point. */
  alloc(name: string, type: ArrayType, at: SourceRange, init?: ir.BufferInit): ir.Buffer;
  emit(s: ir.Stmt): void;
  /** A perfect loop nest over `shape` named after `op`; the last `reduceDims` loops are reductions. */
  nest(shape: readonly number[], at: SourceRange, op: string, body: (ivs: ir.Expr[]) => ir.Stmt[], reduceDims?: number): ir.Stmt;
}

/** An array operand with the source it came from (for diagnostics). */
export interface TensorArg {
  readonly buf: ir.Buffer;
  readonly range: SourceRange;
  readonly text: string;
}

const shapeText = (s: readonly number[]): string => `(${s.join(", ")}${s.length === 1 ? "," : ""})`;
const shapeOf = (a: TensorArg): readonly number[] => a.buf.type.shape;

function zeroOf(t: ScalarType): ir.Expr {
  return ir.constant(t, (t.kind === "int" || t.kind === "fixed") && t.bits > 52 ? 0n : 0);
}

/** A float constant in the float type `t` (rounded to it). */
function floatConst(t: ScalarType, v: number): ir.Expr {
  if (t.kind === "float" && t.name === "f64") return ir.constant(F64, v);
  const c = ir.constant(F32, Math.fround(v));
  return t.kind === "float" && t.name === "f32" ? c : ir.cast(t, c);
}

function idx(a: ir.Expr, b: ir.Expr): ir.Expr {
  return ir.binary("add", INDEX, a, b);
}

/** The loop-nest label of an op: its `name=` or Allo's op name. */
function label(op: string, name?: string): string {
  return name ?? op;
}

function requireFloat(op: string, a: TensorArg): ScalarType {
  const t = a.buf.type.elem;
  if (t.kind !== "float") {
    throw new UserError("E-type", `allo.${op}() takes a float array (Allo lowers it with float arithmetic); '${a.text}' is ${typeToString(a.buf.type)}. Copy it into a float32 array first`, a.range);
  }
  return t;
}

function requireRank(op: string, a: TensorArg, rank: number, what: string): void {
  if (shapeOf(a).length !== rank) throw new UserError("E-shape", `allo.${op}() takes ${what}; '${a.text}' has shape ${shapeText(shapeOf(a))}`, a.range);
}

/** `body` over the outer (all but last) dimensions; a 1-D array has one row. */
function rows(shape: readonly number[]): number[] {
  return shape.length > 1 ? shape.slice(0, -1) : [1];
}
function rowIndex(shape: readonly number[], ivs: readonly ir.Expr[]): ir.Expr[] {
  return shape.length > 1 ? ivs.slice(0, shape.length - 1) : [ir.indexConst(0)];
}

// ------------------------------------------------------------------ matmul family

/**
 * `allo.matmul(A, B)`: `[..., M, K] × [..., K, N] → [..., M, N]`, batch dimensions broadcast as numpy's
 * matmul does; the 2-D case is linalg.matmul, more dimensions Allo's flattened batch_matmul.
 */
export function matmul(h: TensorHost, A: TensorArg, B: TensorArg, at: SourceRange, name?: string): ir.Buffer {
  const sa = shapeOf(A);
  const sb = shapeOf(B);
  if (sa.length < 2 || sb.length < 2) {
    const bad = sa.length < 2 ? A : B;
    throw new UserError("E-shape", `allo.matmul() takes arrays of at least 2 dimensions; '${bad.text}' has shape ${shapeText(shapeOf(bad))}`, bad.range);
  }
  const [M, K] = [sa[sa.length - 2]!, sa[sa.length - 1]!];
  const [K2, N] = [sb[sb.length - 2]!, sb[sb.length - 1]!];
  if (K !== K2) {
    throw new UserError("E-shape", `allo.matmul() inner dimensions differ: ${A.text} is ${shapeText(sa)} and ${B.text} is ${shapeText(sb)}; A's columns must equal B's rows`, at);
  }
  const ba = sa.slice(0, -2);
  const bb = sb.slice(0, -2);
  const nb = Math.max(ba.length, bb.length);
  const batch: number[] = [];
  for (let i = 0; i < nb; i++) {
    const da = ba[ba.length - nb + i] ?? 1;
    const db = bb[bb.length - nb + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new UserError("E-shape", `allo.matmul() batch dimensions of ${A.text} ${shapeText(sa)} and ${B.text} ${shapeText(sb)} do not broadcast (dimension ${i + 1}: ${da} vs ${db})`, at);
    }
    batch.push(Math.max(da, db));
  }
  const T = A.buf.type.elem;
  const out = h.alloc("", arrayType(T, [...batch, M, N]), at, { kind: "fill", value: zeroFill(T) });
  const pick = (own: readonly number[], ivs: readonly ir.Expr[]): ir.Expr[] => own.map((d, i) => (d === 1 ? ir.indexConst(0) : ivs[nb - own.length + i]!));
  h.emit(h.nest([...batch, M, N, K], at, label("matmul", name), (ivs) => {
    const bi = ivs.slice(0, nb);
    const [i, j, k] = ivs.slice(nb) as [ir.Expr, ir.Expr, ir.Expr];
    return [accumulate(out, [...bi, i, j], ir.load(A.buf, [...pick(ba, bi), i, k]), ir.load(B.buf, [...pick(bb, bi), k, j]), at)];
  }, 1));
  return out;
}

/** `allo.bmm(A, B)`: `[b, M, K] × [b, K, N] → [b, M, N]`, 3-D operands only (linalg.batch_matmul). */
export function bmm(h: TensorHost, A: TensorArg, B: TensorArg, at: SourceRange, name?: string): ir.Buffer {
  const sa = shapeOf(A);
  const sb = shapeOf(B);
  if (sa.length !== 3 || sb.length !== 3) {
    throw new UserError("E-shape", `allo.bmm() multiplies two 3-D arrays (batch, rows, columns); got ${shapeText(sa)} and ${shapeText(sb)} (use allo.matmul for other ranks)`, at);
  }
  if (sa[2] !== sb[1]) throw new UserError("E-shape", `allo.bmm() inner dimensions differ: ${A.text} is ${shapeText(sa)} and ${B.text} is ${shapeText(sb)}; A's last dimension must equal B's second`, at);
  if (sa[0] !== sb[0]) throw new UserError("E-shape", `allo.bmm() batch sizes differ: ${A.text} is ${shapeText(sa)} and ${B.text} is ${shapeText(sb)}`, at);
  return matmul(h, A, B, at, name ?? "bmm");
}

/** `out[o] += cast(a) * cast(b)` in out's element type (linalg's body). */
function accumulate(out: ir.Buffer, o: ir.Expr[], a: ir.Expr, b: ir.Expr, at: SourceRange): ir.Stmt {
  const T = out.type.elem;
  const p = ir.binary("mul", T, ir.cast(T, a), ir.cast(T, b), at);
  return ir.store(out, o, ir.binary("add", T, ir.load(out, o), p, at), at);
}

function zeroFill(t: ScalarType): number | bigint {
  return (t.kind === "int" || t.kind === "fixed") && t.bits > 52 ? 0n : 0;
}

/**
 * `allo.linear(X, W, b=None)`: `X @ W.T (+ b)` with W of shape [N, K] (torch's layout) and b of shape [N];
 * X may have any number of leading dimensions.
 */
export function linear(h: TensorHost, X: TensorArg, W: TensorArg, bias: TensorArg | undefined, at: SourceRange, name?: string): ir.Buffer {
  const sx = shapeOf(X);
  const sw = shapeOf(W);
  requireRank("linear", W, 2, "a 2-D weight [out_features, in_features]");
  if (sx.length < 1) throw new UserError("E-shape", `allo.linear() takes an input array; '${X.text}' is a scalar`, X.range);
  const [N, K] = [sw[0]!, sw[1]!];
  if (sx[sx.length - 1] !== K) {
    throw new UserError("E-shape", `allo.linear() computes ${X.text} @ ${W.text}.T: the last dimension of ${X.text} ${shapeText(sx)} must equal the second of ${W.text} ${shapeText(sw)} (the weight is [out_features, in_features])`, at);
  }
  if (bias && (shapeOf(bias).length !== 1 || shapeOf(bias)[0] !== N)) {
    throw new UserError("E-shape", `allo.linear() takes a bias of shape (${N},) (the weight's first dimension); '${bias.text}' has shape ${shapeText(shapeOf(bias))}`, bias.range);
  }
  const T = X.buf.type.elem;
  const lead = sx.slice(0, -1);
  const shape = [...lead, N];
  const op = label("linear", name);
  const out = h.alloc("", arrayType(T, shape), at, { kind: "fill", value: zeroFill(T) });
  h.emit(h.nest([...shape, K], at, op, (ivs) => {
    const li = ivs.slice(0, lead.length);
    const [j, k] = ivs.slice(lead.length) as [ir.Expr, ir.Expr];
    return [accumulate(out, [...li, j], ir.load(X.buf, [...li, k]), ir.load(W.buf, [j, k]), at)];
  }, 1));
  if (!bias) return out;
  // Allo adds the broadcast bias with linalg.add after the matmul, in the result type.
  const res = h.alloc("", arrayType(T, shape), at);
  h.emit(h.nest(shape, at, `${op}_bias`, (ivs) => [
    ir.store(res, ivs, ir.binary("add", T, ir.load(out, ivs), ir.cast(T, ir.load(bias.buf, [ivs[ivs.length - 1]!])), at), at),
  ]));
  return res;
}

// ------------------------------------------------------------------ convolution and pooling

/** `allo.conv2d(inp, filt)`: NCHW input × FCHW filter → [N, F, H-FH+1, W-FW+1], stride 1, no padding. */
export function conv2d(h: TensorHost, I: TensorArg, Fl: TensorArg, at: SourceRange, name?: string): ir.Buffer {
  requireRank("conv2d", I, 4, "an NCHW input (4-D)");
  requireRank("conv2d", Fl, 4, "an FCHW filter (4-D)");
  const [N, C, H, W] = shapeOf(I) as [number, number, number, number];
  const [F, C2, FH, FW] = shapeOf(Fl) as [number, number, number, number];
  if (C !== C2) throw new UserError("E-shape", `allo.conv2d() channels differ: ${I.text} ${shapeText(shapeOf(I))} has ${C} and ${Fl.text} ${shapeText(shapeOf(Fl))} has ${C2} (input NCHW, filter FCHW)`, at);
  if (FH > H || FW > W) throw new UserError("E-shape", `allo.conv2d() filter ${FH}x${FW} is larger than the ${H}x${W} input (no padding)`, at);
  const T = I.buf.type.elem;
  const out = h.alloc("", arrayType(T, [N, F, H - FH + 1, W - FW + 1]), at, { kind: "fill", value: zeroFill(T) });
  h.emit(h.nest([N, F, H - FH + 1, W - FW + 1, C, FH, FW], at, label("conv2d", name), (ivs) => {
    const [n, f, oh, ow, c, kh, kw] = ivs as [ir.Expr, ir.Expr, ir.Expr, ir.Expr, ir.Expr, ir.Expr, ir.Expr];
    return [accumulate(out, [n, f, oh, ow], ir.load(I.buf, [n, c, idx(oh, kh), idx(ow, kw)]), ir.load(Fl.buf, [f, c, kh, kw]), at)];
  }, 3));
  return out;
}

/** `allo.maxpool(inp, window)` / `allo.sumpool(inp, window)`: NCHW input, window = the shape of the 2-D second argument. */
export function pool(h: TensorHost, kind: "max" | "sum", I: TensorArg, Win: TensorArg, at: SourceRange, name?: string): ir.Buffer {
  const op = `${kind}pool`;
  requireRank(op, I, 4, "an NCHW input (4-D)");
  requireRank(op, Win, 2, "a 2-D window array (its shape is the window)");
  const [N, C, H, W] = shapeOf(I) as [number, number, number, number];
  const [KH, KW] = shapeOf(Win) as [number, number];
  if (KH > H || KW > W) throw new UserError("E-shape", `allo.${op}() window ${KH}x${KW} is larger than the ${H}x${W} input`, at);
  const T = I.buf.type.elem;
  const out = h.alloc("", arrayType(T, [N, C, H - KH + 1, W - KW + 1]), at, { kind: "fill", value: zeroFill(T) });
  h.emit(h.nest([N, C, H - KH + 1, W - KW + 1, KH, KW], at, label(op, name), (ivs) => {
    const [n, c, oh, ow, kh, kw] = ivs as [ir.Expr, ir.Expr, ir.Expr, ir.Expr, ir.Expr, ir.Expr];
    const o = [n, c, oh, ow];
    const x = ir.load(I.buf, [n, c, idx(oh, kh), idx(ow, kw)]);
    return [ir.store(out, o, ir.binary(kind === "max" ? "max" : "add", T, ir.load(out, o), x, at), at)];
  }, 2));
  return out;
}

// ------------------------------------------------------------------ row-wise and elementwise templates

/** `allo.softmax(X)`: softmax over the last axis (Allo's softmax template: max, exp(x - max), sum, divide). */
export function softmax(h: TensorHost, X: TensorArg, at: SourceRange, name?: string): ir.Buffer {
  const T = requireFloat("softmax", X);
  const shape = shapeOf(X);
  if (shape.length === 0) throw new UserError("E-shape", `allo.softmax() takes an array; '${X.text}' is a scalar`, X.range);
  const op = label("softmax", name);
  const rs = rows(shape);
  const mx = h.alloc(`${op}_max`, arrayType(T, rs), at, { kind: "fill", value: -Infinity });
  const e = h.alloc(`${op}_exp`, arrayType(T, shape), at);
  const sum = h.alloc(`${op}_sum`, arrayType(T, rs), at, { kind: "fill", value: 0 });
  h.emit(h.nest(shape, at, `${op}_max`, (ivs) => {
    const r = rowIndex(shape, ivs);
    return [ir.store(mx, r, ir.binary("max", T, ir.load(X.buf, ivs), ir.load(mx, r), at), at)];
  }, 1));
  h.emit(h.nest(shape, at, `${op}_exp`, (ivs) => {
    const d = ir.binary("sub", T, ir.load(X.buf, ivs), ir.load(mx, rowIndex(shape, ivs)), at);
    return [ir.store(e, ivs, { kind: "math", fn: "exp", type: T, args: [d], range: at }, at)];
  }));
  h.emit(h.nest(shape, at, `${op}_sum`, (ivs) => {
    const r = rowIndex(shape, ivs);
    return [ir.store(sum, r, ir.binary("add", T, ir.load(e, ivs), ir.load(sum, r), at), at)];
  }, 1));
  h.emit(h.nest(shape, at, `${op}_div`, (ivs) => [
    ir.store(e, ivs, ir.binary("div", T, ir.load(e, ivs), ir.load(sum, rowIndex(shape, ivs)), at), at),
  ]));
  return e;
}

/** `allo.gelu(X)`: 0.5·x·(1 + tanh(0.797885·(x + 0.044715·x³))), in the order of Allo's template. */
export function gelu(h: TensorHost, X: TensorArg, at: SourceRange, name?: string): ir.Buffer {
  const T = requireFloat("gelu", X);
  const shape = shapeOf(X);
  const out = h.alloc("", arrayType(T, shape), at);
  const c = (v: number) => floatConst(T, v);
  const bin = (o: ir.BinaryOp, a: ir.Expr, b: ir.Expr) => ir.binary(o, T, a, b, at);
  h.emit(h.nest(shape, at, label("gelu", name), (ivs) => {
    const x = ir.load(X.buf, ivs);
    const half = bin("mul", c(0.5), x);
    const cube: ir.Expr = { kind: "math", fn: "pow", type: T, args: [x, c(3)], range: at };
    const inner = bin("mul", c(0.797885), bin("add", x, bin("mul", c(0.044715), cube)));
    const th: ir.Expr = { kind: "math", fn: "tanh", type: T, args: [inner], range: at };
    return [ir.store(out, ivs, bin("mul", half, bin("add", c(1), th)), at)];
  }));
  return out;
}

/**
 * `allo.layernorm(X, gamma, beta)`: over the last axis D, mean = Σx/D, var = Σx²/D − mean²,
 * y = beta + gamma·(x − mean)/sqrt(var + eps) with eps = 1e-5 (Allo's template), or `eps` when given.
 */
export function layernorm(h: TensorHost, X: TensorArg, gamma: TensorArg, beta: TensorArg, eps: number, at: SourceRange, name?: string): ir.Buffer {
  const T = requireFloat("layernorm", X);
  const shape = shapeOf(X);
  if (shape.length === 0) throw new UserError("E-shape", `allo.layernorm() takes an array; '${X.text}' is a scalar`, X.range);
  const D = shape[shape.length - 1]!;
  for (const p of [gamma, beta]) {
    if (shapeOf(p).length !== 1 || shapeOf(p)[0] !== D) throw new UserError("E-shape", `allo.layernorm() takes gamma and beta of shape (${D},) (the last dimension of '${X.text}'); '${p.text}' has shape ${shapeText(shapeOf(p))}`, p.range);
  }
  const op = label("layernorm", name);
  const rs = rows(shape);
  const bin = (o: ir.BinaryOp, a: ir.Expr, b: ir.Expr) => ir.binary(o, T, a, b, at);
  const mean = h.alloc(`${op}_mean`, arrayType(T, rs), at, { kind: "fill", value: 0 });
  const mean2 = h.alloc(`${op}_mean2`, arrayType(T, rs), at, { kind: "fill", value: 0 });
  const vr = h.alloc(`${op}_var`, arrayType(T, rs), at);
  const out = h.alloc("", arrayType(T, shape), at);
  h.emit(h.nest(shape, at, `${op}_mean`, (ivs) => {
    const r = rowIndex(shape, ivs);
    const x = ir.load(X.buf, ivs);
    return [
      ir.store(mean, r, bin("add", x, ir.load(mean, r)), at),
      ir.store(mean2, r, bin("add", bin("mul", x, x), ir.load(mean2, r)), at),
    ];
  }, 1));
  // the template converts the row length (an i32 constant) to the element type
  const dim = floatConst(T, D);
  h.emit(h.nest(rs, at, `${op}_var`, (r) => {
    const m = bin("div", ir.load(mean, r), dim);
    const m2 = bin("div", ir.load(mean2, r), dim);
    return [ir.store(mean, r, m, at), ir.store(mean2, r, m2, at), ir.store(vr, r, bin("sub", ir.load(mean2, r), bin("mul", ir.load(mean, r), ir.load(mean, r))), at)];
  }));
  h.emit(h.nest(shape, at, `${op}_out`, (ivs) => {
    const r = rowIndex(shape, ivs);
    const d = [ivs[ivs.length - 1]!];
    const num = bin("mul", ir.cast(T, ir.load(gamma.buf, d)), bin("sub", ir.load(X.buf, ivs), ir.load(mean, r)));
    const den: ir.Expr = { kind: "math", fn: "sqrt", type: T, args: [bin("add", ir.load(vr, r), floatConst(T, eps))], range: at };
    return [ir.store(out, ivs, bin("add", ir.cast(T, ir.load(beta.buf, d)), bin("div", num, den)), at)];
  }));
  return out;
}

/** `allo.tril(X)`: the lower triangle (row ≥ column) of the last two dimensions, zeros above. */
export function tril(h: TensorHost, X: TensorArg, at: SourceRange, name?: string): ir.Buffer {
  const shape = shapeOf(X);
  if (shape.length < 2) throw new UserError("E-shape", `allo.tril() takes an array of at least 2 dimensions; '${X.text}' has shape ${shapeText(shape)}`, X.range);
  const T = X.buf.type.elem;
  const out = h.alloc("", arrayType(T, shape), at);
  h.emit(h.nest(shape, at, label("tril", name), (ivs) => {
    const [i, j] = [ivs[ivs.length - 2]!, ivs[ivs.length - 1]!];
    return [ir.store(out, ivs, ir.select(T, ir.compare("lt", i, j, at), zeroOf(T), ir.load(X.buf, ivs), at), at)];
  }));
  return out;
}

// ------------------------------------------------------------------ shapes and constants

/**
 * `allo.view(X, shape)`: the same elements in row-major order under a new shape. A copy, where Allo's
 * memref.reshape aliases the source; the lowering refuses writes into the result, so the two agree.
 */
export function view(h: TensorHost, X: TensorArg, shape: readonly number[], at: SourceRange, shapeRange: SourceRange): ir.Buffer {
  const src = shapeOf(X);
  const n = src.reduce((a, b) => a * b, 1);
  const unknown = shape.filter((d) => d === -1).length;
  if (unknown > 1 || shape.some((d) => d < -1 || d === 0 && n !== 0)) throw new UserError("E-shape", `allo.view() takes a shape of positive sizes (at most one -1); got ${shapeText(shape)}`, shapeRange);
  const known = shape.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
  const dims = shape.map((d) => (d === -1 ? n / known : d));
  if (!dims.every(Number.isInteger) || dims.reduce((a, b) => a * b, 1) !== n) {
    throw new UserError("E-shape", `allo.view() cannot view '${X.text}' of shape ${shapeText(src)} (${n} elements) as ${shapeText(shape)}`, shapeRange);
  }
  const out = h.alloc("", arrayType(X.buf.type.elem, dims), at);
  const strides = (s: readonly number[]) => s.map((_, i) => s.slice(i + 1).reduce((a, b) => a * b, 1));
  const so = strides(dims);
  const ss = strides(src);
  h.emit(h.nest(dims, at, "view", (ivs) => {
    let flat: ir.Expr = ir.indexConst(0);
    ivs.forEach((v, i) => {
      flat = idx(flat, so[i] === 1 ? v : ir.binary("mul", INDEX, v, ir.indexConst(so[i]!)));
    });
    const si = src.map((d, i) => {
      const q = ss[i] === 1 ? flat : ir.binary("floordiv", INDEX, flat, ir.indexConst(ss[i]!));
      return i === 0 ? q : ir.binary("rem", INDEX, q, ir.indexConst(d));
    });
    return [ir.store(out, ivs, ir.load(X.buf, si), at)];
  }));
  return out;
}

/** `allo.concat(A, B, axis=k)`: A then B along `axis`; every other dimension must agree. */
export function concat(h: TensorHost, A: TensorArg, B: TensorArg, axis: number, at: SourceRange, axisRange: SourceRange): ir.Buffer {
  const sa = shapeOf(A);
  const sb = shapeOf(B);
  if (sa.length !== sb.length) throw new UserError("E-shape", `allo.concat() joins arrays of the same rank; ${A.text} is ${shapeText(sa)} and ${B.text} is ${shapeText(sb)}`, at);
  const ax = axis < 0 ? axis + sa.length : axis;
  if (ax < 0 || ax >= sa.length) throw new UserError("E-shape", `allo.concat() axis ${axis} is out of range for ${sa.length}-D arrays`, axisRange);
  sa.forEach((d, i) => {
    if (i !== ax && d !== sb[i]) throw new UserError("E-shape", `allo.concat() needs equal shapes except along axis ${axis}; ${A.text} is ${shapeText(sa)} and ${B.text} is ${shapeText(sb)} (dimension ${i})`, at);
  });
  if (!sameType(A.buf.type.elem, B.buf.type.elem)) {
    throw new UserError("E-type", `allo.concat() joins arrays of one element type (Allo copies them into one buffer); ${A.text} is ${typeToString(A.buf.type.elem)} and ${B.text} is ${typeToString(B.buf.type.elem)}`, at);
  }
  const shape = sa.map((d, i) => (i === ax ? d + sb[i]! : d));
  const out = h.alloc("", arrayType(A.buf.type.elem, shape), at);
  h.emit(h.nest(sa, at, "concat_a", (ivs) => [ir.store(out, ivs, ir.load(A.buf, ivs), at)]));
  h.emit(h.nest(sb, at, "concat_b", (ivs) => [ir.store(out, ivs.map((v, i) => (i === ax ? idx(v, ir.indexConst(sa[ax]!)) : v)), ir.load(B.buf, ivs), at)]));
  return out;
}

/** `allo.ones(shape, dtype=...)` / `allo.zeros(...)`: a filled buffer (linalg.fill). */
export function filled(h: TensorHost, shape: readonly number[], elem: ScalarType, value: 0 | 1, at: SourceRange, shapeRange: SourceRange): ir.Buffer {
  if (shape.some((d) => d <= 0)) throw new UserError("E-shape", `allo.${value ? "ones" : "zeros"}() takes a shape of positive sizes; got ${shapeText(shape)}`, shapeRange);
  const v = (elem.kind === "int" || elem.kind === "fixed") && elem.bits > 52 ? BigInt(value) : value;
  return h.alloc("", arrayType(elem, shape), at, { kind: "fill", value: v });
}
