/**
 * Shared IR helpers of the schedule primitives: identity-preserving rewriting (STYLE §7/§8), loop and
 * buffer addressing (reference §2.1), perfect-nest discovery and the resolved diagnostics they return.
 * @internal
 */
import type { Fix, SourceRange } from "../diagnostics";
import { internalAssert } from "../diagnostics";
import type { ArgSpan, PrimitiveRecord } from "../frontend/schedule-record";
import { didYouMean, didYouMeanText } from "../suggest";
import type { PyValue } from "../frontend/values";
import type * as ir from "../ir/nodes";
import { INDEX, isDynamic, typeToString } from "../types/types";

/** A user diagnostic of one schedule step (becomes an editor marker at `range`). */
export interface ScheduleDiagnostic {
  readonly code: string;
  readonly message: string;
  readonly range: SourceRange;
  readonly fix?: Fix;
}

/** Thrown by resolvers; caught by each primitive's `check` and by `applySchedule`. */
export class ScheduleError extends Error {
  constructor(readonly code: string, message: string, readonly range: SourceRange, readonly fix?: Fix) {
    super(message);
    this.name = "ScheduleError";
  }
  get diagnostic(): ScheduleDiagnostic {
    return { code: this.code, message: this.message, range: this.range, ...(this.fix ? { fix: this.fix } : {}) };
  }
}

export function fail(rec: Pick<PrimitiveRecord, "range">, message: string, code = "E-schedule"): never {
  throw new ScheduleError(code, message, rec.range);
}

/** Where argument value `v` of the record is written (found by identity), if the interpreter recorded it. */
export function spanOf(rec: PrimitiveRecord, v: PyValue | undefined): ArgSpan | undefined {
  if (v === undefined) return undefined;
  const i = rec.args.indexOf(v);
  if (i >= 0) return rec.argSpans?.[i];
  for (const [k, x] of rec.kwargs) if (x === v) return rec.kwargSpans?.get(k);
  return undefined;
}

/**
 * Fails at the argument `v` (not the whole call). When `wrong` — a name inside that argument — is close to
 * one of `known`, the message says "did you mean" and the diagnostic carries the replacement as a fix.
 */
export function failAtArg(rec: PrimitiveRecord, v: PyValue | undefined, message: string, wrong?: string, known: Iterable<string> = [], code = "E-schedule"): never {
  const span = spanOf(rec, v);
  const guess = wrong === undefined ? undefined : didYouMean(wrong, known);
  let range = span?.range ?? rec.range;
  let fix: Fix | undefined;
  if (span?.name && wrong !== undefined) {
    // The name sits at the end of the spelled text ("func:loop", `s.A`, `loops.S_i_0.j`).
    const at = { from: span.name.to - wrong.length, to: span.name.to };
    if (at.from >= span.name.from) {
      range = at;
      if (guess !== undefined) fix = { range: at, text: guess };
    }
  }
  throw new ScheduleError(code, `${message}${didYouMeanText(guess)}`, range, fix);
}

/**
 * Facts that live across steps but not in the IR: partition requests as written (dim=0 vs per-dim),
 * handle aliases returned by earlier steps, and the function that unqualified names refer to.
 */
export interface ScheduleContext {
  /** Function searched for plain loop names ("i") and sub-schedule tops in compose. */
  readonly defaultFunc: string;
  /** "f:A" → requested dims (0 = all) of every partition applied to it so far. */
  readonly partitions: Map<string, number[]>;
  /** Handle names the script invented (`buffer_at_3`) → "func:buffer" they denote. */
  readonly aliases: Map<string, string>;
  /** 1-based position of the record in its schedule (names the handle `buffer_at` returns). */
  readonly position: number;
  /** The top of the schedule whose records these are (names the handles the script returned). */
  readonly scheduleTop?: string;
  /** Function renaming while composing (`mm1` → `mm1_0`). */
  readonly rename?: (func: string) => string;
  /**
   * Composed records already replayed on a function the instances share (a kernel called with the
   * same template arguments by `systolic_FFN1` and `systolic_FFN2`), by the sub-schedule's top, the
   * record's position and text: each applies once.
   */
  readonly replayed?: Map<string, Set<string>>;
}

