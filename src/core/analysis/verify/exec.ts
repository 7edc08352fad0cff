/**
 * The symbolic executor: runs an IR module on symbolic inputs. Control flow that is statically interpretable
 * (bounds, conditions and indices that evaluate to constants: loop variables, literals, template parameters,
 * PE indices) runs concretely; data values are term ids (terms.ts). Memories are arrays of term ids read and
 * written at concrete addresses. Dataflow regions run as processes on symbolic FIFOs (streams.ts).
 *
 * The IR is compiled once into closures (a tree of small functions, no switch per executed node), so the
 * cost per executed operation is a closure call plus the term lookup. Functions that touch channels are
 * compiled to generator closures so that a process can block on a FIFO, as in the simulator.
 */
import type { SourceRange } from "../../diagnostics";
import type * as ir from "../../ir/nodes";
import { exprChildren, stmtExprs } from "../../ir/nodes";
import type { ScalarType } from "../../types/types";
import { BOOL, elementCount } from "../../types/types";
import * as C from "./concrete";
import type { Value } from "./concrete";
import { BIN_INDEX, TermStore } from "./terms";
import { Chan, runProcesses } from "./streams";
import { BudgetStop, DeadlockStop, NotStatic, OutOfBoundsAccess } from "./stops";
import { processKinds } from "../../sim/process-kinds";
export { BudgetStop, DeadlockStop, NotStatic, OutOfBoundsAccess } from "./stops";
import type { Blocked } from "./streams";

/** A memory: term ids per element; `origin` (only when explaining) the index of the store that wrote each. */
export interface Mem {
  readonly t: Int32Array;
  origin?: Int32Array;
}

export interface Limits {
  /** Absolute time (ms, `now()`) after which execution stops. */
  readonly deadline: number;
  readonly maxOps: number;
  readonly now: () => number;
}

/** One output of the top function: an array argument after the run, or a returned value (flattened). */
export interface Output {
  readonly name: string;
  readonly type: ScalarType;
  readonly shape: readonly number[];
  readonly mem: Mem;
}

type Frame = {
  it: number[];
  b: (Mem | Chan | undefined)[];
  p: number[];
  ret: (number | Mem)[] | undefined;
  got: number[];
  gotI: number;
  procs: { name: string; gen: Iterator<Blocked | undefined, unknown, unknown> }[] | undefined;
  /** The condition (a bool term) under which the statements now running take effect, or -1: always. */
  g: number;
};
type SyncStmt = (fr: Frame) => boolean;
type Gen = Generator<Blocked | undefined, boolean, unknown>;
/**
 * A statement of a process: runs as far as it can without blocking and returns whether it returned from
 * the function (like SyncStmt), or, when a FIFO makes it wait, a generator that finishes it. So a process
 * allocates a generator only where it really blocks, not one per statement executed (a 64×64 PE grid
 * executed ~1 GB of short-lived generators per proof, most of its garbage-collection time).
 */
type GenStmt = (fr: Frame) => boolean | Gen;
type SymFn = (fr: Frame) => number;
type StaticFn = (fr: Frame) => Value;

interface Compiled {
  readonly f: ir.Func;
  readonly gen: boolean;
  readonly host: boolean;
  readonly nIt: number;
  readonly nBuf: number;
  readonly nP: number;
  readonly params: readonly { readonly buf: boolean; readonly slot: number }[];
  readonly sync?: readonly SyncStmt[];
  readonly gens?: readonly GenStmt[];
}

const CHECK_EVERY = 256;

/** One symbolic run of a module; `explain` records which store wrote each output element. */
export class SymbolicExecutor {
  private readonly compiled = new Map<string, Compiled>();
  private readonly funcs = new Map<string, ir.Func>();
  private readonly genFuncs: ReadonlySet<string>;
  private readonly hostFuncs: ReadonlySet<string>;
  private readonly spawnerFuncs: ReadonlySet<string>;
  private readonly stateful = new Map<number, Mem>();
  /** Store statements by index (for `Mem.origin`). */
  readonly storeRanges: SourceRange[] = [];
  private countdown = CHECK_EVERY;
  private readonly zero = new Map<number, number>();

  constructor(private readonly m: ir.Module, private readonly s: TermStore, private readonly limits: Limits, private readonly explain = false) {
    for (const f of m.funcs) this.funcs.set(f.name, f);
    ({ gens: this.genFuncs, hosts: this.hostFuncs, spawners: this.spawnerFuncs } = processKinds(this.m));
  }

