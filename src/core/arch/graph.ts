/**
 * The architecture graph (DESIGN §7): an IR snapshot as plain data the studio draws and the CLI
 * prints. Nodes are the top function's ports and off-chip memories, the kernels (functions and
 * their call instances), on-chip buffers with their banks and storage, and, once schedules create
 * them, PE grids and FIFOs. Edges say who reads and writes what, with element counts.
 */
import { externalPorts, hardwarePlan, memoryOf } from "./plan";
import type { SourceRange } from "../diagnostics";
import * as ir from "../ir/nodes";
import { elementCount, typeToString } from "../types/types";
import { constTrips, exprChildren, stmtExprs } from "../ir/nodes";
import { expandGrids, hasCompactGrids } from "../schedule/grid";
import { marksKernelStreams } from "../schedule/grid-stream-out";
import { layoutText } from "../frontend/layout";

export type ArchNodeKind = "memory" | "port" | "kernel" | "buffer" | "pe" | "fifo";

export interface ArchNode {
  readonly id: string;
  readonly kind: ArchNodeKind;
  readonly label: string;
  /** Element type and shape, e.g. "int8[16, 16]" (memories, buffers, FIFOs, ports). */
  readonly type?: string;
  /** Kernel that owns a buffer / PE (its node id). */
  readonly parent?: string;
  /** Buffers and memories: number of banks from `partition` and the storage it implies. */
  readonly banks?: number;
  readonly storage?: string;
  /** Memories (top-level arrays): an m_axi port, or an on-chip copy of one when the schedule partitions it. */
  readonly interface?: "m_axi" | "on-chip copy";
  /** PEs: position in the grid. */
  readonly grid?: readonly number[];
  /**
   * A PE grid drawn as one node (more than MAX_DRAWN_PES PEs): its shape; `grid` is then its last
   * PE's position. FIFOs: how many channels of a grid's FIFO chain the node stands for.
   */
  readonly shape?: readonly number[];
  readonly instances?: number;
  /** FIFOs: depth. */
  readonly depth?: number;
  /** Kernels: loop count and whether any loop is pipelined. */
  readonly loops?: number;
  readonly pipelined?: boolean;
  /** Kernels: a loader or drainer at the edge of a streamed PE grid (part of the grid's hardware, not an operator). */
  readonly edgeRole?: "loader" | "drainer";
  /**
   * Kernels called more than once: which call this node stands for (2, 3, …; the first call is the
   * function's own node). Each call is a kernel of its own in dataflow order, with its own edges.
   */
  readonly call?: number;
  /**
   * Groups of identical blocks of kernels folded by the studio's diagram: blocks, kernels per block,
   * and the block's first and last operators (`reshape3d_2d … add3d`).
   */
  readonly repeat?: { readonly count: number; readonly period: number; readonly ends?: string };
  /** One block of such a group (its `index`-th of `count`), holding that block's kernels. */
  readonly block?: { readonly index: number; readonly count: number };
  readonly ranges: readonly SourceRange[];
}

export interface ArchEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** "read" (data flows from a memory/buffer into a kernel), "write", "call" (caller → callee with arguments). */
  readonly kind: "read" | "write" | "call" | "stream";
  /** Elements moved per invocation of the top function; undefined when a loop bound is data-dependent. */
  readonly elements?: number;
  readonly label?: string;
}

export interface ArchGraph {
  readonly top: string;
  readonly nodes: readonly ArchNode[];
  readonly edges: readonly ArchEdge[];
}

/** Banks and storage of an on-chip buffer: the hardware plan's (the estimator's memory model). */
function storageOf(b: ir.Buffer): { banks: number; storage: string } {
  return memoryOf(b, false);
}

/** PE grids of more PEs than this are drawn as one node, their FIFO chains as one FIFO node each. */
export const MAX_DRAWN_PES = 1024;

/**
 * Builds the graph of module `m` (callees become kernel nodes inside the top; unfolded PEs become "pe"
 * nodes with their grid position). `m` may hold compact PE grids (schedule/grid.ts): grids up to
 * MAX_DRAWN_PES are drawn PE by PE; larger ones as one summary node (never expanded).
 */
