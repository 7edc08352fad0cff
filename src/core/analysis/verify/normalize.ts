/**
 * Canonical forms of wrapping integer and fixed-point arithmetic, computed on demand for outputs that differ
 * as written. Every rewrite here holds bit for bit at the type's width (modulo 2^bits), so two terms with the
 * same normal form compute the same value for every input; none changes where a value wraps:
 *  - sums (+, −, negation, multiplication by a constant, << by a constant) of one type become one flat sum
 *    of scaled terms with integer coefficients, like terms collected, constants folded, operands sorted;
 *  - integer products of one type become one flat sorted product times a constant;
 *  - a truncating integer cast (to a type no wider) distributes over a wrapping sum or product of the wider
 *    type, and truncating a cast keeps only the narrower width (trunc is a ring homomorphism mod 2^bits);
 *  - everything else (fixed-point ×, division, floats, casts that widen) keeps its node, with normalized
 *    operands.
 */
import type { ScalarType } from "../../types/types";
import { Op, TermStore } from "./terms";
import { wrapTo } from "./concrete";

function isInt(t: ScalarType): boolean {
  return t.kind === "int" || t.kind === "index";
}
function width(t: ScalarType): number {
  return t.kind === "index" ? 32 : t.bits;
}

export class Normalizer {
  private readonly memo = new Map<number, number>();
  constructor(private readonly s: TermStore) {}

  norm(id: number): number {
    const m = this.memo.get(id);
    if (m !== undefined) return m;
    const r = this.compute(id);
    this.memo.set(id, r);
    return r;
  }

  private compute(id: number): number {
    const s = this.s;
    const op = s.opOf(id)!;
    if (op === Op.Const || op === Op.Sym) return id;
    const t = s.typeOf(id);
    const ring = isInt(t) || t.kind === "fixed";
    if (op === Op.Bin && ring) {
      const b = s.binOp(id);
      if (b === "add" || b === "sub") return this.linear(id, t);
      if (isInt(t) && (b === "mul" || (b === "shl" && this.shiftAmount(id) !== undefined))) {
        return b === "mul" && !s.isConst(s.arg(id, 0)) && !s.isConst(s.arg(id, 1)) ? this.product(id, t) : this.linear(id, t);
      }
    }
    if (op === Op.Unary && s.auxOf(id) === 0 && ring) return this.linear(id, t);
    if (op === Op.Cast && isInt(t) && isInt(s.typeOf(s.arg(id, 0))) && width(t) <= width(s.typeOf(s.arg(id, 0)))) return this.truncation(t, s.arg(id, 0));
    return rebuild(s, id, s.args(id).map((a) => this.norm(a)));
  }

  /** `x << k` with a constant 0 ≤ k: the amount, else undefined. */
  private shiftAmount(id: number): bigint | undefined {
    const r = this.s.arg(id, 1);
    if (!this.s.isConst(r)) return undefined;
    const k = BigInt(this.s.constValue(r));
    return k >= 0n && k < 4096n ? k : undefined;
  }

  private linear(root: number, t: ScalarType): number {
    const s = this.s;
    const ty = s.tyOf(root)!;
    const coefs = new Map<number, bigint>();
    let k = 0n;
    const addBase = (y: number, c: bigint): void => {
      if (s.isConst(y)) { k += c * BigInt(s.constValue(y)); return; }
      if (s.opOf(y) === Op.NAdd && s.tyOf(y) === ty) {
        for (const a of s.args(y)) addBase(a, c);
        return;
      }
      if (s.opOf(y) === Op.Scale && s.tyOf(y) === ty) {
        const base = s.arg(y, 0);
        coefs.set(base, (coefs.get(base) ?? 0n) + c * BigInt(s.constValue(s.arg(y, 1))));
        return;
      }
      coefs.set(y, (coefs.get(y) ?? 0n) + c);
    };
    const visit = (x: number, c: bigint): void => {
      const op = s.opOf(x)!;
      if (s.tyOf(x) === ty) {
        if (op === Op.Const) { k += c * BigInt(s.constValue(x)); return; }
        if (op === Op.Bin) {
          const b = s.binOp(x);
          if (b === "add") { visit(s.arg(x, 0), c); visit(s.arg(x, 1), c); return; }
          if (b === "sub") { visit(s.arg(x, 0), c); visit(s.arg(x, 1), -c); return; }
          if (b === "mul" && isInt(t)) {
            const l = s.arg(x, 0), r = s.arg(x, 1);
            if (s.isConst(l)) { visit(r, c * BigInt(s.constValue(l))); return; }
            if (s.isConst(r)) { visit(l, c * BigInt(s.constValue(r))); return; }
            addBase(this.product(x, t), c);
            return;
          }
          if (b === "shl" && isInt(t)) {
            const sh = this.shiftAmount(x);
            if (sh !== undefined) { visit(s.arg(x, 0), c << sh); return; }
          }
        }
        if (op === Op.Unary && s.auxOf(x) === 0) { visit(s.arg(x, 0), -c); return; }
      }
      addBase(this.norm(x), c);
    };
    visit(root, 1n);
    const parts: number[] = [];
    for (const [base, c] of [...coefs].sort((a, b) => a[0] - b[0])) {
      const w = BigInt(wrapTo(t, c));
      if (w === 0n) continue;
      parts.push(w === 1n ? base : s.node(Op.Scale, ty, 0, [base, s.const(t, wrapTo(t, c))]));
    }
    const kw = wrapTo(t, k);
    if (BigInt(kw) !== 0n) parts.push(s.const(t, kw));
    if (parts.length === 0) return s.const(t, wrapTo(t, 0n));
    if (parts.length === 1) return parts[0]!;
    return s.node(Op.NAdd, ty, 0, parts.sort((a, b) => a - b));
  }

