/**
 * `--in NAME=VALUE` for scalar parameters: integers are parsed exactly (BigInt, never through a double)
 * and must fit the parameter's type; non-integers for integer types and non-numbers are refused.
 */
import type { ScalarType } from "../core/types/types";
import { typeToString } from "../core/types/types";

export type ScalarArg = { readonly value: number | bigint } | { readonly error: string };

const INTEGER = /^[+-]?(?:\d+|0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+)$/;
/** A decimal real: Python-style float literal, plus inf/nan words. */
const REAL = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

function parseInteger(text: string): bigint {
  const neg = text.startsWith("-");
  const body = text.replace(/^[+-]/, "");
  const v = BigInt(body); // handles 0x / 0b / 0o
  return neg ? -v : v;
}

export function parseScalarArg(raw: string, type: ScalarType): ScalarArg {
  const text = raw.trim().replace(/_/g, "");
  const want = typeToString(type);
  if (type.kind === "int" || type.kind === "index") {
    if (!INTEGER.test(text)) return { error: `takes an integer (${want}), got '${raw}'` };
    const v = parseInteger(text);
    const bits = type.kind === "index" ? 32 : type.bits;
    const signed = type.kind === "index" || type.signed;
    const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
    const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
    if (v < min || v > max) return { error: `takes a value of type ${want} in ${min}..${max}, got ${v}` };
    return { value: bits > 32 ? v : Number(v) };
  }
  if (INTEGER.test(text) && type.kind === "fixed") {
    const v = parseInteger(text);
    const intBits = type.bits - type.frac;
    const bound = intBits > 0 ? 1n << BigInt(Math.max(0, intBits - (type.signed ? 1 : 0))) : 1n;
    if ((type.signed ? v < -bound : v < 0n) || v >= bound) return { error: `takes a value of type ${want} in [${type.signed ? -bound : 0}, ${bound}), got ${v}` };
    return { value: Number(v) };
  }
  if (!REAL.test(text)) return { error: `takes a number (${want}), got '${raw}'` };
  const n = Number(text.replace(/^([+-]?)inf(inity)?$/i, "$1Infinity").replace(/^[+-]?nan$/i, "NaN"));
  if (type.kind === "fixed" && !Number.isFinite(n)) return { error: `takes a finite number (${want}), got '${raw}'` };
  return { value: n };
}
