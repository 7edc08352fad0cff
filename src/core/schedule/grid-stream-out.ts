/**
 * `s.to(C, "consumer")` where `C` comes out of a kernel whose streamed PE grid produces it (the array
 * a systolic gemm returns): the grid's drainer, which collects the PEs' results, puts them into a
 * FIFO out of the producer kernel instead of storing them, and the consumer gets them from it, as
 * issue "one hardware, four views" asks of inter-kernel `to`. It is done on the expanded module
 * (schedule/grid.ts `expandGrids`, where the drainer exists), so the simulator, the plan, the
 * diagram, the MLIR and the exports all see the same channel, and only when it computes the same
 * values: the drainer stores every element of `C` once, in exactly the order the consumer reads each
 * element once (both access sequences are run, kernel-stream.ts `accessOrder`); the producer and the
 * consumer are each called once; nothing else touches `C`. Otherwise `why` says what stopped it and
 * `C` stays an array (the `to` step warns at its line).
 */
import type * as ir from "../ir/nodes";
import { walkStmts } from "../ir/nodes";
import { putsFor } from "./edge-kernels";
import { freshIds } from "./ir-util";
import { accessOrder, touches } from "./kernel-stream";
import { relayBody } from "./relay";

class NoStream { constructor(readonly why: string) {} }

/** `m` (expanded) with `buf`, a local array of `owner` marked by `to` (stream.to), streamed out of the grid that produces it. */
export function streamGridOutput(m: ir.Module, owner: ir.Func, buf: ir.Buffer): { module: ir.Module } | { why: string } {
  try {
    return { module: convert(m, owner, buf) };
  } catch (e) {
    if (e instanceof NoStream) return { why: e.why };
    throw e;
  }
}

/** Every array `to` marked for a consumer kernel whose producer is a streamed grid, streamed where it can be; the others unmarked. */
export function streamGridOutputs(m: ir.Module): ir.Module {
  let out = m;
  for (const f0 of m.funcs) {
    for (const s of f0.body) {
      if (s.kind !== "alloc" || s.buf.storage !== "local" || !s.buf.stream?.to) continue;
      const f = out.funcs.find((x) => x.name === f0.name)!;
      if (!producerOf(out, f, s.buf)) continue;
      const r = streamGridOutput(out, f, s.buf);
      if ("module" in r) out = r.module;
    }
  }
  return out;
}

/**
 * Whether `m` has an array `to` marked for a consumer kernel: expansion may stream it out of a grid,
 * which a grid shrunk to its instance classes (analysis/grid-plan.ts) cannot reproduce.
 */
export function marksKernelStreams(m: ir.Module): boolean {
  return m.funcs.some((f) => f.body.some((s) => s.kind === "alloc" && s.buf.storage === "local" && !!s.buf.stream?.to));
}

/** Why an array the grid's kernel writes through an argument is not streamed out of it. */
function whyNotReturned(m: ir.Module, owner: ir.Func, buf: ir.Buffer): string {
  for (const s of owner.body) {
    if (s.kind !== "call") continue;
    const i = s.args.findIndex((a) => a.kind === "buffer" && a.id === buf.id);
    const f = m.funcs.find((g) => g.name === s.callee);
    const p = f?.params[i];
    if (i < 0 || !f || !p) continue;
    const drained = f.body.some((t) => t.kind === "call" && m.funcs.find((g) => g.name === t.callee)?.attrs.edge?.role === "drainer" && t.args.some((a) => a.kind === "buffer" && a.id === p.id));
    if (!drained) return `the PEs of ${f.name} keep ${buf.name} as an argument (they read it as well as write it, or write it at places computed from data), so no drainer collects it into a stream`;
  }
  return `only an array the grid's kernel returns is streamed out of it (return ${buf.name} from it instead of writing an argument)`;
}

function callsOf(m: ir.Module, name: string): number {
  let n = 0;
  for (const f of m.funcs) walkStmts(f.body, (s) => { if (s.kind === "call" && s.callee === name) n++; });
  return n;
}

