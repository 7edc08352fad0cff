/**
 * `npm run bench`: (a) whole compile (parse → IR → MLIR text) per gallery design, median of warm runs;
 * (b) the simulator on three loop nests against the same nests in C compiled with `gcc -O2`, in the
 * same run on the same machine. Prints a Markdown table for BENCHMARKS.md and writes bench/out/results.json.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { checkSteps, compile, simulate } from "../src/core/api";
import { estimate } from "../src/core/analysis";
import { compileDesign } from "../src/core/compile";
import { applySchedule } from "../src/core/schedule";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

function compileBench(): { name: string; ms: number; p90: number }[] {
  const dir = "public/examples";
  const rows: { name: string; ms: number; p90: number }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".py")).sort()) {
    const src = readFileSync(join(dir, f), "utf8");
    // Each run's text differs by a trailing comment: the API reuses the last compilation of the same text.
    for (let i = 0; i < 20; i++) compile(`${src}\n# warm-up ${i}\n`); // warm-up (JIT)
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const text = `${src}\n# run ${i}\n`;
      const t = performance.now();
      const r = compile(text);
      times.push(performance.now() - t);
      if (!r.mlir) throw new Error(`${f} did not compile`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    rows.push({ name: f, ms: median(times), p90: sorted[Math.floor(sorted.length * 0.9)]! });
  }
  return rows;
}

/** Applying each gallery design's whole schedule, and the differential check of all its steps. */
function scheduleBench(): { name: string; steps: number; apply: number; check: number }[] {
  const dir = "public/examples";
  const rows: { name: string; steps: number; apply: number; check: number }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".py")).sort()) {
    const src = readFileSync(join(dir, f), "utf8");
    const d = compileDesign(src).design;
    if (!d?.schedule || d.schedule.records.length === 0) continue;
    const records = d.schedule.records;
    for (let i = 0; i < 10; i++) applySchedule(d.unscheduled, records, d.schedule.top);
    const apply: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      applySchedule(d.unscheduled, records, d.schedule.top);
      apply.push(performance.now() - t);
    }
    checkSteps(src);
    const check: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      checkSteps(src, { seed: i + 1 });
      check.push(performance.now() - t);
    }
    rows.push({ name: f, steps: records.length, apply: median(apply), check: median(check) });
  }
  return rows;
}

/** The estimator per gallery design (the scheduled module, after compile), median of warm runs. */
function estimateBench(): { name: string; ms: number; p90: number; steps: number; stepsMs: number; latency: number }[] {
  const dir = "public/examples";
  const rows: { name: string; ms: number; p90: number; steps: number; stepsMs: number; latency: number }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".py")).sort()) {
    const d = compileDesign(readFileSync(join(dir, f), "utf8")).design;
    if (!d) throw new Error(`${f} did not compile`);
    for (let i = 0; i < 5; i++) estimate(d.module);
    const times: number[] = [];
    let latency = 0;
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      latency = estimate(d.module).latency;
      times.push(performance.now() - t);
    }
    // Every step's module too (what the studio's steps list asks for).
    const modules = [d.unscheduled, ...d.steps.filter((s) => s.status === "applied").map((s) => s.module)];
    const stepTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      for (const m of modules) estimate(m);
      stepTimes.push(performance.now() - t);
    }
    const sorted = [...times].sort((a, b) => a - b);
    rows.push({ name: f, ms: median(times), p90: sorted[Math.floor(sorted.length * 0.9)]!, steps: modules.length, stepsMs: median(stepTimes), latency });
  }
  return rows;
}

