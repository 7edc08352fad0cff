/**
 * A numpy array as the contents of a kernel's constant table or array initializer, kept compact: one
 * typed array of the element type's values instead of one JS value per element. A model's weights
 * (millions of elements) go from a loaded .npy file or the script's numpy arrays into the IR without
 * nested Python lists or per-element conversions; the simulator and the printers read the typed array.
 *
 * The values are exactly those the per-element conversion gives (lower.ts's constToElem): floats
 * unchanged (a float element type keeps the number; the runtime rounds it on use), integers truncated
 * and wrapped to the width, NaN and ±Infinity to 0. Types whose values need bigints or a scale
 * (integers wider than 32 bits, fixed point) have no compact form here: undefined, and the caller
 * converts element by element.
 */
import type { InitValues } from "../ir/nodes";
import type { ScalarType } from "../types/types";
import type { NDArray } from "./numpy/ndarray";

export function packedInit(a: NDArray, t: ScalarType): InitValues | undefined {
  if (a.dtype === "int64" || a.dtype === "uint64") return undefined; // elements may be past 2^53
  if (t.kind === "float") {
    const p = a.packed;
    // A typed copy reads back as the same numbers (float32 and smaller dtypes fit their arrays exactly).
    if (p) return p.slice();
    // float32/float16 arrays hold float32-exact numbers (castTo rounds them): a Float32Array is lossless.
    return a.dtype === "float32" || a.dtype === "float16" ? Float32Array.from(a.data) : Float64Array.from(a.data);
  }
  if (t.kind === "fixed") return undefined;
  const bits = t.kind === "index" ? 32 : t.bits;
  const signed = t.kind === "index" || t.signed;
  if (bits > 32) return undefined;
  const n = a.size;
  const src: ArrayLike<number> = a.packed ?? a.data;
  const m = 2 ** bits;
  const half = m / 2;
  const lo = signed ? -half : 0;
  const hi = signed ? half - 1 : m - 1;
  // One monomorphic loop into doubles (most values are integers already in range), then one native
  // conversion into the element type's typed array (exact: every value fits it).
  const vals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = src[i]!;
    vals[i] = x >= lo && x <= hi && x === Math.floor(x) ? x : wrapped(x, bits, signed);
  }
  if (signed) return bits <= 8 ? new Int8Array(vals) : bits <= 16 ? new Int16Array(vals) : new Int32Array(vals);
  return bits <= 8 ? new Uint8Array(vals) : bits <= 16 ? new Uint16Array(vals) : new Uint32Array(vals);
}

/** x truncated and wrapped to `bits` (two's complement when signed); NaN and ±Infinity are 0. */
function wrapped(x: number, bits: number, signed: boolean): number {
  if (!Number.isFinite(x)) return 0;
  const v = Math.trunc(x);
  const m = 2 ** bits;
  let r: number;
  if (Number.isSafeInteger(v)) {
    r = v % m;
    if (r < 0) r += m;
  } else r = Number(BigInt.asUintN(bits, BigInt(v)));
  return signed && r >= m / 2 ? r - m : r;
}
