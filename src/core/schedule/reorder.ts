/**
 * `s.reorder(*axes)`: permutes the loops of the band's maximal perfect nest. Named loops take the
 * slots of the named loops in the given order; the others keep theirs; the band name moves to the new
 * outermost loop (Allo's runReordering). A loop whose bounds use another loop cannot move outside it.
 * Unlike Allo, an interchange that would reverse a loop-carried dependence (dependence.ts) is rejected
 * here, at the call, with the access pair and its distance vector: its results would change for every
 * input, and there is nothing for the checks after it to find out.
 */
import type * as ir from "../ir/nodes";
import type { LoopRef } from "./ir-util";
import { fail, ivsOf, perfectNest, resolveLoop, updateLoop } from "./ir-util";
import { definePrimitive } from "./primitive";
import { interchangeViolation } from "./dependence";
import type { Violation } from "./dependence";

export const reorder = definePrimitive((m, rec, ctx) => {
  const args = rec.args;
  if (args.length < 2) fail(rec, "Should at least input 2 loops to be reordered");
  const refs: LoopRef[] = args.map((a) => resolveLoop(m, a, rec, ctx));
  const first = refs[0]!;
  for (const r of refs) {
    if (r.func !== first.func || r.root !== first.root) fail(rec, `reorder(): loops ${first.loop.loopName} and ${r.loop.loopName} are in different bands (${first.band}, ${r.band})`);
  }
  const nest = perfectNest(first.root);
  const named = refs.map((r) => r.loop);
  named.forEach((l, i) => { if (named.indexOf(l) !== i) fail(rec, `reorder(): loop ${l.loopName} is given twice`); });
  const outside = named.filter((l) => !nest.includes(l));
  if (outside.length > 0) {
    fail(rec, `Cannot permute the loops because the size of the perfectly nested loop band (${nest.length}) is not consistent with the size of permutation mapping: ` +
      `loop ${outside.map((l) => l.loopName).join(", ")} is not in the perfect nest ${nest.map((l) => l.loopName).join(" → ")} of band ${first.band} (the nest is imperfect below ${nest[nest.length - 1]!.loopName})`);
  }
  let k = 0;
  const order = nest.map((l) => (named.includes(l) ? named[k++]! : l));
  if (order.every((l, i) => l === nest[i])) return { module: m, description: `reorder ${first.band}: order unchanged (${nest.map((l) => l.loopName).join(", ")})` };
  order.forEach((l, p) => {
    const deps = new Set([...ivsOf(l.lb), ...ivsOf(l.ub)]);
    const stepDeps = typeof l.step === "number" ? new Set<number>() : ivsOf(l.step);
    for (const q of order.slice(p + 1)) {
      if (deps.has(q.iv.id)) fail(rec, `Cannot reorder: the bounds of loop ${l.loopName} depend on loop ${q.loopName}, which would move inside it`);
      if (stepDeps.has(q.iv.id)) fail(rec, `Cannot reorder: the step of loop ${l.loopName} depends on loop ${q.loopName}, which would move inside it`);
    }
  });
  const bad = interchangeViolation(nest, order);
  if (bad) fail(rec, dependenceMessage(bad, nest, order), "E-schedule-dependence");
  const bandName = nest[0]!.opName;
  let body: readonly ir.Stmt[] = nest[nest.length - 1]!.body;
  for (let p = order.length - 1; p >= 0; p--) {
    const l = order[p]!;
    let opName = l.opName;
    if (p === 0) opName = bandName;
    else if (l === nest[0]) opName = undefined;
    const { opName: _drop, ...rest } = l;
    void _drop;
    body = [{ ...rest, ...(opName !== undefined ? { opName } : {}), body }];
  }
  return {
    module: updateLoop(m, first.func, first.root, body),
    description: `reorder ${first.func.name}:${first.band} from ${nest.map((l) => l.loopName).join(", ")} to ${order.map((l) => l.loopName).join(", ")}`,
    reordersFloatReduction: floatReductionReordered(nest, order),
  };
});
export const { check, apply } = reorder;

function dependenceMessage(v: Violation, nest: readonly ir.For[], order: readonly ir.For[]): string {
  const names = nest.map((l) => l.loopName).join(", "), newNames = order.map((l) => l.loopName).join(", ");
  const vec = (xs: readonly (number | "*")[]) => `(${xs.join(", ")})`;
  const after = order.map((l) => v.witness[nest.indexOf(l)]!);
  return `Cannot reorder ${names} to ${newNames}: ${v.buffer} is written as ${v.write} and ${v.otherIsWrite ? "written again" : "read"} as ${v.other}, ` +
    `a loop-carried dependence of distance ${vec(v.distance)} over (${names}). Iterations ${vec(v.witness)} apart in that order are ` +
    `${vec(after)} apart in the order (${newNames}), so the two accesses would happen the other way round and the results change. ` +
    `Keep an order in which every dependence still points forward, or write the results to a separate buffer first.`;
}

/**
 * Whether a float store in the nest sees its updates in another order: for one element the updates
 * come from the loops that do not pick the element (its index has no dimension `iv + c` of theirs);
 * swapping two such loops changes the accumulation order.
 */
export function floatReductionReordered(nest: readonly ir.For[], order: readonly ir.For[]): boolean {
  const stores: ir.Store[] = [];
  const walk = (ss: readonly ir.Stmt[]) => {
    for (const s of ss) {
      if (s.kind === "store" && s.buf.type.elem.kind === "float") stores.push(s);
      else if (s.kind === "for" || s.kind === "while") walk(s.body);
      else if (s.kind === "if") { walk(s.then); walk(s.else); }
    }
  };
  walk(nest[nest.length - 1]!.body);
  for (const st of stores) {
    const picked = new Set<number>();
    for (const ix of st.indices) {
      const ivs = ivsOf(ix);
      if (ivs.size === 1 && isIvPlusConst(ix)) picked.add([...ivs][0]!);
    }
    const free = nest.filter((l) => !picked.has(l.iv.id));
    for (let a = 0; a < free.length; a++) {
      for (let b = a + 1; b < free.length; b++) {
        if (order.indexOf(free[a]!) > order.indexOf(free[b]!)) return true;
      }
    }
  }
  return false;
}

function isIvPlusConst(e: ir.Expr): boolean {
  if (e.kind === "iter") return true;
  if (e.kind === "binary" && (e.op === "add" || e.op === "sub")) {
    return (isIvPlusConst(e.lhs) && e.rhs.kind === "const") || (e.op === "add" && e.lhs.kind === "const" && isIvPlusConst(e.rhs));
  }
  return false;
}
