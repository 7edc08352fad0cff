/**
 * C++ spellings of Allo types for the HLS emitter (reference §4b): standard C integers for 8/16/32/64 bits,
 * `ap_int<W>`/`ap_uint<W>` otherwise (including bool, as `ap_uint<1>`: C++ `bool` converts by `!= 0`, not by
 * wrapping, so it would not compute the simulator's bits), `ap_fixed<W, W-F>` with the AP_TRN/AP_WRAP
 * defaults, `int` for index, `half`/`float`/`double` (Vitis HLS's `half` from hls_half.h is IEEE binary16).
 * bfloat16 has no mapping (returns undefined).
 */
import type { ScalarType } from "../../types/types";

/** A C++ scalar type and how the emitter treats it. */
export interface CType {
  /** The spelling, e.g. `int32_t`, `ap_int<33>`, `ap_fixed<16, 8>`. */
  readonly name: string;
  /** A built-in C integer (int8_t..uint64_t, or int for index). */
  readonly native: boolean;
  /** An ap_int / ap_uint. */
  readonly ap: boolean;
  readonly fixed: boolean;
  readonly float: boolean;
  /** Bits of the value (index = 32). */
  readonly bits: number;
  readonly signed: boolean;
}

const NATIVE_BITS = [8, 16, 32, 64];

/** The C++ type of an Allo scalar type, or undefined when HLS C++ cannot express it (bf16). */
export function cType(t: ScalarType): CType | undefined {
  switch (t.kind) {
    case "index":
      return { name: "int", native: true, ap: false, fixed: false, float: false, bits: 32, signed: true };
    case "int": {
      if (NATIVE_BITS.includes(t.bits)) {
        return { name: `${t.signed ? "" : "u"}int${t.bits}_t`, native: true, ap: false, fixed: false, float: false, bits: t.bits, signed: t.signed };
      }
      return { name: `ap_${t.signed ? "" : "u"}int<${t.bits}>`, native: false, ap: true, fixed: false, float: false, bits: t.bits, signed: t.signed };
    }
    case "fixed":
      return { name: `ap_${t.signed ? "" : "u"}fixed<${t.bits}, ${t.bits - t.frac}>`, native: false, ap: false, fixed: true, float: false, bits: t.bits, signed: t.signed };
    case "float":
      if (t.name === "f32") return { name: "float", native: false, ap: false, fixed: false, float: true, bits: 32, signed: true };
      if (t.name === "f64") return { name: "double", native: false, ap: false, fixed: false, float: true, bits: 64, signed: true };
      if (t.name === "f16") return { name: "half", native: false, ap: false, fixed: false, float: true, bits: 16, signed: true };
      return undefined;
  }
}

/** The ap_int/ap_uint of the same width and signedness as an integer type (for bit access on C integers). */
export function apOf(c: CType): string {
  return `ap_${c.signed ? "" : "u"}int<${c.bits}>`;
}

/** The unsigned C type that carries a native type's arithmetic modulo 2^n without undefined overflow. */
export function unsignedCarrier(c: CType): string {
  return c.bits === 64 ? "uint64_t" : "uint32_t";
}
