/** Reductions with numpy's `axis` and `keepdims`, and their result dtypes. */
import { chargeWork } from "./work";
import type { DType } from "./dtype";
import { castTo, floatResult, isFloat, kindOf } from "./dtype";
import { mulInt, NDArray, NumpyError, sizeOf } from "./ndarray";
import { normAxis } from "./shape-ops";

export type Reduction = "sum" | "prod" | "max" | "min" | "mean" | "argmax" | "argmin" | "all" | "any" | "std" | "var";

/** Sums and products of small integers and bools accumulate in int64 (uint64 for unsigned), as numpy's do. */
function accDtype(r: Reduction, d: DType): DType {
  if (r === "sum" || r === "prod") {
    if (kindOf(d) === "b" || kindOf(d) === "i") return "int64";
    if (kindOf(d) === "u") return "uint64";
    return d;
  }
  if (r === "mean" || r === "std" || r === "var") return floatResult(d) === "float16" ? "float16" : floatResult(d);
  if (r === "argmax" || r === "argmin") return "int64";
  if (r === "all" || r === "any") return "bool";
  return d;
}

/**
 * A float sum as numpy computes it: in float32 for float16/float32 data (float64 for float64), and, when
 * the reduced elements are contiguous (the trailing axes of these row-major arrays), by numpy's pairwise
 * summation (fewer than 8 values one by one; up to 128 in eight interleaved partial sums; more split in
 * halves at a multiple of 8). Otherwise numpy adds the values into the output one after another.
 * Summing in float64 instead differs from numpy in the last bits of float32 results.
 */
function floatSum(xs: readonly number[], out: DType, pairwise: boolean): number {
  const add: (a: number, b: number) => number = out === "float64" ? (a, b) => a + b : (a, b) => Math.fround(a + b);
  if (!pairwise) {
    let s = 0;
    for (const x of xs) s = add(s, x);
    return s;
  }
  const pw = (lo: number, n: number): number => {
    if (n < 8) {
      let s = 0;
      for (let i = 0; i < n; i++) s = add(s, xs[lo + i]!);
      return s;
    }
    if (n <= 128) {
      const r = xs.slice(lo, lo + 8);
      let i = 8;
      for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] = add(r[j]!, xs[lo + i + j]!);
      let s = add(add(add(r[0]!, r[1]!), add(r[2]!, r[3]!)), add(add(r[4]!, r[5]!), add(r[6]!, r[7]!)));
      for (; i < n; i++) s = add(s, xs[lo + i]!);
      return s;
    }
    let n2 = Math.floor(n / 2);
    n2 -= n2 % 8;
    return add(pw(lo, n2), pw(lo + n2, n - n2));
  };
  return add(0, pw(0, xs.length));
}

function reduceLine(r: Reduction, xs: number[], d: DType, out: DType, pairwise: boolean): number {
  switch (r) {
    case "sum": {
      if (isFloat(out)) return castTo(out, floatSum(xs, out, pairwise));
      let s = 0;
      for (const x of xs) s = castTo(out, s + x);
      return s;
    }
    case "prod": {
      let p = 1;
      for (const x of xs) p = castTo(out, mulInt(p, x, out));
      return p;
    }
    case "max": case "min": {
      if (xs.length === 0) throw new NumpyError("ValueError", `zero-size array to reduction operation ${r === "max" ? "maximum" : "minimum"} which has no identity`);
      let b = xs[0]!;
      for (const x of xs) {
        if (Number.isNaN(x)) return NaN;
        if (r === "max" ? x > b : x < b) b = x;
      }
      return b;
    }
    case "argmax": case "argmin": {
      if (xs.length === 0) throw new NumpyError("ValueError", `attempt to get ${r} of an empty sequence`);
      let bi = 0;
      for (let i = 0; i < xs.length; i++) {
        if (Number.isNaN(xs[i]!)) return i;
        if (r === "argmax" ? xs[i]! > xs[bi]! : xs[i]! < xs[bi]!) bi = i;
      }
      return bi;
    }
    case "mean": {
      // numpy: the sum in the accumulator's precision (float32 for float16/float32), divided by the count
      const acc = out === "float64" ? "float64" : "float32";
      return castTo(out, castTo(acc, floatSum(xs, out, pairwise) / xs.length));
    }
    case "var": case "std": {
      // numpy's _var: the mean, the squared deviations and their sum, each in the accumulator's precision
      const acc = out === "float64" ? "float64" : "float32";
      const m = castTo(acc, floatSum(xs, out, pairwise) / xs.length);
      const dev = xs.map((x) => { const e = castTo(acc, x - m); return castTo(acc, e * e); });
      const v = castTo(acc, floatSum(dev, out, pairwise) / xs.length);
      return castTo(out, r === "std" ? Math.sqrt(v) : v);
    }
    case "all": return xs.every((x) => x !== 0) ? 1 : 0;
    case "any": return xs.some((x) => x !== 0) ? 1 : 0;
  }
  void d;
}

