/**
 * Dataflow regions (reference §3, DESIGN §6): lowering of @df.region / @df.kernel / Stream, the KPN
 * simulation with bounded FIFOs, deadlock and starvation diagnostics, the timed-mode trace, and the
 * errors a user meets while writing a region.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { architecture, compile, estimate, simulate } from "../src/core/api";
import type { Tensor } from "../src/core/api-types";

const I32 = { kind: "int", signed: true, bits: 32 } as const;
const ints = (shape: number[], f: (i: number) => number): Tensor => {
  const n = shape.reduce((a, b) => a * b, 1);
  return { type: I32, shape, data: Array.from({ length: n }, (_, i) => f(i)) };
};

/** A two-stage region; `body` pieces are substituted so each test states only what differs. */
function pc(opts: { depth?: number; n?: number; gets?: number; prodII?: number; consII?: number; order?: "pc" | "cp" } = {}): string {
  const n = opts.n ?? 16;
  const producer = `
    @df.kernel(mapping=[1], args=[A])
    def producer(A: int32[N]):
        for i in range(N):
            pipe.put(A[i] * 2)
`;
  const consumer = `
    @df.kernel(mapping=[1], args=[B])
    def consumer(B: int32[N]):
        for i in range(${opts.gets ?? "N"}):
            B[i] = pipe.get() + 1
`;
  const sched = [
    opts.prodII ? `s.pipeline("producer_0:i", initiation_interval=${opts.prodII})` : "",
    opts.consII ? `s.pipeline("consumer_0:i", initiation_interval=${opts.consII})` : "",
  ].filter(Boolean);
  return `import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df

N = ${n}


@df.region()
def top(A: int32[N], B: int32[N]):
    pipe: Stream[int32, ${opts.depth ?? 4}]
${opts.order === "cp" ? consumer + producer : producer + consumer}

s = df.customize(top)
${sched.join("\n")}
`;
}

/** ping and pong each fill a FIFO before reading the other's (shared with the browser tests). */
const PINGPONG = (depth: number) => readFileSync(join(__dirname, "fixtures/df_pingpong.py"), "utf8").replaceAll("DEPTH", String(depth));

const errors = (src: string) => compile(src).diagnostics.filter((d) => d.severity === "error").map((d) => `${d.line}:${d.col}: ${d.message}`);

