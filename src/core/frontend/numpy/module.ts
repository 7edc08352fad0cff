/**
 * The numpy names a script can use (`np.zeros`, `np.random.rand`, `np.testing.assert_allclose`, array
 * methods and attributes), bridging interpreter values and ndarrays. Errors are numpy's exceptions
 * (NumpyError with the Python type), which the interpreter raises at the call.
 */
import type { PyValue } from "../values";
import { describe, NONE, pyBool, pyFloat, pyInt } from "../values";
import type { ScalarType } from "../../types/types";
import type { DType } from "./dtype";
import { castTo, defaultDtype, exact64, floatResult, isFloat, kindOf, parseDtype } from "./dtype";
import type { BinaryOp, Operand, UnaryMath } from "./ndarray";
import { binary, checkedSize, compare, fromNested, NDArray, NumpyError, unaryKeep, unaryMath, where } from "./ndarray";
import { concatenate, dot, matmul, pad, reshape, stack, transpose } from "./shape-ops";
import type { Reduction } from "./reduce";
import { cumsum, reduce } from "./reduce";
import type { IndexItem } from "./indexing";
import { Generator, draw } from "./random";
import { arrayEqual, compareReport, isclose, toleranceHeader } from "./testing";
import type { Tolerance } from "./testing";
import { arrayRepr, arrayStr } from "./format";
import { DEFAULT_SCRIPT_LIMITS, SCRIPT_LIMIT_FLAGS } from "../script-limits";

/** The global generator behind `np.random.*` (seeded with 0 until `np.random.seed`). */
let globalRng = new Generator(0);
/** Starts every script run from the same numpy state. */
export function resetNumpy(): void {
  globalRng = new Generator(0);
}

/**
 * Index tuples `np.ndindex` (and `allo.grid` outside a kernel) may list: ours is an eager list, so it
 * obeys the script's list limit (the interpreter sets it before each numpy call).
 */
let indexTupleLimit = DEFAULT_SCRIPT_LIMITS.scriptList;
export function setIndexTupleLimit(n: number): void {
  indexTupleLimit = n;
}

type Kw = ReadonlyMap<string, PyValue>;

// ------------------------------------------------------------------ conversions

/** An interpreter value as an operand of an elementwise operation, or undefined if it is not numeric. */
export function toOperand(v: PyValue): Operand | undefined {
  switch (v.k) {
    case "ndarray": return v.a;
    case "int": return { weak: "int", v: Number(v.v) };
    case "float": return { weak: "float", v: v.v };
    case "bool": return { weak: "bool", v: v.v ? 1 : 0 };
    case "list": case "tuple": return toArray(v);
    default: return undefined;
  }
}

/** `np.asarray(v)`: arrays as they are (or converted), nested lists and scalars as new arrays. */
export function toArray(v: PyValue, dtype?: DType): NDArray {
  if (v.k === "ndarray") return dtype && dtype !== v.a.dtype ? v.a.astype(dtype) : v.a;
  const nested = (x: PyValue): unknown => {
    switch (x.k) {
      case "list": case "tuple": return x.items.map(nested);
      case "ndarray": return toNestedJs(x.a);
      case "int": return { weak: "int", v: Number(x.v) };
      case "float": return { weak: "float", v: x.v };
      case "bool": return { weak: "bool", v: x.v ? 1 : 0 };
      default: throw new NumpyError("TypeError", `cannot make an array element of ${describe(x)}`);
    }
  };
  return fromNested(nested(v), dtype);
}

function toNestedJs(a: NDArray): unknown {
  const weak = a.dtype === "bool" ? "bool" : isFloat(a.dtype) ? "float" : "int";
  const rec = (dim: number, off: number, stride: number): unknown => {
    if (dim === a.ndim) return { weak, v: a.data[off]!, dtype: a.dtype };
    const n = a.shape[dim]!;
    const inner = stride / n;
    return Array.from({ length: n }, (_, i) => rec(dim + 1, off + i * inner, inner));
  };
  return rec(0, 0, a.size);
}

/** A numpy scalar as the interpreter's Python scalar (numpy scalars are not modelled separately). */
export function scalarOf(dtype: DType, x: number): PyValue {
  if (dtype === "bool") return pyBool(x !== 0);
  if (isFloat(dtype)) return pyFloat(x);
  return pyInt(BigInt(x));
}

/** A 0-d result becomes a Python scalar, anything else stays an array. */
export function wrap(a: NDArray): PyValue {
  return a.ndim === 0 ? scalarOf(a.dtype, a.data[0]!) : { k: "ndarray", a };
}

/** Nested lists of Python scalars: how a module-level array reaches a kernel as a constant table. */
export function toPyNested(a: NDArray): PyValue {
  const rec = (dim: number, off: number, stride: number): PyValue => {
    if (dim === a.ndim) return scalarOf(a.dtype, a.data[off]!);
    const n = a.shape[dim]!;
    const inner = stride / n;
    return { k: "list", items: Array.from({ length: n }, (_, i) => rec(dim + 1, off + i * inner, inner)) };
  };
  return rec(0, 0, a.size);
}

