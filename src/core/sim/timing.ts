/**
 * Cycle costs for the simulator's timed mode (DESIGN §6): how far a process's clock advances per loop
 * iteration. A pipelined loop starts an iteration every II cycles; an unpipelined innermost loop takes
 * the latency of its body (its operations' critical paths, one statement after the other); an outer
 * loop adds one cycle of loop control per iteration (its inner loops advance the clock themselves).
 * Operator latencies are typical Vitis HLS figures for UltraScale+ at 300 MHz (floating-point cores
 * from the Floating-Point Operator guide, PG060): they shape the timeline, they are not a promise.
 */
import type * as ir from "../ir/nodes";
import { exprChildren, stmtExprs } from "./codegen";

const FLOAT_LATENCY: Partial<Record<ir.BinaryOp, number>> = { add: 4, sub: 4, mul: 3, div: 12, floordiv: 12, rem: 12, pow: 20 };

/** Latency of one expression: its critical path through loads and operators. */
function exprLatency(e: ir.Expr): number {
  const inner = Math.max(0, ...exprChildren(e).map(exprLatency));
  switch (e.kind) {
    case "load": return inner + (e.buf.type.shape.length === 0 ? 0 : 1);
    case "stream-get": return inner + 1;
    case "binary":
      if (e.type.kind === "float") return inner + (FLOAT_LATENCY[e.op] ?? 1);
      return inner + (e.op === "mul" ? 1 : e.op === "div" || e.op === "rem" || e.op === "floordiv" ? 8 : 0);
    case "math": return inner + 10;
    case "call-value": return inner + 1;
    default: return inner;
  }
}

function hasLoop(ss: readonly ir.Stmt[]): boolean {
  return ss.some((s) => s.kind === "for" || s.kind === "while" || (s.kind === "if" && (hasLoop(s.then) || hasLoop(s.else))));
}

function blockLatency(ss: readonly ir.Stmt[]): number {
  let total = 0;
  for (const s of ss) {
    if (s.kind === "if") total += Math.max(blockLatency(s.then), blockLatency(s.else));
    else if (s.kind !== "alloc") total += Math.max(s.kind === "store" || s.kind === "stream-put" ? 1 : 0, ...stmtExprs(s).map(exprLatency));
  }
  return total;
}

/** Cycles one iteration of `loop` adds to its process's clock. */
export function iterationCycles(_f: ir.Func, loop: ir.For | ir.While): number {
  if (loop.kind === "for" && loop.attrs.pipelineII !== undefined) return Math.max(1, loop.attrs.pipelineII);
  if (hasLoop(loop.body)) return 1;
  return Math.max(1, blockLatency(loop.body));
}
