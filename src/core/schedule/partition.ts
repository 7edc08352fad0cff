/**
 * `s.partition(target, partition_type=Partition.Complete, dim=0, factor=0)`: records a per-dimension
 * layout on the buffer and on every buffer it is passed as (caller argument ↔ callee parameter,
 * callee return ↔ call result), as Allo's use-def propagation does. `dim=0` means every dimension; a
 * list of dims applies each (a convenience over Allo, which takes one int).
 */
import type * as ir from "../ir/nodes";
import type { BufferRef } from "./ir-util";
import { arg, fail, intArg, replaceBufferInFunc, resolveBuffer } from "./ir-util";
import { definePrimitive } from "./primitive";

const MODES = ["complete", "block", "cyclic"] as const;

export const partition = definePrimitive((m, rec, ctx) => {
  const target = resolveBuffer(m, arg(rec, 0, "target"), rec, ctx);
  const kind = intArg(rec, 1, ["partition_type"], 0);
  const dv = arg(rec, 2, "dim");
  const listed = dv && (dv.k === "list" || dv.k === "tuple") ? dv.items.map((x) => (x.k === "int" ? Number(x.v) : NaN)) : undefined;
  // A list with 0 in it is the paper's 0-based form (`dim=[0, 1]`: the first two dimensions);
  // otherwise dims are Allo's (0 = all dimensions, else 1-based).
  const dims = listed ? (listed.length > 1 && listed.includes(0) ? listed.map((d) => d + 1) : listed) : [intArg(rec, 2, ["dim"], 0)];
  const factor = intArg(rec, 3, ["factor"], 0);
  if (kind < 0 || kind > 2) fail(rec, `Invalid partition type ${kind}: use Partition.Complete (0), Partition.Block (1) or Partition.Cyclic (2)`);
  if (dims.some((d) => !Number.isInteger(d) || d < 0)) fail(rec, `Invalid dimension ${dims.join(", ")}: dim is 0 (all dimensions) or a 1-based dimension`);
  if (factor < 0) fail(rec, `Invalid factor ${factor}`);
  if (kind !== 0 && factor === 0) fail(rec, `Should pass in \`factor' for array partition (${MODES[kind]} partition of ${target.buf.name} needs factor=N)`);
  if (dims.length > 1 && dims.includes(0)) fail(rec, "Cannot mix all-dim partitioning (dim=0) with per-dimension partitions in one call");
  const rank = target.buf.type.shape.length;
  if (rank === 0) fail(rec, `Cannot partition ${target.buf.name}: it is a scalar`);
  for (const d of dims) if (d > rank) fail(rec, `Invalid dimension ${d}: ${target.buf.name} has ${rank} dimension${rank === 1 ? "" : "s"}`);
  const spec: ir.DimPartition = { mode: MODES[kind]!, factor: kind === 0 ? 0 : factor };
  const members = equivalentBuffers(m, target);
  const remembered: [string, number][] = [];
  // Functions are rebuilt once each, however many members they hold (unfold makes hundreds).
  const updated = new Map<string, ir.Func>();
  for (const [mi, mem] of members.entries()) {
    const key = `${mem.func.name}:${mem.buf.name}`;
    const prev = [...(ctx.partitions.get(key) ?? [])];
    const current = updated.get(mem.func.name) ?? mem.func;
    const buf = findById(current, mem.buf.id)!;
    const parts = [...(buf.partition ?? new Array<ir.DimPartition | undefined>(rank).fill(undefined))];
    const same = (x: ir.DimPartition | undefined) => x !== undefined && x.mode === spec.mode && x.factor === spec.factor;
    for (const d of dims) {
      // A buffer reached only through another's propagation (temp1 and temp2 both results of one
      // function) that already has this very layout keeps it: partitioning temp2 after temp1 is no
      // error in Allo. Twice on the array named, or a different layout, is.
      const had = d === 0 ? parts.every(same) : same(parts[d - 1]);
      const byHand = prev.includes(d) || prev.includes(0) || (d === 0 && prev.length > 0);
      if (had && (mi > 0 || !byHand)) continue;
      if (prev.includes(d) || (d > 0 && parts[d - 1] && !prev.includes(0))) fail(rec, `Cannot partition the same array on dimension ${d} twice: ${key}`);
      if ((d === 0 && prev.length > 0) || (d > 0 && prev.includes(0))) fail(rec, `Cannot mix all-dim partitioning (dim=0) with per-dimension partitions: ${key} was already partitioned on dim ${prev.join(", ")}`);
      if (d === 0 && parts.some((x) => x !== undefined)) fail(rec, `Cannot partition the same array on dimension 0 twice: ${key} already has a layout from a buffer it is passed as`);
      if (d === 0) parts.fill(spec);
      else parts[d - 1] = spec;
      prev.push(d);
      // Only the array named is remembered as partitioned by hand; the others carry the layout.
      if (mi === 0) remembered.push([key, d]);
    }
    const nu: ir.Buffer = { ...buf, partition: parts };
    updated.set(mem.func.name, replaceBufferInFunc(current, buf, nu));
  }
  const out: ir.Module = { ...m, funcs: m.funcs.map((f) => updated.get(f.name) ?? f) };
  const how = kind === 0 ? "complete" : `${MODES[kind]} factor=${factor}`;
  const also = members.length > 1 ? ` (also ${members.slice(1).map((x) => `${x.func.name}:${x.buf.name}`).join(", ")})` : "";
  return {
    module: out,
    description: `partition ${target.func.name}:${target.buf.name} ${how} on ${dims.map((d) => (d === 0 ? "all dims" : `dim ${d}`)).join(", ")}${also}`,
    partitions: remembered,
  };
});
export const { check, apply } = partition;

