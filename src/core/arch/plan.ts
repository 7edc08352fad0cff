/**
 * One hardware plan (DESIGN §8b): what the scheduled IR builds, derived once so that the diagram,
 * the estimator, the timed simulation and the exports describe the same hardware.
 * - kernels: functions, PE instances of unfolded grids (with their grid position; the diagram draws
 *   these), and the loaders and drainers at a streamed grid's edges (the only kernels there that
 *   touch memory);
 * - memories: every array with its banks and storage (the estimator's memory model) and its
 *   interface: a top-level argument is an m_axi port, or, when the schedule partitions it, an
 *   on-chip copy loaded from (and stored back to) the port, as Allo's generated wrappers do;
 * - FIFOs: every stream channel a dataflow function declares, with its depth;
 * - loops: their pipeline / unroll / dataflow targets.
 * `withOnChipCopies` is the module as the Vitis kernel flow synthesizes it (the copies made real).
 */
import type * as ir from "../ir/nodes";
import { buffersOf, walkStmts } from "../ir/nodes";
import { memoryInfo } from "../analysis/memory";
import { typeToString } from "../types/types";

export type MemoryInterface = "m_axi" | "on-chip copy" | "on-chip" | "stream";

export interface MemoryPlan {
  /** The function that declares it (the top for its arguments). */
  readonly func: string;
  readonly name: string;
  readonly id: number;
  readonly type: string;
  /** Partition per dimension as written ("complete", "cyclic 4", "block 2"), undefined where none. */
  readonly partition: readonly (string | undefined)[];
  readonly banks: number;
  /** "registers", "LUTRAM", "BRAM", "URAM", "FIFO", "memory port". */
  readonly storage: string;
  readonly interface: MemoryInterface;
}

export interface FifoPlan { readonly owner: string; readonly name: string; readonly id: number; readonly depth: number; readonly type: string }

export interface LoopPlan {
  readonly func: string;
  readonly name: string;
  readonly pipelineII?: number;
  readonly unroll?: number;
  readonly dataflow?: boolean;
}

export interface KernelPlan {
  readonly name: string;
  readonly dataflow: boolean;
  readonly pe?: { readonly caller: string; readonly grid: readonly number[] };
  /**
   * Its loops in the user's words: for a function written in the source, the loops written there
   * (those of the unscheduled function), not the ones schedule steps generated or moved; for a
   * function the schedule made (a PE, an edge kernel), its loops.
   */
  readonly loops: number;
  /** Whether one of its loops has a pipeline target (the plan's `loops`). */
  readonly pipelined: boolean;
  /** A loader (reads `buffer` and feeds the grid's edge FIFOs) or drainer (collects the PEs' results into `buffer`). */
  readonly edge?: { readonly role: "loader" | "drainer"; readonly buffer: string };
}

export interface HardwarePlan {
  readonly top: string;
  readonly kernels: readonly KernelPlan[];
  readonly memories: readonly MemoryPlan[];
  readonly fifos: readonly FifoPlan[];
  readonly loops: readonly LoopPlan[];
}

/** A top-level array argument the schedule partitions: synthesized as an on-chip copy of its m_axi port. */
export function needsOnChipCopy(b: ir.Buffer): boolean {
  return b.type.shape.length > 0 && b.storage !== "stream" && !!b.partition?.some((d) => d);
}

/** The arguments of the top function that stay memory ports (the estimator's external memories). */
export function externalPorts(m: ir.Module): Set<number> {
  const top = m.funcs.find((f) => f.name === m.top);
  const out = new Set<number>();
  for (const p of top?.params ?? []) if (p.kind === "buffer" && !needsOnChipCopy(p)) out.add(p.id);
  return out;
}

export function partitionText(d: ir.DimPartition | undefined): string | undefined {
  if (!d) return undefined;
  return d.mode === "complete" ? "complete" : `${d.mode} ${d.factor}`;
}

/** Banks and storage of one buffer, as the estimator models it. */
export function memoryOf(b: ir.Buffer, external: boolean): { banks: number; storage: string } {
  const info = memoryInfo(b, external);
  return { banks: info.banks, storage: info.label };
}

/**
 * PEs of an expanded grid: a `dataflow` function `f` calling `<f>_<band>_<i>_<j>…` (schedule/grid.ts
 * names them so), or region kernel instances of a mapping of more than one. Returns callee → grid position and the calling kernel.
 */
