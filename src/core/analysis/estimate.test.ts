/**
 * The estimator on small kernels with hand-computed numbers (operator table: BRAM/port load 2 cycles,
 * store 1, int add 1, float32 add 4; registers 0). Each test states the arithmetic it checks.
 */
import { describe, expect, it } from "vitest";
import { compileDesign } from "../compile";
import type * as ir from "../ir/nodes";
import { walkStmts } from "../ir/nodes";
import { estimate, iterationCycles } from "./index";
import type { Estimate, LoopEstimate } from "./types";

function design(src: string) {
  const c = compileDesign(src);
  if (!c.design) throw new Error(c.sink.items.map((d) => d.message).join("; "));
  return c.design;
}

function est(src: string, step?: number): Estimate {
  const d = design(src);
  return estimate(step === 0 ? d.unscheduled : d.module);
}

function loop(e: Estimate, name: string): LoopEstimate {
  const all: LoopEstimate[] = [];
  const visit = (ls: readonly LoopEstimate[]) => ls.forEach((l) => { all.push(l); visit(l.loops); });
  e.functions.forEach((f) => visit(f.loops));
  const l = all.find((x) => x.name === name);
  if (!l) throw new Error(`no loop ${name}: ${all.map((x) => x.name).join(", ")}`);
  return l;
}

const HEAD = "import allo\nfrom allo.ir.types import int32, float32\n\n";

describe("pipelined loops", () => {
  const SRC = `${HEAD}def k(A: int32[64], B: int32[64]):
    for i in range(64):
        B[i] = A[i] + 1


s = allo.customize(k)
s.pipeline("i")
`;
  it("have latency (trip − 1)·II + depth", () => {
    // depth = load A (2) + add (1) + store B (1) = 4; II 1; latency = 63·1 + 4 = 67.
    const l = loop(est(SRC), "i");
    expect(l).toMatchObject({ pipelined: true, tripCount: 64, ii: 1, iterationLatency: 4, latency: 67 });
    expect(l.why.map((w) => w.text).join("\n")).toContain("(64 − 1)·1 + 4 = 67");
  });

  it("run iterations one after another when not pipelined", () => {
    // 64 iterations × 4 cycles.
    const e = est(SRC, 0);
    expect(loop(e, "i")).toMatchObject({ pipelined: false, latency: 256, iterationLatency: 4 });
    expect(e.latency).toBe(256);
  });

  it("give the simulator's timed mode the II per iteration", () => {
    const d = design(SRC);
    const f = d.module.funcs[0]!;
    let l: ir.For | undefined;
    walkStmts(f.body, (s) => { if (s.kind === "for") l = s; });
    expect(iterationCycles(f, l!, d.module)).toBe(1);
    const f0 = d.unscheduled.funcs[0]!;
    let l0: ir.For | undefined;
    walkStmts(f0.body, (s) => { if (s.kind === "for") l0 = s; });
    expect(iterationCycles(f0, l0!)).toBe(4);
  });
});

describe("memory ports", () => {
  const SRC = (schedule: string) => `${HEAD}def k(A: int32[256]) -> int32[64]:
    L: int32[256] = 0
    for j in range(256):
        L[j] = A[j]
    B: int32[64] = 0
    for i in range(64):
        B[i] = L[4 * i] + L[4 * i + 1] + L[4 * i + 2] + L[4 * i + 3]
    return B


s = allo.customize(k)
s.pipeline("i")
${schedule}`;

  it("raise the II: 4 loads of one BRAM bank with 2 ports need II 2", () => {
    // L is 256×32 bits = 8 Kb → BRAM. depth = load 2 + three adds 3 + store 1 + 1 (the second pair of
    // loads issues a cycle later) = 7; latency = 63·2 + 7 = 133.
    const l = loop(est(SRC("")), "i");
    expect(l).toMatchObject({ ii: 2, requestedII: 1, iterationLatency: 7, latency: 133 });
    const why = l.why.find((w) => w.text.startsWith("II 2"));
    expect(why?.text).toBe("II 2: 4 loads of L per iteration, 2 ports per BRAM bank");
    expect(why?.range).toBeDefined();
  });

  it("are relieved by a cyclic partition of factor 4 (one load per bank)", () => {
    // 4 banks of 64×32 bits (BRAM each); bank of L[4i + c] is c: II 1, depth 6, latency 63 + 6 = 69.
    const e = est(SRC("s.partition(s.L, partition_type=2, dim=1, factor=4)"));
    expect(loop(e, "i")).toMatchObject({ ii: 1, iterationLatency: 6, latency: 69 });
    expect(e.resources.bram18k).toBe(4 + 1); // L: 4 banks of 64×32 bits, one 512×36 BRAM18K each; B: one
  });

  it("count a block partition's banks from the index range", () => {
    // Block factor 2: L[4i+c] bank depends on i (unknown per iteration): every load counts on every bank.
    const l = loop(est(SRC("s.partition(s.L, partition_type=1, dim=1, factor=2)")), "i");
    expect(l.ii).toBe(2);
    expect(l.why.some((w) => w.text.includes("known only at run time"))).toBe(true);
  });
});