  /** Runs the top function on `inputs` (per parameter: a memory of symbols, or one symbol) and returns its outputs. */
  run(inputs: readonly (Mem | number)[]): Output[] {
    const top = this.funcs.get(this.m.top)!;
    const args = top.params.map((_, i) => {
      const v = inputs[i]!;
      // Array arguments are written in place: give the run its own copy of the symbols.
      return typeof v === "number" ? v : this.mem(new Int32Array(v.t));
    });
    let ret: (number | Mem)[];
    try {
      ret = this.call(top, args);
    } catch (e) {
      if (e instanceof DeadlockStop) {
        e.partial = top.params.flatMap((p, i) => (p.kind === "buffer" && p.type.shape.length > 0 ? [{ name: p.name, shape: p.type.shape, t: (args[i] as Mem).t }] : []));
      }
      throw e;
    }
    const outs: Output[] = [];
    top.params.forEach((p, i) => {
      if (p.kind === "buffer" && p.type.shape.length > 0) outs.push({ name: p.name, type: p.type.elem, shape: p.type.shape, mem: args[i] as Mem });
    });
    top.results.forEach((rt, i) => {
      const v = ret[i];
      const name = top.results.length === 1 ? "return" : `return ${i}`;
      if (v === undefined) return;
      if (typeof v === "number") outs.push({ name, type: rt as ScalarType, shape: [], mem: this.mem(Int32Array.of(v)) });
      else outs.push({ name, type: rt.kind === "array" ? rt.elem : rt, shape: rt.kind === "array" ? rt.shape : [], mem: v });
    });
    return outs;
  }

  private mem(t: Int32Array): Mem {
    const m: Mem = { t };
    if (this.explain) m.origin = new Int32Array(t.length).fill(-1);
    return m;
  }

  // ------------------------------------------------------------------ budget

  private tick(): void {
    if (--this.countdown > 0) return;
    this.countdown = CHECK_EVERY;
    if (this.s.builds > this.limits.maxOps) throw new BudgetStop("operations");
    if (this.limits.now() > this.limits.deadline) throw new BudgetStop("time");
  }


  // ------------------------------------------------------------------ calls

  private compiledOf(name: string): Compiled {
    let c = this.compiled.get(name);
    if (!c) {
      const f = this.funcs.get(name);
      if (!f) throw new NotStatic(`a call of '${name}', which is not in the module`);
      c = new FuncCompiler(this, f, this.genFuncs.has(name), this.hostFuncs.has(name)).compile();
      this.compiled.set(name, c);
    }
    return c;
  }

  private frame(c: Compiled, args: readonly (number | Mem | Chan)[]): Frame {
    const fr: Frame = { it: new Array(c.nIt).fill(0), b: new Array(c.nBuf), p: new Array(c.nP), ret: undefined, got: [], gotI: 0, procs: undefined, g: -1 };
    c.params.forEach((p, i) => {
      if (p.buf) fr.b[p.slot] = args[i] as Mem | Chan;
      else fr.p[p.slot] = args[i] as number;
    });
    return fr;
  }

  /** Calls a non-streaming function (or a region host) to completion. */
  call(f: ir.Func, args: readonly (number | Mem | Chan)[]): (number | Mem)[] {
    const c = this.compiledOf(f.name);
    if (c.gen) {
      // A streaming function called from plain code: run it as the only process.
      let ret: (number | Mem)[] = [];
      const self = this;
      runProcesses([{ name: f.name, gen: (function* () { ret = yield* self.callGen(f.name, args); })() }], () => this.tick());
      return ret;
    }
    const fr = this.frame(c, args);
    for (const st of c.sync!) if (st(fr)) break;
    if (fr.procs) runProcesses(fr.procs, () => this.tick());
    return fr.ret ?? [];
  }

  /** Whether a region called from a region starts its processes among the caller's (process-kinds.ts `spawners`). */
  isSpawner(name: string): boolean { return this.spawnerFuncs.has(name); }

  /** Starts the processes of region `name` among `procs` (its caller's), as the simulator does. */
  spawn(name: string, args: readonly (number | Mem | Chan)[], procs: NonNullable<Frame["procs"]>): void {
    const c = this.compiledOf(name);
    const fr = this.frame(c, args);
    fr.procs = procs;
    for (const st of c.sync!) if (st(fr)) break;
  }

  *callGen(name: string, args: readonly (number | Mem | Chan)[]): Generator<Blocked | undefined, (number | Mem)[], unknown> {
    const c = this.compiledOf(name);
    if (!c.gen) return this.call(c.f, args);
    const fr = this.frame(c, args);
    for (const st of c.gens!) {
      const r = st(fr);
      if (typeof r === "boolean" ? r : yield* r) break;
    }
    return fr.ret ?? [];
  }

