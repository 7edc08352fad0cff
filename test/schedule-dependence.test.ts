/**
 * `s.reorder` and loop-carried dependences: an interchange that reverses a dependence is rejected at the
 * call with the access pair and its distance vector; reductions and dependences the new order keeps
 * forward are accepted (and proved). When the check is bypassed (the loops swapped by hand), the
 * equivalence checker must say "differs" with a counterexample the simulator confirms.
 */
import { describe, expect, it } from "vitest";
import { compileDesign } from "../src/core/compile";
import type { For, Module } from "../src/core/ir/nodes";
import { Verifier } from "../src/core/analysis/verify";
import { differentialCheck } from "../src/core/schedule/index";
import { bandsOf, perfectNest, updateLoop } from "../src/core/schedule/ir-util";
import { runModule } from "../src/core/sim/simulate";

function kernel(body: string, loops = "    for i in range(1, 7):\n        for j in range(1, 7):", args = "A: int32[8, 8], B: int32[8, 8]"): string {
  const indent = " ".repeat(4 * (loops.split("\n").length + 1));
  return `import allo
from allo.ir.types import int32

def kernel(${args}):
${loops}
${body.split("\n").map((l) => `${indent}${l}`).join("\n")}

s = allo.customize(kernel)
s.reorder("j", "i")
`;
}

function step(source: string) {
  const c = compileDesign(source);
  expect(c.design, "compiles").toBeDefined();
  return { d: c.design!, s: c.design!.steps[0]! };
}

/** The kernel's first nest with its two outer loops swapped, with no legality check at all. */
function forcedSwap(m: Module): Module {
  const f = m.funcs.find((x) => x.name === m.top)!;
  const root = bandsOf(f)[0]!.root;
  const [outer, inner] = perfectNest(root) as [For, For];
  return updateLoop(m, f, root, [{ ...inner, body: [{ ...outer, body: inner.body }] }]);
}

describe("reorder rejects an interchange that reverses a loop-carried dependence", () => {
  it("A[i, j] = A[i - 1, j + 1] + 1 with reorder(j, i): a located diagnostic naming the pair and the distance", () => {
    const source = kernel("A[i, j] = A[i - 1, j + 1] + 1");
    const { s } = step(source);
    expect(s.status).toBe("error");
    const diag = s.diagnostics[0]!;
    expect(diag.code).toBe("E-schedule-dependence");
    expect(source.slice(diag.range.from, diag.range.to)).toBe('s.reorder("j", "i")');
    expect(diag.message).toContain("A is written as A[i, j] and read as A[i - 1, j + 1]");
    expect(diag.message).toContain("distance (1, -1) over (i, j)");
    expect(diag.message).toContain("(-1, 1) apart in the order (j, i)");
    expect(diag.message).toMatch(/Keep an order in which every dependence still points forward/);
  });

  it("bypassing the check gives a step the checker refutes, with a counterexample the simulator confirms", () => {
    const { d } = step(kernel("A[i, j] = A[i - 1, j + 1] + 1"));
    const bad = forcedSwap(d.unscheduled);
    const v = new Verifier(d.unscheduled).check(bad);
    expect(v.status).toBe("differs");
    if (v.status !== "differs") return;
    const c = v.counterexample!;
    expect(c.output).toBe("A");
    expect(c.confirmed).toBe(true);
    const a = runModule(d.unscheduled, c.inputs, 1, 5e8), b = runModule(bad, c.inputs, 1, 5e8);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    const flat = c.index[0]! * 8 + c.index[1]!;
    expect(a.args.A!.data[flat]).not.toBe(b.args.A!.data[flat]);
  });

  it("a write that a later iteration overwrites (output dependence) is rejected too", () => {
    const { s } = step(kernel("A[i, j] = B[i, j]\nA[i - 1, j + 1] = B[j, i]"));
    expect(s.status).toBe("error");
    expect(s.diagnostics[0]!.message).toContain("written as A[i, j] and written again as A[i - 1, j + 1]");
  });

  it("a non-associative update whose free loops swap is rejected; an accumulation is not", () => {
    const loops = "    for i in range(4):\n        for j in range(3):\n            for k in range(3):";
    const twice = kernel("A[i, 0] = A[i, 0] * 2 + B[j, k]", loops).replace('s.reorder("j", "i")', 's.reorder("k", "j")');
    const r = step(twice).s;
    expect(r.status).toBe("error");
    expect(r.diagnostics[0]!.message).toContain("distance (0, *, *)");
    const sum = kernel("A[i, 0] += B[j, k]", loops).replace('s.reorder("j", "i")', 's.reorder("k", "j")');
    const { d, s } = step(sum);
    expect(s.status).toBe("applied");
    expect(new Verifier(d.unscheduled).check(s.module).status).toBe("proved");
  });

  it("accepts interchanges that keep every dependence forward, and they are proved", () => {
    for (const body of [
      "A[i, j] = A[i - 1, j] + 1", // (1, 0) → (0, 1)
      "A[i, j] = A[i - 1, j - 1] + 1", // (1, 1) → (1, 1)
      "B[i, j] = A[i - 1, j + 1] + 1", // two buffers: no dependence
      "A[i, j] = A[i, j] + B[j, i]", // same element, same iteration
      "A[i, 7] = A[i, 7] + B[i, j]", // a reduction over j
    ]) {
      const { d, s } = step(kernel(body));
      expect(s.status, `${body}: ${s.diagnostics[0]?.message}`).toBe("applied");
      expect(new Verifier(d.unscheduled).check(s.module).status, body).toBe("proved");
    }
  });

  it("tile needs a fully permutable pair: (1, -1) is rejected, (1, 0) and (1, 1) are tiled and proved", () => {
    const tiled = (body: string) => step(kernel(body).replace('s.reorder("j", "i")', 's.tile("i", "j", 2, 3)'));
    const bad = tiled("A[i, j] = A[i - 1, j + 1] + 1").s;
    expect(bad.status).toBe("error");
    expect(bad.diagnostics[0]!.code).toBe("E-schedule-dependence");
    expect(bad.diagnostics[0]!.message).toContain("Cannot tile i, j: A is written as A[i, j] and read as A[i - 1, j + 1], a loop-carried dependence of distance (1, -1)");
    for (const body of ["A[i, j] = A[i - 1, j] + 1", "A[i, j] = A[i - 1, j - 1] + 1", "A[i, 7] = A[i, 7] + B[i, j]"]) {
      const { d, s } = tiled(body);
      expect(s.status, `${body}: ${s.diagnostics[0]?.message}`).toBe("applied");
      expect(new Verifier(d.unscheduled).check(s.module).status, body).toBe("proved");
    }
  });

  it("the gallery's reorders (gemm's reduction, tiled nests) still apply", () => {
    const gemm = `import allo
from allo.ir.types import float32

def gemm(A: float32[8, 8], B: float32[8, 8]) -> float32[8, 8]:
    C: float32[8, 8] = 0.0
    for i, j in allo.grid(8, 8):
        for k in allo.reduction(8):
            C[i, j] += A[i, k] * B[k, j]
    return C

s = allo.customize(gemm)
s.split("j", 4)
s.reorder("j.outer", "k", "j.inner")
`;
    const { d } = step(gemm);
    expect(d.steps.map((x) => x.status)).toEqual(["applied", "applied"]);
  });
});

