/**
 * `s.unfold(band, axes)` (and the paper's `s.unfold(band, axis=[0, 1], factor=[M, N])`): physically
 * replicates the body of the listed consecutive loops of a band into processing elements, in the
 * compact form of schedule/grid.ts: the body becomes one function `<func>_<band>` whose first
 * parameters are the PE's coordinates, the loops stay as PE axes (`unfold` loops) around its call, and
 * the function that holds them is marked `dataflow`. Expanded (what the simulator, the exports and the
 * diagram read), each grid point (i, j, …) is a function `<func>_<band>_<i>_<j>` whose body is the
 * loop body with the loop variables replaced by constants, called row-major; functions called inside
 * the body are cloned per PE with suffix `_<i>_<j>`. The PEs run one after another in the simulator,
 * exactly like the loop iterations did, so results are bit-identical (until `to` turns shared
 * buffers into streams).
 *
 * The architecture graph recognises expanded PEs by this naming: a callee `<caller>_<band>_<i>_<j>`
 * of a `dataflow` function (see arch/graph.ts `peGrid`).
 */
import type { PyValue } from "../frontend/values";
import type * as ir from "../ir/nodes";
import { stmtExprs } from "../ir/nodes";
import {
  arg, bandsOf, constValue, fail, findFuncOrFail, freshIds, mapExpr, mapList, mapStmtsExprs, perfectNest, replaceStmt, substIvs,
} from "./ir-util";
import type { ScheduleContext } from "./ir-util";
import type { PrimitiveRecord } from "../frontend/schedule-record";
import { definePrimitive } from "./primitive";
import { INDEX } from "../types/types";

/** Bound on the PEs of one grid (the compact form costs nothing per PE; expanding it does). */
export const MAX_PES = 65536;

function intList(v: PyValue | undefined, rec: PrimitiveRecord, what: string): number[] | undefined {
  if (v === undefined || v.k === "none") return undefined;
  if (v.k === "int") return [Number(v.v)];
  if (v.k === "list" || v.k === "tuple") {
    return v.items.map((x) => (x.k === "int" ? Number(x.v) : fail(rec, `unfold(): ${what} must be a list of integers`)));
  }
  return fail(rec, `unfold(): ${what} must be a list of integers, e.g. [0, 1]`);
}

function resolveBand(m: ir.Module, v: PyValue | undefined, rec: PrimitiveRecord, ctx: ScheduleContext): { func: ir.Func; name: string; root: ir.For } {
  let fname = ctx.defaultFunc;
  let name: string;
  if (v && v.k === "str") {
    const i = v.v.indexOf(":");
    if (i >= 0) { fname = ctx.rename ? ctx.rename(v.v.slice(0, i)) : v.v.slice(0, i); name = v.v.slice(i + 1); } else name = v.v;
  } else if (v && v.k === "loop-handle" && v.path.length > 0) {
    if (v.func) fname = ctx.rename ? ctx.rename(v.func) : v.func;
    name = v.path[0]!;
  } else return fail(rec, `unfold() needs a band name, e.g. s.unfold("PE", [0, 1])`);
  const f = findFuncOrFail(m, fname, rec);
  const bands = bandsOf(f);
  const b = bands.find((x) => x.name === name);
  if (!b) fail(rec, `Cannot find band ${name} in function ${f.name}; bands: ${bands.map((x) => x.name).join(", ") || "none"}`);
  return { func: f, name, root: b.root };
}

/** Re-creates every definition (loop variable, local buffer, call result) of `ss` with fresh ids. */
export function cloneStmts(ss: readonly ir.Stmt[], fresh: () => number, bufs: Map<number, ir.Buffer>, params: Map<number, ir.ScalarParam>, callee: (n: string) => string): readonly ir.Stmt[] {
  const ivs = new Map<number, ir.LoopVar>();
  const defs = (xs: readonly ir.Stmt[]) => {
    for (const s of xs) {
      if (s.kind === "for") { ivs.set(s.iv.id, { ...s.iv, id: fresh() }); defs(s.body); }
      else if (s.kind === "while") defs(s.body);
      else if (s.kind === "if") { defs(s.then); defs(s.else); }
      else if (s.kind === "alloc") bufs.set(s.buf.id, { ...s.buf, id: fresh() });
      else if (s.kind === "call") s.results.forEach((r) => bufs.set(r.id, { ...r, id: fresh() }));
    }
  };
  defs(ss);
  const ex = (e: ir.Expr): ir.Expr | undefined => {
    if (e.kind === "iter") { const v = ivs.get(e.v.id); return v ? { ...e, v } : undefined; }
    if (e.kind === "param") { const p = params.get(e.param.id); return p ? { ...e, param: p } : undefined; }
    if (e.kind === "call-value") return { ...e, callee: callee(e.callee) };
    return undefined;
  };
  const mapped = mapStmtsExprs(ss, ex, (b) => bufs.get(b.id) ?? b);
  const fix = (xs: readonly ir.Stmt[]): readonly ir.Stmt[] => mapList(xs, (s): ir.Stmt => {
    switch (s.kind) {
      case "for": return { ...s, iv: ivs.get(s.iv.id) ?? s.iv, body: fix(s.body) };
      case "while": return { ...s, body: fix(s.body) };
      case "if": return { ...s, then: fix(s.then), else: fix(s.else) };
      case "call": return { ...s, callee: callee(s.callee) };
      default: return s;
    }
  });
  return fix(mapped);
}