  /** The memory of a stateful buffer (one per run, initialized once). */
  statefulMem(b: ir.Buffer): Mem {
    let m = this.stateful.get(b.id);
    if (!m) { m = this.newMem(b); this.stateful.set(b.id, m); }
    return m;
  }

  newMem(b: ir.Buffer): Mem {
    const n = elementCount(b.type);
    const t = new Int32Array(n);
    const elem = b.type.elem;
    if (b.init?.kind === "data") {
      const vals = b.init.values;
      for (let k = 0; k < n; k++) t[k] = this.s.const(elem, normalizeConst(elem, vals[k] ?? 0));
    } else {
      t.fill(b.init?.kind === "fill" ? this.s.const(elem, normalizeConst(elem, b.init.value)) : this.zeroOf(elem));
    }
    return this.mem(t);
  }

  zeroOf(t: ScalarType): number {
    const ty = this.s.typeId(t);
    let z = this.zero.get(ty);
    if (z === undefined) { z = this.s.const(t, normalizeConst(t, 0)); this.zero.set(ty, z); }
    return z;
  }

  /** A fresh memory holding one value, or a copy of a memory's values. */
  newMemOf(v: number | Mem): Mem {
    return this.mem(typeof v === "number" ? Int32Array.of(v) : new Int32Array(v.t));
  }

  get store(): TermStore { return this.s; }
  get now(): () => number { return this.limits.now; }
  checkBudget(): void { this.tick(); }
  isGen(name: string): boolean { return this.genFuncs.has(name); }
  func(name: string): ir.Func | undefined { return this.funcs.get(name); }
}

/** A constant of the IR (number or bigint) in the simulator's representation of its type. */
function normalizeConst(t: ScalarType, v: number | bigint): Value {
  if (t.kind === "float") return C.evalCast(t, t, Number(v));
  return C.isBigType(t) ? BigInt(v) : Number(v);
}

// ---------------------------------------------------------------------------------------------- compiler

class FuncCompiler {
  private readonly itSlots = new Map<number, number>();
  private readonly bufSlots = new Map<number, number>();
  private readonly pSlots = new Map<number, number>();
  private readonly s: TermStore;

  constructor(private readonly x: SymbolicExecutor, private readonly f: ir.Func, private readonly gen: boolean, private readonly host: boolean) {
    this.s = x.store;
  }

  compile(): Compiled {
    const params = this.f.params.map((p) => (p.kind === "buffer" ? { buf: true, slot: this.buf(p) } : { buf: false, slot: this.param(p) }));
    const sync = this.gen ? undefined : this.f.body.map((st) => this.stmt(st));
    const gens = this.gen ? this.f.body.map((st) => this.genStmt(st)) : undefined;
    return { f: this.f, gen: this.gen, host: this.host, nIt: this.itSlots.size, nBuf: this.bufSlots.size, nP: this.pSlots.size, params, sync, gens };
  }

  private buf(b: ir.Buffer): number {
    let k = this.bufSlots.get(b.id);
    if (k === undefined) { k = this.bufSlots.size; this.bufSlots.set(b.id, k); }
    return k;
  }
  private param(p: ir.ScalarParam): number {
    let k = this.pSlots.get(p.id);
    if (k === undefined) { k = this.pSlots.size; this.pSlots.set(p.id, k); }
    return k;
  }
  private iter(v: ir.LoopVar): number {
    let k = this.itSlots.get(v.id);
    if (k === undefined) { k = this.itSlots.size; this.itSlots.set(v.id, k); }
    return k;
  }

  // ---------------------------------------------------------------- expressions

  /** Integer arithmetic over loop variables and literals only: evaluated on numbers, no terms. */
  private isStatic(e: ir.Expr): boolean {
    if (e.type.kind === "float" || e.type.kind === "fixed") return false;
    switch (e.kind) {
      case "const": case "iter": return true;
      case "binary": case "compare": case "unary": case "cast": case "select":
        return exprChildren(e).every((c) => this.isStatic(c));
      default: return false;
    }
  }

