/**
 * The compile pipeline shared by every API call: parse → run the script (lowering kernels) → pick
 * the design. Data-driven phases with timings (STYLE §11); nothing here throws on user input.
 */
import { DiagnosticSink, LineMap, UserError } from "./diagnostics";
import { parseModule } from "./frontend/parse";
import { ScriptInterpreter } from "./frontend/interp";
import { LowerContext, lowerKernel } from "./frontend/lower";
import type { ScheduleValue } from "./frontend/schedule-record";
import type { Module } from "./ir/nodes";
import type { CompileOptions } from "./api-types";

export interface Design {
  readonly module: Module;
  readonly schedule?: ScheduleValue;
}

export interface Compilation {
  readonly sink: DiagnosticSink;
  readonly design?: Design;
  readonly timings: Record<string, number>;
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

export function compileDesign(source: string, options: CompileOptions = {}): Compilation {
  const timings: Record<string, number> = {};
  const sink = new DiagnosticSink(new LineMap(source));
  let t = now();
  const ast = parseModule(source, sink);
  timings.parse = now() - t;
  t = now();
  let interp: ScriptInterpreter;
  // eslint-disable-next-line prefer-const
  interp = new ScriptInterpreter(source, sink, (fn, inst, at, caller) => lowerKernel(new LowerContext(sink, interp, source, caller), fn, inst, at));
  const script = interp.run(ast);
  timings.script = now() - t;
  t = now();
  let design: Design | undefined;
  const schedules = script.schedules;
  if (options.schedule) {
    const s = schedules.find((x) => x.variable === options.schedule);
    if (!s) {
      sink.error("E-schedule-name", `no schedule is assigned to '${options.schedule}'; schedules: ${schedules.map((x) => x.variable ?? "(unnamed)").join(", ") || "none"}`, { from: 0, to: 0 });
    } else if (s.module) design = { module: s.module, schedule: s };
  } else {
    const built = [...schedules].reverse().find((s) => s.built);
    const chosen = built ?? schedules[schedules.length - 1];
    if (chosen) {
      if (chosen.module) design = { module: chosen.module, schedule: chosen };
    } else {
      const k = script.kernels[script.kernels.length - 1];
      if (!k) {
        if (!sink.hasErrors) sink.error("E-no-design", "this file defines no kernel; write a def with typed arguments (e.g. def kernel(A: int32[16]) -> int32[16]:)", { from: 0, to: Math.min(source.length, 1) });
      } else if (k.def.typeParams.length > 0) {
        sink.error("E-template", `the design's kernel '${k.def.name}' is a template; instantiate it with s = allo.customize(${k.def.name}, instantiate=[...])`, k.def.nameRange);
      } else {
        const module = lowerKernel(new LowerContext(sink, interp, source), k, undefined, k.def.nameRange);
        if (module) design = { module };
      }
    }
  }
  timings.lower = now() - t;
  if (sink.hasErrors) design = undefined;
  return { sink, design, timings };
}

export { UserError };
