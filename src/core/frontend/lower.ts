/**
 * Kernel lowering: a kernel `def` (AST + captured constants + template arguments) becomes typed IR
 * functions, checking Allo's typing rules (reference §1.3–§1.12, DESIGN §5) as it goes. Tensor
 * operations (`allo.matmul`, elementwise `+ - * /`, `.T`, `.copy()`) are lowered straight to loop
 * nests, so schedules, the simulator and the printers see only loops, loads and stores.
 */
import type { SourceRange } from "../diagnostics";
import { DiagnosticSink, UserError, internalAssert } from "../diagnostics";
import type * as ast from "./ast";
import * as ir from "../ir/nodes";
import type { ArrayType, ScalarType, ValueType } from "../types/types";
import { arrayType, BOOL, DYN, F16, F32, F64, I32, INDEX, intType, isDynamic, sameType, typeToString } from "../types/types";
import { binaryResultType, compareOperandType, negType, selectType } from "../types/rules";
import type { PyValue } from "./values";
import { describe, Scope, pyInt, truthy } from "./values";
import type { ScriptInterpreter } from "./interp";
import type { KernelEnv, StreamDecl } from "./dataflow";
import { lowerRegion } from "./dataflow";
import { didYouMean, didYouMeanText, scopeNames } from "../suggest";
import { toPyNested } from "./numpy/module";
import { packedInit } from "./const-values";
import { applyShards, layoutParts, shardOf } from "./layout";
import * as tops from "./tensor-ops";
import type { ShardedParam } from "./layout";
import { affineOf } from "../analysis/affine";
import { evalStringAnnotation } from "./string-annotation";

/** `enclosing`: names of the kernel a nested def is written in (its arguments may not reuse them, as in Allo). */
type FnValue = { readonly def: ast.FunctionDef; readonly scope: Scope; readonly enclosing?: ReadonlySet<string> };

/** One dimension of a sub-array view: a fixed index or a constant strided range. */
type ViewDim = { readonly kind: "fixed"; readonly e: ir.Expr } | { readonly kind: "range"; readonly lo: number; readonly step: number; readonly count: number };
interface View { readonly buf: ir.Buffer; readonly dims: readonly ViewDim[]; readonly shape: readonly number[] }

/** What a name means inside a kernel. */
type Sym =
  | { readonly k: "buf"; readonly buf: ir.Buffer }
  | { readonly k: "param"; readonly p: ir.ScalarParam }
  | { readonly k: "iter"; readonly v: ir.LoopVar }
  | { readonly k: "const"; readonly v: PyValue }
  | { readonly k: "fn"; readonly fn: FnValue; readonly inherited?: readonly PyValue[] }
  /** A stream (or array of streams) declared by the enclosing dataflow region. */
  | { readonly k: "stream"; readonly decl: StreamDecl };

/** A lowered kernel expression: a scalar IR expression, a whole array, or a compile-time Python value. */
type KVal =
  | { readonly k: "scalar"; readonly e: ir.Expr }
  | { readonly k: "array"; readonly buf: ir.Buffer }
  | { readonly k: "const"; readonly v: PyValue; readonly range: SourceRange; readonly compileTime?: boolean };

const MAX_META_UNROLL = 4096;

/** Shared state of one `allo.customize` call: the functions built so far and id counters. */
/** Nesting of kernel calls inside kernels (each level is a function in every backend). */
export const MAX_CALL_NESTING = 200;

export class LowerContext {
  readonly funcs: ir.Func[] = [];
  /** instance key → function name */
  private readonly instances = new Map<string, string>();
  private readonly usedNames = new Map<string, number>();
  private nextId = 0;
  private building = new Set<string>();

  /** `caller` is the script scope `allo.customize` ran in; its constants are visible to every kernel built here. */
  constructor(readonly sink: DiagnosticSink, readonly interp: ScriptInterpreter, readonly source: string, readonly caller?: Scope) {}

  id(): number {
    return this.nextId++;
  }

  /** Lowers `fn` instantiated with `targs` (once per distinct instantiation); returns its IR name. */
  instantiate(fn: FnValue, targs: readonly PyValue[] | undefined, at: SourceRange): string {
    const def = fn.def;
    const userId = targs?.find((a) => a.k === "str");
    const typeArgs = (targs ?? []).filter((a) => a.k !== "str");
    const key = `${def.name}@${def.range.from}|${typeArgs.map(describe).join(",")}|${userId && userId.k === "str" ? userId.v : ""}`;
    if (this.building.size >= MAX_CALL_NESTING) throw new UserError("E-limit-nesting", `kernels call each other more than ${MAX_CALL_NESTING} levels deep here; that is the limit of nested calls (flatten the chain)`, at);
    if (this.building.has(key)) throw new UserError("E-recursion", `'${def.name}' calls itself (directly or through other kernels); recursion cannot become hardware, write it as a loop`, at);
    const existing = this.instances.get(key);
    if (existing) return existing;
    let name: string;
    if (userId && userId.k === "str") name = `${def.name}_${userId.v}`;
    else {
      const n = this.usedNames.get(def.name) ?? 0;
      name = n === 0 ? def.name : `${def.name}_${n}`;
      this.usedNames.set(def.name, n + 1);
    }
    this.instances.set(key, name);
    this.building.add(key);
    try {
      if (isRegionDef(fn)) {
        // A region called from a kernel: a nested dataflow function (its kernels run concurrently).
        // An instantiation is named by its template arguments when they are integers (inner[2, 2] →
        // inner_2_2), as its kernel instances are prefixed by it.
        const suffix = typeArgs.length > 0 && typeArgs.every((a) => a.k === "int") ? typeArgs.map((a) => String((a as { v: unknown }).v)).join("_") : "";
        if (suffix && !this.usedNames.has(`${def.name}_${suffix}`) && !this.funcs.some((f) => f.name === `${def.name}_${suffix}`)) {
          name = `${def.name}_${suffix}`;
          this.usedNames.set(name, 1);
        }
        this.instances.set(key, name);
        lowerRegion(this, fn, undefined, { name, targs: typeArgs, at });
        return name;
      }
      const f = new FuncLowering(this, fn, typeArgs, name, at).lower();
      this.funcs.push(name === def.name ? f : { ...f, attrs: { ...f.attrs, template: def.name } });
    } finally {
      this.building.delete(key);
    }
    return name;
  }

  func(name: string): ir.Func | undefined {
    return this.funcs.find((f) => f.name === name);
  }

  /** Reserves a function name made by the dataflow lowering (kernel instances, the region's top). */
  reserve(name: string, at: SourceRange): void {
    if (this.usedNames.has(name) || this.funcs.some((f) => f.name === name)) throw new UserError("E-name", `two functions would be named '${name}'; rename a kernel`, at);
    this.usedNames.set(name, 1);
  }

  /** Lowers one instance of a region's kernel, with its grid position and the region's streams. */
  instance(fn: FnValue, name: string, env: KernelEnv, at: SourceRange): { func: ir.Func; channels: readonly ir.Buffer[] } {
    const l = new FuncLowering(this, fn, [], name, at, env);
    const func = l.lower();
    this.funcs.push(func);
    return { func, channels: l.channelArgs };
  }
}

/** Lowers the kernel passed to `allo.customize`; undefined (with diagnostics) when it fails. */
export function lowerKernel(ctx: LowerContext, fn: PyValue & { k: "function" | "instance" }, instantiate: readonly PyValue[] | undefined, at: SourceRange): ir.Module | undefined {
  const f = fn.k === "function" ? { def: fn.def, scope: fn.scope } : fn.fn;
  let targs = fn.k === "instance" ? fn.args : instantiate;
  if (fn.k === "function" && !fn.region && f.def.typeParams.length === 0 && targs && targs.length > 0) {
    // Allo binds instantiate= to the kernel's type parameters and ignores it when there are none.
    ctx.sink.warning("W-template", `'${f.def.name}' is not a template; instantiate=[...] is ignored (as Allo does)`, at);
    targs = undefined;
  }
  try {
    const top = fn.k === "function" && fn.region ? lowerRegion(ctx, f, fn.standalone) : ctx.instantiate(f, targs, at);
    return { kind: "module", funcs: [...ctx.funcs], top };
  } catch (e) {
    if (e instanceof UserError) {
      if (e.code !== "E-syntax-follow") ctx.sink.error(e.code, e.message, e.range, e.fix);
      return undefined;
    }
    throw e;
  }
}

/** Python builtins/allo functions that are lowered elementwise on arrays. */
const MATH_FNS: Record<string, ir.MathFn> = {
  "allo.exp": "exp", "allo.log": "log", "allo.log2": "log2", "allo.log10": "log10", "allo.sqrt": "sqrt",
  "allo.sin": "sin", "allo.cos": "cos", "allo.tan": "tan", "allo.tanh": "tanh", "allo.abs": "abs", abs: "abs",
  "math.exp": "exp", "math.log": "log", "math.sqrt": "sqrt", "math.sin": "sin", "math.cos": "cos", "math.tanh": "tanh",
};
const ELEMENTWISE: Record<string, ast.BinOperator> = { "allo.add": "+", "allo.sub": "-", "allo.mul": "*", "allo.div": "/" };

class FuncLowering {
  private readonly pyScope: Scope;
  private scopes: Map<string, Sym>[] = [new Map()];
  private body: ir.Stmt[][] = [[]];
  private params: ir.Param[] = [];
  private results: (ScalarType | ArrayType)[] = [];
  private forCount = 0;
  private opCount = 0;
  private readonly loopNames: string[] = [];
  /** Depth of run-time control flow (for/while/if) around the statement being lowered. */
  private controlDepth = 0;
  private readonly targs: readonly PyValue[];
  /** Region channels this instance uses, in the order of its channel parameters. */
  readonly channelArgs: ir.Buffer[] = [];
  private readonly channelParams = new Map<number, ir.Buffer>();
  /** Names for the results of the call being lowered, from the assignment around it (callExpr). */
  private resultNames: (string | undefined)[] | undefined;
  /** Set while the array of a subscript is looked up: a dynamic-shaped argument may only be indexed. */
  private elementAccess = false;
  /** Parameters with a `Layout`: the shard view the body names and the region-shaped parameter. */
  private readonly sharded: ShardedParam[] = [];

  constructor(private readonly ctx: LowerContext, private readonly fn: FnValue, targs: readonly PyValue[], private readonly name: string, private readonly at: SourceRange, private readonly df?: KernelEnv) {
    // Names resolve in the caller's frames first, then the kernel's own defining scope (reference §1.2).
    // A library kernel (allo.library.*) sees only its own module: the design's names must not capture its arguments.
    const library = fn.scope.vars.get("__name__");
    const isLibrary = library !== undefined && library.k === "str" && library.v.startsWith("allo.library.");
    this.pyScope = ctx.caller && ctx.caller !== fn.scope && !isLibrary ? new Scope(ctx.caller, fn.scope) : new Scope(fn.scope);
    this.targs = targs;
  }

  lower(): ir.Func {
    const d = this.fn.def;
    this.bindTypeParams();
    for (const a of d.args) {
      if (!a.annotation) throw new UserError("E-annotation", `argument '${a.name}' of kernel '${d.name}' needs a type annotation, e.g. ${a.name}: int32[16]`, a.range);
      // Allo checks its kernel symbol table only (with the enclosing kernel's symbols for a nested
      // def): an argument shadows a module-level name (np_A, s).
      if (this.scopes.some((sc) => sc.has(a.name)) || this.fn.enclosing?.has(a.name)) throw new UserError("E-name", `argument name '${a.name}' conflicts with an existing symbol`, a.range);
      const ann = this.typeOf(a.annotation);
      if (ann.stateful) throw new UserError("E-stateful", `function parameter '${a.name}' cannot be Stateful; declare a Stateful local instead`, a.range);
      const layoutAt = a.annotation.kind === "BinOp" ? a.annotation.right.range : a.annotation.range;
      if (ann.t.kind === "array" && isDynamic(ann.t) && (this.df || ann.layout)) {
        throw new UserError("E-shape", `'${a.name}' has a dynamic shape (${typeToString(ann.t)}); a @df.kernel's arguments are parts of its region's arrays and need static shapes`, a.annotation.range);
      }
      if (ann.layout && !this.df) throw new UserError("E-layout", `a Layout splits a @df.kernel argument over the kernel's mapping grid; '${a.name}' of '${d.name}' is not a kernel of a @df.region — remove the Layout or make '${d.name}' a @df.kernel`, layoutAt);
      if (ann.t.kind === "array" && ann.layout && this.df) {
        // The body sees the shard; the parameter stays the region's array (layout.ts).
        const shard = shardOf(a.name, ann.layout, ann.t, this.df.mapping, this.df.pid, layoutAt);
        const param: ir.Buffer = { kind: "buffer", id: this.ctx.id(), name: a.name, type: ann.t, storage: "arg", memory: ann.memory, shard, range: a.range };
        const view: ir.Buffer = { kind: "buffer", id: this.ctx.id(), name: a.name, type: arrayType(ann.t.elem, shard.shape), storage: "arg", range: a.range };
        this.params.push(param);
        this.sharded.push({ view, param, shard });
        this.declare(a.name, { k: "buf", buf: view });
      } else if (ann.t.kind === "array") {
        const buf: ir.Buffer = { kind: "buffer", id: this.ctx.id(), name: a.name, type: ann.t, storage: "arg", memory: ann.memory, range: a.range };
        this.params.push(buf);
        this.declare(a.name, { k: "buf", buf });
      } else {
        const p: ir.ScalarParam = { kind: "scalar-param", id: this.ctx.id(), name: a.name, type: ann.t, range: a.range };
        this.params.push(p);
        this.declare(a.name, { k: "param", p });
      }
    }
    if (d.returns && !(d.returns.kind === "None")) {
      const r = d.returns;
      const items = r.kind === "Tuple" ? r.elts : [r];
      this.results = items.map((x) => {
        const t = this.typeOf(x).t;
        if (t.kind === "array" && isDynamic(t)) throw new UserError("E-shape", `a kernel cannot return a dynamic-shaped array (${typeToString(t)}): its size would be unknown to the caller; write the result into an argument of type ${typeToString(t)}, or give the return type a static shape`, x.range);
        return t;
      });
    }
    this.block(d.body);
    if (this.sharded.length) this.body[0] = applyShards(this.body[0]!, this.sharded, () => this.ctx.id());
    if (this.df && this.results.length > 0) throw new UserError("E-dataflow", `a @df.kernel returns nothing: write results into an argument or put them on a stream`, d.returns!.range);
    // Channels become trailing parameters, as Allo's lowering moves streams to the interface.
    for (const c of this.channelArgs) this.params.push(this.channelParams.get(c.id)!);
    const body = this.body[0]!;
    if (this.results.length > 0 && body[body.length - 1]?.kind !== "return") {
      const last = d.body[d.body.length - 1];
      throw new UserError("E-return", `kernel '${d.name}' declares a return type (-> ${this.results.map(typeToString).join(", ")}) but does not end with a return statement`, last ? last.range : d.nameRange);
    }
    const attrs: ir.FuncAttrs = this.df ? { instance: { kernel: d.name, pid: this.df.pid, mapping: this.df.mapping } } : {};
    return { kind: "func", name: this.name, params: this.params, results: this.results, body: this.body[0]!, attrs, range: d.range };
  }

