/**
 * `s.tile(x, y, x_factor, y_factor)`: split both loops, then reorder to x.outer, y.outer, x.inner,
 * y.inner (HeteroCL's tile; Allo keeps it as a dialect op only). Written as a composition of the
 * split and reorder primitives (STYLE §3). Tiling is legal only for a fully permutable pair (every
 * dependence forward in both loops), checked on the nest before splitting (dependence.ts).
 */
import type { PrimitiveRecord } from "../frontend/schedule-record";
import type { PyValue } from "../frontend/values";
import { pyInt } from "../frontend/values";
import { fail, intArg, perfectNest, resolveLoop } from "./ir-util";
import { tilingViolation } from "./dependence";
import { definePrimitive } from "./primitive";
import { reorder } from "./reorder";
import { split } from "./split";

export const tile = definePrimitive((m, rec, ctx) => {
  const xv = rec.kwargs.get("x") ?? rec.args[0];
  const yv = rec.kwargs.get("y") ?? rec.args[1];
  const xf = intArg(rec, 2, ["x_factor"], -1);
  const yf = intArg(rec, 3, ["y_factor"], -1);
  if (!xv || !yv || xf < 0 || yf < 0) fail(rec, "tile() needs two loops and two factors: s.tile(\"i\", \"j\", x_factor=4, y_factor=4)");
  const x = resolveLoop(m, xv, rec, ctx);
  const y = resolveLoop(m, yv, rec, ctx);
  if (x.loop.body.length !== 1 || x.loop.body[0] !== y.loop) {
    fail(rec, `Cannot find contiguous nested loops starting from Loop ${x.loop.loopName}`);
  }
  const bad = tilingViolation(perfectNest(x.loop), x.loop, y.loop);
  if (bad) {
    const X = x.loop.loopName, Y = y.loop.loopName;
    fail(rec, `Cannot tile ${X}, ${Y}: ${bad.buffer} is written as ${bad.write} and ${bad.otherIsWrite ? "written again" : "read"} as ${bad.other}, ` +
      `a loop-carried dependence of distance (${bad.distance.join(", ")}) over (${perfectNest(x.loop).map((l) => l.loopName).join(", ")}), which goes backwards in one of ${X}, ${Y}; ` +
      `a tile would run before the tile it depends on. Tile only loops whose dependences all point forward, or write the results to a separate buffer first.`, "E-schedule-dependence");
  }
  const sub = (method: string, args: PyValue[], kw: [string, PyValue][] = []): PrimitiveRecord => ({ ...rec, method, args, kwargs: new Map(kw) });
  const handle = (band: string, name: string): PyValue => ({ k: "loop-handle", func: x.func.name, path: [band, name], range: rec.range });
  const fx = split.plan(m, sub("split", [handle(x.band, x.loop.loopName), pyInt(xf)]), ctx);
  const fy = split.plan(fx.module, sub("split", [handle(x.band, y.loop.loopName), pyInt(yf)]), ctx);
  const X = x.loop.loopName, Y = y.loop.loopName;
  const ro = reorder.plan(fy.module, sub("reorder", [`${X}.outer`, `${Y}.outer`, `${X}.inner`, `${Y}.inner`].map((n) => handle(x.band, n))), ctx);
  return { module: ro.module, description: `tile ${X}, ${Y} by ${xf}×${yf}: ${fx.description}; ${fy.description}; ${ro.description}` };
});
export const { check, apply } = tile;
