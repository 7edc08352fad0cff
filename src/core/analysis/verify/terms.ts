/**
 * The hash-consed term DAG of the symbolic executor: every value either program computes is a term id, and
 * a structurally identical term is always the same id, so two outputs are equal as written exactly when
 * their ids are. Terms are stored column-wise in plain number arrays (no object per term) and found again
 * through an open-addressing hash table, which keeps building a term to a few array reads.
 *
 * Built eagerly at construction (cheap and always sound): constant folding at the exact type (the
 * simulator's semantics, see concrete.ts) and a fixed operand order for commutative operations. The
 * algebraic canonical forms that need a whole expression (flattening sums, pushing truncations) are
 * computed lazily, only for outputs that differ as written (normalize.ts).
 */
import type { BinaryOp, CmpPred, MathFn } from "../../ir/nodes";
import type { ScalarType } from "../../types/types";
import { shortName } from "../../types/types";
import type { Value } from "./concrete";
import * as C from "./concrete";

/** Term kinds. `NAdd`/`NMul` are the flattened wrapping sums/products of normalize.ts and `Scale` (x · integer
 * constant, wrapping; on fixed-point raws) their coefficients; `FAddAC`/`FMulAC` the
 * order-free float sums/products of reassoc.ts (never built by the executor). */
export const Op = {
  Const: 0, Sym: 1, Bin: 2, Cmp: 3, Unary: 4, Cast: 5, Select: 6, Math: 7, GetBit: 8, GetSlice: 9,
  SetBit: 10, SetSlice: 11, Bitcast: 12, BitRev: 13, NAdd: 14, NMul: 15, FAddAC: 16, FMulAC: 17, Scale: 18,
} as const;

export const BIN_OPS: readonly BinaryOp[] = ["add", "sub", "mul", "div", "floordiv", "rem", "pow", "shl", "shr", "and", "or", "xor", "min", "max"];
export const CMP_PREDS: readonly CmpPred[] = ["eq", "ne", "lt", "le", "gt", "ge"];
export const MATH_FNS: readonly MathFn[] = ["exp", "log", "log2", "log10", "sqrt", "sin", "cos", "tan", "tanh", "abs", "pow"];
const BIN_INDEX = new Map(BIN_OPS.map((o, i) => [o, i]));
const CMP_INDEX = new Map(CMP_PREDS.map((o, i) => [o, i]));
const MATH_INDEX = new Map(MATH_FNS.map((o, i) => [o, i]));
/** Operations whose operands may be swapped without changing a single bit of the result (IEEE + and × too). */
const COMMUTATIVE = new Set<BinaryOp>(["add", "mul", "and", "or", "xor", "min", "max"]);

/** An input element: parameter `param` (position in the top function), element `flat` (row-major). */
export interface SymbolInfo {
  readonly name: string;
  readonly param: number;
  readonly flat: number;
  readonly shape: readonly number[];
}

/** Thrown when the store exceeds its term budget. */
export class TermBudgetExceeded {
  constructor(readonly terms: number) {}
}

export class TermStore {
  readonly op: number[] = [];
  readonly ty: number[] = [];
  readonly aux: number[] = [];
  private readonly argStart: number[] = [];
  private readonly argLen: number[] = [];
  private pool = new Int32Array(1 << 16);
  private poolN = 0;
  private table = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;
  private readonly types: ScalarType[] = [];
  private readonly typeIds = new Map<string, number>();
  /** Constant values, by Const term's `aux`. */
  private readonly values: Value[] = [];
  private readonly constIds = new Map<string, number>();
  readonly symbols: SymbolInfo[] = [];
  /** Symbolic operations performed (terms found or built, constants folded): the executor's work measure. */
  builds = 0;

  constructor(readonly maxTerms = 50_000_000) {}

  get size(): number {
    return this.op.length;
  }

  typeId(t: ScalarType): number {
    const key = t.kind === "fixed" ? `${t.signed ? "f" : "uf"}${t.bits}.${t.frac}` : shortName(t);
    let id = this.typeIds.get(key);
    if (id === undefined) {
      id = this.types.length;
      this.types.push(t);
      this.typeIds.set(key, id);
    }
    return id;
  }
  typeOf(id: number): ScalarType {
    return this.types[this.ty[id]!]!;
  }
  isConst(id: number): boolean {
    return this.op[id] === Op.Const;
  }
  constValue(id: number): Value {
    return this.values[this.aux[id]!]!;
  }
  arity(id: number): number {
    return this.argLen[id]!;
  }
  arg(id: number, k: number): number {
    return this.pool[this.argStart[id]! + k]!;
  }
  args(id: number): number[] {
    const s = this.argStart[id]!, n = this.argLen[id]!;
    const out: number[] = new Array(n);
    for (let k = 0; k < n; k++) out[k] = this.pool[s + k]!;
    return out;
  }
  binOp(id: number): BinaryOp {
    return BIN_OPS[this.aux[id]!]!;
  }

