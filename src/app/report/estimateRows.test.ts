import { describe, expect, it } from "vitest";
import type { FunctionEstimate } from "../../core/api-types";
import { shortLabel } from "../charts/latencyBars";
import { groupInstances, latencyTime } from "./EstimateTables";

const R = { dsp: 0, bram18k: 0, lut: 0, ff: 0, uram: 0 };
const fn = (name: string, latency: number): FunctionEstimate => ({
  name, range: { from: 0, to: 0 }, latency, interval: latency, dataflow: false, resources: R, ownResources: R, loops: [], calls: [], why: [],
});

describe("estimate rows", () => {
  it("merge identical instances of a kernel and keep different ones apart", () => {
    const g = groupInstances([fn("gemm", 12), fn("gemm_PE_0_0", 12), fn("gemm_PE_0_1", 12), fn("gemm_PE_1_0", 12), fn("gemm_PE_1_1", 13)]);
    expect(g.map((x) => x.label)).toEqual(["gemm", "gemm_PE_* ×3", "gemm_PE_1_1"]);
  });
  it("give short latencies in ns, not 0 µs", () => {
    expect(latencyTime(12, 300)).toBe("40 ns");
    expect(latencyTime(45_088, 300)).toBe("150.3 µs");
  });
  it("cut long chart labels in the middle so that they stay distinct", () => {
    const a = shortLabel("  S_y_x_0_reuse_y_fill");
    const b = shortLabel("  S_y_x_0_reuse_y_fill_d1");
    expect(a).not.toBe(b);
    expect(b.endsWith("fill_d1")).toBe(true);
    expect(b.length).toBeLessThanOrEqual(20);
  });
});
