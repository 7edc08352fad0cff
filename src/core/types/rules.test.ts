import { describe, it, expect } from "vitest";
import {
  binaryResultType, boolOpType, compareOperandType, negType, selectType,
  type BinaryOp, type RuleResult,
} from "./rules";
import { BF16, BOOL, F16, F32, F64, INDEX, fixedType, intType, shortName, type ScalarType } from "./types";

/** Parse the short names used in the tables: i8, ui8, bool, index, fixed(8,3), ufixed(8,3), f16, bf16, f32, f64. */
function ty(s: string): ScalarType {
  const t = s.replace(/\s+/g, "");
  if (t === "bool") return BOOL;
  if (t === "index") return INDEX;
  const floats: Record<string, ScalarType> = { f16: F16, bf16: BF16, f32: F32, f64: F64 };
  if (floats[t]) return floats[t]!;
  let m = /^(u?)i(\d+)$/.exec(t);
  if (m) return intType(Number(m[2]), m[1] === "");
  m = /^(u?)fixed\((\d+),(-?\d+)\)$/.exec(t);
  if (m) return fixedType(Number(m[2]), Number(m[3]), m[1] === "");
  throw new Error(`bad type in test table: ${s}`);
}

/** Render a rule result the way the tables write it: short name without spaces, or "err". */
function show(r: RuleResult): string {
  return "error" in r ? "err" : shortName(r).replace(/\s+/g, "");
}

// ---------------------------------------------------------------------------------------------------------------
// Reference §1.11 "Concrete results". Columns: + * / % << & compare select.
// `select` is the DESIGN §5 value; where Allo differs (operand-order quirk) the Allo value is in the comment.
// ---------------------------------------------------------------------------------------------------------------
const CONCRETE: ReadonlyArray<readonly [string, string, string, string, string, string, string, string, string, string]> = [
  ["i8", "i8", "i9", "i16", "i8", "i8", "i8", "i8", "i8", "i8"],
  ["i8", "i16", "i17", "i24", "i8", "i16", "i8", "i16", "i16", "i16"],
  ["i8", "i32", "i33", "i40", "i8", "i32", "i8", "i32", "i32", "i32"],
  ["i32", "i32", "i33", "i64", "i32", "i32", "i32", "i32", "i32", "i32"],
  ["i8", "ui8", "i10", "i16", "i8", "i9", "i8", "i8", "i9", "i9"],
  ["ui8", "i8", "i10", "i16", "i8", "i9", "ui8", "i8", "i9", "i9"],
  ["ui8", "ui8", "ui9", "ui16", "ui8", "ui8", "ui8", "ui8", "ui8", "ui8"],
  ["i32", "index", "i34", "i64", "i32", "i33", "i32", "i32", "i33", "i33"],
  ["index", "index", "index", "index", "index", "index", "index", "index", "index", "index"],
  ["i8", "fixed(8,3)", "fixed(12,3)", "fixed(16,3)", "fixed(16,5)", "fixed(11,3)", "err", "err", "fixed(11,3)", "fixed(11,3)"],
  // DEVIATION (DESIGN §5): Allo's select gives fixed(8,0) here (operand-order quirk); ours is symmetric.
  ["fixed(8,3)", "i8", "fixed(12,3)", "fixed(16,3)", "fixed(16,11)", "fixed(11,3)", "fixed(8,3)", "err", "fixed(11,3)", "fixed(11,3)"],
  ["fixed(8,3)", "fixed(8,3)", "fixed(9,3)", "fixed(16,6)", "fixed(16,8)", "fixed(8,3)", "err", "err", "fixed(8,3)", "fixed(8,3)"],
  ["fixed(8,3)", "fixed(16,4)", "fixed(17,4)", "fixed(24,7)", "fixed(24,15)", "fixed(16,4)", "err", "err", "fixed(16,4)", "fixed(16,4)"],
  ["fixed(8,3)", "ufixed(8,3)", "fixed(10,3)", "fixed(16,6)", "fixed(17,8)", "fixed(9,3)", "err", "err", "fixed(9,3)", "fixed(9,3)"],
  ["i32", "f32", "f32", "f32", "f32", "f32", "err", "err", "f32", "f32"],
  ["f32", "i32", "f32", "f32", "f32", "f32", "err", "err", "f32", "f32"],
  ["f16", "f32", "f32", "f32", "f32", "f32", "err", "err", "f32", "f32"],
  ["i32", "f64", "f64", "f64", "f64", "f64", "err", "err", "f64", "f64"],
  // DEVIATION (DESIGN §5): Allo's select gives i33 here (operand-order quirk); ours is i32 both ways.
  ["bool", "i32", "i33", "i33", "i1", "i32", "ui1", "i32", "i32", "i32"],
];

