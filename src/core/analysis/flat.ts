/**
 * The flat scheduler: ASAP schedule of straight-line code, with every loop inside fully unrolled
 * (what HLS does inside a pipelined loop or an unrolled one). It gives the depth of one iteration and
 * records what the II analysis needs: memory accesses per bank, operators, loads and stores (with
 * their affine indices and times, for loop-carried dependences), FIFO operations and calls.
 *
 * Loads wait for earlier stores that may touch the same element; copies of an unrolled body that
 * accumulate into one register therefore chain, and independent copies overlap.
 */
import type { SourceRange } from "../diagnostics";
import type * as ir from "../ir/nodes";
import { exprChildren as children } from "../ir/nodes";
import type { Affine, Env, Ranges } from "./affine";
import { affineOf, constAffine, provablyDifferent, stepOf, tripCount } from "./affine";
import type { MemoryInfo } from "./memory";
import { bankOf } from "./memory";
import type { OpCost } from "./operators";
import { opCost } from "./operators";
import type { EstimateWhy } from "./types";
import { ESTIMATOR_LIMITS } from "../limits";
import { countWork } from "./work";

/** Copies of one unrolled loop scheduled one by one; beyond this the rest are extrapolated. */
export const MAX_COPIES = ESTIMATOR_LIMITS.copiesPerLoop;

export interface CalleeCost {
  readonly latency: number;
  readonly interval: number;
  readonly macs: number;
}

export interface FlatContext {
  readonly clockMHz: number;
  readonly memory: (b: ir.Buffer) => MemoryInfo;
  /** Latency and interval of a called function (undefined: unknown, counted as 1 cycle). */
  readonly callee: (name: string) => CalleeCost | undefined;
  readonly ranges: Ranges;
}

export interface LoadEvent {
  readonly buf: ir.Buffer;
  readonly idx: readonly (Affine | undefined)[];
  readonly start: number;
  /** The latest the load could issue and still feed its store in time (for recurrence chains). */
  effStart: number;
  /** No earlier store of this iteration definitely wrote the element it reads. */
  readonly exposed: boolean;
  readonly range?: SourceRange;
}

export interface WriteEvent {
  readonly buf: ir.Buffer;
  readonly idx: readonly (Affine | undefined)[];
  readonly end: number;
  readonly definite: boolean;
  readonly range: SourceRange;
  /** The operator chain from the load of the same buffer to this store (for the why). */
  readonly chain?: string;
}

export interface BufferAccess {
  readonly buf: ir.Buffer;
  readonly perBank: Map<string, number>;
  /** Accesses whose bank is only known at run time (count against every bank). */
  any: number;
  loads: number;
  stores: number;
}

export interface FlatResult {
  makespan: number;
  readonly accesses: Map<number, BufferAccess>;
  readonly ops: Map<string, { cost: OpCost; count: number }>;
  readonly loads: LoadEvent[];
  readonly writes: WriteEvent[];
  readonly streams: Map<number, { buf: ir.Buffer; gets: number; puts: number }>;
  readonly calls: { name: string; interval: number; range: SourceRange }[];
  /** Multiplications executed by one pass (a MAC each), callees included. */
  macs: number;
  readonly notes: EstimateWhy[];
  /** Loops fully unrolled here, with their trip counts (for the loop table). */
  readonly unrolled: Map<ir.For | ir.While, { trip: number; range: SourceRange }>;
  readonly index: WriteIndex;
}

export function emptyFlat(): FlatResult {
  return { makespan: 0, accesses: new Map(), ops: new Map(), loads: [], writes: [], streams: new Map(), calls: [], macs: 0, notes: [], unrolled: new Map(), index: new WriteIndex() };
}

function mayAlias(a: readonly (Affine | undefined)[], b: readonly (Affine | undefined)[]): boolean {
  for (let d = 0; d < a.length; d++) {
    const x = a[d];
    const y = b[d];
    if (x && y && provablyDifferent(x, y)) return false;
  }
  return true;
}


function sigOf(a: Affine): string {
  if (a.t.size === 0) return "";
  return [...a.t].sort((x, y) => x[0] - y[0]).map(([k, v]) => `${k}*${v}`).join("+");
}