describe("loop-carried dependences", () => {
  const SRC = `${HEAD}def k(A: float32[64]) -> float32:
    acc: float32 = 0.0
    for i in range(64):
        acc += A[i]
    return acc


s = allo.customize(k)
s.pipeline("i")
`;
  it("through a float accumulator raise II to the adder's latency", () => {
    // acc is a register: the chain load acc (0) → fadd (4) → store (0) repeats every iteration: II 4.
    // depth = load A 2 + fadd 4 = 6; latency = 63·4 + 6 = 258.
    const l = loop(est(SRC), "i");
    expect(l).toMatchObject({ ii: 4, iterationLatency: 6, latency: 258 });
    expect(l.why.some((w) => /II 4: loop-carried dependence through scalar acc .*float32 add \(4 cycles\)/.test(w.text))).toBe(true);
  });

  it("do not exist for an element-wise loop (each iteration writes its own element)", () => {
    const src = `${HEAD}def k(A: float32[64]) -> float32[64]:
    B: float32[64] = 0.0
    for i in range(64):
        B[i] = B[i] + A[i]
    return B


s = allo.customize(k)
s.pipeline("i")
`;
    expect(loop(est(src), "i").ii).toBe(1);
  });
});

describe("unrolling", () => {
  const SRC = (schedule: string) => `${HEAD}def k(A: int32[16], B: int32[16]) -> int32[16]:
    C: int32[16] = 0
    for i in range(16):
        C[i] = A[i] * B[i]
    return C


s = allo.customize(k)
${schedule}`;
  it("replicates the multipliers: a 32×32 multiply is 4 DSP48E2 (27×18), unroll by 4 makes 16", () => {
    const one = est(SRC(""));
    const four = est(SRC(`s.unroll("i", factor=4)`));
    expect(loop(one, "i").resources.dsp).toBe(4);
    expect(loop(four, "i").resources.dsp).toBe(16);
    expect(four.resources.dsp).toBe(16);
  });

  it("runs the copies together: 4 groups instead of 16 iterations", () => {
    // Not unrolled: 16 × (load 2 + mul 2 + store 1 = 5) = 80. Unrolled by 4: 4 copies × 2 loads of A
    // and of B each on 2 ports: one group takes 5 + (4/2 − 1) = 6 cycles; 4 groups = 24.
    expect(loop(est(SRC("")), "i").latency).toBe(80);
    expect(loop(est(SRC(`s.unroll("i", factor=4)`)), "i").latency).toBe(24);
  });
});

