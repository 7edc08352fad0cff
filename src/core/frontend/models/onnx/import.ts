/**
 * ONNX import (`allo-studio import MODEL.onnx -o DIR`): turns an ONNX graph into a readable Allo
 * design file built from NN library calls (allo.library.nn), one call per operator in graph order,
 * with the weights as .npy files the design np.loads. The top's parameters are the graph's inputs
 * (names sanitized: characters other than letters, digits and _ become _), its return value the
 * graph's first output. Every shape must be static; ranks up to 4.
 */
import type { Tensor } from "../../../api-types";
import { writeNpy } from "../../../sim/npy";
import { BOOL, F16, F32, F64, intType } from "../../../types/types";
import type { ScalarType } from "../../../types/types";
import { decodeOnnx, OnnxFormatError } from "./model";
import type { AttrValue, OnnxModel, OnnxNode, OnnxTensor } from "./model";
import { intRange, LOCAL, type LocalKernel } from "./local";

export interface OnnxImportResult {
  /** The design file (design.py), when the graph imported. */
  readonly design?: string;
  /** Weight files the design np.loads, by file name. */
  readonly files: Readonly<Record<string, Uint8Array>>;
  /** One message per problem (unsupported operators name their node and op type). */
  readonly errors: readonly string[];
}

/** A value of the graph as the design sees it: a top variable or a constant known at import. */
interface Val {
  readonly shape: readonly number[];
  readonly dtype: string;
  /** The design's variable holding it (unset for constants not yet emitted). */
  readonly v?: string;
  readonly c?: OnnxTensor;
  /** The graph's name of a constant (an initializer's "fc1.weight"), for its variable in the design. */
  readonly name?: string;
}

class ImportError extends Error {}

const SUPPORTED = [
  "Gemm", "MatMul", "Add", "Sub", "Mul", "Div", "Pow", "Sqrt", "Relu", "Tanh", "Erf", "Gelu", "Sigmoid", "Exp", "Log", "Neg", "Abs",
  "Softmax", "LayerNormalization", "ReduceMean", "ReduceSum", "ReduceMax", "ReduceMin", "Clip", "Squeeze", "Unsqueeze", "Conv", "MaxPool", "AveragePool", "Flatten", "Reshape", "Transpose", "Split",
  "Concat", "Slice", "Gather", "Cast", "Constant", "Identity", "Dropout", "Pad", "Where", "QuantizeLinear", "DequantizeLinear",
  "MatMulInteger",
];

const PY_RESERVED = new Set(["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
  "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
  "with", "yield", "allo", "np", "nn", "s", "top", "float32", "float64", "float16", "int4", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "bool", "range", "max", "min", "float", "int"]);

/** The importer's rule for names: characters other than letters, digits and _ become _. */
export function sanitizeName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_]/g, "_");
  return /^[0-9]/.test(s) || s === "" ? `_${s}` : s;
}

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
/** A float literal of the design: always with a point or an exponent, so it reads as a float. */
const fmt = (n: number) => {
  const t = `${Number.isInteger(n) ? n : Math.fround(n)}`;
  return /[.e]/.test(t) ? t : `${t}.0`;
};
const allo = (dtype: string) => (dtype === "float32" || dtype === "float64" || dtype === "float16" || dtype === "bool" ? dtype : dtype);

class Importer {
  private readonly vals = new Map<string, Val>();
  private readonly lines: string[] = [];
  private readonly consts: string[] = [];
  readonly files: Record<string, Uint8Array> = {};
  private readonly used = new Set<string>();
  /** Kernel name → distinct instantiations, in first-use order (their function ids for compose). */
  private readonly instances = new Map<string, string[]>();
  private readonly types = new Set<string>(["float32"]);
  /** Kernels the library lacks, defined in the design itself (local.ts), by name. */
  private readonly local = new Map<string, string>();
  private node!: OnnxNode;

  constructor(private readonly m: OnnxModel, private readonly inlineWeights = false) {}

  run(): string {
    const params: string[] = [];
    for (const i of this.m.inputs) {
      if (i.shape.some((d) => d === undefined)) throw new ImportError(`graph input '${i.name}' has a dynamic shape [${i.shape.map((d) => d ?? "?").join(", ")}]; export the model with fixed input sizes (no dynamic_axes)`);
      const v = this.fresh(i.name);
      this.vals.set(i.name, { shape: i.shape as number[], dtype: i.dtype, v });
      this.types.add(i.dtype);
      params.push(`${v}: ${allo(i.dtype)}${i.shape.length ? `[${i.shape.join(", ")}]` : ""}`);
    }
    for (const [name, t] of this.m.initializers) this.vals.set(name, { shape: t.shape, dtype: t.dtype, c: t, name });
    const unsupported = this.m.nodes.filter((n) => !SUPPORTED.includes(n.opType) || (n.domain !== "" && n.domain !== "ai.onnx"));
    if (unsupported.length) {
      throw new ImportError(unsupported.map((n) => `node '${n.name}' has op type ${n.domain && n.domain !== "ai.onnx" ? `${n.domain}.` : ""}${n.opType}, which the importer does not support; supported: ${SUPPORTED.join(", ")}`).join("\n"));
    }
    for (const n of this.m.nodes) {
      this.node = n;
      this.lines.push(`    # ${n.opType} ${n.name}`);
      const outs = this.op(n);
      n.outputs.forEach((o, i) => { if (o && outs[i]) this.vals.set(o, outs[i]!); });
    }
    const outName = this.m.outputs[0]?.name;
    if (!outName) throw new ImportError("the graph has no output");
    const out = this.materialize(this.get(outName));
    this.types.add(out.dtype);
    const imports = [...this.types].filter((t) => t !== "float64" || true).sort();
    const sched = [...this.instances].flatMap(([k, list]) => SCHEDULED.has(k) ? list.map((targs, i) => `s.compose(nn.${k}, instantiate=[${targs}]${i ? `, id=${i}` : ""})`) : []);
    return [
      `# Imported from ONNX (opset ${this.m.opset}) by allo-studio import: one NN library call per graph`,
      this.inlineWeights ? "# node; the weights are the arrays below." : "# node; the weights are the .npy files beside this file.",
      "import allo",
      "import numpy as np",
      `from allo.ir.types import ${imports.join(", ")}`,
      "from allo.library import nn",
      "",
      ...this.consts,
      ...[...this.local.values()].flatMap((src) => ["", "", src]),
      "",
      "",
      `def top(${params.join(", ")}) -> ${allo(out.dtype)}[${out.shape.join(", ")}]:`,
      ...this.lines,
      `    return ${out.v}`,
      "",
      "",
      "s = allo.customize(top)",
      ...sched,
      "",
    ].join("\n");
  }

