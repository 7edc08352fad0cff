/**
 * Step budgets of the stages that simulate behind another one (RELIABILITY.md "Limits"): the differential
 * step check, the equivalence checker's confirming runs, the script's calls of a built module and the
 * export's golden run each stop at an explicit, bounded budget with a located diagnostic that names it and
 * how to raise it; the API, the worker's options and the CLI's `--step-budget` pass it through.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkSteps, exportProject, runScript, verify } from "../src/core/api";
import { DEFAULT_CHECK_STEP_BUDGET } from "../src/core/limits";

const gemm = (m: number) => `import allo
from allo.ir.types import int32

def gemm(A: int32[${m}, 8], B: int32[8, 8]) -> int32[${m}, 8]:
    C: int32[${m}, 8] = 0
    for i, j in allo.grid(${m}, 8):
        for k in allo.reduction(8):
            C[i, j] += A[i, k] * B[k, j]
    return C

s = allo.customize(gemm)
s.reorder("k", "j")
s.pipeline("j")
`;

/** 2^28 iterations: over the check's default budget, under the old 5e8 per run (which ran it, for seconds). */
const LONG = `import allo
from allo.ir.types import int32

def k(A: int32[4]) -> int32[4]:
    B: int32[4] = 0
    for i in range(268435456):
        B[i % 4] += A[i % 4]
    return B

s = allo.customize(k)
s.pipeline("i")
`;

const lineOf = (src: string, text: string) => src.slice(0, src.indexOf(text)).split("\n").length;

