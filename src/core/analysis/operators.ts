/**
 * The operator table: latency (cycles) and resources of one operator instance, per operation and type,
 * at 300 MHz on UltraScale+ (Alveo) parts.
 *
 * Where the numbers come from (approximate; Vitis HLS picks implementations per clock and part):
 * - Floating point: the instance names Vitis HLS writes into csynth reports at a 3.33 ns clock on
 *   UltraScale+, e.g. `fadd_32ns_32ns_32_4_full_dsp_1` (latency 4, 2 DSP), `fmul_32ns_32ns_32_3_max_dsp_1`
 *   (latency 3, 3 DSP); float32 divide 10–16 cycles without DSPs; double add ≈5 (3 DSP) and multiply ≈6
 *   (11 DSP at max_dsp); LUT/FF from the Floating-Point Operator LogiCORE guide (PG060) resource tables,
 *   rounded. Math functions (exp, log, sqrt, sin, ...) follow the same pattern and
 *   are the roughest rows.
 * - Integers: adds, subtracts and compares take one cycle (a carry chain registered at 300 MHz), logic,
 *   selects, casts and constant shifts are wiring or one LUT level (0 cycles). Multipliers go to DSP48E2
 *   slices (27×18 signed multiplier; UG579): ceil(a/27)·ceil(b/18) slices for the wider operand a, 1
 *   cycle for one slice, 2 up to four, 3 beyond; products of two operands of at most 10 bits go to LUTs.
 *   Dividers are LUT-based, latency width + 4 (`sdiv_32ns_32ns_32_36_seq_1`).
 * - Fixed point is integer arithmetic on the raw bits (ap_fixed), so it uses the integer rows.
 * Operand widths of multiplies are taken before sign/zero extension (Allo widens `a*b` to the product
 * type; the hardware multiplier only needs the source widths).
 */
import type * as ir from "../ir/nodes";
import type { ScalarType } from "../types/types";
import { bitWidth } from "../types/types";

export interface OpCost {
  /** Operators with the same key can share one unit. */
  readonly key: string;
  /** Short name for explanations, e.g. "float32 add". */
  readonly label: string;
  readonly latency: number;
  readonly dsp: number;
  readonly lut: number;
  readonly ff: number;
  /** A multiplication (counted as a MAC). */
  readonly mul: boolean;
}

const FREE = (key: string, label: string): OpCost => ({ key, label, latency: 0, dsp: 0, lut: 0, ff: 0, mul: false });

/** Floating-point rows: [latency, dsp, lut, ff] at 300 MHz. */
const FLOAT: Record<"f16" | "bf16" | "f32" | "f64", Record<string, readonly [number, number, number, number]>> = {
  f16: { add: [3, 2, 100, 150], mul: [2, 1, 60, 80], div: [8, 0, 300, 400], cmp: [1, 0, 40, 10], conv: [3, 0, 100, 120] },
  bf16: { add: [3, 2, 100, 150], mul: [2, 1, 60, 80], div: [8, 0, 300, 400], cmp: [1, 0, 40, 10], conv: [3, 0, 100, 120] },
  f32: { add: [4, 2, 220, 350], mul: [3, 3, 140, 150], div: [12, 0, 800, 1100], cmp: [1, 0, 70, 10], conv: [5, 0, 220, 350] },
  f64: { add: [5, 3, 700, 900], mul: [6, 11, 200, 350], div: [31, 0, 3200, 3300], cmp: [1, 0, 130, 10], conv: [6, 0, 400, 500] },
};

/** Math functions on float32 (double: × 2 latency, × 2.5 resources): [latency, dsp, lut, ff]. */
const MATH: Record<string, readonly [number, number, number, number]> = {
  exp: [10, 7, 800, 1000], log: [15, 14, 900, 1200], log2: [15, 14, 900, 1200], log10: [16, 14, 950, 1250],
  sqrt: [16, 0, 500, 800], sin: [30, 12, 2500, 2800], cos: [30, 12, 2500, 2800], tan: [40, 14, 3200, 3500],
  tanh: [28, 9, 2000, 2300], pow: [35, 24, 2600, 3000], abs: [0, 0, 0, 0],
};

const MHZ_OF_TABLE = 300;

