/**
 * `allo-studio verify` on every gallery design (in-process, through the CLI's main): one verdict per
 * schedule step, every step proved (the README's schedule section lists what is not provable and why),
 * and the exit codes: 0 when nothing differs, 1 when a step or `--against` comparison differs.
 */
import { describe, expect, it, vi } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mainInline as main } from "../src/cli/main";
import { compileDesign } from "../src/core/compile";
import { Verifier } from "../src/core/analysis/verify";

const dir = join(__dirname, "../public/examples");

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [], err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => { out.push(a.join(" ")); });
  const error = vi.spyOn(console, "error").mockImplementation((...a) => { err.push(a.join(" ")); });
  try {
    const code = await main(args);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** Kernels the checker cannot interpret statically (so none of their steps can be proved), and why. */
const NOT_PROVABLE: Record<string, RegExp> = {
  "bitops.py": /a while loop whose condition depends on input data/,
};

describe("allo-studio verify on the gallery", () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".py")).sort()) {
    it(`proves every step of ${f}`, async () => {
      const r = await cli("verify", join(dir, f));
      expect(r.code, r.err).toBe(0);
      const steps = compileDesign(readFileSync(join(dir, f), "utf8")).design!.steps;
      const lines = r.out.split("\n").filter((l) => l.startsWith("step "));
      expect(lines).toHaveLength(steps.length);
      for (const l of lines) expect(l).toMatch(/: proved /);
      if (steps.length === 0) expect(r.out).toContain("has no schedule steps");
    }, 60_000);
  }

  it("says precisely why a kernel cannot be proved", () => {
    for (const [f, why] of Object.entries(NOT_PROVABLE)) {
      const m = compileDesign(readFileSync(join(dir, f), "utf8")).design!.unscheduled;
      const v = new Verifier(m).check(m);
      expect(v.status).toBe("not-provable");
      if (v.status === "not-provable") {
        expect(v.reason).toMatch(why);
        expect(v.range).toBeDefined();
      }
    }
  });

  it("--step picks one step, --json gives the verdicts as data", async () => {
    const f = join(dir, "systolic_4x4.py");
    const one = await cli("verify", f, "--step", "2");
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/^step 2 \(line 25\) s\.unfold\("PE", axis=\[0, 1\], factor=\[M, N\]\): proved \[/);
    const json = await cli("verify", f, "--json");
    const data = JSON.parse(json.out) as { steps: { index: number; verdict: { status: string } }[] };
    expect(data.steps.map((s) => s.verdict.status)).toEqual(Array(7).fill("proved"));
    const bad = await cli("verify", f, "--step", "99");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("the schedule has 7 step(s); choose 1..7");
  });

  it("exits 1 with a counterexample when the design differs from --against", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "allo-verify-")), "k.py");
    writeFileSync(file, `import allo
from allo.ir.types import int32

def good(A: int32[4], B: int32[4]) -> int32[4]:
    C: int32[4] = 0
    for i in range(4):
        C[i] = A[i] << B[i]
    return C

def bad(A: int32[4], B: int32[4]) -> int32[4]:
    C: int32[4] = 0
    for i in range(4):
        C[i] = B[i] << A[i]
    return C

g = allo.customize(good)
b = allo.customize(bad)
`);
    const r = await cli("verify", file, "--schedule", "b", "--against", "g");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^b against g: DIFFERS: return\[0\]/);
    expect(r.out).toContain("before (line 7): (A[0] << B[0])");
    expect(r.out).toContain("after (line 13):  (B[0] << A[0])");
    expect(r.out).toContain("the simulator confirms");
    const same = await cli("verify", file, "--schedule", "g", "--against", "g");
    expect(same.code).toBe(0);
    expect(same.out).toMatch(/^g against g: proved/);
  });
});
