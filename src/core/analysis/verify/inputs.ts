/**
 * The symbolic inputs both programs run on (one symbol per element of every argument), and concrete values
 * for them: sampled for the counterexample search, and converted to the simulator's exchange form.
 */
import type * as ir from "../../ir/nodes";
import type { ScalarType } from "../../types/types";
import { elementCount } from "../../types/types";
import * as R from "../../sim/runtime";
import type { Value } from "./concrete";
import { isBigType, wrapTo } from "./concrete";
import type { Mem } from "./exec";
import type { TermStore } from "./terms";

/** Per top parameter: the memory of its element symbols, or its one symbol (scalars). */
export function makeSymbolicInputs(store: TermStore, top: ir.Func): (Mem | number)[] {
  return top.params.map((p, param) => {
    if (p.kind === "scalar-param") return store.sym(p.type, { name: p.name, param, flat: 0, shape: [] });
    const n = elementCount(p.type);
    const t = new Int32Array(n);
    for (let flat = 0; flat < n; flat++) t[flat] = store.sym(p.type.elem, { name: p.name, param, flat, shape: p.type.shape });
    return { t };
  });
}

/** Why two top functions cannot be compared element by element, or undefined when they can. */
export function signatureMismatch(a: ir.Func, b: ir.Func): string | undefined {
  if (a.params.length !== b.params.length) return `the functions take ${a.params.length} and ${b.params.length} arguments`;
  for (let i = 0; i < a.params.length; i++) {
    const p = a.params[i]!, q = b.params[i]!;
    if (p.kind !== q.kind) return `argument ${i + 1} ('${p.name}') is an array in one and a scalar in the other`;
    const pe = p.kind === "buffer" ? p.type.elem : p.type, qe = q.kind === "buffer" ? (q as ir.Buffer).type.elem : (q as ir.ScalarParam).type;
    if (JSON.stringify(pe) !== JSON.stringify(qe)) return `argument ${i + 1} ('${p.name}') has another element type`;
    if (p.kind === "buffer" && elementCount(p.type) !== elementCount((q as ir.Buffer).type)) return `argument ${i + 1} ('${p.name}') has another size`;
  }
  if (a.results.length !== b.results.length) return `the functions return ${a.results.length} and ${b.results.length} values`;
  return undefined;
}

/** The seeded random value the simulator would generate, in the simulator's representation (fixed: raw). */
export function randomRaw(t: ScalarType, rng: () => number): Value {
  const v = R.randomValue(t, rng);
  return exchangeToRaw(t, v);
}

export function exchangeToRaw(t: ScalarType, v: number | bigint): Value {
  if (t.kind === "fixed") {
    const raw = BigInt(Math.floor(Number(v) * 2 ** t.frac));
    return wrapTo(t, raw);
  }
  if (t.kind === "float") return Number(v);
  return isBigType(t) ? BigInt(v) : Number(v);
}

export function rawToExchange(t: ScalarType, v: Value): number | bigint {
  if (t.kind === "fixed") return Number(v) * 2 ** -t.frac;
  return v;
}

/** A value of `t` drawn by one of several strategies (edge values, small, full range, seeded random). */
export function sampleRaw(t: ScalarType, strategy: number, rng: () => number): Value {
  if (t.kind === "float") {
    switch (strategy % 6) {
      case 0: return randomRaw(t, rng);
      case 1: return R.roundFloat(Math.floor(rng() * 7) - 3, t.name);
      case 2: return R.roundFloat((rng() * 2 - 1) * 1e4, t.name);
      case 3: return R.roundFloat((rng() * 2 - 1) * 1e-3, t.name);
      case 4: return R.roundFloat(rng() < 0.5 ? 1 : -1, t.name);
      default: return R.roundFloat((rng() * 2 - 1) * 2 ** (Math.floor(rng() * 40) - 20), t.name);
    }
  }
  const bits = t.kind === "index" ? 32 : t.bits;
  const signed = t.kind === "index" || t.signed;
  const lo = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const hi = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  const uniform = (): bigint => {
    let x = 0n;
    for (let k = 0; k < bits; k += 30) x = (x << 30n) | BigInt(Math.floor(rng() * 2 ** 30));
    return x;
  };
  switch (strategy % 6) {
    case 0: return randomRaw(t, rng);
    case 1: return wrapTo(t, BigInt(Math.floor(rng() * 7) - 3));
    case 2: return wrapTo(t, uniform());
    case 3: return wrapTo(t, rng() < 0.5 ? hi : lo);
    case 4: return wrapTo(t, rng() < 0.5 ? hi - BigInt(Math.floor(rng() * 4)) : lo + BigInt(Math.floor(rng() * 4)));
    default: return wrapTo(t, uniform() >> BigInt(Math.floor(rng() * bits)));
  }
}