/** The dtype an Allo scalar type is exchanged as (fixed-point as float64 real values). */
export function dtypeForAllo(t: ScalarType): DType {
  switch (t.kind) {
    case "float": return t.name === "f16" ? "float16" : t.name === "bf16" ? "bfloat16" : t.name === "f64" ? "float64" : "float32";
    case "fixed": return "float64";
    case "index": return "int32";
    case "int": {
      if (t.bits === 1 && !t.signed) return "bool";
      const w = t.bits <= 8 ? 8 : t.bits <= 16 ? 16 : t.bits <= 32 ? 32 : 64;
      return `${t.signed ? "" : "u"}int${w}` as DType;
    }
    default: return "float32";
  }
}

/** A `dtype=` argument: np.float32, "int8", float, int, bool, or an Allo type. */
export function dtypeArg(v: PyValue | undefined): DType | undefined {
  if (!v || v.k === "none") return undefined;
  if (v.k === "builtin") {
    const d = parseDtype(v.name.replace(/^numpy\./, ""));
    if (d) return d;
  }
  if (v.k === "str") {
    const d = parseDtype(v.v);
    if (d) return d;
  }
  if (v.k === "type") return dtypeForAllo(v.t);
  throw new NumpyError("TypeError", `data type not understood: ${describe(v)}`);
}

function intArg(v: PyValue | undefined, what: string): number {
  if (v && v.k === "int") return Number(v.v);
  if (v && v.k === "bool") return v.v ? 1 : 0;
  if (v && v.k === "ndarray" && v.a.ndim === 0 && !isFloat(v.a.dtype)) return v.a.data[0]!;
  throw new NumpyError("TypeError", `${what} must be an integer, got ${v ? describe(v) : "nothing"}`);
}

function numArg(v: PyValue | undefined, what: string): number {
  if (v && (v.k === "int" || v.k === "float" || v.k === "bool")) return v.k === "int" ? Number(v.v) : v.k === "float" ? v.v : v.v ? 1 : 0;
  if (v && v.k === "ndarray" && v.a.size === 1) return v.a.data[0]!;
  throw new NumpyError("TypeError", `${what} must be a number, got ${v ? describe(v) : "nothing"}`);
}

/** A shape argument: an int, or a tuple/list of ints. */
export function shapeArg(v: PyValue | undefined): number[] {
  if (!v || v.k === "none") return [];
  if (v.k === "tuple" || v.k === "list") return v.items.map((x) => intArg(x, "shape entries"));
  return [intArg(v, "a shape")];
}

function axisArg(v: PyValue | undefined): number | number[] | undefined {
  if (!v || v.k === "none") return undefined;
  if (v.k === "tuple" || v.k === "list") return v.items.map((x) => intArg(x, "axis"));
  return intArg(v, "axis");
}

function boolArg(v: PyValue | undefined, dflt: boolean): boolean {
  if (!v) return dflt;
  return v.k === "bool" ? v.v : v.k === "int" ? v.v !== 0n : dflt;
}

/** Positional-or-keyword arguments of one numpy function. */
class Args {
  constructor(readonly fn: string, readonly args: readonly PyValue[], readonly kw: Kw) {}
  get(i: number, name: string): PyValue | undefined {
    return this.args[i] ?? this.kw.get(name);
  }
  need(i: number, name: string): PyValue {
    const v = this.get(i, name);
    if (v === undefined) throw new NumpyError("TypeError", `${this.fn}() missing required argument '${name}' (pos ${i + 1})`);
    return v;
  }
  array(i: number, name: string): NDArray {
    return toArray(this.need(i, name));
  }
}

// ------------------------------------------------------------------ np.* functions

const MATH: Record<string, UnaryMath> = { exp: "exp", log: "log", sqrt: "sqrt", tanh: "tanh", sin: "sin", cos: "cos", tan: "tan", log2: "log2", log10: "log10", floor: "floor", ceil: "ceil" };
const BINARY: Record<string, BinaryOp> = { add: "+", subtract: "-", multiply: "*", divide: "/", true_divide: "/", floor_divide: "//", mod: "%", remainder: "%", power: "**", maximum: "maximum", minimum: "minimum", bitwise_and: "&", bitwise_or: "|", bitwise_xor: "^", left_shift: "<<", right_shift: ">>" };
const REDUCTIONS: Record<string, Reduction> = { sum: "sum", prod: "prod", max: "max", amax: "max", min: "min", amin: "min", mean: "mean", argmax: "argmax", argmin: "argmin", all: "all", any: "any", std: "std", var: "var" };

