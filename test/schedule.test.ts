/**
 * The schedule engine: each primitive's effect on the printed IR and its simulated results, its
 * diagnostics (text and range), the gallery's schedules step by step (simulation and mlir-opt), and
 * a seeded property test of random integer loop nests under random primitive sequences.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileDesign } from "../src/core/compile";
import type { PrimitiveRecord } from "../src/core/frontend/schedule-record";
import type { PyValue } from "../src/core/frontend/values";
import { printModule } from "../src/core/ir/mlir";
import type { For, Module } from "../src/core/ir/nodes";
import { applySchedule, differentialCheck } from "../src/core/schedule/index";
import type { ScheduleStep } from "../src/core/schedule/index";
import { bandsOf, loopsIn, perfectNest } from "../src/core/schedule/ir-util";
import { Verifier } from "../src/core/analysis/verify";

// ------------------------------------------------------------------ helpers

function design(source: string): { module: Module; records: PrimitiveRecord[]; top: string } {
  const c = compileDesign(source);
  const records = c.design?.schedule?.records ?? [];
  // The pipeline applies the schedule too; its step errors are what these tests examine, so only
  // errors outside the schedule calls count here.
  const inRecord = (d: { range: { from: number; to: number } }) => records.some((r) => d.range.from >= r.range.from && d.range.to <= r.range.to);
  const errors = c.sink.items.filter((d) => d.severity === "error" && !inRecord(d));
  expect(errors, errors.map((d) => `${d.line}:${d.col} ${d.message}`).join("\n")).toEqual([]);
  return { module: c.design!.unscheduled, records: [...records], top: c.design!.schedule?.top ?? c.design!.unscheduled.top };
}

/** Applies the file's schedule and checks every applied step simulates like the unscheduled module. */
function schedule(source: string, seed = 1): { steps: ScheduleStep[]; final: Module; base: Module } {
  const d = design(source);
  const r = applySchedule(d.module, d.records, d.top);
  for (const s of r.steps) {
    if (s.status !== "applied") continue;
    const diff = differentialCheck(d.module, s.module, seed);
    expect(diff, `step ${s.index} ${s.text}`).toEqual({ equal: true });
  }
  return { ...r, base: d.module };
}

function only(steps: ScheduleStep[]): ScheduleStep {
  expect(steps.map((s) => s.status)).toEqual(steps.map(() => "applied"));
  return steps[steps.length - 1]!;
}

/** The step's single diagnostic, with its range checked against the call's source text. */
function errorOf(source: string, steps: ScheduleStep[], index: number): string {
  const s = steps[index - 1]!;
  expect(s.status).toBe("error");
  expect(s.diagnostics).toHaveLength(1);
  const d = s.diagnostics[0]!;
  // Within the call: at the bad argument when there is one.
  expect(d.range.from >= s.range.from && d.range.to <= s.range.to, source.slice(d.range.from, d.range.to)).toBe(true);
  steps.slice(index).forEach((x) => expect(x.status).toBe("skipped"));
  return d.message;
}

const GEMM = (sched: string, elem = "int32") => `
import allo
from allo.ir.types import int32, float32

def gemm(A: ${elem}[8, 6], B: ${elem}[6, 10]) -> ${elem}[8, 10]:
    C: ${elem}[8, 10] = 0
    for i, j in allo.grid(8, 10):
        for k in allo.reduction(6):
            C[i, j] += A[i, k] * B[k, j]
    return C

s = allo.customize(gemm)
${sched}
`;

// ------------------------------------------------------------------ attribute primitives

