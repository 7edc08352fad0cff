/**
 * Mapping a region onto a device (AIE reference §1 step 5, §6): instances → cores on compute tiles
 * (cores in topological order snake through the columns so chained kernels are neighbours; `bundle` and
 * `chain` primitives put several instances on one core, run one after the other), streams → object FIFOs
 * of the stream's depth, region arguments → shim DMA → mem tile → cores with distribute links for
 * sharded reads (broadcast when several cores read the same shard) and join links for sharded writes.
 * The result is plain data: the MLIR printer, the budgets, the replay and the tile view all read it.
 */
import type { DiagnosticSink, SourceRange } from "../../diagnostics";
import type { ScalarType } from "../../types/types";
import { elementCount } from "../../types/types";
import type { Box } from "./access";
import type { DeviceModel } from "./device";
import type { KernelView, Port } from "./kernel-view";
import { NameTable } from "./names";
import type { Instance, Region } from "./region";
import { sameBox } from "./region";
import { boxesPattern } from "./transfer";
import type { Pattern } from "./transfer";

export interface TileRef { readonly col: number; readonly row: number }

export type FifoRole = "shim-to-mem" | "mem-to-core" | "core-to-mem" | "mem-to-shim" | "stream";

export interface Fifo {
  readonly name: string;
  readonly role: FifoRole;
  readonly producer: TileRef;
  readonly consumers: readonly TileRef[];
  readonly depth: number;
  readonly elem: ScalarType;
  /** Shape of one object. */
  readonly shape: readonly number[];
  /** What it carries, for diagnostics: "argument 'A'", "stream 'q'". */
  readonly what: string;
  readonly range: SourceRange;
}

export interface Link {
  readonly tile: TileRef;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  /** Join: element offsets of each input in the output object. */
  readonly srcOffsets: readonly number[];
  /** Distribute: element offsets of each output in the input object. */
  readonly dstOffsets: readonly number[];
}

export interface Transfer {
  readonly fifo: string;
  readonly argIndex: number;
  readonly dir: "in" | "out";
  readonly shim: TileRef;
  readonly pattern: Pattern;
  readonly range: SourceRange;
}

/** One kernel call in a core's loop: which FIFO feeds each kernel parameter. */
export interface CoreStep {
  readonly view: KernelView;
  /** The kernel's C symbol. */
  readonly symbol: string;
  /** Per port (same order as view.ports): FIFO name and whether the core consumes or produces it. */
  readonly ports: readonly { readonly fifo: string; readonly port: Port; readonly mode: "Consume" | "Produce" }[];
}

export interface Core {
  readonly tile: TileRef;
  readonly steps: readonly CoreStep[];
  readonly range: SourceRange;
}

export interface AieMapping {
  readonly device: DeviceModel;
  readonly cores: readonly Core[];
  readonly fifos: readonly Fifo[];
  readonly links: readonly Link[];
  readonly transfers: readonly Transfer[];
  readonly region: Region;
}

export type MappingPrimitive = { readonly kind: "bundle" | "chain"; readonly names: readonly string[]; readonly range: SourceRange };

/** Depth of the FIFOs that carry region arguments (ping-pong). */
export const ARG_FIFO_DEPTH = 2;
/** At most this many shards share one mem-tile link (each uses a mem-tile DMA channel). */
const MAX_LINK_FANOUT = 4;

