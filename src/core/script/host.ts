/**
 * The script-mode host of the interpreter: runs built modules on the simulator with Allo's calling
 * convention (numpy arrays in, outputs written back into the caller's arrays, results returned as
 * arrays), prints HLS C++ for `vhls` builds, and collects print() output.
 */
import type { SourceRange } from "../diagnostics";
import type { DiagnosticSink } from "../diagnostics";
import type { PyValue } from "../frontend/values";
import { describe, NONE } from "../frontend/values";
import type { ScriptHost } from "../frontend/script-host";
import { PyException } from "../frontend/pyexc";
import { applySchedule } from "../schedule";
import type { Module } from "../ir/nodes";
import { runModule, DEFAULT_STEP_BUDGET } from "../sim/simulate";
import { STEP_BUDGET_FLAG } from "../limits";
import { formatCount } from "../numbers";
import type { ModuleInstance } from "../sim/codegen";
import type { Tensor } from "../api-types";
import { NDArray } from "../frontend/numpy/ndarray";
import { castTo, exact64 } from "../frontend/numpy/dtype";
import type { DType } from "../frontend/numpy/dtype";
import { dtypeForAllo, toArray, wrap } from "../frontend/numpy/module";
import { buildVhls, buildVitisHls, emitVitisKernel } from "../backend/hls/project";
import { DiagnosticSink as Sink } from "../diagnostics";
import { DYN, typeToString } from "../types/types";
import { printModule } from "../ir/mlir";
import { findBand } from "../schedule/to-band";
import { loopsIn } from "../schedule/ir-util";
import type { ScheduleValue } from "../frontend/schedule-record";
import type { ScalarType } from "../types/types";

export interface ConsoleLine {
  readonly text: string;
  readonly line: number;
}

export class SimulatingHost implements ScriptHost {
  readonly mode = "script";
  readonly output: ConsoleLine[] = [];
  private readonly modules = new Map<string, Module>();
  private readonly texts = new Map<string, string>();
  /** One instance per built module, so `@ Stateful` state carries from one `mod(...)` call to the next. */
  private readonly states = new WeakMap<object, { instance?: ModuleInstance }>();

  /** Sees every simulated call's inputs (the export takes its golden data from the first one). */
  onCall?: (m: Module, inputs: Readonly<Record<string, Tensor>>) => void;

  /** Loop iterations and calls the run's simulations have taken (they share `stepBudget`). */
  private spent = 0;
  constructor(readonly moduleName: string, private readonly sink: DiagnosticSink, private readonly source: string, private readonly seed = 1, private readonly stepBudget = DEFAULT_STEP_BUDGET) {}

  print(text: string, at: SourceRange): void {
    this.output.push({ text, line: this.sink.lines.lineCol(at.from).line });
  }

  /** The module after the schedule's steps up to the build (errors raise, as Allo's build does). */
  private scheduled(mod: PyValue & { k: "built" }, at: SourceRange): Module {
    const key = `${mod.s.id}:${mod.steps}`;
    const cached = this.modules.get(key);
    if (cached) return cached;
    if (!mod.s.module) throw new PyException("AlloCompileError", `the kernel '${mod.s.top}' did not compile`, at);
    const { steps, final } = applySchedule(mod.s.module, mod.s.records.slice(0, mod.steps), mod.s.top);
    // Warnings (W-…) and primitives the engine skips do not stop a build, as they do not stop the
    // compile (compile.ts); they are shown as warnings, so a script that passes says what it skipped.
    const warns = (d: { readonly code: string }) => d.code === "E-schedule-unsupported" || d.code.startsWith("W-");
    for (const st of steps) for (const d of st.diagnostics) if (warns(d)) this.sink.add("warning", d.code, d.message, d.range, d.fix);
    const errors = steps.flatMap((st) => st.diagnostics.filter((d) => !warns(d)));
    if (errors.length > 0) throw new PyException("AlloCompileError", errors.map((d) => d.message).join("; "), errors[0]!.range, errors);
    this.modules.set(key, final);
    return final;
  }

