/**
 * Allo's default typing rules (reference §1.11, `allo/ir/typing_rule.py`) as pure functions, with the
 * DESIGN §5 deviations:
 *  - select / `min` / `max` never depend on operand order (Allo's commutative lookup hands asymmetric lambdas
 *    the operands in source order: `select fixed(8,3), int8 → fixed(8,0)`, `bool, int32 → i33`). We use the
 *    compare rule, which is symmetric.
 *  - `//` is defined on every type; its result type is that of `/`.
 * Index counts as a 32-bit integer; in mixes it behaves as UInt(32) (Allo: `Int⊕Index = Int(max(a,33)+1)`).
 * Results may be wider than MAX_INT_BITS inside an expression (e.g. `int512 * int512`); checking the width
 * of a stored value is the caller's business.
 */
import {
  BOOL, F32, F64, INDEX, fixedType, intType, typeToString,
  type FloatType, type ScalarType,
} from "./types";

export type RuleResult = ScalarType | { error: string };

export type BinaryOp = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "<<" | ">>" | "&" | "|" | "^";

export function isRuleError(r: RuleResult): r is { error: string } {
  return "error" in r;
}

/** Non-float, non-index operand seen as a (possibly fractional) fixed-point number. */
interface Num { readonly signed: boolean; readonly bits: number; readonly frac: number; readonly isInt: boolean }

function asNum(t: Exclude<ScalarType, FloatType>): Num {
  if (t.kind === "index") return { signed: false, bits: 32, frac: 0, isInt: true };
  if (t.kind === "int") return { signed: t.signed, bits: t.bits, frac: 0, isInt: true };
  return { signed: t.signed, bits: t.bits, frac: t.frac, isInt: false };
}

/** Integer bits (W − F) needed to hold both operands: a signed/unsigned mix needs one more bit on the unsigned side. */
function commonIntBits(x: Num, y: Num): number {
  const ix = x.bits - x.frac, iy = y.bits - y.frac;
  if (x.signed === y.signed) return Math.max(ix, iy);
  return x.signed ? Math.max(ix, iy + 1) : Math.max(ix + 1, iy);
}

/** Float ⊕ anything: the float; Float ⊕ Float: the wider, tie → lhs (so bf16 + f16 is bf16). */
function floatRule(a: ScalarType, b: ScalarType): FloatType {
  if (a.kind === "float" && b.kind === "float") return a.bits >= b.bits ? a : b;
  return (a.kind === "float" ? a : b) as FloatType;
}

/**
 * The shared shape of `+ -` (extra = 1), `%` and compare (extra = 0): common integer bits, F = the fixed
 * operand's frac (max of both when both are fixed), signed if either is.
 */
function alignRule(a: ScalarType, b: ScalarType, extra: 0 | 1): ScalarType {
  if (a.kind === "float" || b.kind === "float") return floatRule(a, b);
  if (a.kind === "index" && b.kind === "index") return INDEX;
  const x = asNum(a), y = asNum(b);
  const frac = x.isInt ? y.frac : y.isInt ? x.frac : Math.max(x.frac, y.frac);
  const width = commonIntBits(x, y) + frac + extra;
  const signed = x.signed || y.signed;
  return x.isInt && y.isInt ? intType(width, signed) : fixedType(width, frac, signed);
}

function mulRule(a: ScalarType, b: ScalarType): ScalarType {
  if (a.kind === "float" || b.kind === "float") return floatRule(a, b);
  if (a.kind === "index" && b.kind === "index") return INDEX;
  const x = asNum(a), y = asNum(b);
  const signed = x.signed || y.signed;
  // Allo writes Int×Fixed as frac max(0, F); the table (and the exact product) is F = F1 + F2 with F_int = 0.
  // They differ only for negative F.
  return x.isInt && y.isInt ? intType(x.bits + y.bits, signed) : fixedType(x.bits + y.bits, x.frac + y.frac, signed);
}