  // ------------------------------------------------------------ values

  private fresh(hint: string): string {
    let base = sanitizeName(hint).replace(/^_+/, "") || "t";
    base = base.replace(/_output_0$/, "").replace(/^onnx__/, "");
    if (/^[0-9]/.test(base)) base = `t${base}`;
    if (PY_RESERVED.has(base)) base = `${base}_`;
    let name = base;
    for (let i = 1; this.used.has(name); i++) name = `${base}_${i}`;
    this.used.add(name);
    return name;
  }

  private get(name: string): Val {
    const v = this.vals.get(name);
    if (!v) throw new ImportError(`node '${this.node?.name}' reads '${name}', which no node or input defines`);
    return v;
  }

  private input(i: number): Val {
    const name = this.node.inputs[i];
    if (!name) throw new ImportError(`node '${this.node.name}' (${this.node.opType}) needs input ${i + 1}`);
    return this.get(name);
  }

  private optInput(i: number): Val | undefined {
    const name = this.node.inputs[i];
    return name ? this.get(name) : undefined;
  }

  private constOf(v: Val, what: string): OnnxTensor {
    if (!v.c) throw new ImportError(`node '${this.node.name}' (${this.node.opType}): ${what} must be a constant (an initializer or Constant node)`);
    return v.c;
  }

  /** A constant's values as plain numbers (shapes, axes, sizes: a handful of values). */
  private constInts(v: Val, what: string): number[] {
    return Array.from(this.constOf(v, what).data);
  }

  private attr(name: string): AttrValue | undefined {
    return this.node.attrs.get(name);
  }

  private attrInt(name: string, dflt: number): number {
    const a = this.attr(name);
    return typeof a === "number" ? a : dflt;
  }

  private attrInts(name: string): readonly number[] | undefined {
    const a = this.attr(name);
    return Array.isArray(a) ? a : undefined;
  }

  /** A constant as a module-level array of the design: inline when small, else an np.load'ed .npy file. */
  private materialize(v: Val, shape: readonly number[] = v.shape): Val & { v: string } {
    if (v.v !== undefined && shape === v.shape) return v as Val & { v: string };
    if (v.v !== undefined) return this.reshape(v, shape);
    const c = v.c!;
    const name = this.fresh(v.name ?? `c_${this.node?.name ?? "const"}`);
    this.types.add(c.dtype);
    if (size(shape) <= 16 || this.inlineWeights) {
      const nest = (off: number, d: number): string => {
        if (d === shape.length) return c.dtype.startsWith("float") ? fmt(c.data[off]!) : c.dtype === "bool" ? (c.data[off] ? "True" : "False") : `${c.data[off]}`;
        const stride = size(shape.slice(d + 1));
        return `[${Array.from({ length: shape[d]! }, (_, k) => nest(off + k * stride, d + 1)).join(", ")}]`;
      };
      this.consts.push(`${name} = np.array(${nest(0, 0)}, dtype=np.${c.dtype === "bool" ? "bool_" : c.dtype})`);
    } else {
      const file = `${name}.npy`;
      const t: Tensor = { type: scalarType(c.dtype), shape, data: c.data };
      const bytes = writeNpy(t);
      if ("error" in bytes) throw new ImportError(`constant of node '${this.node?.name}': ${bytes.error}`);
      this.files[file] = bytes;
      this.consts.push(`${name} = np.load("${file}")`);
    }
    return { shape, dtype: c.dtype, v: name, c };
  }

  private call(kernel: string, targs: readonly (string | number)[], args: readonly string[], shape: readonly number[], dtype: string, hint?: string): Val & { v: string } {
    const t = targs.join(", ");
    const list = this.instances.get(kernel) ?? [];
    if (!list.includes(t)) list.push(t);
    this.instances.set(kernel, list);
    this.types.add(dtype);
    const v = this.fresh(hint ?? this.node.outputs[0] ?? kernel);
    this.lines.push(`    ${v} = ${this.local.has(kernel) ? "" : "nn."}${kernel}[${t}](${args.join(", ")})`);
    return { shape, dtype, v };
  }

  /** A call to a kernel the design defines itself (the library has none for the operator). */
  private callLocal(k: LocalKernel, targs: readonly (string | number)[], args: readonly string[], shape: readonly number[], dtype: string): Val & { v: string } {
    this.local.set(k.name, k.source);
    return this.call(k.name, targs, args, shape, dtype);
  }

  /** The same elements viewed with another shape (a reshape kernel; nothing for the same shape). */
  private reshape(x: Val, shape: readonly number[], hint?: string): Val & { v: string } {
    if (x.v === undefined) return this.materialize({ ...x, shape }, shape);
    if (x.shape.length === shape.length && x.shape.every((d, i) => d === shape[i])) return x as Val & { v: string };
    if (size(x.shape) !== size(shape)) throw new ImportError(`node '${this.node.name}': cannot view [${x.shape.join(", ")}] as [${shape.join(", ")}]`);
    const a = Math.max(1, x.shape.length);
    const b = Math.max(1, shape.length);
    rankCheck(a, this.node);
    rankCheck(b, this.node);
    const xs = x.shape.length ? x.shape : [1];
    const ys = shape.length ? shape : [1];
    const r = this.call(`reshape${a}d_${b}d`, [allo(x.dtype), ...xs, ...ys], [x.v], ys, x.dtype, hint ?? `${x.v.replace(/(_view)+(_\d+)?$/, "")}_view`);
    return shape.length ? r : { ...r, shape };
  }

