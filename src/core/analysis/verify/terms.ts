/**
 * The hash-consed term DAG of the symbolic executor: every value either program computes is a term id, and
 * a structurally identical term is always the same id, so two outputs are equal as written exactly when
 * their ids are. Terms are fixed-size records in one plain int32 array (no object per term), found again
 * from an operand's record when that operand has at most one parent (every step of a reduction chain),
 * else through an open-addressing hash table, which keeps building a term to a few array reads.
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
export const BIN_INDEX: ReadonlyMap<BinaryOp, number> = new Map(BIN_OPS.map((o, i) => [o, i]));
const ADD = BIN_INDEX.get("add")!, MUL = BIN_INDEX.get("mul")!;
const CMP_INDEX = new Map(CMP_PREDS.map((o, i) => [o, i]));
const MATH_INDEX = new Map(MATH_FNS.map((o, i) => [o, i]));
/** Operations whose operands may be swapped without changing a single bit of the result (IEEE + and × too). */
const COMMUTES: readonly boolean[] = BIN_OPS.map((o) => ["add", "mul", "and", "or", "xor", "min", "max"].includes(o));

/** An input element: parameter `param` (position in the top function), element `flat` (row-major). */
export interface SymbolInfo {
  readonly name: string;
  readonly param: number;
  readonly flat: number;
  readonly shape: readonly number[];
}

/**
 * Int32s per term record: [key, a0, a1, parents].
 *  - key: kind | aux << 5 | arity class << 11 | type id << 13 (the class is 0 for constants and symbols, 1
 *    and 2 for one and two operands, 3 for any other count). Constants and symbols keep their `aux`
 *    (value or symbol index) in a0 instead, where it has room.
 *  - a0, a1: the operands (class 1, 2), or the operands' start in `pool` and their count (class 3).
 *  - parents: the one- and two-operand terms built with this term as an operand: 0 none, p + 1 exactly
 *    one (p), −(p + 1) two or more (p the first). See `node2`.
 */
const REC = 4;
const KIND_BITS = 5, AUX_BITS = 6, CLASS_SHIFT = 11, TYPE_SHIFT = 13;
const MAX_AUX = 1 << AUX_BITS, MAX_TYPES = 1 << (31 - TYPE_SHIFT);

/** Thrown when the store exceeds its term budget. */
export class TermBudgetExceeded {
  constructor(readonly terms: number) {}
}

/** The hash of a term of at most two operands (`b` = 0 for one); the home slot is its top bits. */
function hash2(key: number, a: number, b: number): number {
  let h = Math.imul(key + 0x165667b1, 0x9e3779b1) ^ a;
  h = Math.imul(h, 0x85ebca6b) ^ b;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 15;
  return Math.imul(h, 0x27d4eb2f);
}