  // ---------------------------------------------------------------- interning

  const(t: ScalarType, v: Value): number {
    this.builds++;
    const ty = this.typeId(t);
    const key = typeof v === "bigint" ? `${ty}|${v}n` : Object.is(v, -0) ? `${ty}|-0` : `${ty}|${v}`;
    let id = this.constIds.get(key);
    if (id === undefined) {
      id = this.push(Op.Const, ty, this.values.length, 0);
      this.values.push(v);
      this.constIds.set(key, id);
    }
    return id;
  }

  sym(t: ScalarType, info: SymbolInfo): number {
    const id = this.push(Op.Sym, this.typeId(t), this.symbols.length, 0);
    this.symbols.push(info);
    return id;
  }

  private push(op: number, ty: number, aux: number, n: number): number {
    const id = this.op.length;
    if (id >= this.maxTerms) throw new TermBudgetExceeded(id);
    this.op.push(op);
    this.ty.push(ty);
    this.aux.push(aux);
    this.argStart.push(this.poolN);
    this.argLen.push(n);
    return id;
  }

  /** The term (op, ty, aux, args), found or created; `args` is copied. */
  node(op: number, ty: number, aux: number, args: readonly number[]): number {
    this.builds++;
    const n = args.length;
    let h = Math.imul(op + 1, 0x9e3779b1) ^ Math.imul(ty + 7, 0x85ebca6b) ^ Math.imul(aux + 13, 0xc2b2ae35);
    for (let k = 0; k < n; k++) h = Math.imul(h ^ args[k]!, 0x27d4eb2f) + k;
    h ^= h >>> 15;
    let slot = h & this.mask;
    for (;;) {
      const e = this.table[slot]!;
      if (e === 0) break;
      const id = e - 1;
      if (this.op[id] === op && this.ty[id] === ty && this.aux[id] === aux && this.argLen[id] === n) {
        const s = this.argStart[id]!;
        let same = true;
        for (let k = 0; k < n; k++) if (this.pool[s + k] !== args[k]) { same = false; break; }
        if (same) return id;
      }
      slot = (slot + 1) & this.mask;
    }
    if (this.poolN + n > this.pool.length) {
      const p = new Int32Array(Math.max(this.pool.length * 2, this.poolN + n));
      p.set(this.pool.subarray(0, this.poolN));
      this.pool = p;
    }
    const id = this.op.length;
    if (id >= this.maxTerms) throw new TermBudgetExceeded(id);
    this.op.push(op);
    this.ty.push(ty);
    this.aux.push(aux);
    this.argStart.push(this.poolN);
    this.argLen.push(n);
    for (let k = 0; k < n; k++) this.pool[this.poolN++] = args[k]!;
    this.table[slot] = id + 1;
    if (this.op.length * 2 > this.table.length) this.grow();
    return id;
  }