/** Names under `numpy` that are functions; `numpy.random` / `numpy.testing` are modules. */
export function numpyMember(path: string, attr: string): PyValue | undefined {
  if (path === "numpy") {
    if (attr === "random" || attr === "testing" || attr === "linalg") return { k: "module", path: `numpy.${attr}` };
    if (attr === "pi") return pyFloat(Math.PI);
    if (attr === "e") return pyFloat(Math.E);
    if (attr === "inf") return pyFloat(Infinity);
    if (attr === "nan") return pyFloat(NaN);
    if (attr === "newaxis") return NONE;
    if (parseDtype(attr) && !["int", "float", "bool", "uint"].includes(attr)) return { k: "builtin", name: `numpy.${parseDtype(attr)}` };
    if (attr === "ndarray" || attr === "dtype") return { k: "builtin", name: `numpy.${attr}` };
  }
  return { k: "builtin", name: `${path}.${attr}` };
}

/** Calls `numpy.<...>` by its qualified name. */
export function callNumpy(name: string, args: readonly PyValue[], kw: Kw): PyValue {
  const a = new Args(name.replace(/^numpy\./, "np."), args, kw);
  const fn = name.slice("numpy.".length);
  if (fn.startsWith("random.")) return randomCall(globalRng, fn.slice(7), a);
  if (fn.startsWith("testing.")) return testingCall(fn.slice(8), a);
  const dt = parseDtype(fn);
  if (dt) {
    // np.float32(x): a scalar of that dtype (an array stays an array)
    const x = a.need(0, "x");
    const arr = toArray(x, dt);
    return wrap(arr);
  }
  if (MATH[fn]) return wrap(unaryMath(MATH[fn]!, a.array(0, "x")));
  if (BINARY[fn]) return wrap(binary(BINARY[fn]!, operand(a.need(0, "x1")), operand(a.need(1, "x2"))));
  if (REDUCTIONS[fn]) return reduceCall(REDUCTIONS[fn]!, a.array(0, "a"), a, 1);
  switch (fn) {
    case "array": case "asarray": return { k: "ndarray", a: fn === "array" ? toArray(a.need(0, "object"), dtypeArg(a.get(1, "dtype"))).copy() : toArray(a.need(0, "a"), dtypeArg(a.get(1, "dtype"))) };
    case "zeros": case "ones": case "empty":
      return { k: "ndarray", a: NDArray.filled(dtypeArg(a.get(1, "dtype")) ?? "float64", shapeArg(a.need(0, "shape")), fn === "ones" ? 1 : 0) };
    case "full": {
      const v = a.need(1, "fill_value");
      const d = dtypeArg(a.get(2, "dtype")) ?? (v.k === "float" ? "float64" : v.k === "bool" ? "bool" : v.k === "ndarray" ? v.a.dtype : "int64");
      return { k: "ndarray", a: NDArray.filled(d, shapeArg(a.need(0, "shape")), numArg(v, "fill_value")) };
    }
    case "zeros_like": case "ones_like": case "empty_like": case "full_like": {
      const src = a.array(0, "a");
      const fill = fn === "full_like" ? numArg(a.need(1, "fill_value"), "fill_value") : fn === "ones_like" ? 1 : 0;
      return { k: "ndarray", a: NDArray.filled(dtypeArg(a.get(fn === "full_like" ? 2 : 1, "dtype")) ?? src.dtype, src.shape, fill) };
    }
    case "arange": {
      const nums = args.map((x) => numArg(x, "arange bounds"));
      const [lo, hi, st] = nums.length === 1 ? [0, nums[0]!, 1] : [nums[0]!, nums[1]!, nums[2] ?? 1];
      if (st === 0) throw new NumpyError("ZeroDivisionError", "arange step must not be zero");
      const n = Math.max(0, Math.ceil((hi - lo) / st));
      checkedSize([n]);
      const float = args.some((x) => x.k === "float");
      const d = dtypeArg(kw.get("dtype")) ?? (float ? "float64" : "int64");
      return { k: "ndarray", a: NDArray.fromFlat(d, [n], Array.from({ length: n }, (_, i) => lo + i * st)) };
    }
    case "linspace": {
      const lo = numArg(a.need(0, "start"), "start");
      const hi = numArg(a.need(1, "stop"), "stop");
      const num = a.get(2, "num") ? intArg(a.get(2, "num"), "num") : 50;
      const endpoint = boolArg(kw.get("endpoint"), true);
      const div = endpoint ? num - 1 : num;
      const step = div > 0 ? (hi - lo) / div : 0;
      const vals = Array.from({ length: num }, (_, i) => (endpoint && i === num - 1 && num > 1 ? hi : lo + i * step));
      return { k: "ndarray", a: NDArray.fromFlat(dtypeArg(kw.get("dtype")) ?? "float64", [num], vals) };
    }
    case "eye": case "identity": {
      const n = intArg(a.need(0, "N"), "N");
      const m = fn === "eye" && a.get(1, "M") && a.get(1, "M")!.k !== "none" ? intArg(a.get(1, "M"), "M") : n;
      const k = fn === "eye" && kw.get("k") ? intArg(kw.get("k"), "k") : 0;
      const out = NDArray.filled(dtypeArg(kw.get("dtype") ?? (fn === "identity" ? a.get(1, "dtype") : undefined)) ?? "float64", [n, m], 0);
      for (let i = 0; i < n; i++) if (i + k >= 0 && i + k < m) out.data[i * m + i + k] = castTo(out.dtype, 1);
      return { k: "ndarray", a: out };
    }
    case "matmul": return wrap(matmul(a.array(0, "x1"), a.array(1, "x2")));
    case "dot": return wrap(dot(a.array(0, "a"), a.array(1, "b")));
    case "transpose": return wrap(transpose(a.array(0, "a"), optionalAxes(a.get(1, "axes"))));
    case "reshape": return wrap(reshape(a.array(0, "a"), shapeArg(a.need(1, "shape"))));
    case "copy": return wrap(a.array(0, "a").copy());
    // Arrays here are always row-major and contiguous: a C-contiguous view is the array itself.
    case "ascontiguousarray": return { k: "ndarray", a: toArray(a.need(0, "a"), dtypeArg(a.get(1, "dtype"))) };
    case "ndindex": {
      // np.ndindex(*shape): every index tuple in row-major order (an eager list, as the loop reads it)
      const shape = args.length === 1 && (args[0]!.k === "tuple" || args[0]!.k === "list") ? shapeArg(args[0]!) : args.map((x) => intArg(x, "shape"));
      const n = shape.reduce((p, d) => p * d, 1);
      checkedSize([n * Math.max(1, shape.length)]);
      if (n > indexTupleLimit) throw new NumpyError("MemoryError", `iterating over shape (${shape.join(", ")}) would list ${n.toLocaleString("en-US")} index tuples; script lists are limited to ${indexTupleLimit.toLocaleString("en-US")} (raise it with ${SCRIPT_LIMIT_FLAGS.scriptList})`);
      const items: PyValue[] = [];
      for (let f = 0; f < n; f++) {
        const idx: PyValue[] = [];
        let r = f;
        for (let d = shape.length - 1; d >= 0; d--) { idx.unshift(pyInt(r % shape[d]!)); r = Math.floor(r / shape[d]!); }
        items.push({ k: "tuple", items: idx });
      }
      return { k: "list", items };
    }
    case "tile": return wrap(tile(a.array(0, "A"), shapeArg(a.need(1, "reps"))));
    case "ravel": return wrap(reshape(a.array(0, "a"), [-1]));
    case "squeeze": { const x = a.array(0, "a"); return wrap(reshape(x, x.shape.filter((d) => d !== 1))); }
    case "expand_dims": {
      const x = a.array(0, "a");
      let ax = intArg(a.need(1, "axis"), "axis");
      if (ax < 0) ax += x.ndim + 1;
      return wrap(reshape(x, [...x.shape.slice(0, ax), 1, ...x.shape.slice(ax)]));
    }
    case "concatenate": return wrap(concatenate(seqArg(a.need(0, "arrays")), a.get(1, "axis") ? intArg(a.get(1, "axis"), "axis") : 0));
    case "stack": return wrap(stack(seqArg(a.need(0, "arrays")), a.get(1, "axis") ? intArg(a.get(1, "axis"), "axis") : 0));
    case "vstack": return wrap(concatenate(seqArg(a.need(0, "tup")).map((x) => (x.ndim === 1 ? reshape(x, [1, x.size]) : x)), 0));
    case "hstack": { const xs = seqArg(a.need(0, "tup")); return wrap(concatenate(xs, xs[0] && xs[0].ndim === 1 ? 0 : 1)); }
    case "pad": return wrap(padCall(a));
    case "where": {
      if (args.length === 1) throw new NumpyError("NotImplementedError", "np.where(cond) with one argument is not supported here; use np.nonzero-free masks: a[cond]");
      return wrap(where(toArray(a.need(0, "condition"), "bool"), operand(a.need(1, "x")), operand(a.need(2, "y"))));
    }
    case "clip": {
      const x = operand(a.need(0, "a"));
      const lo = a.get(1, "a_min");
      const hi = a.get(2, "a_max");
      let r = x instanceof NDArray ? x : toArray(a.need(0, "a"));
      if (lo && lo.k !== "none") r = binary("maximum", r, operand(lo));
      if (hi && hi.k !== "none") r = binary("minimum", r, operand(hi));
      return wrap(r);
    }
    case "abs": case "absolute": return wrap(unaryKeep("abs", a.array(0, "x")));
    case "negative": return wrap(unaryKeep("neg", a.array(0, "x")));
    case "cumsum": return wrap(cumsum(a.array(0, "a"), optionalInt(a.get(1, "axis"))));
    case "array_equal": {
      const x = a.array(0, "a1");
      const y = a.array(1, "a2");
      return pyBool(arrayEqual(x, y));
    }
    case "allclose": case "isclose": {
      const t = tolerance(a, 2, 1e-5, 1e-8, false);
      const r = isclose(a.array(0, "a"), a.array(1, "b"), t);
      if (fn === "allclose") return pyBool(r.ok.every((x) => x));
      return wrap(new NDArray("bool", r.shape, r.ok.map((x) => (x ? 1 : 0))));
    }
    case "shape": return { k: "tuple", items: a.array(0, "a").shape.map((d) => pyInt(d)) };
    case "size": return pyInt(a.array(0, "a").size);
    case "ndim": return pyInt(a.array(0, "a").ndim);
    case "count_nonzero": return pyInt(a.array(0, "a").data.filter((x) => x !== 0).length);
    case "flatten": return wrap(reshape(a.array(0, "a"), [-1]));
    case "isnan": { const x = a.array(0, "x"); return wrap(new NDArray("bool", x.shape, x.data.map((v) => (Number.isNaN(v) ? 1 : 0)))); }
    case "tril": case "triu": {
      const x = a.array(0, "m").copy();
      const k = a.get(1, "k") ? intArg(a.get(1, "k"), "k") : 0;
      const [r, c] = x.shape.slice(-2) as [number, number];
      for (let f = 0; f < x.size; f++) {
        const i = Math.floor(f / c) % r;
        const j = f % c;
        if (fn === "tril" ? j - i > k : j - i < k) x.data[f] = 0;
      }
      return wrap(x);
    }
    default:
      throw new NumpyError("NotImplementedError", `np.${fn} is not part of the numpy subset Allo Studio runs (see README, "Scripts")`);
  }
}