  // ------------------------------------------------------------ operators

  private op(n: OnnxNode): (Val | undefined)[] {
    switch (n.opType) {
      case "Constant": return [{ ...this.constantNode(), name: n.outputs[0] }];
      case "Identity": case "Dropout": return [this.input(0)];
      case "Add": case "Sub": case "Mul": case "Div": case "Pow":
        return [this.binary(n.opType.toLowerCase(), this.input(0), this.input(1))];
      case "Relu": case "Tanh": case "Sqrt": case "Sigmoid": case "Erf": case "Exp": case "Log": case "Neg": case "Abs":
        return [this.unary(n.opType.toLowerCase(), this.input(0))];
      case "Gelu": return [this.gelu()];
      case "Gemm": return [this.gemm()];
      case "MatMul": return [this.matmul()];
      case "MatMulInteger": return [this.matmulInteger()];
      case "Softmax": return [this.softmax()];
      case "LayerNormalization": return [this.layerNorm()];
      case "ReduceMean": return [this.reduce("mean")];
      case "ReduceSum": return [this.reduce("sum")];
      case "ReduceMax": return [this.reduce("max")];
      case "ReduceMin": return [this.reduce("min")];
      case "Clip": return [this.clip()];
      case "Squeeze": return [this.squeeze()];
      case "Unsqueeze": return [this.unsqueeze()];
      case "Conv": return [this.conv()];
      case "MaxPool": case "AveragePool": return [this.pool(n.opType === "MaxPool" ? "maxpool2d" : "avgpool2d")];
      case "Flatten": {
        const x = this.input(0);
        const axis = normAxis(this.attrInt("axis", 1), x.shape.length);
        return [this.reshape(x, [size(x.shape.slice(0, axis)), size(x.shape.slice(axis))])];
      }
      case "Reshape": return [this.reshapeNode()];
      case "Transpose": return [this.transpose()];
      case "Split": return this.split();
      case "Slice": return [this.slice()];
      case "Concat": return [this.concat()];
      case "Gather": return [this.gather()];
      case "Cast": return [this.cast()];
      case "Pad": {
        const pads = this.constOf(this.input(1), "the pads");
        if (pads.data.some((p) => p !== 0)) throw new ImportError(`node '${n.name}' (Pad) pads by [${pads.data.join(", ")}]; only an all-zero Pad (as torch emits before pooling) is supported`);
        return [this.input(0)];
      }
      case "Where": return [this.where()];
      case "QuantizeLinear": return [this.quantize()];
      case "DequantizeLinear": return [this.dequantize()];
      default:
        throw new ImportError(`node '${n.name}' has op type ${n.opType}, which the importer does not support; supported: ${SUPPORTED.join(", ")}`);
    }
  }

  private constantNode(): Val {
    const a = this.node.attrs;
    const t = a.get("value");
    if (t && typeof t === "object" && !Array.isArray(t)) return { shape: (t as OnnxTensor).shape, dtype: (t as OnnxTensor).dtype, c: t as OnnxTensor };
    const f = a.get("value_float");
    if (typeof f === "number") return { shape: [], dtype: "float32", c: { dtype: "float32", shape: [], data: [f] } };
    const i = a.get("value_int");
    if (typeof i === "number") return { shape: [], dtype: "int64", c: { dtype: "int64", shape: [], data: [i] } };
    const fs = a.get("value_floats");
    if (Array.isArray(fs)) return { shape: [fs.length], dtype: "float32", c: { dtype: "float32", shape: [fs.length], data: fs } };
    const is = a.get("value_ints");
    if (Array.isArray(is)) return { shape: [is.length], dtype: "int64", c: { dtype: "int64", shape: [is.length], data: is } };
    throw new ImportError(`node '${this.node.name}' (Constant) has no value the importer reads (value, value_float(s), value_int(s))`);
  }

  /** Operands of a broadcasting operator, at the output's rank (constants shaped in place, variables viewed). */
  private broadcast(xs: readonly Val[]): { z: number[]; ops: (Val & { v: string })[] } {
    const r = Math.max(1, ...xs.map((x) => x.shape.length));
    rankCheck(r, this.node);
    const padded = xs.map((x) => [...Array(r - x.shape.length).fill(1), ...x.shape] as number[]);
    const z = Array.from({ length: r }, (_, d) => Math.max(...padded.map((p) => p[d]!)));
    for (const p of padded) p.forEach((d, i) => { if (d !== 1 && d !== z[i]) throw new ImportError(`node '${this.node.name}' (${this.node.opType}): shapes [${xs.map((x) => x.shape.join(", ")).join("] and [")}] do not broadcast`); });
    return { z, ops: xs.map((x, i) => this.materialize(x, padded[i]!)) };
  }

  private binary(op: string, a: Val, b: Val): Val {
    if (a.c && b.c) return foldBinary(op, a.c, b.c, this.node);
    const dtype = a.v !== undefined ? a.dtype : b.dtype;
    const { z, ops } = this.broadcast([a, b]);
    return this.call(`${op}${z.length}d`, [allo(dtype), ...z, ...ops[0]!.shape, ...ops[1]!.shape], [ops[0]!.v, ops[1]!.v], z, dtype);
  }

  private unary(op: string, x0: Val): Val {
    const x = this.materialize(x0);
    const r = Math.max(1, x.shape.length);
    rankCheck(r, this.node);
    const shape = x.shape.length ? x.shape : [1];
    const xv = this.reshape(x, shape);
    if (op === "relu" && r >= 2) return this.call(`relu${r}d`, [allo(x.dtype), ...shape], [xv.v], shape, x.dtype);
    return this.call(`${op}${r}d`, [allo(x.dtype), ...shape], [xv.v], shape, x.dtype);
  }