/** The call of `owner` whose result is copied into `buf` (`C = gemm(A, B)`), with the result's index. */
function producerOf(m: ir.Module, owner: ir.Func, buf: ir.Buffer): { call: ir.CallStmt; copy: ir.Copy; index: number; func: ir.Func } | undefined {
  const copy = owner.body.find((s): s is ir.Copy => s.kind === "copy" && s.dst.id === buf.id);
  if (!copy) return undefined;
  for (const s of owner.body) {
    if (s.kind !== "call") continue;
    const index = s.results.findIndex((r) => r.id === copy.src.id);
    const func = m.funcs.find((f) => f.name === s.callee);
    if (index >= 0 && func && func.body.some((t) => t.kind === "call" && m.funcs.find((g) => g.name === t.callee)?.attrs.edge?.role === "drainer")) return { call: s, copy, index, func };
  }
  return undefined;
}

function convert(m: ir.Module, owner: ir.Func, buf: ir.Buffer): ir.Module {
  const no = (why: string): never => { throw new NoStream(why); };
  const consumer = buf.stream!.to!;
  const depth = buf.stream!.depth;
  const prod = producerOf(m, owner, buf) ?? no(whyNotReturned(m, owner, buf));
  const { call: pc, copy, index, func: p } = prod;
  const cc = owner.body.find((s): s is ir.CallStmt => s.kind === "call" && s.callee === consumer && s.args.some((a) => a.kind === "buffer" && a.id === buf.id));
  if (!cc) return no(`${consumer} does not take ${buf.name} at the top level of ${owner.name}`);
  if (owner.body.indexOf(cc) < owner.body.indexOf(copy)) no(`${consumer} is called before ${p.name}`);
  for (const s of owner.body) {
    if (s === cc || s === copy || (s.kind === "alloc" && s.buf.id === buf.id)) continue;
    if (touches([s], buf.id)) no(`${owner.name} uses ${buf.name} outside ${p.name} and ${consumer}`);
  }
  if (owner.body.some((s) => s !== copy && s !== pc && touches([s], copy.src.id))) no(`${owner.name} uses the result of ${p.name} elsewhere`);
  if (cc.args.filter((a) => a.kind === "buffer" && a.id === buf.id).length !== 1) no(`${consumer} takes ${buf.name} more than once`);
  if (callsOf(m, p.name) !== 1) no(`${p.name} is called more than once`);
  if (callsOf(m, consumer) !== 1) no(`${consumer} is called more than once`);
  const q0 = m.funcs.find((f) => f.name === consumer);
  if (!q0 || q0 === p) return no(`${buf.name} must flow between two different kernels`);
  const q = q0.params[cc.args.findIndex((a) => a.kind === "buffer" && a.id === buf.id)];
  if (!q || q.kind !== "buffer") return no(`${consumer} does not take ${buf.name} as an array`);

  // Inside the producer: the returned array is only declared, written by the drainer, and returned.
  const ret = p.body.find((s): s is ir.Return => s.kind === "return");
  const rv = ret?.values[index];
  if (!ret || !rv || rv.kind !== "buffer") return no(`${p.name} does not return an array of its own`);
  const drainCall = p.body.find((s): s is ir.CallStmt => s.kind === "call" && s.args.some((a) => a.kind === "buffer" && a.id === rv.id) && !!m.funcs.find((g) => g.name === s.callee)?.attrs.edge);
  const drainer = drainCall && m.funcs.find((g) => g.name === drainCall.callee);
  if (!drainCall || !drainer || drainer.attrs.edge?.role !== "drainer") return no(`no drainer of ${p.name}'s PE grid writes the array it returns (its PEs keep it)`);
  for (const s of p.body) {
    if (s === drainCall || s === ret || (s.kind === "alloc" && s.buf.id === rv.id)) continue;
    if (touches([s], rv.id)) no(`${p.name} uses ${rv.name} outside its drainer`);
  }
  if (ret.values.some((v, i) => i !== index && v.kind === "buffer" && v.id === rv.id)) no(`${p.name} returns ${rv.name} twice`);
  if (callsOf(m, drainer.name) !== 1) no(`${drainer.name} is called more than once`);
  const dp = drainer.params[drainCall.args.findIndex((a) => a.kind === "buffer" && a.id === rv.id)];
  if (!dp || dp.kind !== "buffer") return no(`${drainer.name} does not take ${rv.name} as an array`);

  // The drainer must store each element once in exactly the order the consumer reads each once.
  const writes = accessOrder(drainer.body, dp, "write", drainer.name, buf.name);
  if (!Array.isArray(writes)) return no(writes.why);
  const reads = accessOrder(q0.body, q, "read", consumer, buf.name);
  if (!Array.isArray(reads)) return no(reads.why);
  const n = buf.type.shape.reduce((a, b) => a * b, 1);
  if (writes.length !== n || new Set(writes).size !== n) no(`${drainer.name} does not store each element of ${buf.name} once`);
  if (reads.length !== n || new Set(reads).size !== n) no(`${consumer} reads ${reads.length} elements of ${buf.name} (${new Set(reads).size} distinct) where a stream moves each of its ${n} once`);
  const at = writes.findIndex((w, i) => w !== reads[i]);
  if (at >= 0) no(`${consumer} reads ${buf.name} in another order than the PE grid of ${p.name} produces it (access ${at}: element ${reads[at]} is read where the drainer delivers element ${writes[at]}); a FIFO needs the consumer to read in the drainer's order`);

  const fresh = freshIds(m);
  const type: ir.Buffer["type"] = { kind: "array", elem: buf.type.elem, shape: [] };
  const stream: ir.StreamSpec = { depth, to: consumer };
  const chan: ir.Buffer = { kind: "buffer", id: fresh(), name: buf.name, type, storage: "stream", stream, range: buf.range };
  const param = (b: ir.Buffer): ir.Buffer => ({ ...chan, id: fresh(), name: b.name, range: b.range });
  const dpS = param(dp), outP = param(rv), qS = param(q);
  const drainer2: ir.Func = { ...drainer, params: drainer.params.map((x) => (x === dp ? dpS : x)), body: putsFor(drainer.body, dp, dpS) };
  const pBody = p.body.flatMap((s): ir.Stmt[] => {
    if (s.kind === "alloc" && s.buf.id === rv.id) return [];
    if (s === drainCall) return [{ ...s, args: s.args.map((a) => (a.kind === "buffer" && a.id === rv.id ? outP : a)) }];
    if (s === ret) return [{ ...s, values: s.values.filter((_, i) => i !== index) }];
    return [s];
  });
  const p2: ir.Func = { ...p, params: [...p.params, outP], results: p.results.filter((_, i) => i !== index), body: pBody };
  const q2: ir.Func = { ...q0, params: q0.params.map((x) => (x === q ? qS : x)), body: relayBody(q0.body, q, qS, undefined, fresh, q.range) };
  const ownerBody = owner.body.flatMap((s): ir.Stmt[] => {
    if (s === copy) return [];
    if (s.kind === "alloc" && s.buf.id === buf.id) return [{ ...s, buf: chan }];
    if (s === pc) return [{ ...s, args: [...s.args, chan], results: s.results.filter((_, i) => i !== index) }];
    if (s === cc) return [{ ...s, args: s.args.map((a) => (a.kind === "buffer" && a.id === buf.id ? chan : a)) }];
    return [s];
  });
  const owner2: ir.Func = { ...owner, body: ownerBody, attrs: { ...owner.attrs, dataflow: true } };
  const swap = new Map<string, ir.Func>([[drainer.name, drainer2], [p.name, p2], [consumer, q2], [owner.name, owner2]]);
  return { ...m, funcs: m.funcs.map((f) => swap.get(f.name) ?? f) };
}
