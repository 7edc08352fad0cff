/**
 * The simulator's code generator (DESIGN §6): IR → JavaScript source, one JS function per IR function,
 * instantiated with `new Function`. Only identifiers made here and numeric literals reach the source:
 * user names never do (buffers are `b<id>`, parameters `p<id>`, loop variables `i<id>`).
 *
 * Value representation: integer and fixed-point values up to 52 bits (and `index`) are JS numbers
 * holding the exact value (fixed: the raw integer); wider ones are bigints; floats are numbers
 * rounded to their format after every operation. Every value is kept canonical (within its type's
 * range), so stores never wrap and comparisons are plain numeric comparisons. A range analysis drops
 * the wrap after arithmetic the typing rules already made overflow-free (e.g. int8*int8 in int16).
 */
import { internalAssert } from "../diagnostics";
import type * as ir from "../ir/nodes";
import { constTrips, exprChildren, stmtExprs } from "../ir/nodes";
import { processKinds } from "./process-kinds";


import type { ArrayType, ScalarType } from "../types/types";
import { elementCount } from "../types/types";

/** Is the type carried as a bigint? */
export function isBig(t: ScalarType): boolean {
  return (t.kind === "int" || t.kind === "fixed") && t.bits > 52;
}

/** The typed-array constructor name that stores elements of `t` exactly. */
export function storageOf(t: ScalarType): string {
  switch (t.kind) {
    case "float": return t.name === "f64" ? "Float64Array" : "Float32Array";
    case "index": return "Int32Array";
    case "int": case "fixed": {
      const b = t.bits;
      if (b <= 8) return t.signed ? "Int8Array" : "Uint8Array";
      if (b <= 16) return t.signed ? "Int16Array" : "Uint16Array";
      if (b <= 32) return t.signed ? "Int32Array" : "Uint32Array";
      if (b <= 52) return "Float64Array";
      if (b <= 64) return t.signed ? "BigInt64Array" : "BigUint64Array";
      return "Array";
    }
  }
}

/** Inclusive value range of a type's canonical representation (raw for fixed), as doubles. */
function typeRange(t: ScalarType): [number, number] {
  switch (t.kind) {
    case "float": return [-Infinity, Infinity];
    case "index": return [-(2 ** 31), 2 ** 31 - 1];
    case "int": case "fixed":
      return t.signed ? [-(2 ** (t.bits - 1)), 2 ** (t.bits - 1) - 1] : [0, 2 ** t.bits - 1];
  }
}

function within(r: [number, number], t: ScalarType): boolean {
  const [lo, hi] = typeRange(t);
  return r[0] >= lo && r[1] <= hi;
}

export interface CompiledModule {
  /** JS source of the module factory (for debugging and tests). */
  readonly source: string;
  /** Creates a fresh instance (stateful buffers start at their initial values). */
  readonly instantiate: () => ModuleInstance;
}

export interface ModuleInstance {
  /**
   * Calls the top function with storage arrays / scalar values; returns its results. `env` is the
   * dataflow network (sim/kpn.ts) that channels and processes of dataflow regions run on.
   */
  call(args: unknown[], budget: number, env?: unknown): { results: unknown[]; steps: number };
}

/** Thrown by generated code when the step budget is exhausted; `loop` indexes `loopRanges`. */
export class BudgetExceeded {
  constructor(readonly loop: number) {}
}

/** Thrown by generated code when a loop's run-time step is not positive; `loop` indexes `loopRanges`. */
export class BadStep {
  constructor(readonly loop: number, readonly step: number) {}
}

/** Thrown by generated code when an index it could not prove in bounds is out of bounds. */
export class OutOfBounds {
  constructor(readonly access: number, readonly index: number, readonly size: number) {}
}

/** Where a checked access is: its source range, the buffer's user name and the dimension (1-based). */
export interface AccessInfo {
  readonly range: import("../diagnostics").SourceRange;
  readonly buffer: string;
  readonly dim: number;
}

/** A `get`/`put` in the source, indexed as the site a blocked process reports. */
export interface StreamSite {
  readonly range: import("../diagnostics").SourceRange;
  readonly op: "get" | "put";
}

export interface CodegenOutput {
  readonly compiled: CompiledModule;
  /** Channel buffers by the index the network numbers them with. */
  readonly channels: readonly ir.Buffer[];
  /** Stream operations, by site index. */
  readonly sites: readonly StreamSite[];
  /** Names of the functions compiled as processes (generators). */
  readonly processes: ReadonlySet<string>;
  /** Source ranges of the loops, indexed as BudgetExceeded.loop. */
  readonly loopRanges: readonly import("../diagnostics").SourceRange[];
  /** Checked accesses, indexed as OutOfBounds.access. */
  readonly accesses: readonly AccessInfo[];
}

/**
 * Compiles a module to JS. `runtime` is the value-semantics helper namespace (sim/runtime.ts);
 * `iterationCycles` gives the clock advance per loop iteration of a process (timed mode), `afterCycles`
 * the advance once a statement is done (a pipelined loop's drain, a run of straight-line code).
 */
export function compileModule(m: ir.Module, runtime: Record<string, unknown>, iterationCycles: (f: ir.Func, loop: ir.For | ir.While) => number = () => 1, afterCycles: (f: ir.Func, s: ir.Stmt) => number = () => 0): CodegenOutput {
  const g = new Gen(m, iterationCycles, afterCycles);
  const src = g.module();
  // The factory receives the runtime helpers (R), constant tables (K) and the budget error class.
  // Factories are cached by source so re-running a design reuses the engine's optimized code.
  let factory = factoryCache.get(src);
  if (!factory) {
    factory = new Function("R", "K", "BudgetExceeded", "OutOfBounds", "BadStep", src) as Factory;
    if (factoryCache.size >= FACTORY_CACHE_SIZE) factoryCache.delete(factoryCache.keys().next().value!);
  } else factoryCache.delete(src);
  factoryCache.set(src, factory);
  const consts = g.consts;
  return {
    compiled: { source: src, instantiate: () => factory(runtime, consts, BudgetExceeded, OutOfBounds, BadStep) },
    loopRanges: g.loopRanges,
    accesses: g.accesses,
    channels: g.channels,
    sites: g.sites,
    processes: g.gens,
  };
}