  private staticFn(e: ir.Expr): StaticFn {
    switch (e.kind) {
      case "const": { const v = normalizeConst(e.type, e.value); return () => v; }
      case "iter": { const k = this.iter(e.v); return (fr) => fr.it[k]!; }
      case "binary": {
        const a = this.staticFn(e.lhs), b = this.staticFn(e.rhs), op = e.op, t = e.type;
        if (t.kind === "index") {
          if (op === "add") return (fr) => ((a(fr) as number) + (b(fr) as number)) | 0;
          if (op === "sub") return (fr) => ((a(fr) as number) - (b(fr) as number)) | 0;
          if (op === "mul") return (fr) => Math.imul(a(fr) as number, b(fr) as number);
        }
        return (fr) => C.evalBinary(op, t, a(fr), b(fr));
      }
      case "compare": { const a = this.staticFn(e.lhs), b = this.staticFn(e.rhs), p = e.pred; return (fr) => C.evalCompare(p, a(fr), b(fr)); }
      case "unary": { const a = this.staticFn(e.x), op = e.op, t = e.type; return (fr) => C.evalUnary(op, t, a(fr)); }
      case "cast": { const a = this.staticFn(e.x), s = e.x.type, t = e.type; return (fr) => C.evalCast(s, t, a(fr)); }
      case "select": { const c = this.staticFn(e.cond), a = this.staticFn(e.a), b = this.staticFn(e.b); return (fr) => (Number(c(fr)) !== 0 ? a(fr) : b(fr)); }
      default: throw new Error(`not static: ${e.kind}`);
    }
  }

  /** `iv + c`, `iv - c`, `c + iv` or a constant `c` (k = -1) of index type: its loop slot and offset. */
  private iterPlusConst(e: ir.Expr): { k: number; c: number } | undefined {
    if (e.type.kind !== "index") return undefined;
    if (e.kind === "iter") return { k: this.iter(e.v), c: 0 };
    if (e.kind === "const") return typeof e.value === "number" && Number.isInteger(e.value) && Math.abs(e.value) < 2 ** 30 ? { k: -1, c: e.value } : undefined;
    if (e.kind === "binary" && (e.op === "add" || e.op === "sub")) {
      const a = this.iterPlusConst(e.lhs), b = this.iterPlusConst(e.rhs);
      if (!a || !b || (a.k >= 0 && b.k >= 0) || (e.op === "sub" && b.k >= 0)) return undefined;
      const c = e.op === "add" ? a.c + b.c : a.c - b.c;
      return Math.abs(c) < 2 ** 30 ? { k: a.k >= 0 ? a.k : b.k, c } : undefined;
    }
    return undefined;
  }

  /** A value that control flow or addressing needs concretely: a number, or NotStatic with `why`. */
  /** A loop's step, evaluated on entry; a step that is not positive stops the proof (the simulator reports it). */
  private loopStep(st: ir.For): (fr: Frame) => number {
    const step = st.step;
    if (typeof step === "number") return () => step;
    const f = this.concrete(step, "a loop step computed from input data", st.range);
    return (fr) => {
      const v = f(fr);
      if (v <= 0) throw new NotStatic(`a loop step of ${v} (range() needs a positive step)`, step.range ?? st.range);
      return v;
    };
  }

  private concrete(e: ir.Expr, why: string, at: SourceRange | undefined): (fr: Frame) => number {
    if (this.isStatic(e)) {
      const f = this.staticFn(e);
      return (fr) => Number(f(fr));
    }
    const f = this.sym(e);
    const s = this.s;
    const range = e.range ?? at;
    return (fr) => {
      const id = f(fr);
      if (!s.isConst(id)) throw new NotStatic(why, range);
      return Number(s.constValue(id));
    };
  }

