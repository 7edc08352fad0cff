/**
 * Which part of an array argument a kernel touches: the bounding box of its loads and stores, by interval
 * arithmetic over the loop ranges, and whether the stores provably cover that box (then the host need not
 * send the old contents). The box is what one core receives or sends as its object-FIFO element: a shard
 * of the argument, like Allo's `Layout` shards, found from the indices instead of declared.
 */
import type * as ir from "../../ir/nodes";
import { constTrips, exprChildren, walkStmts } from "../../ir/nodes";

export type Interval = readonly [number, number];

export interface Box {
  /** First index per dimension. */
  readonly origin: readonly number[];
  /** Extent per dimension. */
  readonly shape: readonly number[];
}

export interface BufferAccess {
  readonly read: boolean;
  readonly written: boolean;
  /** The bounding box of every access (the whole buffer when an index is not affine in loop variables). */
  readonly box: Box;
  /** Every element of `box` is stored unconditionally (so the kernel need not receive the box). */
  readonly covered: boolean;
}

type Env = ReadonlyMap<number, Interval>;

/** Bounds of an index expression, or undefined when it is not built from constants, loop variables, + - * and casts. */
export function interval(e: ir.Expr, env: Env): Interval | undefined {
  switch (e.kind) {
    case "const": return typeof e.value === "number" && Number.isInteger(e.value) ? [e.value, e.value] : undefined;
    case "iter": return env.get(e.v.id);
    case "cast": return interval(e.x, env);
    case "binary": {
      const a = interval(e.lhs, env);
      const b = interval(e.rhs, env);
      if (!a || !b) return undefined;
      if (e.op === "add") return [a[0] + b[0], a[1] + b[1]];
      if (e.op === "sub") return [a[0] - b[1], a[1] - b[0]];
      if (e.op === "mul") {
        const p = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
        return [Math.min(...p), Math.max(...p)];
      }
      return undefined;
    }
    default: return undefined;
  }
}

/** The loop variable an index is (possibly plus a constant): `i`, `i + c`, `c + i`, `i - c`. */
function unitIter(e: ir.Expr): { id: number; offset: number } | undefined {
  if (e.kind === "cast") return unitIter(e.x);
  if (e.kind === "iter") return { id: e.v.id, offset: 0 };
  if (e.kind === "binary" && (e.op === "add" || e.op === "sub")) {
    const c = e.rhs.kind === "const" ? e.rhs : e.op === "add" && e.lhs.kind === "const" ? e.lhs : undefined;
    const x = c === e.rhs ? e.lhs : e.rhs;
    if (!c || typeof c.value !== "number") return undefined;
    const inner = unitIter(x);
    if (!inner) return undefined;
    return { id: inner.id, offset: inner.offset + (e.op === "add" ? c.value : -c.value) };
  }
  return undefined;
}

