/**
 * Value-semantics helpers called by generated simulator code (DESIGN §5). Pure, synchronous, and cheap on the
 * ≤ 32-bit paths: no allocation, only int32 bit tricks.
 *
 * Representation: integers up to 52 bits are exact integer-valued numbers, wider ones are bigints. Fixed-point
 * values are handled as raw integers (raw = value · 2^F) in the same representation. Floats are numbers
 * holding a value exactly representable in their format (float32 = Math.fround, float16 / bfloat16 = the
 * rounders below).
 *
 * Helpers that insert bits (setBit, setSlice, bitReverse) return the unwrapped result; the generated code
 * wraps it to the destination type like any other store.
 */
import type { FloatName, ScalarType } from "../types/types";

// ------------------------------------------------------------------------------------------------------------
// Shared scratch (single-threaded, never held across calls) and powers of two.
// ------------------------------------------------------------------------------------------------------------

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const B64 = new BigUint64Array(F64.buffer);
const F32 = new Float32Array(1);
const U32F = new Uint32Array(F32.buffer);
/** Index of the high word of a double in U32 (typed arrays use the platform's byte order). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** P2[k + 1074] = 2^k for k = −1074..1023, built by exact doubling/halving. */
const P2_OFF = 1074;
const P2 = new Float64Array(1074 + 1024);
P2[P2_OFF] = 1;
for (let k = 1; k <= 1023; k++) P2[P2_OFF + k] = P2[P2_OFF + k - 1]! * 2;
for (let k = 1; k <= 1074; k++) P2[P2_OFF - k] = P2[P2_OFF - k + 1]! / 2;

/** 2^k exactly (0 below the subnormal range, Infinity above the double range). */
export function pow2(k: number): number {
  if (k > 1023) return Infinity;
  if (k < -1074) return 0;
  return P2[k + P2_OFF]!;
}

// ------------------------------------------------------------------------------------------------------------
// Integer wrap (modulo 2^bits, two's complement)
// ------------------------------------------------------------------------------------------------------------

/**
 * Wrap an integer-valued double to a signed `bits`-bit value, bits = 1..52. Exact for every finite
 * integer-valued input, also beyond 2^53 (ToInt32 is an exact modulo, and x − ⌊x/m⌋·m is exact by Sterbenz).
 */
export function wrapS(x: number, bits: number): number {
  if (bits <= 32) {
    const s = 32 - bits;
    return (x << s) >> s;
  }
  const m = P2[bits + P2_OFF]!;
  const r = x - Math.floor(x / m) * m;
  return r >= m * 0.5 ? r - m : r + 0;
}

/** Wrap an integer-valued double to an unsigned `bits`-bit value, bits = 1..52. */
export function wrapU(x: number, bits: number): number {
  if (bits <= 32) {
    const s = 32 - bits;
    return (x << s) >>> s;
  }
  const m = P2[bits + P2_OFF]!;
  return x - Math.floor(x / m) * m + 0;
}

export function wrapBigS(x: bigint, bits: number): bigint {
  return BigInt.asIntN(bits, x);
}

export function wrapBigU(x: bigint, bits: number): bigint {
  return BigInt.asUintN(bits, x);
}

// ------------------------------------------------------------------------------------------------------------
// Float rounding (IEEE round to nearest, ties to even), straight from the double: going through float32 first
// would round twice.
// ------------------------------------------------------------------------------------------------------------

/**
 * Round |x| to a binary format with `p` explicit mantissa bits and minimum normal exponent `emin`; `overflow`
 * is the smallest magnitude that rounds to infinity (max finite + half an ulp). Adding then subtracting
 * c = 2^(e−p+52) makes the FPU round away exactly the bits below the format's quantum 2^(e−p), with RNE.
 * Below 2^emin the exponent is clamped, which gives the subnormal quantum.
 */
