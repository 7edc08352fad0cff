/**
 * What a deadlock marks on the diagram: blocked processes and the FIFOs they wait on, and, stronger,
 * the processes, FIFOs and stream edges of the wait-for cycle. Pure; ids follow the architecture graph
 * (`kernel:<process>`, `fifo:<name>`).
 */
import type { DeadlockInfo } from "../../core/api-types";

export type DeadlockMark = "cycle" | "blocked";

export interface DeadlockMarks {
  readonly nodes: ReadonlyMap<string, DeadlockMark>;
  /** Stream links on the cycle as `from->to` node ids. */
  readonly links: ReadonlySet<string>;
}

export const NO_MARKS: DeadlockMarks = { nodes: new Map(), links: new Set() };

export function deadlockMarks(d: DeadlockInfo | undefined): DeadlockMarks {
  if (!d) return NO_MARKS;
  const nodes = new Map<string, DeadlockMark>();
  for (const b of d.blocked) {
    nodes.set(`kernel:${b.process}`, "blocked");
    nodes.set(`fifo:${b.fifo}`, "blocked");
  }
  const links = new Set<string>();
  d.cycle.forEach((p, i) => {
    const next = d.cycle[(i + 1) % d.cycle.length]!;
    const fifo = `fifo:${d.cycleFifos[i]}`;
    const op = d.blocked.find((b) => b.process === p)?.op;
    nodes.set(`kernel:${p}`, "cycle");
    nodes.set(fifo, "cycle");
    // A blocked put waits for the FIFO's reader; a blocked get for its writer.
    if (op === "put") { links.add(`kernel:${p}->${fifo}`); links.add(`${fifo}->kernel:${next}`); }
    else { links.add(`${fifo}->kernel:${p}`); links.add(`kernel:${next}->${fifo}`); }
  });
  return { nodes, links };
}
