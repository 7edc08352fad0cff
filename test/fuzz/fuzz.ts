/**
 * The mutation fuzzer (RELIABILITY.md): mutates the gallery and test designs, runs every stage in child
 * processes under time and memory limits, and minimizes and saves each new kind of failure as a test case
 * in test/fuzz/cases (replayed by fuzz.test.ts).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mutate, rng } from "./mutate";
import { Pool, type JobOutcome } from "./pool";
import type { StageSet } from "./stages";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CASES_DIR = join(ROOT, "test/fuzz/cases");

export interface FuzzOptions {
  readonly n: number;
  readonly seed: number;
  readonly workers?: number;
  readonly timeoutMs?: number;
  readonly memoryMb?: number;
  /** Wall-time cap of one program (pool.ts). */
  readonly wallMs?: number;
  /** The stage set (stages.ts; default full). */
  readonly stages?: StageSet;
  /** Minimize and save new failures to CASES_DIR. */
  readonly save?: boolean;
  readonly onProgress?: (done: number, counts: FuzzCounts, failures: readonly FuzzFailure[]) => void;
  /** Stops the run: no program is handed out after it, those running are not counted, nothing is minimized. */
  readonly signal?: AbortSignal;
}

export interface FuzzCounts {
  programs: number;
  ok: number;
  exceptions: number;
  hangs: number;
  crashes: number;
}

export interface FuzzFailure {
  readonly kind: "exception" | "hang" | "crash";
  readonly signature: string;
  readonly detail: string;
  readonly source: string;
  /** Later programs that failed with the same signature (the first few), which may have other causes. */
  readonly more: string[];
}

/** Programs kept beyond the first of each failure signature (a signature like "hang compile" can hide several causes). */
const MORE_PER_SIGNATURE = 4;

/** The designs mutated: the gallery, test fixtures and benchmark designs. */
export function corpus(): { name: string; source: string }[] {
  const dirs = ["public/examples", "test/fixtures", "bench/designs"];
  const out: { name: string; source: string }[] = [];
  for (const d of dirs) {
    const dir = join(ROOT, d);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith(".py")) out.push({ name: `${d}/${f}`, source: readFileSync(join(dir, f), "utf8") });
  }
  return out;
}

/** What identifies a failure across programs: its kind, stage and message without numbers and names. */
export function signatureOf(o: JobOutcome): string {
  if (o.kind === "hang") return o.stage ? `hang ${o.stage}` : "hang";
  if (o.kind === "crash") return `crash ${o.detail.replace(/\d+/g, "N").slice(0, 120)}`;
  if (o.kind === "exception") {
    const f = o.failures[0]!;
    return `exception ${f.stage} ${f.message.replace(/'[^']*'/g, "'…'").replace(/\d+/g, "N").slice(0, 120)}`;
  }
  return "ok";
}

/** Deletes lines (then characters of single lines) while the failure keeps its signature. */
async function minimize(pool: Pool, source: string, signature: string, maxTries = 150): Promise<string> {
  let lines = source.split("\n");
  let tries = 0;
  const same = async (cand: string[]) => tries++ < maxTries && signatureOf(await pool.run(cand.join("\n"))) === signature;
  for (let chunk = Math.max(1, lines.length >> 1); chunk >= 1; chunk >>= 1) {
    for (let i = 0; i < lines.length && tries < maxTries;) {
      const cand = [...lines.slice(0, i), ...lines.slice(i + chunk)];
      if (cand.length && (await same(cand))) lines = cand;
      else i += chunk;
    }
  }
  return lines.join("\n");
}

export async function fuzz(opts: FuzzOptions): Promise<{ counts: FuzzCounts; failures: FuzzFailure[]; saved: string[]; stopped: boolean }> {
  const designs = corpus();
  const lines = designs.flatMap((d) => d.source.split("\n").filter((l) => l.trim()));
  const pool = new Pool(opts.workers ?? 2, { timeoutMs: opts.timeoutMs ?? 10_000, memoryMb: opts.memoryMb ?? 1024, wallMs: opts.wallMs, stages: opts.stages });
  const counts: FuzzCounts = { programs: 0, ok: 0, exceptions: 0, hangs: 0, crashes: 0 };
  const failures: FuzzFailure[] = [];
  const seen = new Set<string>();
  const r = rng(opts.seed);
  // Programs are made as they are handed out, in index order (the same programs for a seed as making them
  // all first, without holding 100,000 sources in memory or making them before the first one runs).
  let next = 0;
  const runOne = async (): Promise<void> => {
    while (next < opts.n && !opts.signal?.aborted) {
      const src = mutate(designs[next % designs.length]!.source, r, lines);
      next++;
      const o = await pool.run(src);
      if (opts.signal?.aborted) return;
      counts.programs++;
      if (o.kind === "ok") counts.ok++;
      else {
        if (o.kind === "exception") counts.exceptions++;
        else if (o.kind === "hang") counts.hangs++;
        else counts.crashes++;
        const signature = signatureOf(o);
        if (!seen.has(signature)) {
          seen.add(signature);
          failures.push({ kind: o.kind, signature, detail: o.kind === "exception" ? o.failures.map((f) => `${f.stage}: ${f.message}`).join("\n") : o.kind === "crash" ? o.detail : `${o.stage ? `stage ${o.stage}: ` : ""}no answer within ${opts.timeoutMs ?? 10_000} ms of CPU time`, source: src, more: [] });
        } else {
          const first = failures.find((f) => f.signature === signature);
          if (first && first.more.length < MORE_PER_SIGNATURE) first.more.push(src);
        }
      }
      opts.onProgress?.(counts.programs, counts, failures);
    }
  };
  try {
    const stop = new Promise<void>((resolve) => opts.signal?.addEventListener("abort", () => resolve(), { once: true }));
    await Promise.race([Promise.all(Array.from({ length: opts.workers ?? 2 }, runOne)), stop]);
    const stopped = !!opts.signal?.aborted;
    const saved: string[] = [];
    if (opts.save && !stopped) {
      for (const f of failures) {
        const name = `${f.kind}-${createHash("sha256").update(f.signature).digest("hex").slice(0, 12)}.py`;
        const path = join(CASES_DIR, name);
        if (existsSync(path)) continue;
        const small = await minimize(pool, f.source, f.signature);
        const header = `# fuzz case (${f.kind}): ${f.signature.replace(/\s+/g, " ").slice(0, 200)}\n# seed ${opts.seed}; replayed by test/fuzz/fuzz.test.ts, which expects no exception, hang or crash\n`;
        writeFileSync(path, header + small + "\n");
        saved.push(path);
      }
    }
    return { counts, failures, saved, stopped };
  } finally {
    pool.close();
  }
}