  /** Gelu (opset 20): the erf form 0.5·x·(1 + erf(x/√2)), or Allo's GeLU for approximate="tanh". */
  private gelu(): Val {
    const x = this.materialize(this.input(0));
    if (this.attr("approximate") === "tanh") {
      const x2 = this.reshape(x, [size(x.shape.slice(0, -1)), x.shape[x.shape.length - 1]!]);
      return this.reshape(this.call("GeLU", [allo(x.dtype), ...x2.shape], [x2.v], x2.shape, x.dtype), x.shape);
    }
    const scalar = (v: number): Val => ({ shape: [], dtype: x.dtype, c: { dtype: x.dtype, shape: [], data: [v] } });
    const e = this.unary("erf", this.binary("div", x, scalar(Math.SQRT2)));
    return this.binary("mul", this.binary("mul", x, this.binary("add", e, scalar(1))), scalar(0.5));
  }

  private gemm(): Val {
    if (this.attrInt("transA", 0) !== 0) throw new ImportError(`node '${this.node.name}' (Gemm) has transA=1; only transA=0 is supported`);
    const alpha = this.attr("alpha");
    const beta = this.attr("beta");
    if ((typeof alpha === "number" && alpha !== 1) || (typeof beta === "number" && beta !== 1)) throw new ImportError(`node '${this.node.name}' (Gemm) has alpha/beta other than 1; export the model without them`);
    const a = this.materialize(this.input(0));
    const b = this.input(1);
    const [M, K] = a.shape as [number, number];
    const transB = this.attrInt("transB", 0) === 1;
    const N = transB ? b.shape[0]! : b.shape[1]!;
    const c = this.optInput(2);
    if (b.c && (!c || c.c)) {
      // torch.nn.Linear: Allo's linear2d with the weight as [N, K]
      const w = transB ? b.c : transpose2(b.c);
      const bias = c?.c ? broadcastTo(c.c, [N]) : { dtype: a.dtype, shape: [N], data: new Array<number>(N).fill(0) };
      const wv = this.materialize({ shape: [N, K], dtype: w.dtype, c: w, name: b.name });
      const bv = this.materialize({ shape: [N], dtype: bias.dtype, c: bias, name: c?.name ?? `${b.name ?? "gemm"}_bias` });
      return this.call("linear2d", [allo(a.dtype), allo(w.dtype), allo(a.dtype), M, N, K], [a.v, wv.v, bv.v], [M, N], a.dtype);
    }
    const bt = transB ? this.transposeVal(this.materialize(b), [1, 0]) : this.materialize(b);
    const mm = this.call("matmul", [allo(a.dtype), allo(b.dtype), allo(a.dtype), M, K, N], [a.v, bt.v], [M, N], a.dtype);
    return c ? this.binary("add", mm, c) : mm;
  }

  private matmul(): Val {
    const a = this.materialize(this.input(0));
    const b = this.materialize(this.input(1));
    const ty = allo(a.dtype);
    if (b.shape.length === 2 && a.shape.length >= 2) {
      const K = a.shape[a.shape.length - 1]!;
      const N = b.shape[1]!;
      const lead = a.shape.slice(0, -1);
      const a2 = this.reshape(a, [size(lead), K]);
      const z = this.call("matmul", [ty, allo(b.dtype), ty, size(lead), K, N], [a2.v, b.v], [size(lead), N], a.dtype);
      return this.reshape(z, [...lead, N]);
    }
    if (a.shape.length === b.shape.length && (a.shape.length === 3 || a.shape.length === 4)) {
      const r = a.shape.length;
      const [M, K] = a.shape.slice(-2) as [number, number];
      const N = b.shape[r - 1]!;
      const za = a.shape.slice(0, -2);
      const zb = b.shape.slice(0, -2);
      const z = za.map((d, i) => Math.max(d, zb[i]!));
      return this.call(`bmm${r}d`, [ty, ...z, M, K, N, ...za, ...zb], [a.v, b.v], [...z, M, N], a.dtype);
    }
    throw new ImportError(`node '${this.node.name}' (MatMul) multiplies shapes [${a.shape.join(", ")}] and [${b.shape.join(", ")}]; supported: 2-D weights, or batched operands of equal rank 3 or 4`);
  }

  private matmulInteger(): Val {
    const a = this.materialize(this.input(0));
    const b = this.materialize(this.input(1));
    const za = this.optInput(2);
    const zb = this.optInput(3);
    const zp = (z: Val | undefined) => (z ? this.scalarConst(z, "the zero point") : 0);
    if (b.shape.length !== 2) throw new ImportError(`node '${this.node.name}' (MatMulInteger): the second operand must be 2-D, it is [${b.shape.join(", ")}]`);
    const K = a.shape[a.shape.length - 1]!;
    const N = b.shape[1]!;
    const lead = a.shape.slice(0, -1);
    const a2 = this.reshape(a, [size(lead), K]);
    const z = this.call("matmul_integer", [allo(a.dtype), allo(b.dtype), size(lead), K, N], [a2.v, b.v, `${zp(za)}`, `${zp(zb)}`], [size(lead), N], "int32");
    return this.reshape(z, [...lead, N]);
  }

  private scalarConst(v: Val, what: string): number {
    const c = this.constOf(v, what);
    if (c.data.length !== 1) throw new ImportError(`node '${this.node.name}' (${this.node.opType}): ${what} must be one value (per-tensor); per-axis values are not supported`);
    return c.data[0]!;
  }

  /**
   * Runs the row-wise `f` along any one axis of x: x viewed as [outer, A, inner]; when inner > 1 an
   * explicit transpose to [outer, inner, A] makes A the rows' axis, and the result is transposed back.
   */
  private alongAxis(x: Val & { v: string }, axis: number, f: (x2: Val & { v: string }, rows: number, cols: number) => Val & { v: string }): Val & { v: string } {
    const outer = size(x.shape.slice(0, axis));
    const a = x.shape[axis]!;
    const inner = size(x.shape.slice(axis + 1));
    if (inner === 1) return this.reshape(f(this.reshape(x, [outer, a]), outer, a), x.shape);
    const t = this.transposeVal(this.reshape(x, [outer, a, inner]), [0, 2, 1]);
    const y = f(this.reshape(t, [outer * inner, a]), outer * inner, a);
    return this.reshape(this.transposeVal(this.reshape(y, [outer, inner, a]), [0, 2, 1]), x.shape);
  }