describe("loop attribute primitives", () => {
  it("pipeline sets pipeline_ii (default 1, initiation_interval=, rewind)", () => {
    const { steps } = schedule(GEMM(`s.pipeline("j")\ns.pipeline("k", initiation_interval=2, rewind=True)`));
    const text = printModule(only(steps).module);
    expect(text).toMatch(/loop_name = "j", pipeline_ii = 1 : ui32/);
    expect(text).toMatch(/loop_name = "k", op_name = "S_k_0", pipeline_ii = 2 : ui32, reduction, rewind/);
    expect(steps[0]!.description).toBe("pipeline gemm:S_i_j_0.j with II=1");
  });
  it("unroll sets unroll (0 = full) and parallel sets parallel", () => {
    const { steps } = schedule(GEMM(`s.unroll("k")\ns.unroll("j", factor=2)\ns.parallel("i")`));
    const text = printModule(only(steps).module);
    expect(text).toContain(`loop_name = "k", op_name = "S_k_0", unroll = 0 : ui32, reduction`);
    expect(text).toContain(`loop_name = "j", unroll = 2 : ui32`);
    expect(text).toContain(`loop_name = "i", op_name = "S_i_j_0", parallel`);
  });
  it("addresses loops through get_loops handles and func:loop strings", () => {
    const { steps } = schedule(GEMM(`loops = s.get_loops()\ns.pipeline(loops.S_i_j_0.j)\ns.unroll("gemm:k", factor=3)`));
    const text = printModule(only(steps).module);
    expect(text).toContain(`loop_name = "j", pipeline_ii = 1 : ui32`);
    expect(text).toContain(`unroll = 3 : ui32`);
  });
  it("reports an unknown loop, listing the loops that exist", () => {
    const src = GEMM(`s.pipeline("x")\ns.unroll("i")`);
    const { steps } = schedule(src);
    expect(errorOf(src, steps, 1)).toBe("Cannot find the band of loop x in function gemm; its loops are: i, j, k");
  });
  it("reports a loop name found in several bands", () => {
    const src = `
import allo
from allo.ir.types import int32

def f(A: int32[4]) -> int32[4]:
    B: int32[4] = 0
    for i in range(4):
        B[i] = A[i]
    for i in range(4):
        B[i] += 1
    return B

s = allo.customize(f)
s.pipeline("i")
`;
    expect(errorOf(src, schedule(src).steps, 1)).toMatch(/^Find multiple bands containing loop i in function f \(S_i_0, S_i_1\)/);
  });
  it("dataflow and inline mark functions", () => {
    const { steps } = schedule(GEMM(`s.dataflow("gemm")\ns.inline()`));
    expect(printModule(only(steps).module)).toMatch(/attributes \{[^}]*dataflow[^}]*inline/);
  });
  it("dataflow on a loop handle marks the loop; an unknown name is an error", () => {
    const src = GEMM(`s.dataflow(s.get_loops()["S_i_j_0"]["i"])\ns.dataflow("nope")`);
    const { steps } = schedule(src);
    expect(printModule(steps[0]!.module)).toContain(`loop_name = "i", op_name = "S_i_j_0", dataflow`);
    expect(errorOf(src, steps, 2)).toMatch(/^Dataflow loop nope not found/);
  });
  it("inline needs a function name string", () => {
    const src = GEMM(`s.inline(3)`);
    expect(errorOf(src, schedule(src).steps, 1)).toBe("Function name must be a string");
  });
});

// ------------------------------------------------------------------ loop transformations

