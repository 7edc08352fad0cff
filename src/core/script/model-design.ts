/**
 * Compiles the design file `from_pytorch` generates (frontend/models/pytorch-design.ts) with a
 * nested interpreter, then points every source range of the result at the user's own source: each
 * operator kernel at the line of the model that called the operator, the rest at the
 * from_pytorch call. The generated text itself never reaches the editor.
 */
import type { DiagnosticSink, SourceRange } from "../diagnostics";
import { DiagnosticSink as Sink, LineMap } from "../diagnostics";
import { parseModule } from "../frontend/parse";
import type { GeneratedDesign } from "../frontend/models/pytorch-design";
import type { ScheduleValue } from "../frontend/schedule-record";
import type { Module } from "../ir/nodes";
import type { ScriptInterpreter } from "../frontend/interp";

export function compileModelDesign(design: GeneratedDesign, at: SourceRange, sink: DiagnosticSink, make: (source: string, sink: DiagnosticSink) => ScriptInterpreter): ScheduleValue | undefined {
  const sub = new Sink(new LineMap(design.source));
  const ast = parseModule(design.source, sub);
  const inner = make(design.source, sub);
  for (const [n, a] of design.constants) inner.globals.set(n, { k: "ndarray", a });
  const r = inner.run(ast);
  const errors = sub.items.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    // The generator made a design the compiler refuses: a bug of ours, said so with the first reason.
    const lc = sub.lines.lineCol(errors[0]!.range.from);
    sink.error("E-internal", `internal error, please report: the design generated from the model does not compile (generated line ${lc.line}: ${errors[0]!.message})`, at);
    return undefined;
  }
  const s = r.schedules.find((x) => x.top === design.top && x.module?.top === design.top) ?? r.schedules[r.schedules.length - 1];
  if (!s?.module) return undefined;
  // The compose records (each operator's library schedule) stay: each points at its operator's line.
  const records = s.records.map((rec, i) => {
    const where = design.kernelAt.get(design.composed[i] ?? "") ?? at;
    remapAll(rec.args, where);
    remapAll([...rec.kwargs.values()], where);
    return { ...rec, range: where, methodRange: where, argSpans: rec.argSpans?.map(() => ({ range: where })), kwargSpans: new Map([...(rec.kwargSpans ?? new Map()).keys()].map((k) => [k, { range: where }])), keywordRanges: new Map([...(rec.keywordRanges ?? new Map()).keys()].map((k) => [k, where])) };
  });
  return { ...s, module: remapRanges(s.module, design.kernelAt, at), records, range: at };
}

/** Every range-like field reachable from `x` (a sub-schedule's module and records) set to `r`. */
function remapAll(x: unknown, r: SourceRange, seen = new Set<object>()): void {
  if (!x || typeof x !== "object" || seen.has(x) || ArrayBuffer.isView(x)) return;
  seen.add(x);
  if (Array.isArray(x)) { if (typeof x[0] !== "number") for (const y of x) remapAll(y, r, seen); return; }
  if (x instanceof Map) { for (const y of x.values()) remapAll(y, r, seen); return; }
  const o = x as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if ((k === "range" || k.endsWith("Range")) && v && typeof v === "object" && "from" in v) o[k] = r;
    else remapAll(v, r, seen);
  }
}

/** Every `range`-like field of the module's nodes, per function, set to the function's user range. */
function remapRanges(m: Module, kernelAt: ReadonlyMap<string, SourceRange>, at: SourceRange): Module {
  const seen = new Set<object>();
  const walk = (x: unknown, r: SourceRange): void => {
    // (a weight table's values are numbers or one typed array: nothing to remap in them)
    if (!x || typeof x !== "object" || seen.has(x) || ArrayBuffer.isView(x)) return;
    seen.add(x);
    if (Array.isArray(x)) { if (typeof x[0] !== "number") for (const y of x) walk(y, r); return; }
    const o = x as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (k === "range" || k.endsWith("Range")) {
        if (v && typeof v === "object" && "from" in v) o[k] = r;
      } else walk(v, r);
    }
  };
  for (const f of m.funcs) walk(f, kernelAt.get(f.name) ?? at);
  walk(m, at);
  return m;
}