  private softmax(): Val {
    const sm = (x2: Val & { v: string }, r: number, c: number) => this.call("softmax2d", [allo(x2.dtype), r, c], [x2.v], [r, c], x2.dtype);
    if (this.m.opset >= 13) {
      const x = this.materialize(this.input(0));
      return this.alongAxis(x, normAxis(this.attrInt("axis", -1), x.shape.length), sm);
    }
    // Before opset 13 Softmax (default axis 1) coerces its input to 2-D, [d0·…·d(axis-1), d(axis)·…]:
    // one softmax over everything from the axis on.
    const x = this.materialize(this.input(0));
    const axis = normAxis(this.attrInt("axis", 1), x.shape.length);
    const rows = size(x.shape.slice(0, axis));
    const cols = size(x.shape.slice(axis));
    return this.reshape(sm(this.reshape(x, [rows, cols]), rows, cols), x.shape);
  }

  /**
   * LayerNormalization normalizes over every axis from `axis` on (torch exports `LayerNorm((T, D))` as
   * axis -2): x is viewed as [rows, cols] with cols the product of those axes, and the scale and bias
   * (shaped like them) as [cols].
   */
  private layerNorm(): Val {
    const eps = this.attr("epsilon");
    const x = this.materialize(this.input(0));
    const axis = normAxis(this.attrInt("axis", -1), x.shape.length);
    const rows = size(x.shape.slice(0, axis));
    const cols = size(x.shape.slice(axis));
    const g = this.input(1);
    const b = this.optInput(2);
    for (const [v, what] of [[g, "scale"], [b, "bias"]] as const) {
      if (v && size(v.shape) !== cols) throw new ImportError(`node '${this.node.name}' (LayerNormalization): its ${what} has shape [${v.shape.join(", ")}] but the normalized axes ${axis}.. of the input [${x.shape.join(", ")}] hold ${cols} elements; give it their shape`);
    }
    const x2 = this.reshape(x, [rows, cols]);
    const gv = this.materialize(g, [cols]);
    const bv = b ? this.materialize(b, [cols]) : this.materialize({ shape: [cols], dtype: x2.dtype, c: { dtype: x2.dtype, shape: [cols], data: new Array<number>(cols).fill(0) } });
    const y = this.call("layer_norm_eps", [allo(x2.dtype), rows, cols], [x2.v, gv.v, bv.v, fmt(typeof eps === "number" ? eps : 1e-5)], [rows, cols], x2.dtype);
    return this.reshape(y, x.shape);
  }

  /** Axes of a reduction or (un)squeeze: the attribute before opset 13 (18 for ReduceMean), an input after. */
  private axesOf(input: number, what: string): readonly number[] | undefined {
    const a = this.attrInts("axes");
    if (a) return a;
    const v = this.optInput(input);
    return v ? this.constInts(v, what) : undefined;
  }

  /**
   * ReduceMean / ReduceSum / ReduceMax / ReduceMin over any axes. No axes reduces every axis, unless
   * noop_with_empty_axes. Neighbouring axes that are both reduced (or both kept) merge into one; if a
   * reduced axis comes before a kept one, an explicit transpose moves the reduced ones last. Then x is
   * [rows, reduced], reduced row by row, and the rows are viewed in the output's shape.
   */
  private reduce(kind: "mean" | "sum" | "max" | "min"): Val {
    const x = this.materialize(this.input(0));
    const r = x.shape.length;
    const given = this.axesOf(1, "the axes");
    if ((!given || given.length === 0) && this.attrInt("noop_with_empty_axes", 0) === 1) return x;
    const axes = [...new Set((given && given.length ? given : x.shape.map((_, i) => i)).map((a) => normAxis(a, r)))].sort((a, b) => a - b);
    const bad = axes.find((a) => a < 0 || a >= r);
    if (bad !== undefined) throw new ImportError(`node '${this.node.name}' (${this.node.opType}) reduces axis ${bad - (bad >= r ? 0 : r)} of a rank-${r} tensor; axes must lie in [${-r}, ${r - 1}]`);
    const reduced = x.shape.map((_, i) => axes.includes(i));
    // Runs of axes with the same role, merged: [size, reduced?]
    const groups: [number, boolean][] = [];
    x.shape.forEach((d, i) => {
      const last = groups[groups.length - 1];
      if (last && last[1] === reduced[i]) last[0] *= d;
      else groups.push([d, reduced[i]!]);
    });
    const kept = groups.filter((g) => !g[1]);
    const gone = groups.filter((g) => g[1]);
    const rows = size(kept.map((g) => g[0]));
    const cols = size(gone.map((g) => g[0]));
    let xr: Val & { v: string } = x;
    if (groups.some((g, i) => g[1] && groups.slice(i + 1).some((h) => !h[1]))) {
      const perm = [...groups.keys()].sort((i, j) => Number(groups[i]![1]) - Number(groups[j]![1]));
      xr = this.transposeVal(this.reshape(x, groups.map((g) => g[0])), perm);
    }
    const x2 = this.reshape(xr, [rows, cols]);
    const t = [allo(x.dtype), rows, cols];
    const y = kind === "mean" ? this.call("reduce_mean2d", t, [x2.v], [rows, 1], x.dtype) : this.callLocal(LOCAL[`reduce_${kind}2d`]!, t, [x2.v], [rows, 1], x.dtype);
    const keep = this.attrInt("keepdims", 1) === 1;
    return this.reshape(y, keep ? x.shape.map((d, i) => (reduced[i] ? 1 : d)) : x.shape.filter((_, i) => !reduced[i]), this.node.outputs[0]);
  }

