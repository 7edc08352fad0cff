/**
 * `s.to(buf, "consumer")` between two kernels of a composed design, as a real stream: when `buf` is a
 * local array of the calling function that one call (the producer) only writes and the next call
 * that takes it (the `consumer`) only reads, each element exactly once and in the same order, the
 * array becomes a FIFO channel: the producer's stores become `put`s, the consumer's loads `get`s
 * (through a register, as the systolic relay does), and the caller is a dataflow region of the two.
 * The simulator then runs them as processes on the channel, the HLS export has an `hls::stream`
 * between them, the diagram a FIFO, and the estimator overlaps them, as for any dataflow region.
 *
 * The orders are compared by running the two access sequences (loops with bounds and conditions
 * that depend only on loop variables and constants). When they cannot be compared or differ, the
 * buffer stays an array marked as a stream (the earlier behaviour) and `why` says what stopped it.
 */
import type * as ir from "../ir/nodes";
import { walkStmts } from "../ir/nodes";
import { elementCount } from "../types/types";
import { writtenParams } from "../arch/plan";
import { freshIds, mapExpr } from "./ir-util";
import { relayBody } from "./relay";

/** Bound on the elements compared (each access is enumerated). */
const MAX_ELEMENTS = 1 << 20;

class NoStream { constructor(readonly why: string) {} }

export function streamBetweenKernels(m: ir.Module, owner: ir.Func, buf: ir.Buffer, consumer: string, depth: number): { module: ir.Module } | { why: string } {
  try {
    return { module: convert(m, owner, buf, consumer, depth) };
  } catch (e) {
    if (e instanceof NoStream) return { why: e.why };
    throw e;
  }
}

/**
 * When `buf` comes out of a kernel whose PE grid writes it (the array that kernel returns, or an
 * argument it passes to its PEs): that kernel and how. A FIFO from a grid into another kernel would
 * need the grid's drainer to put in the consumer's order; it is not built, and the step says so.
 */
export function gridProducer(m: ir.Module, owner: ir.Func, buf: ir.Buffer): { producer: string; returned: boolean } | undefined {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const holdsGrid = (f: ir.Func | undefined): boolean => {
    if (!f) return false;
    let found = false;
    walkStmts(f.body, (s) => {
      if (s.kind === "for" && s.attrs.unfold) found = true;
      if (s.kind === "call" && (byName.get(s.callee)?.attrs.peGrid || byName.get(s.callee)?.attrs.edge)) found = true;
    });
    return found;
  };
  for (const s of owner.body) {
    if (s.kind !== "call") continue;
    // The returned form: `call P -> r` then `copy buf <- r`.
    for (const r of s.results) {
      if (owner.body.some((t) => t.kind === "copy" && t.dst.id === buf.id && t.src.id === r.id) && holdsGrid(byName.get(s.callee))) return { producer: s.callee, returned: true };
    }
    const i = s.args.findIndex((a) => a.kind === "buffer" && a.id === buf.id);
    const f = byName.get(s.callee);
    if (i >= 0 && f && holdsGrid(f) && writtenParams(m, f).has(i)) return { producer: s.callee, returned: false };
  }
  return undefined;
}