  // ------------------------------------------------------------ templates and annotations

  private bindTypeParams(): void {
    const d = this.fn.def;
    const tps = d.typeParams;
    if (tps.length === 0) {
      if (this.targs.length > 0) throw new UserError("E-template", `'${d.name}' is not a template but was given ${this.targs.length} template argument(s)`, this.at);
      return;
    }
    if (this.targs.length !== tps.length) {
      throw new UserError("E-template", `'${d.name}' takes ${tps.length} template argument(s) [${tps.map((t) => t.name).join(", ")}] but got ${this.targs.length}; pass them with instantiate=[...] or ${d.name}[...]`, this.at);
    }
    tps.forEach((tp, i) => {
      const v = this.targs[i]!;
      if (tp.bound) {
        const bound = this.ctx.interp.eval(tp.bound, this.fn.scope);
        if (!satisfiesBound(v, bound)) {
          throw new UserError("E-template", `template argument ${describe(v)} for '${tp.name}' of '${d.name}' does not satisfy its bound ${this.ctx.source.slice(tp.bound.range.from, tp.bound.range.to)}`, this.at);
        }
      }
      this.pyScope.set(tp.name, v);
    });
  }

  /** Evaluates an annotation (an expression or a string holding one) to a type. */
  private typeOf(e: ast.Expr): { t: ValueType; memory?: ir.MemorySpec; stateful: boolean; constexpr?: ScalarType; layout?: (number | undefined)[] } {
    const v = this.evalConst(e);
    return this.asType(v, e.range);
  }

  private asType(v: PyValue, at: SourceRange): { t: ValueType; memory?: ir.MemorySpec; stateful: boolean; constexpr?: ScalarType; layout?: (number | undefined)[] } {
    switch (v.k) {
      case "type": return { t: v.t, stateful: false };
      case "array-type": {
        const mem = v.refinements?.find((r) => r.k === "memory");
        const lay = v.refinements?.find((r) => r.k === "layout" || r.k === "list" || r.k === "tuple");
        return { t: v.t, stateful: !!v.refinements?.some(isStateful), memory: mem && mem.k === "memory" ? { resource: mem.resource, storageType: mem.storageType } : undefined, ...(lay ? { layout: layoutParts(lay, at) } : {}) };
      }
      case "refined":
        if (v.refinements.some((r) => r.k === "layout" || r.k === "list" || r.k === "tuple")) throw new UserError("E-layout", `a Layout splits an array over the kernel's mapping; ${typeToString(v.t)} is a scalar type — give the argument a shape (e.g. ${typeToString(v.t)}[M, N] @ [S(0), R])`, at);
        return { t: v.t, stateful: v.refinements.some(isStateful) };
      case "constexpr": return { t: v.t, stateful: false, constexpr: v.t };
      case "str": return this.asType(this.evalString(v.v, at), at);
      default:
        throw new UserError("E-annotation", `${describe(v)} is not a type; annotate with an Allo type such as int32, float32[M, N] or Fixed(16, 8)`, at);
    }
  }

  /** Evaluates a string annotation like "T[M, N]" in the kernel's compile-time scope. */
  private evalString(text: string, at: SourceRange): PyValue {
    return evalStringAnnotation(text, at, (e) => this.evalConstIn(e));
  }

  private evalConst(e: ast.Expr): PyValue {
    if (e.kind === "Str") return { k: "str", v: e.value };
    return this.evalConstIn(e);
  }

  /** Compile-time evaluation with kernel constants (ConstExpr, meta_for variables) visible. */
  private evalConstIn(e: ast.Expr): PyValue {
    const s = new Scope(this.pyScope);
    for (const m of this.scopes) for (const [n, sym] of m) if (sym.k === "const") s.set(n, sym.v);
    for (const m of this.scopes) {
      for (const [n, sym] of m) {
        if (sym.k !== "const" && sym.k !== "fn" && mentions(e, n)) {
          throw new UserError("E-not-const", `'${n}' is a run-time value; a compile-time constant is needed here`, e.range);
        }
      }
    }
    return this.ctx.interp.eval(e, s);
  }

  // ------------------------------------------------------------ scopes