interface WriteGroup {
  readonly dimSigs: readonly string[];
  readonly writes: WriteEvent[];
  latest?: WriteEvent;
  readonly definite: Set<string>;
  /** Lazily built: for a set of dimensions, the latest store per constant part on those dimensions. */
  sub?: Map<string, Map<string, WriteEvent>>;
}

/**
 * Stores of one pass grouped for fast "may this load read what an earlier store wrote" queries. Two
 * accesses are provably different only on a dimension where their indices have the same symbolic part
 * and different constants, so stores are grouped by their symbolic parts and, per query shape, indexed
 * by their constants on the dimensions that matter. Stores with non-affine indices are kept apart.
 */
export class WriteIndex {
  private readonly bufs = new Map<number, { wild: WriteEvent[]; groups: Map<string, WriteGroup> }>();

  add(w: WriteEvent): void {
    let b = this.bufs.get(w.buf.id);
    if (!b) this.bufs.set(w.buf.id, (b = { wild: [], groups: new Map() }));
    if (w.idx.some((x) => !x)) { b.wild.push(w); return; }
    const dimSigs = w.idx.map((x) => sigOf(x!));
    const sig = dimSigs.join("|");
    let g = b.groups.get(sig);
    if (!g) b.groups.set(sig, (g = { dimSigs, writes: [], definite: new Set() }));
    g.writes.push(w);
    // Keep the per-shape indexes current (rebuilding them per query would be quadratic).
    for (const [dk, m] of g.sub ?? []) {
      const k = dk.split(",").map((d) => w.idx[Number(d)]!.c).join(",");
      const e = m.get(k);
      if (!e || w.end > e.end) m.set(k, w);
    }
    if (!g.latest || w.end > g.latest.end) g.latest = w;
    if (w.definite) g.definite.add(w.idx.map((x) => x!.c).join(","));
  }

  /** The latest store that may write an element `idx` reads, and whether one definitely did. */
  latest(buf: ir.Buffer, idx: readonly (Affine | undefined)[]): { write?: WriteEvent; killed: boolean } {
    const b = this.bufs.get(buf.id);
    let write: WriteEvent | undefined;
    let killed = false;
    if (!b) return { killed };
    const better = (w: WriteEvent | undefined) => { if (w && (!write || w.end > write.end)) write = w; };
    for (const w of b.wild) if (mayAlias(w.idx, idx)) better(w);
    const qs = idx.map((x) => (x ? sigOf(x) : undefined));
    for (const g of b.groups.values()) {
      const dims: number[] = [];
      for (let d = 0; d < qs.length; d++) if (qs[d] !== undefined && qs[d] === g.dimSigs[d]) dims.push(d);
      if (dims.length === 0) {
        better(g.latest);
        if (qs.length === 0 && g.definite.has("")) killed = true; // a scalar stored earlier in this pass
        continue;
      }
      const dk = dims.join(",");
      g.sub ??= new Map();
      let m = g.sub.get(dk);
      if (!m) {
        g.sub.set(dk, (m = new Map()));
        for (const w of g.writes) {
          const k = dims.map((d) => w.idx[d]!.c).join(",");
          const e = m.get(k);
          if (!e || w.end > e.end) m.set(k, w);
        }
      }
      const key = dims.map((d) => idx[d]!.c).join(",");
      better(m.get(key));
      if (dims.length === qs.length && g.definite.has(key)) killed = true;
    }
    return { write, killed };
  }
}

class FlatScheduler {
  readonly r = emptyFlat();
  private readonly lastStream = new Map<number, number>();
  private inBranch = 0;
  private lastCallEnd = 0;
  /** Buffers declared in this pass: re-created every iteration, so they carry nothing across iterations. */
  private readonly declared = new Set<number>();
  /**
   * Copies of the innermost body walked per walk of the current one: the product of the copies walked by
   * the unrolls around it. Nested unrolls multiply (1,024 copies of 1,024 copies of ...), so each one
   * walks at most what the work limit leaves for it and extrapolates the rest.
   */
  private multiplicity: number;

  constructor(private readonly ctx: FlatContext, multiplicity = 1) {
    this.multiplicity = multiplicity;
  }