/** Small deterministic PRNG (mulberry32). */
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

describe("property: random uniform stencils under reorder(j, i)", () => {
  it("an accepted interchange (and tiling) is proved and simulates alike; a rejected interchange, forced, is refuted (300 cases)", () => {
    let rejected = 0, accepted = 0;
    for (let c = 0; c < 300; c++) {
      const r = rng(7000 + c);
      const off = () => Math.floor(r() * 3) - 1;
      const ix = (v: string, o: number) => (o === 0 ? v : o > 0 ? `${v} + ${o}` : `${v} - ${-o}`);
      const [a, b, p, q] = [off(), off(), off(), off()];
      const second = r() < 0.3 ? `\nB[i, j] = A[${ix("i", -p)}, ${ix("j", -q)}] * 3` : "";
      const body = `A[${ix("i", a)}, ${ix("j", b)}] = A[${ix("i", p)}, ${ix("j", q)}] + B[i, j]${second}`;
      const { d, s } = step(kernel(body));
      const t = step(kernel(body).replace('s.reorder("j", "i")', 's.tile("i", "j", 2, 2)')).s;
      if (t.status === "applied") expect(new Verifier(d.unscheduled).check(t.module).status, `case ${c}: tile: ${body}`).toBe("proved");
      else expect(t.diagnostics[0]!.code, `case ${c}: tile: ${body}: ${t.diagnostics[0]!.message}`).toBe("E-schedule-dependence");
      if (s.status === "applied") {
        accepted++;
        expect(new Verifier(d.unscheduled).check(s.module).status, `case ${c}: ${body}`).toBe("proved");
        expect(differentialCheck(d.unscheduled, s.module, c).equal, `case ${c}: ${body}`).toBe(true);
      } else {
        rejected++;
        expect(s.diagnostics[0]!.code, `case ${c}: ${body}: ${s.diagnostics[0]!.message}`).toBe("E-schedule-dependence");
        const v = new Verifier(d.unscheduled).check(forcedSwap(d.unscheduled));
        expect(v.status, `case ${c}: ${body}`).toBe("differs");
      }
    }
    expect(rejected).toBeGreaterThan(20);
    expect(accepted).toBeGreaterThan(20);
  }, 120_000);
});
