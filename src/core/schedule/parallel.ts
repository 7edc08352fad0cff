/** `s.parallel(axis)`: attribute `parallel` (no Vivado pragma; kept for other backends). */
import { describeLoop, setLoopAttrs } from "./loop-attr";
import { definePrimitive } from "./primitive";

export const parallel = definePrimitive((m, rec, ctx) => {
  const { module, ref } = setLoopAttrs(m, rec, ctx, { parallel: true });
  return { module, description: `mark ${describeLoop(ref)} parallel` };
});
export const { check, apply } = parallel;