function roundBinary(x: number, p: number, emin: number, overflow: number): number {
  const a = Math.abs(x);
  if (!(a < overflow)) return a === a ? (x > 0 ? Infinity : -Infinity) : x;
  if (a === 0) return x;
  F64[0] = a;
  let e = ((U32[HI]! >>> 20) & 0x7ff) - 1023;
  if (e < emin) e = emin;
  const c = P2[e - p + 52 + P2_OFF]!;
  const r = a + c - c;
  return x < 0 ? -r : r;
}

const F16_OVERFLOW = 65520; // 65504 + 2^4
const BF16_OVERFLOW = (2 - 2 ** -8) * 2 ** 127;

/** Round to IEEE binary16: RNE, overflow → ±Infinity, correct subnormals, ±0 and NaN preserved. */
export function roundF16(x: number): number {
  return roundBinary(x, 10, -14, F16_OVERFLOW);
}

/** Round to bfloat16 (8-bit exponent, 7-bit mantissa): RNE, overflow → ±Infinity, subnormals kept. */
export function roundBF16(x: number): number {
  return roundBinary(x, 7, -126, BF16_OVERFLOW);
}

/** float32 rounding (a single RNE rounding of the double). */
export const roundF32: (x: number) => number = Math.fround;

/**
 * Round a double to the format. Because a double holds any f32/f16/bf16 sum, difference, product, quotient or
 * square root with more than 2p+2 bits, computing those in double and rounding once is exact IEEE.
 */
export function roundFloat(x: number, fmt: FloatName): number {
  switch (fmt) {
    case "f64": return x;
    case "f32": return Math.fround(x);
    case "f16": return roundBinary(x, 10, -14, F16_OVERFLOW);
    case "bf16": return roundBinary(x, 7, -126, BF16_OVERFLOW);
  }
}

/** Format parameters: explicit mantissa bits and minimum normal exponent. */
const FMT_P: Record<FloatName, number> = { f16: 10, bf16: 7, f32: 23, f64: 52 };
const FMT_EMIN: Record<FloatName, number> = { f16: -14, bf16: -126, f32: -126, f64: -1022 };

// ------------------------------------------------------------------------------------------------------------
// Float ↔ integer
// ------------------------------------------------------------------------------------------------------------

/**
 * float → signed int of `bits` (1..52): truncate toward zero, then wrap modulo 2^bits. C++ leaves out-of-range
 * conversions undefined; we define them as the wrap. NaN and ±Infinity give 0.
 */
export function f2iS(x: number, bits: number): number {
  if (bits <= 32) {
    const s = 32 - bits;
    return (x << s) >> s; // ToInt32: truncate, wrap mod 2^32, NaN/±Inf → 0
  }
  const t = Math.trunc(x);
  return t - t !== 0 ? 0 : wrapS(t, bits);
}

/** float → unsigned int of `bits` (1..52): truncate toward zero, wrap; NaN/±Infinity → 0. */
export function f2iU(x: number, bits: number): number {
  if (bits <= 32) {
    const s = 32 - bits;
    return (x << s) >>> s;
  }
  const t = Math.trunc(x);
  return t - t !== 0 ? 0 : wrapU(t, bits);
}

/** float → int of any width as a bigint: truncate toward zero, wrap; NaN/±Infinity → 0n. */
export function f2iBig(x: number, bits: number, signed: boolean): bigint {
  const t = Math.trunc(x);
  if (t - t !== 0) return 0n;
  const b = BigInt(t);
  return signed ? BigInt.asIntN(bits, b) : BigInt.asUintN(bits, b);
}

/** int (exact number, |x| < 2^53) → float format, RNE. */
export function intToFloat(x: number, fmt: FloatName): number {
  return roundFloat(x, fmt);
}

/** int of any width → float format with a single RNE rounding (Math.fround(Number(x)) would round twice). */
export function bigIntToFloat(x: bigint, fmt: FloatName): number {
  return fixedToFloatBig(x, 0, fmt);
}

