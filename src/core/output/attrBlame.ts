/**
 * Which schedule call set each attribute of the scheduled design: the schedule's snapshots are compared
 * step by step, and an attribute belongs to the last applied step that changed it. A pragma line of the
 * HLS C++ (or an attribute of the MLIR) is then linked to that call as well as to the kernel's loop.
 */
import type { SourceRange } from "../diagnostics";
import type * as ir from "../ir/nodes";
import { bufferAttrKey, funcAttrKey, loopAttrKey } from "./origins";

/** One schedule step as the compiler keeps it (a subset of ScheduleStep). */
export interface BlameStep {
  readonly range: SourceRange;
  readonly status: "applied" | "error" | "skipped";
  readonly module: ir.Module;
}

/** Every schedule attribute of a module, by key, with its value spelled for comparison. */
export function attributeTable(m: ir.Module): Map<string, string> {
  const out = new Map<string, string>();
  const buffer = (f: string, b: ir.Buffer) => {
    if (b.partition?.some((d) => d)) out.set(bufferAttrKey(f, b.name, "partition"), JSON.stringify(b.partition));
    if (b.stream) out.set(bufferAttrKey(f, b.name, "stream"), JSON.stringify(b.stream));
    if (b.memory) out.set(bufferAttrKey(f, b.name, "memory"), JSON.stringify(b.memory));
  };
  const walk = (f: string, ss: readonly ir.Stmt[]): void => {
    for (const s of ss) {
      if (s.kind === "for") {
        const a = s.attrs;
        if (a.pipelineII !== undefined) out.set(loopAttrKey(f, s.loopName, "pipeline"), `${a.pipelineII}${a.rewind ? "r" : ""}`);
        if (a.unroll !== undefined) out.set(loopAttrKey(f, s.loopName, "unroll"), String(a.unroll));
        if (a.dataflow) out.set(loopAttrKey(f, s.loopName, "dataflow"), "1");
        if (a.parallel) out.set(loopAttrKey(f, s.loopName, "parallel"), "1");
        walk(f, s.body);
      } else if (s.kind === "while") walk(f, s.body);
      else if (s.kind === "if") { walk(f, s.then); walk(f, s.else); }
      else if (s.kind === "alloc") buffer(f, s.buf);
      else if (s.kind === "call") s.results.forEach((b) => buffer(f, b));
    }
  };
  for (const f of m.funcs) {
    if (f.attrs.dataflow) out.set(funcAttrKey(f.name, "dataflow"), "1");
    if (f.attrs.inline) out.set(funcAttrKey(f.name, "inline"), "1");
    for (const p of f.params) if (p.kind === "buffer") buffer(f.name, p);
    walk(f.name, f.body);
  }
  return out;
}

/** Attribute key → the range of the schedule call that last changed it. */
export function blameAttributes(unscheduled: ir.Module, steps: readonly BlameStep[]): Map<string, SourceRange> {
  const blame = new Map<string, SourceRange>();
  let prev = attributeTable(unscheduled);
  let prevModule = unscheduled;
  for (const st of steps) {
    if (st.status !== "applied" || st.module === prevModule) continue;
    const cur = attributeTable(st.module);
    for (const [k, v] of cur) if (prev.get(k) !== v) blame.set(k, st.range);
    prev = cur;
    prevModule = st.module;
  }
  return blame;
}
