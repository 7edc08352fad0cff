/** `s.pipeline(axis, initiation_interval=1, rewind=False)`: attribute `pipeline_ii` (+ `rewind`) on the loop. */
import { boolArg, fail, intArg } from "./ir-util";
import { describeLoop, setLoopAttrs } from "./loop-attr";
import { definePrimitive } from "./primitive";

export const pipeline = definePrimitive((m, rec, ctx) => {
  const ii = intArg(rec, 1, ["ii", "initiation_interval"], 1);
  if (ii < 1) fail(rec, `pipeline(): the initiation interval must be at least 1, got ${ii}`);
  const rewind = boolArg(rec, 2, "rewind", false);
  const { module, ref } = setLoopAttrs(m, rec, ctx, rewind ? { pipelineII: ii, rewind } : { pipelineII: ii });
  return { module, description: `pipeline ${describeLoop(ref)} with II=${ii}${rewind ? " (rewind)" : ""}` };
});
export const { check, apply } = pipeline;