function findById(f: ir.Func, id: number): ir.Buffer | undefined {
  for (const p of f.params) if (p.kind === "buffer" && p.id === id) return p;
  let hit: ir.Buffer | undefined;
  const walk = (ss: readonly ir.Stmt[]) => {
    for (const s of ss) {
      if (hit) return;
      if (s.kind === "alloc" && s.buf.id === id) hit = s.buf;
      else if (s.kind === "call") hit = s.results.find((b) => b.id === id);
      else if (s.kind === "for" || s.kind === "while") walk(s.body);
      else if (s.kind === "if") { walk(s.then); walk(s.else); }
    }
  };
  walk(f.body);
  return hit;
}

/** The buffer and every buffer linked to it through calls (union-find over caller/callee pairs). */
export function equivalentBuffers(m: ir.Module, start: BufferRef): BufferRef[] {
  const funcs = new Map(m.funcs.map((f) => [f.name, f]));
  const edges = new Map<string, BufferRef[]>();
  const key = (r: BufferRef) => `${r.func.name}#${r.buf.id}`;
  const link = (a: BufferRef, b: BufferRef) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const l = edges.get(key(x)) ?? [];
      l.push(y);
      edges.set(key(x), l);
    }
  };
  for (const f of m.funcs) {
    const visitCall = (callee: string, args: readonly ir.CallArg[], results: readonly ir.Buffer[]) => {
      const g = funcs.get(callee);
      if (!g) return;
      args.forEach((a, i) => {
        const p = g.params[i];
        if (a.kind === "buffer" && p && p.kind === "buffer") link({ func: f, buf: a }, { func: g, buf: p });
      });
      const rets: ir.Buffer[] = [];
      const findRet = (ss: readonly ir.Stmt[]) => {
        for (const s of ss) {
          if (s.kind === "return") s.values.forEach((v, i) => { if (v.kind === "buffer") rets[i] = v; });
          else if (s.kind === "for" || s.kind === "while") findRet(s.body);
          else if (s.kind === "if") { findRet(s.then); findRet(s.else); }
        }
      };
      findRet(g.body);
      g.results.forEach((rt, i) => {
        if (rt.kind !== "array") return;
        const r = results[i];
        const src = rets[i];
        if (r && src) link({ func: f, buf: r }, { func: g, buf: src });
      });
    };
    const walk = (ss: readonly ir.Stmt[]) => {
      for (const s of ss) {
        if (s.kind === "call") visitCall(s.callee, s.args, s.results);
        else if (s.kind === "for" || s.kind === "while") walk(s.body);
        else if (s.kind === "if") { walk(s.then); walk(s.else); }
      }
    };
    walk(f.body);
  }
  const seen = new Set<string>([key(start)]);
  const out: BufferRef[] = [start];
  for (let i = 0; i < out.length; i++) {
    for (const n of edges.get(key(out[i]!)) ?? []) {
      if (!seen.has(key(n))) { seen.add(key(n)); out.push(n); }
    }
  }
  return out;
}