  private sym(e: ir.Expr): SymFn {
    const s = this.s;
    if (this.isStatic(e)) {
      if (e.kind === "const") { const id = s.const(e.type, normalizeConst(e.type, e.value)); return () => id; }
      const f = this.staticFn(e), t = e.type;
      return (fr) => s.const(t, f(fr));
    }
    const t = e.type;
    switch (e.kind) {
      case "const": { const id = s.const(t, normalizeConst(t, e.value)); return () => id; }
      case "param": { const k = this.param(e.param); return (fr) => fr.p[k]!; }
      case "iter": { const k = this.iter(e.v); return (fr) => s.const(t, fr.it[k]!); }
      case "load": {
        const addr = this.address(e.buf, e.indices, e.range);
        const k = this.buf(e.buf);
        return (fr) => (fr.b[k] as Mem).t[addr(fr)]!;
      }
      case "binary": { const a = this.sym(e.lhs), b = this.sym(e.rhs), k = BIN_INDEX.get(e.op)!, ty = s.typeId(t); return (fr) => s.binaryK(k, ty, t, a(fr), b(fr)); }
      case "compare": { const a = this.sym(e.lhs), b = this.sym(e.rhs), p = e.pred; return (fr) => s.compare(p, a(fr), b(fr), BOOL); }
      case "unary": { const a = this.sym(e.x), op = e.op; return (fr) => s.unary(op, t, a(fr)); }
      case "cast": { const a = this.sym(e.x), ty = s.typeId(t); return (fr) => s.castK(ty, t, a(fr)); }
      case "select": { const c = this.sym(e.cond), a = this.sym(e.a), b = this.sym(e.b); return (fr) => s.select(t, c(fr), a(fr), b(fr)); }
      case "math": { const as = e.args.map((a) => this.sym(a)), fn = e.fn; return (fr) => s.math(fn, t, as.map((a) => a(fr))); }
      case "get-bit": { const a = this.sym(e.x), b = this.sym(e.bit); return (fr) => s.getBit(t, a(fr), b(fr)); }
      case "get-slice": { const a = this.sym(e.x), lo = this.sym(e.lo), hi = this.sym(e.hi); return (fr) => s.getSlice(t, a(fr), lo(fr), hi(fr)); }
      case "set-bit": { const a = this.sym(e.x), b = this.sym(e.bit), v = this.sym(e.value); return (fr) => s.setBit(t, a(fr), b(fr), v(fr)); }
      case "set-slice": { const a = this.sym(e.x), lo = this.sym(e.lo), hi = this.sym(e.hi), v = this.sym(e.value); return (fr) => s.setSlice(t, a(fr), lo(fr), hi(fr), v(fr)); }
      case "bitcast": { const a = this.sym(e.x); return (fr) => s.bitcast(t, a(fr)); }
      case "bit-reverse": { const a = this.sym(e.x); return (fr) => s.bitReverse(t, a(fr)); }
      case "stream-get":
        if (!this.gen) throw new NotStatic("a FIFO read outside a process", e.range);
        return (fr) => fr.got[fr.gotI++]!;
      case "call-value": {
        if (this.x.isGen(e.callee)) throw new NotStatic(`a call of the streaming function '${e.callee}' inside an expression`, e.range);
        const args = this.callArgs(e.args);
        const x = this.x, callee = e.callee;
        return (fr) => {
          const r = x.call(x.func(callee)!, args.map((a) => a(fr)));
          const v = r[0];
          if (v === undefined) throw new NotStatic(`'${callee}' returned no value`, e.range);
          return typeof v === "number" ? v : v.t[0]!;
        };
      }
    }
  }

  private callArgs(args: readonly ir.CallArg[]): ((fr: Frame) => number | Mem | Chan)[] {
    return args.map((a) => {
      if (a.kind === "buffer") { const k = this.buf(a); return (fr: Frame) => this.bufValue(fr, k, a); }
      return this.sym(a);
    });
  }

  private bufValue(fr: Frame, k: number, b: ir.Buffer): Mem | Chan {
    const v = fr.b[k];
    if (v === undefined) {
      if (b.storage === "stateful") return (fr.b[k] = this.x.statefulMem(b));
      throw new NotStatic(`'${b.name}' is used before it is defined`, b.range);
    }
    return v;
  }

  /** The flat element index of `buf[indices]`, bounds-checked per dimension. */
  private address(b: ir.Buffer, indices: readonly ir.Expr[], at: SourceRange | undefined): (fr: Frame) => number {
    const shape = b.type.shape;
    if (shape.length === 0) return () => 0;
    const range = at ?? b.range;
    const oob = (v: number, d: number): never => {
      throw new OutOfBoundsAccess(`index ${v} is out of bounds for dimension ${d + 1} of '${b.name}' (size ${shape[d]})`, range);
    };
    // The common case, every index a loop variable plus a constant, reads the loop counters directly
    // (no closure per index): this runs once per load and store executed.
    const simple = indices.map((e) => this.iterPlusConst(e));
    if (simple.every((x) => x !== undefined)) {
      const ks = Int32Array.from(simple.map((x) => x!.k)), cs = Int32Array.from(simple.map((x) => x!.c));
      const dims = Int32Array.from(shape);
      if (shape.length === 2 && ks[0]! >= 0 && ks[1]! >= 0) {
        const k0 = ks[0]!, c0 = cs[0]!, k1 = ks[1]!, c1 = cs[1]!, n0 = shape[0]!, n1 = shape[1]!;
        return (fr) => {
          const it = fr.it, a = it[k0]! + c0, c = it[k1]! + c1;
          if (a < 0 || a >= n0) oob(a, 0);
          if (c < 0 || c >= n1) oob(c, 1);
          return a * n1 + c;
        };
      }
      return (fr) => {
        const it = fr.it;
        let lin = 0;
        for (let d = 0; d < dims.length; d++) {
          const v = (ks[d]! < 0 ? 0 : it[ks[d]!]!) + cs[d]!;
          if (v < 0 || v >= dims[d]!) oob(v, d);
          lin = lin * dims[d]! + v;
        }
        return lin;
      };
    }
    const idx = indices.map((e) => this.concrete(e, `an index of '${b.name}' computed from input data`, range));
    if (shape.length === 1) {
      const i0 = idx[0]!, n0 = shape[0]!;
      return (fr) => { const v = i0(fr); if (v < 0 || v >= n0) oob(v, 0); return v; };
    }
    if (shape.length === 2) {
      const i0 = idx[0]!, i1 = idx[1]!, n0 = shape[0]!, n1 = shape[1]!;
      return (fr) => {
        const a = i0(fr), c = i1(fr);
        if (a < 0 || a >= n0) oob(a, 0);
        if (c < 0 || c >= n1) oob(c, 1);
        return a * n1 + c;
      };
    }
    return (fr) => {
      let lin = 0;
      for (let d = 0; d < shape.length; d++) {
        const v = idx[d]!(fr);
        if (v < 0 || v >= shape[d]!) oob(v, d);
        lin = lin * shape[d]! + v;
      }
      return lin;
    };
  }

