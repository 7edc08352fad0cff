/**
 * Dataflow regions (reference §3): a `@df.region()` function declares streams and `@df.kernel`
 * functions; each kernel runs as one instance per point of its `mapping` grid. The region becomes a
 * `dataflow` top function that allocates the channels actually used and calls every instance
 * (`<kernel>_<p0>_<p1>`, Allo's names), passing each the region arguments its parameters are bound
 * to (by `args=[...]`, else by name) and the channels it uses as trailing parameters.
 */
import type { SourceRange } from "../diagnostics";
import { UserError } from "../diagnostics";
import { evalStringAnnotation } from "./string-annotation";
import type * as ast from "./ast";
import type * as ir from "../ir/nodes";
import type { ArrayType } from "../types/types";
import { arrayType, isDynamic, sameType, typeToString } from "../types/types";
import type { PyValue } from "./values";
import { describe, Scope } from "./values";
import type { LowerContext } from "./lower";

/** A stream or array of streams declared in a region (`fifo_A: Stream[float32, 4][P0, P1]`). */
export interface StreamDecl {
  readonly name: string;
  /** What one `put` sends: a scalar (shape []) or a block (`Stream[int16[M, N], 2]`). */
  readonly type: ArrayType;
  readonly depth: number;
  readonly shape: readonly number[];
  readonly range: SourceRange;
}

/** What a kernel instance's lowering knows about its region. */
export interface KernelEnv {
  readonly pid: readonly number[];
  readonly mapping: readonly number[];
  readonly streams: ReadonlyMap<string, StreamDecl>;
  /** The region's channel for `decl[idx]` (created on first use), used by instance `who` for `op`. */
  channel(decl: StreamDecl, idx: readonly number[], at: SourceRange, op: "put" | "get", who: string): ir.Buffer;
}

type FnValue = { readonly def: ast.FunctionDef; readonly scope: Scope };

/** Instances per kernel before the design is refused (a 64×64 grid is already a very large region). */
const MAX_INSTANCES = 4096;

/**
 * A region called inside a kernel (Allo's hierarchical dataflow, `inner[2, 2](A, B, C)` in a
 * `@df.kernel`): it becomes its own dataflow function, called like any function. `name` is that
 * function's name; `targs` bind the region's template parameters (`def inner[P0, P1](...)`), and then
 * its kernel instances are named `<name>_<kernel>_<pid>` so two instantiations do not collide.
 */
export interface NestedRegion {
  readonly name: string;
  readonly targs: readonly PyValue[];
  readonly at: SourceRange;
}

/**
 * Lowers a region into `ctx`; returns the name of its top function. `standalone` is the decorator of a
 * `@df.kernel` written outside any region (Allo's older form): its instances form the region.
 */
