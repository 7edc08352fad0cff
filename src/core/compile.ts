/**
 * The compile pipeline shared by every API call: parse → run the script (lowering kernels) → pick
 * the design. Data-driven phases with timings (STYLE §11); nothing here throws on user input.
 */
import { DiagnosticSink, LineMap, UserError } from "./diagnostics";
import type { SourceRange } from "./diagnostics";
import { parseModule } from "./frontend/parse";
import { LowerContext, lowerKernel } from "./frontend/lower";
import type { ScheduleValue } from "./frontend/schedule-record";
import type { Module } from "./ir/nodes";
import type { CompileOptions } from "./api-types";
import type { FunctionDef, Stmt } from "./frontend/ast";
import { applySchedule } from "./schedule";
import { checkModuleLimits, limitsWith } from "./limits";
import type { ScheduleStep } from "./schedule";
import { newInterpreter } from "./script/interpreter";
import { PyException } from "./frontend/pyexc";
import { NumpyError } from "./frontend/numpy/ndarray";

export interface Design {
  /** The module after the schedule's last applied step (what runs and exports), PE grids expanded when first read. */
  readonly module: Module;
  /** The same with PE grids compact (schedule/grid.ts): what views that summarize a grid read. */
  readonly compact: Module;
  readonly schedule?: ScheduleValue;
  /** The kernel as written (step 0). */
  readonly unscheduled: Module;
  readonly steps: readonly ScheduleStep[];
}