  builtText(mod: PyValue & { k: "built" }): string {
    if (mod.target === "mlir") return printModule(this.scheduled(mod, mod.s.range));
    if (mod.target !== "vhls" && mod.target !== "vitis_hls") return `<allo module of '${mod.s.top}' built for ${mod.target}>`;
    const key = `${mod.target}:${mod.s.id}:${mod.steps}`;
    const t = this.texts.get(key);
    if (t !== undefined) return t;
    const m = this.scheduled(mod, mod.s.range);
    // vhls is the plain C++ of the kernel; vitis_hls the top function with its m_axi ports (Allo's hls_code of each)
    const code = mod.target === "vhls" ? buildVhls({ module: m, source: this.source, sink: this.sink })?.["kernel.cpp"] : emitVitisKernel({ module: m, sink: this.sink })?.kernelCpp;
    if (code === undefined) throw new PyException("AlloCompileError", `the HLS export of '${mod.s.top}' failed: ${this.sink.items.filter((d) => d.severity === "error").map((d) => d.message).join("; ") || "see the diagnostics"}`, mod.s.range);
    this.texts.set(key, code);
    return code;
  }

  loopNames(s: ScheduleValue, steps: number, func: string | undefined, band: string): readonly string[] | undefined {
    let m: Module;
    try {
      m = this.scheduled({ k: "built", s, target: "llvm", steps }, s.range);
    } catch {
      return undefined; // the schedule's own error is raised where it is built
    }
    const f = m.funcs.find((x) => x.name === (func ?? m.top));
    const root = f ? findBand(f, band) : undefined;
    return root ? [...new Set(loopsIn(root).map((l) => l.loopName))] : undefined;
  }

  /**
   * The project folder of a `vhls` / `vitis_hls` build, as the export writes it (kernel, testbench with
   * golden data from our simulator, Tcl, host program, Makefile). When the golden run fails (inputs
   * that random data drives out of bounds) the folder still gets the kernel and a note saying why.
   */
  projectFiles(mod: PyValue & { k: "built" }): Readonly<Record<string, string>> {
    if (mod.target !== "vhls" && mod.target !== "vitis_hls") return {};
    const m = this.scheduled(mod, mod.s.range);
    const sink = new Sink(this.sink.lines);
    if (mod.target === "vhls") return buildVhls({ module: m, source: this.source, sink }) ?? {};
    const files = buildVitisHls({ module: m, source: this.source, sink, seed: this.seed, stepBudget: this.stepBudget });
    if (files) return files;
    const k = emitVitisKernel({ module: m, sink: new Sink(this.sink.lines) });
    if (!k) return {};
    const why = sink.items.filter((d) => d.severity === "error").map((d) => `- line ${d.line}: ${d.message}`).join("\n");
    return { "kernel.cpp": k.kernelCpp, "kernel.h": k.kernelH, "README.md": `# ${mod.s.top}\n\nOnly the kernel was written: the testbench could not be made.\n\n${why}\n` };
  }

