/**
 * Symbolic FIFOs and the process scheduler of dataflow regions. A channel is a bounded queue of term ids (or
 * copied blocks); a process is a generator that yields what it waits for when it must block. Processes run
 * round-robin, each until it blocks, which is a fair order; since a Kahn process network's results do not
 * depend on the order, any fair order gives the results of every order. When a whole round makes no
 * progress, every live process is blocked: a deadlock, reported with who waits for what.
 */
import type { SourceRange } from "../../diagnostics";
import { DeadlockStop } from "./stops";
import type { Mem } from "./exec";

export class Chan {
  private readonly q: (number | Mem)[] = [];
  private head = 0;
  /** Operations on all channels (progress detection). */
  static ops = 0;

  constructor(readonly name: string, readonly depth: number, readonly range: SourceRange) {}

  get n(): number {
    return this.q.length - this.head;
  }
  put(v: number | Mem): void {
    this.q.push(v);
    Chan.ops++;
  }
  get(): number | Mem {
    const v = this.q[this.head++]!;
    if (this.head > 1024 && this.head * 2 > this.q.length) { this.q.splice(0, this.head); this.head = 0; }
    Chan.ops++;
    return v;
  }
}

/** What a blocked process waits for. */
export interface Blocked {
  readonly op: "get" | "put";
  readonly chan: Chan;
  readonly range: SourceRange;
}

export interface Process {
  readonly name: string;
  readonly gen: Iterator<Blocked | undefined, unknown, unknown>;
}

/** Runs processes to completion or throws DeadlockStop; `tick` is the budget check. */
export function runProcesses(procs: readonly Process[], tick: () => void): void {
  const live = procs.map((p) => ({ p, blocked: undefined as Blocked | undefined }));
  let alive = live.length;
  while (alive > 0) {
    const before = Chan.ops;
    let finished = false;
    for (const e of live) {
      if (!e.p) continue;
      tick();
      const r = e.p.gen.next();
      if (r.done) {
        (e as { p?: Process }).p = undefined;
        alive--;
        finished = true;
      } else e.blocked = r.value;
    }
    if (alive > 0 && !finished && Chan.ops === before) {
      const waits = live.filter((e) => e.p && e.blocked).map((e) => `${e.p!.name} waits to ${e.blocked!.op} ${e.blocked!.op === "get" ? "from" : "to"} '${e.blocked!.chan.name}'`);
      const first = live.find((e) => e.p && e.blocked)?.blocked;
      throw new DeadlockStop(`every process is blocked: ${waits.slice(0, 4).join("; ")}${waits.length > 4 ? `; and ${waits.length - 4} more` : ""}`, first?.range, [...waits].sort());
    }
  }
}
