/**
 * `s.fuse(*axes)`: coalesces consecutive perfectly nested loops (outer → inner) into one loop
 * `a_b_fused` of the product trip count; each original variable is recovered as
 * lb + ((f floordiv inner-product) mod trip)·step. The iteration order is unchanged.
 */
import type * as ir from "../ir/nodes";
import type { LoopRef } from "./ir-util";
import { add, constValue, fail, fdiv, freshIds, ic, iter, mod, mul, resolveLoop, stepOrFail, substIvs, updateLoop } from "./ir-util";
import { definePrimitive } from "./primitive";

export const fuse = definePrimitive((m, rec, ctx) => {
  if (rec.args.length < 2) fail(rec, "Should at least input 2 loops to be fused");
  const refs: LoopRef[] = rec.args.map((a) => resolveLoop(m, a, rec, ctx));
  const loops = refs.map((r) => r.loop);
  const firstName = loops[0]!.loopName;
  for (let i = 0; i + 1 < loops.length; i++) {
    const cur = loops[i]!;
    if (refs[i + 1]!.func !== refs[0]!.func || cur.body.length !== 1 || cur.body[0] !== loops[i + 1]) {
      fail(rec, `Cannot find contiguous nested loops starting from Loop ${firstName}. Please specify the loop to be fused from outermost to innermost.` +
        (cur.body.includes(loops[i + 1]!) ? ` (loop ${cur.loopName} has other statements besides loop ${loops[i + 1]!.loopName})` : ""));
    }
  }
  const trips = loops.map((l) => {
    const lb = constValue(l.lb), ub = constValue(l.ub);
    if (lb === undefined || ub === undefined) fail(rec, `fuse() needs constant loop bounds; loop ${l.loopName} has bounds that depend on other loops or values`);
    return Math.max(0, Math.ceil((ub - lb) / stepOrFail(l, rec, "fuse")));
  });
  const total = trips.reduce((a, b) => a * b, 1);
  const name = `${loops.map((l) => l.loopName).join("_")}_fused`;
  const fv: ir.LoopVar = { kind: "loop-var", id: freshIds(m)(), name };
  const map = new Map<number, ir.Expr>();
  let inner = 1;
  for (let k = loops.length - 1; k >= 0; k--) {
    const l = loops[k]!;
    const q = fdiv(iter(fv), inner);
    const idx = k === 0 ? q : mod(q, trips[k]!);
    map.set(l.iv.id, add(mul(idx, stepOrFail(l, rec, "fuse")), ic(constValue(l.lb)!)));
    inner *= trips[k]!;
  }
  const first = loops[0]!;
  const fused: ir.For = {
    kind: "for", iv: fv, lb: ic(0), ub: ic(total), step: 1,
    body: substIvs(loops[loops.length - 1]!.body, map), loopName: name,
    ...(first.opName !== undefined ? { opName: first.opName } : {}),
    attrs: loops.some((l) => l.attrs.reduction) ? { ...first.attrs, reduction: true } : first.attrs,
    range: first.range,
  };
  return {
    module: updateLoop(m, refs[0]!.func, first, [fused]),
    description: `fuse ${loops.map((l) => l.loopName).join(", ")} of ${refs[0]!.func.name}:${refs[0]!.band} into ${name} (${total} iterations)`,
  };
});
export const { check, apply } = fuse;