  /** Clip: bounds as inputs from opset 11 (either may be left out), attributes min/max before. */
  private clip(): Val {
    const x = this.materialize(this.input(0));
    const bound = (i: number, attr: string): number | undefined => {
      const v = this.optInput(i);
      if (v) return this.scalarConst(v, `the ${attr} bound`);
      const a = this.attr(attr);
      return typeof a === "number" ? a : undefined;
    };
    const [lo0, hi0] = [bound(1, "min"), bound(2, "max")];
    const float = x.dtype.startsWith("float");
    const [tmin, tmax] = float ? [-3.4028234663852886e38, 3.4028234663852886e38] : intRange(x.dtype);
    const lit = (n: number) => (float ? fmt(n) : `${n}`);
    const shape = x.shape.length ? x.shape : [1];
    rankCheck(shape.length, this.node);
    const y = this.callLocal(LOCAL[`clip${shape.length}d`]!, [allo(x.dtype), ...shape], [this.reshape(x, shape).v, lit(lo0 ?? tmin), lit(hi0 ?? tmax)], shape, x.dtype);
    return this.reshape(y, x.shape);
  }

  private squeeze(): Val {
    const x = this.input(0);
    const r = x.shape.length;
    const axes = this.axesOf(1, "the axes")?.map((a) => normAxis(a, r));
    const bad = axes?.find((a) => x.shape[a] !== 1);
    if (bad !== undefined) throw new ImportError(`node '${this.node.name}' (Squeeze) squeezes axis ${bad} of [${x.shape.join(", ")}], which is not 1`);
    const shape = x.shape.filter((d, i) => (axes ? !axes.includes(i) : d !== 1));
    return this.view(x, shape);
  }

  private unsqueeze(): Val {
    const x = this.input(0);
    const axes = this.axesOf(1, "the axes");
    if (!axes) throw new ImportError(`node '${this.node.name}' (Unsqueeze) has no axes`);
    const r = x.shape.length + axes.length;
    const at = new Set(axes.map((a) => normAxis(a, r)));
    const shape: number[] = [];
    let k = 0;
    for (let i = 0; i < r; i++) shape.push(at.has(i) ? 1 : x.shape[k++]!);
    return this.view(x, shape);
  }

  /** The same elements with another shape: a constant reshaped at import, a variable through a view. */
  private view(x: Val, shape: readonly number[]): Val {
    if (x.c) return { shape, dtype: x.dtype, c: { ...x.c, shape } };
    return this.reshape(x, shape, this.node.outputs[0]);
  }

  private conv(): Val {
    const x = this.materialize(this.input(0));
    const w = this.input(1);
    const bias = this.optInput(2);
    if (x.shape.length !== 4) throw new ImportError(`node '${this.node.name}' (Conv) is ${x.shape.length - 2}-D; only 2-D convolutions are supported`);
    if (this.attrInt("group", 1) !== 1) throw new ImportError(`node '${this.node.name}' (Conv) has group=${this.attrInt("group", 1)}; only group=1 is supported`);
    if ((this.attrInts("dilations") ?? [1, 1]).some((d) => d !== 1)) throw new ImportError(`node '${this.node.name}' (Conv) is dilated; only dilation 1 is supported`);
    if (typeof this.attr("auto_pad") === "string" && this.attr("auto_pad") !== "NOTSET") throw new ImportError(`node '${this.node.name}' (Conv) uses auto_pad; export with explicit pads`);
    const [B, Cin, H, W] = x.shape as [number, number, number, number];
    const [Cout, , Kh, Kw] = w.shape as [number, number, number, number];
    const [Sh, Sw] = (this.attrInts("strides") ?? [1, 1]) as [number, number];
    const pads = this.attrInts("pads") ?? [0, 0, 0, 0];
    if (pads[0] !== pads[2] || pads[1] !== pads[3]) throw new ImportError(`node '${this.node.name}' (Conv) pads unevenly [${pads.join(", ")}]; only symmetric padding is supported`);
    const Oh = Math.floor((H + 2 * pads[0]! - Kh) / Sh) + 1;
    const Ow = Math.floor((W + 2 * pads[1]! - Kw) / Sw) + 1;
    const wv = this.materialize(w);
    const bv = bias ? this.materialize(bias) : this.materialize({ shape: [Cout], dtype: x.dtype, c: { dtype: x.dtype, shape: [Cout], data: new Array<number>(Cout).fill(0) } });
    return this.call("conv2d", [allo(x.dtype), B, Cin, Cout, H, W, Kh, Kw, Oh, Ow, Sh, Sw, pads[0]!, pads[1]!], [x.v, wv.v, bv.v], [B, Cout, Oh, Ow], x.dtype);
  }

  private pool(kernel: "maxpool2d" | "avgpool2d"): Val {
    const x = this.materialize(this.input(0));
    const k = this.attrInts("kernel_shape") ?? [];
    const st = this.attrInts("strides") ?? [1, 1];
    const pads = this.attrInts("pads") ?? [0, 0, 0, 0];
    const bad = x.shape.length !== 4 || k.length !== 2 || k[0] !== k[1] || st[0] !== st[1] || pads.some((p) => p !== pads[0]) || this.attrInt("ceil_mode", 0) !== 0;
    if (bad) throw new ImportError(`node '${this.node.name}' (${this.node.opType}) has kernel [${k.join(", ")}], strides [${st.join(", ")}], pads [${pads.join(", ")}]; supported: 2-D, square kernel, equal strides and pads, ceil_mode=0`);
    if (kernel === "avgpool2d" && pads[0] !== 0 && this.attrInt("count_include_pad", 0) === 0) throw new ImportError(`node '${this.node.name}' (AveragePool) pads without counting the padding; only count_include_pad=1 is supported when padding`);
    const [B, C, H, W] = x.shape as [number, number, number, number];
    const K = k[0]!;
    const S = st[0]!;
    const P = pads[0]!;
    const Oh = Math.floor((H + 2 * P - K) / S) + 1;
    const Ow = Math.floor((W + 2 * P - K) / S) + 1;
    return this.call(kernel, [allo(x.dtype), B, C, H, W, K, Oh, Ow, S, P], [x.v], [B, C, Oh, Ow], x.dtype);
  }