export function peInstances(m: ir.Module): Map<string, { grid: number[]; caller: string }> {
  const out = new Map<string, { grid: number[]; caller: string }>();
  const names = new Set(m.funcs.map((f) => f.name));
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  for (const f of m.funcs) {
    if (!f.attrs.dataflow) continue;
    // Region kernels with a mapping of more than one instance are PE grids at their pid.
    for (const s of f.body) {
      const inst = s.kind === "call" ? byName.get(s.callee)?.attrs.instance : undefined;
      if (s.kind === "call" && inst && inst.mapping.reduce((a, b) => a * b, 1) > 1) out.set(s.callee, { grid: [...inst.pid], caller: f.name });
    }
    if (out.size > 0) continue;
    const called: string[] = [];
    const walk = (ss: readonly ir.Stmt[]): void => {
      for (const s of ss) {
        // The loaders and drainers at a grid's edges are kernels of their own, not grid points.
        if (s.kind === "call" && names.has(s.callee) && s.callee.startsWith(`${f.name}_`) && !byName.get(s.callee)?.attrs.edge && !called.includes(s.callee)) called.push(s.callee);
        else if (s.kind === "for" || s.kind === "while") walk(s.body);
        else if (s.kind === "if") { walk(s.then); walk(s.else); }
      }
    };
    walk(f.body);
    // The grid rank is not in the name: pick the split into band + n indices that forms the fewest
    // complete grids (`S_i_j_0_2_3` is band S_i_j_0 at [2, 3], not band S_i_j at [0, 2, 3]).
    let best: { groups: Map<string, [string, number[]][]>; score: number } | undefined;
    for (let n = 1; n <= 4; n++) {
      const groups = new Map<string, [string, number[]][]>();
      let ok = called.length > 0;
      for (const c of called) {
        const parts = c.slice(f.name.length + 1).split("_");
        const idx = parts.slice(-n);
        if (parts.length <= n || !idx.every((x) => /^\d+$/.test(x))) { ok = false; break; }
        const band = parts.slice(0, -n).join("_");
        groups.set(band, [...(groups.get(band) ?? []), [c, idx.map(Number)]]);
      }
      if (!ok) continue;
      for (const g of groups.values()) {
        const size = Array.from({ length: n }, (_, d) => Math.max(...g.map(([, x]) => x[d]!)) + 1).reduce((a, b) => a * b, 1);
        if (size !== g.length) ok = false;
      }
      if (ok && (!best || groups.size < best.score)) best = { groups, score: groups.size };
    }
    // Only calls that form grids are PEs; other callees stay kernels.
    for (const g of best?.groups.values() ?? []) for (const [c, grid] of g) out.set(c, { grid, caller: f.name });
  }
  return out;
}

/** `for` and `while` loops of a function body, nested ones included. */
function loopCount(f: ir.Func): number {
  let n = 0;
  walkStmts(f.body, (s) => { if (s.kind === "for" || s.kind === "while") n++; });
  return n;
}

/** `written`: the unscheduled module, whose functions hold the loops as the user wrote them. */
export function hardwarePlan(m: ir.Module, written?: ir.Module): HardwarePlan {
  const top = m.funcs.find((f) => f.name === m.top)!;
  const external = externalPorts(m);
  const memories: MemoryPlan[] = [];
  const fifos: FifoPlan[] = [];
  const loops: LoopPlan[] = [];
  for (const f of m.funcs) {
    const params = new Set(f.params.map((p) => p.id));
    for (const b of buffersOf(f)) {
      // A callee's array parameters are its caller's buffers.
      if (params.has(b.id) && f !== top) continue;
      if (b.type.shape.length === 0 && b.storage !== "stream") continue;
      if (b.storage === "stream") {
        fifos.push({ owner: f.name, name: b.name, id: b.id, depth: b.stream?.depth ?? 2, type: typeToString(b.type.shape.length ? b.type : b.type.elem) });
        continue;
      }
      const isPort = f === top && params.has(b.id);
      const mem = memoryOf(b, external.has(b.id));
      memories.push({
        func: f.name, name: b.name, id: b.id, type: typeToString(b.type), partition: b.type.shape.map((_, d) => partitionText(b.partition?.[d])),
        banks: mem.banks, storage: mem.storage, interface: isPort ? (external.has(b.id) ? "m_axi" : "on-chip copy") : "on-chip",
      });
    }
    walkStmts(f.body, (s) => {
      if (s.kind !== "for") return;
      const a = s.attrs;
      if (a.pipelineII === undefined && a.unroll === undefined && !a.dataflow) return;
      loops.push({ func: f.name, name: s.loopName, ...(a.pipelineII !== undefined ? { pipelineII: a.pipelineII } : {}), ...(a.unroll !== undefined ? { unroll: a.unroll } : {}), ...(a.dataflow ? { dataflow: true } : {}) });
    });
  }
  const pes = peInstances(m);
  const kernels: KernelPlan[] = m.funcs.map((f) => {
    const pe = pes.get(f.name);
    const source = written?.funcs.find((g) => g.name === f.name && !g.attrs.instance);
    const loopsOf = loops.filter((l) => l.func === f.name);
    return {
      name: f.name, dataflow: !!f.attrs.dataflow, loops: loopCount(source ?? f), pipelined: loopsOf.some((l) => l.pipelineII !== undefined),
      ...(pe ? { pe: { caller: pe.caller, grid: pe.grid } } : {}), ...(f.attrs.edge ? { edge: f.attrs.edge } : {}),
    };
  });
  return { top: m.top, kernels, memories, fifos, loops };
}

