/**
 * The II a pipelined loop achieves (one iteration = the copies of an unrolled loop's group, whose
 * variable is then `iterSymbol`): the requested II raised by
 * - memory ports: a RAM bank serves 2 accesses per cycle, so N accesses of one bank per iteration
 *   need II ≥ ceil(N / 2) (partitioning spreads them over banks; registers have no limit);
 * - FIFOs: one read and one write per cycle;
 * - loop-carried dependences: a value stored in iteration i and loaded d iterations later needs
 *   II ≥ ceil(chain latency / d) (e.g. a float32 accumulator: II ≥ the adder's latency);
 * - called functions that are not pipelined: II ≥ their interval.
 * Each constraint comes with its why and source range.
 */
import type * as ir from "../ir/nodes";
import { shiftSymbol } from "./affine";
import type { FlatResult } from "./flat";
import type { MemoryInfo } from "./memory";
import type { EstimateWhy } from "./types";

export interface IIResult {
  readonly ii: number;
  /** Extra cycles the port-limited accesses add to one iteration (portCycles − 1). */
  readonly portStretch: number;
  readonly why: EstimateWhy[];
}

/** The most accesses one bank of one buffer serves per pass, and which buffer (for the why). */
export function portCycles(flat: FlatResult, memory: (b: ir.Buffer) => MemoryInfo): { cycles: number; why?: EstimateWhy } {
  let best = { cycles: 1, why: undefined as EstimateWhy | undefined };
  for (const a of flat.accesses.values()) {
    const mem = memory(a.buf);
    if (!Number.isFinite(mem.ports) || mem.storage === "fifo") continue;
    let worst = 0;
    for (const n of a.perBank.values()) worst = Math.max(worst, n);
    worst += a.any;
    const cycles = Math.ceil(worst / mem.ports);
    if (cycles > best.cycles) {
      const what = `${a.loads ? `${a.loads} load${a.loads > 1 ? "s" : ""}` : ""}${a.loads && a.stores ? " + " : ""}${a.stores ? `${a.stores} store${a.stores > 1 ? "s" : ""}` : ""}`;
      const where = mem.banks > 1 ? (a.any ? ` (${a.any} to a bank known only at run time)` : `, ${worst} on one of its ${mem.banks} banks`) : "";
      best = { cycles, why: { text: `II ${cycles}: ${what} of ${a.buf.name} per iteration${where}, ${mem.ports} ports per ${mem.label} bank`, range: a.buf.range } };
    }
  }
  return best;
}

const MAX_DISTANCE = 4;

/** The recurrence-constrained II of the loop whose variable is `sym`. */
export function recurrenceII(flat: FlatResult, sym: number): { ii: number; why?: EstimateWhy } {
  let best = { ii: 1, why: undefined as EstimateWhy | undefined };
  for (const ld of flat.loads) {
    if (!ld.exposed) continue;
    // The store this load may read d iterations later: shift the load's indices back by d.
    for (let d = 1; d <= MAX_DISTANCE; d++) {
      const shifted = ld.idx.map((a) => a && shiftSymbol(a, sym, d));
      const w = flat.index.latest(ld.buf, shifted).write;
      if (!w) continue;
      const ii = Math.ceil((w.end - ld.effStart) / d);
      if (ii > best.ii) {
        const via = w.chain ? `: ${w.chain}` : "";
        const kind = ld.buf.type.shape.length === 0 ? "scalar" : "array";
        best = { ii, why: { text: `II ${ii}: loop-carried dependence through ${kind} ${ld.buf.name} (stored, then loaded ${d === 1 ? "the next iteration" : `${d} iterations later`}${via})`, range: w.range } };
      }
      break;
    }
  }
  return best;
}

/** The achieved II of a pipelined loop from its flat schedule. */
export function achievedII(loop: ir.For, flat: FlatResult, memory: (b: ir.Buffer) => MemoryInfo, iterSymbol = loop.iv.id): IIResult {
  const requested = loop.attrs.pipelineII ?? 1;
  const why: EstimateWhy[] = [];
  let ii = Math.max(1, requested);
  why.push({ text: `pipelined with II ${requested} requested`, range: loop.range });
  const ports = portCycles(flat, memory);
  if (ports.cycles > ii && ports.why) { ii = ports.cycles; }
  if (ports.why && ports.cycles > requested) why.push(ports.why);
  for (const s of flat.streams.values()) {
    const n = Math.max(s.gets, s.puts);
    if (n > requested) why.push({ text: `II ${n}: ${n} ${s.gets >= s.puts ? "reads from" : "writes to"} FIFO ${s.buf.name} per iteration, one per cycle`, range: s.buf.range });
    ii = Math.max(ii, n);
  }
  const rec = recurrenceII(flat, iterSymbol);
  if (rec.ii > requested && rec.why) why.push(rec.why);
  ii = Math.max(ii, rec.ii);
  for (const c of flat.calls) {
    if (c.interval > requested) why.push({ text: `II ${c.interval}: calls ${c.name}, which accepts a new call every ${c.interval} cycles`, range: c.range });
    ii = Math.max(ii, c.interval);
  }
  return { ii, portStretch: Math.max(0, ports.cycles - 1), why };
}