type Factory = (R: unknown, K: unknown, B: unknown, O: unknown, S: unknown) => ModuleInstance;
const FACTORY_CACHE_SIZE = 32;
const factoryCache = new Map<string, Factory>();

class Gen {
  readonly consts: unknown[] = [];
  readonly loopRanges: import("../diagnostics").SourceRange[] = [];
  readonly accesses: AccessInfo[] = [];
  /** Value ranges of the loop variables in scope, for index bound proofs. */
  private readonly iterRanges = new Map<number, [number, number]>();
  private out: string[] = [];
  private ind = "";
  private readonly funcIndex = new Map<string, number>();
  private readonly stateful: ir.Buffer[] = [];
  /** Array elements kept in JS locals while a loop runs (scalar replacement), by access key. */
  private readonly promoted = new Map<string, string>();
  private tempCount = 0;
  readonly channels: ir.Buffer[] = [];
  readonly sites: StreamSite[] = [];
  /** Functions that touch channels (directly or through callees): compiled as generators. */
  readonly gens: ReadonlySet<string>;
  /** Dataflow functions whose calls start processes on the network (regions' tops). */
  private readonly hosts: ReadonlySet<string>;
  private readonly spawners: ReadonlySet<string>;
  private cur: ir.Func | undefined;

  constructor(private readonly m: ir.Module, private readonly iterationCycles: (f: ir.Func, loop: ir.For | ir.While) => number, private readonly afterCycles: (f: ir.Func, s: ir.Stmt) => number) {
    m.funcs.forEach((f, i) => this.funcIndex.set(f.name, i));
    ({ gens: this.gens, hosts: this.hosts, spawners: this.spawners } = processKinds(m));
  }

  module(): string {
    const parts: string[] = [];
    for (const f of this.m.funcs) parts.push(this.func(f));
    const top = this.funcIndex.get(this.m.top);
    internalAssert(top !== undefined, `top function ${this.m.top} missing`);
    const state = this.stateful.map((b) => `const s${b.id} = ${this.allocExpr(b)};`).join("\n");
    return `"use strict";
let steps = 0, budget = 0;
function chk(i, n, a) { if (i >= 0 && i < n) return i; throw new OutOfBounds(a, i, n); }
${state}
${parts.join("\n")}
let env = null;
return { call(args, b, e) { steps = 0; budget = b; env = e ?? new R.Network(false); ${this.gens.has(this.m.top) ? `env.run([{ fn: ${top}, gen: f${top}(...args) }]); const r = undefined;` : `const r = f${top}(...args);`} return { results: ${this.m.funcs[top]!.results.length > 1 ? "r" : this.m.funcs[top]!.results.length === 1 ? "[r]" : "[]"}, steps }; } };
`;
  }

  private line(s: string): void {
    this.out.push(this.ind + s);
  }

  private func(f: ir.Func): string {
    this.out = [];
    this.ind = "  ";
    this.cur = f;
    const params = f.params.map((p) => (p.kind === "buffer" ? `b${p.id}` : `p${p.id}`));
    // A region called from a region starts its processes in the caller's network (`$outer`).
    const spawner = this.spawners.has(f.name);
    if (spawner) params.push("$outer");
    const gen = this.gens.has(f.name);
    // A process reads its clock from the network once: `env.cur` is set while it runs.
    if (gen) this.line("const $P = env.cur;");
    // Every call is a step too: a function calling others twice, 40 levels deep, is 2^40 calls.
    if (f.name !== this.m.top) {
      this.line(`if (++steps > budget) throw new BudgetExceeded(${this.loopRanges.length});`);
      this.loopRanges.push(f.range);
    }
    if (this.hosts.has(f.name)) this.line(spawner ? "const $procs = $outer ?? [];" : "const $procs = [];");
    this.stmts(f.body);
    if (this.hosts.has(f.name)) {
      // Run the processes before a trailing return (regions return nothing; keep it general).
      const last = this.out[this.out.length - 1];
      const ret = last !== undefined && last.trimStart().startsWith("return") ? this.out.pop()! : undefined;
      this.line(spawner ? "if (!$outer) env.run($procs);" : "env.run($procs);");
      if (ret) this.out.push(ret);
    }
    const body = this.out.join("\n");
    return `function${gen ? "*" : ""} f${this.funcIndex.get(f.name)}(${params.join(", ")}) {\n${body}\n}`;
  }

  /** `yield*` in front of calls to generator functions. */
  private callPrefix(callee: string): string {
    return this.gens.has(callee) ? "yield* " : "";
  }

  private site(range: import("../diagnostics").SourceRange, op: "get" | "put"): number {
    this.sites.push({ range, op });
    return this.sites.length - 1;
  }

  /** The clock advance at the end of a loop iteration of a process. */
  private tick(loop: ir.For | ir.While): void {
    if (!this.cur || !this.gens.has(this.cur.name)) return;
    const c = this.iterationCycles(this.cur, loop);
    if (c > 0) this.line(`  $P.clk += ${c};`);
  }

  private stmts(ss: readonly ir.Stmt[]): void {
    for (const s of ss) {
      if (s.kind === "return") this.tickAfter(s);
      this.stmt(s);
      if (s.kind !== "return") this.tickAfter(s);
    }
  }