function scale(latency: number, clockMHz: number): number {
  if (latency <= 1 || clockMHz === MHZ_OF_TABLE) return latency;
  return Math.max(1, Math.ceil((latency * clockMHz) / MHZ_OF_TABLE));
}

function floatRow(t: ScalarType, op: string, clockMHz: number, label: string): OpCost {
  const name = t.kind === "float" ? t.name : "f32";
  const [lat, dsp, lut, ff] = FLOAT[name][op]!;
  const tn = name === "f32" ? "float32" : name === "f64" ? "float64" : name === "f16" ? "float16" : "bfloat16";
  return { key: `${name}.${op}`, label: `${tn} ${label}`, latency: scale(lat, clockMHz), dsp, lut, ff, mul: op === "mul" };
}

/** Width of an integer operand as the multiplier sees it: extensions removed, constant shifts added. */
export function effectiveWidth(e: ir.Expr): number {
  if (e.kind === "cast" && (e.x.type.kind === "int" || e.x.type.kind === "index" || e.x.type.kind === "fixed") && bitWidth(e.x.type) <= bitWidth(e.type)) return effectiveWidth(e.x);
  if (e.kind === "binary" && e.op === "shl" && e.rhs.kind === "const") return Math.min(bitWidth(e.type), effectiveWidth(e.lhs) + Number(e.rhs.value));
  if (e.kind === "const" && typeof e.value === "number" && Number.isInteger(e.value)) return Math.max(1, Math.ceil(Math.log2(Math.abs(e.value) + 1)) + 1);
  return bitWidth(e.type);
}

/** DSP48E2 slices for an a×b multiplier (27×18 signed). */
export function mulDsps(a: number, b: number): number {
  const [w, n] = a >= b ? [a, b] : [b, a];
  if (w <= 10 && n <= 10) return 0;
  return Math.ceil(w / 27) * Math.ceil(n / 18);
}

function intMul(e: ir.Binary, clockMHz: number): OpCost {
  const a = effectiveWidth(e.lhs);
  const b = effectiveWidth(e.rhs);
  const [w, n] = a >= b ? [a, b] : [b, a];
  const dsp = mulDsps(w, n);
  if (e.rhs.kind === "const" || e.lhs.kind === "const") {
    // Multiplying by a constant: shifts and adds in LUTs.
    return { key: `mulc${w}`, label: `${w}-bit constant multiply`, latency: 1, dsp: 0, lut: w * 2, ff: w, mul: false };
  }
  const latency = dsp === 0 ? 1 : dsp === 1 ? 1 : dsp <= 4 ? 2 : 3;
  return { key: `mul${w}x${n}`, label: `${w}×${n}-bit multiply (${dsp} DSP)`, latency: scale(latency, clockMHz), dsp, lut: dsp === 0 ? w * n : 10 * dsp, ff: dsp === 0 ? w + n : 20 * dsp, mul: true };
}