  private lookup(name: string): Sym | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const s = this.scopes[i]!.get(name);
      if (s) return s;
    }
    const st = this.df?.streams.get(name);
    if (st) return { k: "stream", decl: st };
    const v = this.pyScope.lookup(name);
    if (v === undefined) return undefined;
    if (v.k === "function") return { k: "fn", fn: { def: v.def, scope: v.scope } };
    // A module-level numpy array is a constant table of the kernel (nested lists, as np.array(...) literals).
    // Large tables (a model's weights) stay arrays: constTable and constData pack them without nested
    // lists (and a lookup only to see what a name is costs nothing).
    if (v.k === "ndarray") return { k: "const", v: v.a.size > 4096 && v.a.dtype !== "int64" && v.a.dtype !== "uint64" ? v : toPyNested(v.a) };
    return { k: "const", v };
  }

  /** "name 'x' is not defined", with the closest visible name as a suggestion and fix. */
  private undefinedName(name: string, range: SourceRange): UserError {
    const names = [...this.scopes.flatMap((s) => [...s.keys()]), ...(this.df?.streams.keys() ?? []), ...scopeNames(this.pyScope)];
    const guess = didYouMean(name, names);
    return new UserError("E-name", `name '${name}' is not defined${didYouMeanText(guess)}`, range, guess === undefined ? undefined : { range, text: guess });
  }

  private declare(name: string, sym: Sym): void {
    this.scopes[this.scopes.length - 1]!.set(name, sym);
  }

  private emit(s: ir.Stmt): void {
    this.body[this.body.length - 1]!.push(s);
  }

  /** Lowers statements in a new block scope (C++-like scoping, reference §1.4). */
  private nested(stmts: readonly ast.Stmt[], setup?: () => void): ir.Stmt[] {
    this.scopes.push(new Map());
    this.body.push([]);
    try {
      setup?.();
      this.block(stmts);
      return this.body[this.body.length - 1]!;
    } finally {
      this.body.pop();
      this.scopes.pop();
    }
  }

  private controlled<T>(f: () => T): T {
    this.controlDepth++;
    try {
      return f();
    } finally {
      this.controlDepth--;
    }
  }

  private block(stmts: readonly ast.Stmt[]): void {
    // meta_if / meta_elif / meta_else form a chain of consecutive `with` statements.
    let chain: "none" | "open" | "taken" = "none";
    for (const s of stmts) {
      const meta = metaKind(s);
      if (meta === "meta_if" || meta === "meta_elif" || meta === "meta_else") {
        const w = s as ast.With;
        const call = w.items[0]!.context as ast.Call;
        if (meta !== "meta_if" && chain === "none") throw new UserError("E-meta", `${meta} must follow a meta_if block`, call.range);
        if (meta === "meta_if") chain = "open";
        if (chain === "taken") { if (meta === "meta_else") chain = "none"; continue; }
        let take = true;
        if (meta !== "meta_else") {
          if (call.args.length !== 1) throw new UserError("E-meta", `${meta}() takes one compile-time condition`, call.range);
          take = truthy(this.evalConstIn(call.args[0]!));
        }
        if (take) {
          for (const x of this.nested(w.body)) this.emit(x);
          chain = meta === "meta_else" ? "none" : "taken";
        } else if (meta === "meta_else") chain = "none";
        continue;
      }
      chain = "none";
      this.stmt(s);
    }
  }

  // ------------------------------------------------------------ statements

  private stmt(s: ast.Stmt): void {
    switch (s.kind) {
      case "Pass": return;
      case "Expr": {
        if (s.value.kind === "Str") return; // docstring
        if (s.value.kind === "Call") { this.callExpr(s.value); return; }
        this.expr(s.value);
        return;
      }
      case "AnnAssign": return this.annAssign(s);
      case "Assign": return this.assign(s);
      case "AugAssign": return this.augAssign(s);
      case "For": return this.forStmt(s);
      case "While": {
        if (s.orelse.length) throw new UserError("E-unsupported", "'while ... else' is not supported in kernels; put the else body after the loop", this.elseKeyword(s.orelse[0]!.range));
        const cond = this.condition(s.test);
        const body = this.controlled(() => this.nested(s.body));
        this.emit({ kind: "while", cond, body, range: s.range });
        return;
      }
      case "If": return this.ifStmt(s);
      case "Return": return this.returnStmt(s);
      case "With": return this.withStmt(s);
      case "FunctionDef": {
        // A nested def is a kernel of its own; it sees the enclosing compile-time constants.
        const closure = new Scope(this.pyScope);
        for (const m of this.scopes) for (const [n, sym] of m) if (sym.k === "const") closure.set(n, sym.v);
        const enclosing = new Set(this.scopes.flatMap((m) => [...m.keys()]));
        this.declare(s.name, { k: "fn", fn: { def: s, scope: closure, enclosing } });
        return;
      }
      case "Break": throw new UserError("E-unsupported", "'break' is not supported in kernels (hardware loops have fixed trip counts); use a while loop with a flag or an if around the body", s.range);
      case "Continue": throw new UserError("E-unsupported", "'continue' is not supported in kernels; guard the rest of the body with an if instead", s.range);
      case "Global": throw new UserError("E-unsupported", "'global' is not supported in kernels; pass the array as an argument", s.range);
      case "Import": case "ImportFrom": throw new UserError("E-unsupported", "imports are not allowed inside kernels; import at module level", s.range);
      case "ClassDef": throw new UserError("E-unsupported", "class definitions are not allowed inside kernels; define the class at module level", s.range);
      case "ErrorStmt": throw new UserError("E-syntax-follow", "", s.range);
      case "UnsupportedStmt": throw new UserError("E-unsupported", `${s.what} is not supported in kernels`, s.range);
      case "Assert": case "Raise": case "Try":
        throw new UserError("E-unsupported", `${s.kind.toLowerCase()} statement is not supported in kernels`, s.range);
    }
  }

  private annAssign(s: ast.AnnAssign): void {
    if (s.target.kind !== "Name") {
      // `A[i]: int32 = v` is not Python anyone writes; treat as a plain store after checking the type.
      throw new UserError("E-annotation", "only a plain name can be declared with a type", s.target.range);
    }
    const name = s.target.id;
    const ann = this.typeOf(s.annotation);
    if (ann.t.kind === "array" && isDynamic(ann.t)) throw new UserError("E-shape", `a local array needs a static shape; '${name}' is declared ${typeToString(ann.t)} (only a top function's argument can have a dynamic shape, its size given by the caller)`, s.annotation.range);
    if (ann.constexpr) {
      if (!s.value) throw new UserError("E-constexpr", `ConstExpr '${name}' must be initialized`, s.range);
      const v = this.evalConstIn(s.value);
      this.declare(name, { k: "const", v: coerceConst(v, ann.constexpr, s.value.range) });
      return;
    }
    const existing = this.scopes[this.scopes.length - 1]!.get(name);
    if (existing) {
      if (existing.k === "buf" && sameType(existing.buf.type.shape.length === 0 ? existing.buf.type.elem : existing.buf.type, ann.t)) {
        // Re-declaring with the same type is an assignment (Allo allows it).
        if (s.value) {
          if (existing.buf.type.shape.length === 0) this.storeTo(existing.buf, [], s.value, s.range);
          else this.assignArray(existing.buf, s.value, s.range);
        }
        return;
      }
      throw new UserError("E-redeclare", `'${name}' is already declared in this scope with a different type`, s.target.range);
    }
    const t = ann.t;
    const type = t.kind === "array" ? t : arrayType(t, []);
    let init: ir.BufferInit | undefined;
    let value: ast.Expr | undefined = s.value;
    if (value) {
      const folded = this.tryConstInit(value, type);
      if (folded) { init = folded; value = undefined; }
    }
    if (ann.stateful && value) throw new UserError("E-stateful", `the initial value of Stateful '${name}' must be a compile-time constant`, value.range);
    const buf: ir.Buffer = { kind: "buffer", id: this.ctx.id(), name, type, storage: ann.stateful ? "stateful" : "local", init, memory: ann.memory, range: s.target.range };
    this.emit({ kind: "alloc", buf, range: s.range });
    this.declare(name, { k: "buf", buf });
    if (value) {
      if (type.shape.length === 0) this.storeTo(buf, [], value, s.range);
      else this.assignArray(buf, value, s.range);
    }
  }

  /** A constant initializer (scalar fill or nested list literal) folded into the buffer. */
  private tryConstInit(value: ast.Expr, type: ArrayType): ir.BufferInit | undefined {
    if (!isConstLike(value) || this.hasRuntimeName(value)) return undefined;
    let v: PyValue;
    try {
      // Scalars fold with kernel (C) semantics; lists are Python literals.
      if (value.kind === "List" || value.kind === "Tuple") v = this.evalConstIn(value);
      else {
        const k = this.expr(value);
        if (k.k !== "const") return undefined;
        v = k.v;
      }
    } catch { return undefined; }
    if (v.k === "int" || v.k === "float" || v.k === "bool") {
      return { kind: "fill", value: constToElem(v, type.elem, value.range) };
    }
    return this.constData(v, type, value.range);
  }

  /**
   * A nested list, tuple or numpy array as the contents of an array of `type` (Allo's whole-array
   * initializer `A: int32[4] = np_A[1]`); undefined for anything else.
   */
  private constData(v: PyValue, type: ArrayType, at: SourceRange): ir.BufferInit | undefined {
    if (v.k === "ndarray") {
      if (v.a.shape.length !== type.shape.length || v.a.shape.some((d, i) => d !== type.shape[i])) {
        throw new UserError("E-init", `initializer has shape (${v.a.shape.join(", ")}) but the array is ${typeToString(type)}`, at);
      }
      const packed = packedInit(v.a, type.elem);
      if (packed) return { kind: "data", values: packed };
      const float = v.a.dtype.startsWith("float");
      return { kind: "data", values: v.a.data.map((x) => constToElem(float ? { k: "float", v: x } : { k: "int", v: BigInt(Math.trunc(x)) }, type.elem, at)) };
    }
    if (v.k === "list" || v.k === "tuple") {
      const flat: PyValue[] = [];
      const shape: number[] = [];
      const walk = (x: PyValue, depth: number): void => {
        if (x.k === "list" || x.k === "tuple") {
          if (shape[depth] === undefined) shape[depth] = x.items.length;
          else if (shape[depth] !== x.items.length) throw new UserError("E-init", "ragged nested list initializer", at);
          for (const it of x.items) walk(it, depth + 1);
        } else flat.push(x);
      };
      walk(v, 0);
      if (shape.length !== type.shape.length || shape.some((d, i) => d !== type.shape[i])) {
        throw new UserError("E-init", `initializer has shape (${shape.join(", ")}) but the array is ${typeToString(type)}`, at);
      }
      return { kind: "data", values: flat.map((x) => constToElem(x, type.elem, at)) };
    }
    return undefined;
  }

  private hasRuntimeName(e: ast.Expr): boolean {
    let found = false;
    visitNames(e, (n) => {
      const s = this.lookup(n);
      if (s && s.k !== "const" && s.k !== "fn") found = true;
    });
    return found;
  }

  private assign(s: ast.Assign): void {
    for (const target of s.targets) {
      if (target.kind === "Tuple" || target.kind === "List") {
        this.tupleAssign(target.elts, s.value, s.range);
        continue;
      }
      this.assignOne(target, s.value, s.range);
    }
  }

  private tupleAssign(targets: readonly ast.Expr[], value: ast.Expr, at: SourceRange): void {
    if (value.kind === "Tuple" || value.kind === "List") {
      if (value.elts.length !== targets.length) throw new UserError("E-unpack", `cannot unpack ${value.elts.length} values into ${targets.length} names`, at);
      // Evaluate all right-hand sides first (Python semantics for `a, b = b, a`).
      const vals = value.elts.map((v) => this.expr(v));
      targets.forEach((t, i) => this.assignValue(t, vals[i]!, value.elts[i]!.range, at));
      return;
    }
    if (value.kind === "Call") {
      this.resultNames = this.newNames(targets);
      const results = this.callExpr(value);
      this.resultNames = undefined;
      if (results.length !== targets.length) throw new UserError("E-unpack", `the call returns ${results.length} value(s) but ${targets.length} names are assigned`, at);
      targets.forEach((t, i) => this.assignValue(t, results[i]!, value.range, at));
      return;
    }
    throw new UserError("E-unpack", "tuple assignment needs a tuple or a call returning several values on the right", value.range);
  }

  private assignOne(target: ast.Expr, value: ast.Expr, at: SourceRange): void {
    if (target.kind === "Name") {
      const sym = this.lookup(target.id);
      if (sym && sym.k === "buf") {
        if (sym.buf.type.shape.length === 0) this.storeTo(sym.buf, [], value, at);
        else this.assignArray(sym.buf, value, at);
        return;
      }
    }
    if (value.kind === "Call") this.resultNames = this.newNames([target]);
    const v = this.expr(value);
    this.resultNames = undefined;
    this.assignValue(target, v, value.range, at);
  }

  /**
   * `temp1 = f(x)` names f's result buffer temp1, as Allo does (so `s.partition(s.temp1)` finds it);
   * only names that this assignment introduces (not existing variables, nor `_`).
   */
  private newNames(targets: readonly ast.Expr[]): (string | undefined)[] {
    return targets.map((t) => {
      if (t.kind !== "Name" || t.id === "_") return undefined;
      const sym = this.lookup(t.id);
      return !sym || sym.k === "fn" || (sym.k === "const" && !this.scopes.some((m) => m.get(t.id) === sym)) ? t.id : undefined;
    });
  }

  /** Stores an already lowered value into a target (new name, variable, element, bits or slice). */
  private assignValue(target: ast.Expr, v: KVal, vRange: SourceRange, at: SourceRange): void {
    if (target.kind === "Name") {
      if (target.id === "_") return;
      const sym = this.lookup(target.id);
      if (!sym || sym.k === "const" || sym.k === "fn") {
        if (sym && sym.k === "const" && this.scopes.some((m) => m.get(target.id) === sym)) {
          throw new UserError("E-assign", `'${target.id}' is a compile-time constant and cannot be assigned`, target.range);
        }
        if (v.k === "const" && v.compileTime) {
          // `i, j = df.get_pid()`: the instance's grid position, usable in meta_if and stream indices.
          this.declare(target.id, { k: "const", v: v.v });
          return;
        }
        // A new variable: its type comes from the value.
        if (v.k === "array") {
          // `C = allo.matmul(A, B)` names the result; `B = A` makes B another name for A (as in Python).
          this.declare(target.id, { k: "buf", buf: v.buf });
          return;
        }
        const e = this.scalar(v, vRange);
        const buf: ir.Buffer = { kind: "buffer", id: this.ctx.id(), name: target.id, type: arrayType(e.type, []), storage: "local", range: target.range };
        this.emit({ kind: "alloc", buf, range: at });
        this.emit(ir.store(buf, [], e, at));
        this.declare(target.id, { k: "buf", buf });
        return;
      }
      if (sym.k === "buf") {
        if (sym.buf.type.shape.length === 0) {
          this.emit(ir.store(sym.buf, [], this.convert(this.scalar(v, vRange), sym.buf.type.elem, vRange), at));
        } else {
          if (v.k !== "array") throw new UserError("E-assign", `cannot assign a scalar to the whole array '${target.id}'; index it or use a loop`, at);
          this.refuseViewWrite(sym.buf, target.range);
          this.checkSameShape(sym.buf.type, v.buf.type, vRange);
          this.emit({ kind: "copy", dst: sym.buf, src: v.buf, range: at });
        }
        return;
      }
      throw new UserError("E-assign", `cannot assign to '${target.id}' (${sym.k === "param" ? "a scalar argument is passed by value and read-only here; copy it into a local" : "a loop variable"})`, target.range);
    }
    if (target.kind === "Subscript") {
      this.subscriptStore(target, v, vRange, at);
      return;
    }
    throw new UserError("E-assign", "cannot assign to this expression", target.range);
  }

  private subscriptStore(target: ast.Subscript, v: KVal, vRange: SourceRange, at: SourceRange): void {
    const base = this.subscriptBase(target.value);
    if (base.k === "array") {
      this.refuseViewWrite(base.buf, target.value.range);
      const items = indexItems(target.index);
      const buf = base.buf;
      if (items.length > buf.type.shape.length) {
        throw new UserError("E-index", `'${buf.name}' has ${buf.type.shape.length} dimension(s) but ${items.length} index(es) were given`, target.index.range);
      }
      if (items.some((x) => x.kind === "Slice") || items.length < buf.type.shape.length) {
        if (isDynamic(buf.type)) throw this.dynamicWhole(buf, target.range);
        this.storeView(this.viewOf(buf, items, target.index.range), v, vRange, at);
        return;
      }
      if (items.length !== buf.type.shape.length) {
        throw new UserError("E-index", `'${buf.name}' has ${buf.type.shape.length} dimension(s) but ${items.length} index(es) were given`, target.index.range);
      }
      const idx = this.indices(buf, items);
      this.emit(ir.store(buf, idx, this.convert(this.scalar(v, vRange), buf.type.elem, vRange), at));
      return;
    }
    // Bit or bit-slice assignment on an integer variable or array element.
    const cur = this.scalar(base, target.value.range);
    if (cur.type.kind !== "int" && cur.type.kind !== "index") throw new UserError("E-bits", `can only access bits of integers; '${this.text(target.value)}' is ${typeToString(cur.type)}`, target.range);
    const idx = target.index;
    let updated: ir.Expr;
    if (idx.kind === "Slice") {
      const { lo, hi } = this.bitRange(idx, cur.type);
      const val = this.scalar(v, vRange);
      updated = { kind: "set-slice", type: cur.type, x: cur, lo, hi, value: this.toInteger(val, vRange), range: at };
    } else {
      const bit = this.bitIndex(idx, cur.type);
      updated = { kind: "set-bit", type: cur.type, x: cur, bit, value: this.convert(this.scalar(v, vRange), BOOL, vRange), range: at };
    }
    // Write back through the same place `base` came from.
    this.writeBack(target.value, updated, at);
  }

  private writeBack(place: ast.Expr, value: ir.Expr, at: SourceRange): void {
    if (place.kind === "Name") {
      const sym = this.lookup(place.id);
      if (sym && sym.k === "buf" && sym.buf.type.shape.length === 0) { this.emit(ir.store(sym.buf, [], value, at)); return; }
    }
    if (place.kind === "Subscript") {
      const b = this.subscriptBase(place.value);
      if (b.k === "array") {
        const items = indexItems(place.index);
        this.emit(ir.store(b.buf, this.indices(b.buf, items), value, at));
        return;
      }
    }
    throw new UserError("E-assign", "bits can only be assigned on a variable or an array element", place.range);
  }

  private augAssign(s: ast.AugAssign): void {
    const cur = this.expr(s.target);
    const rhs = this.expr(s.value);
    const v = this.binop(s.op, cur, rhs, s.range, s.target.range, s.value.range);
    if (s.target.kind === "Name") {
      const sym = this.lookup(s.target.id);
      if (sym && sym.k === "buf" && sym.buf.type.shape.length > 0) {
        if (v.k !== "array") throw new UserError("E-assign", "array augmented assignment needs an array result", s.range);
        this.emit({ kind: "copy", dst: sym.buf, src: v.buf, range: s.range });
        return;
      }
    }
    this.assignValue(s.target, v, s.range, s.range);
  }

  private storeTo(buf: ir.Buffer, idx: ir.Expr[], value: ast.Expr, at: SourceRange): void {
    const v = this.expr(value);
    this.emit(ir.store(buf, idx, this.convert(this.scalar(v, value.range), buf.type.elem, value.range), at));
  }

  /** `A = <array expression>` into an existing array buffer (copy semantics). */
  private assignArray(dst: ir.Buffer, value: ast.Expr, at: SourceRange): void {
    const v = this.expr(value);
    if (v.k === "const" && (v.v.k === "list" || v.v.k === "tuple" || v.v.k === "ndarray")) {
      // A compile-time table (a list literal, a module numpy array or a slice of one): a constant copied in.
      const init = this.constData(v.v, dst.type, value.range)!;
      const src = this.newBuffer(`${dst.name}_init`, dst.type, value.range, init);
      this.emit({ kind: "copy", dst, src, range: at });
      return;
    }
    if (v.k === "array") {
      this.checkSameShape(dst.type, v.buf.type, value.range);
      this.emit({ kind: "copy", dst, src: v.buf, range: at });
      return;
    }
    // A scalar broadcast into every element.
    const e = this.convert(this.scalar(v, value.range), dst.type.elem, value.range);
    this.emit(this.nest(dst.type.shape, at, "fill", (ivs) => [ir.store(dst, ivs, e, at)]));
  }

  private checkSameShape(a: ArrayType, b: ArrayType, at: SourceRange): void {
    if (a.shape.length !== b.shape.length || a.shape.some((d, i) => d !== b.shape[i])) {
      throw new UserError("E-shape", `shape mismatch: expected (${a.shape.join(", ")}) but got (${b.shape.join(", ")})`, at);
    }
  }

  private ifStmt(s: ast.If): void {
    const cond = this.condition(s.test);
    const then = this.controlled(() => this.nested(s.body));
    const els = this.controlled(() => this.nested(s.orelse));
    this.emit({ kind: "if", cond, then, else: els, range: s.range });
  }

  private returnStmt(s: ast.Return): void {
    const d = this.fn.def;
    if (this.controlDepth > 0) {
      throw new UserError("E-return", "'return' inside a loop or if is not supported: hardware has no early exit; assign the result to a variable and return it at the end of the kernel", s.range);
    }
    // `return None` is a bare `return` (Allo accepts it in a kernel without a result); with a declared
    // result it is the missing value that is wrong, so say that.
    if (!s.value || s.value.kind === "None") {
      if (this.results.length > 0) throw new UserError("E-return", `'${d.name}' must return ${this.results.map(typeToString).join(", ")}`, s.range);
      this.emit({ kind: "return", values: [], range: s.range });
      return;
    }
    if (this.results.length === 0) throw new UserError("E-return", `'${d.name}' returns a value but has no return annotation; add '-> type' to its signature`, s.value.range);
    const exprs = s.value.kind === "Tuple" ? s.value.elts : [s.value];
    if (exprs.length !== this.results.length) throw new UserError("E-return", `'${d.name}' returns ${this.results.length} value(s) but ${exprs.length} were given`, s.value.range);
    const values: ir.CallArg[] = exprs.map((x, i) => {
      const rt = this.results[i]!;
      const v = this.expr(x);
      if (rt.kind === "array") {
        if (v.k !== "array") throw new UserError("E-return", `return value ${i + 1} must be an array ${typeToString(rt)}`, x.range);
        this.checkSameShape(rt, v.buf.type, x.range);
        if (!sameType(rt.elem, v.buf.type.elem) || v.buf.storage === "arg") {
          // Returning an argument or a differently typed array returns a copy, as Allo does.
          const out = this.newBuffer(`${v.buf.name || "ret"}_ret`, rt, x.range);
          this.emit({ kind: "copy", dst: out, src: v.buf, range: x.range });
          return out;
        }
        return v.buf;
      }
      return this.convert(this.scalar(v, x.range), rt, x.range);
    });
    this.emit({ kind: "return", values, range: s.range });
  }

  private withStmt(s: ast.With): void {
    if (s.items.length !== 1) throw new UserError("E-unsupported", "only one `with allo.meta_*` item is supported", s.range);
    const item = s.items[0]!;
    const ctxExpr = item.context;
    if (ctxExpr.kind !== "Call" || ctxExpr.func.kind !== "Attribute" || !ctxExpr.func.attr.startsWith("meta_")) {
      throw new UserError("E-unsupported", "'with' in kernels is only for allo.meta_if / meta_elif / meta_else / meta_for", ctxExpr.range);
    }
    const kind = ctxExpr.func.attr;
    if (kind === "meta_for") {
      const bounds = ctxExpr.args.map((a) => this.constInt(a));
      const [lo, hi, st] = bounds.length === 1 ? [0, bounds[0]!, 1] : [bounds[0]!, bounds[1]!, bounds[2] ?? 1];
      if (st <= 0) throw new UserError("E-range", "meta_for step must be positive", ctxExpr.range);
      if ((hi - lo) / st > MAX_META_UNROLL) throw new UserError("E-range", `meta_for unrolls at most ${MAX_META_UNROLL} iterations`, ctxExpr.range);
      const varName = item.vars?.kind === "Name" ? item.vars.id : undefined;
      for (let i = lo; i < hi; i += st) {
        const inner = this.nested(s.body, () => { if (varName) this.declare(varName, { k: "const", v: pyInt(i) }); });
        for (const x of inner) this.emit(x);
      }
      return;
    }
    throw new UserError("E-meta", `${kind} must be used in a chain: with allo.meta_if(...), then meta_elif/meta_else`, s.range);
  }

  // ------------------------------------------------------------ loops

  private forStmt(s: ast.For): void {
    if (s.orelse.length) throw new UserError("E-unsupported", "'for ... else' is not supported in kernels; put the else body after the loop", this.elseKeyword(s.orelse[0]!.range));
    const it = s.iter;
    if (it.kind !== "Call") throw new UserError("E-loop", "kernel loops iterate over range(...), allo.grid(...) or allo.reduction(...)", it.range);
    const callee = this.calleeName(it.func);
    const targets = s.target.kind === "Tuple" ? s.target.elts : [s.target];
    const names = targets.map((t) => {
      if (t.kind !== "Name") throw new UserError("E-loop", "loop variables must be plain names", t.range);
      return t.id;
    });
    for (const n of names) {
      if (this.loopNames.includes(n)) throw new UserError("E-loop", `loop variable '${n}' is already used by an enclosing loop`, s.target.range);
    }
    let bounds: { lb: ir.Expr; ub: ir.Expr; step: number | ir.Expr; extentConst?: number }[];
    let reduction = false;
    const kw = new Map(it.keywords.map((k) => [k.name, k.value] as const));
    let bandName: string | undefined;
    const nameKw = kw.get("name");
    if (nameKw) {
      const v = this.evalConstIn(nameKw);
      if (v.k !== "str") throw new UserError("E-loop", "name= takes a string", nameKw.range);
      bandName = v.v;
    }
    if (callee === "range") {
      if (names.length !== 1) throw new UserError("E-loop", "range() gives one loop variable", s.target.range);
      if (it.args.length < 1 || it.args.length > 3) throw new UserError("E-range", "range() takes 1 to 3 arguments", it.range);
      const args = it.args.map((a) => this.indexExpr(a));
      let step: number | ir.Expr = 1;
      if (it.args.length === 3) {
        const sv = this.constIntOrUndefined(it.args[2]!);
        if (sv !== undefined && sv <= 0) throw new UserError("E-range", `the range() step must be positive (got ${sv}); loop upwards and compute the index, e.g. N - 1 - i`, it.args[2]!.range);
        // A step known only at run time (an argument, an array element) is read once on entry, as
        // Allo's scf.for does; the simulator stops when it is not positive.
        step = sv ?? args[2]!;
      }
      const [lb, ub] = args.length === 1 ? [ir.indexConst(0), args[0]!] : [args[0]!, args[1]!];
      bounds = [{ lb, ub, step }];
    } else if (callee === "allo.grid" || callee === "allo.reduction") {
      reduction = callee === "allo.reduction";
      let dims = it.args;
      // The paper's positional band name: allo.grid(M, N, "PE").
      const last = dims[dims.length - 1];
      if (last && last.kind === "Str") { bandName = last.value; dims = dims.slice(0, -1); }
      if (dims.length !== names.length) throw new UserError("E-loop", `${callee}() has ${dims.length} dimension(s) but ${names.length} loop variable(s)`, s.target.range);
      bounds = dims.map((d) => ({ lb: ir.indexConst(0), ub: this.indexExpr(d), step: 1 }));
    } else {
      this.evalConstIn(it.func); // reports an undefined name as such
      throw new UserError("E-loop", `kernel loops iterate over range(...), allo.grid(...) or allo.reduction(...), not ${this.text(it.func)}()`, it.range);
    }
    const attrs = this.inlineLoopAttrs(kw, names.length, it.keywords);
    const opName = bandName ?? `S_${names.join("_")}_${this.forCount}`;
    const vars = names.map((n) => ({ kind: "loop-var" as const, id: this.ctx.id(), name: n }));
    // Build the perfect nest inside-out.
    this.loopNames.push(...names);
    let body: ir.Stmt[];
    try {
      body = this.controlled(() => this.nested(s.body, () => vars.forEach((v, i) => this.declare(names[i]!, { k: "iter", v }))));
    } finally {
      this.loopNames.splice(this.loopNames.length - names.length, names.length);
    }
    for (let i = names.length - 1; i >= 0; i--) {
      const b = bounds[i]!;
      const loop = ir.forLoop({
        iv: vars[i]!, lb: b.lb, ub: b.ub, step: b.step, body, loopName: names[i]!,
        opName: i === 0 ? opName : undefined,
        attrs: { ...(reduction ? { reduction: true } : {}), ...attrs[i] },
        range: s.range,
      });
      body = [loop];
    }
    this.emit(body[0]!);
    this.forCount++;
  }

  /** `pipeline=` / `unroll=` keyword arguments of grid/range (inline schedule hints). */
  private inlineLoopAttrs(kw: Map<string, ast.Expr>, n: number, keywords: readonly ast.Keyword[]): ir.LoopAttrs[] {
    const out: ir.LoopAttrs[] = Array.from({ length: n }, () => ({}));
    const apply = (key: "pipeline" | "unroll", e: ast.Expr) => {
      const v = this.evalConstIn(e);
      const set = (i: number, x: PyValue) => {
        if (x.k === "bool" && !x.v) return;
        const num = x.k === "int" ? Number(x.v) : x.k === "bool" ? (key === "pipeline" ? 1 : 0) : NaN;
        if (!Number.isFinite(num)) throw new UserError("E-loop", `${key}= takes True, an integer or a list`, e.range);
        out[i] = { ...out[i], ...(key === "pipeline" ? { pipelineII: num } : { unroll: num }) };
      };
      if (v.k === "list" || v.k === "tuple") v.items.forEach((x, i) => i < n && set(i, x));
      else set(n - 1, v);
    };
    for (const [k, e] of kw) {
      if (k === "pipeline" || k === "unroll") apply(k, e);
      else if (k !== "name") {
        // Marked at the keyword itself (`nme=`), with the fix when one keyword is clearly meant.
        const node = keywords.find((x) => x.name === k);
        const at = node ? { from: node.range.from, to: node.range.from + k.length } : e.range;
        const guess = didYouMean(k, ["name", "pipeline", "unroll"]);
        throw new UserError("E-loop", `unknown loop keyword '${k}'${didYouMeanText(guess)}; use name=, pipeline= or unroll=`, at, guess === undefined || !node ? undefined : { range: at, text: guess });
      }
    }
    return out;
  }

  /** A loop nest over `shape` for tensor operations; `body` gets the index variables. */
  private nest(shape: readonly number[], at: SourceRange, op: string, body: (ivs: ir.Expr[]) => ir.Stmt[], reduceDims = 0): ir.Stmt {
    const vars = shape.map((_, i) => ({ kind: "loop-var" as const, id: this.ctx.id(), name: `${op}_i${i}` }));
    const ivs: ir.Expr[] = vars.map((v) => ({ kind: "iter", type: INDEX, v }));
    let stmts = body(ivs);
    const opName = `${op}_${this.opCount++}`;
    for (let i = shape.length - 1; i >= 0; i--) {
      stmts = [ir.forLoop({
        iv: vars[i]!, lb: ir.indexConst(0), ub: ir.indexConst(shape[i]!), step: 1, body: stmts,
        loopName: vars[i]!.name, opName: i === 0 ? opName : undefined,
        attrs: i >= shape.length - reduceDims ? { reduction: true } : {}, range: at,
      })];
    }
    if (shape.length === 0) return stmts[0]!;
    return stmts[0]!;
  }

  // ------------------------------------------------------------ expressions

  /** The `else` keyword before a loop's else body (the AST keeps no range for it). */
  private elseKeyword(body: SourceRange): SourceRange {
    const at = this.ctx.source.lastIndexOf("else", body.from);
    return at >= 0 ? { from: at, to: at + 4 } : body;
  }

  private text(e: ast.Expr): string {
    return this.ctx.source.slice(e.range.from, e.range.to);
  }

  expr(e: ast.Expr): KVal {
    switch (e.kind) {
      case "Int": case "Float": case "Bool": case "Str": case "None":
        return { k: "const", v: this.ctx.interp.eval(e, this.pyScope), range: e.range };
      case "Name": {
        const sym = this.lookup(e.id);
        if (!sym) throw this.undefinedName(e.id, e.range);
        switch (sym.k) {
          case "buf":
            if (sym.buf.type.shape.length === 0) return { k: "scalar", e: ir.load(sym.buf, [], e.range) };
            if (isDynamic(sym.buf.type) && !this.elementAccess) throw this.dynamicWhole(sym.buf, e.range);
            return { k: "array", buf: sym.buf };
          case "param": return { k: "scalar", e: { kind: "param", type: sym.p.type, param: sym.p, range: e.range } };
          case "iter": return { k: "scalar", e: { kind: "iter", type: INDEX, v: sym.v, range: e.range } };
          case "const": return { k: "const", v: sym.v, range: e.range };
          case "fn": throw new UserError("E-name", `'${e.id}' is a function; call it`, e.range);
          case "stream": throw new UserError("E-dataflow", `'${e.id}' is a stream: take a value with ${e.id}${sym.decl.shape.length ? "[...]" : ""}.get() or send one with .put(v)`, e.range);
        }
        break;
      }
      case "BinOp": {
        if (e.op === "@") throw new UserError("E-unsupported", "'@' (matrix multiply) is not supported in kernels; use allo.matmul(A, B)", e.opRange);
        const l = this.expr(e.left);
        const r = this.expr(e.right);
        return this.binop(e.op, l, r, e.range, e.left.range, e.right.range);
      }
      case "UnaryOp": return this.unary(e);
      case "BoolOp": {
        const vals = e.values.map((x) => this.expr(x));
        if (vals.every((v) => v.k === "const")) return { k: "const", v: this.ctx.interp.eval(e, this.constScope()), range: e.range };
        const es = vals.map((v, i) => this.asBool(v, e.values[i]!.range));
        let acc = es[0]!;
        for (const x of es.slice(1)) acc = ir.binary(e.op === "and" ? "and" : "or", BOOL, acc, x, e.range);
        return { k: "scalar", e: acc };
      }
      case "Compare": {
        if (e.ops.length !== 1) throw new UserError("E-compare", "chained comparisons are not supported in kernels; split them with 'and'", e.range);
        const l = this.expr(e.left);
        const r = this.expr(e.comparators[0]!);
        return this.compareVals(e.ops[0]!, l, r, e.range, e.left.range, e.comparators[0]!.range);
      }
      case "IfExp": {
        const c = this.expr(e.test);
        if (c.k === "const") return truthy(c.v) ? this.expr(e.body) : this.expr(e.orelse);
        const cond = this.asBool(c, e.test.range);
        const a = this.scalar(this.expr(e.body), e.body.range);
        const b = this.scalar(this.expr(e.orelse), e.orelse.range);
        const t = this.rule(selectType(a.type, b.type), e.range);
        return { k: "scalar", e: ir.select(t, cond, this.convert(a, t, e.body.range), this.convert(b, t, e.orelse.range), e.range) };
      }
      case "Call": {
        const rs = this.callExpr(e);
        if (rs.length !== 1) throw new UserError("E-call", rs.length === 0 ? `${this.text(e.func)}() returns nothing; it cannot be used as a value` : `${this.text(e.func)}() returns ${rs.length} values; unpack them with a tuple assignment`, e.range);
        return rs[0]!;
      }
      case "Attribute": return this.attribute(e);
      case "Subscript": return this.subscript(e);
      case "Tuple": case "List": case "Dict":
        return { k: "const", v: this.evalConstIn(e), range: e.range };
      case "Slice": throw new UserError("E-slice", "a slice is only allowed inside [ ]", e.range);
      case "Ellipsis": throw new UserError("E-unsupported", "'...' is not supported here", e.range);
      case "ErrorExpr": throw new UserError("E-syntax-follow", "", e.range);
      case "UnsupportedExpr": throw new UserError("E-unsupported", `${e.what} is not supported in kernels`, e.range);
      case "JoinedStr": throw new UserError("E-unsupported", "f-strings are not supported in kernels", e.range);
      case "ListComp": throw new UserError("E-unsupported", `${e.form === "set" ? "set comprehension" : e.form === "dict" ? "dict comprehension" : e.form === "generator" ? "generator expression" : "list comprehension"} is not supported in kernels`, e.range);
      case "Starred": throw new UserError("E-unsupported", "a starred argument (*x) is not supported in kernels", e.range);
    }
    throw new UserError("E-unsupported", "unsupported expression", (e as ast.Expr).range);
  }

  private constScope(): Scope {
    const s = new Scope(this.pyScope);
    for (const m of this.scopes) for (const [n, sym] of m) if (sym.k === "const") s.set(n, sym.v);
    return s;
  }

  /** A scalar IR expression from a lowered value (Python ints → int32, floats → float32). */
  private scalar(v: KVal, at: SourceRange): ir.Expr {
    switch (v.k) {
      case "scalar": return v.e;
      case "array": throw new UserError("E-scalar", `expected a scalar but '${v.buf.name}' is an array ${typeToString(v.buf.type)}; index it`, at);
      case "const": return constExpr(v.v, at);
    }
  }

  private asBool(v: KVal, at: SourceRange): ir.Expr {
    const e = this.scalar(v, at);
    if (e.type.kind === "int" && e.type.bits === 1) return e;
    // Allo requires i1 conditions; we accept any scalar as `x != 0`, like C++.
    return ir.compare("ne", e, this.zero(e.type), at);
  }

  private zero(t: ScalarType): ir.Expr {
    return ir.constant(t, t.kind === "int" && t.bits > 52 ? 0n : t.kind === "fixed" && t.bits > 52 ? 0n : 0);
  }

  private condition(e: ast.Expr): ir.Expr {
    const v = this.expr(e);
    if (v.k === "const") return ir.constant(BOOL, truthy(v.v) ? 1 : 0, e.range);
    return this.asBool(v, e.range);
  }

  private rule(r: ScalarType | { error: string }, at: SourceRange): ScalarType {
    if ("error" in r) throw new UserError("E-type", r.error, at);
    return r;
  }

  /** Converts to `t` (assignment semantics); only rejects what cannot convert at all. */
  private convert(e: ir.Expr, t: ScalarType, at: SourceRange): ir.Expr {
    return ir.cast(t, e, at);
  }

  private toInteger(e: ir.Expr, at: SourceRange): ir.Expr {
    if (e.type.kind === "int" || e.type.kind === "index") return e;
    throw new UserError("E-bits", `bit fields take integer values; got ${typeToString(e.type)}`, at);
  }

  private binop(op: ast.BinOperator, l: KVal, r: KVal, at: SourceRange, lr: SourceRange, rr: SourceRange): KVal {
    if (l.k === "const" && r.k === "const") {
      // Kernel arithmetic on int constants is C's: `/` truncates and `%` takes the dividend's sign
      // (x / 0 = 0 and x % 0 = x, as at run time); everything else folds as Python does.
      if (l.v.k === "int" && r.v.k === "int" && (op === "/" || op === "%")) {
        const a = l.v.v;
        const b = r.v.v;
        return { k: "const", v: { k: "int", v: b === 0n ? (op === "/" ? 0n : a) : op === "/" ? a / b : a % b }, range: at };
      }
      const sc = this.constScope();
      return { k: "const", v: this.ctx.interp.eval({ kind: "BinOp", op, left: constNode(l, sc), right: constNode(r, sc), range: at, opRange: at }, sc), range: at };
    }
    if (l.k === "array" || r.k === "array") return this.elementwise(op, l, r, at, lr, rr);
    let a = this.scalar(l, lr);
    let b = this.scalar(r, rr);
    // Index arithmetic with constants stays in `index` so subscripts remain affine.
    if (a.type.kind === "index" && r.k === "const" && r.v.k === "int" && fitsIndex(r.v.v)) b = ir.constant(INDEX, Number(r.v.v), rr);
    if (b.type.kind === "index" && l.k === "const" && l.v.k === "int" && fitsIndex(l.v.v)) a = ir.constant(INDEX, Number(l.v.v), lr);
    if (op === "<<" || op === ">>") {
      if (a.type.kind === "float") throw new UserError("E-type", `shifts are not defined for ${typeToString(a.type)}; cast to an integer type first`, lr);
      if (b.type.kind !== "int" && b.type.kind !== "index") throw new UserError("E-type", `the shift amount must be an integer; got ${typeToString(b.type)}`, rr);
      const t = a.type;
      return { k: "scalar", e: ir.binary(op === "<<" ? "shl" : "shr", t, a, b, at) };
    }
    if (op === "@") throw new UserError("E-unsupported", "'@' (matrix multiply) is not supported in kernels; use allo.matmul(A, B)", at);
    const t = this.rule(binaryResultType(op, a.type, b.type), at);
    const irOp = ({ "+": "add", "-": "sub", "*": "mul", "/": "div", "//": "floordiv", "%": "rem", "**": "pow", "&": "and", "|": "or", "^": "xor" } as const)[op];
    return { k: "scalar", e: ir.binary(irOp, t, this.convert(a, t, lr), this.convert(b, t, rr), at) };
  }

  private compareVals(op: ast.CmpOperator, l: KVal, r: KVal, at: SourceRange, lr: SourceRange, rr: SourceRange): KVal {
    if (l.k === "const" && r.k === "const") {
      const sc = this.constScope();
      return { k: "const", v: this.ctx.interp.eval({ kind: "Compare", left: constNode(l, sc), ops: [op], comparators: [constNode(r, sc)], range: at }, sc), range: at };
    }
    const pred = ({ "==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge", is: "eq", "is not": "ne" } as Record<string, ir.CmpPred | undefined>)[op];
    if (!pred) throw new UserError("E-compare", `'${op}' is not supported in kernels`, at);
    let a = this.scalar(l, lr);
    let b = this.scalar(r, rr);
    if (a.type.kind === "index" && r.k === "const" && r.v.k === "int" && fitsIndex(r.v.v)) b = ir.constant(INDEX, Number(r.v.v), rr);
    if (b.type.kind === "index" && l.k === "const" && l.v.k === "int" && fitsIndex(l.v.v)) a = ir.constant(INDEX, Number(l.v.v), lr);
    const t = this.rule(compareOperandType(a.type, b.type), at);
    return { k: "scalar", e: ir.compare(pred, this.convert(a, t, lr), this.convert(b, t, rr), at) };
  }

  private unary(e: ast.UnaryOp): KVal {
    const v = this.expr(e.operand);
    if (v.k === "const") {
      const sc = this.constScope();
      return { k: "const", v: this.ctx.interp.eval({ ...e, operand: constNode(v, sc) }, sc), range: e.range };
    }
    if (v.k === "array") {
      if (e.op === "-") return this.elementwise("-", { k: "const", v: pyInt(0), range: e.range }, v, e.range, e.range, e.operand.range);
      throw new UserError("E-type", `unary '${e.op}' is not defined on arrays`, e.range);
    }
    const x = v.e;
    switch (e.op) {
      case "+": return v;
      case "-": {
        const t = negType(x.type);
        return { k: "scalar", e: { kind: "unary", op: "neg", type: t, x: this.convert(x, t, e.range), range: e.range } };
      }
      case "~":
        if (x.type.kind !== "int" && x.type.kind !== "index") throw new UserError("E-type", `'~' is only defined for integers; got ${typeToString(x.type)}`, e.range);
        return { k: "scalar", e: { kind: "unary", op: "not", type: x.type, x, range: e.range } };
      case "not": {
        const b = this.asBool(v, e.operand.range);
        return { k: "scalar", e: { kind: "unary", op: "not", type: BOOL, x: b, range: e.range } };
      }
    }
  }

  // ------------------------------------------------------------ subscripts and attributes

  /** The array a subscript indexes: a dynamic-shaped argument may be named here (element access only). */
  private subscriptBase(e: ast.Expr): KVal {
    this.elementAccess = e.kind === "Name";
    try {
      return this.expr(e);
    } finally {
      this.elementAccess = false;
    }
  }

  /** A dynamic-shaped argument used other than element by element (`A[i]`). */
  private dynamicWhole(buf: ir.Buffer, at: SourceRange): UserError {
    const idx = buf.type.shape.map((_, d) => "ijkl"[d] ?? `i${d}`).join(", ");
    return new UserError("E-shape", `'${buf.name}' has a dynamic shape (${typeToString(buf.type)}): a kernel reads and writes it one element at a time (${buf.name}[${idx}]), in loops bounded by a scalar argument; slices, whole-array operations and calls need a static shape (e.g. ${typeToString(arrayType(buf.type.elem, buf.type.shape.map((d) => (d === DYN ? 256 : d))))}, or a template parameter [N])`, at);
  }

  private subscript(e: ast.Subscript): KVal {
    let base = this.subscriptBase(e.value);
    // A module-level table (np.array / list) indexed by a loop variable: a constant buffer of the kernel.
    if (base.k === "const" && (base.v.k === "list" || base.v.k === "tuple" || base.v.k === "ndarray") && this.hasRuntimeName(e.index)) {
      base = { k: "array", buf: this.constTable(e.value, base.v, e.range) };
    }
    if (base.k === "const") {
      const sc = this.constScope();
      return { k: "const", v: this.ctx.interp.eval({ ...e, value: constNode(base, sc) }, sc), range: e.range };
    }
    if (base.k === "array") {
      const items = indexItems(e.index);
      const buf = base.buf;
      if (items.length > buf.type.shape.length) throw new UserError("E-index", `'${buf.name}' has ${buf.type.shape.length} dimension(s) but ${items.length} index(es) were given`, e.index.range);
      if (items.some((x) => x.kind === "Slice") || items.length < buf.type.shape.length) {
        if (isDynamic(buf.type)) throw this.dynamicWhole(buf, e.range);
        // A sub-array (A[i], A[0:2, :]): read as a copy; calls copy it back (see callExpr).
        return { k: "array", buf: this.materialize(this.viewOf(buf, items, e.index.range), e.range) };
      }
      return { k: "scalar", e: ir.load(buf, this.indices(buf, items), e.range) };
    }
    // Bit access on an integer scalar.
    const x = base.e;
    if (x.type.kind !== "int" && x.type.kind !== "index") throw new UserError("E-bits", `can only access bits of integers; '${this.text(e.value)}' is ${typeToString(x.type)}`, e.range);
    if (e.index.kind === "Slice") {
      const { lo, hi, width } = this.bitRange(e.index, x.type);
      return { k: "scalar", e: { kind: "get-slice", type: intType(width, false), x, lo, hi, range: e.range } };
    }
    return { k: "scalar", e: { kind: "get-bit", type: BOOL, x, bit: this.bitIndex(e.index, x.type), range: e.range } };
  }

  private bitIndex(idx: ast.Expr, t: ScalarType): ir.Expr {
    const width = t.kind === "index" ? 32 : t.bits;
    const c = this.constIntOrUndefined(idx);
    if (c !== undefined && (c < 0 || c >= width)) throw new UserError("E-bits", `bit ${c} is out of range for ${typeToString(t)} (bits 0..${width - 1})`, idx.range);
    return this.indexExpr(idx);
  }

  private bitRange(s: ast.Slice, t: ScalarType): { lo: ir.Expr; hi: ir.Expr; width: number } {
    const width = t.kind === "index" ? 32 : t.bits;
    if (s.step) throw new UserError("E-bits", "bit slices take no step", s.step.range);
    const lo = s.lower ? this.indexExpr(s.lower) : ir.indexConst(0);
    const hi = s.upper ? this.indexExpr(s.upper) : ir.indexConst(width);
    const cl = s.lower ? this.constIntOrUndefined(s.lower) : 0;
    const ch = s.upper ? this.constIntOrUndefined(s.upper) : width;
    if (cl !== undefined && ch !== undefined) {
      if (cl < 0 || ch > width || cl >= ch) throw new UserError("E-bits", `bit slice [${cl}:${ch}] is out of range for ${typeToString(t)}; use lo < hi <= ${width} (hi is exclusive)`, s.range);
      return { lo, hi, width: ch - cl };
    }
    // Width known from the difference of the two expressions (x[i:i+4]).
    const diff = s.lower && s.upper ? constDiff(s.lower, s.upper) ?? affineDiff(lo, hi) : undefined;
    if (diff !== undefined && diff > 0 && diff <= width) return { lo, hi, width: diff };
    this.ctx.sink.warning("W-bits", "the width of this bit slice is not a constant; its value is taken as UInt(32)", s.range);
    return { lo, hi, width: 32 };
  }

  /** Lowers array subscripts to index-typed expressions with constant bound checks. */
  private indices(buf: ir.Buffer, items: readonly ast.Expr[]): ir.Expr[] {
    return items.map((x, d) => {
      const c = this.constIntOrUndefined(x);
      const n = buf.type.shape[d]!;
      // A dynamic dimension's size is the argument's: the simulator checks the index at run time.
      if (c !== undefined && (c < 0 || (n !== DYN && c >= n))) {
        throw new UserError("E-index", `index ${c} is out of bounds for dimension ${d + 1} of '${buf.name}' (size ${n})`, x.range);
      }
      return this.indexExpr(x);
    });
  }

  private indexExpr(e: ast.Expr): ir.Expr {
    const v = this.expr(e);
    if (v.k === "const") {
      if (v.v.k === "int") {
        if (!fitsIndex(v.v.v)) throw new UserError("E-index", `indices and loop bounds are 32-bit 'index' values; ${v.v.v > 0n ? "2**31 - 1 is the largest" : "-2**31 is the smallest"}, got ${v.v.v.toString().length > 24 ? `a ${v.v.v.toString().length}-digit number` : v.v.v}`, e.range);
        return ir.indexConst(Number(v.v.v));
      }
      if (v.v.k === "bool") return ir.indexConst(v.v.v ? 1 : 0);
      throw new UserError("E-index", `indices and bounds must be integers; got ${describe(v.v)}`, e.range);
    }
    const x = this.scalar(v, e.range);
    if (x.type.kind === "float" || x.type.kind === "fixed") throw new UserError("E-index", `indices and bounds must be integers; got ${typeToString(x.type)}`, e.range);
    return ir.cast(INDEX, x, e.range);
  }

  private constIntOrUndefined(e: ast.Expr): number | undefined {
    if (this.hasRuntimeName(e)) return undefined;
    try {
      const v = this.evalConstIn(e);
      if (v.k === "int") return Number(v.v);
      if (v.k === "bool") return v.v ? 1 : 0;
    } catch (x) {
      if (!(x instanceof UserError)) throw x;
    }
    return undefined;
  }

  private constInt(e: ast.Expr): number {
    const c = this.constIntOrUndefined(e);
    if (c === undefined) throw new UserError("E-not-const", `'${this.text(e)}' must be a compile-time integer constant`, e.range);
    return c;
  }

  private attribute(e: ast.Attribute): KVal {
    if (e.value.kind === "Name") {
      const sym = this.lookup(e.value.id);
      if (sym && sym.k === "const") return { k: "const", v: this.ctx.interp.eval(e, this.constScope()), range: e.range };
    }
    const base = this.expr(e.value);
    if (base.k === "const") {
      const sc = this.constScope();
      return { k: "const", v: this.ctx.interp.eval({ ...e, value: constNode(base, sc) }, sc), range: e.range };
    }
    if (base.k === "array" && e.attr === "T") return { k: "array", buf: this.transpose(base.buf, e.range) };
    if (e.attr === "copy" && base.k === "array") return { k: "array", buf: this.copyOf(base.buf, e.range) };
    if (e.attr === "reverse" && base.k === "scalar") return this.method(base, "reverse", [], e.range);
    throw new UserError("E-attr", `'${this.text(e.value)}' has no attribute '${e.attr}' in a kernel`, e.attrRange);
  }

  private method(base: KVal, name: string, args: readonly ast.Expr[], at: SourceRange): KVal {
    if (args.length) throw new UserError("E-call", `.${name}() takes no arguments`, at);
    if (base.k === "array") {
      if (name === "copy") return { k: "array", buf: this.copyOf(base.buf, at) };
      throw new UserError("E-attr", `arrays have no method '${name}'`, at);
    }
    const x = this.scalar(base, at);
    if (name === "reverse") {
      if (x.type.kind !== "int") throw new UserError("E-bits", `.reverse() reverses the bits of an integer; got ${typeToString(x.type)}`, at);
      return { k: "scalar", e: { kind: "bit-reverse", type: x.type, x, range: at } };
    }
    if (name === "bitcast") {
      const t = x.type;
      let to: ScalarType;
      if (t.kind === "int" && [16, 32, 64].includes(t.bits)) to = t.bits === 16 ? { kind: "float", name: "f16", bits: 16 } : t.bits === 32 ? F32 : F64;
      else if (t.kind === "float") to = intType(t.bits, false);
      else if (t.kind === "fixed") to = intType(t.bits, false);
      else throw new UserError("E-bits", `.bitcast() needs a 16/32/64-bit integer or a float; got ${typeToString(t)}`, at);
      return { k: "scalar", e: { kind: "bitcast", type: to, x, range: at } };
    }
    if (name === "copy") return base;
    throw new UserError("E-attr", `${typeToString(x.type)} values have no method '${name}'`, at);
  }

  // ------------------------------------------------------------ sub-array views

  /** A view of `buf` from subscripts with fewer indices than dimensions and/or slices. */
  private viewOf(buf: ir.Buffer, items: readonly ast.Expr[], at: SourceRange): View {
    if (isDynamic(buf.type)) throw this.dynamicWhole(buf, at);
    const dims: ViewDim[] = buf.type.shape.map((n, d) => {
      const x = items[d];
      if (!x) return { kind: "range", lo: 0, step: 1, count: n };
      if (x.kind !== "Slice") {
        const c = this.constIntOrUndefined(x);
        if (c !== undefined && (c < 0 || c >= n)) throw new UserError("E-index", `index ${c} is out of bounds for dimension ${d + 1} of '${buf.name}' (size ${n})`, x.range);
        return { kind: "fixed", e: this.indexExpr(x) };
      }
      const bound = (b: ast.Expr | undefined, dflt: number) => {
        if (!b) return dflt;
        const c = this.constIntOrUndefined(b);
        if (c === undefined) throw new UserError("E-slice", "slice bounds of arrays must be compile-time constants", b.range);
        if (c < 0) throw new UserError("E-slice", `negative slice bound ${c} is not supported; write the index from the start`, b.range);
        return Math.min(c, n);
      };
      const step = x.step ? this.constInt(x.step) : 1;
      if (step <= 0) throw new UserError("E-slice", `slice step must be positive (got ${step})`, x.step!.range);
      const lo = bound(x.lower, 0);
      const hi = bound(x.upper, n);
      if (hi <= lo) throw new UserError("E-slice", `empty slice ${lo}:${hi} of dimension ${d + 1} of '${buf.name}'`, x.range);
      return { kind: "range", lo, step, count: Math.ceil((hi - lo) / step) };
    });
    const shape = dims.flatMap((d) => (d.kind === "range" ? [d.count] : []));
    if (shape.length === 0) throw new UserError("E-slice", "this subscript selects a single element", at);
    return { buf, dims, shape };
  }

  /** The element of the viewed buffer at view position `ivs`. */
  private viewIndices(v: View, ivs: readonly ir.Expr[]): ir.Expr[] {
    let k = 0;
    return v.dims.map((d) => {
      if (d.kind === "fixed") return d.e;
      const iv = ivs[k++]!;
      let e: ir.Expr = iv;
      if (d.step !== 1) e = ir.binary("mul", INDEX, e, ir.indexConst(d.step));
      if (d.lo !== 0) e = ir.binary("add", INDEX, e, ir.indexConst(d.lo));
      return e;
    });
  }

  private materialize(v: View, at: SourceRange): ir.Buffer {
    const out = this.newBuffer(`${v.buf.name}_view`, arrayType(v.buf.type.elem, v.shape), at);
    this.emit(this.nest(v.shape, at, "view", (ivs) => [ir.store(out, ivs, ir.load(v.buf, this.viewIndices(v, ivs)), at)]));
    return out;
  }

  /** `A[0:2, :] = B` / `A[i] = row` / `A[i, :] = 0`: elementwise store through a view (shapes must match). */
  private storeView(v: View, val: KVal, vRange: SourceRange, at: SourceRange): void {
    if (val.k === "array") {
      const src = val.buf;
      if (src.type.shape.length !== v.shape.length || src.type.shape.some((d, i) => d !== v.shape[i])) {
        throw new UserError("E-shape", `shape mismatch: the target slice is (${v.shape.join(", ")}) but the value is (${src.type.shape.join(", ")})`, vRange);
      }
      this.emit(this.nest(v.shape, at, "assign", (ivs) => [ir.store(v.buf, this.viewIndices(v, ivs), this.convert(ir.load(src, ivs), v.buf.type.elem, vRange), at)]));
      return;
    }
    const e = this.convert(this.scalar(val, vRange), v.buf.type.elem, vRange);
    this.emit(this.nest(v.shape, at, "fill", (ivs) => [ir.store(v.buf, this.viewIndices(v, ivs), e, at)]));
  }

  /** If `a` is a subscript that denotes a sub-array of a kernel array, its view. */
  private viewTarget(a: ast.Expr): View | undefined {
    if (a.kind !== "Subscript" || a.value.kind !== "Name") return undefined;
    const sym = this.lookup(a.value.id);
    if (!sym || sym.k !== "buf" || sym.buf.type.shape.length === 0) return undefined;
    const items = indexItems(a.index);
    if (!(items.some((x) => x.kind === "Slice") || items.length < sym.buf.type.shape.length)) return undefined;
    if (items.length > sym.buf.type.shape.length) return undefined;
    if (isDynamic(sym.buf.type)) throw this.dynamicWhole(sym.buf, a.range);
    return this.viewOf(sym.buf, items, a.index.range);
  }

  // ------------------------------------------------------------ calls

  private calleeName(f: ast.Expr): string | undefined {
    if (f.kind === "Name") {
      const sym = this.lookup(f.id);
      if (sym && sym.k === "const" && sym.v.k === "builtin") return sym.v.name;
      if (!sym && ["range", "min", "max", "float", "int", "abs", "len"].includes(f.id)) return f.id;
      return undefined;
    }
    if (f.kind === "Attribute") {
      try {
        const v = this.evalConstIn(f);
        if (v.k === "builtin") return v.name;
      } catch { /* not a module member */ }
    }
    return undefined;
  }

  /** Lowers a call; returns its result values (none for procedures). */
  private callExpr(e: ast.Call): KVal[] {
    // Names for this call's results (taken before the arguments lower: a call among them must not see them).
    const resultNames = this.resultNames;
    this.resultNames = undefined;
    if (this.df && e.func.kind === "Attribute" && (e.func.attr === "put" || e.func.attr === "get")) {
      const ch = this.channelOf(e.func.value, e.func.attr);
      if (ch) return this.streamOp(ch, e.func.attr, e);
    }
    // Methods on kernel values: x.reverse(), x.bitcast(), A.copy()
    if (e.func.kind === "Attribute" && ["reverse", "bitcast", "copy"].includes(e.func.attr) && this.isKernelValue(e.func.value)) {
      return [this.method(this.expr(e.func.value), e.func.attr, e.args, e.range)];
    }
    const name = this.calleeName(e.func);
    if (name === "allo.dataflow.get_pid" || name === "allo.get_pid") { // allo.get_pid: Allo's alias
      if (!this.df) throw new UserError("E-dataflow", "df.get_pid() is only meaningful inside a @df.kernel of a region", e.range);
      if (e.args.length) throw new UserError("E-call", "df.get_pid() takes no arguments", e.range);
      return this.df.pid.map((p) => ({ k: "const", v: pyInt(p), range: e.range, compileTime: true }));
    }
    if (name) return [this.builtinCall(name, e)];
    // User kernels: f(...), f[T, M](...)
    let fn: FnValue | undefined;
    let targs: readonly PyValue[] | undefined;
    if (e.func.kind === "Name") {
      const sym = this.lookup(e.func.id);
      if (sym && sym.k === "fn") fn = sym.fn;
      if (sym && sym.k === "const" && sym.v.k === "instance") { fn = sym.v.fn; targs = sym.v.args; }
      if (!sym) throw this.undefinedName(e.func.id, e.func.range);
    } else if (e.func.kind === "Subscript") {
      const v = this.evalConstIn(e.func);
      if (v.k === "instance") { fn = v.fn; targs = v.args; }
    } else if (e.func.kind === "Attribute") {
      const v = this.evalConstIn(e.func);
      if (v.k === "function") fn = { def: v.def, scope: v.scope };
    }
    if (!fn) throw new UserError("E-call", `'${this.text(e.func)}' cannot be called in a kernel`, e.func.range);
    // A region called here lowers as a nested dataflow function (ctx.instantiate); lowering it as a
    // plain function once gave an empty body.
    if (!targs && fn.def.typeParams.length > 0 && !isRegionDef(fn)) {
      // A generic callee called without [...] inherits the caller's instantiation (reference §1.8).
      targs = this.targs;
    }
    if (e.keywords.length) throw new UserError("E-call", "keyword arguments are not supported in kernel calls; pass arguments by position", e.keywords[0]!.range);
    const calleeName = this.ctx.instantiate(fn, targs, e.range);
    const callee = this.ctx.func(calleeName)!;
    internalAssert(callee, `callee ${calleeName} was not built`);
    const dyn = callee.params.find((p): p is ir.Buffer => p.kind === "buffer" && isDynamic(p.type));
    if (dyn) throw new UserError("E-shape", `${calleeName}() takes '${dyn.name}' with a dynamic shape (${typeToString(dyn.type)}); only the top function (the one given to allo.customize) can, its sizes coming from the caller's arrays; give '${dyn.name}' a static shape here`, e.range);
    if (e.args.length !== callee.params.length) {
      throw new UserError("E-call", `${calleeName}() takes ${callee.params.length} argument(s) but ${e.args.length} were given`, e.range);
    }
    const writeBacks: { view: View; tmp: ir.Buffer }[] = [];
    const args: ir.CallArg[] = callee.params.map((p, i) => {
      const a = e.args[i]!;
      const view = p.kind === "buffer" ? this.viewTarget(a) : undefined;
      if (view) {
        // Sub-array arguments are passed by reference in Allo: copy in, call, copy back.
        const tmp = this.materialize(view, a.range);
        if (!sameType(p.type, tmp.type)) {
          throw new UserError("E-call", `argument ${i + 1} of ${calleeName}() must be ${typeToString(p.type)} but '${this.text(a)}' is ${typeToString(tmp.type)}`, a.range);
        }
        writeBacks.push({ view, tmp });
        return tmp;
      }
      let v = this.expr(a);
      // A module-level array (np.array / np.load) passed whole: a constant table of the caller.
      if (p.kind === "buffer" && v.k === "const" && (v.v.k === "list" || v.v.k === "tuple" || v.v.k === "ndarray")) v = { k: "array", buf: this.constTable(a, v.v, a.range) };
      if (p.kind === "buffer") {
        if (v.k !== "array") throw new UserError("E-call", `argument ${i + 1} of ${calleeName}() must be an array ${typeToString(p.type)}`, a.range);
        if (!sameType(p.type, v.buf.type)) {
          throw new UserError("E-call", `argument ${i + 1} of ${calleeName}() must be ${typeToString(p.type)} but '${this.text(a)}' is ${typeToString(v.buf.type)}`, a.range);
        }
        return v.buf;
      }
      return this.convert(this.scalar(v, a.range), p.type, a.range);
    });
    const results = callee.results.map((t, i) => this.newBufferDecl(resultNames?.[i] ?? `${calleeName}_r${i}`, t.kind === "array" ? t : arrayType(t, []), e.range));
    this.emit({ kind: "call", callee: calleeName, args, results, range: e.range });
    for (const w of writeBacks) this.storeView(w.view, { k: "array", buf: w.tmp }, e.range, e.range);
    return results.map((b) => (b.type.shape.length === 0 ? { k: "scalar", e: ir.load(b, [], e.range) } : { k: "array", buf: b }));
  }

  // ------------------------------------------------------------ streams (dataflow regions)

  /** The channel parameter for `pipe` / `fifo[i, j]` (indices are compile-time), or undefined if `x` is no stream. */
  private channelOf(x: ast.Expr, op: "put" | "get"): ir.Buffer | undefined {
    const df = this.df!;
    const name = x.kind === "Name" ? x.id : x.kind === "Subscript" && x.value.kind === "Name" ? x.value.id : undefined;
    if (!name) return undefined;
    const sym = this.lookup(name);
    if (!sym || sym.k !== "stream") return undefined;
    const decl = sym.decl;
    let idx: number[] = [];
    if (x.kind === "Subscript") {
      if (decl.shape.length === 0) throw new UserError("E-dataflow", `'${name}' is a single stream, not an array of streams; use ${name}.get() / ${name}.put(v)`, x.range);
      const items = indexItems(x.index);
      if (items.length !== decl.shape.length) throw new UserError("E-index", `'${name}' is a ${decl.shape.length}-d array of streams but ${items.length} index(es) were given`, x.index.range);
      idx = items.map((it) => this.constInt(it));
      idx.forEach((v, d) => {
        if (v < 0 || v >= decl.shape[d]!) throw new UserError("E-index", `stream index ${v} is out of range for dimension ${d + 1} of '${name}' (size ${decl.shape[d]}) in instance ${this.name}`, items[d]!.range);
      });
    } else if (decl.shape.length > 0) {
      throw new UserError("E-dataflow", `'${name}' is an array of streams (Stream[...][${decl.shape.join(", ")}]); index it: ${name}[${decl.shape.map(() => "i").join(", ")}].put(v)`, x.range);
    }
    const top = df.channel(decl, idx, x.range, op, this.name);
    let p = this.channelParams.get(top.id);
    if (!p) {
      p = { ...top, id: this.ctx.id(), storage: "stream" };
      this.channelParams.set(top.id, p);
      this.channelArgs.push(top);
    }
    return p;
  }

  private streamOp(ch: ir.Buffer, op: "put" | "get", e: ast.Call): KVal[] {
    if (e.keywords.length) throw new UserError("E-call", `.${op}() takes no keyword arguments`, e.keywords[0]!.range);
    const block = ch.type.shape.length > 0;
    if (op === "get") {
      if (e.args.length) throw new UserError("E-call", ".get() takes no arguments", e.range);
      if (block) {
        const dst: ir.Buffer = { kind: "buffer", id: this.ctx.id(), name: `${ch.name}_blk`, type: ch.type, storage: "local", range: e.range };
        this.emit({ kind: "stream-get-block", stream: ch, dst, range: e.range });
        return [{ k: "array", buf: dst }];
      }
      return [{ k: "scalar", e: { kind: "stream-get", type: ch.type.elem, stream: ch, range: e.range } }];
    }
    if (e.args.length !== 1) throw new UserError("E-call", `.put(v) takes one value; got ${e.args.length}`, e.range);
    const a = e.args[0]!;
    if (block) {
      const v = this.expr(a);
      if (v.k !== "array" || !sameType(v.buf.type, ch.type)) {
        throw new UserError("E-dataflow", `'${ch.name}' carries blocks of ${typeToString(ch.type)}; '${this.text(a)}' is ${v.k === "array" ? typeToString(v.buf.type) : "a scalar"}`, a.range);
      }
      this.emit({ kind: "stream-put-block", stream: ch, src: v.buf, range: e.range });
      return [];
    }
    const value = this.convert(this.scalar(this.expr(a), a.range), ch.type.elem, a.range);
    this.emit({ kind: "stream-put", stream: ch, value, range: e.range });
    return [];
  }

  private isKernelValue(e: ast.Expr): boolean {
    if (e.kind === "Name") {
      const s = this.lookup(e.id);
      return !!s && (s.k === "buf" || s.k === "param" || s.k === "iter");
    }
    return e.kind === "Subscript" || e.kind === "Call" || e.kind === "BinOp";
  }

  private builtinCall(name: string, e: ast.Call): KVal {
    const args = e.args;
    const need = (n: number) => {
      if (args.length !== n) throw new UserError("E-call", `${name.replace(/^allo\./, "allo.")}() takes ${n} argument(s) but ${args.length} were given`, e.range);
    };
    switch (name) {
      case "float": case "int": {
        need(1);
        const v = this.expr(args[0]!);
        if (v.k === "const") return { k: "const", v: this.ctx.interp.eval(e, this.constScope()), range: e.range };
        return { k: "scalar", e: this.convert(this.scalar(v, args[0]!.range), name === "float" ? F32 : I32, e.range) };
      }
      case "min": case "max": {
        need(2);
        const l = this.expr(args[0]!);
        const r = this.expr(args[1]!);
        if (l.k === "const" && r.k === "const") return { k: "const", v: this.ctx.interp.eval(e, this.constScope()), range: e.range };
        const a = this.scalar(l, args[0]!.range);
        const b = this.scalar(r, args[1]!.range);
        const t = this.rule(selectType(a.type, b.type), e.range);
        return { k: "scalar", e: ir.binary(name, t, this.convert(a, t, args[0]!.range), this.convert(b, t, args[1]!.range), e.range) };
      }
      case "allo.matmul": case "allo.bmm": case "allo.linear": case "allo.conv2d": case "allo.maxpool": case "allo.sumpool":
      case "allo.softmax": case "allo.gelu": case "allo.layernorm": case "allo.tril": case "allo.view": case "allo.concat":
      case "allo.ones": case "allo.zeros":
        return { k: "array", buf: this.tensorOp(name.slice(5), e) };
      case "allo.copy": {
        need(1);
        const v = this.expr(args[0]!);
        if (v.k !== "array") return v;
        return { k: "array", buf: this.copyOf(v.buf, e.range) };
      }
      case "allo.transpose": {
        const v = this.expr(args[0]!);
        if (v.k !== "array") throw new UserError("E-call", "allo.transpose() takes an array", args[0]!.range);
        const axesE = args[1] ?? e.keywords.find((k) => k.name === "axes")?.value;
        if (!axesE) return { k: "array", buf: this.transpose(v.buf, e.range) };
        const axesV = this.ctx.interp.eval(axesE, this.constScope());
        const nd = v.buf.type.shape.length;
        const perm = axesV.k === "tuple" || axesV.k === "list" ? axesV.items.map((x) => (x.k === "int" ? Number(x.v) : NaN)).map((a) => (a < 0 ? a + nd : a)) : [];
        if (perm.length !== nd || perm.some((a) => !Number.isInteger(a) || a < 0 || a >= nd) || new Set(perm).size !== nd) {
          throw new UserError("E-call", `allo.transpose() axes must be a permutation of 0..${nd - 1} for '${v.buf.name}' (${nd}-D); got ${this.text(axesE)}`, axesE.range);
        }
        return { k: "array", buf: this.transpose(v.buf, e.range, perm) };
      }
      case "allo.relu": {
        need(1);
        const v = this.expr(args[0]!);
        return this.mapArrayOrScalar(v, args[0]!.range, e.range, (x) => {
          const z = this.zero(x.type);
          return ir.binary("max", x.type, x, z, e.range);
        });
      }
      case "allo.power": {
        need(2);
        return this.binop("**", this.expr(args[0]!), this.expr(args[1]!), e.range, args[0]!.range, args[1]!.range);
      }
      case "range":
        throw new UserError("E-call", "range() is only allowed as a for-loop iterator", e.range);
      case "allo.grid": case "allo.reduction":
        throw new UserError("E-call", `${name}() is only allowed as a for-loop iterator`, e.range);
      default: {
        const op = ELEMENTWISE[name];
        if (op) {
          need(2);
          return this.binop(op, this.expr(args[0]!), this.expr(args[1]!), e.range, args[0]!.range, args[1]!.range);
        }
        const fn = MATH_FNS[name];
        if (fn) {
          need(1);
          const v = this.expr(args[0]!);
          if (v.k === "const") {
            const x = this.scalar(v, args[0]!.range);
            return { k: "scalar", e: this.mathCall(fn, x, e.range) };
          }
          return this.mapArrayOrScalar(v, args[0]!.range, e.range, (x) => this.mathCall(fn, x, e.range));
        }
        throw new UserError("E-call", `${name}() is not supported in kernels`, e.func.range);
      }
    }
  }

  private mathCall(fn: ir.MathFn, x: ir.Expr, at: SourceRange): ir.Expr {
    if (fn !== "abs" && x.type.kind !== "float") {
      // Allo keeps the operand type; math on integers is computed in float32 here and says so.
      x = ir.cast(F32, x, at);
    }
    return { kind: "math", fn, type: x.type, args: [x], range: at };
  }

  private mapArrayOrScalar(v: KVal, vr: SourceRange, at: SourceRange, f: (x: ir.Expr) => ir.Expr): KVal {
    if (v.k !== "array") return { k: "scalar", e: f(this.scalar(v, vr)) };
    const src = v.buf;
    // Result element type is what f produces on an element.
    const probe = f(ir.load(src, src.type.shape.map(() => ir.indexConst(0))));
    const out = this.newBuffer("", arrayType(probe.type, src.type.shape), at);
    this.emit(this.nest(src.type.shape, at, "map", (ivs) => [ir.store(out, ivs, f(ir.load(src, ivs)), at)]));
    return { k: "array", buf: out };
  }

  // ------------------------------------------------------------ tensor operations

  private newBufferDecl(name: string, type: ArrayType, at: SourceRange): ir.Buffer {
    return { kind: "buffer", id: this.ctx.id(), name, type, storage: "local", range: at };
  }

  private readonly constTables = new Map<string, ir.Buffer>();
  /**
   * A constant table (Allo turns a global numpy array into a memref.global): its element type is the
   * array's dtype, or int32/float32 for a plain list; allocated once at the top of the function.
   */
  private constTable(src: ast.Expr, v: PyValue, at: SourceRange): ir.Buffer {
    const key = this.text(src);
    const known = this.constTables.get(key);
    if (known) return known;
    if (v.k === "ndarray") {
      const elem = alloTypeOfDtype(v.a.dtype);
      const values = packedInit(v.a, elem) ?? v.a.data.slice();
      const buf: ir.Buffer = { kind: "buffer", id: this.ctx.id(), name: key.replace(/\W+/g, "_"), type: arrayType(elem, [...v.a.shape]), storage: "local", init: { kind: "data", values }, range: at };
      this.body[0]!.unshift({ kind: "alloc", buf, range: at });
      this.constTables.set(key, buf);
      return buf;
    }
    const shape: number[] = [];
    const flat: PyValue[] = [];
    const walk = (x: PyValue, depth: number): void => {
      if (x.k === "list" || x.k === "tuple") {
        if (shape[depth] === undefined) shape[depth] = x.items.length;
        else if (shape[depth] !== x.items.length) throw new UserError("E-init", `the table '${key}' is ragged; a kernel table needs a rectangular shape`, at);
        for (const y of x.items) walk(y, depth + 1);
      } else if (x.k === "int" || x.k === "float" || x.k === "bool") {
        if (depth !== shape.length) throw new UserError("E-init", `the table '${key}' is ragged; a kernel table needs a rectangular shape`, at);
        flat.push(x);
      } else throw new UserError("E-value", `the table '${key}' holds ${describe(x)}; a kernel table holds numbers`, at);
    };
    walk(v, 0);
    const origin = src.kind === "Name" ? this.pyScope.lookup(src.id) : undefined;
    const elem: ScalarType = origin && origin.k === "ndarray" ? alloTypeOfDtype(origin.a.dtype) : flat.some((x) => x.k === "float") ? F32 : I32;
    const type = arrayType(elem, shape);
    const buf: ir.Buffer = { kind: "buffer", id: this.ctx.id(), name: key.replace(/\W+/g, "_"), type, storage: "local", init: { kind: "data", values: flat.map((x) => constToElem(x, elem, at)) }, range: at };
    this.body[0]!.unshift({ kind: "alloc", buf, range: at });
    this.constTables.set(key, buf);
    return buf;
  }

  private newBuffer(name: string, type: ArrayType, at: SourceRange, init?: ir.BufferInit): ir.Buffer {
    const buf: ir.Buffer = { kind: "buffer", id: this.ctx.id(), name: name || `tmp_${this.opCount}`, type, storage: "local", init, range: at };
    this.emit({ kind: "alloc", buf, range: at });
    return buf;
  }

  private copyOf(src: ir.Buffer, at: SourceRange): ir.Buffer {
    const out = this.newBuffer(`${src.name}_copy`, src.type, at);
    this.emit({ kind: "copy", dst: out, src, range: at });
    return out;
  }

  /** `perm[d]` is the source dimension of result dimension d (numpy's axes); all reversed by default. */
  private transpose(src: ir.Buffer, at: SourceRange, perm?: readonly number[]): ir.Buffer {
    const nd = src.type.shape.length;
    const p = perm ?? [...Array(nd).keys()].reverse();
    const shape = p.map((d) => src.type.shape[d]!);
    const out = this.newBuffer(`${src.name}_T`, arrayType(src.type.elem, shape), at);
    this.emit(this.nest(shape, at, "transpose", (ivs) => {
      const idx: ir.Expr[] = new Array(nd);
      p.forEach((d, i) => { idx[d] = ivs[i]!; });
      return [ir.store(out, ivs, ir.load(src, idx), at)];
    }));
    return out;
  }

  /** Results of `allo.view`: copies here, while Allo's memref.reshape shares the source's memory. */
  private readonly viewResults = new Set<ir.Buffer>();

  /** A write into a view result would change the source in Allo and not here: refused, not computed differently. */
  private refuseViewWrite(buf: ir.Buffer, at: SourceRange): void {
    if (!this.viewResults.has(buf)) return;
    throw new UserError("E-assign", `'${this.ctx.source.slice(at.from, at.to)}' is the result of allo.view, which in Allo shares the memory of the viewed array; writing into it is not supported here. Write into the source array, or copy the view first (allo.copy(...))`, at);
  }

  /** The host tensor-ops.ts builds loop nests through. */
  private readonly tensorHost: tops.TensorHost = {
    alloc: (name, type, at, init) => this.newBuffer(name, type, at, init),
    emit: (s) => this.emit(s),
    nest: (shape, at, op, body, reduceDims) => this.nest(shape, at, op, body, reduceDims),
  };

  /** `allo.<op>(...)` for Allo's tensor operations (tensor-ops.ts), with their arguments and keywords checked. */
  private tensorOp(op: string, e: ast.Call): ir.Buffer {
    const KEYWORDS: Record<string, readonly string[]> = { linear: ["bias"], concat: ["axis"], ones: ["dtype", "shape"], zeros: ["dtype", "shape"], layernorm: ["eps"] };
    const allowed = ["name", ...(KEYWORDS[op] ?? [])];
    for (const k of e.keywords) {
      if (!allowed.includes(k.name)) {
        const guess = didYouMean(k.name, allowed);
        throw new UserError("E-call", `allo.${op}() has no keyword '${k.name}'${didYouMeanText(guess)} (it takes ${allowed.map((a) => `${a}=`).join(", ")})`, k.range);
      }
    }
    const kw = (k: string) => e.keywords.find((x) => x.name === k)?.value;
    const nameE = kw("name");
    let name: string | undefined;
    if (nameE) {
      const v = this.evalConstIn(nameE);
      if (v.k !== "str") throw new UserError("E-call", `allo.${op}() takes name= as a string`, nameE.range);
      name = v.v;
    }
    const POSITIONAL: Record<string, [number, number]> = {
      matmul: [2, 2], bmm: [2, 2], linear: [2, 3], conv2d: [2, 2], maxpool: [2, 2], sumpool: [2, 2], softmax: [1, 1], gelu: [1, 1],
      layernorm: [3, 4], tril: [1, 1], view: [2, 2], concat: [2, 3], ones: [0, 1], zeros: [0, 1],
    };
    const [lo, hi] = POSITIONAL[op]!;
    const args = e.args;
    if (args.length < lo || args.length > hi) {
      const want = lo === hi ? `${lo}` : `${lo} to ${hi}`;
      throw new UserError("E-call", `allo.${op}() takes ${want} positional argument(s) but ${args.length} were given`, e.range);
    }
    const arr = (a: ast.Expr): tops.TensorArg => {
      const v = this.expr(a);
      if (v.k !== "array") throw new UserError("E-call", `allo.${op}() takes arrays; '${this.text(a)}' is ${v.k === "scalar" ? `a scalar (${typeToString(v.e.type)})` : "a constant"}`, a.range);
      return { buf: v.buf, range: a.range, text: this.text(a) };
    };
    const optionalArr = (a: ast.Expr | undefined): tops.TensorArg | undefined => (!a || a.kind === "None" ? undefined : arr(a));
    const h = this.tensorHost;
    const at = e.range;
    switch (op) {
      case "matmul": return tops.matmul(h, arr(args[0]!), arr(args[1]!), at, name);
      case "bmm": return tops.bmm(h, arr(args[0]!), arr(args[1]!), at, name);
      case "linear": {
        const X = arr(args[0]!);
        const W = arr(args[1]!);
        return tops.linear(h, X, W, optionalArr(args[2] ?? kw("bias")), at, name);
      }
      case "conv2d": return tops.conv2d(h, arr(args[0]!), arr(args[1]!), at, name);
      case "maxpool": case "sumpool": return tops.pool(h, op === "maxpool" ? "max" : "sum", arr(args[0]!), arr(args[1]!), at, name);
      case "softmax": return tops.softmax(h, arr(args[0]!), at, name);
      case "gelu": return tops.gelu(h, arr(args[0]!), at, name);
      case "tril": return tops.tril(h, arr(args[0]!), at, name);
      case "layernorm": {
        const [X, g, b] = [arr(args[0]!), arr(args[1]!), arr(args[2]!)];
        const epsE = args[3] ?? kw("eps");
        let eps = 1e-5;
        if (epsE) {
          const v = this.evalConstIn(epsE);
          if (v.k !== "float" && v.k !== "int") throw new UserError("E-not-const", `allo.layernorm() takes eps as a compile-time number; got '${this.text(epsE)}'`, epsE.range);
          eps = v.k === "float" ? v.v : Number(v.v);
        }
        return tops.layernorm(h, X, g, b, eps, at, name);
      }
      case "view": {
        const X = arr(args[0]!);
        const out = tops.view(h, X, this.constShape(args[1]!, "allo.view()"), at, args[1]!.range);
        this.viewResults.add(out);
        return out;
      }
      case "concat": {
        const axisE = args[2] ?? kw("axis");
        return tops.concat(h, arr(args[0]!), arr(args[1]!), axisE ? this.constInt(axisE) : 0, at, axisE?.range ?? at);
      }
      case "ones": case "zeros": {
        const shapeE = args[0] ?? kw("shape");
        if (!shapeE) throw new UserError("E-call", `allo.${op}() takes a shape, e.g. allo.${op}((M, N), dtype=float)`, e.range);
        const shape = this.constShape(shapeE, `allo.${op}()`);
        // Allo reads the dtype keyword's name: a name starting with "int" is int32, "float" float32 (infer.py).
        const dt = kw("dtype");
        const dname = dt && dt.kind === "Name" ? dt.id : undefined;
        const elem = dname?.startsWith("int") ? I32 : dname?.startsWith("float") ? F32 : undefined;
        if (!elem) {
          throw new UserError("E-call", `allo.${op}() takes dtype=int or dtype=float (Allo reads the name: int… gives int32, float… gives float32)${dt ? `; got '${this.text(dt)}'` : ""}`, dt?.range ?? e.range);
        }
        return tops.filled(h, shape, elem, op === "ones" ? 1 : 0, at, shapeE.range);
      }
      default:
        throw new UserError("E-call", `allo.${op}() is not supported in kernels`, e.func.range);
    }
  }

  /** A compile-time shape: a tuple/list of positive integers or one integer. */
  private constShape(e: ast.Expr, what: string): number[] {
    const v = this.evalConstIn(e);
    const items = v.k === "tuple" || v.k === "list" ? v.items : [v];
    return items.map((x) => {
      if (x.k !== "int") throw new UserError("E-not-const", `${what} takes a shape of compile-time integers; got '${this.text(e)}'`, e.range);
      return Number(x.v);
    });
  }

  /** Elementwise + - * / with numpy broadcasting (reference §1.6). */
  private elementwise(op: ast.BinOperator, l: KVal, r: KVal, at: SourceRange, lr: SourceRange, rr: SourceRange): KVal {
    if (!["+", "-", "*", "/"].includes(op)) throw new UserError("E-type", `'${op}' is not supported on arrays; only + - * / work elementwise (use a loop)`, at);
    const shapeOf = (v: KVal) => (v.k === "array" ? v.buf.type.shape : []);
    const sa = shapeOf(l);
    const sb = shapeOf(r);
    const n = Math.max(sa.length, sb.length);
    const shape: number[] = [];
    for (let i = 0; i < n; i++) {
      const da = sa[sa.length - n + i] ?? 1;
      const db = sb[sb.length - n + i] ?? 1;
      if (da !== db && da !== 1 && db !== 1) {
        throw new UserError("E-broadcast", `cannot broadcast shapes (${sa.join(", ")}) and (${sb.join(", ")}): dimension ${i + 1} is ${da} vs ${db}`, at);
      }
      shape.push(Math.max(da, db));
    }
    const elemOf = (v: KVal, ivs: ir.Expr[], vr: SourceRange): ir.Expr => {
      if (v.k !== "array") return this.scalar(v, vr);
      const s = v.buf.type.shape;
      const idx = s.map((d, i) => (d === 1 ? ir.indexConst(0) : ivs[n - s.length + i]!));
      return ir.load(v.buf, idx);
    };
    const probeA = elemOf(l, shape.map(() => ir.indexConst(0)), lr);
    const probeB = elemOf(r, shape.map(() => ir.indexConst(0)), rr);
    // Tensor ops keep the element type of the array operands (linalg ops on the result type).
    const arrT = l.k === "array" ? l.buf.type.elem : (r as { buf: ir.Buffer }).buf.type.elem;
    const t = l.k === "array" && r.k === "array" ? this.rule(selectType(probeA.type, probeB.type), at) : arrT;
    const out = this.newBuffer("", arrayType(t, shape), at);
    const irOp = ({ "+": "add", "-": "sub", "*": "mul", "/": "div" } as const)[op as "+" | "-" | "*" | "/"];
    this.emit(this.nest(shape, at, irOp, (ivs) => {
      const a = ir.cast(t, elemOf(l, ivs, lr));
      const b = ir.cast(t, elemOf(r, ivs, rr));
      return [ir.store(out, ivs, ir.binary(irOp, t, a, b, at), at)];
    }));
    return { k: "array", buf: out };
  }
}