  private op(cost: OpCost, times = 1): void {
    if (cost.latency === 0 && cost.lut === 0 && cost.dsp === 0) return;
    const e = this.r.ops.get(cost.key);
    if (e) e.count += times;
    else this.r.ops.set(cost.key, { cost, count: times });
    if (cost.mul) this.r.macs += times;
  }

  private access(buf: ir.Buffer, idx: readonly (Affine | undefined)[], store: boolean): void {
    let a = this.r.accesses.get(buf.id);
    if (!a) this.r.accesses.set(buf.id, (a = { buf, perBank: new Map(), any: 0, loads: 0, stores: 0 }));
    const bank = bankOf(buf, idx);
    if (bank === undefined) a.any++;
    else a.perBank.set(bank, (a.perBank.get(bank) ?? 0) + 1);
    if (store) a.stores++;
    else a.loads++;
  }

  private indices(ix: readonly ir.Expr[], env: Env, at: number): { idx: (Affine | undefined)[]; ready: number } {
    let ready = at;
    // Affine address arithmetic folds into the memory access (HLS computes it with the address).
    const idx = ix.map((e) => {
      const a = affineOf(e, env);
      if (!a) ready = Math.max(ready, this.expr(e, env, at));
      return a;
    });
    return { idx, ready };
  }

  private streamOp(buf: ir.Buffer, at: number, put: boolean): number {
    let s = this.r.streams.get(buf.id);
    if (!s) this.r.streams.set(buf.id, (s = { buf, gets: 0, puts: 0 }));
    if (put) s.puts++;
    else s.gets++;
    const key = buf.id * 2 + (put ? 1 : 0);
    const start = Math.max(at, (this.lastStream.get(key) ?? -1) + 1);
    this.lastStream.set(key, start);
    return start + 1;
  }

  /** Schedules expression `e` whose operands are available from `at`; returns when its value is ready. */
  expr(e: ir.Expr, env: Env, at: number): number {
    switch (e.kind) {
      case "const": case "param": case "iter": return at;
      case "load": {
        const { idx, ready } = this.indices(e.indices, env, at);
        const q = this.r.index.latest(e.buf, idx);
        const start = Math.max(ready, q.write?.end ?? -Infinity);
        const exposed = !q.killed && !this.declared.has(e.buf.id);
        this.access(e.buf, idx, false);
        this.r.loads.push({ buf: e.buf, idx, start, effStart: start, exposed, range: e.range });
        return start + this.ctx.memory(e.buf).readLatency;
      }
      case "call-value": {
        let ready = at;
        for (const a of e.args) if (a.kind !== "buffer") ready = Math.max(ready, this.expr(a, env, at));
        return ready + this.call(e.callee, e.range, ready, e.args);
      }
      default: {
        const k = (e as { kind: string }).kind;
        if (k === "stream-get") return this.streamOp((e as unknown as { stream: ir.Buffer }).stream, at, false);
        let ready = at;
        for (const c of children(e)) ready = Math.max(ready, this.expr(c, env, at));
        const cost = opCost(e, this.ctx.clockMHz);
        this.op(cost);
        return ready + cost.latency;
      }
    }
  }

  /** Calls run one after another (outside dataflow); returns the cycles from `at` to the call's end. */
  private call(name: string, range: SourceRange | undefined, at = 0, args: readonly ir.CallArg[] = []): number {
    const c = this.ctx.callee(name);
    this.r.macs += c?.macs ?? 0;
    this.r.calls.push({ name, interval: c?.interval ?? 1, range: range ?? { from: 0, to: 0 } });
    let start = Math.max(at, this.lastCallEnd);
    // The callee sees its array arguments complete (e.g. after their initialization).
    for (const a of args) if (a.kind === "buffer") start = Math.max(start, this.r.index.latest(a, a.type.shape.map(() => undefined)).write?.end ?? 0);
    const end = start + Math.max(1, c?.latency ?? 1);
    this.lastCallEnd = end;
    // What the callee may have written is ready when it returns.
    for (const a of args) {
      if (a.kind === "buffer") this.r.index.add({ buf: a, idx: a.type.shape.map(() => undefined), end, definite: false, range: range ?? { from: 0, to: 0 } });
    }
    return end - at;
  }

  /** Schedules statements from `at`; returns when the last one completes. */
  stmts(ss: readonly ir.Stmt[], env: Env, at: number): number {
    let end = at;
    for (const s of ss) end = Math.max(end, this.stmt(s, env, at));
    return end;
  }