  // ---------------------------------------------------------------- statements (plain)

  private block(ss: readonly ir.Stmt[]): SyncStmt {
    const body = ss.map((st) => this.stmt(st));
    if (body.length === 1) return body[0]!;
    return (fr) => {
      for (let k = 0; k < body.length; k++) if (body[k]!(fr)) return true;
      return false;
    };
  }

  private stmt(st: ir.Stmt): SyncStmt {
    const s = this.s, x = this.x;
    switch (st.kind) {
      case "for": {
        const lb = this.concrete(st.lb, "a loop bound computed from input data", st.range);
        const ub = this.concrete(st.ub, "a loop bound computed from input data", st.range);
        const k = this.iter(st.iv), step = this.loopStep(st);
        const body = this.block(st.body);
        return (fr) => {
          const hi = ub(fr), by = step(fr);
          for (let v = lb(fr); v < hi; v += by) {
            fr.it[k] = v;
            x.checkBudget();
            if (body(fr)) return true;
          }
          return false;
        };
      }
      case "while": {
        const cond = this.concrete(st.cond, "a while loop whose condition depends on input data", st.range);
        const body = this.block(st.body);
        return (fr) => {
          while (cond(fr) !== 0) {
            x.checkBudget();
            if (body(fr)) return true;
          }
          return false;
        };
      }
      case "if": {
        // A branch on input data runs both arms, each under its condition: their stores become selects
        // (if-conversion), so the result is exact for both outcomes.
        const cond = this.isStatic(st.cond) ? undefined : this.sym(st.cond);
        const fixed = this.isStatic(st.cond) ? this.staticFn(st.cond) : undefined;
        const a = this.block(st.then), b = this.block(st.else);
        const hasElse = st.else.length > 0;
        return (fr) => {
          if (fixed) return Number(fixed(fr)) !== 0 ? a(fr) : b(fr);
          const c = cond!(fr);
          if (s.isConst(c)) return Number(s.constValue(c)) !== 0 ? a(fr) : b(fr);
          const outer = fr.g;
          fr.g = outer < 0 ? c : s.binary("and", BOOL, outer, c);
          if (a(fr)) throw new NotStatic("a return inside a branch on input data", st.range);
          if (hasElse) {
            const nc = s.unary("not", BOOL, c);
            fr.g = outer < 0 ? nc : s.binary("and", BOOL, outer, nc);
            if (b(fr)) throw new NotStatic("a return inside a branch on input data", st.range);
          }
          fr.g = outer;
          return false;
        };
      }
      case "store": {
        const addr = this.address(st.buf, st.indices, st.range);
        const val = this.sym(st.value);
        const k = this.buf(st.buf);
        const si = x.storeRanges.length;
        x.storeRanges.push(st.range);
        const b = st.buf, elem = b.type.elem;
        return (fr) => {
          const a = addr(fr);
          const v = val(fr);
          const m = this.bufValue(fr, k, b) as Mem;
          m.t[a] = fr.g < 0 ? v : s.select(elem, fr.g, v, m.t[a]!);
          if (m.origin) m.origin[a] = si;
          return false;
        };
      }
      case "alloc": {
        const b = st.buf, k = this.buf(b);
        if (b.storage === "stateful") return (fr) => { fr.b[k] = x.statefulMem(b); return false; };
        if (b.storage === "stream") { const depth = Math.max(1, b.stream?.depth ?? 2); return (fr) => { fr.b[k] = new Chan(b.name, depth, b.range); return false; }; }
        return (fr) => { fr.b[k] = x.newMem(b); return false; };
      }
      case "call": {
        const args = this.callArgs(st.args);
        const results = st.results.map((r) => ({ k: this.buf(r), scalar: r.type.shape.length === 0 }));
        const callee = st.callee;
        if (this.host) {
          // In a region's top every call is a process (as the simulator runs it).
          if (x.isSpawner(callee)) return (fr) => { x.spawn(callee, args.map((a) => a(fr)), (fr.procs ??= [])); return false; };
          return (fr) => {
            const vals = args.map((a) => a(fr));
            (fr.procs ??= []).push({ name: callee, gen: x.callGen(callee, vals) });
            return false;
          };
        }
        return (fr) => {
          if (fr.g >= 0) throw new NotStatic(`a call of '${callee}' inside a branch on input data`, st.range);
          const r = x.call(x.func(callee)!, args.map((a) => a(fr)));
          this.bindResults(fr, results, r, st.range);
          return false;
        };
      }
      case "return": {
        const vals = st.values.map((v) => (v.kind === "buffer" ? this.returnedBuffer(v) : this.sym(v)));
        return (fr) => { fr.ret = vals.map((v) => v(fr)); return true; };
      }
      case "copy": {
        const d = this.buf(st.dst), sr = this.buf(st.src), de = st.dst.type.elem, dst = st.dst, src = st.src;
        return (fr) => {
          if (fr.g >= 0) throw new NotStatic("an array copy inside a branch on input data", st.range);
          const a = this.bufValue(fr, sr, src) as Mem, b = this.bufValue(fr, d, dst) as Mem;
          for (let i = 0; i < b.t.length; i++) b.t[i] = s.cast(de, a.t[i]!);
          return false;
        };
      }
      case "stream-put": case "stream-put-block": case "stream-get-block":
        throw new NotStatic("a FIFO operation outside a process", st.range);
    }
  }