describe("split", () => {
  it("splits into i.outer / i.inner and keeps results", () => {
    const { steps } = schedule(GEMM(`s.split("j", factor=5)`));
    const text = printModule(only(steps).module);
    expect(text).toContain(`loop_name = "j.inner"`);
    expect(text).toContain(`loop_name = "j.outer"`);
    expect(text).toMatch(/affine.for %\w+ = 0 to 2 \{/);
  });
  it("uses a min bound when the factor does not divide the trip count", () => {
    const { steps } = schedule(GEMM(`s.split("i", factor=3)`));
    const text = printModule(only(steps).module);
    expect(text).toMatch(/to min affine_map/);
    expect(text).toContain(`op_name = "S_i_j_0"`);
  });
  it("splits a loop with a non-zero lower bound", () => {
    const src = `
import allo
from allo.ir.types import int32

def f(A: int32[20]) -> int32[20]:
    B: int32[20] = 0
    for i in range(2, 19):
        B[i] = A[i - 1] + A[i + 1]
    return B

s = allo.customize(f)
s.split("i", factor=4)
`;
    only(schedule(src).steps);
  });
  it("rejects a factor at least the loop's trip count", () => {
    const src = GEMM(`s.split("k", factor=6)\ns.pipeline("i")`);
    const { steps } = schedule(src);
    expect(errorOf(src, steps, 1)).toBe("The requested tiling factor (6) is larger than the upper bound (6) of the loop k");
  });
});

describe("reorder", () => {
  it("permutes the perfect nest; the band name moves to the new outermost loop", () => {
    const { steps } = schedule(GEMM(`s.reorder("k", "i")`));
    const text = printModule(only(steps).module);
    const order = [...text.matchAll(/loop_name = "(\w+)"(, op_name = "(\w+)")?/g)].map((m) => `${m[1]}${m[3] ? `@${m[3]}` : ""}`);
    // Printed innermost first: i is innermost now, k outermost carries the band name.
    expect(order).toEqual(["i", "j", "k@S_i_j_0"]);
  });
  it("flags a float reduction whose accumulation order changes, and not an integer one", () => {
    const F3 = (sched: string) => `
import allo
from allo.ir.types import float32

def f(A: float32[4, 5, 6]) -> float32[4]:
    y: float32[4] = 0.0
    for i in range(4):
        for j in range(5):
            for k in range(6):
                y[i] += A[i, j, k]
    return y

s = allo.customize(f)
${sched}
`;
    const d = design(F3(`s.reorder("k", "j")`));
    const r = applySchedule(d.module, d.records);
    expect(r.steps[0]!.reordersFloatReduction).toBe(true);
    // Float sums in another order may differ in the last bits: compare with a documented tolerance.
    const diff = differentialCheck(d.module, r.final, 1);
    if (!diff.equal) expect(Math.abs(Number(diff.firstDiff!.before) - Number(diff.firstDiff!.after))).toBeLessThan(1e-3);
    // Moving the loop that picks the element does not reorder any sum.
    const { steps } = schedule(F3(`s.reorder("j", "i")`));
    expect(steps[0]!.reordersFloatReduction).toBe(false);
    expect(schedule(GEMM(`s.reorder("k", "j")`, "float32")).steps[0]!.reordersFloatReduction).toBe(false);
  });
  it("rejects loops below an imperfect point", () => {
    const src = `
import allo
from allo.ir.types import int32

def f(A: int32[4, 5]) -> int32[4]:
    y: int32[4] = 0
    for i in range(4):
        y[i] = 1
        for j in range(5):
            y[i] += A[i, j]
    return y

s = allo.customize(f)
s.reorder("j", "i")
`;
    const msg = errorOf(src, schedule(src).steps, 1);
    expect(msg).toMatch(/^Cannot permute the loops because the size of the perfectly nested loop band \(1\)/);
    expect(msg).toContain("loop j is not in the perfect nest i of band S_i_0");
  });
  it("rejects moving a loop outside the loop its bounds use", () => {
    const src = `
import allo
from allo.ir.types import int32

def f(A: int32[6, 6]) -> int32[6]:
    y: int32[6] = 0
    for i in range(6):
        for j in range(i):
            y[i] += A[i, j]
    return y

s = allo.customize(f)
s.reorder("j", "i")
`;
    expect(errorOf(src, schedule(src).steps, 1)).toBe("Cannot reorder: the bounds of loop j depend on loop i, which would move inside it");
  });
});

describe("fuse and tile", () => {
  it("fuses i and j into i_j_fused with div/mod index recovery", () => {
    const { steps } = schedule(GEMM(`s.fuse("i", "j")`));
    const text = printModule(only(steps).module);
    expect(text).toContain(`loop_name = "i_j_fused", op_name = "S_i_j_0"`);
    expect(text).toMatch(/= 0 to 80 \{/);
    expect(text).toMatch(/floordiv 10/);
  });
  it("a fused loop's handle can be scheduled further", () => {
    const { steps } = schedule(GEMM(`f = s.fuse("i", "j")\ns.pipeline(f)`));
    expect(printModule(only(steps).module)).toContain(`loop_name = "i_j_fused", op_name = "S_i_j_0", pipeline_ii = 1 : ui32`);
  });
  it("needs two consecutive loops from outer to inner", () => {
    const src = GEMM(`s.fuse("i")`);
    expect(errorOf(src, schedule(src).steps, 1)).toBe("Should at least input 2 loops to be fused");
    const src2 = GEMM(`s.fuse("j", "i")`);
    expect(errorOf(src2, schedule(src2).steps, 1)).toBe("Cannot find contiguous nested loops starting from Loop j. Please specify the loop to be fused from outermost to innermost.");
  });
  it("tile = split both + reorder", () => {
    const { steps } = schedule(GEMM(`s.tile("i", "j", x_factor=4, y_factor=5)`));
    const text = printModule(only(steps).module);
    const order = [...text.matchAll(/loop_name = "([\w.]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(["k", "j.inner", "i.inner", "j.outer", "i.outer"]);
  });
});

// ------------------------------------------------------------------ buffers

describe("partition", () => {
  it("records complete / block / cyclic partitions per dimension", () => {
    const { steps } = schedule(GEMM(`s.partition(s.A, dim=1)\ns.partition(s.B, partition_type=allo.Partition.Block, dim=2, factor=2)\ns.partition("gemm:C", partition_type=2, dim=0, factor=2)`));
    const text = printModule(only(steps).module);
    expect(text).toContain(`allo.partition = "complete:1"`);
    expect(text).toContain(`allo.partition = "block:2:2"`);
    expect(text).toContain(`partition = "cyclic:1:2,cyclic:2:2"`);
  });
  it("propagates through calls (caller argument ↔ callee parameter)", () => {
    const src = `
import allo
from allo.ir.types import int32

def inc(X: int32[8]):
    for i in range(8):
        X[i] += 1

def top(A: int32[8]) -> int32[8]:
    B: int32[8] = 0
    for i in range(8):
        B[i] = A[i]
    inc(B)
    return B

s = allo.customize(top)
s.partition(s.B, partition_type=2, factor=2)
`;
    const { steps } = schedule(src);
    expect(only(steps).description).toBe("partition top:B cyclic factor=2 on all dims (also inc:X)");
    expect(printModule(steps[0]!.module)).toMatch(/func.func @inc\(%arg0: memref<8xi32> \{allo.partition = "cyclic:1:2"\}/);
  });
  it("names a call's result after the variable it is assigned to, and partitions two results of one function", () => {
    const src = `
import allo
from allo.ir.types import int32

def addi(A: int32[2, 2]) -> int32[2, 2]:
    B: int32[2, 2]
    for i, j in allo.grid(2, 2):
        B[i, j] = A[i, j] + 1
    return B

def top(inp: int32[2, 2]) -> int32[2, 2]:
    temp1 = addi(inp)
    temp2 = addi(inp)
    res = addi(temp1)
    return res

s = allo.customize(top)
s.partition(s.temp1)
s.partition(s.temp2)
`;
    const { steps } = schedule(src);
    expect(steps.map((x) => x.status)).toEqual(["applied", "applied"]);
    const text = printModule(steps[1]!.module);
    for (const n of ["temp1", "temp2", "res"]) expect(text).toContain(`name = "${n}"`);
    // A different layout on a buffer that already has one through propagation is still refused.
    const clash = src.replace("s.partition(s.temp2)", "s.partition(s.temp2, partition_type=2, dim=1, factor=2)");
    expect(errorOf(clash, schedule(clash).steps, 2)).toMatch(/^Cannot partition the same array on dimension 1 twice/);
  });
  it("rejects partitioning a dimension twice and mixing dim=0 with per-dim partitions", () => {
    const src = GEMM(`s.partition(s.A, dim=1)\ns.partition(s.A, dim=1)`);
    expect(errorOf(src, schedule(src).steps, 2)).toBe("Cannot partition the same array on dimension 1 twice: gemm:A");
    const src2 = GEMM(`s.partition(s.A, dim=0)\ns.partition(s.A, dim=2)`);
    expect(errorOf(src2, schedule(src2).steps, 2)).toMatch(/^Cannot mix all-dim partitioning \(dim=0\) with per-dimension partitions: gemm:A/);
  });
  it("checks type, dimension and factor", () => {
    const bad = (sched: string) => { const src = GEMM(sched); return errorOf(src, schedule(src).steps, 1); };
    expect(bad(`s.partition(s.A, dim=3)`)).toBe("Invalid dimension 3: A has 2 dimensions");
    expect(bad(`s.partition(s.A, partition_type=5)`)).toMatch(/^Invalid partition type 5/);
    expect(bad(`s.partition(s.A, partition_type=allo.Partition.Cyclic)`)).toMatch(/^Should pass in `factor' for array partition/);
    expect(bad(`s.partition("gemm:Z")`)).toBe("Target Z not found in function gemm; its buffers are: A, B, C");
  });
});

describe("reshape", () => {
  it("changes the shape and linearises accesses", () => {
    const { steps } = schedule(GEMM(`s.reshape(s.C, (8, 2, 5))`));
    const text = printModule(only(steps).module);
    expect(text).toContain("memref<8x2x5xi32>");
    expect(text).toMatch(/-> memref<8x2x5xi32>/);
  });
  it("rejects another element count", () => {
    const src = GEMM(`s.reshape(s.C, (8, 2, 4))`);
    expect(errorOf(src, schedule(src).steps, 1)).toBe("reshape(): (8, 2, 4) has 64 elements but C has 80 (8×10)");
  });
});

describe("buffer_at", () => {
  it("the tutorial gemm schedule: reorder, buffer_at(C, axis=i), pipeline(j)", () => {
    const { steps } = schedule(GEMM(`s.reorder("k", "j")\ns.buffer_at(s.C, axis="i")\ns.pipeline("j")`, "float32"));
    const text = printModule(only(steps).module);
    expect(text).toContain(`loop_name = "j_init", pipeline_ii = 1 : ui32`);
    expect(text).toContain(`loop_name = "j_back", pipeline_ii = 1 : ui32`);
    expect(text).toContain(`{name = "C_buf"} : memref<10xf32>`);
    expect(text).toContain(`loop_name = "j", pipeline_ii = 1 : ui32`);
    expect(steps.some((s) => s.reordersFloatReduction)).toBe(false);
  });
  it("buffers in one element right above the reduction loops", () => {
    const { steps } = schedule(GEMM(`s.buffer_at(s.C, axis="j")`));
    expect(printModule(only(steps).module)).toContain(`{name = "C_buf"} : memref<i32>`);
  });
  it("rejects the innermost loop and reduction loops", () => {
    const src = GEMM(`s.buffer_at(s.C, axis="k")`);
    expect(errorOf(src, schedule(src).steps, 1)).toMatch(/^Cannot buffer at the inner-most loop: axis=2 inner-most axis=2/);
    const src2 = GEMM(`s.reorder("k", "j")\ns.buffer_at(s.C, axis="k")`);
    expect(errorOf(src2, schedule(src2).steps, 2)).toMatch(/^Cannot buffer inside the reduction loops: axis=1, first reduction axis=1/);
  });
});

describe("compute_at", () => {
  const CA = (read: string, sched: string) => `
import allo
from allo.ir.types import int32

def f(A: int32[6, 8]) -> int32[6, 8]:
    B: int32[7, 8] = 0
    C: int32[6, 8] = 0
    for i, j in allo.grid(6, 8):
        B[i, j] = A[i, j] + 1
    for ii, jj in allo.grid(6, 8):
        C[ii, jj] = ${read} * 2
    return C

s = allo.customize(f)
${sched}
`;
  it("moves the producer band into the consumer at the target depth", () => {
    const { steps } = schedule(CA("B[ii, jj]", `s.compute_at("i", "jj")`));
    const step = only(steps);
    const f = step.module.funcs[0]!;
    expect(f.body.filter((x) => x.kind === "for")).toHaveLength(1);
    expect(step.description).toBe("compute f:S_i_j_0 at S_ii_jj_1.jj (merging 2 loops)");
    const { steps: s1 } = schedule(CA("B[ii, jj]", `s.compute_at("i", "ii")`));
    only(s1);
  });
  it("rejects a fusion that would read an element before the producer writes it", () => {
    const src = CA("B[ii + 1, jj]", `s.compute_at("i", "ii")`);
    expect(errorOf(src, schedule(src).steps, 1)).toMatch(/^Cannot merge these two loops because fusion would reverse dependences between loops \(B\[1, 0\]/);
  });
  it("needs two different bands", () => {
    const src = CA("B[ii, jj]", `s.compute_at("i", "j")`);
    expect(errorOf(src, schedule(src).steps, 1)).toMatch(/^Cannot find corresponding producer and consumer/);
  });

  // Three bands; the first compute_at leaves ii → jj → {m, mm}; the second computes that merged band at
  // the third band's innermost loop, which merges both siblings with mmm (Allo accepts this).
  const CA3 = (read: string) => `
import allo
from allo.ir.types import int32

def g(A: int32[4, 5, 6]) -> int32[4, 5, 6]:
    B: int32[4, 5, 6] = 0
    for i, j, m in allo.grid(4, 5, 6):
        B[i, j, m] = A[i, j, m] * 2
    C: int32[4, 5, 6] = 0
    for ii, jj, mm in allo.grid(4, 5, 6):
        C[ii, jj, mm] = ${read} + 1
    D: int32[4, 5, 6] = 0
    for iii, jjj, mmm in allo.grid(4, 5, 6):
        D[iii, jjj, mmm] = C[iii, jjj, mmm] % 3
    return D

s = allo.customize(g)
s.compute_at("j", "jj")
s.compute_at("m", "mmm")
`;
  it("computes an already merged band at a deeper loop, merging each of its sibling loops", () => {
    const { steps, final } = schedule(CA3("B[ii, jj, mm]"));
    expect(steps.map((x) => x.status)).toEqual(["applied", "applied"]);
    const g = final.funcs[0]!;
    const roots = g.body.filter((x): x is For => x.kind === "for");
    expect(roots).toHaveLength(1);
    const nest = perfectNest(roots[0]!);
    expect(nest.map((l) => l.loopName)).toEqual(["iii", "jjj", "mmm"]);
    expect(nest[2]!.body.map((x) => (x.kind === "store" ? x.buf.name : x.kind))).toEqual(["B", "C", "D"]);
  });
  it("rejects merging the siblings when one reads what the other writes in a later iteration", () => {
    const src = CA3("B[ii, jj, (mm + 1) % 6]");
    const { steps } = schedule(src);
    expect(steps[0]!.status).toBe("applied");
    expect(errorOf(src, steps, 2)).toMatch(/^Cannot merge these two loops because fusion would reverse dependences between loops \(B\[0, 0, 1\]: producer loop mm would read it before producer loop m's last write\)/);
  });
});

describe("compose and unsupported primitives", () => {
  it("replays a sub-schedule on the matching function", () => {
    const src = `
import allo
from allo.ir.types import int32

def mm(A: int32[4, 4], B: int32[4, 4], C: int32[4, 4]):
    for i, j in allo.grid(4, 4, name="mm"):
        for k in allo.reduction(4):
            C[i, j] += A[i, k] * B[k, j]

def top(A: int32[4, 4], B: int32[4, 4]) -> int32[4, 4]:
    C: int32[4, 4] = 0
    mm(A, B, C)
    return C

s0 = allo.customize(mm)
s0.split("j", factor=2)
s0.pipeline("j.inner")
s = allo.customize(top)
s.compose(s0)
`;
    const { steps } = schedule(src);
    expect(printModule(only(steps).module)).toContain(`loop_name = "j.inner", pipeline_ii = 1 : ui32`);
  });
  it("to() streams a buffer to a kernel: a FIFO of the buffer's size by default, the owner becomes dataflow", () => {
    const src = GEMM(`s.to(s.A, "gemm")`);
    const { steps, final } = schedule(src);
    expect(steps[0]!.status).toBe("applied");
    const top = final.funcs.find((f) => f.name === "gemm")!;
    expect(top.attrs.dataflow).toBe(true);
    const A = top.params.find((p) => p.name === "A") as { stream?: unknown; type: { shape: readonly number[] } };
    expect(A.stream).toEqual({ depth: A.type.shape.reduce((a, b) => a * b, 1), to: "gemm" });
    expect(printModule(final)).toContain("allo.stream = \"depth=");
  });
  it("to() rejects streaming between PEs before unfold, a bad depth and an unknown kernel", () => {
    const bad = (call: string) => errorOf(GEMM(call), schedule(GEMM(call)).steps, 1);
    expect(bad(`s.to(s.A, [0, 1], axis=0, depth=4)`)).toMatch(/has no PE array yet; call s\.unfold/);
    expect(bad(`s.to(s.A, "gemm", depth=0)`)).toMatch(/^Invalid depth 0/);
    expect(bad(`s.to(s.A, "nope")`)).toMatch(/^to\(\): nope is neither a kernel \(gemm\) nor a loop band of gemm/);
  });
  it("never mutates the input module", () => {
    const d = design(GEMM(`s.reorder("k", "j")\ns.buffer_at(s.C, axis="i")\ns.split("i", factor=4)\ns.partition(s.A, dim=1)`));
    const before = JSON.stringify(d.module);
    const r = applySchedule(d.module, d.records);
    expect(JSON.stringify(d.module)).toBe(before);
    expect(r.steps.every((s) => s.status === "applied")).toBe(true);
    // Untouched functions and subtrees keep their identity.
    expect(applySchedule(d.module, []).final).toBe(d.module);
  });
});

// ------------------------------------------------------------------ gallery

const MLIR_OPT = "mlir-opt-22";
const hasMlirOpt = spawnSync(MLIR_OPT, ["--version"]).status === 0;
const tmp = mkdtempSync(join(tmpdir(), "allo-sched-"));
let fileNo = 0;

/** Gallery designs whose schedule cannot apply fully yet, and why. */
const KNOWN_ERRORS: Record<string, string> = {
};

describe("gallery schedules", () => {
  const dir = new URL("../public/examples/", import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
    it(`${file}: every step applies, simulates like the unscheduled design${hasMlirOpt ? " and verifies with mlir-opt" : ""}`, () => {
      const source = readFileSync(new URL(file, dir), "utf8");
      const { steps } = schedule(source);
      const errors = steps.filter((s) => s.status === "error");
      if (KNOWN_ERRORS[file]) expect(errors.map((s) => s.diagnostics[0]!.message).join("\n")).toContain(KNOWN_ERRORS[file]);
      else expect(errors.map((s) => `${s.text}: ${s.description}`)).toEqual([]);
      if (!hasMlirOpt) return;
      for (const s of steps.filter((x) => x.status === "applied")) {
        const path = join(tmp, `s${fileNo++}.mlir`);
        writeFileSync(path, printModule(s.module));
        const r = spawnSync(MLIR_OPT, [...(s.module.funcs.some((f) => f.params.some((p) => p.kind === "buffer" && p.storage === "stream")) ? ["--allow-unregistered-dialect"] : []), path], { encoding: "utf8" });
        expect(r.status, `${file} step ${s.index}: ${r.stderr}`).toBe(0);
      }
    });
  }
});

// ------------------------------------------------------------------ property test

/** Small deterministic PRNG (mulberry32) so failures reproduce from the case number. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Gen { readonly source: string }

/**
 * A random integer kernel: one nest of 1–3 loops (grid, range or reduction), accumulations `+=` into
 * C at random affine indices and a store into D indexed by every loop (so any loop order gives the
 * same results, as integer sums wrap and commute), sometimes with a statement that makes it imperfect.
 */
function genKernel(r: () => number): Gen {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const depth = 1 + Math.floor(r() * 3);
  const names = ["i", "j", "k"].slice(0, depth);
  const bounds = names.map(() => 2 + Math.floor(r() * 6));
  const affine = (): { text: string; max: number } => {
    let text = "";
    let max = 0;
    for (let d = 0; d < depth; d++) {
      const c = pick([0, 0, 1, 1, 2]);
      if (c === 0) continue;
      text += `${text ? " + " : ""}${c === 1 ? names[d] : `${c} * ${names[d]}`}`;
      max += c * (bounds[d]! - 1);
    }
    const off = pick([0, 0, 1, 2]);
    if (off || !text) text += `${text ? " + " : ""}${off}`;
    return { text, max: max + off };
  };
  const a0 = affine(), a1 = affine(), c0 = affine();
  const lines: string[] = [];
  const style = pick(["grid", "range", "reduction"]);
  let ind = "    ";
  if (style === "grid") {
    lines.push(`${ind}for ${names.join(", ")} in allo.grid(${bounds.join(", ")}):`);
    ind += "    ";
  } else {
    names.forEach((n, d) => {
      const red = style === "reduction" && d === depth - 1 && depth > 1;
      lines.push(`${ind}for ${n} in ${red ? "allo.reduction" : "range"}(${bounds[d]}):`);
      ind += "    ";
      if (d === 0 && depth > 1 && r() < 0.15) lines.push(`${ind}C[${pick([0, 1])}] += ${n}`);
    });
  }
  const op = pick(["+", "-", "*", "^", "&"]);
  lines.push(`${ind}C[${c0.text}] += A[${a0.text}, ${a1.text}] ${op} ${pick(["3", "i", "B[" + a1.text + "]"]).replace("i", names[0]!)}`);
  lines.push(`${ind}D[${names.join(", ")}] = A[${a1.text}, ${a0.text}] + ${pick(["1", names[depth - 1]!])}`);
  const an = a0.max + 1, am = a1.max + 1, cn = Math.max(c0.max + 1, 2);
  const source = `import allo
from allo.ir.types import int32

def kernel(A: int32[${Math.max(an, am)}, ${Math.max(an, am)}], B: int32[${Math.max(an, am)}], C: int32[${cn}], D: int32[${bounds.join(", ")}]):
${lines.join("\n")}
`;
  return { source };
}

function rec(method: string, args: PyValue[], kwargs: [string, PyValue][] = []): PrimitiveRecord {
  const text = `s.${method}(${args.map((a) => (a.k === "str" ? JSON.stringify(a.v) : a.k === "int" ? String(a.v) : "?")).join(", ")}${kwargs.map(([k, v]) => `, ${k}=${v.k === "int" ? v.v : "?"}`).join("")})`;
  return { method, args, kwargs: new Map(kwargs), range: { from: 0, to: 0 }, text };
}
const str = (v: string): PyValue => ({ k: "str", v });
const int = (v: number): PyValue => ({ k: "int", v: BigInt(v) });

/** A random primitive that names loops and buffers of the current module (some of them illegal). */
function genPrimitive(r: () => number, m: Module): PrimitiveRecord {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const f = m.funcs.find((x) => x.name === m.top)!;
  const bands = bandsOf(f);
  const band = pick(bands);
  const loops = loopsIn(band.root);
  const nest: For[] = perfectNest(band.root);
  const name = pick(loops).loopName;
  switch (pick(["split", "split", "reorder", "reorder", "fuse", "unroll", "pipeline", "partition"])) {
    case "split": return rec("split", [str(name)], [["factor", int(1 + Math.floor(r() * 4))]]);
    case "reorder": {
      const xs = [...nest].sort(() => r() - 0.5).slice(0, Math.max(2, Math.floor(r() * nest.length) + 1));
      return rec("reorder", xs.map((l) => str(l.loopName)));
    }
    case "fuse": {
      const at = Math.floor(r() * Math.max(1, nest.length - 1));
      const n = 2 + Math.floor(r() * Math.max(1, nest.length - at - 1));
      return rec("fuse", nest.slice(at, at + n).map((l) => str(l.loopName)));
    }
    case "unroll": return rec("unroll", [str(name)], [["factor", int(Math.floor(r() * 3))]]);
    case "pipeline": return rec("pipeline", [str(name)]);
    default: {
      const b = pick(["A", "B", "C", "D"]);
      return rec("partition", [str(b)], [["partition_type", int(Math.floor(r() * 3))], ["dim", int(Math.floor(r() * 2))], ["factor", int(2)]]);
    }
  }
}

describe("property: random integer loop nests under random schedules", () => {
  it("every applied step simulates bit-exactly like the unscheduled kernel and is proved equivalent (3000 cases)", () => {
    const CASES = 3000;
    let applied = 0, errors = 0;
    const methods = new Map<string, number>();
    for (let c = 0; c < CASES; c++) {
      const r = rng(1000 + c);
      const { source } = genKernel(r);
      const d = design(source);
      let cur = d.module;
      const recs: PrimitiveRecord[] = [];
      const n = 1 + Math.floor(r() * 4);
      for (let p = 0; p < n; p++) {
        const x = genPrimitive(r, cur);
        recs.push(x);
        const step = applySchedule(cur, [x]).steps[0]!;
        if (step.status === "applied") cur = step.module;
      }
      const res = applySchedule(d.module, recs);
      const verifier = new Verifier(d.module);
      for (const s of res.steps) {
        if (s.status === "applied") {
          const proof = verifier.check(s.module);
          if (proof.status !== "proved") throw new Error(`case ${c} step ${s.index} ${s.text} not proved: ${JSON.stringify(proof)}\n${source}\n${recs.map((x) => x.text).join("\n")}`);
          applied++;
          methods.set(s.method, (methods.get(s.method) ?? 0) + 1);
          const diff = differentialCheck(d.module, s.module, c);
          if (!diff.equal) {
            throw new Error(`case ${c} step ${s.index} ${s.text} changed results: ${JSON.stringify(diff, (_k, v) => (typeof v === "bigint" ? String(v) : v))}\n${source}\n${recs.map((x) => x.text).join("\n")}\n${printModule(s.module)}`);
          }
        } else if (s.status === "error") {
          errors++;
          expect(s.diagnostics[0]!.message.length).toBeGreaterThan(0);
        }
      }
    }
    if (process.env.SCHEDULE_STATS) console.log({ applied, errors, methods });
    // The generator must exercise every transforming primitive, mostly successfully.
    for (const m of ["split", "reorder", "fuse", "unroll", "pipeline", "partition"]) expect(methods.get(m) ?? 0, m).toBeGreaterThan(50);
    expect(applied).toBeGreaterThan(errors);
  }, 120_000);
});