export function buildArchGraph(m: ir.Module, written?: ir.Module): ArchGraph {
  const big = m.funcs.some((f) => f.attrs.peGrid && f.attrs.peGrid.shape.reduce((a, b) => a * b, 1) > MAX_DRAWN_PES);
  if (hasCompactGrids(m) && !big) m = expandGrids(m);
  const nodes: ArchNode[] = [];
  const edges: ArchEdge[] = [];
  const top = m.funcs.find((f) => f.name === m.top)!;
  const funcs = new Map(m.funcs.map((f) => [f.name, f]));
  const kernelId = (f: string) => `kernel:${f}`;
  // Which node represents each buffer (by IR id): top array args are memories, locals are buffers.
  const bufNode = new Map<number, string>();
  // The PE instances are the hardware plan's (the same grid the estimator and the exports see).
  const plan = hardwarePlan(m, written);
  const pes = new Map(plan.kernels.flatMap((k) => (k.pe ? [[k.name, k.pe] as const] : [])));
  // Loop counts (in the user's words) and pipeline flags are the plan's.
  const planned = new Map(plan.kernels.map((k) => [k.name, k]));
  /** "kernel|memory node" → the Layout of the parameter it is bound through (`@ [S(0), R] · 32×64`). */
  const shardLabels = new Map<string, string>();

  const external = externalPorts(m);
  for (const p of top.params) {
    if (p.kind === "buffer") {
      const id = `memory:${p.name}`;
      const copy = !external.has(p.id);
      nodes.push({ id, kind: "memory", label: p.name, type: typeToString(p.type), ...memoryOf(p, !copy), interface: copy ? "on-chip copy" : "m_axi", ranges: [p.range] });
      bufNode.set(p.id, id);
    } else {
      nodes.push({ id: `port:${p.name}`, kind: "port", label: p.name, type: typeToString(p.type), ranges: [p.range] });
    }
  }

  const visited = new Set<string>();
  // Compact grids: the function whose unfold loops call each PE body.
  const gridCaller = new Map<string, string>();
  /** Calls so far per function (a function called again gets a node per call). */
  const calls = new Map<string, number>();
  /**
   * Visits `f`'s body once per node: the function's own node on its first call, and `again` (its n-th
   * call) for each later call of a plain kernel, which counts only what that call reads and writes
   * of its arguments (the buffers inside are drawn once, in the first call's node).
   */
  const visitFunc = (f: ir.Func, callRange?: SourceRange, again?: number): string => {
    if (!again && visited.has(f.name)) return kernelId(f.name);
    visited.add(f.name);
    const spec = f.attrs.peGrid;
    const instances = spec ? spec.shape.reduce((a, b) => a * b, 1) : 1;
    const kid = again ? `${kernelId(f.name)}#${again}` : kernelId(f.name);
    const own = `buffer:${f.name}:`;
    const loops = planned.get(f.name)?.loops ?? 0;
    const pipelined = planned.get(f.name)?.pipelined ?? false;
    const counts = new Map<string, { reads: number | undefined; writes: number | undefined }>();
    const bump = (node: string | undefined, write: boolean, mult: number | undefined) => {
      if (!node || (again && node.startsWith(own))) return;
      const c = counts.get(node) ?? { reads: 0, writes: 0 };
      const add = (x: number | undefined) => (x === undefined || mult === undefined ? undefined : x + mult);
      if (write) c.writes = add(c.writes);
      else c.reads = add(c.reads);
      counts.set(node, c);
    };
    const visitExpr = (e: ir.Expr, mult: number | undefined): void => {
      if (e.kind === "load") bump(bufNode.get(e.buf.id), false, mult);
      for (const c of exprChildren(e)) visitExpr(c, mult);
    };
    const visit = (ss: readonly ir.Stmt[], mult: number | undefined): void => {
      for (const s of ss) {
        switch (s.kind) {
          case "alloc": {
            if (s.buf.type.shape.length === 0 || again) break;
            const id = `buffer:${f.name}:${s.buf.name}:${s.buf.id}`;
            const { banks, storage } = storageOf(s.buf);
            nodes.push({ id, kind: "buffer", label: s.buf.userName ?? s.buf.name, type: typeToString(s.buf.type), parent: kid, banks, storage, ranges: [s.buf.range] });
            bufNode.set(s.buf.id, id);
            break;
          }
          case "for": {
            const trips = constTrips(s);
            const inner = mult === undefined || trips === undefined ? undefined : mult * trips;
            for (const e of stmtExprs(s)) visitExpr(e, mult);
            visit(s.body, inner);
            break;
          }
          case "while": visitExpr(s.cond, undefined); visit(s.body, undefined); break;
          case "if": visitExpr(s.cond, mult); visit(s.then, mult); visit(s.else, mult); break;
          case "store": bump(bufNode.get(s.buf.id), true, mult); s.indices.forEach((x) => visitExpr(x, mult)); visitExpr(s.value, mult); break;
          case "copy": {
            const n = mult === undefined ? undefined : mult * elementCount(s.src.type);
            bump(bufNode.get(s.src.id), false, n);
            bump(bufNode.get(s.dst.id), true, n);
            break;
          }
          case "return":
            s.values.forEach((v) => v.kind !== "buffer" && visitExpr(v, mult));
            break;
          // A loader puts what it reads (the edge kernels of a streamed grid).
          case "stream-put": visitExpr(s.value, mult); break;
          case "call": {
            const callee = funcs.get(s.callee);
            if (!callee || again) break;
            s.args.forEach((a, i) => {
              if (a.kind !== "buffer") { visitExpr(a, mult); return; }
              const p = callee.params[i];
              // The callee's parameter stands for the caller's buffer.
              if (p && p.kind === "buffer") bufNode.set(p.id, bufNode.get(a.id) ?? "");
              if (p && p.kind === "buffer" && p.shard) shardLabels.set(`${s.callee}|${bufNode.get(a.id) ?? ""}`, `${p.name} @ ${layoutText(p.shard.parts)} · ${p.shard.shape.join("×")}`);
            });
            const results: string[] = [];
            s.results.forEach((r) => {
              if (r.type.shape.length === 0) return;
              const id = `buffer:${f.name}:${r.name}:${r.id}`;
              nodes.push({ id, kind: "buffer", label: r.userName ?? r.name, type: typeToString(r.type), parent: kid, ...storageOf(r), ranges: [s.range] });
              bufNode.set(r.id, id);
              results.push(id);
            });
            if (callee.attrs.peGrid) gridCaller.set(callee.name, f.name);
            const n = (calls.get(callee.name) ?? 0) + 1;
            calls.set(callee.name, n);
            // PEs and grids stay one node per function (the hardware plan's instances).
            const plain = !callee.attrs.peGrid && !pes.has(callee.name);
            const target = visitFunc(callee, s.range, plain && n > 1 ? n : undefined);
            edges.push({ id: `call:${f.name}->${target.slice(7)}:${edges.length}`, from: kid, to: target, kind: "call", label: s.callee });
            // Dataflow: the call's kernel produces the caller's result buffers.
            s.results.forEach((r, i) => {
              const id = results[i];
              if (id) edges.push({ id: `write:${target}->${id}`, from: target, to: id, kind: "write", elements: mult === undefined ? undefined : mult * elementCount(r.type) });
            });
            break;
          }
        }
      }
    };
    const idx = nodes.length;
    // A compact grid's body stands for all its PEs: what it moves, it moves once per PE.
    visit(f.body, instances);
    const ranges = callRange ? [f.range, callRange] : [f.range];
    const pe = pes.get(f.name);
    const caller = gridCaller.get(f.name);
    nodes.splice(idx, 0, spec && caller
      ? { id: kid, kind: "pe", label: `${f.name} [${spec.shape.join("×")}]`, parent: kernelId(caller), grid: spec.shape.map((n) => n - 1), shape: spec.shape, instances, loops, pipelined, ranges: [f.range] }
      : pe
      ? { id: kid, kind: "pe", label: f.name, parent: kernelId(pe.caller), grid: pe.grid, loops, pipelined, ranges: [f.range] }
      : { id: kid, kind: "kernel", label: again ? `${f.name} #${again}` : f.name, parent: f === top ? undefined : kernelId(top.name), loops, pipelined, ...(again ? { call: again } : {}), ...(planned.get(f.name)?.edge ? { edgeRole: planned.get(f.name)!.edge!.role } : {}), ranges });
    for (const [node, c] of counts) {
      if (!node) continue;
      const shard = shardLabels.get(`${f.name}|${node}`);
      if (c.reads !== 0) edges.push({ id: `read:${node}->${kid}`, from: node, to: kid, kind: "read", elements: c.reads, ...(shard ? { label: shard } : {}) });
      if (c.writes !== 0) edges.push({ id: `write:${kid}->${node}`, from: kid, to: node, kind: "write", elements: c.writes, ...(shard ? { label: shard } : {}) });
    }
    return kid;
  };
  visitFunc(top);

  // An array `s.to` could not make a channel (schedule/kernel-stream.ts says why) stays the buffer it
  // is (its storage says FIFO, as the estimator counts it): the diagram's FIFOs are the channels.
  addChannels(m, nodes, edges);
  if (big && marksKernelStreams(m)) drawStreamedOutputs(m, nodes, edges);
  addChains(m, nodes, edges, gridCaller, bufNode);

  // Returned arrays leave the accelerator: show them as output memories. An array a called kernel
  // produced (a composed model's last operator) flows from its buffer, the end of the dataflow chain.
  const ret = [...top.body].reverse().find((st): st is ir.Return => st.kind === "return");
  top.results.forEach((t, i) => {
    if (t.kind !== "array") return;
    const id = `memory:return${top.results.length > 1 ? `_${i}` : ""}`;
    nodes.push({ id, kind: "memory", label: top.results.length > 1 ? `return_${i}` : "return", type: typeToString(t), ranges: [top.range] });
    const v = ret?.values[i];
    const produced = v?.kind === "buffer" ? bufNode.get(v.id) : undefined;
    const from = produced && edges.some((e) => e.kind === "write" && e.to === produced && e.from !== kernelId(top.name)) ? produced : kernelId(top.name);
    edges.push({ id: `write:${from}->${id}`, from, to: id, kind: "write", elements: elementCount(t) });
  });
  return { top: top.name, nodes, edges };
}