  /** The clock advance once a statement of a process is done: a pipeline's drain, straight-line code. */
  private tickAfter(s: ir.Stmt): void {
    if (!this.cur || !this.gens.has(this.cur.name)) return;
    const c = this.afterCycles(this.cur, s);
    if (c > 0) this.line(`$P.clk += ${c};`);
  }

  private nestedBlock(ss: readonly ir.Stmt[]): void {
    const saved = this.ind;
    this.ind += "  ";
    this.stmts(ss);
    this.ind = saved;
  }

  private stmt(s: ir.Stmt): void {
    switch (s.kind) {
      case "for": {
        const promos = this.promotable(s);
        for (const p of promos) {
          const t = `t${this.tempCount++}`;
          this.line(`let ${t} = ${p.ref};`);
          this.promoted.set(p.key, t);
        }
        this.forLoop(s);
        for (const p of promos) {
          this.line(`${p.ref} = ${this.promoted.get(p.key)};`);
          this.promoted.delete(p.key);
        }
        return;
      }
      case "while": {
        const id = this.loopRanges.length;
        this.loopRanges.push(s.range);
        this.line(`while (${this.expr(s.cond)}) {`);
        this.line(`  if (++steps > budget) throw new BudgetExceeded(${id});`);
        this.nestedBlock(s.body);
        this.tick(s);
        this.line("}");
        return;
      }
      case "if": {
        this.line(`if (${this.expr(s.cond)}) {`);
        this.nestedBlock(s.then);
        if (s.else.length) {
          this.line("} else {");
          this.nestedBlock(s.else);
        }
        this.line("}");
        return;
      }
      case "store": {
        this.line(`${this.ref(s.buf, s.indices, s.range)} = ${this.expr(s.value)};`);
        return;
      }
      case "stream-put": {
        const ch = this.bufName(s.stream);
        this.line(`{ const v = ${this.expr(s.value)}; if (${ch}.n >= ${ch}.depth) yield* ${ch}.waitPut(${this.site(s.range, "put")}); ${ch}.put(v); }`);
        return;
      }
      case "stream-put-block": {
        // The channel keeps a copy: the sender may overwrite its buffer right after.
        const ch = this.bufName(s.stream);
        this.line(`{ if (${ch}.n >= ${ch}.depth) yield* ${ch}.waitPut(${this.site(s.range, "put")}); ${ch}.put(${this.bufName(s.src)}.slice()); }`);
        return;
      }
      case "stream-get-block": {
        const ch = this.bufName(s.stream);
        this.line(`const b${s.dst.id} = (${ch}.n > 0 ? ${ch}.get() : (yield* ${ch}.waitGet(${this.site(s.range, "get")})));`);
        return;
      }
      case "alloc": {
        const b = s.buf;
        if (b.storage === "stateful") { this.stateful.push(b); return; }
        if (b.storage === "stream") {
          this.channels.push(b);
          this.line(`const b${b.id} = env.chan(${b.stream?.depth ?? 2}, ${this.channels.length - 1});`);
          return;
        }
        if (b.type.shape.length === 0) {
          const init = b.init?.kind === "fill" ? this.lit(b.type.elem, b.init.value) : this.lit(b.type.elem, 0);
          this.line(`let b${b.id} = ${init};`);
        } else {
          this.line(`const b${b.id} = ${this.allocExpr(b)};`);
        }
        return;
      }
      case "call": {
        const f = this.funcIndex.get(s.callee);
        internalAssert(f !== undefined, `unknown callee ${s.callee}`);
        const args = s.args.map((a) => (a.kind === "buffer" ? this.bufName(a) : this.expr(a))).join(", ");
        if (this.cur && this.hosts.has(this.cur.name)) {
          // In a region's top every call is a process; plain callees run in one step.
          if (this.spawners.has(s.callee)) this.line(`f${f}(${args ? `${args}, ` : ""}$procs);`);
          else this.line(this.gens.has(s.callee) ? `$procs.push({ fn: ${f}, gen: f${f}(${args}) });` : `$procs.push({ fn: ${f}, gen: R.callOnce(() => f${f}(${args})) });`);
          return;
        }
        const y = this.callPrefix(s.callee);
        if (s.results.length === 0) this.line(`${y}f${f}(${args});`);
        else if (s.results.length === 1) this.line(`${this.resultDecl(s.results[0]!)} = ${y}f${f}(${args});`);
        else {
          this.line(`{ const r = ${y}f${f}(${args});`);
          s.results.forEach((r, i) => this.line(`  ${this.resultDeclOuter(r)} = r[${i}];`));
          this.line("}");
        }
        return;
      }
      case "return": {
        const vals = s.values.map((v) => (v.kind === "buffer" ? this.bufName(v) : this.expr(v)));
        if (vals.length === 0) this.line("return;");
        else if (vals.length === 1) this.line(`return ${vals[0]};`);
        else this.line(`return [${vals.join(", ")}];`);
        return;
      }
      case "copy": {
        const n = elementCount(s.dst.type);
        const de = s.dst.type.elem;
        const se = s.src.type.elem;
        if (storageOf(de) === storageOf(se) && sameScalar(de, se)) {
          if (s.dst.type.shape.length === 0) this.line(`b${s.dst.id} = ${this.bufName(s.src)};`);
          else if (storageOf(de) === "Array") this.line(`for (let k = 0; k < ${n}; k++) ${this.bufName(s.dst)}[k] = ${this.bufName(s.src)}[k];`);
          else this.line(`${this.bufName(s.dst)}.set(${this.bufName(s.src)});`);
        } else {
          const conv = this.convert(`${this.bufName(s.src)}[k]`, se, de, typeRange(se));
          this.line(`for (let k = 0; k < ${n}; k++) ${this.bufName(s.dst)}[k] = ${conv};`);
        }
        return;
      }
    }
  }

