/**
 * Allo's `Layout` on @df.kernel arguments (allo/memory.py `Layout`, `DTensor.get_local_shape`):
 * `local_A: T[M, K] @ [S(0), R]` says dimension 0 of the region argument is split over mapping
 * dimension 0 and dimension 1 is whole in every instance, so instance (pi, pj) sees the
 * (M / P0) × K block starting at row pi · M / P0. Partition d names tensor dimension d; `S(a)` takes
 * the instance's coordinate `pid[a]`, `R` takes 0 (Allo's `Layout.get_placement`).
 *
 * Lowering keeps the region's own array as the instance's parameter (so the simulator, the HLS
 * backend and the AIE mapping see one array with one owner) and offsets every element access of the
 * local view by the shard's origin; a view used whole (a call, a copy, a stream block) becomes a
 * local copy of the shard, copied in before the body when it is read and out after it when written.
 */
import type { SourceRange } from "../diagnostics";
import { UserError } from "../diagnostics";
import * as ir from "../ir/nodes";
import { exprChildren, stmtExprs, walkStmts } from "../ir/nodes";
import { mapStmtsExprs } from "../schedule/ir-util";
import type { ArrayType } from "../types/types";
import { INDEX, typeToString } from "../types/types";
import type { PyValue } from "./values";
import { describe } from "./values";

/** The partitions of a layout refinement (`@ [S(0), R]` or `@ Layout([...])`), one per dimension; `undefined` = replicated. */
export function layoutParts(v: PyValue, at: SourceRange): (number | undefined)[] | undefined {
  const items = v.k === "layout" ? v.parts : v.k === "list" || v.k === "tuple" ? v.items : undefined;
  if (!items) return undefined;
  return items.map((x) => {
    if (x.k === "shard") return x.axis;
    if (x.k === "builtin" && x.name === "allo.Layout.Replicate") return undefined;
    throw new UserError("E-layout", `a Layout entry is Layout.Shard(axis) (S(0)) or Layout.Replicate (R); got ${describe(x)}`, at);
  });
}

export function layoutText(parts: readonly (number | undefined)[]): string {
  return `[${parts.map((p) => (p === undefined ? "R" : `S(${p})`)).join(", ")}]`;
}

/** This instance's shard of an argument of type `t`, after checking the layout against the type and the mapping. */
export function shardOf(name: string, parts: readonly (number | undefined)[], t: ArrayType, mapping: readonly number[], pid: readonly number[], at: SourceRange): ir.ShardSpec {
  const text = layoutText(parts);
  if (parts.length !== t.shape.length) {
    throw new UserError("E-layout", `'${name}' has ${t.shape.length} dimension(s) (${typeToString(t)}) but its Layout ${text} has ${parts.length} entr${parts.length === 1 ? "y" : "ies"}; give one S(axis) or R per dimension`, at);
  }
  const origin: number[] = [];
  const shape: number[] = [];
  parts.forEach((a, d) => {
    const n = t.shape[d]!;
    if (a === undefined) { origin.push(0); shape.push(n); return; }
    if (a >= mapping.length) {
      throw new UserError("E-layout", `S(${a}) on dimension ${d} of '${name}' names mapping dimension ${a}, but the kernel's mapping=[${mapping.join(", ")}] has ${mapping.length} dimension(s); use S(0)${mapping.length > 1 ? `..S(${mapping.length - 1})` : ""} or R`, at);
    }
    const p = mapping[a]!;
    if (n % p !== 0) {
      throw new UserError("E-layout", `dimension ${d} of '${name}' (size ${n}) cannot be split evenly over mapping dimension ${a} (${p} instances); make the size a multiple of ${p} or replicate it (R)`, at);
    }
    origin.push(pid[a]! * (n / p));
    shape.push(n / p);
  });
  return { parts, origin, shape };
}

/** One sharded parameter: `view` is the shard-shaped buffer the kernel body names, `param` the region-shaped parameter it lives in. */
export interface ShardedParam { readonly view: ir.Buffer; readonly param: ir.Buffer; readonly shard: ir.ShardSpec }

/** Does the body use `b` as a whole (not element by element)? */
function usedWhole(body: readonly ir.Stmt[], b: ir.Buffer): boolean {
  let whole = false;
  const inExpr = (e: ir.Expr): void => {
    if (e.kind === "call-value" && e.args.some((a) => a.kind === "buffer" && a.id === b.id)) whole = true;
    exprChildren(e).forEach(inExpr);
  };
  walkStmts(body, (s) => {
    switch (s.kind) {
      case "call": if (s.args.some((a) => a.kind === "buffer" && a.id === b.id)) whole = true; break;
      case "return": if (s.values.some((a) => a.kind === "buffer" && a.id === b.id)) whole = true; break;
      case "copy": if (s.src.id === b.id || s.dst.id === b.id) whole = true; break;
      case "stream-put-block": if (s.src.id === b.id) whole = true; break;
      case "stream-get-block": if (s.dst.id === b.id) whole = true; break;
      default: break;
    }
    stmtExprs(s).forEach(inExpr);
  });
  return whole;
}