/**
 * A grid too big to draw PE by PE is drawn compact, but `s.to` may stream an array out of it into
 * another kernel, which only the expanded module decides (schedule/grid-stream-out.ts). Such an
 * array is drawn as the FIFO the simulator and the exports have: its producer kernel puts to it and
 * its readers get from it.
 */
function drawStreamedOutputs(m: ir.Module, nodes: ArchNode[], edges: ArchEdge[]): void {
  const x = expandGrids(m);
  for (const f of x.funcs) {
    for (const st of f.body) {
      if (st.kind !== "alloc" || st.buf.storage !== "stream") continue;
      const b = st.buf;
      const owner = `kernel:${f.name}`;
      const at = nodes.findIndex((n) => n.kind === "buffer" && n.parent === owner && n.id.startsWith(`buffer:${f.name}:${b.name}:`));
      if (at < 0) continue;
      const old = nodes[at]!;
      const fifo = `fifo:${b.name}`;
      const producer = f.body.find((c): c is ir.CallStmt => c.kind === "call" && c.args.some((a) => a.kind === "buffer" && a.id === b.id) && isPutter(x, c.callee, c.args.findIndex((a) => a.kind === "buffer" && a.id === b.id)));
      nodes[at] = { id: fifo, kind: "fifo", label: b.name, type: typeToString(b.type.shape.length ? b.type : b.type.elem), depth: b.stream?.depth ?? 2, parent: owner, ranges: old.ranges };
      let moved: number | undefined;
      for (let i = edges.length - 1; i >= 0; i--) {
        const e = edges[i]!;
        // The owner's store of the call's result: the producer puts the same elements instead.
        if (e.to === old.id) { moved = e.elements; edges.splice(i, 1); }
        else if (e.from === old.id) edges[i] = { ...e, id: `stream:${fifo}->${e.to}`, from: fifo, kind: "stream", label: b.name };
      }
      if (producer) edges.push({ id: `stream:kernel:${producer.callee}->${fifo}`, from: `kernel:${producer.callee}`, to: fifo, kind: "stream", elements: moved, label: b.name });
    }
  }
}

