/**
 * `allo.primitives.unify.unify(f1, f2, n)`: one kernel that runs `n` instructions, each either f1 or
 * f2. It takes f1's arguments (f2 must take the same ones) and one more, an int8[n] array of
 * instructions: 0 runs f1, anything else f2 (Allo's unify_kernels pass). Allo merges the loops the two
 * kernels share inside one body; the result is the same as calling the chosen kernel for each
 * instruction, which is how it is built here: a kernel whose loop over the instructions calls f1 or
 * f2, so the simulator, the MLIR and the HLS export treat it as any other kernel.
 */
import type { SourceRange } from "../diagnostics";
import { DiagnosticSink, LineMap, UserError } from "../diagnostics";
import type * as ast from "./ast";
import { parseModule } from "./parse";
import type { PyValue } from "./values";
import { describe, Scope } from "./values";
import { intType } from "../types/types";

type FunctionValue = PyValue & { k: "function" };

/** The unified kernel of `f1` and `f2` over `n` instructions, as a function value `allo.customize` takes. */
export function unifyKernels(f1: PyValue | undefined, f2: PyValue | undefined, n: PyValue | undefined, at: SourceRange): FunctionValue {
  const fn = (v: PyValue | undefined, which: string): FunctionValue => {
    if (!v || v.k !== "function" || v.region) throw new UserError("E-unify", `unify() takes two kernel functions and a loop count; the ${which} argument is ${v ? describe(v) : "missing"}`, at);
    return v;
  };
  const a = fn(f1, "first");
  const b = fn(f2, "second");
  if (!n || n.k !== "int" || n.v < 1n || n.v > 1_000_000n) throw new UserError("E-unify", `unify()'s third argument is the number of instructions, an integer from 1 to 1,000,000; got ${n ? describe(n) : "nothing"}`, at);
  if (a.def.typeParams.length || b.def.typeParams.length) throw new UserError("E-unify", "unify() takes plain kernels; instantiate a template as a kernel of its own first", at);
  const names = a.def.args.map((x) => x.name);
  const other = b.def.args.map((x) => x.name);
  if (names.length !== other.length || names.some((x, i) => x !== other[i])) {
    throw new UserError("E-unify", `unify() needs kernels with the same arguments: ${a.def.name}(${names.join(", ")}) and ${b.def.name}(${other.join(", ")}) differ`, at);
  }
  if (a.def.returns && a.def.returns.kind !== "None") throw new UserError("E-unify", `unify() needs kernels that return nothing (they write their arguments); ${a.def.name} returns a value`, at);
  if (b.def.returns && b.def.returns.kind !== "None") throw new UserError("E-unify", `unify() needs kernels that return nothing (they write their arguments); ${b.def.name} returns a value`, at);
  let inst = "inst";
  while (names.includes(inst)) inst += "_";
  const call = (f: string) => `${f}(${names.join(", ")})`;
  const text = [
    `def ${a.def.name}_${b.def.name}_unified(${inst}: __unify_int8[__unify_n]):`,
    `    for __unify_t in range(__unify_n):`,
    `        if ${inst}[__unify_t] == 0:`,
    `            ${call("__unify_f1")}`,
    `        else:`,
    `            ${call("__unify_f2")}`,
  ].join("\n");
  const sink = new DiagnosticSink(new LineMap(text));
  const parsed = parseModule(text, sink).body[0];
  if (sink.hasErrors || !parsed || parsed.kind !== "FunctionDef") throw new UserError("E-unify", `unify() cannot build a kernel from ${a.def.name} and ${b.def.name}`, at);
  // The generated lines are not the user's: diagnostics inside them point at the unify() call.
  const def = relocate(parsed, at) as ast.FunctionDef;
  const scope = new Scope(a.scope);
  scope.set("__unify_f1", a);
  scope.set("__unify_f2", b);
  scope.set("__unify_n", n);
  scope.set("__unify_int8", { k: "type", t: intType(8) });
  return { k: "function", def: { ...def, args: [...a.def.args, def.args[0]!] }, scope };
}

/** A copy of an AST node with every source range set to `at`. */
function relocate<T>(node: T, at: SourceRange): T {
  if (Array.isArray(node)) return node.map((x) => relocate(x, at)) as T;
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === "range" || k === "nameRange" ? at : relocate(v, at);
  return out as T;
}