/** Reduces over `axis` (undefined: every axis) and returns an array (0-d for a full reduction). */
export function reduce(r: Reduction, a: NDArray, axis?: number | readonly number[], keepdims = false): NDArray {
  chargeWork(a.size);
  const out = accDtype(r, a.dtype);
  const axes = axis === undefined ? [...a.shape.keys()] : (typeof axis === "number" ? [axis] : [...axis]).map((x) => normAxis(x, a.ndim));
  if ((r === "argmax" || r === "argmin") && axes.length > 1 && axis !== undefined) throw new NumpyError("TypeError", `${r} takes one axis`);
  const keep = a.shape.map((_, i) => !axes.includes(i));
  const outShape = a.shape.filter((_, i) => keep[i]);
  const groups = new Map<number, number[]>();
  const strides = outShape.map((_, i) => sizeOf(outShape.slice(i + 1)));
  const idx = new Array<number>(a.ndim).fill(0);
  for (let f = 0; f < a.size; f++) {
    let o = 0;
    let k = 0;
    for (let d = 0; d < a.ndim; d++) if (keep[d]) o += idx[d]! * strides[k++]!;
    let g = groups.get(o);
    if (!g) groups.set(o, (g = []));
    g.push(a.data[f]!);
    for (let d = a.ndim - 1; d >= 0; d--) {
      if (++idx[d]! < a.shape[d]!) break;
      idx[d] = 0;
    }
  }
  const n = sizeOf(outShape);
  const data = new Array<number>(n);
  // The reduced elements are contiguous when the reduced axes are the trailing ones (numpy sums them pairwise).
  const pairwise = axes.every((x) => x >= a.ndim - axes.length);
  for (let i = 0; i < n; i++) data[i] = reduceLine(r, groups.get(i) ?? [], a.dtype, out, pairwise);
  const shape = keepdims ? a.shape.map((d, i) => (keep[i] ? d : 1)) : outShape;
  return new NDArray(out, shape, data);
}

/** `np.cumsum(a, axis)`: along one axis, or over the flattened array without one. */
export function cumsum(a: NDArray, axis?: number): NDArray {
  chargeWork(a.size);
  const out = accDtype("sum", a.dtype);
  if (axis === undefined) {
    let s = 0;
    return new NDArray(out, [a.size], a.data.map((x) => (s = castTo(out, s + x))));
  }
  const ax = normAxis(axis, a.ndim);
  const inner = sizeOf(a.shape.slice(ax + 1));
  const len = a.shape[ax]!;
  const outer = sizeOf(a.shape.slice(0, ax));
  const data = new Array<number>(a.size);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      let s = 0;
      for (let j = 0; j < len; j++) {
        const f = (o * len + j) * inner + i;
        s = castTo(out, s + a.data[f]!);
        data[f] = s;
      }
    }
  }
  return new NDArray(out, [...a.shape], data);
}