/** A copy of `f` named `name` with fresh ids everywhere. */
export function cloneFunc(f: ir.Func, name: string, fresh: () => number, callee: (n: string) => string): ir.Func {
  const bufs = new Map<number, ir.Buffer>(), params = new Map<number, ir.ScalarParam>();
  const ps = f.params.map((p): ir.Param => {
    if (p.kind === "buffer") { const q = { ...p, id: fresh() }; bufs.set(p.id, q); return q; }
    const q = { ...p, id: fresh() }; params.set(p.id, q); return q;
  });
  return { ...f, name, params: ps, body: cloneStmts(f.body, fresh, bufs, params, callee) };
}

/** Buffers, scalar parameters and loop variables `ss` uses but does not define, in first-use order. */
export function freeValues(ss: readonly ir.Stmt[]): { bufs: ir.Buffer[]; params: ir.ScalarParam[]; ivs: ir.LoopVar[] } {
  const defined = new Set<number>(), definedIv = new Set<number>();
  const bufs = new Map<number, ir.Buffer>(), params = new Map<number, ir.ScalarParam>(), ivs = new Map<number, ir.LoopVar>();
  const useBuf = (b: ir.Buffer) => { if (!defined.has(b.id) && !bufs.has(b.id)) bufs.set(b.id, b); };
  const expr = (e: ir.Expr) => mapExpr(e, (x) => {
    if (x.kind === "load") useBuf(x.buf);
    else if (x.kind === "param") params.set(x.param.id, x.param);
    else if (x.kind === "iter" && !definedIv.has(x.v.id)) ivs.set(x.v.id, x.v);
    else if (x.kind === "call-value") x.args.forEach((a) => { if (a.kind === "buffer") useBuf(a); });
    return undefined;
  });
  const walk = (xs: readonly ir.Stmt[]) => {
    for (const s of xs) {
      switch (s.kind) {
        case "for": definedIv.add(s.iv.id); stmtExprs(s).forEach(expr); walk(s.body); break;
        case "while": expr(s.cond); walk(s.body); break;
        case "if": expr(s.cond); walk(s.then); walk(s.else); break;
        case "alloc": defined.add(s.buf.id); break;
        case "store": useBuf(s.buf); s.indices.forEach(expr); expr(s.value); break;
        case "copy": useBuf(s.dst); useBuf(s.src); break;
        case "call": s.args.forEach((a) => (a.kind === "buffer" ? useBuf(a) : expr(a))); s.results.forEach((r) => defined.add(r.id)); break;
        case "return": s.values.forEach((a) => (a.kind === "buffer" ? useBuf(a) : expr(a))); break;
      }
    }
  };
  walk(ss);
  return { bufs: [...bufs.values()], params: [...params.values()], ivs: [...ivs.values()] };
}