// ------------------------------------------------------------------------------------------------------------
// Fixed point on raw integers (raw = value · 2^F). Quantization is AP_TRN (floor), overflow AP_WRAP
// (DESIGN §5). Number variants need both widths ≤ 52; use the Big variants otherwise.
// ------------------------------------------------------------------------------------------------------------

/** Re-align a raw value from `fromFrac` to `toFrac` fractional bits (left shift exact, right shift floor), then
 * wrap to `toBits`. Also int → fixed (fromFrac 0) and fixed → int (toFrac 0). */
export function fixedToFixed(raw: number, fromFrac: number, toBits: number, toFrac: number, toSigned: boolean): number {
  const d = toFrac - fromFrac;
  const v = d >= 0 ? raw * pow2(d) : Math.floor(raw * pow2(d));
  return toSigned ? wrapS(v, toBits) : wrapU(v, toBits);
}

export function fixedToFixedBig(raw: bigint, fromFrac: number, toBits: number, toFrac: number, toSigned: boolean): bigint {
  const d = toFrac - fromFrac;
  const v = d >= 0 ? raw << BigInt(d) : raw >> BigInt(-d); // bigint >> is floor
  return toSigned ? BigInt.asIntN(toBits, v) : BigInt.asUintN(toBits, v);
}

/** int → fixed: the exact value x·2^F (floored when F < 0), wrapped to W. Same as Allo's CPU path (wrap to W,
 * then shift left F in W bits), since both are x·2^F mod 2^W. */
export function intToFixed(x: number, bits: number, frac: number, signed: boolean): number {
  return fixedToFixed(x, 0, bits, frac, signed);
}

export function intToFixedBig(x: bigint, bits: number, frac: number, signed: boolean): bigint {
  return fixedToFixedBig(x, 0, bits, frac, signed);
}

/**
 * fixed → int: truncates toward zero (C-style), then wraps to the int width. This is what the exported
 * C++ does (ap_fixed's conversion to an integer is C-native); Allo's CPU path floors instead, and we
 * follow the hardware (DESIGN §1). Fixed → fixed narrowing still floors (AP_TRN).
 */
export function fixedToInt(raw: number, frac: number, bits: number, signed: boolean): number {
  const t = frac <= 0 ? raw * pow2(-frac) : Math.trunc(raw / pow2(frac));
  return signed ? wrapS(t + 0, bits) : wrapU(t + 0, bits);
}

export function fixedToIntBig(raw: bigint, frac: number, bits: number, signed: boolean): bigint {
  const t = frac <= 0 ? raw << BigInt(-frac) : raw / (1n << BigInt(frac));
  return signed ? BigInt.asIntN(bits, t) : BigInt.asUintN(bits, t);
}

/** floor(x · 2^F) as a double; NaN/±Inf → NaN. Scaling by 2^F is exact; only a total underflow loses the sign. */
function scaledFloor(x: number, frac: number): number {
  const p = x * pow2(frac);
  if (p === 0) return x < 0 ? -1 : 0;
  return Math.floor(p);
}

/** float → fixed raw: floor(x · 2^F) (AP_TRN), wrapped to W (AP_WRAP); NaN/±Infinity → 0. */
export function floatToFixed(x: number, bits: number, frac: number, signed: boolean): number {
  const f = scaledFloor(x, frac);
  if (f - f !== 0) return 0; // NaN/Inf, or finite x so large that x·2^F overflows: then it is ≡ 0 mod 2^W
  return signed ? wrapS(f, bits) : wrapU(f, bits);
}

