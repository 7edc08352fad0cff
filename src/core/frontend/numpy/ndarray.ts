/**
 * The ndarray of the script interpreter's numpy subset: a dtype, a shape and the elements in C order.
 * Every array owns its data (slicing copies; slice assignment writes through the indexed array), and
 * elements are JS numbers already converted to the dtype (`castTo`).
 */
import type { DType, WeakKind } from "./dtype";
import { bitsOf, castTo, defaultDtype, floatResult, isFloat, kindOf, promote, promoteWeak } from "./dtype";

import { NumpyError } from "./error";
import { chargeWork } from "./work";

export { NumpyError };

/** Array operations refuse to build more elements than this (a script's arrays stay in memory). */
export const MAX_ELEMENTS = 1 << 26;

/** Elements held compactly (a loaded .npy file's weights), already converted to the array's dtype. */
export type PackedNumbers = Float32Array | Float64Array | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array;

export class NDArray {
  private elems: number[] | undefined;
  private packedElems: PackedNumbers | undefined;
  constructor(readonly dtype: DType, readonly shape: readonly number[], data: number[]) {
    if (data !== EMPTY && data.length !== sizeOf(shape)) throw new Error(`internal: ${data.length} elements for shape (${shape.join(", ")})`);
    chargeWork(data.length);
    this.elems = data;
  }
  /**
   * An array whose elements stay in `values` (one typed array, not millions of JS numbers) until a
   * numpy operation reads `data`: a model's weights loaded with np.load usually go straight into a
   * kernel's constant table (`packed`), which never materializes them. `values` must already hold the
   * dtype's values (castTo is the identity on them); the array takes ownership of it.
   */
  static packed(dtype: DType, shape: readonly number[], values: PackedNumbers): NDArray {
    const a = new NDArray(dtype, shape, EMPTY);
    if (values.length !== sizeOf(shape)) throw new Error(`internal: ${values.length} elements for shape (${shape.join(", ")})`);
    chargeWork(values.length);
    a.elems = undefined;
    a.packedElems = values;
    return a;
  }
  /** The elements in C order; materialized (and from then on the only copy) on first use. */
  get data(): number[] {
    if (this.elems === undefined) {
      this.elems = Array.from(this.packedElems!);
      this.packedElems = undefined; // writes go to `elems` now
    }
    return this.elems;
  }
  /** The compact elements while no operation has materialized `data` (read-only: do not write). */
  get packed(): PackedNumbers | undefined { return this.packedElems; }
  get size(): number { return this.packedElems ? this.packedElems.length : this.elems!.length; }
  get ndim(): number { return this.shape.length; }
  static filled(dtype: DType, shape: readonly number[], value: number): NDArray {
    const n = checkedSize(shape);
    return new NDArray(dtype, shape, new Array<number>(n).fill(castTo(dtype, value)));
  }
  static fromFlat(dtype: DType, shape: readonly number[], values: ArrayLike<number>): NDArray {
    const out = new Array<number>(values.length);
    for (let i = 0; i < values.length; i++) out[i] = castTo(dtype, values[i]!);
    return new NDArray(dtype, shape, out);
  }
  astype(d: DType): NDArray {
    return NDArray.fromFlat(d, this.shape, this.data);
  }
  copy(): NDArray {
    if (this.packedElems) return NDArray.packed(this.dtype, [...this.shape], this.packedElems.slice());
    return new NDArray(this.dtype, [...this.shape], [...this.data]);
  }
}

const EMPTY: number[] = [];

export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function checkedSize(shape: readonly number[]): number {
  for (const d of shape) if (!Number.isInteger(d) || d < 0) throw new NumpyError("ValueError", `negative dimensions are not allowed (shape (${shape.join(", ")}))`);
  const n = sizeOf(shape);
  if (n > MAX_ELEMENTS) throw new NumpyError("MemoryError", `an array of shape (${shape.join(", ")}) is too large for a script (over ${MAX_ELEMENTS} elements)`);
  return n;
}

export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) { s[i] = acc; acc *= shape[i]!; }
  return s;
}

