import { describe, expect, it } from "vitest";
import type { LoopEstimate } from "../../core/api-types";
import { adviceFor, adviceForReason, isIIMiss, limitingLoops } from "./estimateAdvice";

const R = { dsp: 0, bram18k: 0, lut: 0, ff: 0, uram: 0 };
const loop = (name: string, latency: number, extra: Partial<LoopEstimate> = {}): LoopEstimate => ({
  name, func: "f", range: { from: 0, to: 0 }, tripCount: 16, tripMin: 16, tripMax: 16, pipelined: false, dataflow: false,
  iterationLatency: 1, latency, resources: R, why: [], loops: [], ...extra,
});

describe("estimateAdvice", () => {
  it("suggests the banks a port-bound II needs", () => {
    expect(adviceForReason({ text: "II 16: 16 loads + 16 stores of B per iteration, 2 ports per LUTRAM bank" }, 1))
      .toBe("partition B into 16 banks or more on the dimension this loop walks (complete, or cyclic with factor=16) to reach II 1");
    expect(adviceForReason({ text: "II 2: 120 loads of A0 per iteration, 4 on one of its 30 banks, 2 ports per LUTRAM bank" }, 1))
      .toContain("partition A0 into 60 banks");
  });
  it("names the carried dependence and the callee", () => {
    expect(adviceForReason({ text: "II 9: loop-carried dependence through scalar v (stored, then loaded the next iteration)" }, 1)).toContain("dependence through v");
    expect(adviceForReason({ text: "II 4: calls g, which accepts a new call every 4 cycles" }, 1)).toContain("pipeline the loops of g");
  });
  it("flags an II miss and follows the loops that take most of the latency", () => {
    const inner = loop("j", 90);
    const outer = loop("i", 100, { loops: [inner, loop("k", 5)] });
    const other = loop("z", 10);
    const lim = limitingLoops([outer, other], 120);
    expect([...lim.keys()].map((l) => l.name)).toEqual(["i", "j"]);
    expect(isIIMiss(loop("x", 9, { pipelined: true, ii: 9, requestedII: 1 }))).toBe(true);
    expect(isIIMiss(loop("x", 9, { pipelined: true, ii: 1, requestedII: 1 }))).toBe(false);
    expect(adviceFor(outer, true)[0]).toBe('pipeline it: s.pipeline("i") overlaps its 16 iterations (or pipeline a loop inside it)');
  });
});
