/**
 * A fuzzing child process: reads one JSON job per line ({ id, source, quick }) from stdin, runs every stage and
 * writes one JSON line back ({ id, failures, ms }), after a line ({ id, stage }) as each stage starts. The
 * parent enforces time (per stage) and memory limits.
 */
import { createInterface } from "node:readline";
import { runStages } from "./stages";

const rl = createInterface({ input: process.stdin });
rl.on("line", (line) => {
  const job = JSON.parse(line) as { id: number; source: string; quick?: boolean };
  const t = performance.now();
  const failures = runStages(job.source, job.quick, (stage) => process.stdout.write(`${JSON.stringify({ id: job.id, stage })}\n`));
  process.stdout.write(`${JSON.stringify({ id: job.id, failures, ms: performance.now() - t })}\n`);
});