export const unfold = definePrimitive((m, rec, ctx) => {
  const band = resolveBand(m, arg(rec, 0, "band_name"), rec, ctx);
  const axes = intList(rec.kwargs.get("axes") ?? rec.kwargs.get("axis") ?? rec.args[1], rec, "axes");
  if (!axes || axes.length === 0) fail(rec, `unfold() needs the axes to unfold, e.g. s.unfold("${band.name}", [0, 1])`);
  const factors = intList(rec.kwargs.get("factor") ?? rec.args[2], rec, "factor");
  for (let i = 1; i < axes.length; i++) if (axes[i] !== axes[i - 1]! + 1) fail(rec, `Axes must be consecutive: [${axes.join(", ")}]`);
  const nest = perfectNest(band.root);
  const f = band.func;
  if (axes[0]! < 0 || axes[axes.length - 1]! >= nest.length) {
    fail(rec, `unfold(): axis ${axes.find((a) => a < 0 || a >= nest.length)} is out of range: band ${band.name} has a perfect nest of ${nest.length} loop${nest.length === 1 ? "" : "s"} (${nest.map((l) => l.loopName).join(", ")})`);
  }
  const loops = axes.map((a) => nest[a]!);
  const bounds = loops.map((l) => {
    const lb = constValue(l.lb), ub = constValue(l.ub);
    if (lb !== 0) fail(rec, `Lower bound must be 0: loop ${l.loopName} of band ${band.name} starts at ${lb ?? "a non-constant bound"}`);
    if (ub === undefined) fail(rec, `unfold(): loop ${l.loopName} of band ${band.name} needs a constant upper bound`);
    if (l.step !== 1) fail(rec, `unfold(): loop ${l.loopName} of band ${band.name} must have step 1`);
    return Math.max(0, ub);
  });
  if (factors && (factors.length !== bounds.length || factors.some((x, i) => x !== bounds[i]))) {
    fail(rec, `unfold(): factor=[${factors.join(", ")}] must equal the bounds of loops ${loops.map((l) => l.loopName).join(", ")} ([${bounds.join(", ")}]): partial unfolding is not supported`);
  }
  const count = bounds.reduce((a, b) => a * b, 1);
  if (count > MAX_PES) fail(rec, `unfold(): ${count} PEs is more than the ${MAX_PES} a design may have`);
  const inner = loops[loops.length - 1]!;
  const free = freeValues(inner.body);
  // The function's own parameters first, in their order; then its locals in first-use order.
  const pos = (b: ir.Buffer) => { const i = f.params.indexOf(b); return i < 0 ? f.params.length : i; };
  free.bufs.sort((a, b) => pos(a) - pos(b));
  // Loops of the band outside the unfolded axes stay loops around the grid (Allo's axes=[1] keeps `i`
  // and calls one PE per `j` in it): the PEs take their variables as index arguments.
  const unfolded = new Set(loops.map((l) => l.iv.id));
  const outerIvs = free.ivs.filter((v) => !unfolded.has(v.id));

  // The compact grid (schedule/grid.ts): one PE body whose first parameters are the PE's
  // coordinates, called from the unfolded loops, now marked as PE axes. Consumers that need one
  // function per PE expand it (as `<func>_<band>_<i>_<j>`, callees cloned per PE).
  const fresh = freshIds(m);
  const taken = new Set(m.funcs.map((x) => x.name));
  let tname = `${f.name}_${band.name}`;
  for (let k = 1; taken.has(tname); k++) tname = `${f.name}_${band.name}_${k}`;
  const coordParams = loops.map((l): ir.ScalarParam => ({ kind: "scalar-param", id: fresh(), name: l.iv.name, type: INDEX, range: l.range }));
  const outerParams = outerIvs.map((v): ir.ScalarParam => ({ kind: "scalar-param", id: fresh(), name: v.name, type: INDEX, range: inner.range }));
  const body0 = substIvs(inner.body, new Map([
    ...loops.map((l, i) => [l.iv.id, { kind: "param", type: INDEX, param: coordParams[i]! } as ir.Expr] as const),
    ...outerIvs.map((v, i) => [v.id, { kind: "param", type: INDEX, param: outerParams[i]! } as ir.Expr] as const),
  ]));
  const bufs = new Map<number, ir.Buffer>(), params = new Map<number, ir.ScalarParam>();
  const ps: ir.Param[] = [
    ...coordParams,
    ...free.bufs.map((b) => { const q: ir.Buffer = { ...b, id: fresh(), storage: "arg", init: undefined }; bufs.set(b.id, q); return q; }),
    ...free.params.map((p) => { const q = { ...p, id: fresh() }; params.set(p.id, q); return q; }),
    ...outerParams.map((p) => { const q = { ...p, id: fresh() }; params.set(p.id, q); return q; }),
  ];
  const body = cloneStmts(body0, fresh, bufs, params, (n) => n);
  const template: ir.Func = { kind: "func", name: tname, params: ps, results: [], body, attrs: { peGrid: { band: band.name, shape: bounds, relays: [] } }, range: inner.range };
  const call: ir.Stmt = {
    kind: "call", callee: tname, results: [], range: inner.range,
    args: [
      ...loops.map((l): ir.Expr => ({ kind: "iter", type: INDEX, v: l.iv })), ...free.bufs, ...free.params.map((p): ir.Expr => ({ kind: "param", type: p.type, param: p })),
      ...outerIvs.map((v): ir.Expr => ({ kind: "iter", type: INDEX, v })),
    ],
  };
  const nestOf = (i: number): ir.Stmt => {
    const l = loops[i]!;
    return { ...l, attrs: { ...l.attrs, unfold: true }, body: [i + 1 < loops.length ? nestOf(i + 1) : call] };
  };
  const outer = loops[0]!;
  const f2: ir.Func = { ...f, body: replaceStmt(f.body, outer, [nestOf(0)]), attrs: { ...f.attrs, dataflow: true } };
  const at = m.funcs.indexOf(f);
  const funcs = [...m.funcs.slice(0, at), template, f2, ...m.funcs.slice(at + 1)];
  const pe = (c: number[]) => `${f.name}_${band.name}_${c.join("_")}`;
  return {
    module: { ...m, funcs },
    description: `unfold ${f.name}:${band.name} loops ${loops.map((l) => l.loopName).join(", ")} into ${count} PEs (${bounds.join("×")}: ${pe(bounds.map(() => 0))}${count > 1 ? ` … ${pe(bounds.map((b) => b - 1))}` : ""}) called from dataflow function ${f.name}`,
  };
});
export const { check, apply } = unfold;
