/**
 * The dataflow region of a design as the AIE mapping sees it: kernel instances (a core's worth of work
 * each), the streams between them, and for every instance the parts (boxes) of the region's array
 * arguments it reads and writes. A design that is a single kernel is a region of one instance.
 */
import type { DiagnosticSink, SourceRange } from "../../diagnostics";
import type * as ir from "../../ir/nodes";
import { exprChildren, findFunc, stmtExprs } from "../../ir/nodes";
import { analyzeAccesses, staticCount } from "./access";
import type { Box } from "./access";
import { isDynamic, typeToString } from "../../types/types";

export interface Instance {
  /** The IR function of this instance (e.g. `gemm_0_1`). */
  readonly func: ir.Func;
  readonly name: string;
  /** The `@df.kernel` it came from (the function itself for a single kernel). */
  readonly kernel: string;
  readonly pid: readonly number[];
  /** Position in the region body (call order). */
  readonly index: number;
  readonly range: SourceRange;
}

/** One instance's use of one region argument through one of its parameters. */
export interface ArgUse {
  readonly instance: Instance;
  /** The instance function's parameter bound to the argument. */
  readonly param: ir.Buffer;
  readonly read: boolean;
  readonly written: boolean;
  /** The kernel stores every element of `box`, so the old contents need not be sent. */
  readonly covered: boolean;
  readonly box: Box;
}

export interface RegionArg {
  readonly param: ir.Buffer;
  readonly index: number;
  readonly uses: readonly ArgUse[];
}

export interface StreamEdge {
  /** The region's stream buffer. */
  readonly buf: ir.Buffer;
  readonly name: string;
  readonly depth: number;
  readonly producer: Instance;
  readonly consumer: Instance;
  readonly producerParam: ir.Buffer;
  readonly consumerParam: ir.Buffer;
  /** Elements (or blocks, for streams of blocks) one run of the producer puts (= the consumer gets). */
  readonly count: number;
}

export interface Region {
  readonly top: ir.Func;
  readonly module: ir.Module;
  readonly instances: readonly Instance[];
  readonly args: readonly RegionArg[];
  readonly streams: readonly StreamEdge[];
}

function countStreamOps(f: ir.Func, param: ir.Buffer, what: "put" | "get"): number | undefined {
  const inExpr = (e: ir.Expr): number => (e.kind === "stream-get" && e.stream.id === param.id ? 1 : 0) + exprChildren(e).reduce((n, c) => n + inExpr(c), 0);
  return staticCount(f.body, (s) => {
    if (what === "put") return (s.kind === "stream-put" || s.kind === "stream-put-block") && s.stream.id === param.id ? 1 : 0;
    if (s.kind === "stream-get-block" && s.stream.id === param.id) return 1;
    return stmtExprs(s).reduce((n, e) => n + inExpr(e), 0);
  });
}

function usesStream(f: ir.Func, param: ir.Buffer, what: "put" | "get"): boolean {
  const c = countStreamOps(f, param, what);
  if (c === undefined) return true;
  return c > 0;
}

