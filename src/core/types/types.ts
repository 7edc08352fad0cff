/**
 * Allo's scalar and array types (reference §1.10). Types are plain immutable values compared with
 * `sameType`; constructors validate widths so a bad width is a user diagnostic upstream, never here.
 */
import { internalAssert } from "../diagnostics";

/** Int(n) / UInt(n), n = 1..512. `bool` is UInt(1). */
export interface IntType { readonly kind: "int"; readonly signed: boolean; readonly bits: number }
/** Allo's `index`: 32 bits for the typing rules, an `int` in C++. */
export interface IndexType { readonly kind: "index" }
/** Fixed(W, F) / UFixed(W, F): W total bits, F fractional bits (F may exceed W or be negative after division rules). */
export interface FixedType { readonly kind: "fixed"; readonly signed: boolean; readonly bits: number; readonly frac: number }
export type FloatName = "f16" | "bf16" | "f32" | "f64";
export interface FloatType { readonly kind: "float"; readonly name: FloatName; readonly bits: 16 | 32 | 64 }
export type ScalarType = IntType | IndexType | FixedType | FloatType;

/**
 * An array (memref). Shape entries are positive integers, or {@link DYN} for Allo's dynamic size
 * (`float32[...]`, `memref<?xf32>`): only a top function's argument has one, and its size comes from
 * the argument a run is given (sim/specialize.ts).
 */
export interface ArrayType { readonly kind: "array"; readonly elem: ScalarType; readonly shape: readonly number[] }
export type ValueType = ScalarType | ArrayType;

export const MAX_INT_BITS = 512;

export function intType(bits: number, signed = true): IntType {
  return { kind: "int", signed, bits };
}
export function fixedType(bits: number, frac: number, signed = true): FixedType {
  return { kind: "fixed", signed, bits, frac };
}
export const INDEX: IndexType = { kind: "index" };
export const BOOL: IntType = intType(1, false);
export const I32: IntType = intType(32);
export const F16: FloatType = { kind: "float", name: "f16", bits: 16 };
export const BF16: FloatType = { kind: "float", name: "bf16", bits: 16 };
export const F32: FloatType = { kind: "float", name: "f32", bits: 32 };
export const F64: FloatType = { kind: "float", name: "f64", bits: 64 };

/** A dynamic dimension (MLIR's `?`), written `...` in Allo: `float32[...]`. */
export const DYN = -1;

/** Whether some dimension of `t` is dynamic (`float32[...]`). */
export function isDynamic(t: ArrayType): boolean {
  return t.shape.includes(DYN);
}

export function arrayType(elem: ScalarType, shape: readonly number[]): ArrayType {
  return { kind: "array", elem, shape: [...shape] };
}

/** Width in bits as the typing rules see it (index = 32). */
export function bitWidth(t: ScalarType): number {
  return t.kind === "index" ? 32 : t.bits;
}

export function isSigned(t: ScalarType): boolean {
  return t.kind === "index" || t.kind === "float" || t.signed;
}

export function sameType(a: ValueType, b: ValueType): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "int": return a.signed === (b as IntType).signed && a.bits === (b as IntType).bits;
    case "index": return true;
    case "fixed": {
      const f = b as FixedType;
      return a.signed === f.signed && a.bits === f.bits && a.frac === f.frac;
    }
    case "float": return a.name === (b as FloatType).name;
    case "array": {
      const c = b as ArrayType;
      return sameType(a.elem, c.elem) && a.shape.length === c.shape.length && a.shape.every((d, i) => d === c.shape[i]);
    }
  }
}

/** Allo's short type name: i8, ui8, index, fixed(8, 3), ufixed(8, 3), f32 (used in MLIR attrs and messages). */
export function shortName(t: ScalarType): string {
  switch (t.kind) {
    case "int": return `${t.signed ? "i" : "ui"}${t.bits}`;
    case "index": return "index";
    case "fixed": return `${t.signed ? "fixed" : "ufixed"}(${t.bits}, ${t.frac})`;
    case "float": return t.name;
  }
}

/** The type as a user writes it in Allo: int8, uint8, bool, Int(17), UFixed(8, 3), float32, int32[4, 4]. */
export function typeToString(t: ValueType): string {
  switch (t.kind) {
    case "int": {
      if (t.bits === 1 && !t.signed) return "bool";
      const std = t.bits <= 16 || [32, 64, 128, 256, 512].includes(t.bits);
      return std ? `${t.signed ? "int" : "uint"}${t.bits}` : `${t.signed ? "Int" : "UInt"}(${t.bits})`;
    }
    case "index": return "index";
    case "fixed": return `${t.signed ? "Fixed" : "UFixed"}(${t.bits}, ${t.frac})`;
    case "float": return { f16: "float16", bf16: "bfloat16", f32: "float32", f64: "float64" }[t.name];
    case "array": return `${typeToString(t.elem)}[${t.shape.map((d) => (d === DYN ? "..." : d)).join(", ")}]`;
  }
}

/** The number of elements of a statically shaped array (a dynamic one has none until specialized). */
export function elementCount(t: ArrayType): number {
  internalAssert(!isDynamic(t), `element count of the dynamic-shaped ${typeToString(t)}`);
  return t.shape.reduce((a, b) => a * b, 1);
}

export function isIntegerLike(t: ScalarType): t is IntType | IndexType {
  return t.kind === "int" || t.kind === "index";
}