export class TermStore {
  /** One record of REC int32s per term (see REC): building or finding a term reads its operands' records
   * and, on a hit, the found term's, and nothing else unless a table probe is needed. */
  private rec = new Int32Array(REC * 4096);
  private n = 0;
  /** Each term's kind again, one byte per term: the constant-folding checks on operands read this small
   * array (mostly cache-resident) instead of the operand's record (a cache miss per old operand). */
  private kinds = new Uint8Array(4096);
  /**
   * Per term, its last cast: (target type id + 1, result). Reductions cast the same operands over and over
   * (int32 · int32 widened to int64 per MAC): this answers from one array read instead of a lookup.
   */
  private castMemo = new Int32Array(0);
  private pool = new Int32Array(1 << 12);
  private poolN = 0;
  /**
   * Open addressing: pairs (term id + 1, hash), so most mismatches are rejected without reading the term.
   * It holds only the terms that cannot be found from an operand's record: a one- or two-operand term is
   * in it once every operand has two or more parents (terms of other arities always are). A term with an
   * operand that has no parent yet cannot exist, and one with an operand that has a single parent can only
   * be that parent; so building `acc ⊕ x` with a fresh `x` (every step of a reduction) costs no probe at
   * a random place in a table of tens of MB, and the other program's replay of the chain finds each step
   * in the record of the partial sum it just found.
   */
  private table = new Int32Array(2 << 16);
  private mask = (1 << 16) - 1;
  /** A term's home slot is the top bits of its hash (`h >>> shift`), so doubling the table sends old slot s
   * to new slot 2s or 2s + 1: growing reads and writes both tables in order instead of scattering 1 M
   * entries at random across tens of MB (a TLB and cache miss each). */
  private shift = 16;
  private inTable = 0;
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
    return this.n;
  }

  typeId(t: ScalarType): number {
    const cached = this.typeCache.get(t);
    if (cached !== undefined) return cached;
    const id = this.typeIdByKey(t);
    this.typeCache.set(t, id);
    return id;
  }
  /** Type ids by type object (types are shared immutable objects, so this avoids building a key per term). */
  private readonly typeCache = new WeakMap<ScalarType, number>();
  private typeIdByKey(t: ScalarType): number {
    const key = t.kind === "fixed" ? `${t.signed ? "f" : "uf"}${t.bits}.${t.frac}` : shortName(t);
    let id = this.typeIds.get(key);
    if (id === undefined) {
      id = this.types.length;
      if (id >= MAX_TYPES) throw new Error(`more than ${MAX_TYPES} scalar types in one proof`);
      this.types.push(t);
      this.typeIds.set(key, id);
    }
    return id;
  }

  /** The term's kind (`Op`), type id, and kind-specific number (operator, constant or symbol index). */
  opOf(id: number): number { return this.kinds[id]!; }
  tyOf(id: number): number { return this.rec[id * REC]! >>> TYPE_SHIFT; }
  auxOf(id: number): number {
    const r = id * REC;
    return this.kinds[id]! <= Op.Sym ? this.rec[r + 1]! : (this.rec[r]! >>> KIND_BITS) & (MAX_AUX - 1);
  }
  typeOf(id: number): ScalarType {
    return this.types[this.rec[id * REC]! >>> TYPE_SHIFT]!;
  }
  isConst(id: number): boolean {
    return this.kinds[id] === Op.Const;
  }
  constValue(id: number): Value {
    return this.values[this.rec[id * REC + 1]!]!;
  }
  arity(id: number): number {
    const r = id * REC, cls = (this.rec[r]! >>> CLASS_SHIFT) & 3;
    return cls === 3 ? this.rec[r + 2]! : cls;
  }
  arg(id: number, k: number): number {
    const r = id * REC;
    return ((this.rec[r]! >>> CLASS_SHIFT) & 3) === 3 ? this.pool[this.rec[r + 1]! + k]! : this.rec[r + 1 + k]!;
  }
  args(id: number): number[] {
    const n = this.arity(id);
    const out: number[] = new Array(n);
    for (let k = 0; k < n; k++) out[k] = this.arg(id, k);
    return out;
  }
  binOp(id: number): BinaryOp {
    return BIN_OPS[this.auxOf(id)]!;
  }

  // ---------------------------------------------------------------- interning

  const(t: ScalarType, v: Value): number {
    this.builds++;
    const ty = this.typeId(t);
    const key = typeof v === "bigint" ? `${ty}|${v}n` : Object.is(v, -0) ? `${ty}|-0` : `${ty}|${v}`;
    let id = this.constIds.get(key);
    if (id === undefined) {
      id = this.append(Op.Const, Op.Const | (ty << TYPE_SHIFT), this.values.length, 0);
      this.values.push(v);
      this.constIds.set(key, id);
    }
    return id;
  }

  sym(t: ScalarType, info: SymbolInfo): number {
    const id = this.append(Op.Sym, Op.Sym | (this.typeId(t) << TYPE_SHIFT), this.symbols.length, 0);
    this.symbols.push(info);
    return id;
  }

  private static key(op: number, ty: number, aux: number, cls: number): number {
    if (aux < 0 || aux >= MAX_AUX) throw new Error(`term operator index ${aux} out of range`);
    return op | (aux << KIND_BITS) | (cls << CLASS_SHIFT) | (ty << TYPE_SHIFT);
  }

  private append(op: number, key: number, a0: number, a1: number): number {
    const id = this.n;
    if (id >= this.maxTerms) throw new TermBudgetExceeded(id);
    if ((id + 1) * REC > this.rec.length) {
      const r = new Int32Array(this.rec.length * 2);
      r.set(this.rec);
      this.rec = r;
      const kd = new Uint8Array(this.kinds.length * 2);
      kd.set(this.kinds);
      this.kinds = kd;
    }
    const r = id * REC;
    const rec = this.rec;
    this.kinds[id] = op;
    rec[r] = key; rec[r + 1] = a0; rec[r + 2] = a1; rec[r + 3] = 0;
    this.n = id + 1;
    return id;
  }

  /**
   * `node` for two operands, without an argument array (the executor's hot path). An operand's parents
   * field decides where the term can be: nowhere (an operand has no parent), in that operand's single
   * parent, or in the table (both operands have several parents).
   */
  node2(op: number, ty: number, aux: number, a: number, b: number): number {
    this.builds++;
    const key = TermStore.key(op, ty, aux, 2);
    const rec = this.rec;
    const pa = rec[a * REC + 3]!, pb = rec[b * REC + 3]!;
    if (pa !== 0 && pb !== 0) {
      const one = pa > 0 ? pa : pb > 0 ? pb : 0;
      if (one > 0) {
        const r = (one - 1) * REC;
        if (rec[r] === key && rec[r + 1] === a && rec[r + 2] === b) return one - 1;
      } else {
        const h = hash2(key, a, b);
        const table = this.table, mask = this.mask;
        let slot = h >>> this.shift;
        for (;;) {
          const e = table[2 * slot]!;
          if (e === 0) break;
          if (table[2 * slot + 1] === h) {
            const r = (e - 1) * REC;
            if (rec[r] === key && rec[r + 1] === a && rec[r + 2] === b) return e - 1;
          }
          slot = (slot + 1) & mask;
        }
        // Both operands already have several parents: no parent field changes, the term goes in the table.
        const id = this.append(op, key, a, b);
        this.place(slot, id, h);
        return id;
      }
    }
    const id = this.append(op, key, a, b);
    this.addParent(a, id);
    if (b !== a) this.addParent(b, id);
    if (this.rec[a * REC + 3]! < 0 && this.rec[b * REC + 3]! < 0) this.insert(id);
    return id;
  }

  /** `node` for one operand (casts, negations). */
  node1(op: number, ty: number, aux: number, a: number): number {
    this.builds++;
    const key = TermStore.key(op, ty, aux, 1);
    const rec = this.rec;
    const pa = rec[a * REC + 3]!;
    if (pa > 0) {
      const r = (pa - 1) * REC;
      if (rec[r] === key && rec[r + 1] === a) return pa - 1;
    } else if (pa < 0) {
      const h = hash2(key, a, 0);
      const table = this.table, mask = this.mask;
      let slot = h >>> this.shift;
      for (;;) {
        const e = table[2 * slot]!;
        if (e === 0) break;
        if (table[2 * slot + 1] === h) {
          const r = (e - 1) * REC;
          if (rec[r] === key && rec[r + 1] === a) return e - 1;
        }
        slot = (slot + 1) & mask;
      }
      const id = this.append(op, key, a, 0);
      this.place(slot, id, h);
      return id;
    }
    const id = this.append(op, key, a, 0);
    this.addParent(a, id);
    if (this.rec[a * REC + 3]! < 0) this.insert(id);
    return id;
  }

  /**
   * Records the new term `t` as a parent of `x`. When `x` gets its second parent, its first one can no
   * longer be found from `x` alone, so it goes in the table if its other operands have several parents too
   * (else it stays findable from one of them, and goes in the table when that one gets its second).
   */
  private addParent(x: number, t: number): void {
    const i = x * REC + 3;
    const p = this.rec[i]!;
    if (p === 0) { this.rec[i] = t + 1; return; }
    if (p < 0) return;
    this.rec[i] = -p;
    const first = p - 1, r = first * REC;
    const a0 = this.rec[r + 1]!;
    if (this.rec[a0 * REC + 3]! > 0) return;
    if (((this.rec[r]! >>> CLASS_SHIFT) & 3) === 2 && this.rec[this.rec[r + 2]! * REC + 3]! > 0) return;
    this.insert(first);
  }

  /** Puts a one- or two-operand term, known not to be in the table, into it. */
  private insert(id: number): void {
    const r = id * REC;
    const h = hash2(this.rec[r]!, this.rec[r + 1]!, this.rec[r + 2]!);
    const table = this.table, mask = this.mask;
    let slot = h >>> this.shift;
    while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
    this.place(slot, id, h);
  }

  /** The term (op, ty, aux, args), found or created; `args` is copied. */
  node(op: number, ty: number, aux: number, args: readonly number[]): number {
    const n = args.length;
    if (n === 2) return this.node2(op, ty, aux, args[0]!, args[1]!);
    if (n === 1) return this.node1(op, ty, aux, args[0]!);
    this.builds++;
    const key = TermStore.key(op, ty, aux, 3);
    let h = Math.imul(key + 0x165667b1, 0x9e3779b1) ^ n;
    for (let k = 0; k < n; k++) h = Math.imul(h, 0x85ebca6b) ^ args[k]!;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 15;
    h = Math.imul(h, 0x27d4eb2f);
    const table = this.table, mask = this.mask, rec = this.rec, pool = this.pool;
    let slot = h >>> this.shift;
    for (;;) {
      const e = table[2 * slot]!;
      if (e === 0) break;
      const r = (e - 1) * REC;
      if (table[2 * slot + 1] === h && rec[r] === key && rec[r + 2] === n) {
        const start = rec[r + 1]!;
        let same = true;
        for (let k = 0; k < n; k++) if (pool[start + k] !== args[k]) { same = false; break; }
        if (same) return e - 1;
      }
      slot = (slot + 1) & mask;
    }
    if (this.poolN + n > this.pool.length) {
      const p = new Int32Array(Math.max(this.pool.length * 2, this.poolN + n));
      p.set(this.pool.subarray(0, this.poolN));
      this.pool = p;
    }
    const id = this.append(op, key, this.poolN, n);
    for (let k = 0; k < n; k++) this.pool[this.poolN++] = args[k]!;
    this.place(slot, id, h);
    return id;
  }

  private place(slot: number, id: number, h: number): void {
    this.table[2 * slot] = id + 1;
    this.table[2 * slot + 1] = h;
    if (++this.inTable * 2 > this.mask + 1) this.grow();
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const t = new Int32Array(2 * size);
    const mask = size - 1, shift = this.shift - 1;
    const old = this.table;
    for (let s = 0; s <= this.mask; s++) {
      const e = old[2 * s]!;
      if (e === 0) continue;
      const h = old[2 * s + 1]!;
      let slot = h >>> shift;
      while (t[2 * slot] !== 0) slot = (slot + 1) & mask;
      t[2 * slot] = e;
      t[2 * slot + 1] = h;
    }
    this.table = t;
    this.mask = mask;
    this.shift = shift;
  }

  // ---------------------------------------------------------------- builders (fold constants, order operands)

  binary(op: BinaryOp, t: ScalarType, a: number, b: number): number {
    return this.binaryK(BIN_INDEX.get(op)!, this.typeId(t), t, a, b);
  }

  /** `binary` with the operator index and type id already looked up (the executor precomputes them). */
  binaryK(k: number, ty: number, t: ScalarType, a: number, b: number): number {
    const kinds = this.kinds;
    if (kinds[a] === Op.Const && kinds[b] === Op.Const) return this.const(t, C.evalBinary(BIN_OPS[k]!, t, this.constValue(a), this.constValue(b)));
    if (COMMUTES[k] && b < a) { const x = a; a = b; b = x; }
    if (t.kind !== "float") {
      // Identities that hold bit for bit at every width (values are always canonical for their type).
      if (k === ADD && (this.isZero(a) || this.isZero(b))) return this.isZero(a) ? b : a;
      if (k === MUL && t.kind !== "fixed" && (this.isOne(a) || this.isOne(b))) return this.isOne(a) ? b : a;
    }
    return this.node2(Op.Bin, ty, k, a, b);
  }
  private isZero(id: number): boolean {
    if (this.opOf(id) !== Op.Const) return false;
    const v = this.constValue(id);
    return typeof v === "bigint" ? v === 0n : v === 0;
  }
  private isOne(id: number): boolean {
    if (this.opOf(id) !== Op.Const) return false;
    const v = this.constValue(id);
    return typeof v === "bigint" ? v === 1n : v === 1;
  }

  compare(pred: CmpPred, a: number, b: number, bool: ScalarType): number {
    if (this.opOf(a) === Op.Const && this.opOf(b) === Op.Const) return this.const(bool, C.evalCompare(pred, this.constValue(a), this.constValue(b)));
    return this.node2(Op.Cmp, this.typeId(bool), CMP_INDEX.get(pred)!, a, b);
  }

  unary(op: "neg" | "not", t: ScalarType, x: number): number {
    if (this.opOf(x) === Op.Const) return this.const(t, C.evalUnary(op, t, this.constValue(x)));
    return this.node1(Op.Unary, this.typeId(t), op === "neg" ? 0 : 1, x);
  }

  cast(t: ScalarType, x: number): number {
    return this.castK(this.typeId(t), t, x);
  }
  castK(ty: number, t: ScalarType, x: number): number {
    if (this.rec[x * REC]! >>> TYPE_SHIFT === ty) return x;
    const memo = this.castMemo;
    if (2 * x < memo.length && memo[2 * x] === ty + 1) {
      this.builds++; // the same work count as the lookup it replaces
      return memo[2 * x + 1]!;
    }
    const y = this.kinds[x] === Op.Const ? this.const(t, C.evalCast(this.typeOf(x), t, this.constValue(x))) : this.node1(Op.Cast, ty, 0, x);
    if (2 * x >= this.castMemo.length) {
      // Grown on the first cast of a term beyond it: a design without casts never touches this array.
      const m = new Int32Array(Math.max(2 * this.rec.length / REC, 4096));
      m.set(this.castMemo);
      this.castMemo = m;
    }
    this.castMemo[2 * x] = ty + 1;
    this.castMemo[2 * x + 1] = y;
    return y;
  }

  select(t: ScalarType, c: number, a: number, b: number): number {
    if (this.opOf(c) === Op.Const) return Number(this.constValue(c)) !== 0 ? a : b;
    if (a === b) return a;
    return this.node(Op.Select, this.typeId(t), 0, [c, a, b]);
  }

  math(fn: MathFn, t: ScalarType, args: readonly number[]): number {
    if (args.every((a) => this.opOf(a) === Op.Const)) return this.const(t, C.evalMath(fn, t, args.map((a) => this.constValue(a))));
    return this.node(Op.Math, this.typeId(t), MATH_INDEX.get(fn)!, args);
  }

  getBit(t: ScalarType, x: number, bit: number): number {
    if (this.opOf(x) === Op.Const && this.opOf(bit) === Op.Const) return this.const(t, C.evalGetBit(this.constValue(x), this.constValue(bit)));
    return this.node(Op.GetBit, this.typeId(t), 0, [x, bit]);
  }
  getSlice(t: ScalarType, x: number, lo: number, hi: number): number {
    if (this.opOf(x) === Op.Const && this.opOf(lo) === Op.Const && this.opOf(hi) === Op.Const) return this.const(t, C.evalGetSlice(t, this.constValue(x), this.constValue(lo), this.constValue(hi)));
    return this.node(Op.GetSlice, this.typeId(t), 0, [x, lo, hi]);
  }
  setBit(t: ScalarType, x: number, bit: number, v: number): number {
    if ([x, bit, v].every((a) => this.opOf(a) === Op.Const)) return this.const(t, C.evalSetBit(t, this.constValue(x), this.constValue(bit), this.constValue(v)));
    return this.node(Op.SetBit, this.typeId(t), 0, [x, bit, v]);
  }
  setSlice(t: ScalarType, x: number, lo: number, hi: number, v: number): number {
    if ([x, lo, hi, v].every((a) => this.opOf(a) === Op.Const)) return this.const(t, C.evalSetSlice(t, this.constValue(x), this.constValue(lo), this.constValue(hi), this.constValue(v)));
    return this.node(Op.SetSlice, this.typeId(t), 0, [x, lo, hi, v]);
  }
  bitcast(t: ScalarType, x: number): number {
    if (this.opOf(x) === Op.Const) return this.const(t, C.evalBitcast(this.typeOf(x), t, this.constValue(x)));
    return this.node(Op.Bitcast, this.typeId(t), 0, [x]);
  }
  bitReverse(t: ScalarType, x: number): number {
    if (this.opOf(x) === Op.Const) return this.const(t, C.evalBitReverse(t, this.constValue(x)));
    return this.node(Op.BitRev, this.typeId(t), 0, [x]);
  }
}
