/**
 * `allo-studio script` and `allo-studio test`: a design file run as Python runs it (module code,
 * numpy testbench, asserts, `mod(...)` simulated), or as pytest runs it (every `test_*` function,
 * with parametrize, skip, raises), with Python-style tracebacks.
 */
import type { Diagnostic, SourceRange } from "../diagnostics";
import { DiagnosticSink, LineMap } from "../diagnostics";
import { parseModule } from "../frontend/parse";
import type { ScriptInterpreter } from "../frontend/interp";
import { newInterpreter } from "./interpreter";
import type { PyException } from "../frontend/pyexc";
import type { PyValue } from "../frontend/values";
import { resetNumpy } from "../frontend/numpy/module";
import { pyStrOf } from "../frontend/script-values";
import { SimulatingHost } from "./host";
import type { ConsoleLine } from "./host";
import { matchesKeyword } from "./keyword";
import type { ScriptLimits } from "../frontend/script-limits";

export type { ConsoleLine };

export interface ScriptFailure {
  /** Python's exception type ("AssertionError", "AlloCompileError", ...). */
  readonly type: string;
  readonly message: string;
  /** Line of the innermost frame (where it was raised). */
  readonly line: number;
  /** The full Python-style traceback text. */
  readonly traceback: string;
}

export interface ScriptOutcome {
  readonly diagnostics: readonly Diagnostic[];
  readonly output: readonly ConsoleLine[];
  readonly failure?: ScriptFailure;
}

export interface TestCaseResult {
  /** pytest's id: `test_gemm[16-32]`. */
  readonly id: string;
  readonly line: number;
  readonly status: "passed" | "failed" | "skipped";
  readonly output: readonly ConsoleLine[];
  readonly failure?: ScriptFailure;
  /** Why a skipped test was skipped. */
  readonly reason?: string;
}

export interface TestOutcome {
  readonly diagnostics: readonly Diagnostic[];
  /** Prints of the module's own code (collection). */
  readonly output: readonly ConsoleLine[];
  /** The module's code failed: nothing was collected. */
  readonly collectionFailure?: ScriptFailure;
  readonly tests: readonly TestCaseResult[];
}

export interface ScriptOptions {
  /** The file name shown in tracebacks. */
  readonly file?: string;
  /** Seed for simulator inputs that are not given (Allo's calling convention always gives them). */
  readonly seed?: number;
  /** Step budget of each simulated call of a built module (the simulator's default when absent). */
  readonly stepBudget?: number;
  /** Script sizes and steps (limits.ts); unset entries keep their defaults. */
  readonly limits?: Partial<ScriptLimits>;
}

interface Session {
  readonly sink: DiagnosticSink;
  readonly interp: ScriptInterpreter;
  readonly host: SimulatingHost;
  readonly file: string;
  readonly source: string;
}

function start(source: string, moduleName: string, options: ScriptOptions): Session & { failure?: PyException } {
  resetNumpy();
  const sink = new DiagnosticSink(new LineMap(source));
  const ast = parseModule(source, sink);
  const host = new SimulatingHost(moduleName, sink, source, options.seed ?? 1, options.stepBudget);
  const interp = newInterpreter(source, sink, host, options.limits);
  const session = { sink, interp, host, file: options.file ?? "design.py", source };
  if (sink.hasErrors) {
    // A syntax error stops Python before anything runs.
    const first = sink.items.find((d) => d.severity === "error")!;
    return { ...session, failure: syntaxFailure(first) };
  }
  const r = interp.run(ast);
  return { ...session, ...(r.failure ? { failure: r.failure } : {}) };
}

function syntaxFailure(d: Diagnostic): PyException {
  return { type: "SyntaxError", message: d.message, range: d.range, frames: [{ range: d.range, func: "<module>" }], diagnostics: [d] } as unknown as PyException;
}

export function runScript(source: string, options: ScriptOptions = {}): ScriptOutcome {
  const s = start(source, "__main__", options);
  return { diagnostics: s.sink.items, output: s.host.output, ...(s.failure ? { failure: describeFailure(s, s.failure) } : {}) };
}