/** How `f` accesses each of the given buffers (by id). */
export function analyzeAccesses(f: ir.Func, bufs: readonly ir.Buffer[]): Map<number, BufferAccess> {
  const ids = new Set(bufs.map((b) => b.id));
  const lo = new Map<number, number[]>();
  const hi = new Map<number, number[]>();
  const read = new Set<number>();
  const written = new Set<number>();
  const whole = new Set<number>();
  // Stores that cover a box exactly: per buffer, the boxes of unconditional unit-stride stores.
  const coverBoxes = new Map<number, Box[]>();
  const touch = (b: ir.Buffer, idx: readonly ir.Expr[], env: Env): void => {
    if (!ids.has(b.id)) return;
    const l = lo.get(b.id) ?? b.type.shape.map(() => Infinity);
    const h = hi.get(b.id) ?? b.type.shape.map(() => -Infinity);
    idx.forEach((e, d) => {
      const iv = interval(e, env);
      const lim = b.type.shape[d]!;
      const r: Interval = iv ? [Math.max(0, iv[0]), Math.min(lim - 1, iv[1])] : [0, lim - 1];
      if (!iv) whole.add(b.id);
      l[d] = Math.min(l[d]!, r[0]);
      h[d] = Math.max(h[d]!, r[1]);
    });
    lo.set(b.id, l);
    hi.set(b.id, h);
  };
  const wholeTouch = (b: ir.Buffer): void => {
    if (!ids.has(b.id)) return;
    lo.set(b.id, b.type.shape.map(() => 0));
    hi.set(b.id, b.type.shape.map((d) => d - 1));
    whole.add(b.id);
  };
  const visitExpr = (e: ir.Expr, env: Env): void => {
    if (e.kind === "load" && ids.has(e.buf.id)) { read.add(e.buf.id); touch(e.buf, e.indices, env); }
    if (e.kind === "call-value") for (const a of e.args) if (a.kind === "buffer" && ids.has(a.id)) { read.add(a.id); written.add(a.id); wholeTouch(a); }
    for (const c of exprChildren(e)) visitExpr(c, env);
  };
  const visit = (ss: readonly ir.Stmt[], env: Env, conditional: boolean, loops: ReadonlyMap<number, Interval>): void => {
    for (const s of ss) {
      switch (s.kind) {
        case "for": {
          visitExpr(s.lb, env); visitExpr(s.ub, env);
          if (typeof s.step !== "number") visitExpr(s.step, env);
          const a = interval(s.lb, env);
          const b = interval(s.ub, env);
          const next = new Map(env);
          const exact = s.lb.kind === "const" && s.ub.kind === "const" && s.step === 1;
          if (a && b) next.set(s.iv.id, [a[0], b[1] - 1]);
          const nl = new Map(loops);
          if (exact && a && b) nl.set(s.iv.id, [a[0], b[1] - 1]);
          visit(s.body, next, conditional, nl);
          break;
        }
        case "if": visitExpr(s.cond, env); visit(s.then, env, true, loops); visit(s.else, env, true, loops); break;
        case "while": visitExpr(s.cond, env); visit(s.body, env, true, loops); break;
        case "store":
          s.indices.forEach((e) => visitExpr(e, env)); visitExpr(s.value, env);
          if (ids.has(s.buf.id)) {
            written.add(s.buf.id);
            touch(s.buf, s.indices, env);
            if (!conditional) {
              const its = s.indices.map(unitIter);
              const used = new Set<number>();
              if (its.every((u) => u && loops.has(u.id) && !used.has(u.id) && (used.add(u.id), true))) {
                const box: Box = { origin: its.map((u) => loops.get(u!.id)![0] + u!.offset), shape: its.map((u) => loops.get(u!.id)![1] - loops.get(u!.id)![0] + 1) };
                coverBoxes.set(s.buf.id, [...(coverBoxes.get(s.buf.id) ?? []), box]);
              }
            }
          }
          break;
        case "copy":
          if (ids.has(s.src.id)) { read.add(s.src.id); wholeTouch(s.src); }
          if (ids.has(s.dst.id)) {
            written.add(s.dst.id); wholeTouch(s.dst);
            if (!conditional) coverBoxes.set(s.dst.id, [...(coverBoxes.get(s.dst.id) ?? []), { origin: s.dst.type.shape.map(() => 0), shape: s.dst.type.shape }]);
          }
          break;
        case "call":
          for (const a of s.args) {
            if (a.kind === "buffer") { if (ids.has(a.id)) { read.add(a.id); written.add(a.id); wholeTouch(a); } }
            else visitExpr(a, env);
          }
          break;
        case "stream-put": visitExpr(s.value, env); break;
        case "stream-put-block": if (ids.has(s.src.id)) { read.add(s.src.id); wholeTouch(s.src); } break;
        case "return": for (const a of s.values) if (a.kind !== "buffer") visitExpr(a, env); break;
        case "alloc": case "stream-get-block": break;
      }
    }
  };
  visit(f.body, new Map(), false, new Map());
  const out = new Map<number, BufferAccess>();
  for (const b of bufs) {
    const l = lo.get(b.id);
    const h = hi.get(b.id);
    const box: Box = l && h && l.every((x, d) => x <= h[d]!)
      ? { origin: l, shape: l.map((x, d) => h[d]! - x + 1) }
      : { origin: b.type.shape.map(() => 0), shape: b.type.shape };
    const covered = (coverBoxes.get(b.id) ?? []).some((c) => c.origin.every((o, d) => o <= box.origin[d]! && o + c.shape[d]! >= box.origin[d]! + box.shape[d]!));
    out.set(b.id, { read: read.has(b.id), written: written.has(b.id), box, covered });
  }
  void walkStmts;
  return out;
}

/** Trip count of every enclosing loop multiplied, for statements matching `pick`; undefined when not static. */
export function staticCount(ss: readonly ir.Stmt[], pick: (s: ir.Stmt) => number): number | undefined {
  let total = 0;
  for (const s of ss) {
    const own = pick(s);
    if (own) total += own;
    if (s.kind === "for") {
      const inner = staticCount(s.body, pick);
      if (inner === undefined) return undefined;
      if (inner === 0) continue;
      const trips = constTrips(s);
      if (trips === undefined) return undefined;
      total += trips * inner;
    } else if (s.kind === "if" || s.kind === "while") {
      const a = staticCount(s.kind === "if" ? s.then : s.body, pick);
      const b = s.kind === "if" ? staticCount(s.else, pick) : 0;
      if (a !== 0 || b !== 0) return undefined;
    }
  }
  return total;
}