export function emptyContext(top: string): ScheduleContext {
  return { defaultFunc: top, partitions: new Map(), aliases: new Map(), position: 1, replayed: new Map() };
}

// ------------------------------------------------------------------ argument access

/** Positional argument `i` or keyword `name` of the record. */
export function arg(rec: PrimitiveRecord, i: number, name: string): PyValue | undefined {
  return rec.kwargs.get(name) ?? rec.args[i];
}

export function intArg(rec: PrimitiveRecord, i: number, names: readonly string[], dflt: number): number {
  let v: PyValue | undefined = rec.args[i];
  for (const n of names) v = rec.kwargs.get(n) ?? v;
  if (v === undefined || v.k === "none") return dflt;
  if (v.k === "int") return Number(v.v);
  if (v.k === "bool") return v.v ? 1 : 0;
  if (v.k === "builtin" && v.name.startsWith("allo.Partition.")) return ["Complete", "Block", "Cyclic"].indexOf(v.name.slice(15));
  return failAtArg(rec, v, `${rec.method}(): ${names[0]} must be an integer`);
}

export function boolArg(rec: PrimitiveRecord, i: number, name: string, dflt: boolean): boolean {
  const v = arg(rec, i, name);
  if (v === undefined || v.k === "none") return dflt;
  if (v.k === "bool") return v.v;
  if (v.k === "int") return v.v !== 0n;
  return failAtArg(rec, v, `${rec.method}(): ${name} must be True or False`);
}

// ------------------------------------------------------------------ ids

/** One more than every id used in the module, so new buffers and loop variables never collide. */
export function freshIds(m: ir.Module): () => number {
  let max = 0;
  const see = (id: number) => { if (id > max) max = id; };
  const stmts = (ss: readonly ir.Stmt[]) => {
    for (const s of ss) {
      switch (s.kind) {
        case "for": see(s.iv.id); stmts(s.body); break;
        case "if": stmts(s.then); stmts(s.else); break;
        case "while": stmts(s.body); break;
        case "alloc": see(s.buf.id); break;
        case "call": s.results.forEach((b) => see(b.id)); break;
        default: break;
      }
    }
  };
  for (const f of m.funcs) {
    f.params.forEach((p) => see(p.id));
    stmts(f.body);
  }
  let next = max + 1;
  return () => next++;
}

// ------------------------------------------------------------------ rewriting (identity-preserving)

type ExprFn = (e: ir.Expr) => ir.Expr | undefined;

