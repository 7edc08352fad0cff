/**
 * Concrete value semantics of one IR operation, in the simulator's representation (DESIGN §5): integers and
 * fixed-point raws up to 52 bits as exact numbers, wider ones as bigints, floats as numbers of their format.
 * The symbolic executor folds constants with these, and the counterexample search evaluates terms with them,
 * so each case mirrors what sim/codegen.ts generates for the same operation.
 */
import type { BinaryOp, CmpPred, MathFn } from "../../ir/nodes";
import type { ScalarType } from "../../types/types";
import * as R from "../../sim/runtime";

export type Value = number | bigint;

/** Is the type carried as a bigint (as in the simulator)? */
export function isBigType(t: ScalarType): boolean {
  return (t.kind === "int" || t.kind === "fixed") && t.bits > 52;
}

function bitsOf(t: ScalarType): number {
  return t.kind === "index" ? 32 : t.bits;
}
function signedOf(t: ScalarType): boolean {
  return t.kind === "index" || t.kind === "float" || t.signed;
}

/** Wraps an exact integer to `t` (integer or fixed raw) and returns it in `t`'s representation. */
export function wrapTo(t: ScalarType, x: bigint): Value {
  const b = bitsOf(t);
  const w = signedOf(t) ? BigInt.asIntN(b, x) : BigInt.asUintN(b, x);
  return isBigType(t) ? w : Number(w);
}

function roundTo(t: ScalarType, x: number): number {
  return t.kind === "float" ? R.roundFloat(x, t.name) : x;
}

/** Small integers (≤ 32 bits, not fixed): the number fast path the index arithmetic of loops takes. */
function isSmallInt(t: ScalarType): boolean {
  return t.kind === "index" || (t.kind === "int" && t.bits <= 32);
}
function wrapSmall(t: ScalarType, x: number): number {
  const b = bitsOf(t);
  return signedOf(t) ? R.wrapS(x, b) : R.wrapU(x, b);
}

/** `lhs op rhs` computed in `t` (shifts: rhs may have another integer type). */
export function evalBinary(op: BinaryOp, t: ScalarType, a: Value, b: Value): Value {
  if (t.kind === "float") {
    const x = a as number, y = b as number;
    switch (op) {
      case "add": return roundTo(t, x + y);
      case "sub": return roundTo(t, x - y);
      case "mul": return roundTo(t, x * y);
      case "div": return roundTo(t, x / y);
      case "floordiv": return roundTo(t, Math.floor(x / y));
      case "rem": return roundTo(t, x % y);
      case "pow": return roundTo(t, Math.pow(x, y));
      case "min": return Math.min(x, y);
      case "max": return Math.max(x, y);
      default: throw new Error(`float ${op}`);
    }
  }
  if (isSmallInt(t) && typeof a === "number" && typeof b === "number") {
    switch (op) {
      case "add": return wrapSmall(t, a + b);
      case "sub": return wrapSmall(t, a - b);
      case "mul": return wrapSmall(t, Math.imul(a, b));
      case "div": return wrapSmall(t, R.divTrunc(a, b));
      case "floordiv": return wrapSmall(t, R.floorDiv(a, b));
      case "rem": return R.remC(a, b);
      case "min": return Math.min(a, b);
      case "max": return Math.max(a, b);
      default: break;
    }
  }
  const frac = t.kind === "fixed" ? BigInt(t.frac) : 0n;
  const x = BigInt(a), y = BigInt(b);
  switch (op) {
    case "add": return wrapTo(t, x + y);
    case "sub": return wrapTo(t, x - y);
    case "mul": return wrapTo(t, frac ? (x * y) >> frac : x * y);
    case "div": return wrapTo(t, R.divTruncBig(frac ? x << frac : x, y));
    case "floordiv": return wrapTo(t, frac ? R.floorDivBig(x, y) << frac : R.floorDivBig(x, y));
    case "rem": return wrapTo(t, R.remCBig(x, y));
    case "shl": return wrapTo(t, y >= 0n ? x << y : x >> -y);
    case "shr": return wrapTo(t, y >= 0n ? x >> y : x << -y);
    case "and": return wrapTo(t, x & y);
    case "or": return wrapTo(t, x | y);
    case "xor": return wrapTo(t, x ^ y);
    case "min": return x < y ? a : b;
    case "max": return x > y ? a : b;
    case "pow": throw new Error("integer pow");
  }
}