  private forLoop(s: ir.For): void {
    const id = this.loopRanges.length;
    this.loopRanges.push(s.range);
    const v = `i${s.iv.id}`;
    const lb = this.expr(s.lb);
    const ub = this.expr(s.ub);
    const trips = constTrips(s);
    if (typeof s.step !== "number") {
      // A step from a value is read once on entry; Python's range() raises on a zero step and an
      // scf.for with a step that is not positive never ends, so the simulation stops there.
      this.line(`{ const lb = ${lb}, ub = ${ub}, st = ${this.expr(s.step)}; if (!(st > 0)) throw new BadStep(${id}, st); if (ub > lb && (steps += Math.ceil((ub - lb) / st)) > budget) throw new BudgetExceeded(${id});`);
      this.line(`for (let ${v} = lb; ${v} < ub; ${v} += st) {`);
    } else if (trips !== undefined) {
      this.line(`if ((steps += ${trips}) > budget) throw new BudgetExceeded(${id});`);
      this.line(`for (let ${v} = ${lb}; ${v} < ${ub}; ${v} += ${s.step}) {`);
    } else {
      this.line(`{ const lb = ${lb}, ub = ${ub}; if (ub > lb && (steps += Math.ceil((ub - lb) / ${s.step})) > budget) throw new BudgetExceeded(${id});`);
      this.line(`for (let ${v} = lb; ${v} < ub; ${v} += ${s.step}) {`);
    }
    const lbR = this.range(s.lb);
    const ubR = this.range(s.ub);
    this.iterRanges.set(s.iv.id, [lbR[0], ubR[1] - 1]);
    this.nestedBlock(s.body);
    this.tick(s);
    this.iterRanges.delete(s.iv.id);
    this.line(trips !== undefined ? "}" : "}}");
  }

  /**
   * Scalar replacement: array elements a loop reads and writes at one loop-invariant place (the
   * `C[i, j]` of a reduction) live in a JS local for the loop's duration. JS engines do not hoist
   * stores, and this is the difference between a load+store per iteration and none. Only done when
   * nothing else in the loop can touch that element (no calls, no other access of the buffer, no
   * other argument array of the same storage that might alias it).
   */
  private promotable(loop: ir.For): { key: string; ref: string }[] {
    const inner = new Set<number>();
    /** Buffers declared inside the loop do not exist before it: never hoisted. */
    const local = new Set<ir.Buffer>();
    const accesses = new Map<ir.Buffer, { keys: Set<string>; stores: number; idx: readonly ir.Expr[] }>();
    let hasCall = false;
    const visitExpr = (e: ir.Expr): void => {
      switch (e.kind) {
        case "load": note(e.buf, e.indices, false); e.indices.forEach(visitExpr); return;
        case "call-value": hasCall = true; e.args.forEach((a) => a.kind !== "buffer" && visitExpr(a)); return;
        // Another process may read the array while this one is blocked: keep memory current.
        case "stream-get": hasCall = true; return;
        default: for (const c of exprChildren(e)) visitExpr(c);
      }
    };
    const note = (b: ir.Buffer, idx: readonly ir.Expr[], store: boolean) => {
      if (b.type.shape.length === 0) return;
      let a = accesses.get(b);
      if (!a) accesses.set(b, (a = { keys: new Set(), stores: 0, idx }));
      a.keys.add(this.linear(b.type, idx));
      if (store) a.stores++;
    };
    const visit = (ss: readonly ir.Stmt[]): void => {
      for (const st of ss) {
        switch (st.kind) {
          case "for": inner.add(st.iv.id); stmtExprs(st).forEach(visitExpr); visit(st.body); break;
          case "while": visitExpr(st.cond); visit(st.body); break;
          case "if": visitExpr(st.cond); visit(st.then); visit(st.else); break;
          case "store": note(st.buf, st.indices, true); st.indices.forEach(visitExpr); visitExpr(st.value); break;
          case "call": hasCall = true; st.results.forEach((r) => local.add(r)); break;
          // A whole-array copy touches every element: no single element to keep in a register.
          case "copy": hasCall = true; break;
          case "return": hasCall = true; break;
          case "stream-put": case "stream-put-block": hasCall = true; break;
          case "stream-get-block": hasCall = true; local.add(st.dst); break;
          case "alloc": local.add(st.buf); break;
        }
      }
    };
    inner.add(loop.iv.id);
    visit(loop.body);
    if (hasCall) return [];
    const out: { key: string; ref: string }[] = [];
    for (const [b, a] of accesses) {
      if (a.stores === 0 || a.keys.size !== 1 || local.has(b)) continue;
      if (a.idx.some((e) => usesIters(e, inner))) continue;
      if (b.storage === "arg" && [...accesses.keys()].some((o) => o !== b && o.storage === "arg" && storageOf(o.type.elem) === storageOf(b.type.elem))) continue;
      const key = `${this.bufName(b)}[${[...a.keys][0]}]`;
      if (this.promoted.has(key)) continue;
      out.push({ key, ref: this.ref(b, a.idx) });
    }
    return out;
  }

  /** Call results are declared by the call; multi-result calls assign inside a block. */
  private resultDecl(b: ir.Buffer): string {
    return `${b.type.shape.length === 0 ? "let" : "const"} b${b.id}`;
  }
  private resultDeclOuter(b: ir.Buffer): string {
    // Declared with `var` so the name outlives the block that unpacks the tuple.
    return `var b${b.id}`;
  }

  private bufName(b: ir.Buffer): string {
    return b.storage === "stateful" ? `s${b.id}` : `b${b.id}`;
  }