function convert(m: ir.Module, owner: ir.Func, buf: ir.Buffer, consumer: string, depth: number): ir.Module {
  const no = (why: string): never => { throw new NoStream(why); };
  if (buf.storage !== "local") no(`${buf.name} is not a local array of ${owner.name}`);
  if (elementCount(buf.type) > MAX_ELEMENTS) no(`${buf.name} has more than ${MAX_ELEMENTS} elements to compare`);
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const calls = owner.body.filter((s): s is ir.CallStmt => s.kind === "call" && s.args.some((a) => a.kind === "buffer" && a.id === buf.id));
  const ci = calls.findIndex((c) => c.callee === consumer);
  if (ci < 0) no(`${consumer} does not take ${buf.name} at the top level of ${owner.name}`);
  if (calls.length !== 2 || ci !== 1) no(`${buf.name} must be passed to exactly two calls, the producer and then ${consumer}`);
  // No other use of the array in the caller: the calls are the only ones to touch it.
  for (const s of owner.body) if (!calls.includes(s as ir.CallStmt) && !(s.kind === "alloc" && s.buf.id === buf.id) && touches([s], buf.id)) no(`${owner.name} uses ${buf.name} outside the two calls`);
  const [pc, cc] = [calls[0]!, calls[1]!];
  const producer = byName.get(pc.callee), cons = byName.get(cc.callee);
  if (!producer || !cons || producer === cons) no(`${buf.name} must flow between two different kernels`);
  const argOf = (c: ir.CallStmt, f: ir.Func): ir.Buffer => {
    const idx = c.args.flatMap((a, i) => (a.kind === "buffer" && a.id === buf.id ? [i] : []));
    if (idx.length !== 1) no(`${c.callee} takes ${buf.name} more than once`);
    const p = f.params[idx[0]!];
    if (!p || p.kind !== "buffer") no(`${c.callee} does not take ${buf.name} as an array`);
    return p as ir.Buffer;
  };
  const p = argOf(pc, producer!), q = argOf(cc, cons!);
  const writes = accesses(producer!.body, p, "write", producer!.name, buf.name);
  const reads = accesses(cons!.body, q, "read", cons!.name, buf.name);
  const n = elementCount(buf.type);
  const once = (xs: number[], what: string, who: string) => {
    if (xs.length !== n || new Set(xs).size !== n) no(`${who} ${what} ${xs.length} element${xs.length === 1 ? "" : "s"} of ${buf.name} (${new Set(xs).size} distinct) where a stream moves each of its ${n} once`);
  };
  once(writes, "writes", producer!.name);
  once(reads, "reads", cons!.name);
  const at = writes.findIndex((w, i) => w !== reads[i]);
  if (at >= 0) no(`${cons!.name} reads ${buf.name} in another order than ${producer!.name} writes it (access ${at}: element ${reads[at]} is read where element ${writes[at]} is written)`);

  const fresh = freshIds(m);
  const chanType: ir.Buffer["type"] = { kind: "array", elem: buf.type.elem, shape: [] };
  const stream: ir.StreamSpec = { depth, to: consumer };
  const chan: ir.Buffer = { kind: "buffer", id: fresh(), name: buf.name, type: chanType, storage: "stream", stream, range: buf.range };
  const pParam: ir.Buffer = { ...chan, id: fresh(), name: p.name, range: p.range };
  const qParam: ir.Buffer = { ...chan, id: fresh(), name: q.name, range: q.range };
  const producer2: ir.Func = { ...producer!, params: producer!.params.map((x) => (x === p ? pParam : x)), body: putsFor(producer!.body, p, pParam) };
  const consumer2: ir.Func = { ...cons!, params: cons!.params.map((x) => (x === q ? qParam : x)), body: relayBody(cons!.body, q, qParam, undefined, fresh, q.range) };
  const swap = (a: ir.CallArg): ir.CallArg => (a.kind === "buffer" && a.id === buf.id ? chan : a);
  const body = owner.body.map((s): ir.Stmt => {
    if (s.kind === "alloc" && s.buf.id === buf.id) return { ...s, buf: chan };
    if (s === pc || s === cc) return { ...s, args: s.args.map(swap) };
    return s;
  });
  const owner2: ir.Func = { ...owner, body, attrs: { ...owner.attrs, dataflow: true } };
  return { ...m, funcs: m.funcs.map((f) => (f === owner ? owner2 : f === producer ? producer2 : f === cons ? consumer2 : f)) };
}

/**
 * The element numbers `body` writes (or reads) of `p` in execution order, as `accesses`; or why they
 * cannot be listed.
 */
export function accessOrder(body: readonly ir.Stmt[], p: ir.Buffer, mode: "write" | "read", func: string, name: string): number[] | { why: string } {
  try {
    return accesses(body, p, mode, func, name);
  } catch (e) {
    if (e instanceof NoStream) return { why: e.why };
    throw e;
  }
}

/** Whether `ss` mentions buffer `id` anywhere (a load, a store, an argument, a copy, a stream). */
export function touches(ss: readonly ir.Stmt[], id: number): boolean {
  let found = false;
  const ex = (e: ir.Expr) => mapExpr(e, (x) => {
    if ((x.kind === "load" && x.buf.id === id) || (x.kind === "stream-get" && x.stream.id === id) || (x.kind === "call-value" && x.args.some((a) => a.kind === "buffer" && a.id === id))) found = true;
    return undefined;
  });
  const arg = (a: ir.CallArg) => { if (a.kind === "buffer") { if (a.id === id) found = true; } else ex(a); };
  for (const s of ss) {
    switch (s.kind) {
      case "for": ex(s.lb); ex(s.ub); if (typeof s.step !== "number") ex(s.step); if (touches(s.body, id)) found = true; break;
      case "while": ex(s.cond); if (touches(s.body, id)) found = true; break;
      case "if": ex(s.cond); if (touches(s.then, id) || touches(s.else, id)) found = true; break;
      case "store": if (s.buf.id === id) found = true; s.indices.forEach(ex); ex(s.value); break;
      case "alloc": if (s.buf.id === id) found = true; break;
      case "copy": if (s.dst.id === id || s.src.id === id) found = true; break;
      case "call": s.args.forEach(arg); if (s.results.some((r) => r.id === id)) found = true; break;
      case "return": s.values.forEach(arg); break;
      case "stream-put": if (s.stream.id === id) found = true; ex(s.value); break;
      case "stream-put-block": if (s.stream.id === id || s.src.id === id) found = true; break;
      case "stream-get-block": if (s.stream.id === id || s.dst.id === id) found = true; break;
    }
  }
  return found;
}

