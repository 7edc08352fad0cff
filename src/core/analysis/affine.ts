/**
 * Affine forms of index expressions over symbols (loop variables, unrolled copies' bases, scalar
 * parameters), and trip counts of loops whose bounds are affine in enclosing loop variables.
 */
import type * as ir from "../ir/nodes";

/** `c + Σ coef·symbol`. Symbols are numbers: loop-variable ids, or others made by {@link Symbols}. */
export interface Affine {
  readonly c: number;
  readonly t: ReadonlyMap<number, number>;
}

export const constAffine = (c: number): Affine => ({ c, t: new Map() });
export const symAffine = (s: number, coef = 1, c = 0): Affine => ({ c, t: new Map([[s, coef]]) });

/** Symbols for parameters and unrolled-copy bases live above every loop-variable id. */
export const PARAM_SYMBOL_BASE = 1 << 24;
export const COPY_SYMBOL_BASE = 1 << 25;

export function isConst(a: Affine): boolean {
  return a.t.size === 0;
}

function combine(x: Affine, y: Affine, k: number): Affine {
  const t = new Map(x.t);
  for (const [s, v] of y.t) {
    const n = (t.get(s) ?? 0) + k * v;
    if (n === 0) t.delete(s);
    else t.set(s, n);
  }
  return { c: x.c + k * y.c, t };
}

function scaleAffine(x: Affine, k: number): Affine {
  if (k === 0) return constAffine(0);
  return { c: x.c * k, t: new Map([...x.t].map(([s, v]) => [s, v * k])) };
}

/** `x` with symbol `s` replaced by `s + d`. */
export function shiftSymbol(x: Affine, s: number, d: number): Affine {
  const coef = x.t.get(s);
  return coef === undefined ? x : { c: x.c + coef * d, t: x.t };
}

/** Loop variables bound to affine values (unrolled copies), by loop-variable id. */
export type Env = ReadonlyMap<number, Affine>;

/** The affine form of an integer expression, or undefined when it is not affine (loads, divisions, ...). */
export function affineOf(e: ir.Expr, env: Env): Affine | undefined {
  switch (e.kind) {
    case "const": {
      const v = Number(e.value);
      return Number.isInteger(v) ? constAffine(v) : undefined;
    }
    case "iter": return env.get(e.v.id) ?? symAffine(e.v.id);
    case "param": return symAffine(PARAM_SYMBOL_BASE + e.param.id);
    case "cast": return e.x.type.kind === "float" ? undefined : affineOf(e.x, env);
    case "unary": {
      if (e.op !== "neg") return undefined;
      const x = affineOf(e.x, env);
      return x && scaleAffine(x, -1);
    }
    case "binary": {
      const a = affineOf(e.lhs, env);
      const b = affineOf(e.rhs, env);
      if (!a || !b) return undefined;
      if (e.op === "add") return combine(a, b, 1);
      if (e.op === "sub") return combine(a, b, -1);
      if (e.op === "mul") {
        if (isConst(a)) return scaleAffine(b, a.c);
        if (isConst(b)) return scaleAffine(a, b.c);
        return undefined;
      }
      if (isConst(a) && isConst(b)) {
        if (e.op === "floordiv" && b.c !== 0) return constAffine(Math.floor(a.c / b.c));
        if (e.op === "div" && b.c !== 0) return constAffine(Math.trunc(a.c / b.c));
        if (e.op === "rem" && b.c !== 0) return constAffine(a.c % b.c);
        if (e.op === "shl") return constAffine(a.c * 2 ** b.c);
        if (e.op === "min") return constAffine(Math.min(a.c, b.c));
        if (e.op === "max") return constAffine(Math.max(a.c, b.c));
      }
      return undefined;
    }
    default: return undefined;
  }
}

/** Whether two forms are provably different values (same symbols and coefficients, different constant). */
export function provablyDifferent(a: Affine, b: Affine): boolean {
  if (a.c === b.c) return false;
  if (a.t.size !== b.t.size) return false;
  for (const [s, v] of a.t) if (b.t.get(s) !== v) return false;
  return true;
}