export function lowerRegion(ctx: LowerContext, fn: FnValue, standalone?: ast.Expr, nested?: NestedRegion): string {
  const d = fn.def;
  if (d.typeParams.length > 0 && !nested) throw new UserError("E-dataflow", `generic regions (def ${d.name}[...]) are built when a kernel calls them (${d.name}[...](...)); as the design's top, give the region's sizes as module constants`, d.nameRange);
  if (d.returns && d.returns.kind !== "None") throw new UserError("E-dataflow", "a @df.region returns nothing: its kernels write results into the region's arguments", d.returns.range);
  const scope = ctx.caller && ctx.caller !== fn.scope ? new Scope(ctx.caller, fn.scope) : new Scope(fn.scope);
  const evalIn = (e: ast.Expr) => ctx.interp.eval(e, scope);
  // A string annotation ("UInt(Rt * 8)[M * K // Rt]") is an expression evaluated in the region's scope, as in kernels.
  const evalAnnotation = (e: ast.Expr): PyValue => {
    const v = evalIn(e);
    return v.k === "str" ? evalStringAnnotation(v.v, e.range, evalIn) : v;
  };
  const targs = nested?.targs ?? [];
  if (targs.length !== d.typeParams.length) {
    throw new UserError("E-template", d.typeParams.length === 0
      ? `region '${d.name}' is not a template but was given ${targs.length} template argument(s)`
      : `region '${d.name}' takes ${d.typeParams.length} template argument(s) [${d.typeParams.map((t) => t.name).join(", ")}] but got ${targs.length}; call it as ${d.name}[...](...)`, nested?.at ?? d.nameRange);
  }
  d.typeParams.forEach((tp, i) => scope.set(tp.name, targs[i]!));
  const regionName = nested?.name ?? d.name;
  const instancePrefix = nested && targs.length > 0 ? `${regionName}_` : "";

  // The region's parameters are the design's ports; without any, the kernels' parameters are (older Allo form).
  const params: ir.Param[] = [];
  const byName = new Map<string, ir.Param>();
  const implicit = d.args.length === 0 || standalone !== undefined;
  for (const a of standalone ? [] : d.args) {
    if (!a.annotation) throw new UserError("E-annotation", `argument '${a.name}' of region '${d.name}' needs a type annotation, e.g. ${a.name}: float32[16, 16]`, a.range);
    const p = paramOf(ctx, a.name, evalAnnotation(a.annotation), a.range);
    params.push(p);
    byName.set(a.name, p);
  }

  const streams = new Map<string, StreamDecl>();
  const kernels: { def: ast.FunctionDef; mapping: number[]; args?: readonly ast.Expr[] }[] = [];
  if (standalone) kernels.push({ def: d, ...kernelOptions(standalone, evalIn) });
  for (const st of standalone ? [] : d.body) {
    switch (st.kind) {
      case "Pass": continue;
      case "Expr":
        if (st.value.kind === "Str") continue;
        break;
      case "AnnAssign": {
        if (st.target.kind !== "Name") break;
        if (st.value) {
          // `P0: ConstExpr[int32] = Rt + 2`: a region-level constant, as in a kernel
          const ann = evalAnnotation(st.annotation);
          if (ann.k !== "constexpr") throw new UserError("E-dataflow", `a region-level value must be a constant: annotate it ConstExpr[...] (or assign it without an annotation); '${st.target.id}' is annotated with ${describe(ann)}`, st.annotation.range);
          scope.set(st.target.id, evalIn(st.value));
          continue;
        }
        const v = evalAnnotation(st.annotation);
        if (v.k !== "stream-type") throw new UserError("E-dataflow", `a region declares streams (name: Stream[T, depth]); '${st.target.id}' is annotated with ${describe(v)}`, st.annotation.range);
        const type = v.elem.kind === "array" ? v.elem : arrayType(v.elem, []);
        streams.set(st.target.id, { name: st.target.id, type, depth: v.depth, shape: v.shape, range: st.range });
        continue;
      }
      case "Assign": {
        if (st.targets.length === 1 && st.targets[0]!.kind === "Name") {
          const v = evalIn(st.value);
          if (v.k === "stream-type") {
            // The paper's `fifo = df.array(df.pipe(dtype=T, depth=d), shape=(P0, P1))`
            const type = v.elem.kind === "array" ? v.elem : arrayType(v.elem, []);
            streams.set(st.targets[0]!.id, { name: st.targets[0]!.id, type, depth: v.depth, shape: v.shape, range: st.range });
            continue;
          }
          scope.set(st.targets[0]!.id, v);
          continue;
        }
        break;
      }
      case "FunctionDef": {
        const deco = st.decorators.find((x) => {
          const f = x.kind === "Call" ? x.func : x;
          const v = evalIn(f);
          return v.k === "builtin" && v.name === "allo.dataflow.kernel";
        });
        if (!deco) throw new UserError("E-dataflow", `'${st.name}' in region '${d.name}' needs @df.kernel(mapping=[...]) to become hardware`, st.nameRange);
        kernels.push({ def: st, ...kernelOptions(deco, evalIn) });
        continue;
      }
      default:
        break;
    }
    throw new UserError("E-dataflow", "a region holds stream declarations (name: Stream[T, depth]), constants and @df.kernel functions; move other code into a kernel", st.range);
  }
  if (standalone && kernels[0]!.args) throw new UserError("E-dataflow", "args= binds region arguments; a @df.kernel outside a region takes its own parameters", kernels[0]!.args[0]?.range ?? d.nameRange);
  if (kernels.length === 0) throw new UserError("E-dataflow", `region '${d.name}' defines no @df.kernel`, d.nameRange);

  // Channels in order of first use; each becomes an alloc of the top function.
  const channels = new Map<string, ir.Buffer>();
  /** Who puts to / gets from each channel, and where it is first used, for the one-sided check. */
  const use = new Map<string, { put: Set<string>; get: Set<string>; at: SourceRange }>();
  const channel = (decl: StreamDecl, idx: readonly number[], at: SourceRange, op: "put" | "get", who: string): ir.Buffer => {
    const key = `${decl.name}[${idx.join(",")}]`;
    const u = use.get(key) ?? { put: new Set<string>(), get: new Set<string>(), at };
    u[op].add(who);
    use.set(key, u);
    let c = channels.get(key);
    if (!c) {
      const name = idx.length ? `${decl.name}_${idx.join("_")}` : decl.name;
      c = { kind: "buffer", id: ctx.id(), name, type: decl.type, storage: "stream", stream: { depth: decl.depth }, range: decl.range };
      channels.set(key, c);
    }
    return c;
  };

  const calls: ir.CallStmt[] = [];
  for (const k of kernels) {
    const kfn: FnValue = { def: k.def, scope };
    for (const pid of grid(k.mapping)) {
      const name = `${instancePrefix}${k.def.name}_${pid.join("_")}`;
      ctx.reserve(name, k.def.nameRange);
      const { func, channels: used } = ctx.instance(kfn, name, { pid, mapping: k.mapping, streams, channel }, k.def.nameRange);
      const own = func.params.slice(0, func.params.length - used.length);
      if (k.args && k.args.length !== own.length) throw new UserError("E-dataflow", `args= binds ${k.args.length} value(s) but kernel '${k.def.name}' has ${own.length} parameter(s)`, k.args[0]?.range ?? k.def.nameRange);
      const bound: ir.CallArg[] = own.map((p, i) => {
        const src = k.args?.[i];
        let target: ir.Param | undefined;
        if (src) {
          target = src.kind === "Name" ? byName.get(src.id) : undefined;
          if (!target) throw new UserError("E-dataflow", `args= takes arguments of region '${d.name}' (${[...byName.keys()].join(", ") || "it has none"}); '${ctx.source.slice(src.range.from, src.range.to)}' is not one`, src.range);
          // Allo's type inference rejects a scalar bound through args= (its kernels take arrays and streams).
          if (target.kind !== "buffer") throw new UserError("E-dataflow", `args= binds arrays; '${target.name}' is a scalar argument of region '${d.name}' (Allo rejects it too): pass it as a one-element array or make it a module constant`, src.range);
        } else {
          target = byName.get(p.name);
          if (!target && implicit) {
            target = { ...p, id: ctx.id() } as ir.Param;
            if (target.kind === "buffer") target = { ...target, storage: "arg" };
            params.push(target);
            byName.set(p.name, target);
          }
          if (!target) throw new UserError("E-dataflow", `parameter '${p.name}' of kernel '${k.def.name}' is not an argument of region '${d.name}'; rename it or bind it with args=[...]`, p.range);
        }
        if (!sameParamType(p, target)) throw new UserError("E-dataflow", `parameter '${p.name}' of kernel '${k.def.name}' is ${paramType(p)} but region argument '${target.name}' is ${paramType(target)}`, src?.range ?? p.range);
        const t: ir.Param = target;
        return t.kind === "buffer" ? t : { kind: "param", type: t.type, param: t };
      });
      calls.push({ kind: "call", callee: name, args: [...bound, ...used], results: [], range: k.def.nameRange });
    }
  }

  // A FIFO with only one side would block its kernel once full (or empty): say so before any run.
  for (const [key, u] of use) {
    const name = channels.get(key)!.name;
    if (u.get.size === 0) ctx.sink.warning("W-stream-one-sided", `'${name}' is written by ${[...u.put].join(", ")} but no kernel gets from it; the writer blocks once it holds ${channels.get(key)!.stream?.depth} element(s)`, u.at);
    else if (u.put.size === 0) ctx.sink.warning("W-stream-one-sided", `'${name}' is read by ${[...u.get].join(", ")} but no kernel puts to it; the reader blocks on its first get`, u.at);
  }
  if (!nested) ctx.reserve(d.name, d.nameRange);
  const allocs: ir.Stmt[] = [...channels.values()].map((buf) => ({ kind: "alloc", buf, range: buf.range }));
  ctx.funcs.push({ kind: "func", name: regionName, params, results: [], body: [...allocs, ...calls], attrs: { dataflow: true }, range: d.range });
  return regionName;
}