  /** A returned buffer: 0-d buffers return their value (a copy), arrays their memory. */
  private returnedBuffer(b: ir.Buffer): (fr: Frame) => number | Mem {
    const k = this.buf(b);
    if (b.type.shape.length === 0) return (fr) => (this.bufValue(fr, k, b) as Mem).t[0]!;
    return (fr) => this.bufValue(fr, k, b) as Mem;
  }

  private bindResults(fr: Frame, results: readonly { k: number; scalar: boolean }[], r: readonly (number | Mem)[], at: SourceRange): void {
    results.forEach((res, i) => {
      const v = r[i];
      if (v === undefined) throw new NotStatic("a call that returned fewer values than it binds", at);
      if (typeof v === "number") fr.b[res.k] = this.x.newMemOf(v);
      else fr.b[res.k] = res.scalar ? this.x.newMemOf(v.t[0]!) : v;
    });
  }

  // ---------------------------------------------------------------- statements (processes)

  /** The FIFO reads of a statement's own expressions, in evaluation order. */
  private getsOf(st: ir.Stmt): ir.StreamGet[] {
    const out: ir.StreamGet[] = [];
    const visit = (e: ir.Expr): void => {
      if (e.kind === "stream-get") out.push(e);
      for (const c of exprChildren(e)) visit(c);
    };
    for (const e of stmtExprs(st)) visit(e);
    return out;
  }

  private genBlock(ss: readonly ir.Stmt[]): GenStmt {
    const body = ss.map((st) => this.genStmt(st));
    const n = body.length;
    if (n === 1) return body[0]!;
    /** The rest of the block after statement k blocked (g finishes it). */
    const rest = function* (fr: Frame, k: number, g: Gen): Gen {
      if (yield* g) return true;
      for (let j = k + 1; j < n; j++) {
        const r = body[j]!(fr);
        if (typeof r === "boolean" ? r : yield* r) return true;
      }
      return false;
    };
    return (fr) => {
      for (let k = 0; k < n; k++) {
        const r = body[k]!(fr);
        if (typeof r !== "boolean") return rest(fr, k, r);
        if (r) return true;
      }
      return false;
    };
  }