// ------------------------------------------------------------ helpers

function metaKind(s: ast.Stmt): string | undefined {
  if (s.kind !== "With" || s.items.length !== 1) return undefined;
  const c = s.items[0]!.context;
  return c.kind === "Call" && c.func.kind === "Attribute" ? c.func.attr : undefined;
}

function isStateful(v: PyValue): boolean {
  return v.k === "builtin" && v.name.endsWith("Stateful");
}

function satisfiesBound(v: PyValue, bound: PyValue): boolean {
  if (bound.k === "tuple" || bound.k === "list") return bound.items.some((b) => satisfiesBound(v, b));
  if (bound.k === "type") {
    if (v.k === "type") return sameType(v.t, bound.t);
    // `M: int32` bounds a value parameter: any integer constant.
    return (v.k === "int" || v.k === "bool") && (bound.t.kind === "int" || bound.t.kind === "index");
  }
  if (bound.k === "builtin") {
    if (v.k !== "type") return false;
    const cls = bound.name.replace(/^.*\./, "");
    if (cls === "Int") return v.t.kind === "int" && v.t.signed;
    if (cls === "UInt") return v.t.kind === "int" && !v.t.signed;
    if (cls === "Fixed") return v.t.kind === "fixed" && v.t.signed;
    if (cls === "UFixed") return v.t.kind === "fixed" && !v.t.signed;
    if (cls === "int") return false;
    if (cls === "float") return v.k === "type" && v.t.kind === "float";
  }
  return true;
}

