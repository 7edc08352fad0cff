/**
 * The estimator (DESIGN §2): a static, explainable model of what Vitis HLS would report for a
 * scheduled design — per function and loop: trip count, achieved II, iteration latency and latency;
 * resources (DSP, BRAM18K, LUT, FF, URAM) and their share of a device.
 *
 * Composition rules:
 * - pipelined loop: (trip − 1)·II + depth; loops inside it are unrolled (HLS does so) and their
 *   operators replicated; operator units = ceil(instances / II);
 * - unrolled loop: its copies are scheduled together (independent copies overlap, accumulations
 *   chain, memory ports serialize); a factor-f unroll runs ceil(trip / f) such groups;
 * - other loops: trip · (latency of one iteration of the body);
 * - straight-line code: ASAP over the operators' latencies, memory ports serialize accesses;
 * - calls: the callee's latency; dataflow functions/loops: stages start when what they read is ready
 *   (after the producer for arrays whose elements may overlap; for FIFOs, a cycle after the producer's
 *   first put, and they end no sooner than a cycle after it: the timed simulator's rules, so the two
 *   agree); latency = last stage end, interval = the slowest stage;
 * - sequential code shares operator units (max over regions), parallel code adds them.
 */
import type * as ir from "../ir/nodes";
import { elementCount } from "../types/types";
import { buffersOf, exprChildren, findFunc, stmtExprs, walkStmts } from "../ir/nodes";
import type { Affine, Env, Ranges, SymbolRange } from "./affine";
import { affineOf, constAffine, COPY_SYMBOL_BASE, ivRange, stepOf, tripCount } from "./affine";
import { DEFAULT_CLOCK_MHZ, DEFAULT_ESTIMATE_DEVICE, findDevice } from "./devices";
import type { CalleeCost, FlatContext, FlatResult } from "./flat";
import { hasLoop, MAX_COPIES, scheduleCopies, scheduleFlat } from "./flat";
import type { MemoryInfo } from "./memory";
import { memoryInfo } from "./memory";
import type { OpCost } from "./operators";
import { CONTROL } from "./operators";
import { achievedII, portCycles } from "./pipeline";
import type { Estimate, EstimateSummary, EstimateWhy, FunctionEstimate, LoopEstimate, ResourceCounts, Throughput } from "./types";
import { formatCount } from "../numbers";
import { externalPorts, needsOnChipCopy, writtenParams } from "../arch/plan";
import type { GridPlan, GridView, RealPe } from "./grid-plan";
import { compactGridPlan } from "./grid-plan";
import { countWork } from "./work";
import { expandGrids, hasCompactGrids } from "../schedule/grid";
import { mapExpr } from "../schedule/ir-util";
import { processKinds } from "../sim/process-kinds";
import { marksKernelStreams } from "../schedule/grid-stream-out";

export interface EstimateOptions {
  /** u280 (default), u250, u200, u55c. */
  readonly device?: string;
  /** Target clock (default 300 MHz); multi-cycle operators scale with it. */
  readonly clockMHz?: number;
}

type OpUse = Map<string, { cost: OpCost; units: number }>;

const ZERO: ResourceCounts = { dsp: 0, bram18k: 0, lut: 0, ff: 0, uram: 0 };

export function addResources(a: ResourceCounts, b: ResourceCounts, k = 1): ResourceCounts {
  return { dsp: a.dsp + k * b.dsp, bram18k: a.bram18k + k * b.bram18k, lut: a.lut + k * b.lut, ff: a.ff + k * b.ff, uram: a.uram + k * b.uram };
}

function opResources(ops: OpUse): ResourceCounts {
  let r = ZERO;
  for (const { cost, units } of ops.values()) r = addResources(r, { dsp: cost.dsp, bram18k: 0, lut: cost.lut, ff: cost.ff, uram: 0 }, units);
  return r;
}

/** Sequential regions share units: per operator kind, the most any region needs. */
function shareInto(into: OpUse, from: OpUse): void {
  for (const [k, v] of from) {
    const e = into.get(k);
    if (!e) into.set(k, { ...v });
    else e.units = Math.max(e.units, v.units);
  }
}

/** Parallel regions (dataflow stages) each need their own units. */
function addInto(into: OpUse, from: OpUse): void {
  for (const [k, v] of from) {
    const e = into.get(k);
    if (!e) into.set(k, { ...v });
    else e.units += v.units;
  }
}

function flatOps(flat: FlatResult, ii = 1): OpUse {
  const ops: OpUse = new Map();
  for (const [k, v] of flat.ops) ops.set(k, { cost: v.cost, units: Math.ceil(v.count / ii) });
  return ops;
}

interface BlockResult {
  latency: number;
  readonly ops: OpUse;
  readonly loops: LoopEstimate[];
  macs: number;
  /** Loops in this block (any depth) for control overhead. */
  loopCount: number;
  /** Called functions, per call site. */
  readonly calls: string[];
  /** Latency of the loops directly in this block (they advance the simulator's clock themselves). */
  loopLatency: number;
  /** Latency of the straight-line code before its first loop. */
  lead: number;
  readonly notes: EstimateWhy[];
}

function emptyBlock(): BlockResult {
  return { latency: 0, ops: new Map(), loops: [], macs: 0, loopCount: 0, calls: [], loopLatency: 0, lead: 0, notes: [] };
}

interface FuncResult {
  readonly func: ir.Func;
  readonly latency: number;
  readonly interval: number;
  /** Cycles until its first FIFO output can be taken: the code before its first loop, plus one. */
  readonly fill: number;
  readonly macs: number;
  readonly ownResources: ResourceCounts;
  readonly resources: ResourceCounts;
  /** Multiplier units instantiated (own and callees'), for % of peak. */
  readonly mulUnits: number;
  readonly dspPerMac: number;
  readonly loops: readonly LoopEstimate[];
  readonly calls: readonly string[];
  readonly why: readonly EstimateWhy[];
  readonly latencyUnknown: boolean;
  /** Cycles of the top's on-chip copies (included in `latency`). */
  readonly copyCycles: number;
}

/**
 * Buffers a function (and what it calls) reads and writes, by parameter index, with the elements
 * touched where every index is a constant (as in an unfolded PE), else null (any element).
 */
interface ParamUse { readonly reads: Set<number>; readonly writes: Set<number>; readonly readElems: ElemSets; readonly writeElems: ElemSets }

/** Elements touched per buffer (or parameter index): constant index tuples, or null for "any". */
type ElemSets = Map<number, Set<string> | null>;

function touch(sets: ElemSets, key: number, elems: Set<string> | null): void {
  const cur = sets.get(key);
  if (cur === null) return;
  if (elems === null) { sets.set(key, null); return; }
  if (!cur) { sets.set(key, new Set(elems)); return; }
  for (const e of elems) cur.add(e);
}