function offsetIndices(indices: readonly ir.Expr[], origin: readonly number[]): ir.Expr[] {
  return indices.map((x, d) => (origin[d] ? ir.binary("add", x.type, x, ir.constant(x.type, origin[d]!)) : x));
}

/** Rewrites stores (statements) to the view into the parameter. */
function mapStores(ss: readonly ir.Stmt[], fn: (s: ir.Store) => ir.Stmt): ir.Stmt[] {
  return ss.map((s): ir.Stmt => {
    switch (s.kind) {
      case "store": return fn(s);
      case "for": case "while": return { ...s, body: mapStores(s.body, fn) };
      case "if": return { ...s, then: mapStores(s.then, fn), else: mapStores(s.else, fn) };
      default: return s;
    }
  });
}

/** A loop nest over `shape` running `body(ivs)`. */
function nest(shape: readonly number[], label: string, ids: () => number, at: SourceRange, body: (ivs: ir.Expr[]) => ir.Stmt): ir.Stmt {
  const vars: ir.LoopVar[] = shape.map((_, d) => ({ kind: "loop-var", id: ids(), name: `${label}_${d}` }));
  let inner: ir.Stmt = body(vars.map((v) => ({ kind: "iter", type: INDEX, v }) as ir.Expr));
  for (let d = shape.length - 1; d >= 0; d--) {
    inner = ir.forLoop({ iv: vars[d]!, lb: ir.indexConst(0), ub: ir.indexConst(shape[d]!), step: 1, body: [inner], loopName: vars[d]!.name, attrs: {}, range: at });
  }
  return inner;
}

/** The body with every sharded view mapped onto its parameter. */
export function applyShards(body: readonly ir.Stmt[], shards: readonly ShardedParam[], ids: () => number): ir.Stmt[] {
  let out: ir.Stmt[] = [...body];
  const pre: ir.Stmt[] = [];
  const post: ir.Stmt[] = [];
  for (const { view, param, shard } of shards) {
    if (usedWhole(out, view)) {
      // The view becomes a local array holding the shard.
      let read = false;
      let written = false;
      const seeLoads = (e: ir.Expr): void => { if (e.kind === "load" && e.buf.id === view.id) read = true; exprChildren(e).forEach(seeLoads); };
      walkStmts(out, (s) => {
        stmtExprs(s).forEach(seeLoads);
        if (s.kind === "store" && s.buf.id === view.id) written = true;
        if (s.kind === "call" || s.kind === "copy" || s.kind === "stream-get-block") written ||= s.kind === "call" ? s.args.some((a) => a.kind === "buffer" && a.id === view.id) : (s.kind === "copy" ? s.dst.id : s.dst.id) === view.id;
        if (s.kind === "call" || s.kind === "copy" || s.kind === "stream-put-block" || s.kind === "return") read ||= s.kind === "copy" || s.kind === "stream-put-block" ? s.src.id === view.id : (s.kind === "call" ? s.args : s.values).some((a) => a.kind === "buffer" && a.id === view.id);
      });
      const local: ir.Buffer = { ...view, storage: "local" };
      out = [...mapStmtsExprs(out, () => undefined, (b) => (b.id === view.id ? local : b))];
      out = mapStores(out, (s) => (s.buf.id === view.id ? { ...s, buf: local } : s));
      pre.push({ kind: "alloc", buf: local, range: view.range });
      if (read) pre.push(nest(shard.shape, `${view.name}_in`, ids, view.range, (iv) => ir.store(local, iv, ir.load(param, offsetIndices(iv, shard.origin)), view.range)));
      if (written) post.push(nest(shard.shape, `${view.name}_out`, ids, view.range, (iv) => ir.store(param, offsetIndices(iv, shard.origin), ir.load(local, iv), view.range)));
      continue;
    }
    out = [...mapStmtsExprs(out, (e) => (e.kind === "load" && e.buf.id === view.id ? ir.load(param, offsetIndices(e.indices, shard.origin), e.range) : undefined))];
    out = mapStores(out, (s) => (s.buf.id === view.id ? ir.store(param, offsetIndices(s.indices, shard.origin), s.value, s.range) : s));
  }
  return [...pre, ...out, ...post];
}
