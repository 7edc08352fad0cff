/**
 * `npm run bench:grid`: the paper's systolic schedule at 16×16 and 64×64 (bench/designs/systolic_64x64.py)
 * through every stage: compile (parse → schedule, the PE grid compact; median of 5), the expansion
 * to one function per PE (first read of the design's module), simulation (KPN, 8 064 FIFOs at 64×64),
 * the architecture graph, the estimate and the Vitis HLS export (one run each). Prints Markdown for
 * BENCHMARKS.md.
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { architecture, estimate, simulate } from "../src/core/api";
import { exportProject } from "../src/core/backend/export";
import { compileDesign } from "../src/core/compile";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (f: () => unknown) => { const t = performance.now(); f(); return performance.now() - t; };

const SRC64 = readFileSync("bench/designs/systolic_64x64.py", "utf8");
const cases = [
  ["systolic 16×16, K = 16", SRC64.replace("M, N, K = 64, 64, 64", "M, N, K = 16, 16, 16")],
  ["systolic 64×64, K = 64", SRC64],
] as const;

const rows = cases.map(([name, src]) => {
  compileDesign(src); // warm-up (JIT)
  const compile = median(Array.from({ length: 5 }, () => time(() => compileDesign(src))));
  const d = compileDesign(src).design!;
  const expand = time(() => d.module);
  const sim = time(() => { if (!simulate(src).returns) throw new Error(`${name} did not simulate`); });
  const graph = time(() => architecture(src));
  const est = time(() => estimate(src));
  let size = 0;
  const exp = time(() => { const r = exportProject(src, { target: "vitis_hls" }); size = String(Object.entries(r.files!).find(([p]) => p.endsWith("kernel.cpp"))![1]).length; });
  return { name, compile, expand, sim, graph, est, exp, size };
});
const fmt = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 0 });
console.log([
  `Run ${new Date().toISOString().slice(0, 10)} on ${cpus().length}× ${cpus()[0]?.model.trim()}, Node ${process.version}; load average ${loadavg().map((x) => x.toFixed(1)).join(", ")} at the end.`,
  "",
  "| design | compile + schedule (median of 5) | expand to one function per PE | simulate | architecture graph | estimate | Vitis HLS export (kernel.cpp size) |",
  "|---|---|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.name} | ${fmt(r.compile)} ms | ${fmt(r.expand)} ms | ${fmt(r.sim)} ms | ${fmt(r.graph)} ms | ${fmt(r.est)} ms | ${fmt(r.exp)} ms (${fmt(r.size / 1024)} KiB) |`),
].join("\n"));