describe("the differential step check's budget", () => {
  it("is bounded by default: a loop of 2^28 iterations stops at the loop with a warning naming the limit", () => {
    expect(DEFAULT_CHECK_STEP_BUDGET).toBeLessThan(268435456);
    const r = checkSteps(LONG);
    expect(r.checks).toHaveLength(1);
    expect(r.checks![0]).toMatchObject({ index: 1, status: "not-run" });
    expect(r.checks![0]!.note).toMatch(/100,000,000 loop iterations and calls together \(raise it with --step-budget N/);
    const w = r.diagnostics.find((d) => d.code === "W-check-budget")!;
    expect(w).toMatchObject({ severity: "warning", line: lineOf(LONG, "for i in range") });
    expect(w.message).toMatch(/--step-budget N, the studio's run settings or the API's stepBudget/);
  });

  it("counts every simulation of the check together, and runs the kernel as written once", () => {
    // 64×8×8 = 4,096 iterations per run, plus 576 + 64 seeded input values and the loop headers.
    const src = gemm(64);
    expect(checkSteps(src).checks!.map((c) => c.status)).toEqual(["preserved", "preserved"]);
    const once = checkSteps(src, { stepBudget: 12_000 }).checks!.map((c) => c.status);
    expect(once).toEqual(["preserved", "not-run"]);
    const none = checkSteps(src, { stepBudget: 1_000 });
    expect(none.checks!.map((c) => c.status)).toEqual(["not-run", "not-run"]);
    expect(none.diagnostics.filter((d) => d.code === "W-check-budget")).toHaveLength(1);
  });

  it("takes a raised budget", () => {
    expect(checkSteps(gemm(64), { stepBudget: 1e9 }).checks!.map((c) => c.status)).toEqual(["preserved", "preserved"]);
  });
});

describe("other stages that simulate", () => {
  it("the export's golden run stops at the given budget", () => {
    const r = exportProject(gemm(64), { target: "vitis_hls", stepBudget: 1_000 });
    const d = r.diagnostics.find((x) => x.code === "E-budget")!;
    expect(d.message).toMatch(/--step-budget N/);
    expect(r.zip).toBeUndefined();
  });

  it("the AIE export's golden run stops at the given budget (it always took the simulator's 2 billion)", () => {
    // The AIE export maps kernels that write an output argument (the fuzz find: PolyBench seidel_2d with TSTEPS = 10**9).
    const stencil = (steps: string) => `import allo
from allo.ir.types import int32

def smooth(A: int32[32]):
    for t in range(${steps}):
        for i in range(1, 31):
            A[i] = (A[i - 1] + A[i] + A[i + 1]) / 3

s = allo.customize(smooth)
`;
    const r = exportProject(stencil("10**9"), { target: "aie", stepBudget: 1_000 });
    const d = r.diagnostics.find((x) => x.code === "E-budget")!;
    expect(d.message).toMatch(/golden data could not be computed: the simulation stopped after 1,000 loop iterations.*--step-budget N/);
    expect(r.zip).toBeUndefined();
    const ok = exportProject(stencil("4"), { target: "aie", stepBudget: 1_000 });
    expect(ok.diagnostics.filter((x) => x.severity === "error")).toEqual([]);
    expect(Object.keys(ok.files!).some((p) => p.endsWith("data/golden0.bin") || p.includes("golden"))).toBe(true);
  });

  it("a script's call of a built module stops at the script's budget", () => {
    const src = `${gemm(64)}
import numpy as np
mod = s.build()
A = np.ones((64, 8), dtype=np.int32)
B = np.ones((8, 8), dtype=np.int32)
C = mod(A, B)
print(int(C[0, 0]))
`;
    expect(runScript(src).output.map((o) => o.text).join("")).toBe("8\n");
    const r = runScript(src, { stepBudget: 1_000 });
    expect(r.failure?.type).toBe("RuntimeError");
    expect(r.failure?.message).toMatch(/stopped after 1,000 loop iterations.*--step-budget N/);
  });

  it("a script's calls of built modules share the budget, so a loop of calls is bounded too", () => {
    const src = `${gemm(64)}
import numpy as np
mod = s.build()
A = np.ones((64, 8), dtype=np.int32)
B = np.ones((8, 8), dtype=np.int32)
n = 0
for i in range(1000000):
    try:
        C = mod(A, B)
        n += 1
    except RuntimeError as e:
        print(n, str(e)[:60])
        break
`;
    // One call takes 64·8·8 iterations and its calls: a budget of 100,000 pays for a few dozen.
    const r = runScript(src, { stepBudget: 100_000 });
    const text = r.output.map((o) => o.text).join("");
    const calls = Number(text.split(" ")[0]);
    expect(calls).toBeGreaterThan(10);
    expect(calls).toBeLessThan(100_000 / (64 * 8 * 8) + 1);
    expect(text).toMatch(/^\d+ the simulation stopped after/);
    // Past the budget every call is refused at once.
    const again = runScript(src.replace("[:60]", "").replace("        break\n", "        if i > 1000:\n            break\n"), { stepBudget: 100_000 });
    expect(again.failure).toBeUndefined();
    expect(again.output.map((o) => o.text).join("")).toMatch(/the script's calls of built modules have used the whole step budget of 100,000/);
  });

  it("a call that fails for another reason spends none of the shared budget: a script that catches it calls again", () => {
    const src = `import allo
from allo.ir.types import int32
import numpy as np

def pick(A: int32[4], k: int32) -> int32:
    return A[k]

s = allo.customize(pick)
mod = s.build()
A = np.array([5, 6, 7, 8], dtype=np.int32)
for t in range(3):
    try:
        print(mod(A, 9))
    except RuntimeError as e:
        print("bounds" if "out of bounds" in str(e) else str(e))
print(mod(A, 2))
`;
    expect(runScript(src, { stepBudget: 1_000 }).output.map((o) => o.text).join("")).toBe("bounds\nbounds\nbounds\n7\n");
  });

  it("verify's confirming simulation says when it ran out of budget instead of 'did not reproduce'", () => {
    // The unroll factor changes nothing but a wrong bound in the step below makes it differ.
    const src = `import allo
from allo.ir.types import int32

def k(A: int32[64]) -> int32[64]:
    B: int32[64] = 0
    for i in range(64):
        B[i] = A[i] + 1
    return B

def k2(A: int32[64]) -> int32[64]:
    B: int32[64] = 0
    for i in range(64):
        B[i] = A[i] + 2
    return B

s = allo.customize(k)
t = allo.customize(k2)
`;
    const ok = verify(src, { schedule: "s", against: "t" });
    const cex = (r: typeof ok) => (r.steps![0]!.verdict.status === "differs" ? (r.steps![0]!.verdict as { counterexample?: { confirmed: boolean; unconfirmed?: string } }).counterexample : undefined);
    expect(cex(ok)).toMatchObject({ confirmed: true });
    const low = verify(src, { schedule: "s", against: "t", budget: { stepBudget: 10 } });
    expect(cex(low)?.confirmed).toBe(false);
    expect(cex(low)?.unconfirmed).toMatch(/stopped after 10 loop iterations.*--step-budget N/);
  });
});

describe("the equivalence checker's term budget", () => {
  it("arguments with more elements than the budget has terms end in a budget verdict, not an escaped exception", () => {
    const src = `import allo
from allo.ir.types import int32

def k(A: int32[4096]) -> int32[4096]:
    B: int32[4096] = 0
    for i in range(4096):
        B[i] = A[i] + 1
    return B

s = allo.customize(k)
s.pipeline("i")
`;
    const r = verify(src, { budget: { maxTerms: 1000 } });
    expect(r.diagnostics.filter((d) => d.code === "E-internal")).toEqual([]);
    expect(r.steps![0]!.verdict).toMatchObject({ status: "budget" });
    expect((r.steps![0]!.verdict as { reason: string }).reason).toMatch(/1,000 terms/);
  });
});

describe("the CLI's --step-budget", () => {
  const bin = fileURLToPath(new URL("../bin/allo-studio.mjs", import.meta.url));
  const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  const file = (src: string) => {
    const f = join(mkdtempSync(join(tmpdir(), "allo-budget-")), "gemm.py");
    writeFileSync(f, src);
    return f;
  };

  it("reaches check --steps, run and verify", () => {
    const f = file(gemm(64));
    const check = cli("check", f, "--steps", "--step-budget", "1000");
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/step 1: not-run: not run: the step check's simulations may take 1,000 loop/);
    expect(check.stderr).toMatch(/warning.*the step check stopped here/);
    const run = cli("run", f, "--step-budget", "1000");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/E-budget|step budget/);
    expect(cli("run", f, "--step-budget", "1000", "--budget", "5").stderr).toMatch(/--step-budget or --budget, not both/);
  });
});