export function floatToFixedBig(x: number, bits: number, frac: number, signed: boolean): bigint {
  if (x - x !== 0) return 0n;
  const f = scaledFloor(x, frac);
  // Finite x whose scaled value overflows the double range is an integer: shift it exactly.
  const v = f - f === 0 ? BigInt(f) : BigInt(x) << BigInt(frac);
  return signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

/** fixed raw → float format, one RNE rounding (raw · 2^−F is exact in double). */
export function fixedToFloat(raw: number, frac: number, fmt: FloatName): number {
  return roundFloat(raw * pow2(-frac), fmt);
}

const SAFE = 2n ** 53n;

/** fixed raw of any width → float format, rounded once (RNE) from the exact value raw · 2^−F. */
export function fixedToFloatBig(raw: bigint, frac: number, fmt: FloatName): number {
  if (raw < SAFE && raw > -SAFE) return roundFloat(Number(raw) * pow2(-frac), fmt);
  const neg = raw < 0n;
  const m = neg ? -raw : raw;
  const p = FMT_P[fmt];
  // Exponent of the value, clamped to the format's subnormal exponent; keep bits down to weight 2^(e−p).
  let e = m.toString(2).length - 1 - frac;
  if (e < FMT_EMIN[fmt]) e = FMT_EMIN[fmt];
  const shift = e - p + frac;
  let q = m;
  if (shift > 0) {
    const s = BigInt(shift);
    q = m >> s;
    const rem = m - (q << s);
    const half = 1n << (s - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  const k = shift > 0 ? shift - frac : -frac;
  // q has at most p + 2 bits, so Number(q) is exact; the power-of-two scaling is exact or overflows to ∞.
  // roundFloat then only maps values beyond the format's range to ±Infinity.
  const k1 = k >> 1;
  const r = roundFloat(Number(q) * pow2(k1) * pow2(k - k1), fmt);
  return neg ? -r : r;
}

// ------------------------------------------------------------------------------------------------------------
// Division and remainder. Division by zero is undefined in C++ and garbage in hardware; we define x / 0 = 0
// and x % 0 = x (so that x == (x / y) * y + x % y still holds).
// ------------------------------------------------------------------------------------------------------------

/** C `/` on integers: toward zero. Exact for |a| < 2^53 (the double quotient cannot round across an integer).
 * The result is not wrapped: MIN / −1 needs the caller's wrap like any other store. */
export function divTrunc(a: number, b: number): number {
  if (b === 0) return 0;
  return Math.trunc(a / b) + 0;
}

/** C `%`: the sign of the dividend. */
export function remC(a: number, b: number): number {
  if (b === 0) return a;
  return (a % b) + 0;
}

/** Python `//` on integers: toward −∞. */
export function floorDiv(a: number, b: number): number {
  if (b === 0) return 0;
  return Math.floor(a / b) + 0;
}

/** Python `%` on integers: the sign of the divisor. */
export function floorMod(a: number, b: number): number {
  if (b === 0) return a;
  let r = a % b;
  if (r !== 0 && r < 0 !== b < 0) r += b;
  return r + 0;
}

/** `//` on floats: floor of the quotient rounded to the operand format (what `floor(a / b)` computes in C++).
 * IEEE rules apply to zero divisors (±Infinity, NaN). */
export function floorDivF(a: number, b: number, fmt: FloatName = "f64"): number {
  return Math.floor(roundFloat(a / b, fmt));
}

export function divTruncBig(a: bigint, b: bigint): bigint {
  return b === 0n ? 0n : a / b;
}

export function remCBig(a: bigint, b: bigint): bigint {
  return b === 0n ? a : a % b;
}

export function floorDivBig(a: bigint, b: bigint): bigint {
  if (b === 0n) return 0n;
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export function floorModBig(a: bigint, b: bigint): bigint {
  if (b === 0n) return a;
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

// ------------------------------------------------------------------------------------------------------------
// Bit access. Bits are those of the infinite two's-complement value, so negative numbers read as sign-extended.
// ------------------------------------------------------------------------------------------------------------

/** Bit i (0 = LSB) of an integer-valued number. */
export function getBit(x: number, i: number): number {
  if (i < 32) return (x >>> i) & 1;
  return Math.floor(x / P2[i + P2_OFF]!) & 1;
}

/** x with bit i replaced by the low bit of v (unwrapped: wrap to the type after). */
export function setBit(x: number, i: number, v: number): number {
  return x + ((v & 1) - getBit(x, i)) * pow2(i);
}

/** Bits lo..hi−1 (Python-style exclusive hi, Allo's `x[lo:hi]`) as an unsigned value; hi − lo ≤ 52. */
export function getSlice(x: number, lo: number, hi: number): number {
  const w = hi - lo;
  if (w <= 0) return 0;
  if (hi <= 32) {
    const s = 32 - w;
    return ((x >>> lo) << s) >>> s;
  }
  return wrapU(Math.floor(x / pow2(lo)), w);
}

/** x with bits lo..hi−1 replaced by the low hi − lo bits of v (unwrapped: wrap to the type after). */
export function setSlice(x: number, lo: number, hi: number, v: number): number {
  const w = hi - lo;
  if (w <= 0) return x;
  return x + (wrapU(v, w) - getSlice(x, lo, hi)) * pow2(lo);
}

export function getBitBig(x: bigint, i: number): number {
  return Number((x >> BigInt(i)) & 1n);
}

export function setBitBig(x: bigint, i: number, v: number): bigint {
  const m = 1n << BigInt(i);
  return v & 1 ? x | m : x & ~m;
}

/** Bits lo..hi−1 as an unsigned bigint. */
export function getSliceBig(x: bigint, lo: number, hi: number): bigint {
  return hi <= lo ? 0n : BigInt.asUintN(hi - lo, x >> BigInt(lo));
}

export function setSliceBig(x: bigint, lo: number, hi: number, v: bigint): bigint {
  if (hi <= lo) return x;
  const w = BigInt(hi - lo), l = BigInt(lo);
  const mask = ((1n << w) - 1n) << l;
  return (x & ~mask) | (BigInt.asUintN(hi - lo, v) << l);
}

function reverse32(x: number): number {
  let v = x | 0;
  v = ((v >>> 1) & 0x55555555) | ((v & 0x55555555) << 1);
  v = ((v >>> 2) & 0x33333333) | ((v & 0x33333333) << 2);
  v = ((v >>> 4) & 0x0f0f0f0f) | ((v & 0x0f0f0f0f) << 4);
  v = ((v >>> 8) & 0x00ff00ff) | ((v & 0x00ff00ff) << 8);
  return ((v >>> 16) | (v << 16)) >>> 0;
}

/** Reverse the low `bits` bits (1..52) of x (Allo's `x.reverse()`); the result is the unsigned pattern. */
export function bitReverse(x: number, bits: number): number {
  if (bits <= 32) return reverse32(x) >>> (32 - bits);
  const hiBits = bits - 32;
  const hi = wrapU(Math.floor(x / 4294967296), hiBits);
  // The low word lands on top (reversed); the high part reverses within its own width.
  return reverse32(x) * pow2(hiBits) + (reverse32(hi) >>> (32 - hiBits));
}

export function bitReverseBig(x: bigint, bits: number): bigint {
  const s = BigInt.asUintN(bits, x).toString(2).padStart(bits, "0");
  return BigInt("0b" + [...s].reverse().join(""));
}

// ------------------------------------------------------------------------------------------------------------
// Bitcast between Int/UInt 16/32/64 and float16 (or bfloat16)/32/64. Float → int gives the unsigned pattern.
// NaN payloads are not kept (simulated floats are doubles).
// ------------------------------------------------------------------------------------------------------------

/** The binary16 bit pattern of x (rounded to half first). */
export function f16Bits(x: number): number {
  const r = roundF16(x);
  if (r !== r) return 0x7e00;
  F64[0] = r;
  const sign = (U32[HI]! >>> 16) & 0x8000;
  const a = Math.abs(r);
  if (a === Infinity) return sign | 0x7c00;
  if (a < 6.103515625e-5) return sign | (a * 16777216); // subnormal: a / 2^-24
  const e = ((U32[HI]! >>> 20) & 0x7ff) - 1023;
  const mant = a * pow2(10 - e) - 1024;
  return sign | ((e + 15) << 10) | mant;
}

/** The value of a binary16 bit pattern. */
export function f16FromBits(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >>> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 5.960464477539063e-8; // 2^-24
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1024 + m) * pow2(e - 25);
}

/** The bfloat16 bit pattern of x (rounded to bfloat16 first): the top half of the float32 pattern. */
export function bf16Bits(x: number): number {
  if (x !== x) return 0x7fc0; // canonical quiet NaN, as for f16
  F32[0] = roundBF16(x);
  return U32F[0]! >>> 16;
}

export function bf16FromBits(h: number): number {
  U32F[0] = (h & 0xffff) << 16;
  return F32[0]!;
}

/** Reinterpret the low 16/32 bits of an integer as f16, bf16 or f32. */
export function bitcastToFloat(raw: number, fmt: "f16" | "bf16" | "f32"): number {
  if (fmt === "f16") return f16FromBits(raw & 0xffff);
  if (fmt === "bf16") return bf16FromBits(raw);
  U32F[0] = raw;
  return F32[0]!;
}

/** The unsigned bit pattern of a f16/bf16/f32 value. */
export function bitcastFromFloat(x: number, fmt: "f16" | "bf16" | "f32"): number {
  if (fmt === "f16") return f16Bits(x);
  if (fmt === "bf16") return bf16Bits(x);
  F32[0] = x;
  return U32F[0]!;
}

/** Reinterpret the low 64 bits of an integer as float64. */
export function bitcastToF64(raw: bigint): number {
  B64[0] = BigInt.asUintN(64, raw);
  return F64[0]!;
}

/** The unsigned 64-bit pattern of a float64. */
export function bitcastFromF64(x: number): bigint {
  F64[0] = x;
  return B64[0]!;
}

// ------------------------------------------------------------------------------------------------------------
// Seeded random inputs
// ------------------------------------------------------------------------------------------------------------

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1) with 32 random bits. Same seed, same stream. */
export function makeRng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform integer in [0, 2^n), n ≤ 52, from one or two draws. */
function uniformBits(rng: () => number, n: number): number {
  if (n <= 32) return Math.floor(rng() * pow2(n));
  return Math.floor(rng() * pow2(n - 32)) * 4294967296 + Math.floor(rng() * 4294967296);
}

/**
 * A random value of `type`, in the API's exchange form (integers ≤ 52 bits and all fixed/float as numbers,
 * wider integers as bigints). The ranges are chosen so random kernels are interesting:
 *  - integers of ≤ 16 bits (incl. bool): uniform over the full range, so 8/16-bit kernels exercise wrap;
 *  - wider integers: uniform in [−1000, 1000] (unsigned: [0, 1000]), so sums and products of a few terms do
 *    not overflow trivially; index: [0, 1000] (index values are sizes and offsets);
 *  - floats: uniform in [−1, 1), rounded to the format;
 *  - fixed: a uniform raw value over the type's whole range, as the real value raw / 2^F (for W > 52 the raw
 *    value's low W − 52 bits are zero so the real value stays exact in a double).
 */
export function randomValue(type: ScalarType, rng: () => number): number | bigint {
  switch (type.kind) {
    case "index":
      return Math.floor(rng() * 1001);
    case "int": {
      if (type.bits <= 16) return uniformBits(rng, type.bits) - (type.signed ? pow2(type.bits - 1) : 0);
      const v = type.signed ? Math.floor(rng() * 2001) - 1000 : Math.floor(rng() * 1001);
      return type.bits > 52 ? BigInt(v) : v;
    }
    case "float":
      return roundFloat(rng() * 2 - 1, type.name);
    case "fixed": {
      const w = Math.min(type.bits, 52);
      let raw = uniformBits(rng, w) - (type.signed ? pow2(w - 1) : 0);
      raw *= pow2(type.bits - w);
      return raw * pow2(-type.frac) + 0;
    }
  }
}
export { callOnce, Network } from "./kpn";