  private reshapeNode(): Val {
    const x = this.input(0);
    const spec = this.constInts(this.input(1), "the target shape");
    const allowZero = this.attrInt("allowzero", 0) === 1;
    const shape = spec.map((d, i) => (d === 0 && !allowZero ? x.shape[i]! : d));
    const known = shape.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
    const full = shape.map((d) => (d === -1 ? size(x.shape) / known : d));
    if (x.c) return { shape: full, dtype: x.dtype, c: { ...x.c, shape: full } };
    return this.reshape(x, full, this.node.outputs[0]);
  }

  private transposeVal(x: Val & { v: string }, perm: readonly number[]): Val & { v: string } {
    if (perm.every((p, i) => p === i)) return x;
    rankCheck(perm.length, this.node);
    return this.call(`transpose${perm.length}d_${perm.join("")}`, [allo(x.dtype), ...x.shape], [x.v], perm.map((p) => x.shape[p]!), x.dtype);
  }

  private transpose(): Val {
    const x = this.input(0);
    const perm = this.attrInts("perm") ?? x.shape.map((_, i) => x.shape.length - 1 - i);
    if (x.c) return { shape: perm.map((p) => x.shape[p]!), dtype: x.dtype, c: permute(x.c, perm) };
    return this.transposeVal(this.materialize(x), perm);
  }

  /** x viewed as [outer, axis, inner] (how slices and concatenations along one axis are done). */
  private around(x: Val & { v: string }, axis: number): Val & { v: string } {
    return this.reshape(x, [size(x.shape.slice(0, axis)), x.shape[axis]!, size(x.shape.slice(axis + 1))]);
  }

  private sliceAxis(x: Val & { v: string }, axis: number, start: number, len: number): Val & { v: string } {
    if (start === 0 && len === x.shape[axis]) return x;
    const x3 = this.around(x, axis);
    const [B, N, C] = x3.shape as [number, number, number];
    const y = this.call("slice3d", [allo(x.dtype), B, N, C, start, len], [x3.v], [B, len, C], x.dtype);
    return this.reshape(y, x.shape.map((d, i) => (i === axis ? len : d)));
  }

  private split(): Val[] {
    const x = this.materialize(this.input(0));
    const axis = normAxis(this.attrInt("axis", 0), x.shape.length);
    const splitIn = this.optInput(1);
    const n = this.node.outputs.length;
    const sizes = splitIn ? this.constInts(splitIn, "the split sizes") : this.attrInts("split") ?? Array(n).fill(Math.ceil(x.shape[axis]! / n)).map((s, i) => Math.min(s, x.shape[axis]! - i * s));
    let at = 0;
    return sizes.map((len) => {
      const y = this.sliceAxis(x, axis, at, len);
      at += len;
      return y;
    });
  }

  private slice(): Val {
    const x = this.materialize(this.input(0));
    const starts = this.constInts(this.input(1), "the starts");
    const ends = this.constInts(this.input(2), "the ends");
    const axesV = this.optInput(3);
    const stepsV = this.optInput(4);
    const axes = axesV ? this.constInts(axesV, "the axes") : starts.map((_, i) => i);
    const steps = stepsV ? this.constInts(stepsV, "the steps") : starts.map(() => 1);
    if (steps.some((s) => s !== 1)) throw new ImportError(`node '${this.node.name}' (Slice) has steps [${steps.join(", ")}]; only step 1 is supported`);
    let y: Val & { v: string } = x;
    axes.forEach((a0, i) => {
      const a = normAxis(a0, x.shape.length);
      const n = y.shape[a]!;
      const clamp = (v: number) => Math.max(0, Math.min(n, v < 0 ? v + n : v));
      const s = clamp(starts[i]!);
      const e = clamp(ends[i]!);
      y = this.sliceAxis(y, a, s, Math.max(0, e - s));
    });
    return y;
  }

  private concat(): Val {
    const xs = this.node.inputs.filter((n) => n).map((n) => this.materialize(this.get(n)));
    const axis = normAxis(this.attrInt("axis", 0), xs[0]!.shape.length);
    let acc = this.around(xs[0]!, axis);
    for (const x of xs.slice(1)) {
      const x3 = this.around(x, axis);
      const [B, N1, C] = acc.shape as [number, number, number];
      const N2 = x3.shape[1]!;
      acc = this.call("concat", [allo(x.dtype), B, N1, N2, C], [acc.v, x3.v], [B, N1 + N2, C], x.dtype);
    }
    const total = xs.reduce((s, x) => s + x.shape[axis]!, 0);
    return this.reshape(acc, xs[0]!.shape.map((d, i) => (i === axis ? total : d)));
  }

  private gather(): Val {
    const table = this.input(0);
    const ids = this.materialize(this.input(1));
    if (this.attrInt("axis", 0) !== 0 || table.shape.length !== 2) throw new ImportError(`node '${this.node.name}' (Gather) gathers axis ${this.attrInt("axis", 0)} of a ${table.shape.length}-D tensor; supported: rows of a 2-D table (embeddings)`);
    const tv = this.materialize(table);
    const [V, D] = table.shape as [number, number];
    const N = Math.max(1, size(ids.shape));
    const flat = this.reshape(ids, [N]);
    const y = this.call("embedding", [allo(ids.dtype), allo(table.dtype), V, D, N], [flat.v, tv.v], [N, D], table.dtype);
    return this.reshape(y, [...ids.shape, D]);
  }

  private cast(): Val {
    const x = this.input(0);
    const to = ONNX_DTYPE[this.attrInt("to", 1)];
    if (!to) throw new ImportError(`node '${this.node.name}' (Cast) casts to data type ${this.attrInt("to", 1)}, which is not supported`);
    if (x.c) return { shape: x.shape, dtype: to, c: { ...x.c, dtype: to } };
    if (to === x.dtype) return x;
    const xv = this.materialize(x);
    const shape = xv.shape.length ? xv.shape : [1];
    rankCheck(shape.length, this.node);
    return this.call(`cast${shape.length}d`, [allo(x.dtype), allo(to), ...shape], [this.reshape(xv, shape).v], shape, to);
  }