function indexItems(e: ast.Expr): readonly ast.Expr[] {
  return e.kind === "Tuple" ? e.elts : [e];
}

function visitNames(e: ast.Expr, f: (n: string) => void): void {
  const go = (x: ast.Expr | undefined): void => {
    if (!x) return;
    switch (x.kind) {
      case "Name": f(x.id); return;
      case "BinOp": go(x.left); go(x.right); return;
      case "UnaryOp": go(x.operand); return;
      case "BoolOp": x.values.forEach(go); return;
      case "Compare": go(x.left); x.comparators.forEach(go); return;
      case "Call": go(x.func); x.args.forEach(go); x.keywords.forEach((k) => go(k.value)); return;
      case "Attribute": go(x.value); return;
      case "Subscript": go(x.value); go(x.index); return;
      case "Slice": go(x.lower); go(x.upper); go(x.step); return;
      case "Tuple": case "List": x.elts.forEach(go); return;
      case "Dict": x.keys.forEach(go); x.values.forEach(go); return;
      case "IfExp": go(x.test); go(x.body); go(x.orelse); return;
      default: return;
    }
  };
  go(e);
}

function mentions(e: ast.Expr, name: string): boolean {
  let found = false;
  visitNames(e, (n) => { if (n === name) found = true; });
  return found;
}

