/**
 * `s.compute_at(from_loop, target_loop)`: moves the producer band (the one holding `from_loop`) into
 * the consumer band at `target_loop`'s depth: the producer's loops down to that depth merge with the
 * consumer's, and its remaining body runs first in each merged iteration (MLIR fuseLoops as Allo
 * uses it). A producer that an earlier compute_at merged (sibling loops under shared loops) can be
 * computed at a deeper level: each sibling merges with the consumer's loop there (producerUnits).
 * All bounds are compile-time constants, so legality is decided exactly by enumerating both nests:
 * every conflicting pair of accesses (one a write) must keep its order in the merged program. Bands
 * with different bounds at the merged depths (Allo guards them with affine.if) are not supported yet.
 */
import type * as ir from "../ir/nodes";
import { stmtExprs } from "../ir/nodes";
import type { LoopRef } from "./ir-util";
import { arg, constValue, fail, iter, mapExpr, perfectNest, resolveLoop, stepOrFail, substIvs, updateLoop, withFunc } from "./ir-util";
import { definePrimitive } from "./primitive";
import type { PrimitiveRecord } from "../frontend/schedule-record";

const ENUMERATION_LIMIT = 2_000_000;

export const computeAt = definePrimitive((m, rec, ctx) => {
  const from: LoopRef = resolveLoop(m, arg(rec, 0, "from_loop"), rec, ctx);
  const to: LoopRef = resolveLoop(m, arg(rec, 1, "target_loop"), rec, ctx);
  const f = to.func;
  const pi = f.body.indexOf(from.root), ci = f.body.indexOf(to.root);
  if (from.func !== f || pi < 0 || ci < 0 || from.root === to.root) fail(rec, `Cannot find corresponding producer and consumer: loops ${from.loop.loopName} and ${to.loop.loopName} must be in two different top-level loop nests of ${f.name}`);
  if (pi > ci) fail(rec, `compute_at(): the producer band ${from.band} must come before the consumer band ${to.band}`);
  const cn = perfectNest(to.root);
  const depth = cn.indexOf(to.loop) + 1;
  if (depth === 0) fail(rec, `compute_at(): loop ${to.loop.loopName} is not in the perfect nest ${cn.map((l) => l.loopName).join(" → ")} of band ${to.band}`);
  const units = producerUnits(from.root, from.band, cn, depth, rec);
  const between = f.body.slice(pi + 1, ci);
  const touched = buffersTouched([from.root]);
  if (between.some((s) => [...buffersTouched([s])].some((b) => touched.has(b)))) fail(rec, `compute_at(): statements between bands ${from.band} and ${to.band} use the producer's buffers`);
  const trips = cn.slice(0, depth).map((l) => Math.ceil((constValue(l.ub)! - constValue(l.lb)!) / stepOrFail(l, rec, "compute_at")));
  checkOrder(from.root, to.root, units, depth, trips, rec);
  const moved = units.flatMap((u) => substIvs(u.body, new Map<number, ir.Expr>(u.path.map((l, d) => [l.iv.id, iter(cn[d]!.iv)]))));
  const target = cn[depth - 1]!;
  const merged: ir.For = { ...target, body: [...moved, ...target.body] };
  const m2 = updateLoop(m, f, target, [merged]);
  const f2 = m2.funcs.find((x) => x.name === f.name)!;
  return {
    module: withFunc(m2, { ...f2, body: f2.body.filter((s) => s !== from.root) }),
    description: `compute ${f.name}:${from.band} at ${to.band}.${to.loop.loopName} (merging ${depth} loop${depth === 1 ? "" : "s"})`,
  };
});
export const { check, apply } = computeAt;

function buffersTouched(ss: readonly ir.Stmt[]): Set<number> {
  const out = new Set<number>();
  const expr = (e: ir.Expr): void => {
    mapExpr(e, (x) => { if (x.kind === "load") out.add(x.buf.id); return undefined; }, (b) => { out.add(b.id); return b; });
  };
  const walk = (xs: readonly ir.Stmt[]) => {
    for (const s of xs) {
      switch (s.kind) {
        case "for": stmtExprs(s).forEach(expr); walk(s.body); break;
        case "while": expr(s.cond); walk(s.body); break;
        case "if": expr(s.cond); walk(s.then); walk(s.else); break;
        case "store": out.add(s.buf.id); s.indices.forEach(expr); expr(s.value); break;
        case "alloc": out.add(s.buf.id); break;
        case "call": s.args.forEach((a) => (a.kind === "buffer" ? out.add(a.id) : expr(a))); s.results.forEach((b) => out.add(b.id)); break;
        case "return": s.values.forEach((a) => (a.kind === "buffer" ? out.add(a.id) : expr(a))); break;
        case "copy": out.add(s.dst.id); out.add(s.src.id); break;
      }
    }
  };
  walk(ss);
  return out;
}

/**
 * The producer's bodies that move, each with the producer loops above it at the merged depths. Usually
 * one (a perfect nest), but a band that an earlier compute_at already merged has sibling loops under
 * its shared loops (`ii → jj → {m, mm}`): Allo accepts computing it at a deeper level, which merges
 * every sibling with the consumer's loop of that depth, so each becomes one unit, in program order.
 */
