/**
 * `npm run fuzz -- --n N [--seed S] [--workers W] [--timeout MS] [--memory MB] [--wall MS] [--json] [--progress FILE]`: fuzzes the
 * compiler (fuzz.ts) and prints the counts; new failures are minimized and saved under test/fuzz/cases.
 * Exit 1 when anything failed.
 */
import { writeFileSync } from "node:fs";
import { fuzz } from "./fuzz";

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
const seed = flag("seed", Date.now() % 1_000_000);
const json = process.argv.includes("--json");
const t0 = Date.now();
let lastReport = 0;
// --progress FILE: the counts and failures so far, rewritten every 10 s (a long run may be stopped early).
const progressIdx = process.argv.indexOf("--progress");
const progressFile = progressIdx >= 0 ? process.argv[progressIdx + 1] : undefined;
const result = await fuzz({
  n, seed, workers: flag("workers", 2), timeoutMs: flag("timeout", 10_000), memoryMb: flag("memory", 1024), wallMs: flag("wall", 40_000), save: true,
  onProgress: (done, c, failures) => {
    if (Date.now() - lastReport < 10_000) return;
    lastReport = Date.now();
    if (progressFile) writeFileSync(progressFile, JSON.stringify({ seed, seconds: (Date.now() - t0) / 1000, counts: c, failures: failures.map((f) => ({ kind: f.kind, signature: f.signature, detail: f.detail, source: f.source })) }, null, 2));
    if (!json) console.error(`${done}/${n} programs, ${c.exceptions} exceptions, ${c.hangs} hangs, ${c.crashes} crashes (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  },
});
const { counts, failures, saved } = result;
if (json) console.log(JSON.stringify({ seed, seconds: (Date.now() - t0) / 1000, counts, failures: failures.map((f) => ({ kind: f.kind, signature: f.signature, detail: f.detail })), saved }, null, 2));
else {
  console.log(`seed ${seed}: ${counts.programs} programs in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${counts.exceptions} escaped exceptions, ${counts.hangs} hangs, ${counts.crashes} crashes`);
  for (const f of failures) console.log(`- ${f.signature}\n  ${f.detail.split("\n")[0]}`);
  for (const s of saved) console.log(`saved ${s}`);
}
process.exitCode = counts.exceptions + counts.hangs + counts.crashes > 0 ? 1 : 0;