  private allocExpr(b: ir.Buffer): string {
    const t = b.type;
    const n = elementCount(t);
    const ctor = storageOf(t.elem);
    if (t.shape.length === 0 && b.storage !== "stateful") return this.lit(t.elem, b.init?.kind === "fill" ? b.init.value : 0);
    let base = ctor === "Array" ? `new Array(${n}).fill(0n)` : `new ${ctor}(${n})`;
    if (b.init?.kind === "fill" && !isZero(b.init.value)) base = `${base}.fill(${this.lit(t.elem, b.init.value)})`;
    if (b.init?.kind === "data") {
      const k = this.consts.length;
      const vals = b.init.values;
      // A typed-array table (a model's weights) is used as it is: the allocation copies it.
      this.consts.push(isBig(t.elem) ? Array.from(vals as ArrayLike<number | bigint>, (v) => BigInt(v)) : Array.isArray(vals) ? vals.map(Number) : vals);
      base = ctor === "Array" ? `K[${k}].slice()` : `${ctor}.from(K[${k}])`;
    }
    return base;
  }

  /** `buf[linear index]`, or the scalar variable for 0-d buffers. */
  /**
   * `buf[linear index]`, or the scalar variable for 0-d buffers. Indices not proven in bounds by the
   * range analysis are checked at run time (`at` is the access's source range for the diagnostic).
   */
  private ref(b: ir.Buffer, idx: readonly ir.Expr[], at?: import("../diagnostics").SourceRange): string {
    if (b.type.shape.length === 0) return b.storage === "stateful" ? `s${b.id}[0]` : `b${b.id}`;
    const r = `${this.bufName(b)}[${this.linear(b.type, idx)}]`;
    const promoted = this.promoted.get(r);
    if (promoted) return promoted;
    const unproven = idx.some((e, d) => { const x = this.range(e); return x[0] < 0 || x[1] > b.type.shape[d]! - 1; });
    if (!unproven) return r;
    return `${this.bufName(b)}[${this.linear(b.type, idx, { buf: b, at: at ?? b.range })}]`;
  }

  private linear(t: ArrayType, idx: readonly ir.Expr[], check?: { buf: ir.Buffer; at: import("../diagnostics").SourceRange }): string {
    const shape = t.shape;
    let stride = 1;
    const terms: string[] = [];
    let constPart = 0;
    for (let d = shape.length - 1; d >= 0; d--) {
      const e = idx[d]!;
      const r = check ? this.range(e) : undefined;
      if (check && r && (r[0] < 0 || r[1] > shape[d]! - 1)) {
        const id = this.accesses.length;
        this.accesses.push({ range: check.at, buffer: check.buf.name, dim: d + 1 });
        const x = `chk(${this.expr(e)}, ${shape[d]}, ${id})`;
        terms.push(stride === 1 ? x : `${x} * ${stride}`);
      } else if (e.kind === "const") constPart += Number(e.value) * stride;
      else terms.push(stride === 1 ? this.expr(e) : `${this.expr(e)} * ${stride}`);
      stride *= shape[d]!;
    }
    if (constPart !== 0 || terms.length === 0) terms.push(String(constPart));
    return terms.reverse().join(" + ");
  }

  // ------------------------------------------------------------ expressions

  private lit(t: ScalarType, v: number | bigint): string {
    // Negative literals are parenthesized: operators are written as `-${x}`, and `--1n` is no expression.
    if (isBig(t)) return BigInt(v) < 0n ? `(${BigInt(v)}n)` : `${BigInt(v)}n`;
    const n = Number(v);
    if (Object.is(n, -0)) return "(-0)";
    if (Number.isNaN(n)) return "NaN";
    if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "(-Infinity)";
    return n < 0 ? `(${n})` : String(n);
  }

  /** Conservative range of an expression's canonical value (raw for fixed), for wrap elimination. */
  private range(e: ir.Expr): [number, number] {
    switch (e.kind) {
      case "const": {
        const n = Number(e.value);
        return [n, n];
      }
      case "cast": {
        const inner = this.range(e.x);
        if (sameKindInt(e.x.type, e.type) && within(inner, e.type)) return inner;
        return typeRange(e.type);
      }
      case "binary": {
        if (e.type.kind === "float") return typeRange(e.type);
        const a = this.range(e.lhs);
        const b = this.range(e.rhs);
        let r: [number, number] | undefined;
        if (e.op === "add") r = [a[0] + b[0], a[1] + b[1]];
        else if (e.op === "sub") r = [a[0] - b[1], a[1] - b[0]];
        else if (e.op === "mul" && e.type.kind !== "fixed") {
          const ps = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
          r = [Math.min(...ps), Math.max(...ps)];
        } else if (e.op === "min" || e.op === "max") r = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
        else if ((e.op === "div" || e.op === "floordiv") && b[0] === b[1] && b[0] > 0 && a[0] >= 0) r = [Math.floor(a[0] / b[0]), Math.floor(a[1] / b[0])];
        else if (e.op === "rem" && b[0] === b[1] && b[0] > 0 && a[0] >= 0) r = [0, Math.min(a[1], b[0] - 1)];
        if (r && within(r, e.type)) return r;
        return typeRange(e.type);
      }
      case "iter": return this.iterRanges.get(e.v.id) ?? typeRange(e.type);
      default: return typeRange(e.type);
    }
  }

