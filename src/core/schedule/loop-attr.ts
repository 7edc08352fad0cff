/** Shared core of the attribute-only loop primitives (pipeline, unroll, parallel, loop dataflow). */
import type { PrimitiveRecord } from "../frontend/schedule-record";
import type * as ir from "../ir/nodes";
import type { LoopRef, ScheduleContext } from "./ir-util";
import { describeLoop, resolveLoop, updateLoop } from "./ir-util";

export function setLoopAttrs(m: ir.Module, rec: PrimitiveRecord, ctx: ScheduleContext, attrs: ir.LoopAttrs): { module: ir.Module; ref: LoopRef } {
  const ref = resolveLoop(m, rec.kwargs.get("axis") ?? rec.args[0], rec, ctx);
  const loop: ir.For = { ...ref.loop, attrs: { ...ref.loop.attrs, ...attrs } };
  return { module: updateLoop(m, ref.func, ref.loop, [loop]), ref };
}

export { describeLoop };