/** `mapping=[...]` and `args=[...]` of a `@df.kernel(...)` decorator. */
function kernelOptions(deco: ast.Expr, evalIn: (e: ast.Expr) => PyValue): { mapping: number[]; args?: readonly ast.Expr[] } {
  if (deco.kind !== "Call") return { mapping: [1] };
  let mapping = [1];
  let args: readonly ast.Expr[] | undefined;
  for (const k of deco.keywords) {
    if (k.name === "mapping") mapping = intList(evalIn(k.value), k.value.range);
    else if (k.name === "args") {
      if (k.value.kind !== "List" && k.value.kind !== "Tuple") throw new UserError("E-dataflow", "args= takes a list of the region's arguments, e.g. args=[A, B]", k.value.range);
      args = k.value.elts;
    } else throw new UserError("E-dataflow", `@df.kernel takes mapping=[...] and args=[...]; unknown keyword '${k.name}'`, k.range);
  }
  if (deco.args.length) throw new UserError("E-dataflow", "pass the grid as mapping=[...]", deco.args[0]!.range);
  if (mapping.reduce((a, b) => a * b, 1) > MAX_INSTANCES) throw new UserError("E-dataflow", `mapping=[${mapping.join(", ")}] makes more than ${MAX_INSTANCES} instances`, deco.range);
  return { mapping, args };
}