/**
 * The module as the Vitis kernel flow synthesizes it: when the schedule partitions top-level array
 * arguments (m_axi ports, which cannot be partitioned), the top becomes a wrapper that copies each
 * into a partitioned on-chip buffer, calls the design (renamed `<top>_core`) on the copies and copies
 * the ones it writes back. Unchanged when nothing needs a copy.
 */
export function withOnChipCopies(m: ir.Module): ir.Module {
  return onChipCopies(m).module;
}

/**
 * `withOnChipCopies`, with the way back for names: `scheduledName` maps a function or buffer of the
 * result to the one of `m` the schedule named (the core is the top; `A_local` is the copy of `A`).
 */
export function onChipCopies(m: ir.Module): { module: ir.Module; scheduledFunc: (name: string) => string; scheduledBuffer: (func: string, name: string) => string } {
  const same = { scheduledFunc: (n: string) => n, scheduledBuffer: (_: string, n: string) => n };
  const top = m.funcs.find((f) => f.name === m.top)!;
  if (!top.params.some((p) => p.kind === "buffer" && needsOnChipCopy(p))) return { module: m, ...same };
  let next = 1;
  const see = (id: number) => { if (id >= next) next = id + 1; };
  for (const f of m.funcs) {
    f.params.forEach((p) => see(p.id));
    walkStmts(f.body, (s) => {
      if (s.kind === "for") see(s.iv.id);
      else if (s.kind === "alloc") see(s.buf.id);
      else if (s.kind === "call") s.results.forEach((r) => see(r.id));
    });
  }
  const fresh = () => next++;
  const names = new Set(m.funcs.map((f) => f.name));
  let coreName = `${top.name}_core`;
  for (let k = 1; names.has(coreName); k++) coreName = `${top.name}_core_${k}`;
  const written = writtenParams(m, top);
  const body: ir.Stmt[] = [];
  const after: ir.Stmt[] = [];
  const params: ir.Param[] = [];
  const args: ir.CallArg[] = [];
  top.params.forEach((p, i) => {
    if (p.kind !== "buffer") {
      const q: ir.ScalarParam = { ...p, id: fresh() };
      params.push(q);
      args.push({ kind: "param", type: q.type, param: q });
      return;
    }
    const port: ir.Buffer = { ...p, id: fresh(), partition: undefined };
    params.push(port);
    if (!needsOnChipCopy(p)) { args.push(port); return; }
    const local: ir.Buffer = { ...p, id: fresh(), name: `${p.name}_local`, storage: "local", init: undefined };
    body.push({ kind: "alloc", buf: local, range: p.range }, { kind: "copy", dst: local, src: port, range: p.range });
    if (written.has(i)) after.push({ kind: "copy", dst: port, src: local, range: p.range });
    args.push(local);
  });
  const results: ir.Buffer[] = top.results.map((t, i) => ({
    kind: "buffer", id: fresh(), name: `result_${i}`, type: t.kind === "array" ? t : { kind: "array", elem: t, shape: [] }, storage: "local", range: top.range,
  }));
  body.push({ kind: "call", callee: coreName, args, results, range: top.range }, ...after);
  if (results.length) {
    body.push({
      kind: "return", range: top.range,
      values: results.map((r, i): ir.CallArg => (top.results[i]!.kind === "array" ? r : { kind: "load", type: r.type.elem, buf: r, indices: [] })),
    });
  }
  const wrapper: ir.Func = { kind: "func", name: top.name, params, results: top.results, body, attrs: {}, range: top.range };
  const core: ir.Func = { ...top, name: coreName };
  const copies = new Map(top.params.filter((p): p is ir.Buffer => p.kind === "buffer" && needsOnChipCopy(p)).map((p) => [`${p.name}_local`, p.name]));
  return {
    module: { ...m, funcs: [...m.funcs.map((f) => (f === top ? core : f)), wrapper] },
    scheduledFunc: (n) => (n === coreName ? top.name : n),
    scheduledBuffer: (f, n) => (f === top.name ? copies.get(n) ?? n : n),
  };
}

/** Indices of `f`'s array parameters that it (or what it calls) may write; all of them for recursion. */
export function writtenParams(m: ir.Module, f: ir.Func, memo = new Map<string, Set<number> | "busy">()): Set<number> {
  const got = memo.get(f.name);
  if (got === "busy") return new Set(f.params.map((_, i) => i));
  if (got) return got;
  memo.set(f.name, "busy");
  const out = new Set<number>();
  const index = new Map(f.params.map((p, i) => [p.id, i]));
  const mark = (b: ir.Buffer) => { const i = index.get(b.id); if (i !== undefined) out.add(i); };
  walkStmts(f.body, (s) => {
    if (s.kind === "store") mark(s.buf);
    else if (s.kind === "copy") mark(s.dst);
    else if (s.kind === "call") {
      const g = m.funcs.find((x) => x.name === s.callee);
      const inner = g ? writtenParams(m, g, memo) : undefined;
      s.args.forEach((a, i) => { if (a.kind === "buffer" && (!inner || inner.has(i))) mark(a); });
    }
  });
  memo.set(f.name, out);
  return out;
}