/** Bottom-up expression rewrite; `fn` returns a replacement or undefined (keep). Unchanged trees keep identity. */
export function mapExpr(e: ir.Expr, fn: ExprFn, bufFn?: (b: ir.Buffer) => ir.Buffer): ir.Expr {
  // No named closure per call: under tsx (the CLI, the benches) esbuild's keepNames wraps every named
  // function expression in a defineProperty call, which was a tenth of expanding a 64×64 PE grid.
  let out: ir.Expr = e;
  switch (e.kind) {
    case "const": case "param": case "iter": break;
    case "load": {
      const buf = bufFn ? bufFn(e.buf) : e.buf;
      const idx = mapList(e.indices, (x) => mapExpr(x, fn, bufFn));
      if (buf !== e.buf || idx !== e.indices) out = { ...e, buf, indices: idx };
      break;
    }
    case "binary": case "compare": {
      const lhs = mapExpr(e.lhs, fn, bufFn), rhs = mapExpr(e.rhs, fn, bufFn);
      if (lhs !== e.lhs || rhs !== e.rhs) out = { ...e, lhs, rhs } as ir.Expr;
      break;
    }
    case "unary": case "cast": case "bitcast": case "bit-reverse": {
      const x = mapExpr(e.x, fn, bufFn);
      if (x !== e.x) out = { ...e, x } as ir.Expr;
      break;
    }
    case "select": {
      const cond = mapExpr(e.cond, fn, bufFn), a = mapExpr(e.a, fn, bufFn), b = mapExpr(e.b, fn, bufFn);
      if (cond !== e.cond || a !== e.a || b !== e.b) out = { ...e, cond, a, b };
      break;
    }
    case "math": {
      const args = mapList(e.args, (x) => mapExpr(x, fn, bufFn));
      if (args !== e.args) out = { ...e, args };
      break;
    }
    case "get-bit": {
      const x = mapExpr(e.x, fn, bufFn), bit = mapExpr(e.bit, fn, bufFn);
      if (x !== e.x || bit !== e.bit) out = { ...e, x, bit };
      break;
    }
    case "get-slice": {
      const x = mapExpr(e.x, fn, bufFn), lo = mapExpr(e.lo, fn, bufFn), hi = mapExpr(e.hi, fn, bufFn);
      if (x !== e.x || lo !== e.lo || hi !== e.hi) out = { ...e, x, lo, hi };
      break;
    }
    case "set-bit": {
      const x = mapExpr(e.x, fn, bufFn), bit = mapExpr(e.bit, fn, bufFn), value = mapExpr(e.value, fn, bufFn);
      if (x !== e.x || bit !== e.bit || value !== e.value) out = { ...e, x, bit, value };
      break;
    }
    case "set-slice": {
      const x = mapExpr(e.x, fn, bufFn), lo = mapExpr(e.lo, fn, bufFn), hi = mapExpr(e.hi, fn, bufFn), value = mapExpr(e.value, fn, bufFn);
      if (x !== e.x || lo !== e.lo || hi !== e.hi || value !== e.value) out = { ...e, x, lo, hi, value };
      break;
    }
    case "call-value": {
      const args = mapList(e.args, (a) => mapCallArg(a, fn, bufFn));
      if (args !== e.args) out = { ...e, args };
      break;
    }
    case "stream-get": {
      const stream = bufFn ? bufFn(e.stream) : e.stream;
      if (stream !== e.stream) out = { ...e, stream };
      break;
    }
    default: assertNever(e);
  }
  return fn(out) ?? out;
}

function mapCallArg(a: ir.CallArg, fn: ExprFn, bufFn?: (b: ir.Buffer) => ir.Buffer): ir.CallArg {
  if (a.kind === "buffer") return bufFn ? bufFn(a) : a;
  return mapExpr(a, fn, bufFn);
}

/** Maps a list; returns the same array when no element changed. */
export function mapList<T>(xs: readonly T[], fn: (x: T) => T): readonly T[] {
  let out: T[] | undefined;
  xs.forEach((x, i) => {
    const y = fn(x);
    if (y !== x && !out) out = xs.slice(0, i);
    if (out) out.push(y);
  });
  return out ?? xs;
}