/** `body` with every store to `p` a put of its value on `ch`. */
function putsFor(body: readonly ir.Stmt[], p: ir.Buffer, ch: ir.Buffer): readonly ir.Stmt[] {
  return body.map((s): ir.Stmt => {
    switch (s.kind) {
      case "for": case "while": return { ...s, body: putsFor(s.body, p, ch) };
      case "if": return { ...s, then: putsFor(s.then, p, ch), else: putsFor(s.else, p, ch) };
      case "store": return s.buf.id === p.id ? { kind: "stream-put", stream: ch, value: s.value, range: s.range } : s;
      default: return s;
    }
  });
}

/**
 * The row-major element numbers of `p` the body writes (or reads), in execution order — reads in the
 * order relayBody takes them (per statement, as the expression rewrite meets them).
 */
function accesses(body: readonly ir.Stmt[], p: ir.Buffer, mode: "write" | "read", func: string, name: string): number[] {
  const no = (why: string): never => { throw new NoStream(`${func} ${why}`); };
  const env = new Map<number, number>();
  const out: number[] = [];
  const strides = p.type.shape.map((_, d) => p.type.shape.slice(d + 1).reduce((a, b) => a * b, 1));
  const val = (e: ir.Expr): number => {
    switch (e.kind) {
      case "const": return Number(e.value);
      case "iter": { const v = env.get(e.v.id); return v === undefined ? no(`uses loop variable ${e.v.name} out of its loop`) : v; }
      case "binary": {
        const a = val(e.lhs), b = val(e.rhs);
        switch (e.op) {
          case "add": return a + b;
          case "sub": return a - b;
          case "mul": return a * b;
          case "floordiv": return Math.floor(a / b);
          case "rem": return a - b * Math.floor(a / b);
          case "min": return Math.min(a, b);
          case "max": return Math.max(a, b);
          default: return no(`computes an index or bound of ${name} with ${e.op}`);
        }
      }
      case "cast": return val(e.x);
      case "compare": {
        const a = val(e.lhs), b = val(e.rhs);
        return Number(e.pred === "eq" ? a === b : e.pred === "ne" ? a !== b : e.pred === "lt" ? a < b : e.pred === "le" ? a <= b : e.pred === "gt" ? a > b : a >= b);
      }
      default: return no(`decides which elements of ${name} it ${mode === "write" ? "writes" : "reads"} from data`);
    }
  };
  const element = (indices: readonly ir.Expr[]) => indices.reduce((a, x, d) => a + val(x) * strides[d]!, 0);
  const reads = (e: ir.Expr) => mapExpr(e, (x) => {
    if (x.kind === "load" && x.buf.id === p.id) {
      if (mode === "write") no(`reads ${name}, which a stream only carries away`);
      out.push(element(x.indices));
    }
    if (x.kind === "call-value" && x.args.some((a) => a.kind === "buffer" && a.id === p.id)) no(`passes ${name} to a function`);
    return undefined;
  });
  const budget = () => { if (out.length > MAX_ELEMENTS) no(`touches ${name} more than ${MAX_ELEMENTS} times`); };
  const walk = (ss: readonly ir.Stmt[]): void => {
    for (const s of ss) {
      switch (s.kind) {
        case "for": {
          const lb = val(s.lb), ub = val(s.ub), step = typeof s.step === "number" ? s.step : val(s.step);
          if (step <= 0) no(`has a loop whose step is not positive`);
          for (let i = lb; i < ub; i += step) { env.set(s.iv.id, i); walk(s.body); budget(); }
          env.delete(s.iv.id);
          break;
        }
        case "while": if (touches([s], p.id)) no(`touches ${name} in a while loop`); break;
        case "if": reads(s.cond); if (val(s.cond)) walk(s.then); else walk(s.else); break;
        case "store":
          s.indices.forEach(reads); reads(s.value);
          if (s.buf.id === p.id) { if (mode === "read") no(`writes ${name}, which a stream only brings in`); out.push(element(s.indices)); }
          break;
        case "copy": if (s.dst.id === p.id || s.src.id === p.id) no(`copies ${name} as a whole`); break;
        case "call": s.args.forEach((a) => { if (a.kind === "buffer") { if (a.id === p.id) no(`passes ${name} to ${s.callee}`); } else reads(a); }); break;
        case "return": s.values.forEach((a) => { if (a.kind === "buffer") { if (a.id === p.id) no(`returns ${name}`); } else reads(a); }); break;
        case "stream-put": reads(s.value); break;
        default: break;
      }
    }
  };
  walk(body);
  return out;
}