describe("dataflow", () => {
  const SRC = (schedule: string) => `${HEAD}def f1(A: int32[64], B: int32[64]):
    for i in range(64):
        B[i] = A[i] + 1


def f2(B: int32[64], C: int32[64]):
    for i in range(64):
        C[i] = B[i] + 2


def f3(A: int32[64], D: int32[64]):
    for i in range(64):
        D[i] = A[i] + 3


def top(A: int32[64], C: int32[64], D: int32[64]):
    B: int32[64] = 0
    f1(A, B)
    f2(B, C)
    f3(A, D)


s = allo.customize(top)
${schedule}`;
  it("runs stages one after another without it", () => {
    // f1, f2, f3: 64 × (load 2 + add 1 + store 1) = 256 each, one after another; B's zero fill:
    // 64 writes to its one BRAM bank = 64.
    const e = est(SRC(""));
    expect(e.functions.find((f) => f.name === "f1")!.latency).toBe(256);
    expect(e.latency).toBe(64 + 3 * 256);
  });

  it("overlaps independent stages and starts consumers when their producer is done", () => {
    // Stages f1, f2, f3: f1 and f3 start at once; f2 reads B, written by f1 (an array: ping-pong),
    // starts at 256: latency 512 = f2's end; interval 256 = the slowest stage.
    const e = est(SRC(`s.dataflow("top")`));
    expect(e.functions[0]).toMatchObject({ name: "top", dataflow: true, latency: 512, interval: 256 });
    expect(e.functions[0]!.why[0]!.text).toMatch(/^dataflow: 3 stages \(2 start at once\)/);
  });
});

describe("the estimate", () => {
  it("is plain data with a device and utilization", () => {
    const e = est(`${HEAD}def k(A: float32[32], B: float32[32]) -> float32[32]:
    C: float32[32] = 0.0
    for i in range(32):
        C[i] = A[i] * B[i]
    return C
`);
    expect(structuredClone(e)).toEqual(e);
    expect(e.device.name).toBe("u280");
    expect(e.resources.dsp).toBe(3); // one float32 multiplier
    expect(e.utilization.dsp).toBeCloseTo((100 * 3) / 9024, 2);
    expect(e.throughput.macs).toBe(32);
    expect(e.throughput.dspPerMac).toBe(3);
  });

  it("counts an unknown statement kind as one cycle instead of throwing", () => {
    const d = design(`${HEAD}def k(A: int32[4]):
    for i in range(4):
        A[i] = 1
`);
    const f = d.module.funcs[0]!;
    const odd = { kind: "mystery", range: f.range } as unknown as ir.Stmt;
    const m: ir.Module = { ...d.module, funcs: [{ ...f, body: f.body.map((s) => (s.kind === "for" ? { ...s, body: [odd] } : s)) }] };
    expect(loop(estimate(m), "i")).toMatchObject({ iterationLatency: 1, latency: 4 });
  });
});


describe("scalars and unroll inside pipelined loops", () => {
  const ACC = (decl: "inside" | "outside") => `${HEAD}def k(A: float32[8, 4]) -> float32[8]:
    B: float32[8] = 0.0
${decl === "outside" ? "    v: float32 = 0.0\n" : ""}    for i in range(8):
${decl === "inside" ? "        v: float32 = 0.0\n" : ""}        for r in range(4):
            v += A[i, r]
        B[i] = v
    return B


s = allo.customize(k)
s.partition(s.A, dim=2)
s.pipeline("i")
`;
  it("a scalar declared in the loop body carries nothing to the next iteration", () => {
    const l = loop(est(ACC("inside")), "i");
    expect(l.ii).toBe(1);
    expect(l.why.map((w) => w.text).join("\n")).not.toMatch(/loop-carried/);
  });

  it("a scalar declared before the loop still carries its float accumulation (II ≥ the adder's 4 × 4 chained adds)", () => {
    const l = loop(est(ACC("outside")), "i");
    expect(l.ii).toBeGreaterThan(1);
    expect(l.why.map((w) => w.text).join("\n")).toMatch(/II \d+: loop-carried dependence through scalar v/);
  });

  const MUL = (partition: boolean) => `${HEAD}def k(A: int32[64], C: int32[64]) -> int32[64]:
    B: int32[64] = 0
    for i in range(64):
        B[i] = A[i] * C[i]
    return B


s = allo.customize(k)
s.pipeline("i")
s.unroll("i", factor=4)
${partition ? "s.partition(s.A, partition_type=2, dim=1, factor=4)\ns.partition(s.C, partition_type=2, dim=1, factor=4)\ns.partition(s.B, partition_type=2, dim=1, factor=4)\n" : ""}`;
  it("an unroll factor on a pipelined loop makes each iteration a group of copies: trip / 4 iterations, 4× the multipliers", () => {
    const plain = loop(est(MUL(true).replace('s.unroll("i", factor=4)\n', "")), "i");
    const l = loop(est(MUL(true)), "i");
    // 16 groups at II 1: (16 − 1)·1 + depth.
    expect(l).toMatchObject({ tripCount: 16, ii: 1 });
    expect(l.latency).toBe(15 + l.iterationLatency);
    expect(l.latency).toBeLessThan(plain.latency);
    expect(l.resources.dsp).toBe(4 * plain.resources.dsp);
    expect(l.why.map((w) => w.text)).toContain("unrolled by 4: 16 pipeline iterations of 4 copies each");
  });

  it("the copies of an unrolled group share the memory ports of an unpartitioned array", () => {
    // 4 loads of A per iteration on a 2-port memory: II 2.
    const l = loop(est(MUL(false)), "i");
    expect(l.ii).toBe(2);
    expect(l.why.map((w) => w.text).join("\n")).toMatch(/II 2: 4 loads of A per iteration/);
  });

  it("the timed simulator advances II / factor per original iteration", () => {
    const d = design(MUL(false));
    const f = d.module.funcs.find((x) => x.name === "k")!;
    let l: ir.For | undefined;
    walkStmts(f.body, (s) => { if (s.kind === "for" && s.loopName === "i") l = s; });
    expect(iterationCycles(f, l!, d.module)).toBe(0.5);
  });
});

