/**
 * The short seeded fuzz of the unit suite (RELIABILITY.md): 2,000 mutated designs through every stage in
 * two child processes with time and memory limits; none may escape an exception, hang or crash. Saved
 * failure cases (test/fuzz/cases) replay here too. `npm run fuzz -- --n 100000` is the long run.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASES_DIR, fuzz } from "./fuzz";
import { runStages } from "./stages";

const N = Number(process.env.ALLO_FUZZ_N ?? 2000);

describe("fuzzing", () => {
  it(`${N} mutated designs: no escaped exception, hang or crash`, async () => {
    const r = await fuzz({ n: N, seed: 20261205, workers: 2, stages: "quick", timeoutMs: 20_000 });
    expect(r.counts.programs).toBe(N);
    expect(r.failures.map((f) => `${f.signature}\n${f.detail}\n--- program:\n${f.source}`)).toEqual([]);
  }, 1_200_000);

  const cases = readdirSync(CASES_DIR).filter((f) => f.endsWith(".py")).sort();
  it.each(cases.length ? cases : ["(none saved)"])("saved case %s runs every stage without escaping", (file) => {
    if (file === "(none saved)") return;
    expect(runStages(readFileSync(join(CASES_DIR, file), "utf8"))).toEqual([]);
  });
});