export function evalCompare(pred: CmpPred, a: Value, b: Value): number {
  switch (pred) {
    case "eq": return a == b ? 1 : 0; // eslint-disable-line eqeqeq -- number/bigint of one type
    case "ne": return a != b ? 1 : 0; // eslint-disable-line eqeqeq
    case "lt": return a < b ? 1 : 0;
    case "le": return a <= b ? 1 : 0;
    case "gt": return a > b ? 1 : 0;
    case "ge": return a >= b ? 1 : 0;
  }
}

export function evalUnary(op: "neg" | "not", t: ScalarType, x: Value): Value {
  if (t.kind === "float") return op === "neg" ? -(x as number) : x;
  const v = BigInt(x);
  return wrapTo(t, op === "neg" ? -v : ~v);
}

export function evalMath(fn: MathFn, t: ScalarType, args: readonly Value[]): Value {
  const x = args[0]!;
  if (fn === "abs") {
    if (t.kind === "float") return Math.abs(x as number);
    const v = BigInt(x);
    return wrapTo(t, v < 0n ? -v : v);
  }
  if (fn === "pow") return roundTo(t, Math.pow(Number(x), Number(args[1]!)));
  return roundTo(t, (Math[fn] as (v: number) => number)(Number(x)));
}

/** Conversion from `s` to `t` (DESIGN §5), as sim/codegen.ts `convert`. */
export function evalCast(s: ScalarType, t: ScalarType, x: Value): Value {
  if (s.kind === "float") {
    const f = x as number;
    if (t.kind === "float") return R.roundFloat(f, t.name);
    if (t.kind === "fixed") return wrapTo(t, R.floatToFixedBig(f, t.bits, t.frac, t.signed));
    return wrapTo(t, R.f2iBig(f, bitsOf(t), signedOf(t)));
  }
  const v = BigInt(x);
  if (s.kind === "fixed") {
    if (t.kind === "float") return R.fixedToFloatBig(v, s.frac, t.name);
    if (t.kind === "fixed") return wrapTo(t, R.fixedToFixedBig(v, s.frac, t.bits, t.frac, t.signed));
    return wrapTo(t, R.fixedToIntBig(v, s.frac, bitsOf(t), signedOf(t)));
  }
  if (t.kind === "float") return R.bigIntToFloat(v, t.name);
  if (t.kind === "fixed") return wrapTo(t, R.intToFixedBig(v, t.bits, t.frac, t.signed));
  return wrapTo(t, v);
}

export function evalGetBit(x: Value, bit: Value): number {
  return Number((BigInt(x) >> BigInt(bit)) & 1n);
}
export function evalGetSlice(t: ScalarType, x: Value, lo: Value, hi: Value): Value {
  return wrapTo(t, R.getSliceBig(BigInt(x), Number(lo), Number(hi)));
}
export function evalSetBit(t: ScalarType, x: Value, bit: Value, v: Value): Value {
  return wrapTo(t, R.setBitBig(BigInt(x), Number(bit), Number(v)));
}
export function evalSetSlice(t: ScalarType, x: Value, lo: Value, hi: Value, v: Value): Value {
  return wrapTo(t, R.setSliceBig(BigInt(x), Number(lo), Number(hi), BigInt(v)));
}
export function evalBitReverse(t: ScalarType, x: Value): Value {
  return wrapTo(t, R.bitReverseBig(BigInt(x), bitsOf(t)));
}

export function evalBitcast(s: ScalarType, t: ScalarType, x: Value): Value {
  if (t.kind === "float") {
    const pattern = BigInt.asUintN(bitsOf(s), BigInt(x));
    if (t.name === "f64") return R.bitcastToF64(pattern);
    return R.bitcastToFloat(Number(pattern), t.name);
  }
  if (s.kind === "float") {
    const pattern = s.name === "f64" ? R.bitcastFromF64(x as number) : BigInt(R.bitcastFromFloat(x as number, s.name));
    return wrapTo(t, pattern);
  }
  // As the simulator: the source's unsigned bit pattern (wrapped to the target only when carried as a bigint).
  return isBigType(s) ? wrapTo(t, BigInt(x)) : Number(BigInt.asUintN(bitsOf(s), BigInt(x)));
}

/** Bit-exact equality of two values of one type (floats: -0 ≠ 0, NaN = NaN), as the differential check. */
export function sameValue(a: Value, b: Value): boolean {
  if (typeof a === "bigint" || typeof b === "bigint") return BigInt(a) === BigInt(b);
  return Object.is(a, b);
}