  private where(): Val {
    const [c, a, b] = [this.input(0), this.input(1), this.input(2)];
    const dtype = a.dtype;
    const { z, ops } = this.broadcast([c, a, b]);
    return this.call(`where${z.length}d`, [allo(dtype), ...z, ...ops[0]!.shape, ...ops[1]!.shape, ...ops[2]!.shape], ops.map((o) => o.v), z, dtype);
  }

  private quantize(): Val {
    const x = this.materialize(this.input(0));
    const scale = this.scalarConst(this.input(1), "the scale");
    const zpV = this.optInput(2);
    const zp = zpV ? this.scalarConst(zpV, "the zero point") : 0;
    const q = zpV?.dtype ?? "uint8";
    const [lo, hi] = q === "int8" ? [-128, 127] : q === "uint8" ? [0, 255] : [undefined, undefined];
    if (lo === undefined) throw new ImportError(`node '${this.node.name}' (QuantizeLinear) quantizes to ${q}; supported: int8, uint8`);
    const N = size(x.shape);
    const y = this.call("quantize_linear", [allo(x.dtype), q, N, lo, hi!], [this.reshape(x, [N]).v, fmt(scale), `${zp}`], [N], q);
    return this.reshape(y, x.shape);
  }

  private dequantize(): Val {
    const x = this.materialize(this.input(0));
    const scale = this.scalarConst(this.input(1), "the scale");
    const zpV = this.optInput(2);
    const zp = zpV ? this.scalarConst(zpV, "the zero point") : 0;
    const N = size(x.shape);
    const y = this.call("dequantize_linear", [allo(x.dtype), "float32", N], [this.reshape(x, [N]).v, fmt(scale), `${zp}`], [N], "float32");
    return this.reshape(y, x.shape);
  }
}

/** Library kernels whose schedule the design composes (Allo's KERNEL2SCHEDULE plus ours). */
const SCHEDULED = new Set(["linear2d", "matmul", "softmax2d", "conv2d", "maxpool2d", "avgpool2d", "relu2d", "relu3d", "relu4d", "matmul_integer"]);

const ONNX_DTYPE: Record<number, string> = { 1: "float32", 2: "uint8", 3: "int8", 5: "int16", 6: "int32", 7: "int64", 9: "bool", 11: "float64" };

function rankCheck(r: number, n: OnnxNode): void {
  if (r > 4) throw new ImportError(`node '${n.name}' (${n.opType}) works on a rank-${r} tensor; the importer supports ranks up to 4`);
}

function normAxis(a: number, r: number): number {
  return a < 0 ? a + r : a;
}

function scalarType(dtype: string): ScalarType {
  switch (dtype) {
    case "float32": return F32;
    case "float64": return F64;
    case "float16": return F16;
    case "bool": return BOOL;
    default: return intType(Number(dtype.replace(/\D+/, "")), !dtype.startsWith("u"));
  }
}

function transpose2(t: OnnxTensor): OnnxTensor {
  return permute(t, [1, 0]);
}

function permute(t: OnnxTensor, perm: readonly number[]): OnnxTensor {
  const shape = perm.map((p) => t.shape[p]!);
  const inStrides = t.shape.map((_, d) => size(t.shape.slice(d + 1)));
  const out = new Array<number>(t.data.length);
  const idx = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < out.length; i++) {
    let src = 0;
    perm.forEach((p, d) => { src += idx[d]! * inStrides[p]!; });
    out[i] = t.data[src]!;
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d]! < shape[d]!) break;
      idx[d] = 0;
    }
  }
  return { dtype: t.dtype, shape, data: out };
}

function broadcastTo(t: OnnxTensor, shape: readonly number[]): OnnxTensor {
  if (size(t.shape) === size(shape)) return { ...t, shape };
  if (t.data.length === 1) return { dtype: t.dtype, shape, data: new Array<number>(size(shape)).fill(t.data[0]!) };
  throw new ImportError(`a bias of shape [${t.shape.join(", ")}] does not fit [${shape.join(", ")}]`);
}

/** Folds an elementwise operator on two constants (scalars or same-shaped) at import. */
function foldBinary(op: string, a: OnnxTensor, b: OnnxTensor, n: OnnxNode): Val {
  const f: Record<string, (x: number, y: number) => number> = { add: (x, y) => x + y, sub: (x, y) => x - y, mul: (x, y) => x * y, div: (x, y) => x / y, pow: (x, y) => x ** y };
  const big = a.data.length >= b.data.length ? a : b;
  if (a.data.length !== 1 && b.data.length !== 1 && a.data.length !== b.data.length) throw new ImportError(`node '${n.name}' (${n.opType}) combines constants of shapes [${a.shape.join(", ")}] and [${b.shape.join(", ")}]`);
  const at = (t: OnnxTensor, i: number) => t.data[t.data.length === 1 ? 0 : i]!;
  const data = big.data.map((_, i) => (big.dtype.startsWith("float") ? Math.fround(f[op]!(at(a, i), at(b, i))) : Math.trunc(f[op]!(at(a, i), at(b, i)))));
  return { shape: big.shape, dtype: big.dtype, c: { dtype: big.dtype, shape: big.shape, data } };
}

/** Imports an ONNX model: the design file and its weight files, or the errors that stopped it. */
/** `inlineWeights`: weights as np.array literals in the design (the studio's self-contained document), not .npy files. */
export function importOnnx(bytes: Uint8Array, options: { readonly inlineWeights?: boolean } = {}): OnnxImportResult {
  let model: OnnxModel;
  try {
    model = decodeOnnx(bytes);
  } catch (e) {
    if (e instanceof OnnxFormatError) return { files: {}, errors: [e.message] };
    throw e;
  }
  const imp = new Importer(model, options.inlineWeights);
  try {
    const design = imp.run();
    return { design, files: imp.files, errors: [] };
  } catch (e) {
    if (e instanceof ImportError) return { files: {}, errors: e.message.split("\n") };
    throw e;
  }
}