export interface Compilation {
  readonly sink: DiagnosticSink;
  readonly design?: Design;
  readonly timings: Record<string, number>;
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * The last compilation, by source and the options that change it. Every API stage compiles on its
 * own, and the studio and the fuzzer run several stages on the same text in a row: the second stage
 * reuses the first one's design, including a PE grid it expanded (4,096 PE functions at 64×64, most of
 * a stage's time). Designs are immutable; each caller gets a sink of its own to add to.
 */
let last: { readonly key: string; readonly result: Compilation } | undefined;

function reuse(c: Compilation): Compilation {
  return { sink: c.sink.copy(), ...(c.design ? { design: c.design } : {}), timings: { ...c.timings } };
}

export function compileDesign(source: string, options: CompileOptions = {}): Compilation {
  // Files next to the design are not part of the key (their bytes could change): not reused.
  const key = options.files ? undefined : JSON.stringify([options.schedule ?? null, options.limits ?? null, source]);
  if (key !== undefined && last?.key === key) return reuse(last.result);
  // Another text: the old design (hundreds of MB for a large expanded grid) may go while this one is built.
  last = undefined;
  const result = compileUncached(source, options);
  if (key !== undefined) last = { key, result: reuse(result) };
  return result;
}

function compileUncached(source: string, options: CompileOptions): Compilation {
  const timings: Record<string, number> = {};
  const sink = new DiagnosticSink(new LineMap(source));
  let t = now();
  const ast = parseModule(source, sink);
  timings.parse = now() - t;
  t = now();
  const interp = newInterpreter(source, sink, undefined, options.limits);
  if (options.files) interp.files = options.files;
  const script = interp.run(ast);
  timings.script = now() - t;
  t = now();
  let design: Design | undefined;
  const schedules = script.schedules;
  if (options.schedule) {
    const s = schedules.find((x) => x.variable === options.schedule);
    if (!s) {
      sink.error("E-schedule-name", `no schedule is assigned to '${options.schedule}'; schedules: ${schedules.map((x) => x.variable ?? "(unnamed)").join(", ") || "none"}`, { from: 0, to: 0 });
    } else if (s.module) design = { module: s.module, compact: s.module, schedule: s, unscheduled: s.module, steps: [] };
  } else {
    const built = [...schedules].reverse().find((s) => s.built);
    const chosen = built ?? schedules[schedules.length - 1];
    if (chosen) {
      if (chosen.module) design = { module: chosen.module, compact: chosen.module, schedule: chosen, unscheduled: chosen.module, steps: [] };
    } else {
      const k = script.kernels[script.kernels.length - 1];
      const untyped = [...ast.body].reverse().find((st): st is FunctionDef => st.kind === "FunctionDef" && st.args.some((a) => !a.annotation));
      if (!k && untyped && !sink.hasErrors) {
        const a = untyped.args.find((x) => !x.annotation)!;
        sink.error("E-annotation", `argument '${a.name}' of kernel '${untyped.name}' needs a type annotation, e.g. ${a.name}: int32[16]`, a.range);
      } else if (!k) {
        if (!sink.hasErrors) sink.error("E-no-design", "this file defines no kernel; write a def with typed arguments (e.g. def kernel(A: int32[16]) -> int32[16]:)", { from: 0, to: Math.min(source.length, 1) });
      } else if (k.def.typeParams.length > 0) {
        sink.error("E-template", `the design's kernel '${k.def.name}' is a template; instantiate it with s = allo.customize(${k.def.name}, instantiate=[...])`, k.def.nameRange);
      } else {
        const module = lowerUnscheduled(sink, interp, source, k, k.def.nameRange);
        if (module) design = { module, compact: module, unscheduled: module, steps: [] };
      }
    }
  }
  timings.lower = now() - t;
  dropSyntaxEchoes(sink, ast.body);
  const limits = limitsWith(options.limits);
  if (design && !checkModuleLimits(design.unscheduled, limits, sink)) design = undefined;
  if (sink.hasErrors) design = undefined;
  t = now();
  if (design?.schedule && design.schedule.records.length > 0) {
    // Schedule errors are reported but keep the design: its steps up to the error stay visible.
    const result = applySchedule(design.unscheduled, design.schedule.records, design.schedule.top, limits);
    for (const st of result.steps) {
      for (const d of st.diagnostics) sink.add(d.code === "E-schedule-unsupported" || d.code.startsWith("W-") ? "warning" : "error", d.code, d.message, d.range, d.fix);
    }
    const { module: _, ...rest } = design;
    design = Object.defineProperty({ ...rest, compact: result.compactFinal, steps: result.steps }, "module", { get: () => result.final, enumerable: true }) as unknown as Design;
    // A step may add FIFOs (`s.to(..., depth=)`) or buffers.
    if (!checkModuleLimits(result.compactFinal, limits, sink)) design = undefined;
  }
  timings.schedule = now() - t;
  return { sink, design, timings };
}

/**
 * The design's kernel lowered outside the script (a file with no `allo.customize`). Lowering evaluates
 * Python expressions (loop bounds, `X.grid(...)` receivers) in the script's interpreter, which raises
 * Python exceptions; inside the script its statement reports them, here this does, the same way
 * (`"s".grid(N)` escaped as an internal error).
 */
function lowerUnscheduled(sink: DiagnosticSink, interp: ReturnType<typeof newInterpreter>, source: string, k: Parameters<typeof lowerKernel>[1], at: SourceRange): Module | undefined {
  try {
    return lowerKernel(new LowerContext(sink, interp, source), k, undefined, at);
  } catch (e) {
    if (!(e instanceof PyException || e instanceof NumpyError)) throw e;
    const x = interp.asException(e, at);
    sink.error(x.type === "AssertionError" ? "E-assert" : "E-raise", `${x.type}${x.message ? `: ${x.message.trim()}` : ""}`, x.range);
    return undefined;
  }
}

/**
 * A syntax error makes later errors unreliable: names its statement would have defined look
 * undefined, and the statement itself lowers half-parsed. Keep the syntax errors and drop those
 * echoes (E-name anywhere, anything else inside a top-level statement holding a syntax error).
 */
function dropSyntaxEchoes(sink: DiagnosticSink, body: readonly Stmt[]): void {
  const syntax = sink.items.filter((d) => d.code === "E-syntax");
  if (syntax.length === 0) return;
  // A statement's region runs to the next top-level statement: a broken indent ends a def early.
  const regions = body.map((st, i) => ({ from: st.range.from, to: body[i + 1]?.range.from ?? Infinity }));
  const inside = (r: { from: number; to: number }, at: number) => at >= r.from && at < r.to;
  // The statement before a broken one is suspect too: an indentation error splits a block in two.
  const broken = regions.filter((r, i) => syntax.some((d) => inside(r, d.range.from) || (regions[i + 1] !== undefined && inside(regions[i + 1]!, d.range.from))));
  sink.retain((d) => d.code === "E-syntax" || (d.code !== "E-name" && !broken.some((r) => inside(r, d.range.from))));
}

export { UserError };