  private genStmt(st: ir.Stmt): GenStmt {
    const x = this.x;
    const gets = this.getsOf(st).map((g) => ({ k: this.buf(g.stream), range: g.range ?? st.range }));
    const G = gets.length;
    /** Reads the statement's FIFO operands while they have data: how many it got (G when all). */
    const fetchNow = (fr: Frame): number => {
      fr.got.length = 0;
      fr.gotI = 0;
      for (let j = 0; j < G; j++) {
        const ch = fr.b[gets[j]!.k] as Chan;
        if (ch.n === 0) return j;
        fr.got.push(ch.get() as number);
      }
      return G;
    };
    /** The FIFO operands from the j-th on, waiting for each. */
    const fetchRest = function* (fr: Frame, j: number): Generator<Blocked | undefined, void, unknown> {
      for (; j < G; j++) {
        const { k, range } = gets[j]!;
        const ch = fr.b[k] as Chan;
        while (ch.n === 0) yield { op: "get", chan: ch, range };
        fr.got.push(ch.get() as number);
      }
    };
    /** `then` after the statement's FIFO operands are in `fr.got`. */
    const withGets = (then: (fr: Frame) => boolean | Gen): GenStmt => {
      if (G === 0) return then;
      return (fr) => {
        const j = fetchNow(fr);
        if (j === G) return then(fr);
        return (function* () {
          yield* fetchRest(fr, j);
          const r = then(fr);
          return typeof r === "boolean" ? r : yield* r;
        })();
      };
    };
    switch (st.kind) {
      case "for": {
        if (G) throw new NotStatic("a loop bound read from a FIFO", st.range);
        const lb = this.concrete(st.lb, "a loop bound computed from input data", st.range);
        const ub = this.concrete(st.ub, "a loop bound computed from input data", st.range);
        const k = this.iter(st.iv), step = this.loopStep(st);
        const body = this.genBlock(st.body);
        /** The loop from iteration `v` on, after that iteration's body blocked (g finishes it). */
        const rest = function* (fr: Frame, v: number, hi: number, by: number, g: Gen): Gen {
          if (yield* g) return true;
          for (v += by; v < hi; v += by) {
            fr.it[k] = v;
            x.checkBudget();
            const r = body(fr);
            if (typeof r === "boolean" ? r : yield* r) return true;
          }
          return false;
        };
        return (fr) => {
          const hi = ub(fr), by = step(fr);
          for (let v = lb(fr); v < hi; v += by) {
            fr.it[k] = v;
            x.checkBudget();
            const r = body(fr);
            if (typeof r !== "boolean") return rest(fr, v, hi, by, r);
            if (r) return true;
          }
          return false;
        };
      }
      case "while": {
        if (G) throw new NotStatic("a while condition read from a FIFO", st.range);
        const cond = this.concrete(st.cond, "a while loop whose condition depends on input data", st.range);
        const body = this.genBlock(st.body);
        const rest = function* (fr: Frame, g: Gen): Gen {
          if (yield* g) return true;
          while (cond(fr) !== 0) {
            x.checkBudget();
            const r = body(fr);
            if (typeof r === "boolean" ? r : yield* r) return true;
          }
          return false;
        };
        return (fr) => {
          while (cond(fr) !== 0) {
            x.checkBudget();
            const r = body(fr);
            if (typeof r !== "boolean") return rest(fr, r);
            if (r) return true;
          }
          return false;
        };
      }
      case "if": {
        const cond = this.concrete(st.cond, "a branch on input data (if … with statements in it)", st.range);
        const a = this.genBlock(st.then), b = this.genBlock(st.else);
        return withGets((fr) => (cond(fr) !== 0 ? a(fr) : b(fr)));
      }
      case "stream-put": {
        const val = this.sym(st.value), k = this.buf(st.stream), range = st.range;
        const wait = function* (ch: Chan, v: number): Gen {
          while (ch.n >= ch.depth) yield { op: "put", chan: ch, range };
          ch.put(v);
          return false;
        };
        return withGets((fr) => {
          const v = val(fr);
          const ch = fr.b[k] as Chan;
          if (ch.n >= ch.depth) return wait(ch, v);
          ch.put(v);
          return false;
        });
      }
      case "stream-put-block": {
        const k = this.buf(st.stream), src = this.buf(st.src), range = st.range;
        return function* (fr) {
          const ch = fr.b[k] as Chan;
          while (ch.n >= ch.depth) yield { op: "put", chan: ch, range };
          ch.put({ t: new Int32Array((fr.b[src] as Mem).t) });
          return false;
        };
      }
      case "stream-get-block": {
        const k = this.buf(st.stream), dst = this.buf(st.dst), range = st.range;
        return function* (fr) {
          const ch = fr.b[k] as Chan;
          while (ch.n === 0) yield { op: "get", chan: ch, range };
          fr.b[dst] = x.newMemOf(ch.get() as Mem);
          return false;
        };
      }
      case "call": {
        if (this.x.isGen(st.callee)) {
          const args = this.callArgs(st.args);
          const results = st.results.map((r) => ({ k: this.buf(r), scalar: r.type.shape.length === 0 }));
          const callee = st.callee, range = st.range, self = this;
          return withGets((fr) => (function* () {
            const r = yield* x.callGen(callee, args.map((a) => a(fr)));
            self.bindResults(fr, results, r, range);
            return false;
          })());
        }
        break;
      }
      default: break;
    }
    return withGets(this.stmt(st));
  }
}