/** The region of `m`'s top function, or undefined after reporting why it cannot be mapped. */
export function extractRegion(m: ir.Module, sink: DiagnosticSink): Region | undefined {
  const top = findFunc(m, m.top)!;
  for (const r of top.results) {
    sink.error("E-aie-region", `the AIE export maps kernels that write their results into arguments; '${top.name}' returns ${r.kind === "array" ? "an array" : "a value"} — pass an output array argument instead`, top.range);
    return undefined;
  }
  for (const p of top.params) {
    if (p.kind === "scalar-param" || p.type.shape.length === 0) {
      sink.error("E-aie-scalar-arg", `argument '${p.name}' is a scalar; the AIE export moves arrays between the host and the cores — make it a 1-element array (as Allo requires for df.kernel args)`, p.range);
      return undefined;
    }
    if (isDynamic(p.type)) {
      // ObjectFIFO sizes, DMA descriptors and the host's buffers are fixed when the design is built.
      sink.error("E-aie-shape", `argument '${p.name}' has a dynamic shape (${typeToString(p.type)}); the AIE export sizes its ObjectFIFOs, DMA transfers and host buffers when the design is built — give '${p.name}' a static shape`, p.range);
      return undefined;
    }
  }
  const calls = top.body.filter((s): s is ir.CallStmt => s.kind === "call");
  const isRegion = !!top.attrs.dataflow && calls.length > 0 && calls.every((c) => !!findFunc(m, c.callee)?.attrs.instance);
  const instances: Instance[] = [];
  const argUses = new Map<number, ArgUse[]>();
  const streamEnds = new Map<number, { put: { inst: Instance; param: ir.Buffer; count: number | undefined }[]; get: { inst: Instance; param: ir.Buffer; count: number | undefined }[] }>();
  const topArgs = top.params as readonly ir.Buffer[];
  /** Kernels already reported for an access outside a shard (one diagnostic per kernel and argument). */
  const outside = new Set<string>();
  const addUses = (inst: Instance, bindings: readonly { param: ir.Buffer; arg: ir.Buffer }[]): void => {
    const acc = analyzeAccesses(inst.func, bindings.map((b) => b.param));
    for (const { param, arg } of bindings) {
      const a = acc.get(param.id)!;
      if (!a.read && !a.written) continue;
      // A declared Layout shard is what the core receives (Allo transfers whole shards); the accesses must stay in it.
      let box = a.box;
      let covered = a.covered;
      if (param.shard) {
        const shard: Box = { origin: param.shard.origin, shape: param.shard.shape };
        if (!a.box.origin.every((o, d) => o >= shard.origin[d]! && o + a.box.shape[d]! <= shard.origin[d]! + shard.shape[d]!)) {
          if (!outside.has(`${inst.kernel}|${arg.name}`)) sink.error("E-layout", `'${inst.name}' accesses ${boxText(a.box)} of '${arg.name}', outside its Layout shard ${boxText(shard)}; keep the local indices within ${param.shard.shape.join(" × ")}`, param.range);
          outside.add(`${inst.kernel}|${arg.name}`);
          continue;
        }
        covered = a.covered && sameBox(a.box, shard);
        box = shard;
      }
      const list = argUses.get(arg.id) ?? [];
      list.push({ instance: inst, param, read: a.read, written: a.written, covered, box });
      argUses.set(arg.id, list);
    }
  };
  if (!isRegion) {
    const inst: Instance = { func: top, name: top.name, kernel: top.name, pid: [], index: 0, range: top.range };
    instances.push(inst);
    addUses(inst, topArgs.map((p) => ({ param: p, arg: p })));
  } else {
    for (const s of top.body) {
      if (s.kind === "alloc" && s.buf.storage === "stream") continue;
      if (s.kind !== "call") {
        sink.error("E-aie-region", "the AIE export maps a region made of stream declarations and @df.kernel instances; move this statement into a kernel", s.range);
        return undefined;
      }
      const f = findFunc(m, s.callee)!;
      const info = f.attrs.instance!;
      const inst: Instance = { func: f, name: f.name, kernel: info.kernel, pid: info.pid, index: instances.length, range: f.range };
      instances.push(inst);
      const bindings: { param: ir.Buffer; arg: ir.Buffer }[] = [];
      for (let i = 0; i < s.args.length; i++) {
        const a = s.args[i]!;
        const p = f.params[i]!;
        if (a.kind !== "buffer" || p.kind !== "buffer") {
          sink.error("E-aie-scalar-arg", `instance '${f.name}' takes a scalar argument; the AIE export passes arrays and streams only — capture constants from the region instead`, s.range);
          return undefined;
        }
        if (a.storage === "stream") {
          const ends = streamEnds.get(a.id) ?? { put: [], get: [] };
          if (usesStream(f, p, "put")) ends.put.push({ inst, param: p, count: countStreamOps(f, p, "put") });
          if (usesStream(f, p, "get")) ends.get.push({ inst, param: p, count: countStreamOps(f, p, "get") });
          streamEnds.set(a.id, ends);
        } else bindings.push({ param: p, arg: a });
      }
      addUses(inst, bindings);
    }
  }
  if (outside.size) return undefined;
  const streams: StreamEdge[] = [];
  const streamBufs = new Map<number, ir.Buffer>();
  for (const s of top.body) if (s.kind === "alloc" && s.buf.storage === "stream") streamBufs.set(s.buf.id, s.buf);
  for (const [id, ends] of streamEnds) {
    const buf = streamBufs.get(id);
    if (!buf) continue;
    if (ends.put.length === 0 && ends.get.length === 0) continue;
    if (ends.put.length !== 1 || ends.get.length !== 1) {
      sink.error("E-aie-stream", `stream '${buf.name}' must have exactly one producer and one consumer instance to become an object FIFO (it has ${ends.put.length} and ${ends.get.length})`, buf.range);
      return undefined;
    }
    const p = ends.put[0]!;
    const c = ends.get[0]!;
    if (p.inst === c.inst) {
      sink.error("E-aie-stream", `stream '${buf.name}' is put and got by the same instance '${p.inst.name}'; use a local buffer instead`, buf.range);
      return undefined;
    }
    if (p.count === undefined || c.count === undefined) {
      sink.error("E-aie-stream", `the number of elements on stream '${buf.name}' per run is not static in '${(p.count === undefined ? p.inst : c.inst).name}'; the AIE export needs constant loop bounds around put/get (no put/get under if/while)`, buf.range);
      return undefined;
    }
    if (p.count !== c.count) {
      sink.error("E-aie-stream", `'${p.inst.name}' puts ${p.count} elements on stream '${buf.name}' per run but '${c.inst.name}' gets ${c.count}; they must match`, buf.range);
      return undefined;
    }
    streams.push({ buf, name: buf.name, depth: buf.stream?.depth ?? 2, producer: p.inst, consumer: c.inst, producerParam: p.param, consumerParam: c.param, count: p.count });
  }
  const args: RegionArg[] = topArgs.map((param, index) => ({ param, index, uses: argUses.get(param.id) ?? [] }));
  for (const a of args) {
    const writers = a.uses.filter((u) => u.written);
    for (let i = 0; i < writers.length; i++) {
      for (let j = i + 1; j < writers.length; j++) {
        if (overlaps(writers[i]!.box, writers[j]!.box)) {
          sink.error("E-aie-shard", `instances '${writers[i]!.instance.name}' and '${writers[j]!.instance.name}' both write the same part of '${a.param.name}'; each core must write its own shard (index the argument by df.get_pid())`, a.param.range);
          return undefined;
        }
      }
    }
  }
  return { top, module: m, instances, args, streams };
}

function boxText(b: Box): string {
  return `[${b.origin.map((o, d) => `${o}:${o + b.shape[d]!}`).join(", ")}]`;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.origin.every((o, d) => o < b.origin[d]! + b.shape[d]! && b.origin[d]! < o + a.shape[d]!);
}

export function sameBox(a: Box, b: Box): boolean {
  return a.origin.every((o, d) => o === b.origin[d] && a.shape[d] === b.shape[d]);
}
