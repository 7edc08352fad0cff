/**
 * `s.reuse_at(target, axis)`: a reuse (line or window) buffer for the sliding-window reads of `target`
 * along loop `axis` (Allo's runReuseAt). The reads of `target` inside `axis` whose index in one
 * dimension moves with `axis` (`stride·axis + offsets of inner loops`) are served from a new local
 * buffer `<band>_reuse_<axis>`: that dimension shrinks to the window's span, the others keep their
 * extent. At the first iteration of `axis` the buffer is filled; at every later one its rows shift by
 * the stride and only the new rows are read from `target`. Chaining `reuse_at(LB, "x")` on the
 * returned handle builds the window buffer. Values are only moved, never recomputed, so results are
 * bit-identical.
 */
import type * as ir from "../ir/nodes";
import { BOOL, INDEX } from "../types/types";
import {
  add, arg, constValue, fail, freshIds, ic, iter, mapExpr, mapStmtsExprs, mul, namedBuffers, replaceStmt,
  resolveBuffer, resolveLoop, stepOrFail, withFunc,
} from "./ir-util";
import { definePrimitive, userName } from "./primitive";

/** An affine index: Σ coeff·iv + c (ivs by id). */
interface Lin { readonly terms: Map<number, number>; c: number }

/** The affine form of an index expression, or undefined when it is not affine with constant coefficients. */
export function linearForm(e: ir.Expr): Lin | undefined {
  switch (e.kind) {
    case "const": {
      if (e.type.kind !== "index" && e.type.kind !== "int") return undefined;
      return { terms: new Map(), c: Number(e.value) };
    }
    case "iter": return { terms: new Map([[e.v.id, 1]]), c: 0 };
    case "cast": return e.x.type.kind === "index" || e.x.type.kind === "int" ? linearForm(e.x) : undefined;
    case "binary": {
      const a = linearForm(e.lhs), b = linearForm(e.rhs);
      if (!a || !b) return undefined;
      if (e.op === "add" || e.op === "sub") {
        const s = e.op === "add" ? 1 : -1;
        const terms = new Map(a.terms);
        for (const [k, v] of b.terms) terms.set(k, (terms.get(k) ?? 0) + s * v);
        for (const [k, v] of [...terms]) if (v === 0) terms.delete(k);
        return { terms, c: a.c + s * b.c };
      }
      if (e.op === "mul") {
        const [k, x] = a.terms.size === 0 ? [a.c, b] : b.terms.size === 0 ? [b.c, a] : [undefined, undefined];
        if (k === undefined || !x) return undefined;
        const terms = new Map<number, number>();
        if (k !== 0) for (const [id, v] of x.terms) terms.set(id, v * k);
        return { terms, c: x.c * k };
      }
      return undefined;
    }
    default: return undefined;
  }
}

function mentions(e: ir.Expr, id: number): boolean {
  let hit = false;
  mapExpr(e, (x) => { if (x.kind === "iter" && x.v.id === id) hit = true; return undefined; });
  return hit;
}

/** Loops enclosing `target` in `ss` (outermost first), or undefined when it is not there. */
function enclosing(ss: readonly ir.Stmt[], target: ir.For, path: ir.For[] = []): ir.For[] | undefined {
  for (const s of ss) {
    if (s === target) return path;
    let r: ir.For[] | undefined;
    if (s.kind === "for") r = enclosing(s.body, target, [...path, s]);
    else if (s.kind === "while") r = enclosing(s.body, target, path);
    else if (s.kind === "if") r = enclosing(s.then, target, path) ?? enclosing(s.else, target, path);
    if (r) return r;
  }
  return undefined;
}

function loopsBelow(ss: readonly ir.Stmt[], out: ir.For[] = []): ir.For[] {
  for (const s of ss) {
    if (s.kind === "for") { out.push(s); loopsBelow(s.body, out); }
    else if (s.kind === "while") loopsBelow(s.body, out);
    else if (s.kind === "if") { loopsBelow(s.then, out); loopsBelow(s.else, out); }
  }
  return out;
}

