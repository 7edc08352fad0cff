/**
 * What the report flags and what it suggests: loops that miss the II they asked for, loops that
 * limit the latency, and a next step for each, read from the estimator's reasons. Pure.
 */
import type { EstimateWhy, LoopEstimate } from "../../core/api-types";
import { formatCount } from "../../core/numbers";

/** A loop takes at least this share of its parent's latency to count as limiting it. */
export const LIMITING_SHARE = 0.5;

export interface RowFlags {
  /** Pipelined at a higher II than asked. */
  readonly iiMiss: boolean;
  /** Takes most of its function's latency (and of each enclosing loop's). */
  readonly limiting: boolean;
  /** Its share of the function's latency (0–1), for limiting loops. */
  readonly share?: number;
}

/** The loops on the path that sets a function's latency: at each level, the child taking most of it. */
export function limitingLoops(loops: readonly LoopEstimate[], total: number): Map<LoopEstimate, number> {
  const out = new Map<LoopEstimate, number>();
  let level = loops;
  let parent = total;
  while (level.length > 0 && parent > 0) {
    const top = level.filter((l) => !l.absorbed).reduce<LoopEstimate | undefined>((a, l) => (!a || l.latency > a.latency ? l : a), undefined);
    if (!top || top.latency < LIMITING_SHARE * parent) break;
    out.set(top, total > 0 ? top.latency / total : 1);
    level = top.loops;
    parent = top.latency;
  }
  return out;
}

export const isIIMiss = (l: LoopEstimate) => l.pipelined && l.requestedII !== undefined && l.ii !== undefined && l.ii > l.requestedII;

const PORTS = /^II (\d+): (.+?) of (\S+) per iteration(?:, (\d+) on one of its (\d+) banks)?, (\d+) ports per/;
const CARRIED = /^II (\d+): loop-carried dependence through (?:\w+ )?(\S+)/;
const FIFO = /^II (\d+): (\d+) (?:reads from|writes to) FIFO (\S+) per iteration/;
const CALL = /^II (\d+): calls (\S+),/;

/** A next step for one reason an II was raised above `target`, or undefined when there is none to offer. */
export function adviceForReason(why: EstimateWhy, target: number): string | undefined {
  let m = PORTS.exec(why.text);
  if (m) {
    const accesses = m[4] !== undefined ? Number(m[4]) : m[2]!.split("+").reduce((a, part) => a + (Number(/\d+/.exec(part)?.[0]) || 0), 0);
    const banks = m[5] !== undefined ? Number(m[5]) : 1;
    const ports = Number(m[6]);
    const need = banks * Math.max(1, Math.ceil(accesses / (ports * target)));
    return `partition ${m[3]} into ${need} banks or more on the dimension this loop walks (complete, or cyclic with factor=${need}) to reach II ${target}`;
  }
  m = CARRIED.exec(why.text);
  if (m) return `break the dependence through ${m[2]}: accumulate into independent partial sums (reorder so the pipelined loop does not update the same element each iteration) to reach II ${target}`;
  m = FIFO.exec(why.text);
  if (m) return `move ${m[2]} accesses of FIFO ${m[3]} out of one iteration (pipeline an inner loop instead, or widen the stream) to reach II ${target}`;
  m = CALL.exec(why.text);
  if (m) return `pipeline the loops of ${m[2]} so it accepts a call every ${target} cycle${target === 1 ? "" : "s"}`;
  return undefined;
}

/** Next steps for a loop: why it misses its II, or how to shorten it when it limits the latency. */
export function adviceFor(l: LoopEstimate, limiting: boolean): string[] {
  const out: string[] = [];
  if (isIIMiss(l)) {
    for (const w of l.why) {
      const a = adviceForReason(w, l.requestedII!);
      if (a && !out.includes(a)) out.push(a);
    }
    if (out.length === 0) out.push(`find what raises the II to ${l.ii} in the reasons above; II ${l.requestedII} was asked`);
  } else if (limiting && !l.pipelined && !l.absorbed) {
    out.push(`pipeline it: s.pipeline("${l.name}") overlaps its ${formatCount(l.tripCount)} iterations (or pipeline a loop inside it)`);
  } else if (limiting && l.pipelined && l.loops.length === 0) {
    out.push(`it runs one iteration per II already: unroll it (with partitioned buffers) to do several per cycle`);
  }
  return out;
}
