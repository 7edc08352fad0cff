/**
 * The keyword arguments each schedule primitive takes (Allo's parameter names, plus the aliases this
 * compiler accepts). A keyword a primitive does not take is an error at the keyword, not a silent
 * default: `s.unroll("j", factr=4)` would otherwise unroll fully.
 */
import type { PrimitiveRecord } from "../frontend/schedule-record";
import { didYouMean, didYouMeanText } from "../suggest";
import { ScheduleError } from "./ir-util";

export const PRIMITIVE_KEYWORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["split", ["axis", "factor"]],
  ["reorder", []],
  ["fuse", []],
  ["tile", ["x", "y", "x_factor", "y_factor"]],
  ["unroll", ["axis", "factor"]],
  ["pipeline", ["axis", "initiation_interval", "ii", "rewind"]],
  ["parallel", ["axis"]],
  ["dataflow", ["axis"]],
  ["inline", ["axis"]],
  ["partition", ["target", "partition_type", "dim", "factor"]],
  ["reshape", ["target", "shape"]],
  ["buffer_at", ["target", "axis"]],
  ["reuse_at", ["target", "axis"]],
  ["compute_at", ["from_loop", "target_loop"]],
  ["to", ["target", "dst", "axis", "depth"]],
  ["relay", ["target", "dst", "axis", "depth"]],
  ["unfold", ["band_name", "axes", "axis", "factor"]],
  ["compose", ["schs", "id", "instantiate"]],
]);

/** Throws at the first keyword `rec.method` does not take, with "did you mean" and its fix when one is clearly meant. */
export function checkKeywords(rec: PrimitiveRecord): void {
  const known = PRIMITIVE_KEYWORDS.get(rec.method);
  if (!known) return;
  for (const k of rec.kwargs.keys()) {
    if (known.includes(k)) continue;
    const guess = didYouMean(k, known);
    const at = rec.keywordRanges?.get(k) ?? rec.kwargSpans?.get(k)?.range ?? rec.range;
    const takes = known.length ? `it takes ${known.map((x) => `${x}=`).join(", ")}` : "it takes no keyword arguments";
    throw new ScheduleError("E-schedule", `${rec.method}() got an unexpected keyword argument '${k}'${didYouMeanText(guess)}; ${takes}`, at,
      guess !== undefined && rec.keywordRanges?.has(k) ? { range: at, text: guess } : undefined);
  }
}
