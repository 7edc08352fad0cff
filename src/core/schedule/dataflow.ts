/**
 * `s.dataflow(axis)`: a function name puts `dataflow` on the function; a loop (handle or "func:loop")
 * puts it on that loop (reference §2.2).
 */
import { ScheduleError, fail, withFunc } from "./ir-util";
import { describeLoop, setLoopAttrs } from "./loop-attr";
import { definePrimitive } from "./primitive";

export const dataflow = definePrimitive((m, rec, ctx) => {
  const v = rec.kwargs.get("axis") ?? rec.args[0];
  if (v && v.k === "str" && !v.v.includes(":")) {
    const name = ctx.rename ? ctx.rename(v.v) : v.v;
    const f = m.funcs.find((x) => x.name === name);
    if (f) return { module: withFunc(m, { ...f, attrs: { ...f.attrs, dataflow: true } }), description: `mark function ${f.name} dataflow` };
    try {
      const { module, ref } = setLoopAttrs(m, rec, ctx, { dataflow: true });
      return { module, description: `mark loop ${describeLoop(ref)} dataflow` };
    } catch (e) {
      if (!(e instanceof ScheduleError)) throw e;
      fail(rec, `Dataflow loop ${v.v} not found: there is no function or loop of that name (functions: ${m.funcs.map((x) => x.name).join(", ")})`);
    }
  }
  const { module, ref } = setLoopAttrs(m, rec, ctx, { dataflow: true });
  return { module, description: `mark loop ${describeLoop(ref)} dataflow` };
});
export const { check, apply } = dataflow;