/** `/` and `//`: lhs-type rules (Allo keeps the lhs width and truncates the rhs to it for integers). */
function divRule(a: ScalarType, b: ScalarType): ScalarType {
  if (a.kind === "float" || b.kind === "float") return floatRule(a, b);
  const aInt = a.kind !== "fixed", bInt = b.kind !== "fixed";
  if (aInt && bInt) {
    if (a.kind === "index") {
      if (b.kind === "int" && b.signed) return intType(32);
      return INDEX;
    }
    if (a.kind === "int" && !a.signed && b.kind === "int" && b.signed) return intType(a.bits, true);
    return a;
  }
  const x = asNum(a), y = asNum(b);
  if (aInt) {
    // Int(a) ÷ Fixed(W, F) = Fixed(a+W, a−F); Int ÷ UFixed gets one more bit; unsigned lhs keeps rhs signedness.
    const frac = x.bits - y.frac;
    if (x.signed) return fixedType(x.bits + y.bits + (y.signed ? 0 : 1), frac, true);
    return fixedType(x.bits + y.bits, frac, y.signed);
  }
  if (bInt) {
    // Fixed(W, F) ÷ Int(b) = Fixed(W+b, b+F); a signedness mix gets one more bit; UFixed ÷ UInt stays unsigned.
    const frac = y.bits + x.frac;
    if (x.signed === y.signed) return fixedType(x.bits + y.bits, frac, x.signed);
    return fixedType(x.bits + y.bits + 1, frac, true);
  }
  // Fixed ÷ Fixed = Fixed(W1+W2, I2+F1); only Fixed ÷ UFixed gets the extra bit.
  const frac = y.bits - y.frac + x.frac;
  const extra = x.signed && !y.signed ? 1 : 0;
  return fixedType(x.bits + y.bits + extra, frac, x.signed || y.signed);
}

function shiftRule(op: string, a: ScalarType, b: ScalarType): RuleResult {
  if (a.kind === "float") {
    return { error: `shift '${op}' is not defined for ${typeToString(a)} operands; cast to an integer or fixed-point type first` };
  }
  if (b.kind === "float" || b.kind === "fixed") {
    return { error: `the shift amount of '${op}' must be an integer, not ${typeToString(b)}; cast it to an integer type first` };
  }
  // The result is the lhs type (index stays index); the rhs is cast separately (to Int(32) for fixed lhs).
  return a;
}

function bitwiseRule(op: string, a: ScalarType, b: ScalarType): RuleResult {
  for (const t of [a, b]) {
    if (t.kind === "float" || t.kind === "fixed") {
      return { error: `bitwise '${op}' is not defined for ${typeToString(t)} operands; cast to an integer type first` };
    }
  }
  if (a.kind === "index" && b.kind === "index") return INDEX;
  const x = asNum(a as Exclude<ScalarType, FloatType>), y = asNum(b as Exclude<ScalarType, FloatType>);
  return intType(Math.max(x.bits, y.bits), x.signed || y.signed);
}

/** `**`: computed in float; f32 when the *first* operand is at most 32 bits wide, else f64 (Allo keeps this order
 * dependence: `int32 ** f64` is f32). Float ** Float: the wider, tie → lhs. */
function powRule(a: ScalarType, b: ScalarType): ScalarType {
  if (a.kind === "float" && b.kind === "float") return a.bits >= b.bits ? a : b;
  const w = a.kind === "index" ? 32 : a.bits;
  return w <= 32 ? F32 : F64;
}

/** The type a binary operation is computed in. Operands are cast to it, except for shifts (lhs type; the rhs is
 * cast separately) and `/`, `//` (lhs-based rules; integer rhs is cast to the result). */
export function binaryResultType(op: BinaryOp, a: ScalarType, b: ScalarType): RuleResult {
  switch (op) {
    case "+":
    case "-": return alignRule(a, b, 1);
    case "*": return mulRule(a, b);
    case "/":
    case "//": return divRule(a, b);
    case "%": return alignRule(a, b, 0);
    case "**": return powRule(a, b);
    case "<<":
    case ">>": return shiftRule(op, a, b);
    case "&":
    case "|":
    case "^": return bitwiseRule(op, a, b);
  }
}

/** The type both operands of a comparison are cast to; the comparison itself yields bool (UInt(1)). */
export function compareOperandType(a: ScalarType, b: ScalarType): RuleResult {
  return alignRule(a, b, 0);
}

/**
 * Ternary `x if c else y`, `min`, `max`: the compare rule, made fully symmetric (DESIGN §5). The one pair the
 * compare rule orders by position is f16 vs bf16 (tie → lhs); neither holds the other, so we use f32, which
 * holds both exactly.
 */
export function selectType(a: ScalarType, b: ScalarType): RuleResult {
  if (a.kind === "float" && b.kind === "float" && a.bits === b.bits && a.name !== b.name) return F32;
  return alignRule(a, b, 0);
}

/** Unary minus: same type, except unsigned becomes signed of the same width (UInt(n) → Int(n), UFixed → Fixed). */
export function negType(t: ScalarType): ScalarType {
  if (t.kind === "int" && !t.signed) return intType(t.bits, true);
  if (t.kind === "fixed" && !t.signed) return fixedType(t.bits, t.frac, true);
  return t;
}

/** `and` / `or` / `not`: bool. */
export function boolOpType(): ScalarType {
  return BOOL;
}
