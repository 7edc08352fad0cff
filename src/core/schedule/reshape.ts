/**
 * `s.reshape(target, shape)`: gives the buffer a new shape and rewrites every access through the
 * row-major linear address (Allo's runReshape), keeping the index arithmetic affine.
 */
import type * as ir from "../ir/nodes";
import type { PyValue } from "../frontend/values";
import { add, arg, fail, fdiv, ic, mod, mul, replaceBufferInFunc, resolveBuffer, withFunc, mapStmtsExprs, mapList } from "./ir-util";
import { definePrimitive } from "./primitive";

export const reshape = definePrimitive((m, rec, ctx) => {
  const target = resolveBuffer(m, arg(rec, 0, "target"), rec, ctx);
  const sv = arg(rec, 1, "shape");
  const shape = shapeOf(sv);
  if (!shape) return fail(rec, "reshape() needs a shape: a tuple or list of positive integers, e.g. (8, 2, 4)");
  const { func, buf } = target;
  const oldShape = buf.type.shape;
  const count = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
  // Allo does not check the element count; a mismatch would read or write outside the buffer.
  if (count(shape) !== count(oldShape)) fail(rec, `reshape(): (${shape.join(", ")}) has ${count(shape)} elements but ${buf.name} has ${count(oldShape)} (${oldShape.join("×")})`);
  if (oldShape.length === 0) fail(rec, `reshape(): ${buf.name} is a scalar`);
  if (usedAcrossCalls(m, func, buf)) fail(rec, `reshape() of ${buf.name} is not supported yet: it is passed to or from another function`, "E-schedule-unsupported");
  const nu: ir.Buffer = {
    ...buf, type: { ...buf.type, shape },
    ...(buf.partition ? { partition: shape.length === oldShape.length ? buf.partition : undefined } : {}),
  };
  const relin = (indices: readonly ir.Expr[]): readonly ir.Expr[] => {
    let lin: ir.Expr = ic(0);
    let stride = 1;
    for (let i = oldShape.length - 1; i >= 0; i--) { lin = add(mul(indices[i]!, stride), lin); stride *= oldShape[i]!; }
    const out: ir.Expr[] = [];
    let inner = 1;
    for (let k = shape.length - 1; k >= 0; k--) {
      const q = fdiv(lin, inner);
      out.unshift(k === 0 ? q : mod(q, shape[k]!));
      inner *= shape[k]!;
    }
    return out;
  };
  // Rewrite indices first (on the old buffer), then swap the buffer object everywhere.
  const body = mapStmtsExprs(func.body, (e) => (e.kind === "load" && e.buf.id === buf.id ? { ...e, indices: relin(e.indices) } : undefined));
  const stores = rewriteStores(body, buf.id, relin);
  let f: ir.Func = { ...func, body: stores };
  f = replaceBufferInFunc(f, buf, nu);
  const retIdx = returnIndex(f, nu);
  if (retIdx >= 0) f = { ...f, results: f.results.map((r, i) => (i === retIdx ? nu.type : r)) };
  return { module: withFunc(m, f), description: `reshape ${func.name}:${buf.name} from (${oldShape.join(", ")}) to (${shape.join(", ")})` };
});
export const { check, apply } = reshape;

function shapeOf(v: PyValue | undefined): number[] | undefined {
  if (!v) return undefined;
  if (v.k === "int") return Number(v.v) > 0 ? [Number(v.v)] : undefined;
  if (v.k !== "list" && v.k !== "tuple") return undefined;
  const out = v.items.map((x) => (x.k === "int" ? Number(x.v) : NaN));
  return out.length > 0 && out.every((n) => Number.isInteger(n) && n > 0) ? out : undefined;
}

function rewriteStores(ss: readonly ir.Stmt[], id: number, relin: (i: readonly ir.Expr[]) => readonly ir.Expr[]): readonly ir.Stmt[] {
  return mapList(ss, (s): ir.Stmt => {
    switch (s.kind) {
      case "store": return s.buf.id === id ? { ...s, indices: relin(s.indices) } : s;
      case "for": case "while": { const body = rewriteStores(s.body, id, relin); return body === s.body ? s : { ...s, body }; }
      case "if": {
        const then = rewriteStores(s.then, id, relin), els = rewriteStores(s.else, id, relin);
        return then === s.then && els === s.else ? s : { ...s, then, else: els };
      }
      default: return s;
    }
  });
}

function usedAcrossCalls(m: ir.Module, f: ir.Func, b: ir.Buffer): boolean {
  let used = false;
  const walk = (ss: readonly ir.Stmt[]) => {
    for (const s of ss) {
      if (s.kind === "call" && (s.args.some((a) => a.kind === "buffer" && a.id === b.id) || s.results.some((r) => r.id === b.id))) used = true;
      else if (s.kind === "copy" && (s.dst.id === b.id || s.src.id === b.id)) used = true;
      else if (s.kind === "for" || s.kind === "while") walk(s.body);
      else if (s.kind === "if") { walk(s.then); walk(s.else); }
    }
  };
  walk(f.body);
  const isParam = f.params.some((p) => p.id === b.id);
  if (isParam && f.name !== m.top) return true;
  if (f.name !== m.top && returnIndex(f, b) >= 0) return true;
  return used;
}

function returnIndex(f: ir.Func, b: ir.Buffer): number {
  let idx = -1;
  const walk = (ss: readonly ir.Stmt[]) => {
    for (const s of ss) {
      if (s.kind === "return") s.values.forEach((v, i) => { if (v.kind === "buffer" && v.id === b.id) idx = i; });
      else if (s.kind === "for" || s.kind === "while") walk(s.body);
      else if (s.kind === "if") { walk(s.then); walk(s.else); }
    }
  };
  walk(f.body);
  return idx;
}