describe("dataflow regions: lowering", () => {
  it("builds one function per kernel instance, channels as trailing parameters, a dataflow top calling them", () => {
    const r = compile(pc(), { graph: true });
    expect(errors(pc())).toEqual([]);
    expect(r.design!.functions).toEqual(["top", "producer_0", "consumer_0"]);
    expect(r.mlir).toMatch(/func\.func @producer_0\(%arg0: memref<16xi32>, %arg1: !allo\.stream<i32, 4>\)/);
    expect(r.mlir).toMatch(/%pipe = "allo\.stream_construct"\(\) \{name = "pipe"\} : \(\) -> !allo\.stream<i32, 4>/);
    expect(r.mlir).toMatch(/func\.func @top\(.*\) attributes \{[^}]*dataflow/);
    const g = r.graph!;
    expect(g.nodes.find((n) => n.id === "fifo:pipe")).toMatchObject({ kind: "fifo", depth: 4, type: "int32", parent: "kernel:top" });
    expect(g.edges.filter((e) => e.kind === "stream").map((e) => `${e.from}->${e.to}:${e.elements}`)).toEqual(["kernel:producer_0->fifo:pipe:16", "fifo:pipe->kernel:consumer_0:16"]);
  });

  it("lays out a mapping=[P0, P1] kernel as a PE grid with the FIFOs it uses", () => {
    const g = architecture(readExample("df_systolic.py")).graph!;
    const pes = g.nodes.filter((n) => n.kind === "pe");
    expect(pes).toHaveLength(36);
    expect(pes.find((n) => n.label === "gemm_2_3")!.grid).toEqual([2, 3]);
    // 4 rows × 5 links for A, 5 × 4 for B: only the channels some instance uses exist.
    expect(g.nodes.filter((n) => n.kind === "fifo")).toHaveLength(40);
    expect(g.edges.some((e) => e.from === "kernel:gemm_1_1" && e.to === "fifo:fifo_A_1_2" && e.elements === 4)).toBe(true);
    expect(g.edges.some((e) => e.from === "fifo:fifo_A_1_2" && e.to === "kernel:gemm_1_2")).toBe(true);
  });

  it("binds kernel parameters by name when args= is omitted, and region-less parameters in the older form", () => {
    const byName = pc().replace("mapping=[1], args=[A]", "mapping=[1]");
    expect(errors(byName)).toEqual([]);
    const older = `import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df

@df.region()
def top():
    pipe: Stream[int32, 2]

    @df.kernel(mapping=[1])
    def producer(A: int32[4]):
        for i in range(4):
            pipe.put(A[i])

    @df.kernel(mapping=[1])
    def consumer(B: int32[4]):
        for i in range(4):
            B[i] = pipe.get()
`;
    const r = simulate(older, { inputs: { A: ints([4], (i) => i + 10) } });
    expect(r.diagnostics).toEqual([]);
    expect(Array.from(r.args!.B!.data as number[])).toEqual([10, 11, 12, 13]);
  });

  it("a @df.kernel outside a region (Allo's older form) is a region of its own instances", () => {
    const src = `from allo.ir.types import int32
import allo.dataflow as df

M, N = 4, 6
P0 = 2


@df.kernel(mapping=[P0])
def scale(A: int32[M, N], B: int32[M, N]):
    p = df.get_pid()
    for i in range(p * 2, p * 2 + 2):
        for j in range(N):
            B[i, j] = A[i, j] * (p + 1)
`;
    const r = simulate(src, { inputs: { A: ints([4, 6], (i) => i) } });
    expect(r.diagnostics).toEqual([]);
    expect(compile(src).design!.functions).toEqual(["scale", "scale_0", "scale_1"]);
    expect(Array.from(r.args!.B!.data as number[])).toEqual(Array.from({ length: 24 }, (_, i) => i * (i < 12 ? 1 : 2)));
    expect(errors(src.replace("mapping=[P0]", "mapping=[P0], args=[A]"))).toEqual([expect.stringContaining("a @df.kernel outside a region takes its own parameters")]);
  });

  it("reports what a user gets wrong while writing a region, at the right place", () => {
    const base = pc();
    const cases: [string, string][] = [
      [base.replace("pipe.put(A[i] * 2)", "pipe[0].put(A[i] * 2)"), "'pipe' is a single stream, not an array of streams"],
      [base.replace("pipe.get() + 1", "pipe + 1"), "'pipe' is a stream: take a value with pipe.get()"],
      [base.replace("Stream[int32, 4]", "Stream[int32[4], 2]"), "'pipe' carries blocks of int32[4]; 'A[i] * 2' is a scalar"],
      [base.replace("Stream[int32, 4]", "Stream[int32, 0]"), "a stream's depth must be at least 1"],
      [base.replace("mapping=[1], args=[B]", "mapping=[1], args=[A, B]"), "args= binds 2 value(s) but kernel 'consumer' has 1 parameter(s)"],
      [base.replace("def consumer(B: int32[N])", "def consumer(C: int32[N])").replace("mapping=[1], args=[B]", "mapping=[1]").replace("B[i] = pipe", "C[i] = pipe"), "parameter 'C' of kernel 'consumer' is not an argument of region 'top'"],
      [base.replace("def consumer(B: int32[N])", "def consumer(B: int32[4])"), "parameter 'B' of kernel 'consumer' is int32[4] but region argument 'B' is int32[16]"],
      [base.replace("            pipe.put(A[i] * 2)", "            i0 = df.get_pid()\n            pipe.put(A[i] * 2)").replace("def top(", "def top_(").replace("df.customize(top)", "df.customize(top_)"), ""],
      [base.replace("    @df.kernel(mapping=[1], args=[A])\n", ""), "'producer' in region 'top' needs @df.kernel(mapping=[...])"],
      [base.replace("s = df.customize(top)", "s = allo.customize(top)\nt = df.customize(producer_fn)"), "name 'producer_fn' is not defined"],
      [base.replace("    pipe: Stream[int32, 4]\n", "    pipe: Stream[int32, 4]\n    x = foo()\n"), "name 'foo' is not defined"],
      [base.replace("    pipe: Stream[int32, 4]\n", "    pipe: Stream[int32, 4]\n    for i in range(2):\n        pass\n"), "a region holds stream declarations"],
    ];
    for (const [src, msg] of cases) {
      const errs = errors(src);
      if (msg === "") expect(errs).toEqual([]);
      else expect(errs.join("\n")).toContain(msg);
    }
  });

  it("warns about a FIFO that only one side uses, at its first use", () => {
    const src = pc().replace("B[i] = pipe.get() + 1", "B[i] = 1");
    const w = compile(src).diagnostics.filter((d) => d.code === "W-stream-one-sided");
    expect(w.map((d) => d.message)).toEqual(["'pipe' is written by producer_0 but no kernel gets from it; the writer blocks once it holds 4 element(s)"]);
    expect(src.slice(w[0]!.range.from, w[0]!.range.to)).toBe("pipe");
    expect(compile(pc()).diagnostics).toEqual([]);
  });

  it("points an out-of-range stream index at the index, naming the instance", () => {
    const src = readExample("df_systolic.py").replace("fifo_A[i, j + 1].put(a)", "fifo_A[i, j + 2].put(a)");
    const errs = errors(src);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^\d+:\d+: stream index 6 is out of range for dimension 2 of 'fifo_A' \(size 6\) in instance gemm_1_4$/);
    const col = Number(errs[0]!.split(":")[1]);
    const line = src.split("\n")[Number(errs[0]!.split(":")[0]) - 1]!;
    expect(line.slice(col - 1)).toMatch(/^j \+ 2\]/);
  });

  it("df.get_pid() outside a region kernel is an error", () => {
    const src = `import allo
from allo.ir.types import int32
import allo.dataflow as df

def k(A: int32[4]):
    i = df.get_pid()
    A[0] = 1
`;
    expect(errors(src).join("\n")).toContain("df.get_pid() is only meaningful inside a @df.kernel");
  });
});

