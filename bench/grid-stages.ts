/**
 * `npm run bench:grid-stages`: the CPU time of each stage the fuzzer's core set runs (test/fuzz/stages.ts)
 * on the 64×64 systolic design, each repetition on a fresh text (a comment appended, so no stage reuses
 * another repetition's compilation), and of the CLI's `check`, `run` and `report` on it (host and compute
 * process together, including Node and tsx start-up). CPU time because the machine is shared; prints
 * Markdown for BENCHMARKS.md.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { runStages } from "../test/fuzz/stages";

const ROOT = join(import.meta.dirname, "..");
const FILE = join(ROOT, "bench/designs/systolic_64x64.py");
const src = readFileSync(FILE, "utf8");
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const REPS = 3;

const perStage = new Map<string, number[]>();
for (let rep = 0; rep < REPS; rep++) {
  let stage = "", t = cpu();
  const close = () => { if (stage) perStage.set(stage, [...(perStage.get(stage) ?? []), cpu() - t]); };
  runStages(`${src}\n# repetition ${rep}\n`, "core", (next) => { close(); stage = next; t = cpu(); });
  close();
}
// The CLI: `time`'s user + sys of the host and its compute process.
const TIMES = join(tmpdir(), "allo-bench-cli.txt");
const cliCpu = (cmd: string): number => {
  try {
    execFileSync("sh", ["-c", `/usr/bin/time -f "%U %S" -o /dev/stderr "${process.execPath}" "${join(ROOT, "bin/allo-studio.mjs")}" ${cmd} "${FILE}" >/dev/null 2>"${TIMES}"`]);
  } catch { /* exit code of the command */ }
  const [u, s] = readFileSync(TIMES, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
  return (u! + s!) * 1000;
};
const commands = ["check", "run", "report"].map((c) => [c, cliCpu(c)] as const);
const fmt = (x: number) => Math.round(x).toLocaleString("en-US");
console.log([
  `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${cpus().length}× ${cpus()[0]?.model.trim()}, Node ${process.version}; load average ${loadavg().map((x) => x.toFixed(1)).join(", ")} at the end.`,
  "",
  `| stage (fuzzer core set, CPU, median of ${REPS}) | ${[...perStage.keys()].join(" | ")} | all |`,
  `|---|${[...perStage.keys()].map(() => "---:").join("|")}|---:|`,
  `| systolic 64×64 | ${[...perStage.values()].map((xs) => `${fmt(median(xs))} ms`).join(" | ")} | ${fmt([...perStage.values()].reduce((a, xs) => a + median(xs), 0))} ms |`,
  "",
  "| CLI command on systolic 64×64 (CPU of host + compute process, one run) | CPU |",
  "|---|---:|",
  ...commands.map(([c, ms]) => `| \`allo-studio ${c}\` | ${fmt(ms)} ms |`),
].join("\n"));