  stmt(s: ir.Stmt, env: Env, at: number): number {
    countWork();
    switch (s.kind) {
      case "store": {
        const { idx, ready } = this.indices(s.indices, env, at);
        const loadsBefore = this.r.loads.length;
        const v = this.expr(s.value, env, at);
        const mem = this.ctx.memory(s.buf);
        // RAW through memory: a store also waits for earlier stores to the same element (WAW order).
        let t = Math.max(ready, v);
        const end = t + mem.writeLatency;
        this.access(s.buf, idx, true);
        // A load of the same buffer that feeds this store: it could issue as late as the chain allows.
        const chain = chainFrom(s.value, s.buf, this.ctx.clockMHz);
        if (chain) {
          for (let i = loadsBefore; i < this.r.loads.length; i++) {
            const ld = this.r.loads[i]!;
            if (ld.buf.id === s.buf.id) ld.effStart = Math.max(ld.effStart, end - (mem.readLatency + chain.latency + mem.writeLatency));
          }
        }
        const w: WriteEvent = { buf: s.buf, idx, end, definite: this.inBranch === 0, range: s.range, chain: chain?.label };
        this.r.writes.push(w);
        this.r.index.add(w);
        t = end;
        return t;
      }
      case "if": {
        const c = this.expr(s.cond, env, at);
        this.inBranch++;
        const a = this.stmts(s.then, env, c);
        const b = this.stmts(s.else, env, c);
        this.inBranch--;
        return Math.max(a, b);
      }
      case "for": return this.unroll(s, env, at);
      case "while": {
        this.r.notes.push({ text: `while loop inside a pipelined or unrolled region: its trip count is unknown, one iteration counted`, range: s.range });
        const c = this.expr(s.cond, env, at);
        this.r.unrolled.set(s, { trip: 1, range: s.range });
        return this.stmts(s.body, env, c);
      }
      case "call": {
        let ready = at;
        for (const a of s.args) if (a.kind !== "buffer") ready = Math.max(ready, this.expr(a, env, at));
        return ready + this.call(s.callee, s.range, ready, [...s.args, ...s.results]);
      }
      case "return": {
        let end = at;
        for (const v of s.values) if (v.kind !== "buffer") end = Math.max(end, this.expr(v, env, at));
        return end;
      }
      case "copy": {
        const n = s.dst.type.shape.reduce((a, b) => a * b, 1);
        return at + n + 2;
      }
      case "alloc": {
        this.declared.add(s.buf.id);
        // An initialized local is filled before use: one write per bank per cycle.
        if (!s.buf.init || s.buf.type.shape.length === 0) return at;
        const mem = this.ctx.memory(s.buf);
        const n = s.buf.type.shape.reduce((a, b) => a * b, 1);
        const end = at + (mem.storage === "register" ? 1 : Math.ceil(n / Math.max(1, mem.banks)));
        this.r.index.add({ buf: s.buf, idx: s.buf.type.shape.map(() => undefined), end, definite: false, range: s.range });
        return end;
      }
      default: {
        const k = (s as { kind: string }).kind;
        if (k === "stream-put") {
          const sp = s as unknown as { stream: ir.Buffer; value: ir.Expr };
          return this.streamOp(sp.stream, this.expr(sp.value, env, at), true);
        }
        return at + 1; // an unknown statement kind: one cycle
      }
    }
  }