  expr(e: ir.Expr): string {
    switch (e.kind) {
      case "const": return this.lit(e.type, e.value);
      case "param": return `p${e.param.id}`;
      case "iter": return `i${e.v.id}`;
      case "load": return this.ref(e.buf, e.indices, e.range);
      case "cast": return this.convert(this.expr(e.x), e.x.type, e.type, this.range(e.x));
      case "binary": return this.binary(e);
      case "compare": {
        const op = { eq: "===", ne: "!==", lt: "<", le: "<=", gt: ">", ge: ">=" }[e.pred];
        return `(${this.expr(e.lhs)} ${op} ${this.expr(e.rhs)} ? 1 : 0)`;
      }
      case "unary": return this.unary(e);
      case "select": return `(${this.expr(e.cond)} ? ${this.expr(e.a)} : ${this.expr(e.b)})`;
      case "math": return this.math(e);
      case "get-bit": {
        const x = this.expr(e.x);
        return isBig(e.x.type) ? `R.getBitBig(${x}, ${this.expr(e.bit)})` : `R.getBit(${x}, ${this.expr(e.bit)})`;
      }
      case "get-slice": {
        const x = this.expr(e.x);
        if (isBig(e.x.type)) {
          const r = `R.getSliceBig(${x}, ${this.expr(e.lo)}, ${this.expr(e.hi)})`;
          return isBig(e.type) ? r : `Number(${r})`;
        }
        const r = `R.getSlice(${x}, ${this.expr(e.lo)}, ${this.expr(e.hi)})`;
        return isBig(e.type) ? `BigInt(${r})` : r;
      }
      case "set-bit": {
        const x = this.expr(e.x);
        if (isBig(e.type)) return this.wrapBig(`R.setBitBig(${x}, ${this.expr(e.bit)}, ${this.expr(e.value)})`, e.type);
        return this.wrapNum(`R.setBit(${x}, ${this.expr(e.bit)}, ${this.expr(e.value)})`, e.type);
      }
      case "set-slice": {
        const x = this.expr(e.x);
        const v = this.expr(e.value);
        if (isBig(e.type)) {
          const vb = isBig(e.value.type) ? v : `BigInt(${v})`;
          return this.wrapBig(`R.setSliceBig(${x}, ${this.expr(e.lo)}, ${this.expr(e.hi)}, ${vb})`, e.type);
        }
        const vn = isBig(e.value.type) ? `Number(BigInt.asUintN(52, ${v}))` : v;
        return this.wrapNum(`R.setSlice(${x}, ${this.expr(e.lo)}, ${this.expr(e.hi)}, ${vn})`, e.type);
      }
      case "bit-reverse": {
        const t = e.type as ir.Expr["type"] & { bits: number };
        if (isBig(t)) return this.wrapBig(`R.bitReverseBig(${this.expr(e.x)}, ${t.bits})`, t);
        return this.wrapNum(`R.bitReverse(${this.expr(e.x)}, ${t.bits})`, t);
      }
      case "bitcast": return this.bitcast(e);
      case "stream-get": {
        const ch = this.bufName(e.stream);
        return `(${ch}.n > 0 ? ${ch}.get() : (yield* ${ch}.waitGet(${this.site(e.range ?? e.stream.range, "get")})))`;
      }
      case "call-value": {
        const f = this.funcIndex.get(e.callee);
        if (this.gens.has(e.callee)) return `(yield* f${f}(${e.args.map((a) => (a.kind === "buffer" ? this.bufName(a) : this.expr(a))).join(", ")}))`;
        return `f${f}(${e.args.map((a) => (a.kind === "buffer" ? this.bufName(a) : this.expr(a))).join(", ")})`;
      }
    }
  }

  private wrapNum(x: string, t: ScalarType): string {
    if (t.kind === "float") return x;
    const bits = t.kind === "index" ? 32 : t.bits;
    const signed = t.kind === "index" || t.signed;
    if (bits === 32) return signed ? `(${x} | 0)` : `(${x} >>> 0)`;
    if (bits < 32) {
      const s = 32 - bits;
      return signed ? `((${x}) << ${s} >> ${s})` : `((${x}) & ${2 ** bits - 1})`;
    }
    return signed ? `R.wrapS(${x}, ${bits})` : `R.wrapU(${x}, ${bits})`;
  }

  private wrapBig(x: string, t: ScalarType): string {
    // index is a signed 32-bit value here (as in convert); a wide integer cast to it wraps to that.
    const bits = t.kind === "index" ? 32 : (t as { bits: number }).bits;
    const signed = t.kind === "index" || (t as { signed: boolean }).signed;
    return `BigInt.as${signed ? "Int" : "Uint"}N(${bits}, ${x})`;
  }

  private round(x: string, t: ScalarType): string {
    if (t.kind !== "float") return x;
    switch (t.name) {
      case "f32": return `Math.fround(${x})`;
      case "f64": return x;
      case "f16": return `R.roundF16(${x})`;
      case "bf16": return `R.roundBF16(${x})`;
    }
  }