function paramOf(ctx: LowerContext, name: string, v: PyValue, at: SourceRange): ir.Param {
  if (v.k === "array-type") {
    // Its kernels each take a static part of it (their Layout), and FIFOs carry fixed blocks.
    if (isDynamic(v.t)) throw new UserError("E-shape", `a @df.region's argument needs a static shape; '${name}' is ${typeToString(v.t)} (only a plain top kernel's argument can have a dynamic shape)`, at);
    return { kind: "buffer", id: ctx.id(), name, type: v.t, storage: "arg", range: at };
  }
  if (v.k === "type") return { kind: "scalar-param", id: ctx.id(), name, type: v.t, range: at };
  throw new UserError("E-annotation", `${describe(v)} is not a type; annotate region arguments with Allo types such as float32[M, N]`, at);
}

function intList(v: PyValue, at: SourceRange): number[] {
  const items = v.k === "list" || v.k === "tuple" ? v.items : [v];
  return items.map((x) => {
    const n = x.k === "int" ? Number(x.v) : NaN;
    if (!Number.isInteger(n) || n < 1) throw new UserError("E-dataflow", `mapping=[...] takes positive integers (instances per grid dimension); got ${describe(x)}`, at);
    return n;
  });
}

/** Every point of the grid, row-major. */
function grid(shape: readonly number[]): number[][] {
  let out: number[][] = [[]];
  for (const n of shape) out = out.flatMap((p) => Array.from({ length: n }, (_, i) => [...p, i]));
  return out;
}

function paramType(p: ir.Param): string {
  return typeToString(p.type);
}

function sameParamType(a: ir.Param, b: ir.Param): boolean {
  return a.kind === b.kind && sameType(a.type as never, b.type as never);
}