/** Whether two element sets may overlap (null = any element). */
function mayOverlap(a: Set<string> | null | undefined, b: Set<string> | null | undefined): boolean {
  if (!a || !b) return true;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Per-module analysis state: memoized function results and loop cycles. */
export class ModuleAnalysis {
  private readonly funcs = new Map<string, FuncResult>();
  private readonly inProgress = new Set<string>();
  private readonly memo = new WeakMap<ir.Buffer, MemoryInfo>();
  private readonly external = new Set<number>();
  private readonly paramUses = new Map<string, ParamUse>();
  /** Clock advance per iteration of each loop (simulator's timed mode). */
  readonly loopCycles = new Map<ir.For | ir.While, number>();
  /**
   * Clock advance once a statement is done (timed mode): a pipelined loop's drain (depth − II), and,
   * in a function's own body, each run of straight-line code (keyed by its last statement).
   */
  readonly afterCycles = new Map<ir.Stmt, number>();
  /** Latency of each loop as estimated (for when a stage's first FIFO output appears). */
  private readonly loopLatencies = new Map<ir.Stmt, number>();

  /** Synthetic ids of the real grids' FIFO channels (negative: no buffer of the module has one). */
  private readonly channelIds = new Map<string, number>();

  /**
   * `plan`: `module` is a module's compact grids shrunk to one PE per instance class and expanded
   * (grid-plan.ts); the real PEs are composed here from their classes' results.
   */
  constructor(readonly module: ir.Module, readonly clockMHz: number, readonly plan?: GridPlan) {
    // Partitioned top-level arrays are on-chip copies (arch/plan.ts), the others memory ports.
    for (const id of externalPorts(module)) this.external.add(id);
  }

  /** A function by name; a real PE of a planned grid is its class's function. */
  private lookup(name: string): ir.Func | undefined {
    return findFunc(this.module, this.plan?.realToRep.get(name) ?? name);
  }

  /** The grid whose shrunk PE calls `s` is one of, when `s` stands for (or is covered by) its real PEs. */
  private gridOf(s: ir.Stmt): GridView | undefined {
    return s.kind === "call" ? this.plan?.byRepCall.get(s) : undefined;
  }

  /** Whether `g`'s caller runs its PEs one after another (no dataflow): then its first PE call stands for all. */
  private sequentialGrid(g: GridView): boolean {
    return !findFunc(this.module, g.owner)?.attrs.dataflow;
  }

  /** The real PEs of a sequential grid run back to back: their latencies and MACs add up. */
  private gridCost(g: GridView): CalleeCost {
    let latency = 0, macs = 0;
    for (const pe of g.pes) {
      const r = this.func(this.lookup(pe.name)!);
      latency += Math.max(1, r.latency);
      macs += r.macs;
    }
    return { latency, interval: this.func(this.lookup(g.firstRep.callee)!).interval, macs };
  }

  readonly memory = (b: ir.Buffer): MemoryInfo => {
    let m = this.memo.get(b);
    if (!m) this.memo.set(b, (m = memoryInfo(b, this.external.has(b.id))));
    return m;
  };

  private readonly callee = (name: string): CalleeCost | undefined => {
    const g = this.plan?.byRepName.get(name);
    if (g && g.firstRep.callee === name && this.sequentialGrid(g)) return this.gridCost(g);
    const f = findFunc(this.module, name);
    if (!f || this.inProgress.has(name)) return undefined;
    const r = this.func(f);
    return { latency: r.latency, interval: r.interval, macs: r.macs };
  };

  /**
   * Cycles from the start of `ss` until its first FIFO put (the whole of `ss` when it has none): the
   * loops and straight-line code before it, and the first iteration of the loops around it, as the
   * timed simulator's clock advances.
   */
  private firstPut(ss: readonly ir.Stmt[]): number {
    let t = 0;
    for (const s of ss) {
      if (putsInto(s)) {
        if (s.kind === "for" || s.kind === "while") return t + this.firstPut(s.body);
        if (s.kind === "if") return t + Math.min(this.firstPut(s.then), this.firstPut(s.else));
        return t;
      }
      if (s.kind === "for" || s.kind === "while") t += this.loopLatencies.get(s) ?? 0;
      else t += this.afterCycles.get(s) ?? 0;
    }
    return t;
  }

  /**
   * Cycles from the last FIFO access `touches` picks in `ss` to the end of `ss`: the statements after
   * it, and for a loop around it the last iteration's advance and the loop's drain (the timed
   * simulator's clock moves at the end of each iteration and of each run of straight-line code).
   */
  private tail(ss: readonly ir.Stmt[], touches: (s: ir.Stmt) => boolean): number {
    let t = 0;
    for (let i = ss.length - 1; i >= 0; i--) {
      const s = ss[i]!;
      if (touches(s)) {
        if (s.kind === "for" || s.kind === "while") return t + this.tail(s.body, touches) + (this.loopCycles.get(s) ?? 0) + (this.afterCycles.get(s) ?? 0);
        if (s.kind === "if") return t + Math.max(this.tail(s.then, touches), this.tail(s.else, touches));
        return t + (this.afterCycles.get(s) ?? 0);
      }
      if (s.kind === "for" || s.kind === "while") t += this.loopLatencies.get(s) ?? 0;
      else t += this.afterCycles.get(s) ?? 0;
    }
    return t;
  }

  /** `tail` of a dataflow stage for its puts into (or gets from) the channels `ids` of the caller, through a call's parameters. */
  private streamTail(s: ir.Stmt, ids: readonly number[], op: "put" | "get"): number {
    const callee = s.kind === "call" ? findFunc(this.module, s.callee) : undefined;
    let body: readonly ir.Stmt[] = [s];
    let want = new Set(ids);
    if (s.kind === "call" && callee) {
      let params = this.argParams.get(s);
      if (!params) {
        params = new Map();
        s.args.forEach((a, i) => { if (a.kind === "buffer" && callee.params[i]) { const l = params!.get(a.id); if (l) l.push(callee.params[i]!.id); else params!.set(a.id, [callee.params[i]!.id]); } });
        this.argParams.set(s, params);
      }
      want = new Set(ids.flatMap((id) => params!.get(id) ?? []));
      body = callee.body;
    }
    const lat = s.kind === "call" && callee ? this.func(callee).latency : Infinity;
    // One channel (a drainer's from each PE, a PE's from its neighbour): its tail from the callee's
    // tails of all its channels, found in one walk (a drainer of 4,096 channels is asked 4,096 times).
    if (want.size === 1 && s.kind === "call" && callee) {
      const [c] = want;
      const got = this.channelTails(body, op).get(c!);
      return Math.min(lat, got ?? this.tail(body, () => false));
    }
    return Math.min(lat, this.tail(body, (x) => usesStreams(x, want, op)));
  }

  /** Per call: the callee's parameters each buffer argument is passed as (a drainer takes 4,096). */
  private readonly argParams = new WeakMap<ir.CallStmt, Map<number, number[]>>();
  private readonly tailMemo = { put: new WeakMap<readonly ir.Stmt[], Map<number, number>>(), get: new WeakMap<readonly ir.Stmt[], Map<number, number>>() };

  /** `tail(ss, usesStreams(·, {c}, op))` for every channel `c` that `ss` puts into (or gets from). */
  private channelTails(ss: readonly ir.Stmt[], op: "put" | "get"): Map<number, number> {
    const done = this.tailMemo[op].get(ss);
    if (done) return done;
    const out = new Map<number, number>();
    let t = 0;
    for (let i = ss.length - 1; i >= 0; i--) {
      const s = ss[i]!;
      if (s.kind === "for" || s.kind === "while") {
        const extra = (this.loopCycles.get(s) ?? 0) + (this.afterCycles.get(s) ?? 0);
        for (const [c, v] of this.channelTails(s.body, op)) if (!out.has(c)) out.set(c, t + v + extra);
        t += this.loopLatencies.get(s) ?? 0;
      } else if (s.kind === "if") {
        const a = this.channelTails(s.then, op), b = this.channelTails(s.else, op);
        for (const c of [...a.keys(), ...b.keys()]) {
          if (!out.has(c)) out.set(c, t + Math.max(a.get(c) ?? this.tail(s.then, () => false), b.get(c) ?? this.tail(s.else, () => false)));
        }
        t += this.afterCycles.get(s) ?? 0;
      } else {
        for (const c of streamsOf(s, op)) if (!out.has(c)) out.set(c, t + (this.afterCycles.get(s) ?? 0));
        t += this.afterCycles.get(s) ?? 0;
      }
    }
    this.tailMemo[op].set(ss, out);
    return out;
  }

  /** Whether a called function's latency assumes an unknown trip count. */
  private calleeUnknown(name: string): boolean {
    const f = this.lookup(name);
    return !!f && !this.inProgress.has(f.name) && this.func(f).latencyUnknown;
  }

  private ctx(ranges: Ranges): FlatContext {
    return { clockMHz: this.clockMHz, memory: this.memory, callee: this.callee, ranges };
  }

  func(f: ir.Func): FuncResult {
    const done = this.funcs.get(f.name);
    if (done) return done;
    countWork();
    this.inProgress.add(f.name);
    const why: EstimateWhy[] = [];
    let block: BlockResult;
    let interval: number;
    if (f.attrs.dataflow) {
      const df = this.dataflow(f.body, new Map(), new Map(), f.name);
      block = df.block;
      interval = df.interval;
      why.push(...df.why);
    } else {
      block = this.block(f.body, new Map(), new Map(), f.name, true);
      interval = block.latency;
    }
    // The top's on-chip copies are loaded from their ports before it runs and stored back after.
    let copyCycles = 0;
    if (f.name === this.module.top) {
      const written = writtenParams(this.module, f);
      f.params.forEach((p, i) => {
        if (p.kind !== "buffer" || !needsOnChipCopy(p)) return;
        const n = elementCount(p.type) + 2;
        const cycles = written.has(i) ? 2 * n : n;
        copyCycles += cycles;
        why.push({ text: `on-chip copy of ${p.name} (partitioned, so not an m_axi port): ${fmt(cycles)} cycles to load it${written.has(i) ? " and store it back" : ""}, one element per cycle`, range: p.range });
      });
    }
    const latency = Math.max(1, Math.ceil(block.latency + copyCycles));
    // Memories: local arrays and call results (arguments belong to the caller or are ports).
    let mem = ZERO;
    const params = new Set(f.params.map((p) => p.id));
    const isTop = f.name === this.module.top;
    const grids = this.plan?.grids.filter((g) => g.owner === f.name) ?? [];
    for (const b of buffersOf(f)) {
      if (params.has(b.id) && !isTop) continue;
      // The shrunk grids' channels are counted below as many times as the real grids have them.
      if (grids.some((g) => g.channels.has(b.id))) continue;
      const m = this.memory(b);
      mem = addResources(mem, { dsp: 0, bram18k: m.bram18k, lut: m.lut, ff: m.ff, uram: m.uram });
    }
    for (const g of grids) {
      for (const r of g.relays) {
        const m = this.memory(r.sample);
        for (let k = 0; k < r.count; k++) mem = addResources(mem, { dsp: 0, bram18k: m.bram18k, lut: m.lut, ff: m.ff, uram: m.uram });
      }
    }
    const control: ResourceCounts = { dsp: 0, bram18k: 0, lut: CONTROL.func.lut + CONTROL.loop.lut * block.loopCount, ff: CONTROL.func.ff + CONTROL.loop.ff * block.loopCount, uram: 0 };
    const own = addResources(addResources(opResources(block.ops), mem), control);
    // Sequential functions share one instance per callee; dataflow functions instantiate every call.
    const instances = f.attrs.dataflow ? block.calls : [...new Set(block.calls)];
    let total = own;
    let mulUnits = [...block.ops.values()].filter((o) => o.cost.mul).reduce((a, o) => a + o.units, 0);
    let dspPerMac = macDsps(block.ops);
    for (const c of instances) {
      const cf = this.lookup(c);
      if (!cf || this.inProgress.has(cf.name)) continue;
      const r = this.func(cf);
      total = addResources(total, r.resources);
      mulUnits += r.mulUnits;
      dspPerMac = Math.max(dspPerMac, r.dspPerMac);
    }
    // Its first FIFO output can be taken a cycle after it is put (timed mode's rule).
    const fill = Math.min(latency, this.firstPut(f.body) + 1);
    if (!f.attrs.dataflow) why.push({ text: `latency ${fmt(latency)}: ${block.loops.length ? "its loops and statements run one after another" : block.calls.length ? "its calls run one after another" : "straight-line code"}`, range: f.range });
    why.push(...block.notes);
    const r: FuncResult = {
      func: f, latency, interval: Math.max(1, Math.ceil(interval)), fill, macs: block.macs, ownResources: roundRes(own), resources: roundRes(total),
      mulUnits, dspPerMac, loops: block.loops, calls: block.calls, why,
      latencyUnknown: block.loops.some((l) => l.latencyUnknown) || block.calls.some((c) => this.calleeUnknown(c)), copyCycles,
    };
    this.inProgress.delete(f.name);
    this.funcs.set(f.name, r);
    return r;
  }

  /** Sequential code: straight-line segments scheduled ASAP, loops one after another. */
  private block(ss: readonly ir.Stmt[], env: Env, ranges: Ranges, fname: string, funcBody = false): BlockResult {
    const out = emptyBlock();
    let segment: ir.Stmt[] = [];
    const flush = () => {
      if (segment.length === 0) return;
      const flat = scheduleFlat(segment, env, this.ctx(ranges));
      const pc = portCycles(flat, this.memory);
      const cycles = flat.makespan + (pc.cycles - 1);
      // Inside loops this time is part of the iteration's cost; in the function's body it is its own.
      if (funcBody && !hasLoop(segment)) this.afterCycles.set(segment[segment.length - 1]!, cycles);
      if (out.loops.length === 0) out.lead += cycles;
      out.latency += cycles;
      shareInto(out.ops, flatOps(flat));
      out.macs += flat.macs;
      for (const c of flat.calls) {
        const g = this.plan?.byRepName.get(c.name);
        if (g && g.firstRep.callee === c.name && this.sequentialGrid(g)) out.calls.push(...g.pes.map((pe) => pe.name));
        else out.calls.push(c.name);
      }
      out.notes.push(...flat.notes);
      segment = [];
    };
    for (const s of ss) {
      const grid = this.gridOf(s);
      if (grid && s !== grid.firstRep && this.sequentialGrid(grid)) continue;
      if (s.kind === "for") {
        flush();
        const l = this.loop(s, env, ranges, fname);
        this.loopLatencies.set(s, l.loop.latency);
        out.latency += l.loop.latency;
        out.loopLatency += l.loop.latency;
        shareInto(out.ops, l.ops);
        const unknown = l.loop.tripUnknown || l.loop.loops.some((x) => x.latencyUnknown) || l.calls.some((c) => this.calleeUnknown(c));
        out.loops.push(unknown ? { ...l.loop, latencyUnknown: true } : l.loop);
        out.macs += l.macs;
        out.loopCount += l.loopCount;
        out.calls.push(...l.calls);
        out.notes.push(...l.notes);
      } else if (s.kind === "while") {
        flush();
        const body = this.block(s.body, env, ranges, fname);
        const lat = Math.max(1, body.latency);
        this.loopLatencies.set(s, lat);
        this.loopCycles.set(s, Math.max(0, lat - body.loopLatency));
        out.latency += lat;
        out.loopLatency += lat;
        shareInto(out.ops, body.ops);
        out.loops.push({
          name: "while", func: fname, range: s.range, tripCount: 1, tripMin: 1, tripMax: 1, tripUnknown: true, latencyUnknown: true, pipelined: false, dataflow: false,
          iterationLatency: round2(lat), latency: Math.ceil(lat), resources: roundRes(addResources(opResources(body.ops), { dsp: 0, bram18k: 0, lut: CONTROL.loop.lut, ff: CONTROL.loop.ff, uram: 0 })),
          why: [{ text: `trip count unknown: one iteration (${fmt(lat)} cycles) assumed, here and in the latency of what contains it`, range: s.range }], loops: body.loops,
        });
        out.macs += body.macs;
        out.loopCount += body.loopCount + 1;
        out.calls.push(...body.calls);
        out.notes.push(...body.notes);
      } else if (s.kind === "if" && (hasLoop(s.then) || hasLoop(s.else))) {
        flush();
        const a = this.block(s.then, env, ranges, fname);
        const b = this.block(s.else, env, ranges, fname);
        out.latency += 1 + Math.max(a.latency, b.latency);
        shareInto(out.ops, a.ops);
        shareInto(out.ops, b.ops);
        out.loops.push(...a.loops, ...b.loops);
        out.macs += Math.max(a.macs, b.macs);
        out.loopCount += a.loopCount + b.loopCount;
        out.calls.push(...a.calls, ...b.calls);
        out.notes.push(...a.notes, ...b.notes);
      } else segment.push(s);
    }
    flush();
    return out;
  }

  private loop(f: ir.For, env: Env, ranges: Ranges, fname: string): { loop: LoopEstimate; ops: OpUse; macs: number; loopCount: number; calls: string[]; notes: EstimateWhy[] } {
    const trip = tripCount(f, env, ranges);
    const why: EstimateWhy[] = [];
    if (trip.stepUnknown) why.push({ text: `trip count unknown (the step is a run-time value): at most ${fmt(trip.max)}, ${trip.avg} assumed`, range: f.range });
    else if (trip.unknown) why.push({ text: `trip count unknown (bounds are not affine in constants and loop variables): ${trip.avg} assumed`, range: f.range });
    else if (!trip.exact) why.push({ text: `trip count ${fmt(trip.min)}–${fmt(trip.max)} (bounds depend on enclosing loops), average ${fmt(trip.avg)} used`, range: f.range });
    const inner = new Map(ranges);
    const r = ivRange(f, env, ranges);
    if (r) inner.set(f.iv.id, r);
    const base = { name: f.loopName, opName: f.opName, func: fname, range: f.range, tripCount: round2(trip.avg), tripMin: trip.min, tripMax: trip.max, dataflow: !!f.attrs.dataflow, unroll: f.attrs.unroll, ...(trip.unknown ? { tripUnknown: true } : {}) };
    const control = { dsp: 0, bram18k: 0, lut: CONTROL.loop.lut, ff: CONTROL.loop.ff, uram: 0 };

    if (f.attrs.pipelineII !== undefined) {
      // With an unroll factor too, one pipeline iteration is a group of copies (as HLS builds it):
      // their accesses share the ports, their operators are replicated, and the trip is the groups.
      const u = f.attrs.unroll !== undefined ? this.unrollGroups(f, env, inner, trip) : undefined;
      const flat = u ? scheduleCopies(f.body, env, f.iv, u.values, this.ctx(u.copyRanges), u.total, f.range) : scheduleFlat(f.body, env, this.ctx(inner));
      const iiR = achievedII(f, flat, this.memory, u ? u.symbol : f.iv.id);
      const ii = iiR.ii;
      const depth = Math.max(1, flat.makespan + iiR.portStretch);
      const iters = u ? u.groups : trip.avg;
      const latency = iters > 0 ? (iters - 1) * ii + depth : 0;
      if (u) why.push({ text: u.factor >= u.n ? `fully unrolled: ${u.n} copies in one pipeline iteration` : `unrolled by ${u.factor}: ${fmt(iters)} pipeline iterations of ${u.factor} copies each`, range: f.range });
      why.push(...iiR.why, { text: `latency (${fmt(iters)} − 1)·${ii} + ${depth} = ${fmt(latency)}: pipelined, depth ${depth}`, range: f.range }, ...flat.notes);
      this.loopCycles.set(f, u && u.factor > 0 ? ii / u.factor : ii);
      this.afterCycles.set(f, Math.max(0, Math.ceil(latency) - trip.avg * this.loopCycles.get(f)!));
      const ops = flatOps(flat, ii);
      const absorbed = this.absorbedTree(f.body, flat, fname, "pipelined");
      return {
        loop: { ...base, ...(u ? { tripCount: round2(iters), tripMin: Math.ceil(trip.min / Math.max(1, u.factor)), tripMax: Math.ceil(trip.max / Math.max(1, u.factor)) } : {}), pipelined: true, requestedII: f.attrs.pipelineII, ii, iterationLatency: depth, latency: Math.ceil(latency), resources: roundRes(addResources(opResources(ops), control)), why, loops: absorbed },
        ops, macs: iters * flat.macs, loopCount: 1 + countLoops(f.body), calls: flat.calls.map((c) => c.name), notes: [],
      };
    }

    if (f.attrs.unroll !== undefined && !hasLoop(f.body)) {
      const { n, factor, groups, values, copyRanges, total } = this.unrollGroups(f, env, inner, trip);
      const flat = scheduleCopies(f.body, env, f.iv, values, this.ctx(copyRanges), total, f.range);
      const pc = portCycles(flat, this.memory);
      const span = flat.makespan + (pc.cycles - 1);
      const latency = groups * span;
      why.push({ text: factor >= n ? `fully unrolled: ${n} copies scheduled together in ${fmt(span)} cycles` : `unrolled by ${factor}: ${groups} groups of ${factor} copies, ${fmt(span)} cycles each`, range: f.range });
      if (pc.why) why.push({ ...pc.why, text: pc.why.text.replace(/^II \d+: /, `${pc.cycles} cycles for memory: `).replace(" per iteration", " per group") });
      why.push(...flat.notes);
      this.loopCycles.set(f, factor > 0 ? span / factor : 0);
      const ops = flatOps(flat);
      return {
        loop: { ...base, pipelined: false, iterationLatency: span, latency: Math.ceil(latency), resources: roundRes(addResources(opResources(ops), control)), why, loops: this.absorbedTree(f.body, flat, fname, "unrolled") },
        ops, macs: groups * flat.macs, loopCount: 1, calls: flat.calls.map((c) => c.name), notes: [],
      };
    }

    if (f.attrs.dataflow) {
      const df = this.dataflow(f.body, env, inner, fname);
      const latency = trip.avg > 0 ? (trip.avg - 1) * df.interval + df.block.latency : 0;
      why.push(...df.why, { text: `latency (${fmt(trip.avg)} − 1)·${fmt(df.interval)} + ${fmt(df.block.latency)}: dataflow iterations overlap, one starts every ${fmt(df.interval)} cycles`, range: f.range });
      this.loopCycles.set(f, Math.max(0, df.interval - df.block.loopLatency));
      return {
        loop: { ...base, pipelined: false, iterationLatency: Math.ceil(df.block.latency), latency: Math.ceil(latency), resources: roundRes(addResources(opResources(df.block.ops), control)), why, loops: df.block.loops },
        ops: df.block.ops, macs: trip.avg * df.block.macs, loopCount: 1 + df.block.loopCount, calls: df.block.calls, notes: df.block.notes,
      };
    }

    const body = this.block(f.body, env, inner, fname);
    const iter = Math.max(1, body.latency);
    const latency = trip.avg * iter;
    why.push({ text: `latency ${fmt(trip.avg)} × ${fmt(iter)} = ${fmt(latency)}: not pipelined, iterations run one after another`, range: f.range });
    if (f.attrs.unroll !== undefined) why.push({ text: "unrolled, but its body has loops: the copies of the inner loops run one after another", range: f.range });
    this.loopCycles.set(f, Math.max(0, iter - body.loopLatency));
    const copies = f.attrs.unroll === undefined ? 1 : f.attrs.unroll === 0 ? Math.max(1, Math.round(trip.max)) : f.attrs.unroll;
    const ops: OpUse = new Map([...body.ops].map(([k, v]) => [k, { cost: v.cost, units: v.units * copies }]));
    return {
      loop: { ...base, pipelined: false, iterationLatency: round2(iter), latency: Math.ceil(latency), resources: roundRes(addResources(opResources(ops), control)), why, loops: body.loops },
      ops, macs: trip.avg * body.macs, loopCount: 1 + body.loopCount, calls: body.calls, notes: body.notes,
    };
  }

  /**
   * The copies of one group of an unrolled loop: the loop variable's value in each copy (affine in
   * a symbol that counts the groups when the unroll is partial) and the ranges to schedule them under.
   */
  /** `values`: the first copies of `total` (at most MAX_COPIES are walked; scheduleCopies extrapolates the rest). */
  private unrollGroups(f: ir.For, env: Env, inner: Ranges, trip: { max: number; avg: number }): { n: number; factor: number; groups: number; values: Affine[]; total: number; copyRanges: Map<number, SymbolRange>; symbol: number } {
    const n = Math.max(0, Math.round(trip.max));
    const factor = f.attrs.unroll === 0 ? n : Math.max(1, Math.min(f.attrs.unroll ?? 1, n));
    const lb = affineOf(f.lb, env) ?? constAffine(0);
    const groups = factor > 0 ? Math.ceil(trip.avg / factor) : 0;
    const copyRanges = new Map(inner) as Map<number, SymbolRange>;
    const symbol = COPY_SYMBOL_BASE + f.iv.id;
    // A run-time step leaves the copies' addresses unknown; step 1 stands in (the trip is marked unknown).
    const step = stepOf(f, env) ?? 1;
    if (factor >= n) return { n, factor, groups, values: Array.from({ length: Math.min(n, MAX_COPIES) }, (_, k) => ({ c: lb.c + k * step, t: lb.t })), total: n, copyRanges, symbol };
    copyRanges.set(symbol, { min: 0, max: Math.max(0, groups - 1), avg: Math.max(0, groups - 1) / 2 });
    const values = Array.from({ length: Math.min(factor, MAX_COPIES) }, (_, c) => {
      const t = new Map(lb.t);
      t.set(symbol, factor * step);
      return { c: lb.c + c * step, t };
    });
    return { n, factor, groups, values, total: factor, copyRanges, symbol };
  }

  /** The loops folded into a pipelined or unrolled loop, for the table (no latency of their own). */
  private absorbedTree(ss: readonly ir.Stmt[], flat: FlatResult, fname: string, how: "pipelined" | "unrolled"): LoopEstimate[] {
    const out: LoopEstimate[] = [];
    const visit = (list: readonly ir.Stmt[], into: LoopEstimate[]) => {
      for (const s of list) {
        if (s.kind === "for") {
          this.loopCycles.set(s, 0);
          const trip = flat.unrolled.get(s)?.trip ?? 0;
          const loops: LoopEstimate[] = [];
          visit(s.body, loops);
          into.push({
            name: s.loopName, opName: s.opName, func: fname, range: s.range, tripCount: trip, tripMin: trip, tripMax: trip, pipelined: false,
            dataflow: false, unroll: s.attrs.unroll, iterationLatency: 0, latency: 0, absorbed: how, resources: ZERO,
            why: [{ text: `fully unrolled inside a ${how} loop: ${trip} copies of its body`, range: s.range }], loops,
          });
        } else if (s.kind === "while") {
          this.loopCycles.set(s, 0);
          visit(s.body, into);
        } else if (s.kind === "if") {
          visit(s.then, into);
          visit(s.else, into);
        }
      }
    };
    visit(ss, out);
    return out;
  }

  /**
   * The stages of a real grid's PEs in a dataflow caller, in the expanded caller's order: each its
   * class's block and fill, and the buffers its class's PE touches with the real PE's channels and
   * its coordinates in the constant element indices.
   */
  private gridStages(g: GridView, env: Env, ranges: Ranges, fname: string, stage: (b: BlockResult, rw: BufferUse, label: string, fill: number, stmt: ir.Stmt) => void): void {
    const gi = this.plan!.grids.indexOf(g);
    const classes = new Map<ir.CallStmt, { b: BlockResult; rw: BufferUse; fill: number }>();
    const channel = (relay: number, c: readonly number[]): number => {
      const key = `${gi}:${relay}:${c.join(",")}`;
      let id = this.channelIds.get(key);
      if (id === undefined) this.channelIds.set(key, (id = -1 - this.channelIds.size));
      return id;
    };
    for (const [i, pe] of g.pes.entries()) {
      let k = classes.get(pe.rep);
      if (!k) {
        const callee = findFunc(this.module, pe.rep.callee);
        k = { b: this.block([pe.rep], env, ranges, fname), rw: bufferUse([pe.rep], this.module, (f) => this.paramUse(f)), fill: callee ? this.func(callee).fill : 1 };
        classes.set(pe.rep, k);
      }
      const b: BlockResult = { ...k.b, calls: k.b.calls.map((n) => (n === pe.rep.callee ? pe.name : n)) };
      const real = realIds(k.rw, g, pe, i, channel);
      // The class's call with the real PE's channels: what the FIFO tails of its stage are taken over.
      const call: ir.CallStmt = { ...pe.rep, args: pe.rep.args.map((a) => (a.kind === "buffer" && real(a.id) !== a.id ? { ...a, id: real(a.id) } : a)) };
      stage(b, realUse(k.rw, g, pe, real), pe.name, k.fill, call);
    }
  }

  /**
   * A region's statements with each call of a region nested in it (sim/process-kinds.ts `spawners`)
   * replaced by that region's calls on the caller's arguments: the timed simulator starts those as
   * processes of the caller's network, so they are stages here.
   */
  private spawned(ss: readonly ir.Stmt[], depth = 0): readonly ir.Stmt[] {
    const spawners = (this.spawnerSet ??= processKinds(this.module).spawners);
    if (depth > 16 || !ss.some((s) => s.kind === "call" && spawners.has(s.callee))) return ss;
    return ss.flatMap((s): readonly ir.Stmt[] => {
      const f = s.kind === "call" && spawners.has(s.callee) ? findFunc(this.module, s.callee) : undefined;
      if (!f || s.kind !== "call") return [s];
      let inner = this.spawnedBodies.get(s);
      if (!inner) {
        const bufs = new Map<number, ir.Buffer>(), scalars = new Map<number, ir.Expr>();
        f.params.forEach((p, i) => {
          const a = s.args[i];
          if (!a) return;
          if (p.kind === "buffer" && a.kind === "buffer") bufs.set(p.id, a);
          else if (p.kind === "scalar-param" && a.kind !== "buffer") scalars.set(p.id, a);
        });
        const ex = (e: ir.Expr) => mapExpr(e, (x) => (x.kind === "param" ? scalars.get(x.param.id) : undefined));
        inner = f.body.flatMap((t): ir.Stmt[] => (t.kind === "call" ? [{ ...t, args: t.args.map((a) => (a.kind === "buffer" ? bufs.get(a.id) ?? a : ex(a))) }] : []));
        this.spawnedBodies.set(s, inner);
      }
      return this.spawned(inner, depth + 1);
    });
  }
  private spawnerSet: ReadonlySet<string> | undefined;
  private readonly spawnedBodies = new WeakMap<ir.Stmt, readonly ir.Stmt[]>();

  /** Which parameters a function reads and writes (through its calls too). */
  private paramUse(f: ir.Func): ParamUse {
    const done = this.paramUses.get(f.name);
    if (done) return done;
    const use: ParamUse = { reads: new Set(), writes: new Set(), readElems: new Map(), writeElems: new Map() };
    this.paramUses.set(f.name, use); // recursion guard
    const index = new Map(f.params.map((p, i) => [p.id, i]));
    const rw = bufferUse(f.body, this.module, (g) => this.paramUse(g));
    for (const id of rw.reads) if (index.has(id)) use.reads.add(index.get(id)!);
    for (const id of rw.writes) if (index.has(id)) use.writes.add(index.get(id)!);
    for (const [id, e] of rw.readElems) if (index.has(id)) use.readElems.set(index.get(id)!, e);
    for (const [id, e] of rw.writeElems) if (index.has(id)) use.writeElems.set(index.get(id)!, e);
    return use;
  }

  /**
   * Dataflow region: every top-level statement that does work is a stage. A stage starts when the
   * stages it reads from are done (arrays: ping-pong buffers) or have produced their first output
   * (FIFOs); latency = the last stage's end, interval = the slowest stage.
   */
  private dataflow(ss: readonly ir.Stmt[], env: Env, ranges: Ranges, fname: string): { block: BlockResult; interval: number; why: EstimateWhy[] } {
    const out = emptyBlock();
    const why: EstimateWhy[] = [];
    const stages: { end: number; start: number; writes: Set<number>; writeElems: ElemSets; fill: number; lat: number; label: string; stmt: ir.Stmt }[] = [];
    let interval = 1;
    let slowest = "";
    const streamIds = new Set<number>();
    // The stages that write each buffer (by element when the elements are constants): a stage looks only
    // at the writers of what it reads (a grid of 4,096 PEs, each writing its own C[i, j], compared every
    // pair of stages).
    const writers = new Map<number, { any: number[]; at: Map<string, number[]> }>();
    const push = <K>(m: Map<K, number[]>, k: K, v: number) => { const l = m.get(k); if (l) l.push(v); else m.set(k, [v]); };
    const stage = (b: BlockResult, rw: BufferUse, label: string, fill: number, s: ir.Stmt) => {
      countWork();
      for (const id of rw.streams) streamIds.add(id);
      // The timed simulator's rules: an element put at cycle t can be taken at t + 1, so a stage fed
      // by FIFOs starts once its producers' first puts are in and ends no sooner than a cycle after
      // them; a stage that reads an array another stage writes (the elements may overlap) waits for it.
      let start = 0;
      let endAfter = 0;
      const producers = new Set<number>();
      for (const id of rw.reads) {
        const w = writers.get(id);
        if (!w) continue;
        for (const k of w.any) producers.add(k);
        const elems = rw.readElems.get(id);
        if (elems) for (const e of elems) for (const k of w.at.get(e) ?? []) producers.add(k);
        else for (const list of w.at.values()) for (const k of list) producers.add(k);
      }
      // A drainer takes its PEs' FIFOs one after another: it starts once the first of them has the
      // PE's results in it (a PE's first put is usually a relay's, not its result), and the others
      // bound its end (below), not its start.
      const df = s.kind === "call" ? findFunc(this.module, s.callee) : undefined;
      const drainer = df?.attrs.edge?.role === "drainer" && takesInTurn(df);
      let firstFill = Infinity;
      for (const k of producers) {
        const p = stages[k]!;
        // (Over the smaller set: a drainer reads 4,096 channels, each written by one PE.)
        const [few, many] = p.writes.size < rw.reads.size ? [p.writes, rw.reads] : [rw.reads, p.writes];
        const shared = [...few].filter((id) => many.has(id) && mayOverlap(p.writeElems.get(id), rw.readElems.get(id)));
        if (shared.length === 0) continue;
        const viaFifo = shared.every((id) => streamIds.has(id));
        if (drainer && viaFifo) firstFill = Math.min(firstFill, p.end - this.streamTail(p.stmt, shared, "put") + 1);
        else start = Math.max(start, p.start + (viaFifo ? p.fill : p.lat));
        // After the producer's last put into these FIFOs, the stage still runs what follows its own last get from them.
        if (viaFifo) endAfter = Math.max(endAfter, p.end - this.streamTail(p.stmt, shared, "put") + 1 + this.streamTail(s, shared, "get"));
      }
      if (firstFill !== Infinity) start = Math.max(start, firstFill);
      for (const id of rw.writes) {
        let w = writers.get(id);
        if (!w) writers.set(id, (w = { any: [], at: new Map() }));
        const elems = rw.writeElems.get(id);
        if (elems) for (const e of elems) push(w.at, e, stages.length);
        else w.any.push(stages.length);
      }
      stages.push({ start, end: Math.max(start + b.latency, endAfter), writes: rw.writes, writeElems: rw.writeElems, fill, lat: b.latency, label, stmt: s });
      if (b.latency > interval) { interval = b.latency; slowest = label; }
      addInto(out.ops, b.ops);
      out.loops.push(...b.loops);
      out.macs += b.macs;
      out.loopCount += b.loopCount;
      out.calls.push(...b.calls);
      out.loopLatency += b.loopLatency;
      out.notes.push(...b.notes);
    };
    for (const s of this.spawned(ss)) {
      if (s.kind === "alloc" || s.kind === "return") continue;
      const grid = this.gridOf(s);
      if (grid) {
        // The first PE call of a shrunk grid stands for the real grid's PEs, each a stage.
        if (s === grid.firstRep) this.gridStages(grid, env, ranges, fname, stage);
        continue;
      }
      const b = this.block([s], env, ranges, fname);
      const rw = bufferUse([s], this.module, (g) => this.paramUse(g));
      const label = s.kind === "call" ? s.callee : s.kind === "for" ? `loop ${s.loopName}` : s.kind;
      const callee = s.kind === "call" ? findFunc(this.module, s.callee) : undefined;
      const fill = s.kind === "call" ? (callee ? this.func(callee).fill : 1) : this.firstPut([s]) + 1;
      stage(b, rw, label, fill, s);
    }
    out.latency = Math.max(1, ...stages.map((x) => x.end));
    const parallel = stages.filter((x) => x.start === 0).length;
    why.push({ text: `dataflow: ${stages.length} stage${stages.length === 1 ? "" : "s"}${parallel > 1 ? ` (${parallel} start at once)` : ""}; latency ${fmt(out.latency)} = last stage end, interval ${fmt(interval)} = slowest stage${slowest ? ` (${slowest})` : ""}` });
    return { block: out, interval, why };
  }
}

interface BufferUse { reads: Set<number>; writes: Set<number>; streams: Set<number>; readElems: ElemSets; writeElems: ElemSets }

/** Buffers read and written by statements (by buffer id), mapping call arguments through callees. */
function bufferUse(ss: readonly ir.Stmt[], m: ir.Module, use: (f: ir.Func) => ParamUse): BufferUse {
  const reads = new Set<number>();
  const writes = new Set<number>();
  const streams = new Set<number>();
  const readElems: ElemSets = new Map();
  const writeElems: ElemSets = new Map();
  const element = (idx: readonly ir.Expr[]): Set<string> | null =>
    idx.every((x) => x.kind === "const") ? new Set([idx.map((x) => String((x as ir.ConstExpr).value)).join(",")]) : null;
  const note = (b: ir.Buffer) => { if ((b.storage as string) === "stream" || b.stream) streams.add(b.id); };
  const expr = (e: ir.Expr): void => {
    if (e.kind === "load") { reads.add(e.buf.id); note(e.buf); touch(readElems, e.buf.id, element(e.indices)); }
    const k = (e as { kind: string }).kind;
    if (k === "stream-get") { const b = (e as unknown as { stream: ir.Buffer }).stream; reads.add(b.id); streams.add(b.id); }
    if (e.kind === "call-value") call(e.callee, e.args);
    for (const c of exprChildren(e)) expr(c);
  };
  const call = (callee: string, args: readonly ir.CallArg[]) => {
    const f = findFunc(m, callee);
    const u = f ? use(f) : undefined;
    args.forEach((a, i) => {
      if (a.kind !== "buffer") { expr(a); return; }
      note(a);
      if (!u || u.reads.has(i)) { reads.add(a.id); touch(readElems, a.id, u?.readElems.get(i) ?? null); }
      if (!u || u.writes.has(i)) { writes.add(a.id); touch(writeElems, a.id, u?.writeElems.get(i) ?? null); }
    });
  };
  const stmt = (s: ir.Stmt): void => {
    switch (s.kind) {
      case "store": writes.add(s.buf.id); note(s.buf); touch(writeElems, s.buf.id, element(s.indices)); s.indices.forEach(expr); expr(s.value); return;
      case "for": stmtExprs(s).forEach(expr); s.body.forEach(stmt); return;
      case "while": expr(s.cond); s.body.forEach(stmt); return;
      case "if": expr(s.cond); s.then.forEach(stmt); s.else.forEach(stmt); return;
      case "call": call(s.callee, s.args); for (const r of s.results) { writes.add(r.id); touch(writeElems, r.id, null); } return;
      case "copy": reads.add(s.src.id); writes.add(s.dst.id); touch(readElems, s.src.id, null); touch(writeElems, s.dst.id, null); return;
      case "return": for (const v of s.values) { if (v.kind === "buffer") { reads.add(v.id); touch(readElems, v.id, null); } else expr(v); } return;
      case "alloc": return;
      case "stream-put-block": writes.add(s.stream.id); streams.add(s.stream.id); reads.add(s.src.id); return;
      case "stream-get-block": reads.add(s.stream.id); streams.add(s.stream.id); writes.add(s.dst.id); return;
      default: {
        const x = s as unknown as { kind: string; stream?: ir.Buffer; value?: ir.Expr };
        if (x.kind === "stream-put" && x.stream) { writes.add(x.stream.id); streams.add(x.stream.id); }
        if (x.value) expr(x.value);
      }
    }
  };
  ss.forEach(stmt);
  return { reads, writes, streams, readElems, writeElems };
}


/**
 * The ids the real PE `pe` (index `i` of the grid's PEs) has for the buffers its class's shrunk PE
 * takes: a relay channel it reads is the one into it, one it writes the one into its neighbour along
 * the relay's axis; a channel to or from an edge kernel is its own; other buffers are the caller's.
 */
function realIds(rw: BufferUse, g: GridView, pe: RealPe, i: number, channel: (relay: number, c: readonly number[]) => number): (id: number) => number {
  return (id) => {
    const edge = g.edges.get(id);
    if (edge) return edge[i] ?? id;
    const r = g.channels.get(id);
    if (r === undefined) return id;
    if (!rw.writes.has(id)) return channel(r, pe.coords);
    const axis = g.relays[r]!.axis;
    return channel(r, pe.coords.map((x, d) => (d === axis ? x + 1 : x)));
  };
}

/**
 * A shrunk grid PE's buffer use as the real PE `pe` of the same class has it: its channels are its
 * own (`real`, from realIds), and the dimensions its body indexes with a coordinate hold `pe`'s
 * coordinates.
 */
function realUse(rw: BufferUse, g: GridView, pe: RealPe, real: (id: number) => number): BufferUse {
  const elems = (sets: ElemSets, to: (id: number) => number): ElemSets => {
    const out: ElemSets = new Map();
    for (const [id, set] of sets) {
      const dims = g.coordDims.get(id);
      if (!set || !dims || dims.every((d) => d < 0)) { out.set(to(id), set && new Set(set)); continue; }
      const mapped = new Set<string>();
      for (const key of set) mapped.add(key.split(",").map((v, i) => (dims[i]! >= 0 ? String(pe.coords[dims[i]!]) : v)).join(","));
      out.set(to(id), mapped);
    }
    return out;
  };
  const streams = new Set<number>();
  for (const id of rw.streams) streams.add(real(id));
  return {
    reads: new Set([...rw.reads].map(real)), writes: new Set([...rw.writes].map(real)), streams,
    readElems: elems(rw.readElems, real), writeElems: elems(rw.writeElems, real),
  };
}

/** Whether a statement puts to a FIFO (at any depth). */
const inTurn = new WeakMap<ir.Func, boolean>();

/**
 * Whether a drainer takes its FIFOs one after another (each loop gets from one FIFO: a grid's drainer
 * of schedule/edge-kernels.ts), rather than a step of every FIFO per iteration (the drain loop of a
 * sub-view systolic array, schedule/subview-fifo.ts), which starts with the first element like any reader.
 */
function takesInTurn(f: ir.Func): boolean {
  const got = inTurn.get(f);
  if (got !== undefined) return got;
  let ok = true;
  walkStmts(f.body, (s) => {
    if (!ok || (s.kind !== "for" && s.kind !== "while")) return;
    const chans = new Set<number>();
    walkStmts(s.body, (x) => { for (const id of streamsOf(x, "get")) chans.add(id); });
    if (chans.size > 1) ok = false;
  });
  inTurn.set(f, ok);
  return ok;
}

function putsInto(s: ir.Stmt): boolean {
  let found = false;
  walkStmts([s], (x) => { if (x.kind === "stream-put" || x.kind === "stream-put-block") found = true; });
  return found;
}

/** The channels a statement other than a loop or branch puts into (or gets from). */
function streamsOf(s: ir.Stmt, op: "put" | "get"): number[] {
  const out: number[] = [];
  const visit = (e: ir.Expr): void => { if (e.kind === "stream-get") out.push(e.stream.id); for (const c of exprChildren(e)) visit(c); };
  if (op === "put") { if (s.kind === "stream-put" || s.kind === "stream-put-block") out.push(s.stream.id); }
  else if (s.kind === "stream-get-block") out.push(s.stream.id);
  else for (const e of stmtExprs(s)) visit(e);
  return out;
}

/** Whether `s` puts into (or gets from) one of the channels `ids`. */
function usesStreams(s: ir.Stmt, ids: ReadonlySet<number>, op: "put" | "get"): boolean {
  let found = false;
  const visit = (e: ir.Expr): void => { if (e.kind === "stream-get" && ids.has(e.stream.id)) found = true; for (const c of exprChildren(e)) visit(c); };
  walkStmts([s], (x) => {
    if (op === "put") { if ((x.kind === "stream-put" || x.kind === "stream-put-block") && ids.has(x.stream.id)) found = true; }
    else if (x.kind === "stream-get-block") { if (ids.has(x.stream.id)) found = true; }
    else for (const e of stmtExprs(x)) visit(e);
  });
  return found;
}

function countLoops(ss: readonly ir.Stmt[]): number {
  let n = 0;
  for (const s of ss) {
    if (s.kind === "for" || s.kind === "while") n += 1 + countLoops(s.body);
    else if (s.kind === "if") n += countLoops(s.then) + countLoops(s.else);
  }
  return n;
}

/** DSPs one MAC unit needs: the multiplier plus, for floats, the adder it feeds. */
function macDsps(ops: OpUse): number {
  let best = 0;
  for (const { cost } of ops.values()) {
    if (!cost.mul) continue;
    let d = cost.dsp;
    const add = cost.key.endsWith(".mul") ? ops.get(cost.key.replace(".mul", ".add")) : undefined;
    if (add) d += add.cost.dsp;
    best = Math.max(best, d);
  }
  return best;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const fmt = formatCount;
const roundRes = (r: ResourceCounts): ResourceCounts => ({ dsp: Math.round(r.dsp), bram18k: Math.round(r.bram18k), lut: Math.round(r.lut), ff: Math.round(r.ff), uram: Math.round(r.uram) });

function toFunctionEstimate(r: FuncResult): FunctionEstimate {
  return {
    name: r.func.name, range: r.func.range, latency: r.latency, ...(r.latencyUnknown ? { latencyUnknown: true } : {}), interval: r.interval, dataflow: !!r.func.attrs.dataflow,
    resources: r.resources, ownResources: r.ownResources, loops: r.loops, calls: [...new Set(r.calls)], callSites: countCalls(r.calls), ...(r.func.attrs.template ? { template: r.func.attrs.template } : {}), why: r.why,
  };
}

/** A PE's estimate under the name of another PE of its class (its loops name the function too). */
function renamed(fe: FunctionEstimate, name: string): FunctionEstimate {
  const loops = (ls: readonly LoopEstimate[]): LoopEstimate[] => ls.map((l) => ({ ...l, func: name, loops: loops(l.loops) }));
  return { ...fe, name, loops: loops(fe.loops) };
}

/** Call sites per callee (a model's top calls one operator kernel several times). */
function countCalls(calls: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of calls) out[c] = (out[c] ?? 0) + 1;
  return out;
}

/** Estimates latency, II and resources of `module` on a device (plain, structured-clone-safe data). */
export function estimate(module: ir.Module, options: EstimateOptions = {}): Estimate {
  const notes: string[] = [];
  let device = findDevice(options.device);
  if (!device) {
    notes.push(`unknown device '${options.device}': estimated against ${DEFAULT_ESTIMATE_DEVICE}`);
    device = findDevice(DEFAULT_ESTIMATE_DEVICE)!;
  }
  const clockMHz = options.clockMHz && options.clockMHz > 0 ? options.clockMHz : DEFAULT_CLOCK_MHZ;
  // Compact grids are estimated one PE per instance class (grid-plan.ts), else expanded.
  // (Not when an array may stream out of a grid: the shrunk grid's drainer would not deliver it whole.)
  const plan = marksKernelStreams(module) ? undefined : compactGridPlan(module);
  if (plan) module = plan.module;
  else if (hasCompactGrids(module)) module = expandGrids(module);
  const a = new ModuleAnalysis(module, clockMHz, plan);
  const topFunc = findFunc(module, module.top) ?? module.funcs[module.funcs.length - 1]!;
  const top = a.func(topFunc);
  const others: FunctionEstimate[] = [];
  const listed = new Set<GridView>();
  for (const f of module.funcs) {
    if (f === topFunc) continue;
    const g = plan?.byRepName.get(f.name);
    if (!g) { others.push(toFunctionEstimate(a.func(f))); countWork(); continue; }
    // The shrunk grid's PEs are listed as the real grid's, in the expanded module's order.
    if (listed.has(g)) continue;
    listed.add(g);
    const byRep = new Map<string, FunctionEstimate>();
    for (const pe of g.pes) {
      const rep = plan!.realToRep.get(pe.name)!;
      let fe = byRep.get(rep);
      if (!fe) byRep.set(rep, (fe = toFunctionEstimate(a.func(findFunc(module, rep)!))));
      others.push(renamed(fe, pe.name));
      countWork();
    }
  }
  const res = top.resources;
  const dev = device.resources;
  const pct = (u: number, n: number) => (n > 0 ? round2((100 * u) / n) : 0);
  const utilization: ResourceCounts = { dsp: pct(res.dsp, dev.dsp), bram18k: pct(res.bram18k, dev.bram18k), lut: pct(res.lut, dev.lut), ff: pct(res.ff, dev.ff), uram: pct(res.uram, dev.uram) };
  const macsPerCycle = top.macs / top.latency;
  const dspPerMac = Math.max(1, top.dspPerMac);
  const peakUsed = top.mulUnits;
  const peakDevice = dev.dsp / dspPerMac;
  const throughput: Throughput = {
    macs: Math.round(top.macs), macsPerCycle: round2(macsPerCycle), dspPerMac, peakUsed, peakDevice: Math.floor(peakDevice),
    percentOfUsedPeak: peakUsed > 0 ? round2((100 * macsPerCycle) / peakUsed) : 0,
    percentOfDevicePeak: round2((100 * macsPerCycle) / peakDevice),
    definition: `MACs (multiplications executed) per cycle of one call, against the multipliers the design instantiates (${peakUsed}) and against every DSP of the ${device.name} used as MAC units of ${dspPerMac} DSP${dspPerMac > 1 ? "s" : ""} each (${Math.floor(peakDevice)})`,
  };
  notes.push(
    `operator latencies for ${clockMHz} MHz on UltraScale+ (Vitis HLS operator cores; see src/core/analysis/operators.ts)`,
    "RAM banks have 2 ports; arrays of ≤ 1024 bits per bank go to LUTRAM, 1 element per bank to registers",
    "top-level array arguments are memory ports (no on-chip memory counted), except partitioned ones: on-chip copies loaded from their ports (counted)",
    "LUT/FF are rough: operators, memories in LUTs and a fixed control cost per loop and function",
    `device numbers: ${device.source}`,
  );
  return {
    top: topFunc.name, device: { name: device.name, part: device.part, resources: device.resources, source: device.source }, clockMHz,
    latency: top.latency, ...(top.latencyUnknown ? { latencyUnknown: true } : {}), ...(top.copyCycles ? { onChipCopyCycles: top.copyCycles } : {}), interval: top.interval, timeUs: round2(top.latency / clockMHz),
    resources: res, utilization, throughput,
    functions: [toFunctionEstimate(top), ...others],
    notes,
  };
}

/** Headline numbers for a schedule step: latency, the II of the slowest pipelined loop, DSP, BRAM. */
export function summarize(e: Estimate): EstimateSummary {
  let best: LoopEstimate | undefined;
  const visit = (ls: readonly LoopEstimate[]) => {
    for (const l of ls) {
      if (l.pipelined && l.ii !== undefined && (!best || l.latency > best.latency)) best = l;
      visit(l.loops);
    }
  };
  for (const f of e.functions) visit(f.loops);
  return { latency: e.latency, ...(best?.ii !== undefined ? { ii: best.ii } : {}), dsp: e.resources.dsp, bram18k: e.resources.bram18k, ...(e.latencyUnknown ? { latencyUnknown: true } : {}) };
}