  private grow(): void {
    const size = this.table.length * 2;
    const t = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.op.length; id++) {
      if (this.op[id] === Op.Const || this.op[id] === Op.Sym) continue;
      const s = this.argStart[id]!, n = this.argLen[id]!;
      let h = Math.imul(this.op[id]! + 1, 0x9e3779b1) ^ Math.imul(this.ty[id]! + 7, 0x85ebca6b) ^ Math.imul(this.aux[id]! + 13, 0xc2b2ae35);
      for (let k = 0; k < n; k++) h = Math.imul(h ^ this.pool[s + k]!, 0x27d4eb2f) + k;
      h ^= h >>> 15;
      let slot = h & mask;
      while (t[slot] !== 0) slot = (slot + 1) & mask;
      t[slot] = id + 1;
    }
    this.table = t;
    this.mask = mask;
  }

  // ---------------------------------------------------------------- builders (fold constants, order operands)

  binary(op: BinaryOp, t: ScalarType, a: number, b: number): number {
    if (this.op[a] === Op.Const && this.op[b] === Op.Const) return this.const(t, C.evalBinary(op, t, this.constValue(a), this.constValue(b)));
    if (COMMUTATIVE.has(op) && b < a) { const x = a; a = b; b = x; }
    if (t.kind !== "float") {
      // Identities that hold bit for bit at every width (values are always canonical for their type).
      if (op === "add" && (this.isZero(a) || this.isZero(b))) return this.isZero(a) ? b : a;
      if (op === "mul" && t.kind !== "fixed" && (this.isOne(a) || this.isOne(b))) return this.isOne(a) ? b : a;
    }
    return this.node(Op.Bin, this.typeId(t), BIN_INDEX.get(op)!, [a, b]);
  }
  private isZero(id: number): boolean {
    if (this.op[id] !== Op.Const) return false;
    const v = this.constValue(id);
    return typeof v === "bigint" ? v === 0n : v === 0;
  }
  private isOne(id: number): boolean {
    if (this.op[id] !== Op.Const) return false;
    const v = this.constValue(id);
    return typeof v === "bigint" ? v === 1n : v === 1;
  }

  compare(pred: CmpPred, a: number, b: number, bool: ScalarType): number {
    if (this.op[a] === Op.Const && this.op[b] === Op.Const) return this.const(bool, C.evalCompare(pred, this.constValue(a), this.constValue(b)));
    return this.node(Op.Cmp, this.typeId(bool), CMP_INDEX.get(pred)!, [a, b]);
  }

  unary(op: "neg" | "not", t: ScalarType, x: number): number {
    if (this.op[x] === Op.Const) return this.const(t, C.evalUnary(op, t, this.constValue(x)));
    return this.node(Op.Unary, this.typeId(t), op === "neg" ? 0 : 1, [x]);
  }

  cast(t: ScalarType, x: number): number {
    const ty = this.typeId(t);
    if (this.ty[x] === ty) return x;
    if (this.op[x] === Op.Const) return this.const(t, C.evalCast(this.typeOf(x), t, this.constValue(x)));
    return this.node(Op.Cast, ty, 0, [x]);
  }

  select(t: ScalarType, c: number, a: number, b: number): number {
    if (this.op[c] === Op.Const) return Number(this.constValue(c)) !== 0 ? a : b;
    if (a === b) return a;
    return this.node(Op.Select, this.typeId(t), 0, [c, a, b]);
  }

  math(fn: MathFn, t: ScalarType, args: readonly number[]): number {
    if (args.every((a) => this.op[a] === Op.Const)) return this.const(t, C.evalMath(fn, t, args.map((a) => this.constValue(a))));
    return this.node(Op.Math, this.typeId(t), MATH_INDEX.get(fn)!, args);
  }

  getBit(t: ScalarType, x: number, bit: number): number {
    if (this.op[x] === Op.Const && this.op[bit] === Op.Const) return this.const(t, C.evalGetBit(this.constValue(x), this.constValue(bit)));
    return this.node(Op.GetBit, this.typeId(t), 0, [x, bit]);
  }
  getSlice(t: ScalarType, x: number, lo: number, hi: number): number {
    if (this.op[x] === Op.Const && this.op[lo] === Op.Const && this.op[hi] === Op.Const) return this.const(t, C.evalGetSlice(t, this.constValue(x), this.constValue(lo), this.constValue(hi)));
    return this.node(Op.GetSlice, this.typeId(t), 0, [x, lo, hi]);
  }
  setBit(t: ScalarType, x: number, bit: number, v: number): number {
    if ([x, bit, v].every((a) => this.op[a] === Op.Const)) return this.const(t, C.evalSetBit(t, this.constValue(x), this.constValue(bit), this.constValue(v)));
    return this.node(Op.SetBit, this.typeId(t), 0, [x, bit, v]);
  }
  setSlice(t: ScalarType, x: number, lo: number, hi: number, v: number): number {
    if ([x, lo, hi, v].every((a) => this.op[a] === Op.Const)) return this.const(t, C.evalSetSlice(t, this.constValue(x), this.constValue(lo), this.constValue(hi), this.constValue(v)));
    return this.node(Op.SetSlice, this.typeId(t), 0, [x, lo, hi, v]);
  }
  bitcast(t: ScalarType, x: number): number {
    if (this.op[x] === Op.Const) return this.const(t, C.evalBitcast(this.typeOf(x), t, this.constValue(x)));
    return this.node(Op.Bitcast, this.typeId(t), 0, [x]);
  }
  bitReverse(t: ScalarType, x: number): number {
    if (this.op[x] === Op.Const) return this.const(t, C.evalBitReverse(t, this.constValue(x)));
    return this.node(Op.BitRev, this.typeId(t), 0, [x]);
  }
}