/** Rewrites every expression (and optionally every buffer reference) inside statements. */
export function mapStmtsExprs(ss: readonly ir.Stmt[], fn: ExprFn, bufFn?: (b: ir.Buffer) => ir.Buffer): readonly ir.Stmt[] {
  // Plain calls, not named closures per call (see mapExpr).
  return mapList(ss, (s): ir.Stmt => {
    switch (s.kind) {
      case "for": {
        const lb = mapExpr(s.lb, fn, bufFn), ub = mapExpr(s.ub, fn, bufFn), step = typeof s.step === "number" ? s.step : mapExpr(s.step, fn, bufFn), body = mapStmtsExprs(s.body, fn, bufFn);
        return lb === s.lb && ub === s.ub && step === s.step && body === s.body ? s : { ...s, lb, ub, step, body };
      }
      case "if": {
        const cond = mapExpr(s.cond, fn, bufFn), then = mapStmtsExprs(s.then, fn, bufFn), els = mapStmtsExprs(s.else, fn, bufFn);
        return cond === s.cond && then === s.then && els === s.else ? s : { ...s, cond, then, else: els };
      }
      case "while": {
        const cond = mapExpr(s.cond, fn, bufFn), body = mapStmtsExprs(s.body, fn, bufFn);
        return cond === s.cond && body === s.body ? s : { ...s, cond, body };
      }
      case "store": {
        const buf = (bufFn ? bufFn(s.buf) : s.buf), indices = mapList(s.indices, (x) => mapExpr(x, fn, bufFn)), value = mapExpr(s.value, fn, bufFn);
        return buf === s.buf && indices === s.indices && value === s.value ? s : { ...s, buf, indices, value };
      }
      case "alloc": {
        const buf = (bufFn ? bufFn(s.buf) : s.buf);
        return buf === s.buf ? s : { ...s, buf };
      }
      case "call": {
        const args = mapList(s.args, (x) => mapCallArg(x, fn, bufFn)), results = (bufFn ? mapList(s.results, bufFn) : s.results);
        return args === s.args && results === s.results ? s : { ...s, args, results };
      }
      case "return": {
        const values = mapList(s.values, (x) => mapCallArg(x, fn, bufFn));
        return values === s.values ? s : { ...s, values };
      }
      case "copy": {
        const dst = (bufFn ? bufFn(s.dst) : s.dst), src = (bufFn ? bufFn(s.src) : s.src);
        return dst === s.dst && src === s.src ? s : { ...s, dst, src };
      }
      case "stream-put": {
        const stream = (bufFn ? bufFn(s.stream) : s.stream), value = mapExpr(s.value, fn, bufFn);
        return stream === s.stream && value === s.value ? s : { ...s, stream, value };
      }
      case "stream-put-block": {
        const stream = (bufFn ? bufFn(s.stream) : s.stream), src = (bufFn ? bufFn(s.src) : s.src);
        return stream === s.stream && src === s.src ? s : { ...s, stream, src };
      }
      case "stream-get-block": {
        const stream = (bufFn ? bufFn(s.stream) : s.stream), dst = (bufFn ? bufFn(s.dst) : s.dst);
        return stream === s.stream && dst === s.dst ? s : { ...s, stream, dst };
      }
      default: return assertNever(s);
    }
  });
}

/** Replaces the statement `target` (by identity) with `repl` anywhere below `ss`. */
export function replaceStmt(ss: readonly ir.Stmt[], target: ir.Stmt, repl: readonly ir.Stmt[]): readonly ir.Stmt[] {
  const idx = ss.indexOf(target);
  if (idx >= 0) return [...ss.slice(0, idx), ...repl, ...ss.slice(idx + 1)];
  return mapList(ss, (s): ir.Stmt => {
    switch (s.kind) {
      case "for": case "while": {
        const body = replaceStmt(s.body, target, repl);
        return body === s.body ? s : { ...s, body };
      }
      case "if": {
        const then = replaceStmt(s.then, target, repl), els = replaceStmt(s.else, target, repl);
        return then === s.then && els === s.else ? s : { ...s, then, else: els };
      }
      default: return s;
    }
  });
}

export function withFunc(m: ir.Module, f: ir.Func): ir.Module {
  return { ...m, funcs: m.funcs.map((g) => (g.name === f.name ? f : g)) };
}

/** Substitutes loop variables (by id) with expressions. */
export function substIvs(ss: readonly ir.Stmt[], map: ReadonlyMap<number, ir.Expr>): readonly ir.Stmt[] {
  return mapStmtsExprs(ss, (e) => (e.kind === "iter" ? map.get(e.v.id) : undefined));
}

export function assertNever(x: never): never {
  internalAssert(false, `unexpected node ${JSON.stringify(x)}`);
}

// ------------------------------------------------------------------ index arithmetic (kept affine for the printer)

