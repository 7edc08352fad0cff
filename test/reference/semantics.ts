/**
 * Value semantics for the gallery references, written from DESIGN §5 and allo-surface §1.11–1.12 without
 * looking at (or importing) the compiler or simulator. Plain numbers where they are exact, BigInt where not.
 */
import type { Tensor } from "../../src/core/api-types";

// ---------------------------------------------------------------- integers

function checkSafe(v: number): void {
  if (!Number.isSafeInteger(v)) throw new Error(`reference: ${v} is not an exact integer`);
}

/** Wrap an exact integer to `bits` two's complement (signed) or modulo 2^bits (unsigned), bits ≤ 52. */
export function wrapInt(v: number, bits: number, signed = true): number {
  checkSafe(v);
  if (bits === 32) return signed ? v | 0 : v >>> 0; // ToInt32/ToUint32 are exact modulo 2^32 for safe integers
  if (bits < 32) {
    const s = 32 - bits;
    return signed ? ((v | 0) << s) >> s : ((v | 0) << s) >>> s;
  }
  const b = BigInt(v);
  return Number(signed ? BigInt.asIntN(bits, b) : BigInt.asUintN(bits, b));
}

export const wrap32 = (v: number): number => wrapInt(v, 32);

/**
 * int32 * int32 is computed exactly in int64 (typing rule), then stored to int32: the low 32 bits, which
 * Math.imul gives directly. Any later `+` before the store wraps the same way (mod 2^32 is a ring map).
 */
export function mulWrap32(a: number, b: number): number {
  return Math.imul(a, b);
}

/** Integer `/`: truncates toward zero (C, arith.divsi). BigInt keeps it exact for any safe integers. */
export function divTrunc(a: number, b: number): number {
  checkSafe(a);
  checkSafe(b);
  if (b === 0) throw new Error("reference: division by zero");
  return Number(BigInt(a) / BigInt(b));
}

/** Integer `//`: floors (DESIGN §5). */
export function divFloor(a: number, b: number): number {
  const q = divTrunc(a, b);
  return q * b !== a && (a < 0) !== (b < 0) ? q - 1 : q;
}

/** Integer `%`: the sign of the dividend (C). */
export function remTrunc(a: number, b: number): number {
  return a - divTrunc(a, b) * b;
}

// ---------------------------------------------------------------- bits (unsigned values < 2^32)

/** x[i] for an unsigned value. */
export function getBit(x: number, i: number): number {
  return Math.floor(x / 2 ** i) % 2;
}

/** x[lo:hi] (hi exclusive) as an unsigned value. */
export function getBits(x: number, lo: number, hi: number): number {
  return Math.floor(x / 2 ** lo) % 2 ** (hi - lo);
}

/** x with bits lo..hi-1 replaced by the low (hi - lo) bits of v (v is truncated to the field). */
export function setBits(x: number, lo: number, hi: number, v: number): number {
  const width = 2 ** (hi - lo);
  const field = ((v % width) + width) % width;
  const old = getBits(x, lo, hi);
  return x + (field - old) * 2 ** lo;
}

/** Reverse the low `bits` bits of an unsigned value. */
export function bitReverse(x: number, bits: number): number {
  let r = 0;
  for (let i = 0; i < bits; i++) r = r * 2 + getBit(x, i);
  return r;
}

export function popcount(x: number): number {
  let n = 0;
  for (let v = x; v > 0; v = Math.floor(v / 2)) n += v % 2;
  return n;
}

// ---------------------------------------------------------------- floats

/** float32 rounding; references apply it after every operation, in the kernel's evaluation order. */
export const f32 = Math.fround;

// ---------------------------------------------------------------- fixed point (raw integers)

export interface FixedFmt {
  readonly bits: number;
  readonly frac: number;
  readonly signed: boolean;
}

export const fixed = (bits: number, frac: number, signed = true): FixedFmt => ({ bits, frac, signed });

/** Real value → raw integer of the format: floor (AP_TRN) then wrap (AP_WRAP), as inputs are quantised. */
export function fixedToRaw(value: number, f: FixedFmt): number {
  return wrapInt(Math.floor(value * 2 ** f.frac), f.bits, f.signed);
}

export function rawToFixed(raw: number, f: FixedFmt): number {
  return raw / 2 ** f.frac;
}

/** Convert a raw value between formats: align the binary point (dropping bits floors), then wrap. */
export function castFixedRaw(raw: number, from: FixedFmt, to: FixedFmt): number {
  checkSafe(raw);
  const d = to.frac - from.frac;
  const aligned = d >= 0 ? raw * 2 ** d : Math.floor(raw / 2 ** -d);
  return wrapInt(aligned, to.bits, to.signed);
}

// ---------------------------------------------------------------- reading simulator inputs

function tensor(inputs: Record<string, Tensor>, name: string): Tensor {
  const t = inputs[name];
  if (!t) throw new Error(`reference: no input named ${name}`);
  return t;
}

/** A fresh mutable copy of an input's data as numbers (row-major). */
export function arr(inputs: Record<string, Tensor>, name: string): number[] {
  return Array.from(tensor(inputs, name).data as ArrayLike<number>, Number);
}

export function dims(inputs: Record<string, Tensor>, name: string): number[] {
  return [...tensor(inputs, name).shape];
}

export function scalar(inputs: Record<string, Tensor>, name: string): number {
  const d = tensor(inputs, name).data;
  if (d.length !== 1) throw new Error(`reference: ${name} is not a scalar`);
  return Number(d[0]);
}

export function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}