/** A loader streams int16 tiles to a compute kernel (also exported and compiled in test/hls-export.test.ts). */
const BLOCKS = readFileSync(join(__dirname, "fixtures/df_blocks.py"), "utf8");

describe("dataflow regions: KPN simulation", () => {
  it("streams values through a FIFO in order, whatever order the kernels are written in", () => {
    for (const order of ["pc", "cp"] as const) {
      const r = simulate(pc({ order }), { inputs: { A: ints([16], (i) => i - 5) } });
      expect(r.diagnostics).toEqual([]);
      expect(Array.from(r.args!.B!.data as number[])).toEqual(Array.from({ length: 16 }, (_, i) => (i - 5) * 2 + 1));
      const t = r.dataflow!;
      expect(t.processes.map((p) => [p.name, p.done])).toEqual(order === "pc" ? [["producer_0", true], ["consumer_0", true]] : [["consumer_0", true], ["producer_0", true]]);
      expect(t.fifos).toMatchObject([{ name: "pipe", depth: 4, writers: ["producer_0"], readers: ["consumer_0"], puts: 16, gets: 16 }]);
      expect(t.fifos[0]!.maxOccupancy).toBeLessThanOrEqual(4);
    }
  });

  it("gives the same values for every FIFO depth (KPN determinism), and never holds more than the depth", () => {
    const want = simulate(pc({ depth: 64 })).args!.B!.data;
    for (const depth of [1, 2, 3, 16]) {
      const r = simulate(pc({ depth }), { timeline: true });
      expect(r.args!.B!.data).toEqual(want);
      expect(r.dataflow!.fifos[0]!.maxOccupancy).toBeLessThanOrEqual(depth);
      expect(Math.max(...r.dataflow!.fifos[0]!.occupancy.map((o) => o.n))).toBeLessThanOrEqual(depth);
    }
  });

  it("streams blocks (Stream[int16[Mt, K], 2]): each put sends a copy of the tile, get returns it as an array", () => {
    const I16 = { kind: "int", signed: true, bits: 16 } as const;
    const A: Tensor = { type: I16, shape: [8, 8], data: Array.from({ length: 64 }, (_, i) => ((i * 37) % 200) - 100) };
    const B: Tensor = { type: I16, shape: [8, 8], data: Array.from({ length: 64 }, (_, i) => ((i * 53) % 180) - 90) };
    const r = simulate(BLOCKS, { inputs: { A, B } });
    expect(r.diagnostics).toEqual([]);
    const a = A.data as number[], b = B.data as number[];
    const want = Array.from({ length: 64 }, (_, x) => {
      const i = Math.floor(x / 8), j = x % 8;
      let s = 0;
      for (let k = 0; k < 8; k++) s += a[i * 8 + k]! * b[k * 8 + j]!;
      return s;
    });
    expect(Array.from(r.args!.C!.data as number[])).toEqual(want);
    expect(r.dataflow!.fifos).toMatchObject([{ name: "pipe", type: "int16[4, 8]", puts: 2, gets: 2 }]);
    const g = architecture(BLOCKS).graph!;
    expect(g.edges.find((e) => e.from === "kernel:loader_0" && e.to === "fifo:pipe")?.elements).toBe(64);
    expect(compile(BLOCKS).mlir).toContain('%pipe_blk = "allo.stream_get"(%arg2) : (!allo.stream<memref<4x8xi16>, 2>) -> memref<4x8xi16>');
  });

  it("stops a cyclic wait with a deadlock naming the cycle, at the blocked put", () => {
    const src = PINGPONG(2);
    const r = simulate(src);
    const err = r.diagnostics.find((d) => d.severity === "error")!;
    expect(err.code).toBe("E-deadlock");
    expect(err.message).toBe(
      "deadlock: every process is blocked. ping_0 waits to put to 'q' (full, depth 2) until pong_0 gets from it; " +
      "pong_0 waits to put to 'r' (full, depth 2) until ping_0 gets from it. Deepen a FIFO on this cycle or reorder the puts and gets so each one can be matched.",
    );
    expect(src.slice(err.range.from, err.range.to)).toBe("q.put(A[i])");
    const d = r.dataflow!.deadlock!;
    expect(d.cycle).toEqual(["ping_0", "pong_0"]);
    expect(d.cycleFifos).toEqual(["q", "r"]);
    expect(d.blocked.map((b) => `${b.process} ${b.op} ${b.fifo} ${b.occupancy}/${b.depth}`)).toEqual(["ping_0 put q 2/2", "pong_0 put r 2/2"]);
    expect(r.args).toBeUndefined();
    // Deep enough FIFOs hold a whole phase: the same design runs.
    const ok = simulate(PINGPONG(8), { inputs: { A: ints([8], (i) => i), B: ints([8], (i) => 100 + i) } });
    expect(ok.diagnostics).toEqual([]);
    expect(Array.from(ok.args!.A!.data as number[])).toEqual([100, 101, 102, 103, 104, 105, 106, 107]);
    expect(Array.from(ok.args!.B!.data as number[])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("does not advise deepening when every FIFO on the cycle is empty", () => {
    // Each kernel gets before it puts: both wait on an empty FIFO, whatever its depth.
    const src = PINGPONG(8)
      .replace("        for i in range(N):\n            q.put(A[i])\n        for i in range(N):\n            A[i] = r.get()", "        for i in range(N):\n            A[i] = r.get()\n        for i in range(N):\n            q.put(A[i])")
      .replace("        for i in range(N):\n            r.put(B[i])\n        for i in range(N):\n            B[i] = q.get()", "        for i in range(N):\n            B[i] = q.get()\n        for i in range(N):\n            r.put(B[i])");
    const err = simulate(src).diagnostics.find((d) => d.code === "E-deadlock")!;
    expect(err.message).toContain("waits to get from 'r' (empty)");
    expect(err.message).toContain("Every FIFO on this cycle is empty, so deepening one does not help");
    expect(err.message).not.toContain("Deepen");
  });

  it("explains a consumer that waits for more than its producer sends", () => {
    const src = pc({ gets: 17, n: 16 }).replace("int32[N]):\n        for i in range(17)", "int32[N]):\n        for i in range(17)");
    const fixed = src.replace("B[i] = pipe.get() + 1", "B[i % N] = pipe.get() + 1");
    const r = simulate(fixed);
    const err = r.diagnostics.find((d) => d.severity === "error")!;
    expect(err.code).toBe("E-deadlock");
    expect(err.message).toBe("deadlock: consumer_0 waits to get from 'pipe' (empty), but producer_0 has finished after 16 put(s) and 16 get(s) on it. Make the number of puts and gets on 'pipe' match.");
    expect(fixed.slice(err.range.from, err.range.to)).toBe("pipe.get()");
    expect(r.dataflow!.deadlock!.cycle).toEqual([]);
  });

  it("a streaming kernel that calls a nested region waits for it, then streams on; the trace names every process", () => {
    // The inner region's processes run inside prod_0's step; the outer network must then resume
    // where it was (this used to end in "Cannot read properties of undefined (reading 'clk')").
    const src = `
import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df

N = 8

@df.region()
def inner(X: int32[N], Y: int32[N]):
    s: Stream[int32, 2]

    @df.kernel(mapping=[1], args=[X])
    def load(X: int32[N]):
        for i in range(N):
            s.put(X[i] * 3)

    @df.kernel(mapping=[1], args=[Y])
    def store(Y: int32[N]):
        for i in range(N):
            Y[i] = s.get() + 1

@df.region()
def top(A: int32[N], B: int32[N], C: int32[N]):
    q: Stream[int32, 2]

    @df.kernel(mapping=[1], args=[A, B])
    def prod(A: int32[N], B: int32[N]):
        inner(A, B)
        for i in range(N):
            q.put(A[i] + 100)

    @df.kernel(mapping=[1], args=[C])
    def cons(C: int32[N]):
        for i in range(N):
            C[i] = q.get() * 2
`;
    const A = ints([8], (i) => i - 2);
    const r = simulate(src, { inputs: { A }, timeline: true });
    expect(r.diagnostics).toEqual([]);
    expect(Array.from(r.args!.B!.data as number[])).toEqual([-5, -2, 1, 4, 7, 10, 13, 16]);
    expect(Array.from(r.args!.C!.data as number[])).toEqual([196, 198, 200, 202, 204, 206, 208, 210]);
    const t = r.dataflow!;
    expect(t.processes.map((p) => p.name)).toEqual(["prod_0", "cons_0", "load_0", "store_0"]);
    expect(t.fifos.map((f) => `${f.name}: ${f.writers} -> ${f.readers}`).sort()).toEqual(["q: prod_0 -> cons_0", "s: load_0 -> store_0"]);
    // prod_0 streams only after the inner region is done, so it finishes after the inner store.
    const finish = new Map(t.processes.map((p) => [p.name, p.finish]));
    expect(finish.get("prod_0")!).toBeGreaterThan(finish.get("store_0")!);
    expect(finish.get("cons_0")!).toBeGreaterThanOrEqual(finish.get("prod_0")!);
  });

  it("runs the CLI to a user error (exit 1) on a deadlock", () => {
    const dir = mkdtempSync(join(tmpdir(), "allo-df-"));
    const file = join(dir, "pingpong.py");
    writeFileSync(file, PINGPONG(1));
    const r = spawnSync(process.execPath, [join(__dirname, "../bin/allo-studio.mjs"), "run", file, "--out", dir], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/pingpong\.py:17:13: error: deadlock: every process is blocked\. ping_0 waits to put to 'q' \(full, depth 1\)/);
  });
});

describe("dataflow regions: timed mode", () => {
  it("a pipelined producer and consumer overlap: the region takes about N cycles, not 2N", () => {
    const src = pc({ n: 64, prodII: 1, consII: 1 });
    const r = simulate(src, { timeline: true });
    const t = r.dataflow!;
    const prod = t.processes.find((p) => p.name === "producer_0")!;
    const cons = t.processes.find((p) => p.name === "consumer_0")!;
    // 64 iterations at II 1 plus the pipeline's drain: the estimator's (64 − 1)·1 + depth.
    const est = estimate(src).estimate!;
    expect(prod.finish).toBe(est.functions.find((f) => f.name === "producer_0")!.latency);
    expect(prod.finish).toBeLessThanOrEqual(64 + 4);
    expect(cons.finish).toBeGreaterThanOrEqual(prod.finish);
    expect(cons.finish).toBeLessThanOrEqual(prod.finish + 4);
    expect(t.cycles).toBe(cons.finish);
    expect(Math.abs(est.latency - t.cycles)).toBeLessThanOrEqual(1);
  });

  it("a slow consumer fills the FIFO and stalls the producer on put; clocks do not depend on kernel order", () => {
    const runs = (["pc", "cp"] as const).map((order) => simulate(pc({ n: 32, depth: 2, prodII: 1, consII: 4, order }), { timeline: true }).dataflow!);
    for (const t of runs) {
      const prod = t.processes.find((p) => p.name === "producer_0")!;
      expect(prod.stalls.length).toBeGreaterThan(0);
      expect(prod.stalls.every((s) => s.op === "put" && s.fifo === "pipe" && s.to > s.from)).toBe(true);
      expect(t.fifos[0]!.maxOccupancy).toBe(2);
      // The consumer sets the pace: 32 iterations at II 4.
      expect(t.cycles).toBeGreaterThanOrEqual(32 * 4);
      expect(t.cycles).toBeLessThanOrEqual(32 * 4 + 4);
    }
    const key = (t: (typeof runs)[number]) => JSON.stringify(t.processes.map((p) => [p.name, p.finish, p.stalls]).sort());
    expect(key(runs[0]!)).toBe(key(runs[1]!));
  });

  it("records FIFO occupancy over time, ending empty", () => {
    const t = simulate(pc({ n: 16, depth: 4, prodII: 1, consII: 2 }), { timeline: true }).dataflow!;
    const occ = t.fifos[0]!.occupancy;
    expect(occ.length).toBeGreaterThan(2);
    for (let i = 1; i < occ.length; i++) expect(occ[i]!.t).toBeGreaterThan(occ[i - 1]!.t);
    expect(occ[occ.length - 1]!.n).toBe(0);
    expect(Math.max(...occ.map((o) => o.n))).toBe(4);
  });
});

function readExample(name: string): string {
  return readFileSync(join(__dirname, "../public/examples", name), "utf8");
}

describe("dataflow regions: seeded property tests", () => {
  /** mulberry32: failures reproduce from the printed seed. */
  const rng = (seed: number) => {
    let a = seed >>> 0;
    return (n: number) => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
  };

  it("a chain of random stages computes the composition of its stages, for any depths, II and kernel order", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const r = rng(seed);
      const n = 4 + r(12);
      const stages = 2 + r(4);
      const ops = Array.from({ length: stages - 1 }, () => ({ a: 1 + r(5), b: r(11) - 5 }));
      const depths = Array.from({ length: stages - 1 }, () => 1 + r(4));
      const kernels: string[] = [];
      kernels.push(`    @df.kernel(mapping=[1], args=[A])\n    def s0(A: int32[N]):\n        for i in range(N):\n            c0.put(A[i])\n`);
      for (let k = 1; k < stages - 1; k++) {
        const { a, b } = ops[k - 1]!;
        kernels.push(`    @df.kernel(mapping=[1])\n    def s${k}():\n        for i in range(N):\n            c${k}.put(c${k - 1}.get() * ${a} + ${b})\n`);
      }
      const last = ops[stages - 2]!;
      kernels.push(`    @df.kernel(mapping=[1], args=[B])\n    def s${stages - 1}(B: int32[N]):\n        for i in range(N):\n            B[i] = c${stages - 2}.get() * ${last.a} + ${last.b}\n`);
      // Shuffle the definition order; pipeline a random subset of stages.
      const order = kernels.map((k, i) => ({ k, key: r(1000) + i / 100 })).sort((x, y) => x.key - y.key).map((x) => x.k);
      const sched = Array.from({ length: stages }, (_, k) => (r(2) ? `s.pipeline("s${k}_0:i", initiation_interval=${1 + r(3)})` : "")).filter(Boolean);
      const src = `import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df

N = ${n}


@df.region()
def top(A: int32[N], B: int32[N]):
${depths.map((d, k) => `    c${k}: Stream[int32, ${d}]`).join("\n")}

${order.join("\n")}

s = df.customize(top)
${sched.join("\n")}
`;
      const input = Array.from({ length: n }, () => r(200) - 100);
      const res = simulate(src, { inputs: { A: ints([n], (i) => input[i]!) }, timeline: true });
      expect(res.diagnostics, `seed ${seed}`).toEqual([]);
      const want = input.map((x) => ops.reduce((v, o) => v * o.a + o.b, x));
      expect(Array.from(res.args!.B!.data as number[]), `seed ${seed}`).toEqual(want);
      const t = res.dataflow!;
      expect(t.processes.every((p) => p.done), `seed ${seed}`).toBe(true);
      t.fifos.forEach((f, k) => {
        expect(f.puts, `seed ${seed} ${f.name}`).toBe(n);
        expect(f.gets).toBe(n);
        expect(f.maxOccupancy).toBeLessThanOrEqual(depths[Number(f.name.slice(1))]!);
        void k;
      });
    }
  });

  it("a fork that alternates and a join that drains one side first deadlock exactly when the other FIFO is too shallow", () => {
    const seen = { deadlock: 0, ok: 0 };
    for (let seed = 1; seed <= 24; seed++) {
      const r = rng(1000 + seed);
      const half = 2 + r(6);
      const dl = 1 + r(4);
      const dr = 1 + r(half + 1);
      const src = `import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df

H = ${half}


@df.region()
def top(A: int32[2 * H], B: int32[2 * H]):
    left: Stream[int32, ${dl}]
    right: Stream[int32, ${dr}]

    @df.kernel(mapping=[1], args=[A])
    def fork(A: int32[2 * H]):
        for k in range(H):
            left.put(A[2 * k])
            right.put(A[2 * k + 1])

    @df.kernel(mapping=[1], args=[B])
    def join(B: int32[2 * H]):
        for k in range(H):
            B[k] = left.get()
        for k in range(H):
            B[H + k] = right.get()
`;
      const res = simulate(src, { inputs: { A: ints([2 * half], (i) => i * 7) } });
      // fork puts right[k] only while fewer than dr wait; join needs all H lefts first.
      const deadlocks = dr < half - 1;
      const d = res.dataflow!.deadlock;
      expect(!!d, `seed ${seed}: H=${half} dl=${dl} dr=${dr}`).toBe(deadlocks);
      seen[d ? "deadlock" : "ok"]++;
      if (d) {
        expect(d.cycle, `seed ${seed}`).toEqual(["fork_0", "join_0"]);
        expect(d.cycleFifos).toEqual(["right", "left"]);
        expect(res.diagnostics.find((x) => x.code === "E-deadlock")!.message).toContain(`fork_0 waits to put to 'right' (full, depth ${dr}) until join_0 gets from it; join_0 waits to get from 'left' (empty) until fork_0 puts to it`);
      } else {
        expect(Array.from(res.args!.B!.data as number[])).toEqual([...Array.from({ length: half }, (_, k) => 2 * k * 7), ...Array.from({ length: half }, (_, k) => (2 * k + 1) * 7)]);
      }
    }
    // The seeds cover both sides of the boundary.
    expect(seen.deadlock).toBeGreaterThan(3);
    expect(seen.ok).toBeGreaterThan(3);
  });
});