describe("typing rules: the reference's concrete results table", () => {
  for (const [l, r, add, mul, div, mod, shl, and, cmp, sel] of CONCRETE) {
    it(`${l} × ${r}`, () => {
      const a = ty(l), b = ty(r);
      expect(show(binaryResultType("+", a, b))).toBe(add);
      expect(show(binaryResultType("*", a, b))).toBe(mul);
      expect(show(binaryResultType("/", a, b))).toBe(div);
      expect(show(binaryResultType("%", a, b))).toBe(mod);
      expect(show(binaryResultType("<<", a, b))).toBe(shl);
      expect(show(binaryResultType("&", a, b))).toBe(and);
      expect(show(compareOperandType(a, b))).toBe(cmp);
      expect(show(selectType(a, b))).toBe(sel);
    });
  }

  it("bf16 × f16 is bf16 and f16 × bf16 is f16 (float tie → lhs)", () => {
    for (const op of ["+", "-", "*", "/", "%"] as const) {
      expect(show(binaryResultType(op, BF16, F16))).toBe("bf16");
      expect(show(binaryResultType(op, F16, BF16))).toBe("f16");
    }
    expect(show(compareOperandType(BF16, F16))).toBe("bf16");
    expect(show(compareOperandType(F16, BF16))).toBe("f16");
  });

  it("int32 ** f64 is f32 (Allo's first-operand rule, kept)", () => {
    expect(show(binaryResultType("**", ty("i32"), F64))).toBe("f32");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Every cell rule of the general table, instantiated with widths that tell the formulas apart.
// I = W − F. Rows: [op, lhs, rhs, expected].
// ---------------------------------------------------------------------------------------------------------------
type Row = readonly [BinaryOp | "cmp" | "select", string, string, string];

const ADD: Row[] = [
  ["+", "i5", "i7", "i8"], // Int(max(a,b)+1)
  ["+", "i8", "ui4", "i9"], // Int(max(a,b+1)+1)
  ["+", "i4", "ui8", "i10"],
  ["+", "ui4", "i8", "i9"], // UInt⊕Int = Int(max(a+1,b)+1)
  ["+", "ui8", "i4", "i10"],
  ["+", "ui3", "ui5", "ui6"], // UInt(max+1)
  ["+", "i8", "index", "i34"], // Int(max(a,33)+1)
  ["+", "i40", "index", "i41"],
  ["+", "index", "i8", "i34"],
  ["+", "ui8", "index", "ui33"], // UInt(max(a,32)+1)
  ["+", "ui40", "index", "ui41"],
  ["+", "index", "ui8", "ui33"],
  ["+", "index", "index", "index"],
  ["+", "i8", "fixed(10,4)", "fixed(13,4)"], // Fixed(max(a,I)+F+1,F)
  ["+", "fixed(10,4)", "i8", "fixed(13,4)"],
  ["+", "i8", "ufixed(12,2)", "fixed(14,2)"], // Fixed(max(a,I+1)+F+1,F)
  ["+", "ufixed(12,2)", "i8", "fixed(14,2)"],
  ["+", "ui8", "fixed(10,4)", "fixed(14,4)"], // Fixed(max(a+1,I)+F+1,F)
  ["+", "fixed(10,4)", "ui8", "fixed(14,4)"],
  ["+", "ui8", "ufixed(10,4)", "ufixed(13,4)"], // UFixed(max(a,I)+F+1,F)
  ["+", "ufixed(10,4)", "ui8", "ufixed(13,4)"],
  ["+", "index", "fixed(10,4)", "fixed(38,4)"], // index acts as UInt(32)
  ["+", "fixed(10,4)", "index", "fixed(38,4)"],
  ["+", "index", "ufixed(10,4)", "ufixed(37,4)"],
  ["+", "ufixed(10,4)", "index", "ufixed(37,4)"],
  ["+", "fixed(10,4)", "fixed(6,1)", "fixed(11,4)"], // Fixed(max(I1,I2)+F+1,F)
  ["+", "fixed(10,4)", "ufixed(6,1)", "fixed(11,4)"], // Fixed(max(I1,I2+1)+F+1,F)
  ["+", "fixed(6,1)", "ufixed(10,4)", "fixed(12,4)"],
  ["+", "ufixed(10,4)", "fixed(6,1)", "fixed(12,4)"],
  ["+", "ufixed(10,4)", "ufixed(6,1)", "ufixed(11,4)"], // UFixed(max(I1,I2)+F+1,F)
  ["+", "i64", "f16", "f16"], // the Float
  ["+", "f16", "i64", "f16"],
  ["+", "fixed(8,3)", "bf16", "bf16"],
  ["+", "ufixed(8,3)", "f64", "f64"],
  ["+", "index", "f32", "f32"],
  ["+", "f32", "f64", "f64"], // wider wins
  ["+", "f64", "f32", "f64"],
  ["-", "i8", "ui8", "i10"],
  ["-", "ui8", "ui8", "ui9"],
  ["-", "fixed(8,3)", "fixed(16,4)", "fixed(17,4)"],
];

const MUL: Row[] = [
  ["*", "i5", "i7", "i12"],
  ["*", "i8", "ui4", "i12"],
  ["*", "ui4", "i8", "i12"],
  ["*", "ui3", "ui5", "ui8"],
  ["*", "i8", "index", "i40"], // Int(a+32)
  ["*", "index", "i8", "i40"],
  ["*", "ui8", "index", "ui40"], // UInt(a+32)
  ["*", "index", "ui8", "ui40"],
  ["*", "index", "index", "index"],
  ["*", "i8", "fixed(10,4)", "fixed(18,4)"], // Int/UInt/Index×Fixed = Fixed(a+W,F)
  ["*", "fixed(10,4)", "i8", "fixed(18,4)"],
  ["*", "ui8", "fixed(10,4)", "fixed(18,4)"],
  ["*", "index", "fixed(10,4)", "fixed(42,4)"],
  ["*", "i8", "ufixed(10,4)", "fixed(18,4)"], // Int×UFixed = Fixed(a+W,F)
  ["*", "ufixed(10,4)", "i8", "fixed(18,4)"],
  ["*", "ui8", "ufixed(10,4)", "ufixed(18,4)"], // UInt/Index×UFixed = UFixed(a+W,F)
  ["*", "ufixed(10,4)", "ui8", "ufixed(18,4)"],
  ["*", "index", "ufixed(10,4)", "ufixed(42,4)"],
  ["*", "fixed(10,4)", "fixed(6,1)", "fixed(16,5)"], // Fixed(W1+W2,F1+F2)
  ["*", "fixed(10,4)", "ufixed(6,1)", "fixed(16,5)"],
  ["*", "ufixed(6,1)", "fixed(10,4)", "fixed(16,5)"],
  ["*", "ufixed(10,4)", "ufixed(6,1)", "ufixed(16,5)"],
  ["*", "i8", "f32", "f32"],
  ["*", "f32", "ufixed(8,2)", "f32"],
  ["*", "f64", "f32", "f64"],
  ["*", "f16", "f32", "f32"],
];

const DIV_CELLS: ReadonlyArray<readonly [string, string, string]> = [
  ["i8", "i16", "i8"], // lhs type
  ["i16", "i8", "i16"],
  ["i8", "ui16", "i8"],
  ["ui8", "i16", "i8"], // UInt÷Int = Int(a)
  ["ui8", "i4", "i8"],
  ["ui8", "ui16", "ui8"],
  ["i8", "index", "i8"], // Int÷Index = Int(a)
  ["ui8", "index", "ui8"],
  ["index", "i8", "i32"], // Index÷Int = Int(32)
  ["index", "ui8", "index"], // Index÷UInt = Index
  ["index", "index", "index"],
  ["i8", "fixed(10,4)", "fixed(18,4)"], // Int(a)÷Fixed(W,F) = Fixed(a+W, a−F)
  ["i4", "fixed(10,6)", "fixed(14,-2)"], // a−F may be negative
  ["i8", "ufixed(10,4)", "fixed(19,4)"], // Int÷UFixed = Fixed(a+W+1, a−F)
  ["ui8", "fixed(10,4)", "fixed(18,4)"], // UInt÷Fixed = Fixed(a+W, a−F)
  ["ui8", "ufixed(10,4)", "ufixed(18,4)"], // UInt÷UFixed = UFixed(a+W, a−F)
  ["index", "fixed(10,4)", "fixed(42,28)"],
  ["index", "ufixed(10,4)", "ufixed(42,28)"],
  ["fixed(10,4)", "i8", "fixed(18,12)"], // Fixed(W,F)÷Int(b) = Fixed(W+b, b+F)
  ["fixed(10,4)", "ui8", "fixed(19,12)"], // Fixed÷UInt(b) = Fixed(W+b+1, b+F)
  ["fixed(10,4)", "index", "fixed(43,36)"],
  ["ufixed(10,4)", "i8", "fixed(19,12)"], // UFixed÷Int = Fixed(W+b+1, b+F)
  ["ufixed(10,4)", "ui8", "ufixed(18,12)"], // UFixed÷UInt = UFixed(W+b, b+F)
  ["ufixed(10,4)", "index", "ufixed(42,36)"],
  ["fixed(10,4)", "fixed(6,1)", "fixed(16,9)"], // Fixed÷Fixed = Fixed(W1+W2, I2+F1)
  ["fixed(10,4)", "ufixed(6,1)", "fixed(17,9)"], // Fixed÷UFixed = Fixed(W1+W2+1, I2+F1)
  ["ufixed(10,4)", "fixed(6,1)", "fixed(16,9)"], // UFixed÷Fixed = Fixed(W1+W2, I2+F1)
  ["ufixed(10,4)", "ufixed(6,1)", "ufixed(16,9)"], // UFixed÷UFixed = UFixed(W1+W2, I2+F1)
  ["i32", "f16", "f16"],
  ["f16", "i32", "f16"],
  ["fixed(8,3)", "f64", "f64"],
  ["f16", "f32", "f32"],
  ["f32", "f16", "f32"],
];
// `//` has the same typing as `/` (DESIGN §5: floor division is defined on every type, Allo only accepts Int).
const DIV: Row[] = DIV_CELLS.flatMap(([a, b, r]) => [["/", a, b, r] as const, ["//", a, b, r] as const]);

/** `%` and compare share the formulas ("as `+` without the trailing +1"). */
const MOD_CELLS: ReadonlyArray<readonly [string, string, string]> = [
  ["i5", "i7", "i7"],
  ["i8", "ui8", "i9"],
  ["ui8", "i8", "i9"],
  ["ui8", "i16", "i16"],
  ["ui3", "ui5", "ui5"],
  ["i8", "index", "i33"], // Int(max(a,33))
  ["i40", "index", "i40"],
  ["index", "i8", "i33"],
  ["ui8", "index", "ui32"], // UInt(max(a,32))
  ["index", "ui8", "ui32"],
  ["ui40", "index", "ui40"],
  ["index", "index", "index"],
  ["i8", "fixed(10,4)", "fixed(12,4)"],
  ["fixed(10,4)", "i8", "fixed(12,4)"],
  ["i8", "ufixed(12,2)", "fixed(13,2)"],
  ["ufixed(12,2)", "i8", "fixed(13,2)"],
  ["ui8", "fixed(10,4)", "fixed(13,4)"],
  ["fixed(10,4)", "ui8", "fixed(13,4)"],
  ["ui8", "ufixed(10,4)", "ufixed(12,4)"],
  ["ufixed(10,4)", "ui8", "ufixed(12,4)"],
  ["index", "fixed(10,4)", "fixed(37,4)"],
  ["fixed(10,4)", "index", "fixed(37,4)"],
  ["index", "ufixed(10,4)", "ufixed(36,4)"],
  ["ufixed(10,4)", "index", "ufixed(36,4)"],
  ["fixed(10,4)", "fixed(6,1)", "fixed(10,4)"],
  ["fixed(6,1)", "fixed(10,4)", "fixed(10,4)"],
  ["fixed(10,4)", "ufixed(6,1)", "fixed(10,4)"],
  ["fixed(6,1)", "ufixed(10,4)", "fixed(11,4)"],
  ["ufixed(10,4)", "fixed(6,1)", "fixed(11,4)"],
  ["ufixed(10,4)", "ufixed(6,1)", "ufixed(10,4)"],
  ["i8", "f64", "f64"],
  ["f64", "i8", "f64"],
  ["f32", "f64", "f64"],
  ["bf16", "ufixed(4,4)", "bf16"],
];
const MOD: Row[] = MOD_CELLS.map(([a, b, r]) => ["%", a, b, r] as const);
const CMP: Row[] = MOD_CELLS.map(([a, b, r]) => ["cmp", a, b, r] as const);
// select / min / max: the compare formulas (commutative); ours agree with Allo wherever Allo's lambda is symmetric.
const SELECT: Row[] = [
  ...MOD_CELLS.map(([a, b, r]) => ["select", a, b, r] as const),
  ["select", "fixed(8,3)", "i8", "fixed(11,3)"], // DEVIATION: Allo fixed(8,0)
  ["select", "i8", "fixed(8,3)", "fixed(11,3)"],
  ["select", "bool", "i32", "i32"], // DEVIATION: Allo i33
  ["select", "i32", "bool", "i32"],
  ["select", "ufixed(8,3)", "ui8", "ufixed(11,3)"],
  ["select", "f16", "bf16", "f32"], // DEVIATION: Allo f16 (tie → lhs); neither holds the other, f32 holds both
  ["select", "bf16", "f16", "f32"],
  ["select", "bf16", "bf16", "bf16"],
];

const SHIFT: Row[] = [
  ["<<", "i8", "i32", "i8"], // lhs type
  ["<<", "i8", "ui8", "i8"],
  ["<<", "i8", "index", "i8"],
  ["<<", "ui8", "i8", "ui8"],
  ["<<", "ui8", "index", "ui8"],
  ["<<", "index", "index", "index"], // Index lhs → Index
  ["<<", "index", "i8", "index"], // the table's "Index lhs → Index" (Allo's code only registers index << index)
  ["<<", "fixed(8,3)", "i8", "fixed(8,3)"], // Fixed lhs → lhs type
  ["<<", "ufixed(8,3)", "index", "ufixed(8,3)"],
  ["<<", "fixed(8,3)", "ui4", "fixed(8,3)"],
  ["<<", "f32", "i8", "err"], // no float shifts
  ["<<", "i8", "f32", "err"],
  ["<<", "i8", "fixed(8,3)", "err"], // no fixed rhs
  ["<<", "fixed(8,3)", "fixed(8,3)", "err"],
  [">>", "i16", "i8", "i16"],
  [">>", "ufixed(8,3)", "i8", "ufixed(8,3)"],
  [">>", "f16", "i8", "err"],
  [">>", "i16", "ufixed(8,3)", "err"],
];

const BITWISE: Row[] = (["&", "|", "^"] as const).flatMap((op): Row[] => [
  [op, "i8", "i16", "i16"], // Int(max)
  [op, "i8", "ui16", "i16"], // Int(max)
  [op, "ui16", "i8", "i16"],
  [op, "ui8", "ui16", "ui16"], // UInt(max)
  [op, "i8", "index", "i32"], // Int(max(a,32))
  [op, "i40", "index", "i40"],
  [op, "ui8", "index", "ui32"], // UInt(max(a,32))
  [op, "index", "ui8", "ui32"],
  [op, "index", "index", "index"],
  [op, "bool", "bool", "ui1"],
  [op, "fixed(8,3)", "i8", "err"],
  [op, "i8", "ufixed(8,3)", "err"],
  [op, "f32", "i8", "err"],
  [op, "i8", "f64", "err"],
]);

const POW: Row[] = [
  ["**", "i8", "i8", "f32"], // f32 if the first operand ≤ 32 bits
  ["**", "ui8", "ui8", "f32"],
  ["**", "i32", "i64", "f32"],
  ["**", "i64", "i8", "f64"],
  ["**", "index", "f64", "f32"],
  ["**", "fixed(40,3)", "f32", "f64"],
  ["**", "fixed(8,3)", "f64", "f32"],
  ["**", "f64", "i32", "f64"],
  ["**", "f16", "i8", "f32"],
  ["**", "f16", "f32", "f32"], // Float**Float → wider, tie → lhs
  ["**", "f32", "f16", "f32"],
  ["**", "bf16", "f16", "bf16"],
  ["**", "f16", "bf16", "f16"],
];

function evalRow(op: Row[0], a: ScalarType, b: ScalarType): RuleResult {
  if (op === "cmp") return compareOperandType(a, b);
  if (op === "select") return selectType(a, b);
  return binaryResultType(op, a, b);
}

describe("typing rules: every cell of the general table", () => {
  const groups: Record<string, Row[]> = {
    "+ -": ADD, "*": MUL, "/ //": DIV, "%": MOD, compare: CMP, "select/min/max": SELECT,
    "<< >>": SHIFT, "& | ^": BITWISE, "**": POW,
  };
  for (const [name, rows] of Object.entries(groups)) {
    it(`${name}`, () => {
      const got = rows.map(([op, l, r]) => `${l} ${op} ${r} = ${show(evalRow(op, ty(l), ty(r)))}`);
      const want = rows.map(([op, l, r, res]) => `${l} ${op} ${r} = ${res}`);
      expect(got).toEqual(want);
    });
  }

  it("select does not depend on operand order, for any pair", () => {
    const names = ["bool", "i1", "i8", "i33", "ui8", "ui32", "index", "fixed(8,3)", "fixed(16,-2)", "ufixed(8,3)",
      "ufixed(12,12)", "f16", "bf16", "f32", "f64"];
    for (const x of names) {
      for (const y of names) expect(show(selectType(ty(x), ty(y))), `${x}, ${y}`).toBe(show(selectType(ty(y), ty(x))));
    }
  });

  it("unary minus keeps the type, making unsigned types signed", () => {
    const cases: Array<[string, string]> = [
      ["i8", "i8"], ["ui8", "i8"], ["bool", "i1"], ["index", "index"],
      ["fixed(8,3)", "fixed(8,3)"], ["ufixed(8,3)", "fixed(8,3)"], ["f16", "f16"], ["bf16", "bf16"],
    ];
    for (const [t, r] of cases) expect(show(negType(ty(t))), t).toBe(r);
  });

  it("and/or give bool", () => {
    expect(boolOpType()).toEqual(BOOL);
  });

  it("error messages name the operator and the type, and say what to do", () => {
    const e1 = binaryResultType("&", F32, ty("i8"));
    expect(e1).toEqual({ error: "bitwise '&' is not defined for float32 operands; cast to an integer type first" });
    const e2 = binaryResultType("^", ty("i8"), ty("fixed(8,3)"));
    expect("error" in e2 && e2.error).toMatch(/'\^'.*Fixed\(8, 3\).*cast to an integer type first/);
    const e3 = binaryResultType("<<", ty("i8"), ty("fixed(8,3)"));
    expect("error" in e3 && e3.error).toMatch(/shift amount of '<<'.*Fixed\(8, 3\).*cast it to an integer type/);
    const e4 = binaryResultType(">>", F64, ty("i8"));
    expect("error" in e4 && e4.error).toMatch(/shift '>>' is not defined for float64.*cast/);
  });
});
