/** `s.inline(axis=None)`: attribute `inline` on the named function (default: the schedule's top). */
import { fail, findFuncOrFail, withFunc } from "./ir-util";
import { definePrimitive } from "./primitive";

export const inline = definePrimitive((m, rec, ctx) => {
  const v = rec.kwargs.get("axis") ?? rec.args[0];
  let name = ctx.defaultFunc;
  if (v && v.k !== "none") {
    if (v.k !== "str") fail(rec, "Function name must be a string");
    name = ctx.rename ? ctx.rename(v.v) : v.v;
  }
  const f = findFuncOrFail(m, name, rec);
  return { module: withFunc(m, { ...f, attrs: { ...f.attrs, inline: true } }), description: `inline function ${f.name}` };
});
export const { check, apply } = inline;
