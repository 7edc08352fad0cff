/**
 * "Equal up to float re-association": float sums (and differences, since x − y is exactly x + (−y) in IEEE)
 * and float products of one type are flattened into order-free multisets. Two outputs that differ as written
 * but agree here compute the same mathematical expression in another order, so they may differ in the last
 * bits; that is a weaker verdict than equal, and it is reported as such.
 */
import type { Normalizer } from "./normalize";
import { rebuild } from "./normalize";
import { Op, TermStore } from "./terms";

export class Reassociator {
  private readonly memo = new Map<number, number>();
  constructor(private readonly s: TermStore, private readonly ints: Normalizer) {}

  /** The order-free form of (the integer normal form of) `id`. */
  form(id: number): number {
    return this.visit(this.ints.norm(id));
  }

  private visit(id: number): number {
    const m = this.memo.get(id);
    if (m !== undefined) return m;
    const s = this.s;
    let r: number;
    const op = s.opOf(id)!;
    if (op === Op.Const || op === Op.Sym) r = id;
    else if (op === Op.Bin && s.typeOf(id).kind === "float" && ["add", "sub", "mul"].includes(s.binOp(id))) {
      const mul = s.binOp(id) === "mul";
      const ty = s.tyOf(id)!;
      const leaves: number[] = [];
      const walk = (x: number, negate: boolean): void => {
        if (s.opOf(x) === Op.Bin && s.tyOf(x) === ty) {
          const b = s.binOp(x);
          if (!mul && b === "add") { walk(s.arg(x, 0), negate); walk(s.arg(x, 1), negate); return; }
          if (!mul && b === "sub") { walk(s.arg(x, 0), negate); walk(s.arg(x, 1), !negate); return; }
          if (mul && b === "mul") { walk(s.arg(x, 0), false); walk(s.arg(x, 1), false); return; }
        }
        let y = this.visit(x);
        if (negate) y = s.unary("neg", s.typeOf(x), y);
        if (s.opOf(y) === (mul ? Op.FMulAC : Op.FAddAC) && s.tyOf(y) === ty) leaves.push(...s.args(y));
        else leaves.push(y);
      };
      walk(id, false);
      r = s.node(mul ? Op.FMulAC : Op.FAddAC, ty, 0, leaves.sort((a, b) => a - b));
    } else {
      r = rebuild(s, id, s.args(id).map((a) => this.visit(a)));
    }
    this.memo.set(id, r);
    return r;
  }
}
