/** `s.unroll(axis, factor=0)`: attribute `unroll` (0 = fully); the simulator's order is unchanged. */
import { fail, intArg } from "./ir-util";
import { describeLoop, setLoopAttrs } from "./loop-attr";
import { definePrimitive } from "./primitive";

export const unroll = definePrimitive((m, rec, ctx) => {
  const factor = intArg(rec, 1, ["factor"], 0);
  if (factor < 0) fail(rec, `unroll(): factor must be 0 (full) or positive, got ${factor}`);
  const { module, ref } = setLoopAttrs(m, rec, ctx, { unroll: factor });
  return { module, description: factor === 0 ? `fully unroll ${describeLoop(ref)}` : `unroll ${describeLoop(ref)} by ${factor}` };
});
export const { check, apply } = unroll;