describe("loops whose trip count is unknown", () => {
  const SRC = `${HEAD}def k(A: int32[16]) -> int32[16]:
    B: int32[16] = 0
    for i in range(16):
        x: int32 = A[i]
        n: int32 = 0
        while x > 1:
            x = x >> 1
            n += 1
        B[i] = n
    return B
`;
  it("mark the while loop's trip as unknown and every latency that assumed it", () => {
    const e = est(SRC);
    const w = loop(e, "while");
    expect(w).toMatchObject({ tripUnknown: true, latencyUnknown: true });
    expect(loop(e, "i").latencyUnknown).toBe(true);
    expect(e.functions[0]!.latencyUnknown).toBe(true);
    expect(e.latencyUnknown).toBe(true);
  });

  it("print '?' for the trip and mark the latencies in the report", async () => {
    const { formatEstimate } = await import("./format");
    const text = formatEstimate(est(SRC));
    expect(text).toMatch(/^latency \d+\? cycles/m);
    expect(text).toMatch(/loop while +\? +- +\d+\?/);
    expect(text).toMatch(/loop i +16 +- +\d+\?/);
  });

  it("leave designs without such loops unmarked", async () => {
    const { formatEstimate } = await import("./format");
    const e = est(SRC.replace(/ +while x > 1:\n.*\n.*\n/, ""));
    expect(e.latencyUnknown).toBeUndefined();
    expect(formatEstimate(e)).not.toMatch(/\d\?|  \?  /);
  });
});

describe("partitioned top-level arrays", () => {
  const SRC = (partition: boolean) => `${HEAD}def k(A: int32[4, 8]) -> int32[4]:
    B: int32[4] = 0
    for i in range(4):
        s: int32 = 0
        for j in range(8):
            s += A[i, j]
        B[i] = s
    return B


s = allo.customize(k)
s.pipeline("i")
${partition ? "s.partition(s.A, dim=2)\n" : ""}`;
  it("are on-chip copies: the estimate counts loading them (32 elements + 2 cycles) and their memory", () => {
    const port = est(SRC(false));
    const copy = est(SRC(true));
    expect(port.onChipCopyCycles).toBeUndefined();
    expect(copy.onChipCopyCycles).toBe(34);
    expect(copy.functions[0]!.why.map((w) => w.text)).toContain("on-chip copy of A (partitioned, so not an m_axi port): 34 cycles to load it, one element per cycle");
    // The copy's memory is counted (8 LUTRAM banks of 4 × 32 bits: 8 × 32 LUTs); a port has none.
    expect(copy.resources.lut - port.resources.lut).toBeGreaterThanOrEqual(8 * 32);
    // The partition pays off inside: 8 loads of A per iteration on 8 banks.
    expect(loop(copy, "i").ii!).toBeLessThan(loop(port, "i").ii!);
  });
});