export const ic = (n: number): ir.Expr => ({ kind: "const", type: INDEX, value: n });
export const iter = (v: ir.LoopVar): ir.Expr => ({ kind: "iter", type: INDEX, v });
function bin(op: ir.BinaryOp, a: ir.Expr, b: ir.Expr): ir.Expr {
  return { kind: "binary", op, type: INDEX, lhs: a, rhs: b };
}
const isC = (e: ir.Expr, n?: number): e is ir.ConstExpr => e.kind === "const" && (n === undefined || Number(e.value) === n);
export function add(a: ir.Expr, b: ir.Expr): ir.Expr {
  if (isC(a) && isC(b)) return ic(Number(a.value) + Number(b.value));
  if (isC(a, 0)) return b;
  if (isC(b, 0)) return a;
  return bin("add", a, b);
}
export function sub(a: ir.Expr, b: ir.Expr): ir.Expr {
  if (isC(a) && isC(b)) return ic(Number(a.value) - Number(b.value));
  if (isC(b, 0)) return a;
  return bin("sub", a, b);
}
export function mul(a: ir.Expr, k: number): ir.Expr {
  if (isC(a)) return ic(Number(a.value) * k);
  if (k === 1) return a;
  if (k === 0) return ic(0);
  return bin("mul", a, ic(k));
}
export function fdiv(a: ir.Expr, k: number): ir.Expr {
  if (isC(a)) return ic(Math.floor(Number(a.value) / k));
  return k === 1 ? a : bin("floordiv", a, ic(k));
}
/** `a mod k` for non-negative `a`, written as a - (a floordiv k)·k so it stays affine. */
export function mod(a: ir.Expr, k: number): ir.Expr {
  if (isC(a)) return ic(((Number(a.value) % k) + k) % k);
  if (k === 1) return ic(0);
  return sub(a, mul(fdiv(a, k), k));
}
export function min(a: ir.Expr, b: ir.Expr): ir.Expr {
  return bin("min", a, b);
}

/** A loop's constant step, or a diagnostic naming the primitive when the step is a run-time value. */
export function stepOrFail(l: ir.For, rec: PrimitiveRecord, prim: string): number {
  if (typeof l.step === "number") return l.step;
  if (l.step.kind === "const") return Number(l.step.value);
  // Allo's loop transformations work on affine loops, whose steps are constants.
  return fail(rec, `${prim}() needs a constant loop step; loop ${l.loopName} steps by a value known only at run time`);
}

export function constValue(e: ir.Expr): number | undefined {
  return e.kind === "const" && (e.type.kind === "index" || e.type.kind === "int") ? Number(e.value) : undefined;
}

/** Loop variables an expression mentions. */
export function ivsOf(e: ir.Expr, out = new Set<number>()): Set<number> {
  mapExpr(e, (x) => { if (x.kind === "iter") out.add(x.v.id); return undefined; });
  return out;
}

// ------------------------------------------------------------------ loops, bands, buffers

export interface LoopRef {
  readonly func: ir.Func;
  /** The outermost loop of the band that contains the loop. */
  readonly root: ir.For;
  readonly band: string;
  readonly loop: ir.For;
}

/** The outermost loops of a function (Allo's bands), in order, with their band names. */
export function bandsOf(f: ir.Func): { name: string; root: ir.For }[] {
  const out: { name: string; root: ir.For }[] = [];
  let unnamed = 0;
  const walk = (ss: readonly ir.Stmt[]) => {
    for (const s of ss) {
      if (s.kind === "for") out.push({ name: s.opName ?? `L_${unnamed++}`, root: s });
      else if (s.kind === "if") { walk(s.then); walk(s.else); }
      else if (s.kind === "while") walk(s.body);
    }
  };
  walk(f.body);
  return out;
}

/** Every loop below (and including) `root`, depth-first pre-order. */
export function loopsIn(root: ir.For): ir.For[] {
  const out: ir.For[] = [];
  const walk = (s: ir.Stmt) => {
    if (s.kind === "for") { out.push(s); s.body.forEach(walk); }
    else if (s.kind === "if") { s.then.forEach(walk); s.else.forEach(walk); }
    else if (s.kind === "while") s.body.forEach(walk);
  };
  walk(root);
  return out;
}

export function allLoopNames(f: ir.Func): string[] {
  return [...new Set(bandsOf(f).flatMap((b) => loopsIn(b.root).map((l) => l.loopName)))];
}

/** The maximal perfect nest starting at `root` (each loop's body is exactly the next loop). */
export function perfectNest(root: ir.For): ir.For[] {
  const out = [root];
  let cur = root;
  while (cur.body.length === 1 && cur.body[0]!.kind === "for") {
    cur = cur.body[0] as ir.For;
    out.push(cur);
  }
  return out;
}