function isConstLike(e: ast.Expr): boolean {
  switch (e.kind) {
    case "Int": case "Float": case "Bool": case "Name": return true;
    case "UnaryOp": return isConstLike(e.operand);
    case "BinOp": return isConstLike(e.left) && isConstLike(e.right);
    case "List": case "Tuple": return e.elts.every(isConstLike);
    case "Attribute": return true;
    default: return false;
  }
}

/** `hi - lo` when both are `base + c` forms of the same base (x[i:i+4] → 4). */
/** \`hi - lo\` when both are affine in loop variables and parameters and differ by a constant (x[p*8:(p+1)*8]). */
function affineDiff(lo: ir.Expr, hi: ir.Expr): number | undefined {
  const a = affineOf(lo, new Map());
  const b = affineOf(hi, new Map());
  if (!a || !b) return undefined;
  for (const [sym, k] of b.t) if ((a.t.get(sym) ?? 0) !== k) return undefined;
  for (const [sym, k] of a.t) if ((b.t.get(sym) ?? 0) !== k) return undefined;
  return b.c - a.c;
}

function constDiff(lo: ast.Expr, hi: ast.Expr): number | undefined {
  const split = (e: ast.Expr): [string, number] | undefined => {
    if (e.kind === "Name") return [e.id, 0];
    if (e.kind === "BinOp" && (e.op === "+" || e.op === "-") && e.left.kind === "Name" && e.right.kind === "Int") return [e.left.id, (e.op === "+" ? 1 : -1) * Number(e.right.value)];
    return undefined;
  };
  const a = split(lo);
  const b = split(hi);
  return a && b && a[0] === b[0] ? b[1] - a[1] : undefined;
}

