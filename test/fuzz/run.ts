/**
 * `npm run fuzz -- --n N [--seed S] [--stages full|core|quick] [--workers W] [--timeout MS] [--memory MB] [--wall MS] [--json]
 * [--progress FILE]`: fuzzes the compiler (fuzz.ts) with a stage set (stages.ts; default full) and prints the
 * counts; new failures are minimized and saved under test/fuzz/cases. Exit 1 when anything failed.
 */
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fuzz } from "./fuzz";
import { STAGE_SETS, type StageSet } from "./stages";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) {
    console.error(`fuzz: --${name} takes a non-negative integer`);
    process.exit(2);
  }
  return v;
}

const n = flag("n", 1000);
const stagesIdx = process.argv.indexOf("--stages");
const stages = (stagesIdx >= 0 ? process.argv[stagesIdx + 1] : "full") as StageSet;
if (!STAGE_SETS.includes(stages)) {
  console.error(`fuzz: --stages takes ${STAGE_SETS.join(", ")}`);
  process.exit(2);
}
// The machine's load while the run lasts (1-minute averages, sampled with each progress report).
const loads: number[] = [loadavg()[0]!];
const loadText = () => `load ${Math.min(...loads).toFixed(0)}–${Math.max(...loads).toFixed(0)} (mean ${(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1)})`;
const seed = flag("seed", Date.now() % 1_000_000);
const json = process.argv.includes("--json");
const t0 = Date.now();
let lastReport = 0;
// --progress FILE: the counts and failures so far, rewritten every 10 s (a long run may be stopped early).
const progressIdx = process.argv.indexOf("--progress");
const progressFile = progressIdx >= 0 ? process.argv[progressIdx + 1] : undefined;
// Ctrl+C or a SIGTERM stops the run early and still reports what it counted.
const stop = new AbortController();
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => stop.abort());
const result = await fuzz({
  signal: stop.signal,
  n, seed, stages, workers: flag("workers", 2), timeoutMs: flag("timeout", 10_000), memoryMb: flag("memory", 1024), wallMs: flag("wall", 40_000), save: true,
  onProgress: (done, c, failures) => {
    if (Date.now() - lastReport < 10_000) return;
    lastReport = Date.now();
    loads.push(loadavg()[0]!);
    if (progressFile) writeFileSync(progressFile, JSON.stringify({ seed, stages, seconds: (Date.now() - t0) / 1000, load: loadText(), counts: c, failures: failures.map((f) => ({ kind: f.kind, signature: f.signature, detail: f.detail, source: f.source, more: f.more })) }, null, 2));
    if (!json) console.error(`${done}/${n} programs, ${c.exceptions} exceptions, ${c.hangs} hangs, ${c.crashes} crashes (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  },
});
const { counts, failures, saved, stopped } = result;
const seconds = (Date.now() - t0) / 1000;
loads.push(loadavg()[0]!);
if (progressFile) writeFileSync(progressFile, JSON.stringify({ seed, stages, seconds, load: loadText(), stopped, done: true, counts, failures: failures.map((f) => ({ kind: f.kind, signature: f.signature, detail: f.detail, source: f.source, more: f.more })) }, null, 2));
if (json) console.log(JSON.stringify({ seed, stages, seconds, load: loadText(), stopped, counts, failures: failures.map((f) => ({ kind: f.kind, signature: f.signature, detail: f.detail })), saved }, null, 2));
else {
  console.log(`seed ${seed}, ${stages} stages: ${counts.programs} programs${stopped ? " (stopped early)" : ""} in ${seconds.toFixed(0)} s (${loadText()}): ${counts.exceptions} escaped exceptions, ${counts.hangs} hangs, ${counts.crashes} crashes`);
  for (const f of failures) console.log(`- ${f.signature}\n  ${f.detail.split("\n")[0]}`);
  for (const s of saved) console.log(`saved ${s}`);
}
process.exitCode = counts.exceptions + counts.hangs + counts.crashes > 0 ? 1 : 0;
