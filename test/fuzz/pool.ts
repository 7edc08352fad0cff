/**
 * Child processes that run fuzz jobs under limits: a stage of a job that takes longer than `timeoutMs` is a
 * hang (the child is killed and replaced); a child that dies mid-job (V8 abort, out of memory) is a crash.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { StageFailure, StageSet } from "./stages";

export type JobOutcome =
  | { readonly kind: "ok"; readonly ms: number }
  | { readonly kind: "exception"; readonly failures: readonly StageFailure[]; readonly ms: number }
  | { readonly kind: "hang"; readonly ms: number; readonly stage?: string }
  | { readonly kind: "crash"; readonly detail: string };

export interface PoolOptions {
  readonly timeoutMs: number;
  /** V8 heap limit of each child (MB). */
  readonly memoryMb: number;
  /** Wall time after which a job is a hang whatever its CPU time (default 4 × timeoutMs). */
  readonly wallMs?: number;
  /** The stage set (stages.ts; default full). */
  readonly stages?: StageSet;
}

const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));
/** V8's semi-space of each child (MB; the default is 16 on 64-bit). */
const SEMI_SPACE_MB = 32;

/** CPU time (user + system) a process has used, in ms; from /proc on Linux, else 0 (wall time rules). */
function cpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in USER_HZ (100)
  } catch {
    return 0;
  }
}

class Worker {
  private proc!: ChildProcessWithoutNullStreams;
  private buf = "";
  private stderr = "";
  private pending?: { id: number; resolve: (o: JobOutcome) => void; timer: NodeJS.Timeout; start: number; cpu0: number; stage?: string };
  private nextId = 0;

  constructor(private readonly opts: PoolOptions) {
    this.start();
  }

  private start(): void {
    this.buf = "";
    this.stderr = "";
    // A larger young generation: the compiler's short-lived IR and term objects spent about a fifth of
    // a child's CPU time in scavenges with the default semi-space.
    this.proc = spawn(process.execPath, ["--import", "tsx", `--max-old-space-size=${this.opts.memoryMb}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, "--stack-size=900", CHILD], { stdio: ["pipe", "pipe", "pipe"] });
    // A child that died has a closed stdin: the exit handler reports the crash, the write error is moot.
    this.proc.stdin.on("error", () => {});
    this.proc.stdout.setEncoding("utf8");
    this.proc.stdout.on("data", (d: string) => {
      this.buf += d;
      let nl: number;
      while ((nl = this.buf.indexOf("\n")) >= 0) {
        const line = this.buf.slice(0, nl);
        this.buf = this.buf.slice(nl + 1);
        const msg = JSON.parse(line) as { id: number; failures: StageFailure[]; ms: number } | { id: number; stage: string };
        const p = this.pending;
        if (!p || p.id !== msg.id) continue;
        if ("stage" in msg) {
          // Each stage gets the whole time limit: a program runs a dozen of them.
          p.stage = msg.stage;
          p.start = Date.now();
          p.cpu0 = cpuMs(this.proc.pid);
          continue;
        }
        clearTimeout(p.timer);
        this.pending = undefined;
        p.resolve(msg.failures.length ? { kind: "exception", failures: msg.failures, ms: msg.ms } : { kind: "ok", ms: msg.ms });
      }
    });
    this.proc.stderr.setEncoding("utf8");
    this.proc.stderr.on("data", (d: string) => { this.stderr = (this.stderr + d).slice(-4000); });
    const proc = this.proc;
    proc.on("exit", (code, signal) => {
      if (proc !== this.proc) return; // a child we killed on purpose
      const p = this.pending;
      this.pending = undefined;
      this.start();
      if (p) {
        clearTimeout(p.timer);
        p.resolve({ kind: "crash", detail: `exit ${code ?? ""}${signal ? ` signal ${signal}` : ""}: ${this.lastStderr(proc)}` });
      }
    });
  }

  private lastStderr(_proc: ChildProcessWithoutNullStreams): string {
    return this.stderr.split("\n").filter((l) => l.trim()).slice(-3).join(" | ");
  }

  run(source: string): Promise<JobOutcome> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      const start = Date.now();
      const cpu0 = cpuMs(this.proc.pid);
      // One stage's CPU and wall time since it started (the child says when each stage starts).
      // A hang is `timeoutMs` of the child's CPU time (on a loaded machine wall time says little), or
      // `wallMs` of wall time.
      const wallMs = this.opts.wallMs ?? 4 * this.opts.timeoutMs;
      const check = () => {
        const p = this.pending;
        if (p?.id !== id) return;
        const cpu = cpuMs(this.proc.pid) - p.cpu0;
        const wall = Date.now() - p.start;
        if (cpu < this.opts.timeoutMs && wall < wallMs) {
          p.timer = setTimeout(check, Math.max(100, this.opts.timeoutMs - cpu));
          return;
        }
        this.pending = undefined;
        const old = this.proc;
        this.start();
        old.kill("SIGKILL");
        resolve({ kind: "hang", ms: Math.min(cpu, wall), ...(p.stage ? { stage: p.stage } : {}) });
      };
      const timer = setTimeout(check, this.opts.timeoutMs);
      this.pending = { id, resolve, timer, start, cpu0 };
      this.proc.stdin.write(`${JSON.stringify({ id, source, stages: this.opts.stages })}\n`);
    });
  }

  /** Kills the child; a job still running is dropped (its promise never settles). */
  close(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = undefined;
    const p = this.proc;
    this.proc = undefined as never;
    p.kill("SIGKILL");
  }
}

/** `size` children; `run` hands each job to a free child. */
export class Pool {
  private readonly free: Worker[];
  private readonly waiting: ((w: Worker) => void)[] = [];

  constructor(size: number, opts: PoolOptions) {
    this.free = Array.from({ length: size }, () => new Worker(opts));
    this.all = [...this.free];
  }
  private readonly all: Worker[];

  async run(source: string): Promise<JobOutcome> {
    const w = this.free.pop() ?? (await new Promise<Worker>((res) => this.waiting.push(res)));
    try {
      return await w.run(source);
    } finally {
      const next = this.waiting.shift();
      if (next) next(w);
      else this.free.push(w);
    }
  }

  close(): void {
    for (const w of this.all) w.close();
  }
}
