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
    const kinds = ops.filter((o) => !o.own);
    expect(kinds.map((o) => o.operator).sort()).toEqual(["add_layernorm", "attention", "gelu_q", "linear_w4a8"]);
    // largest latency first, then the top's own work (what it does between its calls)
    expect(kinds.map((o) => o.latency)).toEqual([...kinds.map((o) => o.latency)].sort((x, y) => y - x));
    expect(kinds[0]!.operator).toBe("linear_w4a8");
    const own = ops.filter((o) => o.own);
    expect(own.map((o) => o.operator)).toEqual([e.top]);
    expect(ops[ops.length - 1]).toBe(own[0]);
    const top = e.functions.find((f) => f.name === e.top)!;
    expect(own[0]!.latency).toBe(e.latency - kinds.reduce((s, o) => s + o.latency, 0));
    expect(own[0]!.resources).toEqual(top.ownResources);
    const lin = ops.find((o) => o.operator === "linear_w4a8")!;
    expect(lin.kernels).toBe(4);
    expect(lin.calls).toBe(4);
    const fn = (n: string) => e.functions.find((f) => f.name === n)!;
    // the four instances (qkv, proj, fc1, fc2) are one kind: the definition they instantiate
    const linears = e.functions.filter((f) => f.template === "linear_w4a8");
    expect(linears.map((f) => f.name).sort()).toEqual(["linear_w4a8_fc1", "linear_w4a8_fc2", "linear_w4a8_proj", "linear_w4a8_qkv"]);
    expect(lin.latency).toBe(linears.reduce((s, f) => s + f.latency, 0));
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

  it("names an operator by the definition its kernels instantiate, else by the name without a numeric suffix", () => {
    expect(operatorOf("linear_w4a8_3")).toBe("linear_w4a8");
    expect(operatorOf("reshape3d_2d_1")).toBe("reshape3d_2d");
    expect(operatorOf("gelu_q")).toBe("gelu_q");
    expect(operatorOf("linear_w4a8_qkv", "linear_w4a8")).toBe("linear_w4a8");
  });
});