/** Does `callee` (or a function it calls) put to its parameter `index`? */
function isPutter(m: ir.Module, callee: string, index: number, depth = 0): boolean {
  const f = m.funcs.find((g) => g.name === callee);
  const p = f?.params[index];
  if (!f || !p || p.kind !== "buffer" || depth > 16) return false;
  let puts = false;
  const visit = (ss: readonly ir.Stmt[]): void => {
    for (const st of ss) {
      if ((st.kind === "stream-put" || st.kind === "stream-put-block") && st.stream.id === p.id) puts = true;
      else if (st.kind === "for" || st.kind === "while") visit(st.body);
      else if (st.kind === "if") { visit(st.then); visit(st.else); }
      else if (st.kind === "call") st.args.forEach((a, i) => { if (a.kind === "buffer" && a.id === p.id && isPutter(m, st.callee, i, depth + 1)) puts = true; });
    }
  };
  visit(f.body);
  return puts;
}

/**
 * FIFOs: every channel a dataflow function allocates (a region's streams, the FIFOs `s.to` puts
 * between PEs), with an edge from each instance that puts to it and to each instance that gets from it.
 */
function addChannels(m: ir.Module, nodes: ArchNode[], edges: ArchEdge[]): void {
  for (const owner of m.funcs) if (owner.attrs.dataflow) addChannelsOf(m, owner, nodes, edges);
}