/** An operand of an elementwise operation: an array or a Python scalar (weak, NEP 50). */
export type Operand = NDArray | { readonly weak: WeakKind; readonly v: number };

export function shapeStr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

/** numpy's broadcasting rule: align trailing dimensions; each pair equal or one of them 1. */
export function broadcastShapes(...shapes: (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const j = nd - s.length + i;
      const d = s[i]!;
      if (out[j] === 1) out[j] = d;
      else if (d !== 1 && d !== out[j]) {
        throw new NumpyError("ValueError", `operands could not be broadcast together with shapes ${shapes.map(shapeStr).join(" ")}`);
      }
    }
  }
  return out;
}

/** For each flat index of `out`, the flat index into an array of `shape` broadcast to `out`. */
export function broadcastIndex(shape: readonly number[], out: readonly number[]): Int32Array | undefined {
  if (shape.length === out.length && shape.every((d, i) => d === out[i])) return undefined; // identity
  const n = sizeOf(out);
  const idx = new Int32Array(n);
  const src = stridesOf(shape);
  const off = out.length - shape.length;
  const dstStrides = stridesOf(out);
  for (let f = 0; f < n; f++) {
    let rem = f;
    let s = 0;
    for (let d = 0; d < out.length; d++) {
      const c = Math.floor(rem / dstStrides[d]!);
      rem -= c * dstStrides[d]!;
      const sd = d - off;
      if (sd >= 0 && shape[sd] !== 1) s += c * src[sd]!;
    }
    idx[f] = s;
  }
  return idx;
}

export function broadcastTo(a: NDArray, shape: readonly number[]): NDArray {
  const full = broadcastShapes(a.shape, shape);
  if (full.length !== shape.length || full.some((d, i) => d !== shape[i])) throw new NumpyError("ValueError", `could not broadcast input array from shape ${shapeStr(a.shape)} into shape ${shapeStr(shape)}`);
  const map = broadcastIndex(a.shape, shape);
  if (!map) return a;
  const out = new Array<number>(map.length);
  for (let i = 0; i < map.length; i++) out[i] = a.data[map[i]!]!;
  return new NDArray(a.dtype, [...shape], out);
}

export const isArray = (x: Operand): x is NDArray => x instanceof NDArray;

/** The result dtype of combining operands (arrays strongly, scalars weakly). */
export function resultType(xs: readonly Operand[]): DType {
  const arrays = xs.filter(isArray);
  if (arrays.length === 0) {
    // only Python scalars: the strongest kind wins
    const w = xs.some((x) => !isArray(x) && x.weak === "float") ? "float" : xs.some((x) => !isArray(x) && x.weak === "int") ? "int" : "bool";
    return defaultDtype(w);
  }
  let d = arrays[0]!.dtype;
  for (const a of arrays.slice(1)) d = promote(d, a.dtype);
  for (const x of xs) if (!isArray(x)) d = promoteWeak(d, x.weak);
  return d;
}

export type BinaryOp = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "&" | "|" | "^" | "<<" | ">>" | "maximum" | "minimum";
export type CompareOp = "==" | "!=" | "<" | "<=" | ">" | ">=";

function pyMod(a: number, b: number, float: boolean): number {
  if (b === 0) return float ? NaN : 0;
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
}

function floorDiv(a: number, b: number, float: boolean): number {
  if (b === 0) return float ? (a === 0 || Number.isNaN(a) ? NaN : a > 0 === (Object.is(b, 0) || b > 0) ? Infinity : -Infinity) : 0;
  return Math.floor(a / b);
}

/**
 * An exact integer result wrapped to an integer dtype's width before it becomes a double: rounding a
 * wide product first would lose the low bits the wrap keeps (int32 max squared is 1, not 0). A 64-bit
 * result beyond 2^53 is then refused by castTo (exact64).
 */
function wrapTo(d: DType, v: bigint): number {
  const bits = bitsOf(d);
  return Number(kindOf(d) === "u" ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v));
}

