/**
 * Evaluates terms under concrete input values (the counterexample search): the same operation semantics as
 * constant folding (concrete.ts), iteratively so that long accumulation chains do not overflow the stack.
 */
import type { Value } from "./concrete";
import * as C from "./concrete";
import { BIN_OPS, CMP_PREDS, MATH_FNS, Op, TermStore } from "./terms";

/** The value of `root` when symbol s has value `input(s)`; `memo` may be shared between roots. */
export function evaluate(store: TermStore, root: number, input: (symbol: number) => Value, memo: Map<number, Value> = new Map()): Value {
  const stack: number[] = [root];
  while (stack.length > 0) {
    const id = stack[stack.length - 1]!;
    if (memo.has(id)) { stack.pop(); continue; }
    const op = store.opOf(id)!;
    if (op === Op.Const) { memo.set(id, store.constValue(id)); stack.pop(); continue; }
    if (op === Op.Sym) { memo.set(id, input(store.auxOf(id)!)); stack.pop(); continue; }
    const n = store.arity(id);
    let ready = true;
    for (let k = 0; k < n; k++) {
      const a = store.arg(id, k);
      if (!memo.has(a)) { ready = false; stack.push(a); }
    }
    if (!ready) continue;
    stack.pop();
    const v = (k: number): Value => memo.get(store.arg(id, k))!;
    memo.set(id, apply(store, id, op, n, v));
  }
  return memo.get(root)!;
}

function apply(store: TermStore, id: number, op: number, n: number, v: (k: number) => Value): Value {
  const t = store.typeOf(id);
  const argType = (k: number) => store.typeOf(store.arg(id, k));
  switch (op) {
    case Op.Bin: return C.evalBinary(BIN_OPS[store.auxOf(id)!]!, t, v(0), v(1));
    case Op.Cmp: return C.evalCompare(CMP_PREDS[store.auxOf(id)!]!, v(0), v(1));
    case Op.Unary: return C.evalUnary(store.auxOf(id) === 0 ? "neg" : "not", t, v(0));
    case Op.Cast: return C.evalCast(argType(0), t, v(0));
    case Op.Select: return Number(v(0)) !== 0 ? v(1) : v(2);
    case Op.Math: return C.evalMath(MATH_FNS[store.auxOf(id)!]!, t, Array.from({ length: n }, (_, k) => v(k)));
    case Op.GetBit: return C.evalGetBit(v(0), v(1));
    case Op.GetSlice: return C.evalGetSlice(t, v(0), v(1), v(2));
    case Op.SetBit: return C.evalSetBit(t, v(0), v(1), v(2));
    case Op.SetSlice: return C.evalSetSlice(t, v(0), v(1), v(2), v(3));
    case Op.Bitcast: return C.evalBitcast(argType(0), t, v(0));
    case Op.BitRev: return C.evalBitReverse(t, v(0));
    case Op.NAdd: case Op.NMul: {
      // Wrapping n-ary sum / product: exact modulo 2^bits whatever the grouping.
      let acc = v(0);
      for (let k = 1; k < n; k++) acc = C.evalBinary(op === Op.NAdd ? "add" : "mul", t, acc, v(k));
      return acc;
    }
    case Op.Scale: return C.wrapTo(t, BigInt(v(0)) * BigInt(v(1)));
    case Op.FAddAC: case Op.FMulAC: {
      let acc = v(0);
      for (let k = 1; k < n; k++) acc = C.evalBinary(op === Op.FAddAC ? "add" : "mul", t, acc, v(k));
      return acc;
    }
  }
  throw new Error(`cannot evaluate term kind ${op}`);
}
