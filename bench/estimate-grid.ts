/**
 * `npm run bench:estimate-grid`: the estimator on the compact systolic grids (analysis/grid-plan.ts),
 * in CPU time (the machine is shared): the scheduled design and each schedule step estimated per PE
 * class (what the API does), against the same modules expanded to one function per PE and estimated PE
 * by PE (what it did before, expansion included), and the API's estimate with per-step estimates
 * (the fuzzer's estimate stage) against what it cost before. One run each, after one warm-up estimate.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cpus, loadavg } from "node:os";
import { estimate as estimateApi } from "../src/core/api";
import { estimate, summarize } from "../src/core/analysis";
import { compileDesign } from "../src/core/compile";
import { expandGrids, hasCompactGrids } from "../src/core/schedule/grid";

const cpuMs = (f: () => void): number => {
  const a = process.cpuUsage();
  f();
  const b = process.cpuUsage(a);
  return (b.user + b.system) / 1000;
};
const fmt = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString("en-US"));

const designs = [["systolic 16×16", "public/examples/systolic_16x16.py"], ["systolic 64×64", "bench/designs/systolic_64x64.py"]] as const;
const rows: string[] = [];
for (const [name, file] of designs) {
  const src = readFileSync(join(import.meta.dirname, "..", file), "utf8");
  const d = compileDesign(src).design!;
  const mods = [...d.steps.filter((s) => s.status === "applied").map((s) => s.compact), d.compact].filter(hasCompactGrids);
  estimate(d.compact);
  const perClass = mods.map((m) => cpuMs(() => estimate(m)));
  const expanded = mods.map((m) => cpuMs(() => estimate(expandGrids(m))));
  const api = cpuMs(() => estimateApi(src, { steps: true }));
  // What the API did before: the design and every step expanded, then estimated PE by PE.
  const before = cpuMs(() => {
    const e = compileDesign(src).design!;
    estimate(e.module);
    for (const st of e.steps) if (st.status === "applied") summarize(estimate(st.module));
  });
  rows.push(`| ${name} | ${mods.length} | ${perClass.map(fmt).join(" / ")} ms | ${expanded.map(fmt).join(" / ")} ms | ${fmt(api)} ms | ${fmt(before)} ms |`);
}
console.log(`Run ${new Date().toISOString().slice(0, 10)} on ${cpus().length}× ${cpus()[0]?.model.trim()}, Node ${process.version}; load average ${loadavg()[0]!.toFixed(1)}.\n`);
console.log("| design | modules with a grid (steps, then the design) | estimate per PE class (CPU) | expanded and estimated PE by PE (CPU) | API estimate with per-step estimates (CPU) | the same, PE by PE as before (CPU) |");
console.log("|---|---:|---|---|---:|---:|");
for (const r of rows) console.log(r);