/** The cost of the operator at the root of `e` (operands not included). */
export function opCost(e: ir.Expr, clockMHz: number): OpCost {
  const t = e.type;
  const w = bitWidth(t);
  const isFloat = t.kind === "float";
  switch (e.kind) {
    case "const": case "param": case "iter": return FREE("wire", "constant");
    case "binary": {
      if (isFloat) {
        switch (e.op) {
          case "add": return floatRow(t, "add", clockMHz, "add");
          case "sub": return floatRow(t, "add", clockMHz, "subtract");
          case "mul": return floatRow(t, "mul", clockMHz, "multiply");
          case "div": case "floordiv": case "rem": return floatRow(t, "div", clockMHz, "divide");
          case "min": case "max": return floatRow(t, "cmp", clockMHz, e.op);
          case "pow": {
            const [lat, dsp, lut, ff] = MATH.pow!;
            return { key: `${t.kind === "float" ? t.name : ""}.pow`, label: "float pow", latency: scale(lat, clockMHz), dsp, lut, ff, mul: false };
          }
          default: return { key: `logic${w}`, label: `${w}-bit logic`, latency: 0, dsp: 0, lut: w, ff: 0, mul: false };
        }
      }
      switch (e.op) {
        case "add": case "sub": return { key: `add${w}`, label: `${w}-bit ${e.op === "add" ? "add" : "subtract"}`, latency: 1, dsp: 0, lut: w, ff: w, mul: false };
        case "min": case "max": return { key: `minmax${w}`, label: `${w}-bit ${e.op}`, latency: 1, dsp: 0, lut: 2 * w, ff: w, mul: false };
        case "mul": return intMul(e, clockMHz);
        case "div": case "floordiv": case "rem": case "pow": {
          if (e.rhs.kind === "const" && typeof e.rhs.value === "number" && e.rhs.value > 0 && (e.rhs.value & (e.rhs.value - 1)) === 0) {
            return { key: `shift${w}`, label: `${w}-bit divide by a power of two`, latency: 0, dsp: 0, lut: w, ff: 0, mul: false };
          }
          return { key: `div${w}`, label: `${w}-bit ${e.op === "rem" ? "remainder" : "divide"}`, latency: scale(w + 4, clockMHz), dsp: 0, lut: w * w, ff: w * w + w, mul: false };
        }
        case "shl": case "shr":
          return e.rhs.kind === "const" ? FREE("wire", "constant shift")
            : { key: `shift${w}`, label: `${w}-bit shift`, latency: 0, dsp: 0, lut: w * Math.ceil(Math.log2(w + 1)), ff: 0, mul: false };
        default: return { key: `logic${w}`, label: `${w}-bit logic`, latency: 0, dsp: 0, lut: w, ff: 0, mul: false };
      }
    }
    case "compare": {
      const ow = bitWidth(e.lhs.type);
      if (e.lhs.type.kind === "float") return floatRow(e.lhs.type, "cmp", clockMHz, "compare");
      return { key: `cmp${ow}`, label: `${ow}-bit compare`, latency: 1, dsp: 0, lut: Math.ceil(ow / 2), ff: 1, mul: false };
    }
    case "unary":
      return isFloat ? FREE("wire", "float negate") : { key: `neg${w}`, label: `${w}-bit ${e.op}`, latency: e.op === "neg" ? 1 : 0, dsp: 0, lut: w, ff: 0, mul: false };
    case "cast": {
      const from = e.x.type;
      if (isFloat && from.kind === "float") return from.bits === t.bits ? FREE("wire", "cast") : floatRow(t, "conv", clockMHz, "conversion");
      if (isFloat || from.kind === "float") return floatRow(isFloat ? t : from, "conv", clockMHz, "int/float conversion");
      return FREE("wire", "cast");
    }
    case "select": return { key: `mux${w}`, label: `${w}-bit select`, latency: 0, dsp: 0, lut: w, ff: 0, mul: false };
    case "math": {
      const row = MATH[e.fn] ?? MATH.exp!;
      if (e.fn === "abs") return { key: `abs${w}`, label: "abs", latency: 0, dsp: 0, lut: w, ff: 0, mul: false };
      const dbl = t.kind === "float" && t.bits === 64 ? 2 : 1;
      const res = dbl === 2 ? 2.5 : 1;
      return { key: `${t.kind === "float" ? t.name : "i"}.${e.fn}`, label: `${t.kind === "float" && t.bits === 64 ? "float64" : "float32"} ${e.fn}`, latency: scale(row[0] * dbl, clockMHz), dsp: Math.round(row[1] * res), lut: Math.round(row[2] * res), ff: Math.round(row[3] * res), mul: false };
    }
    case "get-bit": case "get-slice": case "set-bit": case "set-slice": case "bitcast": case "bit-reverse":
      return FREE("wire", "bit operation");
    default:
      // Loads, calls and stream reads are costed by the scheduler; unknown expression kinds: 1 cycle.
      return { key: `other.${(e as { kind: string }).kind}`, label: (e as { kind: string }).kind, latency: 1, dsp: 0, lut: w, ff: w, mul: false };
  }
}

/** Per-unit cost of memory-side logic and control (rough): per loop, per function. */
export const CONTROL = { loop: { lut: 30, ff: 20 }, func: { lut: 50, ff: 40 } } as const;

/** Cycles of a BRAM/URAM read (address register + read), a register read, and a store. */
export const MEMORY_LATENCY = { bramLoad: 2, registerLoad: 0, store: 1, registerStore: 0, stream: 1 } as const;
