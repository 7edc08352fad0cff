/**
 * A fuzzing child process: reads one JSON job per line ({ id, source, stages }) from stdin, runs the stages and
 * writes one JSON line back ({ id, failures, ms }), after a line ({ id, stage }) as each stage starts. The
 * parent enforces time (per stage) and memory limits.
 */
import { createInterface } from "node:readline";
import { runStages, type StageSet } from "./stages";

const rl = createInterface({ input: process.stdin });
rl.on("line", (line) => {
  const job = JSON.parse(line) as { id: number; source: string; stages?: StageSet };
  const t = performance.now();
  const failures = runStages(job.source, job.stages, (stage) => process.stdout.write(`${JSON.stringify({ id: job.id, stage })}\n`));
  process.stdout.write(`${JSON.stringify({ id: job.id, failures, ms: performance.now() - t })}\n`);
});