const ITEM_BYTES: Readonly<Record<DType, number>> = { bool: 1, int8: 1, uint8: 1, int16: 2, uint16: 2, float16: 2, bfloat16: 2, int32: 4, uint32: 4, float32: 4, int64: 8, uint64: 8, float64: 8 };

/**
 * `a.view(dtype)`: the same bytes (little-endian, row-major) read as another dtype; the last axis
 * grows or shrinks by the ratio of item sizes, as numpy's does. A copy here, not a view (see README).
 */
function viewAs(x: NDArray, d: DType): NDArray {
  if (x.dtype === "float16" || d === "float16" || x.dtype === "bfloat16" || d === "bfloat16") throw new NumpyError("NotImplementedError", `view() to or from ${x.dtype === "float16" || d === "float16" ? "float16" : "bfloat16"} is not supported here`);
  const from = ITEM_BYTES[x.dtype];
  const to = ITEM_BYTES[d];
  const last = x.shape.length ? x.shape[x.shape.length - 1]! : 1;
  if (x.ndim === 0 && from !== to) throw new NumpyError("ValueError", "Changing the dtype of a 0d array is only supported if the itemsize is unchanged");
  if ((last * from) % to !== 0) throw new NumpyError("ValueError", `When changing to a ${to === 1 ? "smaller" : "larger"} dtype, its size must be a divisor of the size of original dtype`);
  const buf = new DataView(new ArrayBuffer(x.size * from));
  const put = (i: number, v: number): void => {
    const o = i * from;
    switch (x.dtype) {
      case "bool": case "uint8": buf.setUint8(o, v); break;
      case "int8": buf.setInt8(o, v); break;
      case "int16": buf.setInt16(o, v, true); break;
      case "uint16": buf.setUint16(o, v, true); break;
      case "int32": buf.setInt32(o, v, true); break;
      case "uint32": buf.setUint32(o, v, true); break;
      case "float32": buf.setFloat32(o, v, true); break;
      case "float64": buf.setFloat64(o, v, true); break;
      case "int64": buf.setBigInt64(o, BigInt(Math.trunc(v)), true); break;
      case "uint64": buf.setBigUint64(o, BigInt(Math.trunc(v)), true); break;
      default: break;
    }
  };
  const get = (i: number): number => {
    const o = i * to;
    switch (d) {
      case "bool": return buf.getUint8(o) ? 1 : 0;
      case "uint8": return buf.getUint8(o);
      case "int8": return buf.getInt8(o);
      case "int16": return buf.getInt16(o, true);
      case "uint16": return buf.getUint16(o, true);
      case "int32": return buf.getInt32(o, true);
      case "uint32": return buf.getUint32(o, true);
      case "float32": return buf.getFloat32(o, true);
      case "float64": return buf.getFloat64(o, true);
      case "int64": return exact64(d, buf.getBigInt64(o, true));
      case "uint64": return exact64(d, buf.getBigUint64(o, true));
      default: return 0;
    }
  };
  for (let i = 0; i < x.size; i++) put(i, x.data[i]!);
  const n = (x.size * from) / to;
  const shape = x.ndim === 0 ? [] : [...x.shape.slice(0, -1), (last * from) / to];
  return new NDArray(d, shape, Array.from({ length: n }, (_, i) => get(i)));
}