/** Whether a kernel-callable function is a `@df.region()` (decorators evaluated in its own scope). */
function isRegionDef(fn: FnValue): boolean {
  return fn.def.decorators.some((d) => {
    const f = d.kind === "Call" ? d.func : d;
    if (f.kind === "Name") {
      const v = fn.scope.lookup(f.id);
      return v !== undefined && v.k === "builtin" && v.name === "allo.dataflow.region";
    }
    const root = f.kind === "Attribute" && f.value.kind === "Name" ? fn.scope.lookup(f.value.id) : undefined;
    return f.kind === "Attribute" && f.attr === "region" && root !== undefined && root.k === "module" && root.path === "allo.dataflow";
  });
}

/** The Allo element type of a numpy dtype (float64 stays f64, int64 i64, as Allo's memref.global does). */
function alloTypeOfDtype(d: string): ScalarType {
  if (d === "bool") return BOOL;
  if (d.startsWith("float")) return d === "float16" ? F16 : d === "float64" ? F64 : F32;
  const bits = Number(d.replace(/\D+/, ""));
  return intType(bits, !d.startsWith("u"));
}

/** A Python constant as a typed IR constant: int → int32 (wider if needed), float → float32, bool → bool. */
function constExpr(v: PyValue, at: SourceRange): ir.Expr {
  switch (v.k) {
    case "int": {
      if (v.v >= -(1n << 31n) && v.v < (1n << 31n)) return ir.constant(I32, Number(v.v), at);
      // Literals wider than int32 get the smallest signed width that holds them (Allo would truncate to i32).
      let bits = 33;
      while (bits < 512 && !(v.v >= -(1n << BigInt(bits - 1)) && v.v < (1n << BigInt(bits - 1)))) bits++;
      return ir.constant(intType(bits), bits > 52 ? v.v : Number(v.v), at);
    }
    case "float": return ir.constant(F32, Math.fround(v.v), at);
    case "bool": return ir.constant(I32, v.v ? 1 : 0, at);
    case "type":
      throw new UserError("E-value", `type ${typeToString(v.t)} used as a value; to convert, declare a variable of that type: y: ${typeToString(v.t)} = x`, at);
    default:
      throw new UserError("E-value", `${describe(v)} cannot be used as a value in a kernel`, at);
  }
}