/** `a * b` exactly for the integer dtypes (a double product of two int32 can lose bits). */
export function mulInt(a: number, b: number, d: DType): number {
  if (kindOf(d) === "f") return a * b;
  const p = a * b;
  if (Number.isSafeInteger(p)) return p;
  return d === "bool" ? 1 : wrapTo(d, BigInt(a) * BigInt(b));
}

function applyBinary(op: BinaryOp, a: number, b: number, d: DType): number {
  const f = isFloat(d);
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return mulInt(a, b, d);
    case "/": return a / b;
    case "//": return floorDiv(a, b, f);
    case "%": return pyMod(a, b, f);
    case "**": {
      if (!f && b < 0) throw new NumpyError("ValueError", "Integers to negative integer powers are not allowed.");
      const p = a ** b;
      return f || Number.isSafeInteger(p) || d === "bool" ? p : wrapTo(d, BigInt(a) ** BigInt(b));
    }
    case "&": return Number(BigInt(a) & BigInt(b));
    case "|": return Number(BigInt(a) | BigInt(b));
    case "^": return Number(BigInt(a) ^ BigInt(b));
    case "<<": return d === "bool" ? Number(BigInt(a) << BigInt(b)) : wrapTo(d, BigInt(a) << BigInt(b));
    case ">>": return Number(BigInt(a) >> BigInt(b));
    case "maximum": return Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b);
    case "minimum": return Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b);
  }
}

function toArray(x: Operand, d: DType): NDArray {
  return isArray(x) ? x : new NDArray(d, [], [castTo(d, x.v)]);
}

/** Elementwise binary arithmetic with broadcasting and numpy's result dtype. */
export function binary(op: BinaryOp, x: Operand, y: Operand): NDArray {
  let d = resultType([x, y]);
  if (op === "/") d = floatResult(d);
  if (["&", "|", "^", "<<", ">>"].includes(op) && isFloat(d)) throw new NumpyError("TypeError", `ufunc '${op}' not supported for the input types (float)`);
  const a = toArray(x, d);
  const b = toArray(y, d);
  const shape = broadcastShapes(a.shape, b.shape);
  const n = checkedSize(shape);
  const ia = broadcastIndex(a.shape, shape);
  const ib = broadcastIndex(b.shape, shape);
  const out = new Array<number>(n);
  // Operands are converted to the result dtype first (numpy casts inputs to the loop's type).
  const ca = a.dtype === d ? (v: number) => v : (v: number) => castTo(d, v);
  const cb = b.dtype === d ? (v: number) => v : (v: number) => castTo(d, v);
  for (let i = 0; i < n; i++) {
    const va = ca(a.data[ia ? ia[i]! : i]!);
    const vb = cb(b.data[ib ? ib[i]! : i]!);
    out[i] = castTo(d, applyBinary(op, va, vb, d));
  }
  return new NDArray(d, shape, out);
}

/** Elementwise comparison with broadcasting: a bool array. */
export function compare(op: CompareOp, x: Operand, y: Operand): NDArray {
  const d = resultType([x, y]);
  const a = toArray(x, d);
  const b = toArray(y, d);
  const shape = broadcastShapes(a.shape, b.shape);
  const n = checkedSize(shape);
  const ia = broadcastIndex(a.shape, shape);
  const ib = broadcastIndex(b.shape, shape);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const va = a.data[ia ? ia[i]! : i]!;
    const vb = b.data[ib ? ib[i]! : i]!;
    const r = op === "==" ? va === vb : op === "!=" ? va !== vb : op === "<" ? va < vb : op === "<=" ? va <= vb : op === ">" ? va > vb : va >= vb;
    out[i] = r ? 1 : 0;
  }
  return new NDArray("bool", shape, out);
}

export type UnaryMath = "exp" | "log" | "sqrt" | "tanh" | "sin" | "cos" | "tan" | "log2" | "log10" | "floor" | "ceil" | "sigmoid" | "erf";
/** Math functions: integer inputs give numpy's float dtype for them; floats round to their format. */
export function unaryMath(fn: UnaryMath, a: NDArray): NDArray {
  const d = ["floor", "ceil"].includes(fn) && !isFloat(a.dtype) ? a.dtype : floatResult(a.dtype);
  const f: (x: number) => number = fn === "sigmoid" ? (x) => 1 / (1 + Math.exp(-x)) : fn === "erf" ? erf : (Math[fn] as (x: number) => number);
  return NDArray.fromFlat(d, a.shape, a.data.map(f));
}