/** np.tile: the array repeated `reps` times along each axis (reps and shape padded with leading 1s). */
function tile(x: NDArray, reps: readonly number[]): NDArray {
  const nd = Math.max(x.ndim, reps.length);
  const shape = [...Array(nd - x.ndim).fill(1), ...x.shape] as number[];
  const r = [...Array(nd - reps.length).fill(1), ...reps] as number[];
  const out = shape.map((d, i) => d * r[i]!);
  const size = out.reduce((p, d) => p * d, 1);
  checkedSize(out);
  const data = new Array<number>(size);
  if (nd === 1) {
    // A 1-D array repeated: copies of the whole run, one after another.
    const n = x.size;
    const src = x.data;
    for (let f = 0; f < size; f++) data[f] = src[f % n]!;
    return new NDArray(x.dtype, out, data);
  }
  for (let f = 0; f < size; f++) {
    let rest = f;
    let src = 0;
    let stride = 1;
    for (let d = nd - 1; d >= 0; d--) {
      const i = rest % out[d]!;
      rest = Math.floor(rest / out[d]!);
      src += (i % shape[d]!) * stride;
      stride *= shape[d]!;
    }
    data[f] = x.data[src]!;
  }
  return new NDArray(x.dtype, out, data);
}

function operand(v: PyValue): Operand {
  const o = toOperand(v);
  if (!o) throw new NumpyError("TypeError", `unsupported operand ${describe(v)}`);
  return o;
}

