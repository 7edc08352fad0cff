/**
 * `s.compute_at(from_loop, target_loop)`: moves the producer band (the one holding `from_loop`) into
 * the consumer band at `target_loop`'s depth: the producer's loops down to that depth merge with the
 * consumer's, and its remaining body runs first in each merged iteration (MLIR fuseLoops as Allo
 * uses it). All bounds are compile-time constants, so legality is decided exactly by enumerating both
 * nests: no element may be read, or written, by the consumer before the producer's last write to it
 * (nor written by the consumer before the producer reads it). Bands with different bounds at the
 * merged depths (Allo guards them with affine.if) are not supported yet.
 */
import type * as ir from "../ir/nodes";
import { stmtExprs } from "../ir/nodes";
import type { LoopRef } from "./ir-util";
import { arg, constValue, fail, iter, mapExpr, perfectNest, resolveLoop, stepOrFail, substIvs, updateLoop, withFunc } from "./ir-util";
import { definePrimitive } from "./primitive";

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
  const pn = perfectNest(from.root);
  if (pn.length < depth) fail(rec, `Cannot merge these two loops because the producer band ${from.band} has only ${pn.length} perfectly nested loop${pn.length === 1 ? "" : "s"} (need ${depth})`);
  for (let d = 0; d < depth; d++) {
    const p = pn[d]!, c = cn[d]!;
    const same = constValue(p.lb) !== undefined && constValue(p.lb) === constValue(c.lb) && constValue(p.ub) !== undefined && constValue(p.ub) === constValue(c.ub) && stepOrFail(p, rec, "compute_at") === stepOrFail(c, rec, "compute_at");
    if (!same) fail(rec, `Cannot merge these two loops because loops ${p.loopName} and ${c.loopName} have different or non-constant bounds (guarded fusion is not supported yet)`, "E-schedule-unsupported");
  }
  const between = f.body.slice(pi + 1, ci);
  const touched = buffersTouched([from.root]);
  if (between.some((s) => [...buffersTouched([s])].some((b) => touched.has(b)))) fail(rec, `compute_at(): statements between bands ${from.band} and ${to.band} use the producer's buffers`);
  const trips = cn.slice(0, depth).map((l) => Math.ceil((constValue(l.ub)! - constValue(l.lb)!) / stepOrFail(l, rec, "compute_at")));
  const P = enumerate(from.root, depth, trips, rec), C = enumerate(to.root, depth, trips, rec);
  const conflict = (a: Map<string, number>, b: Map<string, number>, what: string) => {
    for (const [addr, cMin] of b) {
      const pMax = a.get(addr);
      if (pMax !== undefined && cMin < pMax) fail(rec, `Cannot merge these two loops because fusion would reverse dependences between loops (${addr.replace(/^\d+:/, "")}: ${what})`);
    }
  };
  conflict(P.writeMax, C.readMin, "the consumer would read it before the producer's last write");
  conflict(P.writeMax, C.writeMin, "the consumer would write it before the producer does");
  conflict(P.readMax, C.writeMin, "the consumer would overwrite it before the producer reads it");
  const map = new Map<number, ir.Expr>(pn.slice(0, depth).map((l, d) => [l.iv.id, iter(cn[d]!.iv)]));
  const moved = substIvs(pn[depth - 1]!.body, map);
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

/** Per element ("bufId:i,j"), the earliest / latest merged-iteration number that reads and writes it. */
function enumerate(root: ir.For, depth: number, trips: number[], rec: Parameters<typeof fail>[0]) {
  const readMin = new Map<string, number>(), readMax = new Map<string, number>();
  const writeMin = new Map<string, number>(), writeMax = new Map<string, number>();
  const env = new Map<number, number>();
  const prefixLoops: ir.LoopVar[] = [];
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
  const note = (buf: ir.Buffer, idx: readonly ir.Expr[], write: boolean) => {
    const key = `${buf.id}:${buf.name}[${idx.map(ev).join(", ")}]`;
    const p = prefix();
    const [mn, mx] = write ? [writeMin, writeMax] : [readMin, readMax];
    if (!mn.has(key) || mn.get(key)! > p) mn.set(key, p);
    if (!mx.has(key) || mx.get(key)! < p) mx.set(key, p);
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
          for (let i = lb, n = 0; i < ub; i += step, n++) {
            if (++steps > ENUMERATION_LIMIT) fail(rec, "compute_at(): the loop nests are too large to check the fusion's legality");
            env.set(s.iv.id, i);
            norm.set(s.iv.id, n);
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
  run([root], 0);
  return { readMin, readMax, writeMin, writeMax };
}