export function sameAffine(a: Affine, b: Affine): boolean {
  return a.c === b.c && !provablyDifferent(a, b) && a.t.size === b.t.size && [...a.t].every(([s, v]) => b.t.get(s) === v);
}

/** The value range of a symbol: loop variables over their iterations, parameters unknown. */
export interface SymbolRange { readonly min: number; readonly max: number; readonly avg: number }

export type Ranges = ReadonlyMap<number, SymbolRange>;

/** Min, max and average of an affine form given its symbols' ranges (unknown symbols: undefined). */
export function rangeOf(a: Affine, ranges: Ranges): SymbolRange | undefined {
  let min = a.c;
  let max = a.c;
  let avg = a.c;
  for (const [s, k] of a.t) {
    const r = ranges.get(s);
    if (!r) return undefined;
    min += k >= 0 ? k * r.min : k * r.max;
    max += k >= 0 ? k * r.max : k * r.min;
    avg += k * r.avg;
  }
  return { min, max, avg };
}

export interface TripCount {
  readonly avg: number;
  readonly min: number;
  readonly max: number;
  /** Bounds known only as a guess (non-affine or depending on a parameter). */
  readonly unknown: boolean;
  /** Trip count as a function of the enclosing variables is constant. */
  readonly exact: boolean;
  /** The step is a run-time value (`range(lo, hi, A[i])`): `max` is the trip count with step 1. */
  readonly stepUnknown?: boolean;
}

/** Default trip count assumed for loops whose bounds cannot be bounded (shown in the why). */
export const UNKNOWN_TRIP = 1;

/** A loop's step as a number when it is a constant here (a step from a run-time value is not). */
export function stepOf(f: ir.For, env: Env): number | undefined {
  if (typeof f.step === "number") return f.step;
  const a = affineOf(f.step, env);
  return a && isConst(a) && a.c > 0 ? a.c : undefined;
}

export function tripCount(f: ir.For, env: Env, ranges: Ranges): TripCount {
  const lb = affineOf(f.lb, env);
  const ub = affineOf(f.ub, env);
  if (!lb || !ub) return { avg: UNKNOWN_TRIP, min: UNKNOWN_TRIP, max: UNKNOWN_TRIP, unknown: true, exact: false };
  const span = combine(ub, lb, -1);
  const step = stepOf(f, env);
  if (step === undefined) {
    // A step read at run time is at least 1 (the loop stops otherwise): the span bounds the trips.
    const r = isConst(span) ? { max: span.c } : rangeOf(span, ranges);
    const max = r ? Math.max(0, Math.ceil(r.max)) : UNKNOWN_TRIP;
    return { avg: Math.min(UNKNOWN_TRIP, max), min: 0, max, unknown: true, exact: false, stepUnknown: true };
  }
  if (isConst(span)) {
    const n = Math.max(0, Math.ceil(span.c / step));
    return { avg: n, min: n, max: n, unknown: false, exact: true };
  }
  const r = rangeOf(span, ranges);
  if (!r) return { avg: UNKNOWN_TRIP, min: UNKNOWN_TRIP, max: UNKNOWN_TRIP, unknown: true, exact: false };
  const trips = (x: number) => Math.max(0, Math.ceil(x / step));
  return { avg: Math.max(0, r.avg / step), min: trips(r.min), max: trips(r.max), unknown: false, exact: false };
}

/** The range of a loop's variable given its bounds (used for the loops nested in it). */
export function ivRange(f: ir.For, env: Env, ranges: Ranges): SymbolRange | undefined {
  const lb = affineOf(f.lb, env);
  const ub = affineOf(f.ub, env);
  if (!lb || !ub) return undefined;
  const l = rangeOf(lb, ranges);
  const u = rangeOf(ub, ranges);
  if (!l || !u) return undefined;
  const max = Math.max(l.min, u.max - 1);
  return { min: l.min, max, avg: (l.avg + u.avg - 1) / 2 };
}