function optionalAxes(v: PyValue | undefined): number[] | undefined {
  if (!v || v.k === "none") return undefined;
  return shapeArg(v);
}

function optionalInt(v: PyValue | undefined): number | undefined {
  return !v || v.k === "none" ? undefined : intArg(v, "axis");
}

function seqArg(v: PyValue): NDArray[] {
  if (v.k !== "list" && v.k !== "tuple") throw new NumpyError("TypeError", "expected a list or tuple of arrays");
  return v.items.map((x) => toArray(x));
}

function padCall(a: Args): NDArray {
  const x = a.array(0, "array");
  const w = a.need(1, "pad_width");
  const mode = a.get(2, "mode");
  if (mode && !(mode.k === "str" && mode.v === "constant")) throw new NumpyError("NotImplementedError", "np.pad supports mode='constant' only here");
  const pairs: [number, number][] = [];
  const pair = (p: PyValue): [number, number] => {
    if (p.k === "tuple" || p.k === "list") return p.items.length === 1 ? [intArg(p.items[0], "pad"), intArg(p.items[0], "pad")] : [intArg(p.items[0], "pad"), intArg(p.items[1], "pad")];
    const n = intArg(p, "pad");
    return [n, n];
  };
  if ((w.k === "tuple" || w.k === "list") && w.items.some((p) => p.k === "tuple" || p.k === "list")) {
    for (let i = 0; i < x.ndim; i++) pairs.push(pair(w.items.length === 1 ? w.items[0]! : w.items[i] ?? w.items[0]!));
  } else {
    const p = pair(w);
    for (let i = 0; i < x.ndim; i++) pairs.push(p);
  }
  const cv = a.kw.get("constant_values");
  return pad(x, pairs, cv ? numArg(cv, "constant_values") : 0);
}

function tolerance(a: Args, at: number, rtol: number, atol: number, equalNan: boolean): Tolerance {
  const r = a.get(at, "rtol");
  const t = a.get(at + 1, "atol");
  return { rtol: r ? numArg(r, "rtol") : rtol, atol: t ? numArg(t, "atol") : atol, equalNan: boolArg(a.kw.get("equal_nan"), equalNan) };
}

function reduceCall(r: Reduction, x: NDArray, a: Args, axisPos: number): PyValue {
  const axis = axisArg(a.get(axisPos, "axis"));
  const keep = boolArg(a.kw.get("keepdims"), false);
  let out = reduce(r, x, axis, keep);
  const d = dtypeArg(a.kw.get("dtype"));
  if (d) out = out.astype(d);
  return wrap(out);
}

// ------------------------------------------------------------------ np.random and Generator

function sizeArgs(a: Args, from: number): number[] {
  // np.random.rand(2, 3) takes dimensions; others take size=(2, 3)
  return a.args.slice(from).map((x) => intArg(x, "dimensions"));
}