  private binary(e: ir.Binary): string {
    const t = e.type;
    const a = this.expr(e.lhs);
    const b = this.expr(e.rhs);
    if (t.kind === "float") {
      switch (e.op) {
        case "add": return this.round(`(${a} + ${b})`, t);
        case "sub": return this.round(`(${a} - ${b})`, t);
        case "mul": return this.round(`(${a} * ${b})`, t);
        case "div": return this.round(`(${a} / ${b})`, t);
        case "floordiv": return this.round(`Math.floor(${a} / ${b})`, t);
        case "rem": return this.round(`(${a} % ${b})`, t);
        case "pow": return this.round(`Math.pow(${a}, ${b})`, t);
        case "min": return `Math.min(${a}, ${b})`;
        case "max": return `Math.max(${a}, ${b})`;
        default: internalAssert(false, `float ${e.op}`);
      }
    }
    const big = isBig(t);
    const frac = t.kind === "fixed" ? t.frac : 0;
    const fits = within(this.range(e), t);
    const wrap = (x: string) => (fits ? x : big ? this.wrapBig(x, t) : this.wrapNum(x, t));
    if (big) {
      const bb = isBig(e.rhs.type) ? b : `BigInt(${b})`;
      switch (e.op) {
        case "add": return wrap(`(${a} + ${b})`);
        case "sub": return wrap(`(${a} - ${b})`);
        case "mul": return frac ? this.wrapBig(`((${a} * ${b}) >> ${frac}n)`, t) : wrap(`(${a} * ${b})`);
        case "div": return frac ? this.wrapBig(`R.divTruncBig(${a} << ${frac}n, ${b})`, t) : this.wrapBig(`R.divTruncBig(${a}, ${b})`, t);
        // fixed a // b is the floor of the real quotient (an integer value), as in Python
        case "floordiv": return frac ? this.wrapBig(`(R.floorDivBig(${a}, ${b}) << ${frac}n)`, t) : this.wrapBig(`R.floorDivBig(${a}, ${b})`, t);
        case "rem": return `R.remCBig(${a}, ${b})`;
        case "shl": return this.wrapBig(`(${a} << ${bb})`, t);
        case "shr": return this.wrapBig(`(${a} >> ${bb})`, t);
        case "and": return this.wrapBig(`(${a} & ${b})`, t);
        case "or": return this.wrapBig(`(${a} | ${b})`, t);
        case "xor": return this.wrapBig(`(${a} ^ ${b})`, t);
        case "min": return `(${a} < ${b} ? ${a} : ${b})`;
        case "max": return `(${a} > ${b} ? ${a} : ${b})`;
        case "pow": internalAssert(false, "integer pow");
      }
    }
    const bits = t.kind === "index" ? 32 : t.bits;
    const signed = t.kind === "index" || t.signed;
    const bn = isBig(e.rhs.type) ? `Number(${b})` : b;
    switch (e.op) {
      case "add": return wrap(`(${a} + ${b})`);
      case "sub": return wrap(`(${a} - ${b})`);
      case "mul":
        if (frac) {
          // value = a·b / 2^F: exact product (2W bits) then floor-shift, in bigint when 2W > 52.
          if (2 * bits <= 52) return this.wrapNum(`Math.floor((${a} * ${b}) / ${2 ** frac})`, t);
          return `Number(${this.wrapBig(`((BigInt(${a}) * BigInt(${b})) >> ${frac}n)`, t)})`;
        }
        if (fits) return `(${a} * ${b})`;
        if (bits <= 32) return this.wrapNum(`Math.imul(${a}, ${b})`, t);
        return `Number(${this.wrapBig(`(BigInt(${a}) * BigInt(${b}))`, { kind: "int", bits, signed })})`;
      case "div":
        if (frac) {
          if (bits + frac <= 52) return this.wrapNum(`R.divTrunc(${a} * ${2 ** frac}, ${b})`, t);
          return `Number(${this.wrapBig(`R.divTruncBig(BigInt(${a}) << ${frac}n, BigInt(${b}))`, t)})`;
        }
        return wrap(`R.divTrunc(${a}, ${b})`);
      case "floordiv":
        if (frac) {
          // fixed a // b is the floor of the real quotient (an integer value), as in Python
          if (bits + frac <= 52) return this.wrapNum(`(R.floorDiv(${a}, ${b}) * ${2 ** frac})`, t);
          return `Number(${this.wrapBig(`(R.floorDivBig(BigInt(${a}), BigInt(${b})) << ${frac}n)`, t)})`;
        }
        return wrap(`R.floorDiv(${a}, ${b})`);
      case "rem": return `R.remC(${a}, ${b})`;
      case "shl":
        return `Number(${this.wrapBig(`(BigInt(${a}) << BigInt(${bn}))`, { kind: "int", bits, signed })})`;
      case "shr":
        // A negative amount shifts left (as the C++ helper does), so wrap that case to the type.
        return `(${bn} >= ${bits} ? (${a} < 0 ? -1 : 0) : ${bn} >= 0 ? Math.floor(${a} / R.pow2(${bn})) : ${this.wrapNum(`(${a} * R.pow2(-(${bn})))`, t)})`;
      case "and": case "or": case "xor": {
        const op = { and: "&", or: "|", xor: "^" }[e.op];
        if (bits <= 32) return this.wrapNum(`(${a} ${op} ${b})`, t);
        return `Number(${this.wrapBig(`(BigInt(${a}) ${op} BigInt(${b}))`, { kind: "int", bits, signed })})`;
      }
      case "min": return `Math.min(${a}, ${b})`;
      case "max": return `Math.max(${a}, ${b})`;
      case "pow": internalAssert(false, "integer pow");
    }
    return "";
  }

  private unary(e: ir.Unary): string {
    const t = e.type;
    const x = this.expr(e.x);
    if (e.op === "neg") {
      if (t.kind === "float") return `(- ${x})`; // the space: x may be a negative literal (`--1n` is no expression)
      if (isBig(t)) return this.wrapBig(`(- ${x})`, t);
      const r = this.range(e.x);
      return within([-r[1], -r[0]], t) ? `(- ${x})` : this.wrapNum(`(- ${x})`, t);
    }
    // bitwise not (logical not on bool, which is UInt(1))
    if (isBig(t)) return this.wrapBig(`(~${x})`, t);
    const bits = t.kind === "index" ? 32 : (t as { bits: number }).bits;
    if (bits <= 32) return this.wrapNum(`(~${x})`, t);
    const signed = t.kind === "index" || (t as { signed: boolean }).signed;
    return signed ? `(-1 - ${x})` : `(${2 ** bits - 1} - ${x})`;
  }

  private math(e: ir.MathCall): string {
    const t = e.type;
    const x = this.expr(e.args[0]!);
    if (e.fn === "abs") {
      if (t.kind === "float") return `Math.abs(${x})`;
      if (isBig(t)) return this.wrapBig(`(${x} < 0n ? -${x} : ${x})`, t);
      return this.wrapNum(`Math.abs(${x})`, t);
    }
    if (e.fn === "pow") return this.round(`Math.pow(${x}, ${this.expr(e.args[1]!)})`, t);
    return this.round(`Math.${e.fn}(${x})`, t);
  }