/** Whether an integer constant fits Allo's 32-bit `index`. */
function fitsIndex(v: bigint): boolean {
  return v >= -(1n << 31n) && v < 1n << 31n;
}

/** An initializer constant as the element's representation (fixed: raw value, floored). */
function constToElem(v: PyValue, t: ScalarType, at: SourceRange): number | bigint {
  if (v.k !== "int" && v.k !== "bool" && v.k !== "float") throw new UserError("E-init", `${describe(v)} is not a number`, at);
  const x = v.k === "int" ? v.v : v.k === "bool" ? (v.v ? 1n : 0n) : v.v;
  if (typeof x === "number" && t.kind === "float") return x;
  // As the runtime converts (runtime.ts): NaN, ±Infinity and values whose scaled form overflows become 0.
  if (typeof x === "number" && t.kind !== "float" && !Number.isFinite(x * 2 ** (t.kind === "fixed" ? t.frac : 0))) return t.kind !== "index" && t.bits > 52 ? 0n : 0;
  switch (t.kind) {
    case "float":
      return Number(x);
    case "fixed": {
      const raw = typeof x === "bigint" ? x << BigInt(t.frac) : BigInt(Math.floor(x * 2 ** t.frac));
      const w = t.signed ? BigInt.asIntN(t.bits, raw) : BigInt.asUintN(t.bits, raw);
      return t.bits > 52 ? w : Number(w);
    }
    case "int": case "index": {
      const bits = t.kind === "index" ? 32 : t.bits;
      const signed = t.kind === "index" || t.signed;
      const i = typeof x === "bigint" ? x : BigInt(Math.trunc(x));
      const w = signed ? BigInt.asIntN(bits, i) : BigInt.asUintN(bits, i);
      return bits > 52 ? w : Number(w);
    }
  }
}

function coerceConst(v: PyValue, t: ScalarType, at: SourceRange): PyValue {
  if (v.k !== "int" && v.k !== "float" && v.k !== "bool") throw new UserError("E-constexpr", `ConstExpr value must be a number; got ${describe(v)}`, at);
  if (t.kind === "float") return { k: "float", v: v.k === "int" ? Number(v.v) : v.k === "bool" ? Number(v.v) : v.v };
  if (v.k === "float") return { k: "int", v: BigInt(Math.trunc(v.v)) };
  return v;
}

/** Re-wraps a compile-time value as an AST node bound in `scope`, so the interpreter can fold on it. */
function constNode(v: KVal & { k: "const" }, scope: Scope): ast.Expr {
  const name = `__const_${scope.vars.size}`;
  scope.set(name, v.v);
  return { kind: "Name", id: name, range: v.range };
}

