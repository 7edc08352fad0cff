/** numpy's shape functions: reshape, transpose, concatenate, stack, pad, matmul/dot, clip. */
import { chargeWork } from "./work";
import type { DType } from "./dtype";
import { castTo, isFloat, kindOf } from "./dtype";
import { broadcastShapes, checkedSize, NDArray, NumpyError, resultType, shapeStr, sizeOf, stridesOf } from "./ndarray";

export function normAxis(axis: number, ndim: number): number {
  const a = axis < 0 ? axis + ndim : axis;
  if (!Number.isInteger(a) || a < 0 || a >= ndim) throw new NumpyError("AxisError", `axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return a;
}

export function reshape(a: NDArray, shape: readonly number[]): NDArray {
  const unknown = shape.filter((d) => d === -1).length;
  if (unknown > 1) throw new NumpyError("ValueError", "can only specify one unknown dimension");
  let s = [...shape];
  if (unknown === 1) {
    const known = sizeOf(shape.filter((d) => d !== -1));
    if (known === 0 || a.size % known !== 0) throw new NumpyError("ValueError", `cannot reshape array of size ${a.size} into shape ${shapeStr(shape)}`);
    s = shape.map((d) => (d === -1 ? a.size / known : d));
  }
  if (s.some((d) => !Number.isInteger(d) || d < 0) || sizeOf(s) !== a.size) throw new NumpyError("ValueError", `cannot reshape array of size ${a.size} into shape ${shapeStr(shape)}`);
  return new NDArray(a.dtype, s, [...a.data]);
}

export function transpose(a: NDArray, axes?: readonly number[]): NDArray {
  const nd = a.ndim;
  const perm = axes ? axes.map((x) => normAxis(x, nd)) : [...Array(nd).keys()].reverse();
  if (perm.length !== nd || new Set(perm).size !== nd) throw new NumpyError("ValueError", "axes don't match array");
  const shape = perm.map((p) => a.shape[p]!);
  const src = stridesOf(a.shape);
  const n = a.size;
  const out = new Array<number>(n);
  const idx = new Array<number>(nd).fill(0);
  for (let f = 0; f < n; f++) {
    let s = 0;
    for (let d = 0; d < nd; d++) s += idx[d]! * src[perm[d]!]!;
    out[f] = a.data[s]!;
    for (let d = nd - 1; d >= 0; d--) {
      if (++idx[d]! < shape[d]!) break;
      idx[d] = 0;
    }
  }
  return new NDArray(a.dtype, shape, out);
}

export function concatenate(arrays: readonly NDArray[], axis: number): NDArray {
  if (arrays.length === 0) throw new NumpyError("ValueError", "need at least one array to concatenate");
  const first = arrays[0]!;
  if (first.ndim === 0) throw new NumpyError("ValueError", "zero-dimensional arrays cannot be concatenated");
  const ax = normAxis(axis, first.ndim);
  for (const a of arrays) {
    if (a.ndim !== first.ndim || a.shape.some((d, i) => i !== ax && d !== first.shape[i])) {
      throw new NumpyError("ValueError", `all the input array dimensions except for the concatenation axis must match exactly (shapes ${arrays.map((x) => shapeStr(x.shape)).join(", ")})`);
    }
  }
  let d: DType = first.dtype;
  for (const a of arrays.slice(1)) d = resultType([{ dtype: d } as NDArray, a]);
  const shape = [...first.shape];
  shape[ax] = arrays.reduce((s, a) => s + a.shape[ax]!, 0);
  const outer = sizeOf(first.shape.slice(0, ax));
  const out: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (const a of arrays) {
      const inner = sizeOf(a.shape.slice(ax));
      for (let i = 0; i < inner; i++) out.push(castTo(d, a.data[o * inner + i]!));
    }
  }
  return new NDArray(d, shape, out);
}

export function stack(arrays: readonly NDArray[], axis: number): NDArray {
  if (arrays.length === 0) throw new NumpyError("ValueError", "need at least one array to stack");
  const first = arrays[0]!;
  if (arrays.some((a) => a.ndim !== first.ndim || a.shape.some((d, i) => d !== first.shape[i]))) throw new NumpyError("ValueError", "all input arrays must have the same shape");
  const ax = normAxis(axis, first.ndim + 1);
  const expanded = arrays.map((a) => reshape(a, [...a.shape.slice(0, ax), 1, ...a.shape.slice(ax)]));
  return concatenate(expanded, ax);
}

/** `np.pad(a, pad_width, mode="constant", constant_values=c)`; only the constant mode. */
export function pad(a: NDArray, widths: readonly (readonly [number, number])[], value: number): NDArray {
  if (widths.length !== a.ndim) throw new NumpyError("ValueError", `pad_width has ${widths.length} entries for an array of dimension ${a.ndim}`);
  const shape = a.shape.map((d, i) => d + widths[i]![0] + widths[i]![1]);
  const out = NDArray.filled(a.dtype, shape, value);
  const dst = stridesOf(shape);
  const idx = new Array<number>(a.ndim).fill(0);
  for (let f = 0; f < a.size; f++) {
    let s = 0;
    for (let d = 0; d < a.ndim; d++) s += (idx[d]! + widths[d]![0]) * dst[d]!;
    out.data[s] = a.data[f]!;
    for (let d = a.ndim - 1; d >= 0; d--) {
      if (++idx[d]! < a.shape[d]!) break;
      idx[d] = 0;
    }
  }
  return out;
}

/** Accumulates a dot product in the result dtype (integers wrap, float32/16 round per step as a C loop would). */
function dotAcc(d: DType): (acc: number, x: number, y: number) => number {
  if (isFloat(d)) return d === "float64" ? (acc, x, y) => acc + x * y : (acc, x, y) => castTo(d, acc + castTo(d, x * y));
  if (kindOf(d) === "b") return (acc, x, y) => (acc || (x && y) ? 1 : 0);
  return (acc, x, y) => castTo(d, acc + castTo(d, Number.isSafeInteger(x * y) ? x * y : Number(BigInt(x) * BigInt(y) % (1n << 64n))));
}

/** `a @ b` / `np.matmul`: 1-D and 2-D operands, and stacks of matrices with broadcast batch dimensions. */
export function matmul(a: NDArray, b: NDArray): NDArray {
  if (a.ndim === 0 || b.ndim === 0) throw new NumpyError("ValueError", "matmul: Input operand does not have enough dimensions");
  const d = resultType([a, b]);
  const A = a.ndim === 1 ? reshape(a, [1, a.shape[0]!]) : a;
  const B = b.ndim === 1 ? reshape(b, [b.shape[0]!, 1]) : b;
  const [m, k] = A.shape.slice(-2) as [number, number];
  const [k2, n] = B.shape.slice(-2) as [number, number];
  if (k !== k2) throw new NumpyError("ValueError", `matmul: Input operand 1 has a mismatch in its core dimension 0 (size ${k2} is different from ${k})`);
  const batch = broadcastShapes(A.shape.slice(0, -2), B.shape.slice(0, -2));
  const nb = sizeOf(batch);
  const acc = dotAcc(d);
  const size = checkedSize([...batch, m, n]);
  // Charged before the loops: two arrays within the size limit can still take hours to multiply.
  chargeWork(size * k);
  const out = new Array<number>(size);
  const bA = sizeOf(A.shape.slice(0, -2));
  const bB = sizeOf(B.shape.slice(0, -2));
  // Operands converted to the result dtype once, B's matrices transposed so each dot product reads two
  // contiguous rows; float32 and float64 have their own loops (the accumulation is the same).
  const aD = Float64Array.from(A.data, (x) => castTo(d, x));
  const bT = new Float64Array(B.size);
  const Bd = B.data;
  for (let t = 0; t < bB; t++) for (let p = 0; p < k; p++) for (let j = 0; j < n; j++) bT[t * k * n + j * k + p] = castTo(d, Bd[t * k * n + p * n + j]!);
  const fround = Math.fround;
  for (let t = 0; t < nb; t++) {
    const oa = (bA === 1 ? 0 : t) * m * k;
    const ob = (bB === 1 ? 0 : t) * k * n;
    for (let i = 0; i < m; i++) {
      const ra = oa + i * k;
      for (let j = 0; j < n; j++) {
        const rb = ob + j * k;
        let s = 0;
        if (d === "float64") for (let p = 0; p < k; p++) s += aD[ra + p]! * bT[rb + p]!;
        else if (d === "float32") for (let p = 0; p < k; p++) s = fround(s + fround(aD[ra + p]! * bT[rb + p]!));
        else for (let p = 0; p < k; p++) s = acc(s, aD[ra + p]!, bT[rb + p]!);
        out[t * m * n + i * n + j] = castTo(d, s);
      }
    }
  }
  let shape = [...batch, m, n];
  if (a.ndim === 1) shape = [...batch, n];
  if (b.ndim === 1) shape = a.ndim === 1 ? [...batch] : [...batch, m];
  return new NDArray(d, shape, out);
}

/** `np.dot`: matmul for 1-D/2-D operands (the forms testbenches use). */
export function dot(a: NDArray, b: NDArray): NDArray {
  if (a.ndim > 2 || b.ndim > 2) throw new NumpyError("NotImplementedError", "np.dot of arrays with more than 2 dimensions is not supported here; use np.matmul or np.einsum-free loops");
  return matmul(a, b);
}