export function runTests(source: string, options: ScriptOptions & { keyword?: string } = {}): TestOutcome {
  const file = options.file ?? "test_design.py";
  const s = start(source, file.replace(/^.*[\\/]/, "").replace(/\.py$/, ""), options);
  if (s.failure) return { diagnostics: s.sink.items, output: s.host.output, collectionFailure: describeFailure(s, s.failure), tests: [] };
  const collected = s.host.output.length;
  const tests: TestCaseResult[] = [];
  const runCases = (name: string, fn: PyValue & { k: "function" }, self: () => PyValue | undefined): void => {
    const marks = s.interp.marks.get(fn.def);
    const skip = marks?.skip;
    const line = s.sink.lines.lineCol(fn.def.nameRange.from).line;
    for (const c of cases(name, marks?.parametrize ?? [])) {
      if (options.keyword && !matchesKeyword(options.keyword, c.id)) continue;
      if (skip !== undefined) {
        tests.push({ id: c.id, line, status: "skipped", output: [], reason: skip });
        continue;
      }
      const before = s.host.output.length;
      const obj = self();
      const r = s.interp.callFunction(fn, obj ? [obj] : [], c.kwargs);
      const output = s.host.output.slice(before);
      if (!r.failure) tests.push({ id: c.id, line, status: "passed", output });
      else if (r.failure.type === "Skipped") tests.push({ id: c.id, line, status: "skipped", output, reason: r.failure.message });
      else tests.push({ id: c.id, line, status: "failed", output, failure: describeFailure(s, r.failure) });
    }
  };
  for (const [name, v] of s.interp.globals.vars) {
    if (v.k === "class" && name.startsWith("Test") && !v.attrs.has("__init__")) {
      // pytest's test classes: a fresh instance per test method, ids `Class::method`.
      for (const [m, fn] of v.attrs) {
        if (!m.startsWith("test") || fn.k !== "function") continue;
        runCases(`${name}::${m}`, fn, () => ({ k: "object", cls: v, attrs: new Map() }));
      }
      continue;
    }
    if (!name.startsWith("test") || v.k !== "function" || v.region) continue;
    if (v.def.args.some((a) => a.annotation) || v.def.typeParams.length > 0) continue; // a kernel named test_*
    runCases(name, v, () => undefined);
  }
  return { diagnostics: s.sink.items, output: s.host.output.slice(0, collected), tests };
}

/** The parametrized cases of a test: the product of its parametrize marks, with pytest's ids. */
function cases(name: string, params: readonly { readonly names: readonly string[]; readonly values: readonly PyValue[] }[]): { id: string; kwargs: Map<string, PyValue> }[] {
  let out: { ids: string[]; kwargs: Map<string, PyValue> }[] = [{ ids: [], kwargs: new Map() }];
  // pytest applies the decorator nearest the def first: its values vary fastest... in the id they come first.
  for (const p of [...params].reverse()) {
    const next: typeof out = [];
    for (const base of out) {
      p.values.forEach((val, i) => {
        const vals = p.names.length === 1 ? [val] : val.k === "tuple" || val.k === "list" ? val.items : [val];
        const kw = new Map(base.kwargs);
        p.names.forEach((n, j) => kw.set(n, vals[j] ?? { k: "none" }));
        next.push({ ids: [...base.ids, ...vals.map((x, j) => idOf(x, p.names[j] ?? "arg", i))], kwargs: kw });
      });
    }
    out = next;
  }
  return out.map((c) => ({ id: c.ids.length ? `${name}[${c.ids.join("-")}]` : name, kwargs: c.kwargs }));
}

function idOf(v: PyValue, name: string, i: number): string {
  if (v.k === "int" || v.k === "float" || v.k === "bool" || v.k === "str" || v.k === "none") return pyStrOf(v);
  if (v.k === "type") return pyStrOf(v);
  return `${name}${i}`;
}

function lineText(source: string, lines: LineMap, r: SourceRange): { line: number; text: string } {
  const { line } = lines.lineCol(r.from);
  const from = lines.lineStart(line);
  const end = source.indexOf("\n", from);
  return { line, text: source.slice(from, end < 0 ? source.length : end).trim() };
}

/** Python's traceback: frames outermost first, each with its source line, then `Type: message`. */
function describeFailure(s: Session, x: PyException): ScriptFailure {
  const frames = [...x.frames].reverse();
  const out = ["Traceback (most recent call last):"];
  for (const f of frames) {
    const { line, text } = lineText(s.source, s.sink.lines, f.range);
    out.push(`  File "${s.file}", line ${line}, in ${f.func}`, `    ${text}`);
  }
  out.push(x.message ? `${x.type}: ${x.message}` : x.type);
  for (const d of x.diagnostics ?? []) {
    const { line, col } = s.sink.lines.lineCol(d.range.from);
    out.push(`${s.file}:${line}:${col}: error: ${d.message}`);
  }
  const inner = frames[frames.length - 1];
  return { type: x.type, message: x.message, line: s.sink.lines.lineCol((inner ?? x).range.from).line, traceback: out.join("\n") };
}
