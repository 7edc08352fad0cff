/** Pretty-prints a term as a Python-like expression, cut off below a depth (counterexamples, messages). */
import { shortName } from "../../types/types";
import { BIN_OPS, CMP_PREDS, MATH_FNS, Op, TermStore } from "./terms";

const INFIX: Record<string, string> = { add: "+", sub: "-", mul: "*", div: "/", floordiv: "//", rem: "%", pow: "**", shl: "<<", shr: ">>", and: "&", or: "|", xor: "^" };
const CMP: Record<string, string> = { eq: "==", ne: "!=", lt: "<", le: "<=", gt: ">", ge: ">=" };

export function printTerm(store: TermStore, id: number, depth = 6): string {
  if (depth <= 0) return "…";
  const d = depth - 1;
  const a = (k: number) => printTerm(store, store.arg(id, k), d);
  switch (store.opOf(id)) {
    case Op.Const: {
      const v = store.constValue(id);
      const t = store.typeOf(id);
      if (t.kind === "fixed") return String(Number(v) / 2 ** t.frac);
      return String(v);
    }
    case Op.Sym: {
      const s = store.symbols[store.auxOf(id)!]!;
      if (s.shape.length === 0) return s.name;
      const idx: number[] = [];
      let r = s.flat;
      for (let k = s.shape.length - 1; k >= 0; k--) { idx.unshift(r % s.shape[k]!); r = Math.floor(r / s.shape[k]!); }
      return `${s.name}[${idx.join(", ")}]`;
    }
    case Op.Bin: {
      const op = BIN_OPS[store.auxOf(id)!]!;
      return op === "min" || op === "max" ? `${op}(${a(0)}, ${a(1)})` : `(${a(0)} ${INFIX[op]} ${a(1)})`;
    }
    case Op.Cmp: return `(${a(0)} ${CMP[CMP_PREDS[store.auxOf(id)!]!]} ${a(1)})`;
    case Op.Unary: return store.auxOf(id) === 0 ? `-${a(0)}` : `~${a(0)}`;
    case Op.Cast: return `${shortName(store.typeOf(id))}(${a(0)})`;
    case Op.Select: return `(${a(1)} if ${a(0)} else ${a(2)})`;
    case Op.Math: return `${MATH_FNS[store.auxOf(id)!]}(${store.args(id).map((x) => printTerm(store, x, d)).join(", ")})`;
    case Op.GetBit: return `${a(0)}[${a(1)}]`;
    case Op.GetSlice: return `${a(0)}[${a(1)}:${a(2)}]`;
    case Op.SetBit: return `set_bit(${a(0)}, ${a(1)}, ${a(2)})`;
    case Op.SetSlice: return `set_slice(${a(0)}, ${a(1)}, ${a(2)}, ${a(3)})`;
    case Op.Bitcast: return `bitcast_${shortName(store.typeOf(id))}(${a(0)})`;
    case Op.BitRev: return `reverse(${a(0)})`;
    case Op.NAdd: case Op.FAddAC: return `(${store.args(id).map((x) => printTerm(store, x, d)).join(" + ")})`;
    case Op.Scale: return `(${a(1)}·${a(0)})`;
    case Op.NMul: case Op.FMulAC: return `(${store.args(id).map((x) => printTerm(store, x, d)).join(" * ")})`;
  }
  return "?";
}