function simBench(reps: number): { name: string; js: number; total: number; gcc: number; gccScalar: number }[] {
  mkdirSync("bench/out", { recursive: true });
  const timeC = (flags: string[]) => {
    execFileSync("gcc", [...flags, "-o", "bench/out/kernels", "bench/c/kernels.c"]);
    const out = execFileSync("bench/out/kernels", [String(reps)], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return new Map(out.trim().split("\n").map((l) => {
      const [k, v] = l.split(" ");
      return [k!, Number(v)] as const;
    }));
  };
  const gcc = timeC(["-O2"]);
  // gcc -O2 vectorizes these nests 4-wide (SSE); JavaScript has no SIMD, so also show the scalar baseline.
  const scalar = timeC(["-O2", "-fno-tree-vectorize"]);
  const cases: [string, string][] = [["gemm_f32", "gemm_f32_256.py"], ["gemm_i8_i32", "gemm_i8_i32_256.py"], ["jacobi2d", "jacobi2d_512.py"]];
  return cases.map(([name, file]) => {
    const src = readFileSync(join("bench/designs", file), "utf8");
    const runs: number[] = [];
    const totals: number[] = [];
    for (let i = 0; i < reps + 1; i++) {
      const t = performance.now();
      const r = simulate(src, { seed: i + 1 });
      const total = performance.now() - t;
      if (!r.args) throw new Error(`${file}: ${r.diagnostics.map((d) => d.message).join("; ")}`);
      if (i === 0) continue; // first run warms the JIT
      runs.push(r.timings.run!);
      totals.push(total);
    }
    return { name, js: median(runs), total: median(totals), gcc: gcc.get(name)!, gccScalar: scalar.get(name)! };
  });
}

/**
 * Dataflow regions on the KPN simulator: a 1M-element stream between two kernels at FIFO depth 2 (a
 * process switch every element or two) and 1024, and the 18×18-instance systolic grid; with and
 * without the timeline (timed mode's recording). Reports FIFO operations per second.
 */
function dataflowBench(reps: number): { name: string; timeline: boolean; run: number; total: number; fifoOps: number; cycles: number }[] {
  const cases: [string, string][] = [
    ["stream 1M, depth 2", readFileSync("bench/designs/df_stream_1m.py", "utf8").replace("DEPTH", "2")],
    ["stream 1M, depth 1024", readFileSync("bench/designs/df_stream_1m.py", "utf8").replace("DEPTH", "1024")],
    // The gallery's systolic grid at 16×16 compute PEs (18×18 instances).
    ["df_systolic 16×16, K=256", readFileSync("public/examples/df_systolic.py", "utf8").replace("M, N, K = 4, 4, 4", "M, N, K = 16, 16, 256")],
  ];
  const rows: { name: string; timeline: boolean; run: number; total: number; fifoOps: number; cycles: number }[] = [];
  for (const [name, src] of cases) {
    for (const timeline of [false, true]) {
      const runs: number[] = [];
      const totals: number[] = [];
      let fifoOps = 0;
      let cycles = 0;
      for (let i = 0; i < reps + 1; i++) {
        const t = performance.now();
        const r = simulate(src, { seed: i + 1, timeline });
        const total = performance.now() - t;
        if (!r.dataflow || r.dataflow.deadlock) throw new Error(`${name}: ${r.diagnostics.map((d) => d.message).join("; ")}`);
        fifoOps = r.dataflow.fifos.reduce((a, f) => a + f.puts + f.gets, 0);
        cycles = r.dataflow.cycles;
        if (i === 0) continue;
        runs.push(r.timings.run!);
        totals.push(total);
      }
      rows.push({ name, timeline, run: median(runs), total: median(totals), fifoOps, cycles });
    }
  }
  return rows;
}

const reps = Number(process.env.BENCH_REPS ?? 5);
const machine = `${cpus().length}× ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const gccVersion = execFileSync("gcc", ["--version"], { encoding: "utf8" }).split("\n")[0];
const date = new Date().toISOString().slice(0, 10);
const comp = compileBench();
const sched = scheduleBench();
const est = estimateBench();
const sim = simBench(reps);
const dfl = dataflowBench(reps);

const lines: string[] = [];
lines.push(`Run ${date} on ${machine}; baseline ${gccVersion} -O2.`, "");
lines.push("### Compile (parse → IR → MLIR text), warm, 50 runs", "", "| design | median ms | p90 ms |", "|---|---:|---:|");
for (const r of comp) lines.push(`| ${r.name} | ${r.ms.toFixed(2)} | ${r.p90.toFixed(2)} |`);
lines.push("", "### Schedules: apply all steps (median of 30), differential check of all steps (median of 7)", "", "| design | steps | apply ms | check ms |", "|---|---:|---:|---:|");
for (const r of sched) lines.push(`| ${r.name} | ${r.steps} | ${r.apply.toFixed(2)} | ${r.check.toFixed(1)} |`);
lines.push("", "### Estimator: estimate() of the scheduled design (median of 21 warm runs), and of step 0 + every step (median of 5)", "", "| design | median ms | p90 ms | modules | all steps ms | estimated latency (cycles) |", "|---|---:|---:|---:|---:|---:|");
for (const r of est) lines.push(`| ${r.name} | ${r.ms.toFixed(2)} | ${r.p90.toFixed(2)} | ${r.steps} | ${r.stepsMs.toFixed(1)} | ${r.latency.toLocaleString("en-US")} |`);
lines.push("", `### Simulator vs gcc -O2 (median of ${reps})`, "", "| kernel | JS run ms | JS simulate() total ms | gcc -O2 ms | run / gcc -O2 | gcc -O2 -fno-tree-vectorize ms | run / scalar gcc |", "|---|---:|---:|---:|---:|---:|---:|");
for (const r of sim) lines.push(`| ${r.name} | ${r.js.toFixed(1)} | ${r.total.toFixed(1)} | ${r.gcc.toFixed(1)} | ${(r.js / r.gcc).toFixed(2)}× | ${r.gccScalar.toFixed(1)} | ${(r.js / r.gccScalar).toFixed(2)}× |`);
lines.push("", `### Dataflow regions on the KPN simulator (median of ${reps})`, "", "| design | timeline | run ms | simulate() total ms | FIFO ops | M FIFO ops/s | timed cycles |", "|---|---|---:|---:|---:|---:|---:|");
for (const r of dfl) lines.push(`| ${r.name} | ${r.timeline ? "yes" : "no"} | ${r.run.toFixed(1)} | ${r.total.toFixed(1)} | ${r.fifoOps.toLocaleString("en-US")} | ${(r.fifoOps / r.run / 1000).toFixed(1)} | ${r.cycles.toLocaleString("en-US")} |`);
console.log(lines.join("\n"));
mkdirSync("bench/out", { recursive: true });
writeFileSync("bench/out/results.json", JSON.stringify({ date, machine, gcc: gccVersion, compile: comp, schedule: sched, estimator: est, simulator: sim, dataflow: dfl }, null, 2));
