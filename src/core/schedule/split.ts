/**
 * `s.split(axis, factor)`: loop `i` becomes `i.outer` (trip ⌈n/f⌉) around `i.inner` (trip f); a factor
 * that does not divide the trip count gives the inner loop a `min(f, n - f·outer)` bound, as Allo's
 * normalised tiling does. Iteration order is unchanged, so no reduction is reordered.
 */
import type * as ir from "../ir/nodes";
import { add, arg, constValue, describeLoop, fail, freshIds, ic, intArg, iter, min, mul, resolveLoop, stepOrFail, sub, substIvs, updateLoop } from "./ir-util";
import { definePrimitive } from "./primitive";

export const split = definePrimitive((m, rec, ctx) => {
  const ref = resolveLoop(m, arg(rec, 0, "axis"), rec, ctx);
  const factor = intArg(rec, 1, ["factor"], -1);
  if (factor === -1) fail(rec, "split() needs a factor, e.g. s.split(\"i\", factor=4)");
  if (factor <= 0) fail(rec, `split(): factor must be a positive integer, got ${factor}`);
  const loop = ref.loop;
  const lb = constValue(loop.lb);
  const ub = constValue(loop.ub);
  if (lb === undefined || ub === undefined) fail(rec, `split() needs constant loop bounds; loop ${loop.loopName} has bounds that depend on other loops or values`);
  const step = stepOrFail(loop, rec, "split");
  const trip = Math.max(0, Math.ceil((ub - lb) / step));
  // Allo compares against the normalised upper bound (loops are normalised to start at 0 before each step).
  if (factor >= trip) fail(rec, `The requested tiling factor (${factor}) is larger than the upper bound (${trip}) of the loop ${loop.loopName}`);
  const fresh = freshIds(m);
  const ov: ir.LoopVar = { kind: "loop-var", id: fresh(), name: `${loop.iv.name}_outer` };
  const iv: ir.LoopVar = { kind: "loop-var", id: fresh(), name: `${loop.iv.name}_inner` };
  const outerTrip = Math.ceil(trip / factor);
  const innerUb = trip % factor === 0 ? ic(factor) : min(ic(factor), sub(ic(trip), mul(iter(ov), factor)));
  const orig = add(mul(add(mul(iter(ov), factor), iter(iv)), step), ic(lb));
  const body = substIvs(loop.body, new Map([[loop.iv.id, orig]]));
  const inner: ir.For = { kind: "for", iv, lb: ic(0), ub: innerUb, step: 1, body, loopName: `${loop.loopName}.inner`, attrs: loop.attrs, range: loop.range };
  const outer: ir.For = {
    kind: "for", iv: ov, lb: ic(0), ub: ic(outerTrip), step: 1, body: [inner], loopName: `${loop.loopName}.outer`,
    ...(loop.opName !== undefined ? { opName: loop.opName } : {}),
    attrs: loop.attrs.reduction ? { reduction: true } : {}, range: loop.range,
  };
  return {
    module: updateLoop(m, ref.func, loop, [outer]),
    description: `split ${describeLoop(ref)} by ${factor} into ${outer.loopName} (${outerTrip}) and ${inner.loopName} (${factor})${trip % factor ? `, inner bound min(${factor}, ${trip} - ${factor}·outer)` : ""}`,
  };
});
export const { check, apply } = split;
