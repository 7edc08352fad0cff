/**
 * Every gallery design gets finite, positive estimates at every schedule step, and the steps that
 * exist to speed a design up (pipeline, partition, unroll, dataflow) never make its latency worse (not
 * counting the on-chip copies that partitioning a top-level array adds).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileDesign } from "../compile";
import { estimate } from "./index";
import type { Estimate, LoopEstimate } from "./types";

const dir = join(new URL("../../..", import.meta.url).pathname, "public/examples");
const files = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();
const HELPING = new Set(["pipeline", "partition", "unroll", "dataflow"]);

function checkFinite(e: Estimate): void {
  expect(e.latency).toBeGreaterThan(0);
  expect(Number.isFinite(e.latency)).toBe(true);
  expect(e.interval).toBeGreaterThan(0);
  for (const v of Object.values(e.resources)) expect(Number.isFinite(v) && v >= 0).toBe(true);
  expect(e.resources.lut).toBeGreaterThan(0);
  const visit = (ls: readonly LoopEstimate[]) => {
    for (const l of ls) {
      expect(Number.isFinite(l.latency) && l.latency >= 0, `${l.name}`).toBe(true);
      expect(Number.isFinite(l.tripCount)).toBe(true);
      if (l.pipelined) expect(l.ii).toBeGreaterThanOrEqual(l.requestedII ?? 1);
      expect(l.why.length).toBeGreaterThan(0);
      visit(l.loops);
    }
  };
  for (const f of e.functions) {
    expect(f.latency).toBeGreaterThan(0);
    visit(f.loops);
  }
}

describe("estimates of the gallery", () => {
  it("has designs", () => expect(files.length).toBeGreaterThan(10));
  for (const file of files) {
    it(`${file}: every step has finite, positive estimates and speed-up steps do not slow it down`, () => {
      const d = compileDesign(readFileSync(join(dir, file), "utf8")).design;
      expect(d, file).toBeDefined();
      let prev = estimate(d!.unscheduled);
      checkFinite(prev);
      for (const st of d!.steps) {
        if (st.status !== "applied") continue;
        const e = estimate(st.module);
        checkFinite(e);
        // A partitioned top-level array costs its on-chip copy (counted, explained); the computation must not slow down.
        const work = (x: Estimate) => x.latency - (x.onChipCopyCycles ?? 0);
        if (HELPING.has(st.method)) expect(work(e), `${file} step ${st.index} ${st.text}`).toBeLessThanOrEqual(work(prev));
        prev = e;
      }
      const final = estimate(d!.module);
      expect(structuredClone(final)).toEqual(final);
    });
  }

  it("gemm's schedule (reorder, buffer_at, pipeline) makes it much faster than the kernel as written", () => {
    const d = compileDesign(readFileSync(join(dir, "gemm.py"), "utf8")).design!;
    const before = estimate(d.unscheduled).latency;
    const after = estimate(d.module).latency;
    // As written: 32·32·32 iterations of load-load-fmul-fadd-store; scheduled: the j loop pipelined at II 1.
    expect(after * 5).toBeLessThan(before);
    const j = estimate(d.module).functions[0]!.loops[0]!.loops.find((l) => l.name === "k")!.loops[0]!;
    expect(j).toMatchObject({ name: "j", pipelined: true, ii: 1 });
  });
});