function randomCall(g: Generator, fn: string, a: Args): PyValue {
  const size = (i: number) => {
    const s = a.get(i, "size");
    return s && s.k !== "none" ? shapeArg(s) : undefined;
  };
  const out = (shape: number[] | undefined, d: DType, f: () => number) => wrap(draw(shape ?? [], d, f));
  switch (fn) {
    case "seed": g.seed(a.get(0, "seed") ? intArg(a.get(0, "seed"), "seed") : 0); return NONE;
    case "rand": return out(sizeArgs(a, 0), "float64", () => g.random());
    case "randn": return out(sizeArgs(a, 0), "float64", () => g.normal());
    case "random": case "random_sample": case "sample": return out(size(0), "float64", () => g.random());
    case "standard_normal": return out(size(0), "float64", () => g.normal());
    case "uniform": {
      const lo = a.get(0, "low") ? numArg(a.get(0, "low"), "low") : 0;
      const hi = a.get(1, "high") ? numArg(a.get(1, "high"), "high") : 1;
      return out(size(2), "float64", () => lo + (hi - lo) * g.random());
    }
    case "normal": {
      const loc = a.get(0, "loc") ? numArg(a.get(0, "loc"), "loc") : 0;
      const scale = a.get(1, "scale") ? numArg(a.get(1, "scale"), "scale") : 1;
      return out(size(2), "float64", () => loc + scale * g.normal());
    }
    case "randint": case "integers": {
      let lo = intArg(a.need(0, "low"), "low");
      let hi: number;
      const h = a.get(1, "high");
      if (!h || h.k === "none") { hi = lo; lo = 0; } else hi = intArg(h, "high");
      if (fn === "integers" && boolArg(a.kw.get("endpoint"), false)) hi += 1;
      if (lo >= hi) throw new NumpyError("ValueError", `low >= high`);
      const d = dtypeArg(a.get(3, "dtype")) ?? "int64";
      return out(size(2), d, () => g.integer(lo, hi));
    }
    case "choice": {
      const pop = a.need(0, "a");
      const src = pop.k === "int" ? NDArray.fromFlat("int64", [Number(pop.v)], Array.from({ length: Number(pop.v) }, (_, i) => i)) : toArray(pop);
      return out(size(1), src.dtype, () => src.data[g.integer(0, src.size)]!);
    }
    case "permutation": {
      const pop = a.need(0, "x");
      const src = pop.k === "int" ? NDArray.fromFlat("int64", [Number(pop.v)], Array.from({ length: Number(pop.v) }, (_, i) => i)) : toArray(pop).copy();
      for (let i = src.size - 1; i > 0; i--) {
        const j = g.integer(0, i + 1);
        [src.data[i], src.data[j]] = [src.data[j]!, src.data[i]!];
      }
      return wrap(src);
    }
    case "default_rng": {
      const s = a.get(0, "seed");
      return { k: "rng", g: new Generator(s && s.k !== "none" ? intArg(s, "seed") : 0) };
    }
    default:
      throw new NumpyError("NotImplementedError", `np.random.${fn} is not part of the numpy subset Allo Studio runs`);
  }
}

/** `rng.integers(...)`, `rng.random(...)`, `rng.standard_normal(...)` on a default_rng generator. */
export function rngMethod(g: Generator, name: string, args: readonly PyValue[], kw: Kw): PyValue {
  if (name === "default_rng" || name === "seed") throw new NumpyError("AttributeError", `'numpy.random.Generator' object has no attribute '${name}'`);
  return randomCall(g, name, new Args(`Generator.${name}`, args, kw));
}

// ------------------------------------------------------------------ np.testing

function testingCall(fn: string, a: Args): PyValue {
  const err = a.kw.get("err_msg");
  const errMsg = err && err.k === "str" ? err.v : "";
  const fail = (report: string | undefined) => {
    if (report !== undefined) throw new NumpyError("AssertionError", report);
    return NONE;
  };
  switch (fn) {
    case "assert_allclose": {
      const t = tolerance(a, 2, 1e-7, 0, true);
      return fail(compareReport(a.array(0, "actual"), a.array(1, "desired"), toleranceHeader(t), t, errMsg));
    }
    case "assert_array_equal": case "assert_equal": {
      const x = a.need(0, "actual");
      const y = a.need(1, "desired");
      if (fn === "assert_equal" && x.k !== "ndarray" && y.k !== "ndarray" && !(x.k === "list" || x.k === "tuple")) {
        const xs = toOperand(x);
        const ys = toOperand(y);
        const same = xs && ys && !(xs instanceof NDArray) && !(ys instanceof NDArray) ? xs.v === ys.v : x.k === y.k && JSON.stringify(x) === JSON.stringify(y);
        if (!same) throw new NumpyError("AssertionError", `\nItems are not equal:${errMsg ? "\n" + errMsg : ""}\n ACTUAL: ${pyRepr(x)}\n DESIRED: ${pyRepr(y)}`);
        return NONE;
      }
      return fail(compareReport(toArray(x), toArray(y), "Arrays are not equal", undefined, errMsg));
    }
    case "assert_almost_equal": case "assert_array_almost_equal": {
      const dec = a.get(2, "decimal") ? intArg(a.get(2, "decimal"), "decimal") : fn === "assert_almost_equal" ? 7 : 6;
      const t: Tolerance = { rtol: 0, atol: 1.5 * 10 ** -dec, equalNan: true };
      return fail(compareReport(a.array(0, "actual"), a.array(1, "desired"), `Arrays are not almost equal to ${dec} decimals`, t, errMsg));
    }
    default:
      throw new NumpyError("NotImplementedError", `np.testing.${fn} is not part of the numpy subset Allo Studio runs`);
  }
}

