/**
 * numpy indexing: integers, slices, `None` (newaxis), `...`, one integer-array or boolean axis, and a
 * boolean mask of the array's whole shape. Reads copy; writes broadcast the value into the selection.
 */
import { castTo } from "./dtype";
import { broadcastTo, NDArray, NumpyError, sizeOf, stridesOf } from "./ndarray";

export type IndexItem =
  | { readonly k: "int"; readonly v: number }
  | { readonly k: "slice"; readonly lo?: number; readonly hi?: number; readonly step?: number }
  | { readonly k: "newaxis" }
  | { readonly k: "ellipsis" }
  | { readonly k: "array"; readonly a: NDArray };

/** Python's slice.indices(n): the positions a slice selects in a dimension of length n. */
export function sliceRange(n: number, lo?: number, hi?: number, step = 1): number[] {
  if (step === 0) throw new NumpyError("ValueError", "slice step cannot be zero");
  const clamp = (x: number, dflt: number, min: number, max: number) => {
    if (x === undefined) return dflt;
    const v = x < 0 ? x + n : x;
    return Math.max(min, Math.min(max, v));
  };
  const out: number[] = [];
  if (step > 0) {
    const a = clamp(lo as number, 0, 0, n);
    const b = clamp(hi as number, n, 0, n);
    for (let i = a; i < b; i += step) out.push(i);
  } else {
    const a = clamp(lo as number, n - 1, -1, n - 1);
    const b = clamp(hi as number, -1, -1, n - 1);
    for (let i = a; i > b; i += step) out.push(i);
  }
  return out;
}

interface Selection {
  readonly shape: number[];
  /** Flat source offsets in the selection's C order. */
  readonly offsets: number[];
}

function select(a: NDArray, items: readonly IndexItem[]): Selection {
  // A boolean mask with the array's whole shape selects those elements, flattened.
  if (items.length === 1 && items[0]!.k === "array" && items[0]!.a.dtype === "bool" && items[0]!.a.ndim === a.ndim && a.ndim > 1) {
    const m = items[0]!.a;
    if (m.shape.some((d, i) => d !== a.shape[i])) throw new NumpyError("IndexError", `boolean index did not match indexed array (shapes (${m.shape.join(", ")}) and (${a.shape.join(", ")}))`);
    const offsets: number[] = [];
    m.data.forEach((x, i) => { if (x) offsets.push(i); });
    return { shape: [offsets.length], offsets };
  }
  const ell = items.filter((x) => x.k === "ellipsis").length;
  if (ell > 1) throw new NumpyError("IndexError", "an index can only have a single ellipsis ('...')");
  const consuming = items.filter((x) => x.k !== "newaxis" && x.k !== "ellipsis").length;
  if (consuming > a.ndim) throw new NumpyError("IndexError", `too many indices for array: array is ${a.ndim}-dimensional, but ${consuming} were indexed`);
  const full: IndexItem[] = [];
  for (const x of items) {
    if (x.k === "ellipsis") for (let i = 0; i < a.ndim - consuming; i++) full.push({ k: "slice" });
    else full.push(x);
  }
  while (full.filter((x) => x.k !== "newaxis").length < a.ndim) full.push({ k: "slice" });
  if (full.filter((x) => x.k === "array").length > 1) throw new NumpyError("IndexError", "indexing with more than one integer or boolean array is not supported here; index one axis at a time");
  const strides = stridesOf(a.shape);
  // per output dimension: the source offsets it steps through
  const outDims: number[][] = [];
  let base = 0;
  let axis = 0;
  for (const x of full) {
    if (x.k === "newaxis") { outDims.push([0]); continue; }
    const n = a.shape[axis]!;
    const st = strides[axis]!;
    if (x.k === "int") {
      const i = x.v < 0 ? x.v + n : x.v;
      if (!Number.isInteger(i) || i < 0 || i >= n) throw new NumpyError("IndexError", `index ${x.v} is out of bounds for axis ${axis} with size ${n}`);
      base += i * st;
    } else if (x.k === "slice") {
      outDims.push(sliceRange(n, x.lo, x.hi, x.step).map((i) => i * st));
    } else if (x.k === "array") {
      let pos: number[];
      if (x.a.dtype === "bool") {
        if (x.a.ndim !== 1 || x.a.size !== n) throw new NumpyError("IndexError", `boolean index did not match indexed array along axis ${axis}; size of axis is ${n} but size of corresponding boolean axis is ${x.a.size}`);
        pos = [];
        x.a.data.forEach((b, i) => { if (b) pos.push(i); });
      } else {
        if (x.a.ndim > 1) throw new NumpyError("IndexError", "multi-dimensional integer index arrays are not supported here");
        pos = x.a.data.map((v) => {
          const i = v < 0 ? v + n : v;
          if (i < 0 || i >= n) throw new NumpyError("IndexError", `index ${v} is out of bounds for axis ${axis} with size ${n}`);
          return i;
        });
      }
      outDims.push(pos.map((i) => i * st));
    }
    axis++;
  }
  const shape = outDims.map((d) => d.length);
  const total = sizeOf(shape);
  const offsets = new Array<number>(total);
  const idx = new Array<number>(shape.length).fill(0);
  for (let f = 0; f < total; f++) {
    let s = base;
    for (let d = 0; d < shape.length; d++) s += outDims[d]![idx[d]!]!;
    offsets[f] = s;
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d]! < shape[d]!) break;
      idx[d] = 0;
    }
  }
  return { shape, offsets };
}

export function getItem(a: NDArray, items: readonly IndexItem[]): NDArray {
  const first = items[0];
  if (items.length === 1 && first!.k === "slice" && (first.step ?? 1) === 1 && a.ndim > 0) {
    // `a[lo:hi]`: whole rows, one contiguous run of the elements (tiled weights cut to length).
    const n = a.shape[0]!;
    const clamp = (x: number | undefined, dflt: number) => (x === undefined ? dflt : Math.max(0, Math.min(n, x < 0 ? x + n : x)));
    const lo = clamp(first.lo, 0);
    const rows = Math.max(0, clamp(first.hi, n) - lo);
    const row = sizeOf(a.shape.slice(1));
    return new NDArray(a.dtype, [rows, ...a.shape.slice(1)], a.data.slice(lo * row, (lo + rows) * row));
  }
  const s = select(a, items);
  return new NDArray(a.dtype, s.shape, s.offsets.map((o) => a.data[o]!));
}

/** `a[items] = value`: the value broadcasts to the selection and converts to a's dtype. */
export function setItem(a: NDArray, items: readonly IndexItem[], value: NDArray): void {
  const s = select(a, items);
  const v = broadcastTo(value, s.shape);
  for (let i = 0; i < s.offsets.length; i++) a.data[s.offsets[i]!] = castTo(a.dtype, v.data[i]!);
}
