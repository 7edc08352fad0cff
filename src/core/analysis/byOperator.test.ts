import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { estimate } from "../api";
import { formatEstimate } from "./format";
import { operatorOf, totalsByOperator } from "./byOperator";

const gpt2 = readFileSync(new URL("../../../public/examples/gpt2_w4a8.py", import.meta.url), "utf8");

describe("totals by operator", () => {
  it("sums the GPT-2 W4A8 block's calls per operator kind: the 4 linears, add_layernorm called twice", () => {
    const e = estimate(gpt2).estimate!;
    const ops = totalsByOperator(e);
    expect(ops.map((o) => o.operator)).toEqual(["linear_w4a8", "attention", "add_layernorm", "gelu_q"]);
    const lin = ops[0]!;
    expect(lin.kernels).toBe(4);
    expect(lin.calls).toBe(4);
    const fn = (n: string) => e.functions.find((f) => f.name === n)!;
    expect(lin.latency).toBe(["linear_w4a8", "linear_w4a8_1", "linear_w4a8_2", "linear_w4a8_3"].reduce((s, n) => s + fn(n).latency, 0));
    const ln = ops.find((o) => o.operator === "add_layernorm")!;
    expect(ln.calls).toBe(2);
    expect(ln.latency).toBe(2 * fn("add_layernorm").latency);
    // the operators' latencies are the block's (its calls run one after another)
    expect(ops.reduce((s, o) => s + o.latency, 0)).toBe(e.latency);
    expect(ops.reduce((s, o) => s + o.resources.dsp, 0)).toBeLessThanOrEqual(e.resources.dsp);
    expect(lin.percent.latency).toBeCloseTo((100 * lin.latency) / e.latency, 1);
    const text = formatEstimate(e);
    expect(text).toMatch(/by operator/);
    expect(text).toMatch(/^add_layernorm\s+2\s+[\d,]+\s+[\d.]+%/m);
  });

  it("a single-kernel design has no operator table", () => {
    const e = estimate(readFileSync(new URL("../../../public/examples/gemm.py", import.meta.url), "utf8")).estimate!;
    expect(totalsByOperator(e)).toEqual([]);
    expect(formatEstimate(e)).not.toMatch(/by operator/);
  });

  it("names an operator by its kernels' name without the instance suffix", () => {
    expect(operatorOf("linear_w4a8_3")).toBe("linear_w4a8");
    expect(operatorOf("reshape3d_2d_1")).toBe("reshape3d_2d");
    expect(operatorOf("gelu_q")).toBe("gelu_q");
  });
});