function addChannelsOf(m: ir.Module, top: ir.Func, nodes: ArchNode[], edges: ArchEdge[]): void {
  const funcs = new Map(m.funcs.map((f) => [f.name, f]));
  const chans = new Map<number, ir.Buffer>();
  for (const s of top.body) if (s.kind === "alloc" && s.buf.storage === "stream") chans.set(s.buf.id, s.buf);
  const ids = new Set(nodes.map((n) => n.id));
  if (chans.size === 0 || !ids.has(`kernel:${top.name}`)) return;
  for (const b of chans.values()) {
    nodes.push({ id: `fifo:${b.name}`, kind: "fifo", label: b.name, type: typeToString(b.type.shape.length ? b.type : b.type.elem), depth: b.stream?.depth ?? 2, parent: `kernel:${top.name}`, ranges: [b.range] });
  }
  for (const s of top.body) {
    if (s.kind !== "call") continue;
    const f = funcs.get(s.callee);
    const kid = `kernel:${s.callee}`;
    if (!f || !ids.has(kid)) continue;
    const top0 = new Map<number, ir.Buffer>();
    s.args.forEach((a, i) => {
      const p = f.params[i];
      if (a.kind === "buffer" && chans.has(a.id) && p && p.kind === "buffer") top0.set(p.id, a);
    });
    const counts = new Map<string, { put: boolean; n: number | undefined }>();
    // `bind`: the channel each stream parameter of the function being visited stands for. A kernel's
    // callees count as the kernel (a grid's drainer puts to the FIFO out of its grid kernel).
    const note = (bind: ReadonlyMap<number, ir.Buffer>, param: ir.Buffer, put: boolean, mult: number | undefined) => {
      const c = bind.get(param.id);
      if (!c) return;
      const key = `${put ? "put" : "get"}:${c.name}`;
      const prev = counts.get(key);
      counts.set(key, { put, n: prev === undefined ? mult : prev.n === undefined || mult === undefined ? undefined : prev.n + mult });
    };
    const visitE = (bind: ReadonlyMap<number, ir.Buffer>, e: ir.Expr, mult: number | undefined): void => {
      if (e.kind === "stream-get") note(bind, e.stream, false, mult);
      for (const c of exprChildren(e)) visitE(bind, c, mult);
    };
    const visit = (bind: ReadonlyMap<number, ir.Buffer>, ss: readonly ir.Stmt[], mult: number | undefined, depth: number): void => {
      for (const st of ss) {
        if (st.kind === "for") {
          const trips = constTrips(st);
          visit(bind, st.body, mult === undefined || trips === undefined ? undefined : mult * trips, depth);
        } else if (st.kind === "while") visit(bind, st.body, undefined, depth);
        else if (st.kind === "if") { visitE(bind, st.cond, mult); visit(bind, st.then, mult, depth); visit(bind, st.else, mult, depth); }
        else if (st.kind === "stream-put") { note(bind, st.stream, true, mult); visitE(bind, st.value, mult); }
        else if (st.kind === "stream-put-block") note(bind, st.stream, true, mult === undefined ? undefined : mult * elementCount(st.stream.type));
        else if (st.kind === "stream-get-block") note(bind, st.stream, false, mult === undefined ? undefined : mult * elementCount(st.stream.type));
        else if (st.kind === "store") { st.indices.forEach((x) => visitE(bind, x, mult)); visitE(bind, st.value, mult); }
        else if (st.kind === "call" && depth < 16) {
          const g = funcs.get(st.callee);
          if (!g) continue;
          const inner = new Map<number, ir.Buffer>();
          st.args.forEach((a, i) => {
            const p = g.params[i];
            const c = a.kind === "buffer" ? bind.get(a.id) : undefined;
            if (c && p && p.kind === "buffer") inner.set(p.id, c);
          });
          if (inner.size) visit(inner, g.body, mult, depth + 1);
        }
      }
    };
    visit(top0, f.body, 1, 0);
    for (const [key, c] of counts) {
      const fifo = `fifo:${key.slice(4)}`;
      if (c.put) edges.push({ id: `stream:${kid}->${fifo}`, from: kid, to: fifo, kind: "stream", elements: c.n, label: key.slice(4) });
      else edges.push({ id: `stream:${fifo}->${kid}`, from: fifo, to: kid, kind: "stream", elements: c.n, label: key.slice(4) });
    }
  }
}