function pyRepr(v: PyValue): string {
  switch (v.k) {
    case "int": return String(v.v);
    case "float": return String(v.v);
    case "bool": return v.v ? "True" : "False";
    case "str": return `'${v.v}'`;
    case "none": return "None";
    case "ndarray": return arrayRepr(v.a);
    default: return describe(v);
  }
}

// ------------------------------------------------------------------ array attributes and methods

const METHODS = new Set(["reshape", "astype", "copy", "flatten", "ravel", "transpose", "sum", "prod", "max", "min", "mean", "argmax", "argmin", "cumsum", "all", "any", "std", "var", "tolist", "item", "fill", "squeeze", "dot", "clip", "view"]);

/** `a.shape`, `a.dtype`, `a.T`, ... or a bound method; undefined if numpy has no such attribute. */
export function ndarrayAttribute(a: NDArray, name: string, self: PyValue): PyValue | undefined {
  switch (name) {
    case "shape": return { k: "tuple", items: a.shape.map((d) => pyInt(d)) };
    case "dtype": return { k: "builtin", name: `numpy.${a.dtype}` };
    case "ndim": return pyInt(a.ndim);
    case "size": return pyInt(a.size);
    case "T": return wrap(transpose(a));
    case "itemsize": return pyInt(a.dtype === "bool" ? 1 : Number(a.dtype.replace(/\D+/, "")) / 8);
    case "nbytes": return pyInt(a.size * (a.dtype === "bool" ? 1 : Number(a.dtype.replace(/\D+/, "")) / 8));
    default: return METHODS.has(name) ? { k: "bound", self, name } : undefined;
  }
}

export function ndarrayMethod(x: NDArray, name: string, args: readonly PyValue[], kw: Kw): PyValue {
  const a = new Args(`ndarray.${name}`, args, kw);
  if (REDUCTIONS[name]) return reduceCall(REDUCTIONS[name]!, x, a, 0);
  switch (name) {
    case "reshape": return wrap(reshape(x, args.length === 1 ? shapeArg(args[0]) : shapeArg({ k: "tuple", items: [...args] })));
    case "astype": return wrap(x.astype(dtypeArg(a.need(0, "dtype"))!));
    case "copy": return wrap(x.copy());
    case "flatten": case "ravel": return wrap(reshape(x, [-1]));
    case "squeeze": return wrap(reshape(x, x.shape.filter((d) => d !== 1)));
    case "transpose": return wrap(transpose(x, args.length === 0 ? undefined : args.length === 1 && args[0]!.k !== "int" ? shapeArg(args[0]) : shapeArg({ k: "tuple", items: [...args] })));
    case "cumsum": return wrap(cumsum(x, optionalInt(a.get(0, "axis"))));
    case "dot": return wrap(dot(x, a.array(0, "b")));
    case "clip": return callNumpy("numpy.clip", [{ k: "ndarray", a: x }, ...args], kw);
    case "tolist": return toPyNested(x);
    case "view": {
      const d = dtypeArg(a.get(0, "dtype"));
      return wrap(d ? viewAs(x, d) : x.copy());
    }
    case "item": {
      if (x.size !== 1 && args.length === 0) throw new NumpyError("ValueError", "can only convert an array of size 1 to a Python scalar");
      return scalarOf(x.dtype, x.data[args.length ? intArg(args[0], "index") : 0]!);
    }
    case "fill": {
      const v = numArg(a.need(0, "value"), "value");
      for (let i = 0; i < x.size; i++) x.data[i] = castTo(x.dtype, v);
      return NONE;
    }
    default:
      throw new NumpyError("AttributeError", `'numpy.ndarray' object has no attribute '${name}'`);
  }
}

/** Index items of `a[...]` from interpreter values (slices come pre-evaluated from the interpreter). */
export function indexItem(v: PyValue): IndexItem {
  switch (v.k) {
    case "int": return { k: "int", v: Number(v.v) };
    case "bool": return { k: "array", a: new NDArray("bool", [], [v.v ? 1 : 0]) };
    case "none": return { k: "newaxis" };
    case "ndarray": return v.a.ndim === 0 && !isFloat(v.a.dtype) && v.a.dtype !== "bool" ? { k: "int", v: v.a.data[0]! } : { k: "array", a: v.a };
    // a sequence inside an index tuple is an integer (or boolean) array index: a[0, (1,)] is a[0, [1]]
    case "list": case "tuple": return { k: "array", a: toArray(v) };
    default: throw new NumpyError("IndexError", "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
  }
}

/** `str(x)` / `print(x)` of an array. */
export function arrayText(a: NDArray): string {
  return arrayStr(a);
}
export { arrayRepr, NumpyError, NDArray, defaultDtype, floatResult, kindOf, compare, binary, unaryKeep };