  private bitcast(e: ir.Bitcast): string {
    const from = e.x.type;
    const to = e.type;
    const x = this.expr(e.x);
    if (to.kind === "float") {
      const bits = (from as { bits: number }).bits;
      if (to.name === "f64") return `R.bitcastToF64(BigInt.asUintN(64, ${isBig(from) ? x : `BigInt(${x})`}))`;
      const pattern = bits === 32 ? `(${x} >>> 0)` : `(${x} & ${2 ** bits - 1})`;
      return `R.bitcastToFloat(${pattern}, "${to.name}")`;
    }
    // float (or fixed) → unsigned integer of the same width
    if (from.kind === "float") {
      if (from.name === "f64") return this.retype(`R.bitcastFromF64(${x})`, true, to);
      return this.retype(`R.bitcastFromFloat(${x}, "${from.name}")`, false, to);
    }
    const bits = (from as { bits: number }).bits;
    if (isBig(from)) return this.wrapBig(x, to);
    return bits === 32 ? `(${x} >>> 0)` : `(${x} & ${2 ** bits - 1})`;
  }

  private retype(x: string, srcBig: boolean, t: ScalarType): string {
    if (isBig(t)) return srcBig ? this.wrapBig(x, t) : this.wrapBig(`BigInt(${x})`, t);
    return srcBig ? `Number(${this.wrapBig(x, t)})` : this.wrapNum(x, t);
  }

  /** Converts a value from type `s` to type `t` (DESIGN §5). */
  convert(x: string, s: ScalarType, t: ScalarType, r: [number, number]): string {
    if (sameScalar(s, t)) return x;
    const sb = isBig(s);
    const tb = isBig(t);
    // float → ...
    if (s.kind === "float") {
      if (t.kind === "float") return this.round(x, t);
      if (t.kind === "fixed") return tb ? `R.floatToFixedBig(${x}, ${t.bits}, ${t.frac}, ${t.signed})` : `R.floatToFixed(${x}, ${t.bits}, ${t.frac}, ${t.signed})`;
      const bits = t.kind === "index" ? 32 : t.bits;
      const signed = t.kind === "index" || t.signed;
      if (tb) return `R.f2iBig(${x}, ${bits}, ${signed})`;
      return signed ? `R.f2iS(${x}, ${bits})` : `R.f2iU(${x}, ${bits})`;
    }
    // fixed → ...
    if (s.kind === "fixed") {
      if (t.kind === "float") return sb ? `R.fixedToFloatBig(${x}, ${s.frac}, "${t.name}")` : `R.fixedToFloat(${x}, ${s.frac}, "${t.name}")`;
      if (t.kind === "fixed") {
        if (!sb && !tb) {
          if (t.frac >= s.frac && t.bits - t.frac >= s.bits - s.frac + (s.signed && !t.signed ? 1 : 0) && (t.signed || !s.signed)) {
            // Widening: exact shift left, no wrap.
            return t.frac === s.frac ? x : `(${x} * ${2 ** (t.frac - s.frac)})`;
          }
          return `R.fixedToFixed(${x}, ${s.frac}, ${t.bits}, ${t.frac}, ${t.signed})`;
        }
        const xb = sb ? x : `BigInt(${x})`;
        const res = `R.fixedToFixedBig(${xb}, ${s.frac}, ${t.bits}, ${t.frac}, ${t.signed})`;
        return tb ? res : `Number(${res})`;
      }
      const bits = t.kind === "index" ? 32 : t.bits;
      const signed = t.kind === "index" || t.signed;
      if (!sb && !tb) return `R.fixedToInt(${x}, ${s.frac}, ${bits}, ${signed})`;
      const res = `R.fixedToIntBig(${sb ? x : `BigInt(${x})`}, ${s.frac}, ${bits}, ${signed})`;
      return tb ? res : `Number(${res})`;
    }
    // integer (int/index) → ...
    if (t.kind === "float") {
      if (sb) return `R.bigIntToFloat(${x}, "${t.name}")`;
      const exactBits = { f16: 11, bf16: 8, f32: 24, f64: 53 }[t.name];
      if (Math.max(Math.abs(r[0]), Math.abs(r[1])) <= 2 ** exactBits) return x;
      return t.name === "f32" ? `Math.fround(${x})` : `R.intToFloat(${x}, "${t.name}")`;
    }
    if (t.kind === "fixed") {
      if (!sb && !tb) return `R.intToFixed(${x}, ${t.bits}, ${t.frac}, ${t.signed})`;
      const res = `R.intToFixedBig(${sb ? x : `BigInt(${x})`}, ${t.bits}, ${t.frac}, ${t.signed})`;
      return tb ? res : `Number(${res})`;
    }
    // integer → integer
    if (within(r, t)) {
      if (sb === tb) return x;
      return tb ? `BigInt(${x})` : `Number(${x})`;
    }
    if (!sb && !tb) return this.wrapNum(x, t);
    if (sb && tb) return this.wrapBig(x, t);
    if (tb) return this.wrapBig(`BigInt(${x})`, t);
    return `Number(${this.wrapBig(x, t)})`;
  }
}



function usesIters(e: ir.Expr, ids: ReadonlySet<number>): boolean {
  if (e.kind === "iter") return ids.has(e.v.id);
  if (e.kind === "load") return true; // a data-dependent index may change inside the loop
  return exprChildren(e).some((c) => usesIters(c, ids));
}

function sameScalar(a: ScalarType, b: ScalarType): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "index") return true;
  if (a.kind === "float") return a.name === (b as { name: string }).name;
  const c = b as { bits: number; signed: boolean; frac?: number };
  return a.bits === c.bits && a.signed === c.signed && (a.kind !== "fixed" || a.frac === c.frac);
}

function sameKindInt(a: ScalarType, b: ScalarType): boolean {
  const isInt = (t: ScalarType) => t.kind === "int" || t.kind === "index";
  return isInt(a) && isInt(b);
}

function isZero(v: number | bigint): boolean {
  return typeof v === "bigint" ? v === 0n : v === 0 && !Object.is(v, -0);
}