/**
 * The FIFO chains of compact PE grids drawn as one node each: `<buf>_fifo` with the chains' depth,
 * standing for one channel into every PE but the first of its line; the grid puts to it and gets
 * from it. Elements: every PE but the last of a line forwards each element it reads.
 */
function addChains(m: ir.Module, nodes: ArchNode[], edges: ArchEdge[], gridCaller: ReadonlyMap<string, string>, bufNode: ReadonlyMap<number, string>): void {
  for (const f of m.funcs) {
    const spec = f.attrs.peGrid;
    const caller = gridCaller.get(f.name);
    if (!spec || !caller) continue;
    const count = spec.shape.reduce((a, b) => a * b, 1);
    for (const r of spec.relays) {
      const n = spec.shape[r.axis] ?? 1;
      const channels = (count / n) * (n - 1);
      const src = bufNode.get(r.bufId);
      const read = edges.find((e) => e.kind === "read" && e.from === src && e.to === `kernel:${f.name}`);
      // Only the first PE of each line still reads the array; the rest of its reads come from the chain.
      const perPe = read?.elements === undefined ? undefined : read.elements / count;
      const id = `fifo:${r.bufName}_fifo`;
      const owner = m.funcs.find((g) => g.name === caller);
      const b = owner ? ir.buffersOf(owner).find((x) => x.id === r.bufId) : undefined;
      nodes.push({ id, kind: "fifo", label: `${r.bufName}_fifo ×${channels}`, type: b ? typeToString(b.type.elem) : undefined, depth: r.depth, instances: channels, parent: `kernel:${caller}`, ranges: [r.range] });
      if (read) {
        const i = edges.indexOf(read);
        edges[i] = { ...read, elements: perPe === undefined ? undefined : perPe * (count / n) };
      }
      const moved = perPe === undefined ? undefined : perPe * channels;
      edges.push({ id: `stream:kernel:${f.name}->${id}`, from: `kernel:${f.name}`, to: id, kind: "stream", elements: moved, label: `${r.bufName}_fifo` });
      edges.push({ id: `stream:${id}->kernel:${f.name}`, from: id, to: `kernel:${f.name}`, kind: "stream", elements: moved, label: `${r.bufName}_fifo` });
    }
  }
}