  private product(root: number, t: ScalarType): number {
    const s = this.s;
    const ty = s.tyOf(root)!;
    const factors: number[] = [];
    let k = 1n;
    const take = (y: number): void => {
      if (s.isConst(y)) { k *= BigInt(s.constValue(y)); return; }
      if (s.opOf(y) === Op.Scale && s.tyOf(y) === ty) { k *= BigInt(s.constValue(s.arg(y, 1))); take(s.arg(y, 0)); return; }
      if (s.opOf(y) === Op.NMul && s.tyOf(y) === ty) { factors.push(...s.args(y)); return; }
      factors.push(y);
    };
    const visit = (x: number): void => {
      if (s.tyOf(x) === ty && s.opOf(x) === Op.Bin && s.binOp(x) === "mul") { visit(s.arg(x, 0)); visit(s.arg(x, 1)); return; }
      if (s.tyOf(x) === ty && s.opOf(x) === Op.Bin && s.binOp(x) === "shl") {
        const sh = this.shiftAmount(x);
        if (sh !== undefined) { k <<= sh; visit(s.arg(x, 0)); return; }
      }
      if (s.tyOf(x) === ty && s.opOf(x) === Op.Unary && s.auxOf(x) === 0) { k = -k; visit(s.arg(x, 0)); return; }
      take(this.norm(x));
    };
    visit(root);
    const kw = BigInt(wrapTo(t, k));
    if (kw === 0n) return s.const(t, wrapTo(t, 0n));
    factors.sort((a, b) => a - b);
    const core = factors.length === 0 ? undefined : factors.length === 1 ? factors[0]! : s.node(Op.NMul, ty, 0, factors);
    if (core === undefined) return s.const(t, wrapTo(t, kw));
    return kw === 1n ? core : s.node(Op.Scale, ty, 0, [core, s.const(t, wrapTo(t, kw))]);
  }

  /** cast(t, x) where x is an integer at least as wide as t. */
  private truncation(t: ScalarType, x: number): number {
    const s = this.s;
    const y = this.norm(x);
    if (s.isConst(y)) return s.cast(t, y);
    if (s.opOf(y) === Op.Cast && isInt(s.typeOf(s.arg(y, 0)))) return this.norm(s.cast(t, s.arg(y, 0)));
    if (s.opOf(y) === Op.NAdd || s.opOf(y) === Op.NMul) {
      // Rebuild in t from truncated operands, then normalize that sum/product in t.
      const parts = s.args(y).map((a) => s.cast(t, a));
      let acc = parts[0]!;
      for (let i = 1; i < parts.length; i++) acc = s.binary(s.opOf(y) === Op.NAdd ? "add" : "mul", t, acc, parts[i]!);
      return this.norm(acc);
    }
    if (s.opOf(y) === Op.Scale) {
      return this.norm(s.binary("mul", t, s.cast(t, s.arg(y, 0)), s.cast(t, s.arg(y, 1))));
    }
    return s.cast(t, y);
  }
}

/** The term `id` with its operands replaced by `args` (through the folding builders). */
export function rebuild(s: TermStore, id: number, args: readonly number[]): number {
  const t = s.typeOf(id);
  const a = (k: number) => args[k]!;
  switch (s.opOf(id)) {
    case Op.Bin: return s.binary(s.binOp(id), t, a(0), a(1));
    case Op.Cast: return s.cast(t, a(0));
    case Op.Select: return s.select(t, a(0), a(1), a(2));
    default: {
      let same = true;
      for (let k = 0; k < args.length; k++) if (args[k] !== s.arg(id, k)) { same = false; break; }
      return same ? id : s.node(s.opOf(id)!, s.tyOf(id)!, s.auxOf(id)!, args);
    }
  }
}