/** `arg`: the argument that named the function ("func:loop"), where a misspelling is marked. */
export function findFuncOrFail(m: ir.Module, name: string, rec: PrimitiveRecord, arg?: PyValue): ir.Func {
  const f = m.funcs.find((x) => x.name === name);
  if (!f) {
    const message = `Function ${name} not found; functions: ${m.funcs.map((x) => x.name).join(", ")}`;
    const span = spanOf(rec, arg)?.name;
    // In "func:name" the function is the part before the colon: mark (and fix) just that.
    if (span && arg?.k === "str" && arg.v.startsWith(`${name}:`)) {
      const at = { from: span.from, to: span.from + name.length };
      const guess = didYouMean(name, m.funcs.map((x) => x.name));
      throw new ScheduleError("E-schedule", `${message}${didYouMeanText(guess)}`, at, guess === undefined ? undefined : { range: at, text: guess });
    }
    fail(rec, `${message}${didYouMeanText(didYouMean(name, m.funcs.map((x) => x.name)))}`);
  }
  return f;
}

function funcName(name: string, ctx: ScheduleContext): string {
  return ctx.rename ? ctx.rename(name) : name;
}

/** Resolves a loop argument (string, "func:loop", loop handle) to the loop in the current module. */
export function resolveLoop(m: ir.Module, v: PyValue | undefined, rec: PrimitiveRecord, ctx: ScheduleContext): LoopRef {
  if (v === undefined) fail(rec, `${rec.method}() needs a loop argument`);
  let fname = ctx.defaultFunc;
  let band: string | undefined;
  let name: string;
  if (v.k === "str") {
    const i = v.v.indexOf(":");
    if (i >= 0) { fname = funcName(v.v.slice(0, i), ctx); name = v.v.slice(i + 1); } else name = v.v;
  } else if (v.k === "loop-handle") {
    if (v.func) fname = funcName(v.func, ctx);
    if (v.path.length === 0) fail(rec, `${rec.method}(): a loop nest (get_loops()) is not a loop; pick one, e.g. loops.S_i_0.i`);
    if (v.path.length >= 2) { band = v.path[v.path.length - 2]; name = v.path[v.path.length - 1]!; } else name = v.path[0]!;
  } else {
    return failAtArg(rec, v, `${rec.method}(): expected a loop name or a loop handle, got ${v.k === "buffer-handle" ? `buffer ${v.name}` : v.k}`);
  }
  const f = findFuncOrFail(m, fname, rec, v);
  const bands = bandsOf(f);
  if (band !== undefined) {
    const b = bands.find((x) => x.name === band);
    if (b) {
      const loop = loopsIn(b.root).find((l) => l.loopName === name);
      if (!loop) failAtArg(rec, v, `Cannot find loop ${name} in band ${band} of function ${f.name}; it has loops: ${loopsIn(b.root).map((l) => l.loopName).join(", ")}`, name, loopsIn(b.root).map((l) => l.loopName));
      return { func: f, root: b.root, band: b.name, loop };
    }
    // A band handle whose name is the loop ("loops.S_i_0" then the band itself) falls through to a name search.
    if (bands.some((x) => x.name === name) && !bands.some((x) => loopsIn(x.root).some((l) => l.loopName === name))) {
      const b2 = bands.find((x) => x.name === name)!;
      return { func: f, root: b2.root, band: b2.name, loop: b2.root };
    }
    if (!bands.some((x) => loopsIn(x.root).some((l) => l.loopName === name))) {
      failAtArg(rec, v, `Cannot find band ${band} in function ${f.name}; bands: ${bands.map((x) => x.name).join(", ") || "none"}`);
    }
  }
  const hits = bands.filter((b) => loopsIn(b.root).some((l) => l.loopName === name));
  if (hits.length === 0) {
    const b2 = bands.find((x) => x.name === name);
    if (b2) return { func: f, root: b2.root, band: b2.name, loop: b2.root };
    const names = allLoopNames(f);
    failAtArg(rec, v, `Cannot find the band of loop ${name} in function ${f.name}; its loops are: ${names.join(", ") || "none"}`, name, [...names, ...bands.map((x) => x.name)]);
  }
  if (hits.length > 1) fail(rec, `Find multiple bands containing loop ${name} in function ${f.name} (${hits.map((h) => h.name).join(", ")}); write "${f.name}:${name}" via get_loops, e.g. s.get_loops()["${hits[0]!.name}"]["${name}"]`);
  const b = hits[0]!;
  return { func: f, root: b.root, band: b.name, loop: loopsIn(b.root).find((l) => l.loopName === name)! };
}