function producerUnits(root: ir.For, band: string, cn: readonly ir.For[], depth: number, rec: PrimitiveRecord): Unit[] {
  const units: Unit[] = [];
  const visit = (l: ir.For, d: number, path: readonly ir.For[]): void => {
    const c = cn[d]!;
    const same = constValue(l.lb) !== undefined && constValue(l.lb) === constValue(c.lb) && constValue(l.ub) !== undefined && constValue(l.ub) === constValue(c.ub) && stepOrFail(l, rec, "compute_at") === stepOrFail(c, rec, "compute_at");
    if (!same) fail(rec, `Cannot merge these two loops because loops ${l.loopName} and ${c.loopName} have different or non-constant bounds (guarded fusion is not supported yet)`, "E-schedule-unsupported");
    const p = [...path, l];
    if (d === depth - 1) {
      units.push({ path: p, last: l, body: l.body });
      return;
    }
    if (l.body.length === 0 || l.body.some((s) => s.kind !== "for")) {
      const pn = perfectNest(root);
      fail(rec, `Cannot merge these two loops because the producer band ${band} has only ${pn.length} perfectly nested loop${pn.length === 1 ? "" : "s"} (need ${depth})`);
    }
    for (const s of l.body) visit(s as ir.For, d + 1, p);
  };
  visit(root, 0, []);
  return units;
}

interface Unit {
  /** The producer loops at depths 1..depth above the body (the last one is `last`). */
  readonly path: readonly ir.For[];
  readonly last: ir.For;
  readonly body: readonly ir.Stmt[];
}

/**
 * Legality, exactly: both nests run in today's order (producer band, then consumer band) and every
 * access gets its time in the merged program, (merged iteration, unit) — units run in order within a
 * merged iteration, the consumer's body last, and each unit keeps its own order. An access is legal
 * when it comes after, in the merged program too, every earlier conflicting access to the element
 * (any earlier access if it writes, earlier writes if it reads).
 */
function checkOrder(pRoot: ir.For, cRoot: ir.For, units: readonly Unit[], depth: number, trips: number[], rec: PrimitiveRecord): void {
  const unitOf = new Map<ir.For, number>(units.map((u, i) => [u.last, i]));
  const consumer = units.length;
  const slots = units.length + 1;
  const lastAny = new Map<string, { key: number; write: boolean; unit: number }>();
  const lastWrite = new Map<string, { key: number; unit: number }>();
  const env = new Map<number, number>();
  const prefixLoops: ir.LoopVar[] = [];
  let unit = -1;
  let steps = 0;
  const ev = (e: ir.Expr): number => {
    switch (e.kind) {
      case "const": return Number(e.value);
      case "iter": return env.get(e.v.id)!;
      case "cast": return ev(e.x);
      case "binary": {
        const a = ev(e.lhs), b = ev(e.rhs);
        switch (e.op) {
          case "add": return a + b;
          case "sub": return a - b;
          case "mul": return a * b;
          case "floordiv": return Math.floor(a / b);
          case "div": return Math.trunc(a / b);
          case "rem": return a % b;
          case "min": return Math.min(a, b);
          case "max": return Math.max(a, b);
          default: break;
        }
        break;
      }
      default: break;
    }
    return fail(rec, "compute_at() needs loop bounds and indices computed from loop variables and constants only");
  };
  // Merged iterations are numbered in mixed radix over the merged loops' trip counts.
  const norm = new Map<number, number>();
  const prefix = () => prefixLoops.reduce((acc, v, d) => acc * trips[d]! + norm.get(v.id)!, 0);
  const who = (u: number) => (u === consumer ? "the consumer" : `producer loop ${units[u]!.last.loopName}`);
  const note = (buf: ir.Buffer, idx: readonly ir.Expr[], write: boolean) => {
    const addr = `${buf.id}:${buf.name}[${idx.map(ev).join(", ")}]`;
    const key = prefix() * slots + unit;
    const before = write ? lastAny.get(addr) : lastWrite.get(addr);
    if (before !== undefined && key < before.key) {
      const what = !write
        ? `${who(unit)} would read it before ${who(before.unit)}'s last write`
        : lastAny.get(addr)!.write ? `${who(unit)} would write it before ${who(before.unit)} does` : `${who(unit)} would overwrite it before ${who(before.unit)} reads it`;
      fail(rec, `Cannot merge these two loops because fusion would reverse dependences between loops (${addr.replace(/^\d+:/, "")}: ${what})`);
    }
    const any = lastAny.get(addr);
    if (any === undefined || any.key <= key) lastAny.set(addr, { key, write, unit });
    if (write) {
      const w = lastWrite.get(addr);
      if (w === undefined || w.key <= key) lastWrite.set(addr, { key, unit });
    }
  };
  const loads = (e: ir.Expr): void => {
    mapExpr(e, (x) => { if (x.kind === "load") note(x.buf, x.indices, false); return undefined; });
  };
  const run = (ss: readonly ir.Stmt[], level: number): void => {
    for (const s of ss) {
      switch (s.kind) {
        case "for": {
          const lb = ev(s.lb), ub = ev(s.ub);
          const isPrefix = level < depth;
          if (isPrefix) prefixLoops.push(s.iv);
          const step = typeof s.step === "number" ? s.step : ev(s.step);
          if (!(step > 0)) fail(rec, `compute_at(): loop ${s.loopName} has a step of ${step}; range() needs a positive step`);
          const enters = unitOf.get(s);
          for (let i = lb, n = 0; i < ub; i += step, n++) {
            if (++steps > ENUMERATION_LIMIT) fail(rec, "compute_at(): the loop nests are too large to check the fusion's legality");
            env.set(s.iv.id, i);
            norm.set(s.iv.id, n);
            if (enters !== undefined) unit = enters;
            run(s.body, level + 1);
          }
          if (isPrefix) prefixLoops.pop();
          break;
        }
        case "if": loads(s.cond); run(s.then, level); run(s.else, level); break;
        case "store": loads(s.value); note(s.buf, s.indices, true); break;
        case "alloc": break;
        default: fail(rec, `compute_at() does not support ${s.kind} statements inside the fused bands yet`, "E-schedule-unsupported");
      }
    }
  };
  run([pRoot], 0);
  unit = consumer;
  run([cRoot], 0);
}