/** Abramowitz–Stegun 7.1.26 is too coarse for tests; this is the series/continued-fraction form to ~1e-15. */
function erf(x: number): number {
  const ax = Math.abs(x);
  if (ax < 2.5) {
    let sum = ax;
    let term = ax;
    for (let n = 1; n < 100; n++) {
      term *= (-ax * ax) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17) break;
    }
    return Math.sign(x) * (2 / Math.sqrt(Math.PI)) * sum;
  }
  // erfc continued fraction (Lentz) for large |x|
  let f = ax;
  for (let k = 60; k >= 1; k--) f = ax + (k / 2) / f;
  return Math.sign(x) * (1 - Math.exp(-ax * ax) / (Math.sqrt(Math.PI) * f));
}

/** `-a`, `abs(a)`, `~a` keep the dtype (integers wrap as numpy's do). */
export function unaryKeep(op: "neg" | "abs" | "invert" | "pos", a: NDArray): NDArray {
  if (op === "invert") {
    if (isFloat(a.dtype)) throw new NumpyError("TypeError", "ufunc 'invert' not supported for floats");
    return NDArray.fromFlat(a.dtype, a.shape, a.data.map((x) => (a.dtype === "bool" ? 1 - x : -x - 1)));
  }
  if (op === "pos") return a.copy();
  return NDArray.fromFlat(a.dtype, a.shape, a.data.map((x) => (op === "neg" ? -x : Math.abs(x))));
}

/** `np.where(cond, x, y)` with broadcasting over all three. */
export function where(c: NDArray, x: Operand, y: Operand): NDArray {
  const d = resultType([x, y]);
  const a = toArray(x, d);
  const b = toArray(y, d);
  const shape = broadcastShapes(c.shape, a.shape, b.shape);
  const n = checkedSize(shape);
  const ic = broadcastIndex(c.shape, shape);
  const ia = broadcastIndex(a.shape, shape);
  const ib = broadcastIndex(b.shape, shape);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = castTo(d, c.data[ic ? ic[i]! : i] ? a.data[ia ? ia[i]! : i]! : b.data[ib ? ib[i]! : i]!);
  return new NDArray(d, shape, out);
}

/** `np.array(nested)`: the shape of nested lists and the dtype of their scalars (bool < int < float). */
export function fromNested(value: unknown, dtype?: DType): NDArray {
  const shape: number[] = [];
  const flat: number[] = [];
  let kind: WeakKind = "bool";
  let dt: DType | undefined;
  const walk = (x: unknown, depth: number): void => {
    if (Array.isArray(x)) {
      if (shape.length === depth) shape.push(x.length);
      else if (shape[depth] !== x.length || shape.length < depth) throw new NumpyError("ValueError", "setting an array element with a sequence. The requested array has an inhomogeneous shape");
      for (const y of x) walk(y, depth + 1);
      return;
    }
    if (depth !== shape.length) throw new NumpyError("ValueError", "setting an array element with a sequence. The requested array has an inhomogeneous shape");
    if (x instanceof NDArray) throw new Error("internal: nested NDArray must be expanded by the caller");
    const s = x as { weak: WeakKind; v: number; dtype?: DType };
    if (s.dtype) dt = dt ? promote(dt, s.dtype) : s.dtype;
    if (s.weak === "float" || (s.weak === "int" && kind === "bool")) kind = s.weak === "float" ? "float" : "int";
    flat.push(s.v);
  };
  walk(value, 0);
  const d = dtype ?? (dt ? promoteWeak(dt, kind) : defaultDtype(kind));
  if (flat.length > MAX_ELEMENTS) throw new NumpyError("MemoryError", "array too large");
  return NDArray.fromFlat(d, shape, flat);
}
