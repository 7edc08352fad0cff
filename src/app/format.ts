/** Display helpers for simulator values and their types (UI-side; the compiler has its own printers). */
import type { Tensor } from "../core/api-types";

export type ScalarTypeOf = Tensor["type"];

/** The type as a user writes it in Allo: int32, UInt(17), Fixed(8, 3), float32. */
export function scalarTypeName(t: ScalarTypeOf): string {
  switch (t.kind) {
    case "int": {
      if (t.bits === 1 && !t.signed) return "bool";
      const std = t.bits <= 16 || [32, 64, 128, 256, 512].includes(t.bits);
      return std ? `${t.signed ? "int" : "uint"}${t.bits}` : `${t.signed ? "Int" : "UInt"}(${t.bits})`;
    }
    case "index": return "index";
    case "fixed": return `${t.signed ? "Fixed" : "UFixed"}(${t.bits}, ${t.frac})`;
    case "float": return { f16: "float16", bf16: "bfloat16", f32: "float32", f64: "float64" }[t.name];
  }
}

export function tensorTypeName(t: Tensor): string {
  const s = scalarTypeName(t.type);
  return t.shape.length ? `${s}[${t.shape.join(", ")}]` : s;
}

export function formatValue(v: number | bigint, t: ScalarTypeOf): string {
  if (typeof v === "bigint") return v.toString();
  if (t.kind === "fixed") return String(v); // k / 2^F: the shortest round-trip form is exact
  if (t.kind === "float") {
    if (Number.isInteger(v) && Math.abs(v) < 1e15) return v.toFixed(1);
    if (t.bits === 64 || !Number.isFinite(v)) return String(v);
    // Shortest decimal that reads back to the same float16/float32 value.
    const digits = t.bits === 32 ? 9 : 5;
    for (let p = 1; p < digits; p++) {
      const s = Number(v.toPrecision(p));
      if (t.bits === 32 ? Math.fround(s) === v : s.toPrecision(4) === v.toPrecision(4)) return String(s);
    }
    return String(Number(v.toPrecision(digits)));
  }
  return String(v);
}

export function valueAt(t: Tensor, flat: number): number | bigint {
  return (t.data as ArrayLike<number | bigint>)[flat]!;
}

/** A 2-D view of a tensor: its last two dimensions at leading index 0 (1-D: one row; scalar: 1×1). */
export interface Slice2D {
  readonly rows: number;
  readonly cols: number;
  readonly offset: number;
  /** Shown when leading dimensions were fixed at 0, e.g. `[0, :, :]`. */
  readonly note?: string;
}

export function slice2D(t: Tensor): Slice2D {
  const s = t.shape;
  if (s.length === 0) return { rows: 1, cols: 1, offset: 0 };
  if (s.length === 1) return { rows: 1, cols: s[0]!, offset: 0 };
  const rows = s[s.length - 2]!;
  const cols = s[s.length - 1]!;
  const lead = s.length - 2;
  return { rows, cols, offset: 0, note: lead ? `showing [${Array(lead).fill("0").join(", ")}, :, :]` : undefined };
}