/** Buffers of a function by user name: params, allocs and call results, first occurrence wins. */
export function namedBuffers(f: ir.Func): Map<string, ir.Buffer> {
  const out = new Map<string, ir.Buffer>();
  const add1 = (b: ir.Buffer) => { if (!out.has(b.name)) out.set(b.name, b); };
  for (const p of f.params) if (p.kind === "buffer") add1(p);
  const walk = (ss: readonly ir.Stmt[]) => {
    for (const s of ss) {
      if (s.kind === "alloc") add1(s.buf);
      else if (s.kind === "call") s.results.forEach(add1);
      else if (s.kind === "for" || s.kind === "while") walk(s.body);
      else if (s.kind === "if") { walk(s.then); walk(s.else); }
    }
  };
  walk(f.body);
  return out;
}

export interface BufferRef { readonly func: ir.Func; readonly buf: ir.Buffer }

/** Resolves a buffer argument (`s.A`, "func:A", "A") to a buffer of the current module. */
export function resolveBuffer(m: ir.Module, v: PyValue | undefined, rec: PrimitiveRecord, ctx: ScheduleContext): BufferRef {
  if (v === undefined) fail(rec, `${rec.method}() needs a target buffer`);
  const given = v;
  let fname: string;
  let name: string;
  if (v.k === "buffer-handle") { fname = v.func; name = v.name; }
  else if (v.k === "str") {
    const i = v.v.indexOf(":");
    if (i >= 0) { fname = v.v.slice(0, i); name = v.v.slice(i + 1); } else { fname = ctx.defaultFunc; name = v.v; }
  } else return failAtArg(rec, v, `${rec.method}(): expected a buffer (s.A or "func:A"), got ${v.k === "loop-handle" ? `loop ${v.path.join(".")}` : v.k}`);
  const alias = ctx.aliases.get(`${fname}:${name}`);
  if (alias) [fname, name] = alias.split(":") as [string, string];
  else fname = funcName(fname, ctx);
  const f = findFuncOrFail(m, fname, rec, given);
  const bufs = namedBuffers(f);
  const buf = bufs.get(name);
  if (!buf) failAtArg(rec, given, `Target ${name} not found in function ${f.name}; its buffers are: ${[...bufs.keys()].join(", ") || "none"}`, name, bufs.keys());
  // Partitions, reuse buffers, FIFOs and layouts are sized by the array's shape.
  if (isDynamic(buf.type)) failAtArg(rec, given, `s.${rec.method}() needs an array of static shape; '${name}' is ${typeToString(buf.type)} (its size is known only when the kernel is called): give it a static shape, e.g. a template parameter [N] with allo.customize(${f.name}, instantiate=[...])`);
  return { func: f, buf };
}

/** Replaces every reference to buffer `old` (by id) in one function with `nu`. */
export function replaceBufferInFunc(f: ir.Func, old: ir.Buffer, nu: ir.Buffer): ir.Func {
  const bf = (b: ir.Buffer) => (b.id === old.id ? nu : b);
  const params = mapList(f.params, (p) => (p.kind === "buffer" ? bf(p) : p));
  const body = mapStmtsExprs(f.body, () => undefined, bf);
  return params === f.params && body === f.body ? f : { ...f, params, body };
}

/** Every loop of a function with the statement list that contains it (for structural queries). */
export function describeLoop(r: LoopRef): string {
  return `${r.func.name}:${r.band}.${r.loop.loopName}`;
}

/** Updates one loop (by identity) inside a function. */
export function updateLoop(m: ir.Module, f: ir.Func, loop: ir.For, repl: readonly ir.Stmt[]): ir.Module {
  const body = replaceStmt(f.body, loop, repl);
  internalAssert(body !== f.body, `loop ${loop.loopName} not found in ${f.name}`);
  return withFunc(m, { ...f, body });
}