export const reuseAt = definePrimitive((m, rec, ctx) => {
  const target = resolveBuffer(m, arg(rec, 0, "target"), rec, ctx);
  const ref = resolveLoop(m, arg(rec, 1, "axis"), rec, ctx);
  const f = ref.func, axis = ref.loop, buf = target.buf;
  const where = `${f.name}:${ref.band}.${axis.loopName}`;
  if (f !== target.func) fail(rec, `reuse_at(): ${buf.name} belongs to ${target.func.name} but loop ${axis.loopName} is in ${f.name}`);
  if (buf.type.shape.length === 0) fail(rec, `reuse_at(): ${buf.name} is a scalar; reuse buffers are for arrays read through a sliding window`);

  // The target must not change inside the axis: the buffer would go stale.
  const writes = (ss: readonly ir.Stmt[]): boolean => ss.some((s) => {
    switch (s.kind) {
      case "store": return s.buf.id === buf.id;
      case "copy": return s.dst.id === buf.id;
      case "call": return s.args.some((a) => a.kind === "buffer" && a.id === buf.id) || s.results.some((r) => r.id === buf.id);
      case "for": case "while": return writes(s.body);
      case "if": return writes(s.then) || writes(s.else);
      default: return false;
    }
  });
  if (writes(axis.body)) fail(rec, `reuse_at(): ${buf.name} is written (or passed to a call) inside loop ${axis.loopName}, so a reuse buffer would hold stale values`);

  const outer = enclosing(f.body, axis);
  if (!outer) fail(rec, `reuse_at(): loop ${axis.loopName} not found in ${f.name}`);
  const outerIds = new Set(outer.map((l) => l.iv.id));
  const inner = new Map(loopsBelow(axis.body).map((l) => [l.iv.id, l]));
  const iv = axis.iv.id;

  // Every read of the target that moves with the axis.
  interface Cand { dim: number; coeff: number; outer: Map<number, number>; inner: Map<number, number>; c: number }
  const cands: Cand[] = [];
  mapStmtsExprs(axis.body, (e) => {
    if (e.kind !== "load" || e.buf.id !== buf.id) return undefined;
    const dims = e.indices.map((x, d) => (mentions(x, iv) ? d : -1)).filter((d) => d >= 0);
    if (dims.length === 0) return undefined;
    if (dims.length > 1) fail(rec, `Cannot find reuse pattern on axis ${axis.loopName}: ${buf.name} is indexed by ${axis.loopName} in ${dims.length} dimensions`);
    const lin = linearForm(e.indices[dims[0]!]!);
    if (!lin) fail(rec, `Cannot support non-constant stride: the index of ${buf.name} in dimension ${dims[0]! + 1} along ${axis.loopName} is not affine with constant coefficients`);
    const coeff = lin.terms.get(iv)!;
    const o = new Map<number, number>(), n = new Map<number, number>();
    for (const [id, k] of lin.terms) {
      if (id === iv) continue;
      if (outerIds.has(id)) o.set(id, k);
      else if (inner.has(id)) n.set(id, k);
      else fail(rec, `Cannot find reuse pattern on axis ${axis.loopName}: an index of ${buf.name} uses a loop variable outside the nest`);
    }
    cands.push({ dim: dims[0]!, coeff, outer: o, inner: n, c: lin.c });
    return undefined;
  });
  if (cands.length === 0) fail(rec, `Cannot find reuse pattern on axis ${axis.loopName}: no read of ${buf.name} inside ${where} has an index that moves with ${axis.loopName}`);
  const first = cands[0]!;
  const sameMap = (a: Map<number, number>, b: Map<number, number>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
  if (cands.some((x) => x.dim !== first.dim || x.coeff !== first.coeff || !sameMap(x.outer, first.outer))) {
    fail(rec, `Cannot find reuse pattern on axis ${axis.loopName}: the reads of ${buf.name} move with ${axis.loopName} in different dimensions or strides`);
  }
  if (first.coeff <= 0) fail(rec, `Cannot find reuse pattern on axis ${axis.loopName}: ${buf.name} is read at a decreasing index along ${axis.loopName} (stride ${first.coeff})`);
  // Range of the offsets each read adds to stride·axis (inner loops must have constant bounds).
  const range = (x: Cand): [number, number] => {
    let lo = x.c, hi = x.c;
    for (const [id, k] of x.inner) {
      const l = inner.get(id)!;
      const lb = constValue(l.lb), ub = constValue(l.ub);
      if (lb === undefined || ub === undefined) fail(rec, `Cannot find reuse pattern on axis ${axis.loopName}: loop ${l.loopName} inside it has non-constant bounds`);
      if (ub <= lb) continue;
      const st = stepOrFail(l, rec, "reuse_at");
      const last = lb + st * Math.floor((ub - lb - 1) / st);
      lo += Math.min(k * lb, k * last);
      hi += Math.max(k * lb, k * last);
    }
    return [lo, hi];
  };
  const ranges = cands.map(range);
  const minOff = Math.min(...ranges.map((r) => r[0]));
  const maxOff = Math.max(...ranges.map((r) => r[1]));
  const span = maxOff - minOff + 1;
  const adv = first.coeff * stepOrFail(axis, rec, "reuse_at");
  if (adv >= span) fail(rec, `Cannot find reuse pattern on axis ${axis.loopName}: the window of ${buf.name} (${span} along dimension ${first.dim + 1}) moves by ${adv} per iteration, so nothing is reused`);

  const d = first.dim;
  const fresh = freshIds(m);
  const used = namedBuffers(f);
  // Split loops are named `x.inner`: buffer names stay identifiers (`…_reuse_x_inner`).
  const stem = `${ref.band}_reuse_${axis.loopName}`.replace(/[^A-Za-z0-9_]/g, "_");
  let bname = stem;
  for (let n = 1; used.has(bname); n++) bname = `${stem}_${n}`;
  const shape = buf.type.shape.map((s, i) => (i === d ? span : s));
  const nb: ir.Buffer = { kind: "buffer", id: fresh(), name: bname, ...userName(rec), type: { kind: "array", elem: buf.type.elem, shape }, storage: "local", range: buf.range };

  const linExpr = (terms: Map<number, number>, c: number, vars: ReadonlyMap<number, ir.LoopVar>): ir.Expr => {
    let e: ir.Expr = ic(0);
    for (const [id, k] of terms) e = add(e, mul(iter(vars.get(id)!), k));
    return add(e, ic(c));
  };
  const vars = new Map<number, ir.LoopVar>([[iv, axis.iv], ...outer.map((l) => [l.iv.id, l.iv] as [number, ir.LoopVar]), ...[...inner].map(([id, l]) => [id, l.iv] as [number, ir.LoopVar])]);

  // Reads moving with the axis now come from the buffer.
  const body = mapStmtsExprs(axis.body, (e) => {
    if (e.kind !== "load" || e.buf.id !== buf.id || !mentions(e.indices[d]!, iv)) return undefined;
    const lin = linearForm(e.indices[d]!)!;
    const n = new Map([...lin.terms].filter(([id]) => inner.has(id)));
    const indices = e.indices.map((x, i) => (i === d ? linExpr(n, lin.c - minOff, vars) : x));
    return { ...e, buf: nb, indices };
  });

  // Update code: fill on the first iteration, otherwise shift by `adv` and read the new rows.
  const base = add(add(mul(iter(axis.iv), first.coeff), linExpr(first.outer, 0, vars)), ic(minOff));
  const r = axis.range;
  const nest = (suffix: string, lo: number, hi: number, value: (k: ir.Expr, others: ir.Expr[]) => ir.Expr): ir.For => {
    const kv: ir.LoopVar = { kind: "loop-var", id: fresh(), name: `${axis.iv.name}_${suffix}` };
    const others = shape.map((_, i) => (i === d ? undefined : ({ kind: "loop-var", id: fresh(), name: `${axis.iv.name}_${suffix}_d${i}` }) as ir.LoopVar));
    const idx = shape.map((_, i) => (i === d ? iter(kv) : iter(others[i]!)));
    let stmt: ir.Stmt = { kind: "store", buf: nb, indices: idx, value: value(iter(kv), idx), range: r };
    for (let i = shape.length - 1; i >= 0; i--) {
      const v = i === d ? kv : others[i]!;
      stmt = {
        kind: "for", iv: v, lb: ic(i === d ? lo : 0), ub: ic(i === d ? hi : shape[i]!), step: 1, body: [stmt],
        loopName: `${bname}_${suffix}${i === d ? "" : `_d${i}`}`, attrs: {}, range: r,
      };
    }
    return stmt as ir.For;
  };
  const fromTarget = (k: ir.Expr, idx: ir.Expr[]): ir.Expr => ({ kind: "load", type: buf.type.elem, buf, indices: idx.map((x, i) => (i === d ? add(base, k) : x)) });
  const fromSelf = (k: ir.Expr, idx: ir.Expr[]): ir.Expr => ({ kind: "load", type: buf.type.elem, buf: nb, indices: idx.map((x, i) => (i === d ? add(k, ic(adv)) : x)) });
  const cond: ir.Expr = { kind: "compare", type: BOOL, pred: "eq", lhs: iter(axis.iv), rhs: axis.lb.type.kind === "index" ? axis.lb : { kind: "cast", type: INDEX, x: axis.lb } };
  const update: ir.Stmt = {
    kind: "if", cond, range: r,
    then: [nest("fill", 0, span, fromTarget)],
    else: [nest("shift", 0, span - adv, fromSelf), nest("load", span - adv, span, fromTarget)],
  };
  const axis2: ir.For = { ...axis, body: [update, ...body] };
  const fbody = replaceStmt(f.body, axis, [{ kind: "alloc", buf: nb, range: r }, axis2]);
  return {
    module: withFunc(m, { ...f, body: fbody }),
    description: `reuse ${f.name}:${buf.name} along ${axis.loopName} in ${bname}[${shape.join("×")}] (window ${span} on dimension ${d + 1}, shifting by ${adv})`,
    alias: [`${ctx.scheduleTop ?? ctx.defaultFunc}:reuse_at_${ctx.position}`, `${f.name}:${bname}`],
  };
});
export const { check, apply } = reuseAt;