export function mapRegion(r: Region, views: readonly KernelView[], device: DeviceModel, prims: readonly MappingPrimitive[], symbols: ReadonlyMap<string, string>, sink: DiagnosticSink): AieMapping | undefined {
  const viewOf = new Map(views.map((v) => [v.instance, v]));
  // --- cores: groups of instances -------------------------------------------------------------
  const groupOf = new Map<Instance, Instance[]>();
  for (const i of r.instances) groupOf.set(i, [i]);
  const byName = new Map(r.instances.map((i) => [i.name, i]));
  for (const p of prims) {
    const insts: Instance[] = [];
    for (const n of p.names) {
      const i = byName.get(n);
      if (!i) {
        sink.error("E-aie-mapping", `${p.kind}: no kernel instance is named '${n}'; instances: ${[...byName.keys()].slice(0, 12).join(", ")}${byName.size > 12 ? ", …" : ""}`, p.range);
        return undefined;
      }
      insts.push(i);
    }
    if (p.kind === "chain" && insts.length !== 2) {
      sink.error("E-aie-mapping", "chain takes two instances: (\"chain\", [a, b])", p.range);
      return undefined;
    }
    if (p.kind === "bundle" && new Set(insts.map((i) => i.kernel)).size > 1) {
      sink.error("E-aie-mapping", `bundle groups instances of one kernel (time-multiplexed on one core); got ${[...new Set(insts.map((i) => i.kernel))].join(", ")}`, p.range);
      return undefined;
    }
    const merged = [...new Set(insts.flatMap((i) => groupOf.get(i)!))];
    for (const i of merged) groupOf.set(i, merged);
  }
  // Topological order of instances by streams (stable); a cycle is not mappable (as in Allo).
  const order: Instance[] = [];
  const indeg = new Map(r.instances.map((i) => [i, 0]));
  for (const s of r.streams) indeg.set(s.consumer, indeg.get(s.consumer)! + 1);
  const ready = r.instances.filter((i) => indeg.get(i) === 0);
  while (ready.length) {
    ready.sort((a, b) => a.index - b.index);
    const i = ready.shift()!;
    order.push(i);
    for (const s of r.streams) if (s.producer === i) { indeg.set(s.consumer, indeg.get(s.consumer)! - 1); if (indeg.get(s.consumer) === 0) ready.push(s.consumer); }
  }
  if (order.length < r.instances.length) {
    const left = r.streams.filter((s) => !order.includes(s.producer) && !order.includes(s.consumer));
    sink.error("E-aie-cycle", `the streams ${left.map((s) => `'${s.name}'`).join(", ")} form a cycle between kernel instances; the AIE mapping (like Allo's) needs an acyclic region — each core takes whole objects, so a feedback loop would deadlock`, left[0]?.buf.range ?? r.top.range);
    return undefined;
  }
  // An argument written by one instance and read by another would need ordering through host memory.
  for (const a of r.args) {
    const w = a.uses.find((u) => u.written);
    const rd = a.uses.find((u) => u.read && u.instance !== w?.instance);
    if (w && rd) {
      sink.error("E-aie-shard", `'${a.param.name}' is written by '${w.instance.name}' and read by '${rd.instance.name}'; on the AI Engine pass the data between kernels on a Stream`, a.param.range);
      return undefined;
    }
  }
  const groups: Instance[][] = [];
  for (const i of order) {
    const g = groupOf.get(i)!;
    if (!groups.includes(g)) groups.push(g);
  }
  for (const g of groups) g.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const s of r.streams) {
    const g = groupOf.get(s.producer)!;
    if (g === groupOf.get(s.consumer) && g.indexOf(s.producer) > g.indexOf(s.consumer)) {
      sink.error("E-aie-mapping", `'${s.consumer.name}' runs before '${s.producer.name}' on their shared core but gets stream '${s.name}' from it`, s.buf.range);
      return undefined;
    }
  }
  const slots: TileRef[] = [];
  for (let c = 0; c < device.cols; c++) {
    const rows = c % 2 === 0 ? device.computeRows : [...device.computeRows].reverse();
    for (const row of rows) slots.push({ col: c, row });
  }
  if (groups.length > slots.length) {
    const first = groups[slots.length]![0]!;
    sink.error("E-aie-cores", `the region needs ${groups.length} cores but ${device.name} has ${slots.length}; '${first.name}' and later instances do not fit — map fewer instances, or share cores with mapping_primitives=[("bundle", [...])]`, first.range);
    return undefined;
  }
  const tileOf = new Map<Instance, TileRef>();
  groups.forEach((g, k) => { for (const i of g) tileOf.set(i, slots[k]!); });

  // --- FIFOs -------------------------------------------------------------------------------------
  const names = new NameTable();
  const fifos: Fifo[] = [];
  const links: Link[] = [];
  const transfers: Transfer[] = [];
  const portFifo = new Map<Port, { fifo: string; mode: "Consume" | "Produce" }>();
  for (const s of r.streams) {
    const pv = viewOf.get(s.producer)!;
    const cv = viewOf.get(s.consumer)!;
    const pp = pv.ports.find((p) => p.stream === s)!;
    const cp = cv.ports.find((p) => p.stream === s)!;
    const name = names.take(s.name);
    fifos.push({ name, role: "stream", producer: tileOf.get(s.producer)!, consumers: [tileOf.get(s.consumer)!], depth: s.depth, elem: pp.buf.type.elem, shape: pp.buf.type.shape, what: `stream '${s.name}'`, range: s.buf.range });
    portFifo.set(pp, { fifo: name, mode: "Produce" });
    portFifo.set(cp, { fifo: name, mode: "Consume" });
  }
  const memSlots = device.memRows.length ? Array.from({ length: device.cols }, (_, c) => ({ col: c, row: device.memRows[0]! })) : [];
  const memUse = new Map<string, { mm2s: number; s2mm: number }>();
  const shimUse = new Map<string, { mm2s: number; s2mm: number }>();
  const key = (t: TileRef) => `${t.col},${t.row}`;
  const pick = (pool: TileRef[], use: Map<string, { mm2s: number; s2mm: number }>, near: number, need: { mm2s: number; s2mm: number }, cap: { mm2s: number; s2mm: number }): TileRef => {
    const sorted = [...pool].sort((a, b) => Math.abs(a.col - near) - Math.abs(b.col - near) || a.col - b.col);
    // Over budget picks still return a tile: budgets.ts reports the overflow with the argument's name.
    const fits = sorted.find((t) => {
      const u = use.get(key(t)) ?? { mm2s: 0, s2mm: 0 };
      return u.mm2s + need.mm2s <= cap.mm2s && u.s2mm + need.s2mm <= cap.s2mm;
    }) ?? sorted[0]!;
    const u = use.get(key(fits)) ?? { mm2s: 0, s2mm: 0 };
    use.set(key(fits), { mm2s: u.mm2s + need.mm2s, s2mm: u.s2mm + need.s2mm });
    return fits;
  };
  const shimSlots = device.shimDmaCols.map((c) => ({ col: c, row: 0 }));
  for (const a of r.args) {
    const argName = a.param.name;
    const elem = a.param.type.elem;
    for (const dir of ["in", "out"] as const) {
      const ports = views.flatMap((v) => v.ports.filter((p) => p.argIndex === a.index && p.kind === (dir === "in" ? "arg-in" : "arg-out")).map((p) => ({ v, p })));
      if (ports.length === 0) continue;
      // Distinct shards, each with the cores that hold it.
      const shards: { box: Box; ports: { v: KernelView; p: Port }[] }[] = [];
      for (const x of ports) {
        const s = shards.find((sh) => sameBox(sh.box, x.p.use!.box));
        if (s) s.ports.push(x);
        else shards.push({ box: x.p.use!.box, ports: [x] });
      }
      // Runs of equally spaced shards of one shape share a link (≤ MAX_LINK_FANOUT).
      const runs: { shards: typeof shards; step: number[] }[] = [];
      for (const sh of shards) {
        const cur = runs[runs.length - 1];
        if (cur && cur.shards.length < MAX_LINK_FANOUT && cur.shards[0]!.box.shape.every((n, d) => n === sh.box.shape[d])) {
          const first = cur.shards[0]!.box.origin;
          const k = cur.shards.length;
          const step = k === 1 ? sh.box.origin.map((o, d) => o - first[d]!) : cur.step;
          if (sh.box.origin.every((o, d) => o === first[d]! + k * step[d]!) && step.some((x) => x !== 0)) {
            cur.shards.push(sh);
            cur.step = step;
            continue;
          }
        }
        runs.push({ shards: [sh], step: sh.box.origin.map(() => 0) });
      }
      runs.forEach((run, g) => {
        const shardElems = elementCount({ kind: "array", elem, shape: run.shards[0]!.box.shape });
        const tiles = run.shards.flatMap((sh) => sh.ports.map((x) => tileOf.get(x.v.instance)!));
        const near = Math.round(tiles.reduce((s, t) => s + t.col, 0) / tiles.length);
        const n = run.shards.length;
        const mem = memSlots.length
          ? pick(memSlots, memUse, near, dir === "in" ? { mm2s: n, s2mm: 1 } : { mm2s: 1, s2mm: n }, device.mem)
          : undefined;
        const shim = pick(shimSlots, shimUse, mem?.col ?? near, dir === "in" ? { mm2s: 1, s2mm: 0 } : { mm2s: 0, s2mm: 1 }, device.shim);
        const suffix = runs.length > 1 ? `${g}` : "";
        const outer = names.take(`${argName}_${dir}${suffix}`);
        const pattern = boxesPattern(a.param.type.shape, run.shards[0]!.box, n, run.step);
        if (!pattern) {
          sink.error("E-aie-transfer", `the shards of '${argName}' need a transfer of more than 4 dimensions; shard fewer dimensions of it`, a.param.range);
          return;
        }
        transfers.push({ fifo: outer, argIndex: a.index, dir, shim, pattern, range: a.param.range });
        const what = `argument '${argName}'`;
        if (!mem) {
          // AIE1 has no mem tiles: one shard per shim FIFO straight to the cores.
          if (n > 1) {
            sink.error("E-aie-transfer", `'${argName}' is split over several cores, which needs a mem tile; ${device.name} has none`, a.param.range);
            return;
          }
          const sh = run.shards[0]!;
          const coreTiles = sh.ports.map((x) => tileOf.get(x.v.instance)!);
          fifos.push(dir === "in"
            ? { name: outer, role: "shim-to-mem", producer: shim, consumers: coreTiles, depth: ARG_FIFO_DEPTH, elem, shape: sh.box.shape, what, range: a.param.range }
            : { name: outer, role: "core-to-mem", producer: coreTiles[0]!, consumers: [shim], depth: ARG_FIFO_DEPTH, elem, shape: sh.box.shape, what, range: a.param.range });
          for (const x of sh.ports) portFifo.set(x.p, { fifo: outer, mode: dir === "in" ? "Consume" : "Produce" });
          return;
        }
        const whole = n > 1 ? [n * shardElems] : run.shards[0]!.box.shape;
        fifos.push(dir === "in"
          ? { name: outer, role: "shim-to-mem", producer: shim, consumers: [mem], depth: ARG_FIFO_DEPTH, elem, shape: whole, what, range: a.param.range }
          : { name: outer, role: "mem-to-shim", producer: mem, consumers: [shim], depth: ARG_FIFO_DEPTH, elem, shape: whole, what, range: a.param.range });
        const inner: string[] = [];
        run.shards.forEach((sh, k) => {
          const nm = n > 1 ? names.take(`${outer}_${k}`) : names.take(`${outer}_core`);
          inner.push(nm);
          const coreTiles = [...new Map(sh.ports.map((x) => [key(tileOf.get(x.v.instance)!), tileOf.get(x.v.instance)!])).values()];
          fifos.push(dir === "in"
            ? { name: nm, role: "mem-to-core", producer: mem, consumers: coreTiles, depth: ARG_FIFO_DEPTH, elem, shape: sh.box.shape, what, range: a.param.range }
            : { name: nm, role: "core-to-mem", producer: coreTiles[0]!, consumers: [mem], depth: ARG_FIFO_DEPTH, elem, shape: sh.box.shape, what, range: a.param.range });
          for (const x of sh.ports) portFifo.set(x.p, { fifo: nm, mode: dir === "in" ? "Consume" : "Produce" });
        });
        const offsets = n > 1 ? run.shards.map((_, k) => k * shardElems) : [];
        links.push(dir === "in"
          ? { tile: mem, inputs: [outer], outputs: inner, srcOffsets: [], dstOffsets: offsets }
          : { tile: mem, inputs: inner, outputs: [outer], srcOffsets: offsets, dstOffsets: [] });
      });
    }
  }
  if (sink.hasErrors) return undefined;
  const cores: Core[] = groups.map((g) => ({
    tile: tileOf.get(g[0]!)!,
    range: g[0]!.range,
    steps: g.map((i) => {
      const v = viewOf.get(i)!;
      return { view: v, symbol: symbols.get(i.name)!, ports: v.ports.map((p) => ({ port: p, ...portFifo.get(p)! })) };
    }),
  }));
  return { device, cores, fifos, links, transfers, region: r };
}