  callBuilt(mod: PyValue & { k: "built" }, args: readonly PyValue[], at: SourceRange): PyValue {
    if (mod.target === "mlir") throw new PyException("TypeError", "'Module' object is not callable; build the schedule first: mod = s.build()", at);
    if (mod.target === "vhls") throw new PyException("RuntimeError", "a module built with target=\"vhls\" is C++ text; print it, or build without a target to simulate", at);
    // Vitis HLS C simulation computes what our simulator computes (bit-exact): csim runs here.
    const csim = mod.target === "vitis_hls" && mod.mode === "csim";
    if (mod.target !== "llvm" && mod.target !== "simulator" && !csim) {
      const what = mod.target === "vitis_hls" ? `${mod.mode ? `mode '${mod.mode}' of ` : ""}the vitis_hls project (synthesis, emulation or a board run)` : `the ${mod.target} project`;
      throw new PyException("RuntimeError", `running ${what} needs the vendor tools, which are not here (allo.backend.hls.is_available() is False); export it with 'allo-studio export --target ${mod.target === "vitis_hls" ? "vitis_hls" : mod.target}' and run it there, or build with mode="csim" (or without a target) to simulate here`, at);
    }
    // The run's calls share the step budget: each is bounded, and a loop of them is too.
    const left = this.stepBudget - this.spent;
    if (left <= 0) throw new PyException("RuntimeError", `the script's calls of built modules have used the whole step budget of ${formatCount(this.stepBudget)} loop iterations and calls (the calls of one run share it; raise it with ${STEP_BUDGET_FLAG})`, at);
    const m = this.scheduled(mod, at);
    const top = m.funcs.find((f) => f.name === m.top)!;
    // Allo also accepts the results as trailing arguments: mod(np_A, np_B, np_C) writes C into np_C.
    const outArgs = args.length === top.params.length + top.results.length && top.results.length > 0 ? args.slice(top.params.length) : [];
    if (args.length !== top.params.length && outArgs.length === 0) throw new PyException("TypeError", `${m.top}() takes ${top.params.length} arguments${top.results.length ? ` (or ${top.params.length + top.results.length} with its results)` : ""} but ${args.length} were given`, at);
    const inputs: Record<string, Tensor> = {};
    const arrays: (NDArray | undefined)[] = [];
    top.params.forEach((p, i) => {
      const v = args[i]!;
      let a: NDArray;
      try {
        a = toArray(v);
      } catch {
        throw new PyException("TypeError", `argument '${p.name}' of ${m.top}() must be a number or a numpy array, got ${describe(v)}`, at);
      }
      arrays.push(v.k === "ndarray" ? v.a : undefined);
      const elem = p.kind === "buffer" ? p.type.elem : p.type;
      const shape = p.kind === "buffer" ? p.type.shape : [];
      // A dynamic size (float32[...]) takes the array's own.
      if (a.shape.length !== shape.length || a.shape.some((d, j) => shape[j] !== DYN && d !== shape[j])) {
        throw new PyException("RuntimeError", `argument '${p.name}' of ${m.top}() has shape (${a.shape.join(", ")}) but the kernel takes ${typeToString(p.kind === "buffer" ? p.type : p.type)}`, at);
      }
      inputs[p.name] = { type: elem, shape: [...a.shape], data: tensorData(a, elem) };
    });
    this.onCall?.(m, inputs);
    let state = this.states.get(mod);
    if (!state) this.states.set(mod, (state = {}));
    const r = runModule(m, inputs, this.seed, left, false, state);
    const before = this.spent;
    // A call that ran out spent the rest; one that failed otherwise (out of bounds, deadlock) reports no
    // count, and must not leave a script that catches the error without a budget for its next call.
    const outOfBudget = !r.ok && r.error.code === "E-budget";
    this.spent += r.ok ? r.spent : outOfBudget ? left : 0;
    if (!r.ok) {
      const shared = outOfBudget && before > 0 ? ` (the script's earlier calls used ${formatCount(before)} of the run's step budget of ${formatCount(this.stepBudget)})` : "";
      throw new PyException("RuntimeError", r.error.message + shared, at);
    }
    // Outputs go back into the caller's arrays, as Allo's module does.
    top.params.forEach((p, i) => {
      const target = arrays[i];
      const out = r.args[p.name];
      if (!target || !out || p.kind !== "buffer") return;
      for (let j = 0; j < target.size; j++) target.data[j] = fromSim(target.dtype, out.data[j]!);
    });
    outArgs.forEach((v, i) => {
      const out = r.returns[i];
      if (v.k !== "ndarray" || !out) return;
      if (v.a.size !== out.data.length) throw new PyException("RuntimeError", `the output array for result ${i} has ${v.a.size} elements but the kernel returns ${out.data.length}`, at);
      for (let j = 0; j < v.a.size; j++) v.a.data[j] = fromSim(v.a.dtype, out.data[j]!);
    });
    if (outArgs.length > 0) return NONE;
    const results = r.returns.map((t) => { const d = dtypeForAllo(t.type); return wrap(NDArray.fromFlat(d, t.shape, Array.from(t.data as ArrayLike<number | bigint>, (x) => fromSim(d, x)))); });
    if (results.length === 0) return NONE;
    return results.length === 1 ? results[0]! : { k: "tuple", items: results };
  }
}

/** A simulator element as a numpy element of dtype `d` (64-bit integers checked exact, see exact64). */
function fromSim(d: DType, x: number | bigint): number {
  return typeof x === "bigint" && (d === "int64" || d === "uint64") ? exact64(d, castBig(d, x)) : castTo(d, Number(x));
}

/** A wide simulator integer wrapped to a 64-bit dtype, as numpy's assignment does. */
function castBig(d: DType, x: bigint): bigint {
  return d === "int64" ? BigInt.asIntN(64, x) : BigInt.asUintN(64, x);
}

/** Array elements as the simulator's tensor data: integers truncated (wide ones as bigints), fixed as reals. */
function tensorData(a: NDArray, t: ScalarType): number[] | bigint[] {
  if (t.kind === "float" || t.kind === "fixed") return [...a.data];
  const bits = t.kind === "index" ? 32 : t.bits;
  if (bits > 52) return a.data.map((x) => BigInt(Math.trunc(x)));
  return a.data.map((x) => Math.trunc(x));
}