  private unroll(f: ir.For, env: Env, at: number): number {
    const trip = tripCount(f, env, this.ctx.ranges);
    const n = Math.max(0, Math.round(trip.max));
    if (!trip.exact) this.r.notes.push({ text: `loop ${f.loopName} is unrolled but its bounds are not constant here: ${n} copies assumed (its largest trip count)`, range: f.range });
    this.r.unrolled.set(f, { trip: n, range: f.range });
    const lb = affineOf(f.lb, env) ?? constAffine(0);
    const copies = Math.min(n, MAX_COPIES, Math.max(1, Math.floor(ESTIMATOR_LIMITS.copiesPerSchedule / this.multiplicity)));
    let end = at;
    const opsBefore = new Map([...this.r.ops].map(([k, v]) => [k, v.count]));
    const macsBefore = this.r.macs;
    const outer = this.multiplicity;
    this.multiplicity = outer * copies;
    const step = stepOf(f, env);
    for (let k = 0; k < copies; k++) {
      const inner = new Map(env);
      // With a run-time step the copies' values are unknown: the variable stays symbolic.
      if (step !== undefined) inner.set(f.iv.id, { c: lb.c + k * step, t: lb.t } satisfies Affine);
      end = Math.max(end, this.stmts(f.body, inner, at));
    }
    this.multiplicity = outer;
    if (copies < n) {
      // Extrapolate the copies not scheduled one by one.
      const ratio = n / copies;
      end = at + (end - at) * ratio;
      for (const [k, v] of this.r.ops) v.count = Math.round((opsBefore.get(k) ?? 0) + (v.count - (opsBefore.get(k) ?? 0)) * ratio);
      this.r.macs = macsBefore + (this.r.macs - macsBefore) * ratio;
      for (const a of this.r.accesses.values()) a.any = Math.round(a.any * ratio);
      // Once per loop, not once per copy of the loops around it.
      const text = `loop ${f.loopName}: ${n} unrolled copies; the first ${copies} are scheduled and the rest extrapolated`;
      if (!this.r.notes.some((x) => x.text === text && x.range === f.range)) this.r.notes.push({ text, range: f.range });
    }
    return end;
  }
}


/**
 * The operators between a load of `buf` inside `e` and `e`'s value: their total latency along the
 * slowest such path and a label ("float32 add"), or undefined when `e` does not read `buf`.
 */
export function chainFrom(e: ir.Expr, buf: ir.Buffer, clockMHz: number): { latency: number; label: string } | undefined {
  if (e.kind === "load") return e.buf.id === buf.id ? { latency: 0, label: "" } : undefined;
  let best: { latency: number; label: string } | undefined;
  for (const c of children(e)) {
    const r = chainFrom(c, buf, clockMHz);
    if (r && (!best || r.latency > best.latency)) best = r;
  }
  if (!best) return undefined;
  const cost = opCost(e, clockMHz);
  if (cost.latency === 0) return best;
  return { latency: best.latency + cost.latency, label: best.label ? `${best.label} + ${cost.label}` : `${cost.label} (${cost.latency} cycles)` };
}

/** ASAP-schedules `body` once (with every nested loop unrolled) under `env`. */
export function scheduleFlat(body: readonly ir.Stmt[], env: Env, ctx: FlatContext): FlatResult {
  const s = new FlatScheduler(ctx);
  s.r.makespan = s.stmts(body, env, 0);
  return s.r;
}

/**
 * ASAP-schedules one copy of `body` per value of loop variable `iv` (an unrolled loop), all from cycle 0.
 * `values` are the first copies of `total`; copies beyond them (at most MAX_COPIES are walked) are
 * extrapolated as in an unroll inside a flat schedule.
 */
export function scheduleCopies(body: readonly ir.Stmt[], env: Env, iv: ir.LoopVar, values: readonly Affine[], ctx: FlatContext, total = values.length, range?: SourceRange): FlatResult {
  const s = new FlatScheduler(ctx, Math.min(values.length, MAX_COPIES));
  let end = 0;
  for (const v of values.slice(0, MAX_COPIES)) {
    const inner = new Map(env);
    inner.set(iv.id, v);
    end = Math.max(end, s.stmts(body, inner, 0));
  }
  const walked = Math.min(values.length, MAX_COPIES);
  if (walked > 0 && walked < total) {
    const ratio = total / walked;
    end *= ratio;
    for (const v of s.r.ops.values()) v.count = Math.round(v.count * ratio);
    s.r.macs *= ratio;
    for (const a of s.r.accesses.values()) a.any = Math.round(a.any * ratio);
    if (range) s.r.notes.push({ text: `loop ${iv.name}: ${total} unrolled copies; the first ${walked} are scheduled and the rest extrapolated`, range });
  }
  s.r.makespan = end;
  return s.r;
}

/** Whether a statement list contains a loop (at any depth). */
export function hasLoop(ss: readonly ir.Stmt[]): boolean {
  return ss.some((s) => s.kind === "for" || s.kind === "while" || (s.kind === "if" && (hasLoop(s.then) || hasLoop(s.else))));
}
