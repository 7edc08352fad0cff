/**
 * numpy's dtypes and type promotion (numpy ≥ 2, NEP 50): the result dtype of an operation between two
 * arrays, or between an array and a Python scalar (a "weak" scalar takes the array's kind when it fits).
 */
import { roundBF16, roundF16 } from "../../sim/runtime";
import { NumpyError } from "./error";

export type DType =
  | "bool" | "int8" | "int16" | "int32" | "int64" | "uint8" | "uint16" | "uint32" | "uint64"
  | "float16" | "float32" | "float64"
  // ml_dtypes.bfloat16 (Allo's tests make bfloat16 arrays with it)
  | "bfloat16";

export const DTYPES: readonly DType[] = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64", "bfloat16"];

/** The kind letter numpy uses: b(ool), i(nt), u(nsigned), f(loat). */
export function kindOf(d: DType): "b" | "i" | "u" | "f" {
  if (d === "bool") return "b";
  if (d.startsWith("uint")) return "u";
  if (d.startsWith("int")) return "i";
  return "f";
}

const BITS: Readonly<Record<DType, number>> = {
  bool: 8, int8: 8, int16: 16, int32: 32, int64: 64, uint8: 8, uint16: 16, uint32: 32, uint64: 64, float16: 16, float32: 32, float64: 64, bfloat16: 16,
};

/** Width in bits (a table: castTo asks on every element). */
export function bitsOf(d: DType): number {
  return BITS[d];
}

export const isFloat = (d: DType): boolean => kindOf(d) === "f";
export const isInteger = (d: DType): boolean => kindOf(d) === "i" || kindOf(d) === "u";

/** A Python scalar's weak kind (NEP 50). */
export type WeakKind = "bool" | "int" | "float";

/** The smallest float that holds every value of an integer dtype (numpy's int → float promotion). */
function floatFor(d: DType): DType {
  const b = bitsOf(d);
  return d === "bool" || b <= 8 ? "float16" : b <= 16 ? "float32" : "float64";
}

/** numpy's promotion of two dtypes (`np.result_type(a, b)` for arrays). */
export function promote(a: DType, b: DType): DType {
  if (a === b) return a;
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === "b") return b;
  if (kb === "b") return a;
  // float16 and bfloat16 hold different ranges and precisions: float32 holds both (ml_dtypes' rule)
  if ((a === "bfloat16" && b === "float16") || (a === "float16" && b === "bfloat16")) return "float32";
  if (ka === kb) return bitsOf(a) >= bitsOf(b) ? a : b;
  if (ka === "f" || kb === "f") {
    const [f, i] = ka === "f" ? [a, b] : [b, a];
    const need = floatFor(i);
    return bitsOf(need) > bitsOf(f) ? need : f;
  }
  // signed with unsigned: a signed type wider than the unsigned one, else float64 past 64 bits
  const [s, u] = ka === "i" ? [a, b] : [b, a];
  if (bitsOf(s) > bitsOf(u)) return s;
  const w = bitsOf(u) * 2;
  return w > 64 ? "float64" : (`int${w}` as DType);
}

/** Promotion of an array dtype with a Python scalar (NEP 50 weak scalars). */
export function promoteWeak(d: DType, w: WeakKind): DType {
  const k = kindOf(d);
  if (w === "bool") return d;
  if (w === "int") return k === "b" ? "int64" : d;
  return k === "f" ? d : "float64";
}

/** The dtype a Python scalar becomes on its own (`np.array(3)` is int64, `np.array(3.0)` float64). */
export function defaultDtype(w: WeakKind): DType {
  return w === "bool" ? "bool" : w === "int" ? "int64" : "float64";
}

/** The float dtype a math function (exp, sqrt, /) returns for an input dtype. */
export function floatResult(d: DType): DType {
  return isFloat(d) ? d : floatFor(d);
}

/**
 * Converts a JS number to a value of the dtype as numpy's `astype` does: floats round to the format,
 * float → int truncates toward zero, integers wrap. int64/uint64 are held as doubles: exact to 2^53,
 * and a value beyond that is an error (exact64), never a silently rounded element.
 */
export function castTo(d: DType, x: number): number {
  switch (d) {
    case "bool": return x !== 0 && !Number.isNaN(x) ? 1 : 0;
    case "float64": return x;
    case "float32": return Math.fround(x);
    case "float16": return roundF16(x);
    case "bfloat16": return roundBF16(x);
    default: {
      if (!Number.isFinite(x)) return 0;
      let v = Math.trunc(x);
      const b = bitsOf(d);
      if (b === 64) return exact64(d, d === "uint64" && v < 0 ? Number(BigInt.asUintN(64, BigInt(v))) : v);
      const m = 2 ** b;
      v = ((v % m) + m) % m;
      return kindOf(d) === "i" && v >= m / 2 ? v - m : v;
    }
  }
}

/** Resolves a dtype name numpy accepts ("float32", "f4", "int", "float", "bool", "half", "double"). */
export function parseDtype(name: string): DType | undefined {
  const n = name.replace(/^(numpy|np)\./, "");
  const alias: Record<string, DType> = {
    int: "int64", float: "float64", bool: "bool", bool_: "bool", half: "float16", single: "float32", double: "float64",
    intc: "int32", uintc: "uint32", int_: "int64", uint: "uint64", longlong: "int64", short: "int16", byte: "int8", ubyte: "uint8",
    f2: "float16", f4: "float32", f8: "float64", i1: "int8", i2: "int16", i4: "int32", i8: "int64",
    u1: "uint8", u2: "uint16", u4: "uint32", u8: "uint64",
  };
  if ((DTYPES as readonly string[]).includes(n)) return n as DType;
  return alias[n];
}

/** 64-bit integer elements stay below this magnitude: doubles hold every integer below 2^53 exactly (2^53 + 1 rounds to 2^53). */
export const EXACT_INT64_LIMIT = 2 ** 53;

/**
 * A 64-bit integer element, checked to be exact: numpy holds int64/uint64 exactly, these arrays hold
 * doubles, so a value beyond ±2^53 (a product, a packed view of eight int8s) would be off by a few
 * units without a word. It raises instead, naming the dtype and the value.
 */
export function exact64(d: DType, v: number | bigint): number {
  if (typeof v === "bigint") {
    if (v > -BigInt(EXACT_INT64_LIMIT) && v < BigInt(EXACT_INT64_LIMIT)) return Number(v);
  } else if (Math.abs(v) < EXACT_INT64_LIMIT) return v;
  throw new NumpyError("OverflowError", `${d} value ${typeof v === "bigint" || !Number.isInteger(v) ? String(v) : BigInt(v).toString()} is not below 2**53 in magnitude, the range in which ${d} arrays hold values exactly here (numpy holds all 64 bits); keep 64-bit values below 2**53, or pack into int32 elements`);
}
