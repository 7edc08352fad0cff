/**
 * `s.to(buf, "<band>")` (Allo's two-band streams, tests/test_schedule_stream.py): a local array that one
 * loop band of a kernel writes and a later band reads becomes a FIFO between the two bands, which run
 * as dataflow processes. A FIFO is only the same array when the producer writes every element once in
 * the order the consumer reads each of them once, so both bands must walk the array row-major with one
 * unconditional access per iteration; anything else is refused with the reason.
 */
import type * as ir from "../ir/nodes";
import type { PrimitiveRecord } from "../frontend/schedule-record";
import { bandsOf, constValue, fail, mapExpr, perfectNest } from "./ir-util";

/** The top-level band named `name` of `f`, or undefined. */
export function findBand(f: ir.Func, name: string): ir.For | undefined {
  return bandsOf(f).find((b) => b.name === name)?.root;
}

/** Checks that `buf` can flow from the band that writes it to band `consumer` as a FIFO. */
export function checkBandStream(f: ir.Func, buf: ir.Buffer, consumer: ir.For, bandName: string, rec: PrimitiveRecord): void {
  const top = f.body;
  const ci = top.indexOf(consumer);
  if (ci < 0) fail(rec, `to(): band ${bandName} is not a top-level loop nest of ${f.name}, so it cannot run as a dataflow process`);
  const writers = top.filter((s) => s.kind === "for" && counts(s, buf).stores > 0) as ir.For[];
  if (writers.length !== 1) fail(rec, `to(): ${buf.name} is written by ${writers.length} loop bands of ${f.name}; a FIFO has one producer band`);
  const producer = writers[0]!;
  const pi = top.indexOf(producer);
  if (pi >= ci) fail(rec, `to(): the band that writes ${buf.name} must come before band ${bandName}`);
  for (const s of top.slice(pi + 1, ci)) {
    const c = counts(s, buf);
    if (c.loads + c.stores > 0) fail(rec, `to(): ${buf.name} is also used between the band that writes it and band ${bandName}; a FIFO is read once, by one band`);
  }
  for (const s of top) {
    if (s === producer || s === consumer) continue;
    const c = counts(s, buf);
    if (c.loads > 0 && s.kind === "for" && top.indexOf(s) > pi) {
      fail(rec, `to(): ${buf.name} is also read by band ${s.opName ?? s.loopName}; a FIFO has one reader (Allo's fork/join streams each consumer from its own copy: copy ${buf.name} in the producer band)`, "E-schedule-unsupported");
    }
  }
  inOrder(producer, buf, "store", rec, `the band that writes ${buf.name}`);
  inOrder(consumer, buf, "load", rec, `band ${bandName}`);
}

/** Loads and stores of `buf` under `s`. */
function counts(s: ir.Stmt, buf: ir.Buffer): { loads: number; stores: number } {
  const out = { loads: 0, stores: 0 };
  const expr = (e: ir.Expr) => mapExpr(e, (x) => { if (x.kind === "load" && x.buf.id === buf.id) out.loads++; return undefined; });
  const walk = (x: ir.Stmt): void => {
    switch (x.kind) {
      case "for": expr(x.lb); expr(x.ub); if (typeof x.step !== "number") expr(x.step); x.body.forEach(walk); return;
      case "if": expr(x.cond); x.then.forEach(walk); x.else.forEach(walk); return;
      case "while": expr(x.cond); x.body.forEach(walk); return;
      case "store": if (x.buf.id === buf.id) out.stores++; x.indices.forEach(expr); expr(x.value); return;
      case "call": x.args.forEach((a) => { if (a.kind === "buffer") { if (a.id === buf.id) { out.loads++; out.stores++; } } else expr(a); }); return;
      case "copy": if (x.src.id === buf.id) out.loads++; if (x.dst.id === buf.id) out.stores++; return;
      case "return": x.values.forEach((a) => { if (a.kind === "buffer") { if (a.id === buf.id) out.loads++; } else expr(a); }); return;
      case "stream-put": expr(x.value); return;
      default: return;
    }
  };
  walk(s);
  return out;
}

/**
 * The band is a perfect nest over the whole array (constant bounds 0..shape, step 1) whose innermost
 * body accesses `buf` exactly once, unconditionally, at the loop variables in nest order.
 */
function inOrder(band: ir.For, buf: ir.Buffer, kind: "load" | "store", rec: PrimitiveRecord, who: string): void {
  const nest = perfectNest(band);
  const shape = buf.type.shape;
  const why = (reason: string): never => fail(rec, `to(): ${who} does not ${kind === "store" ? "write" : "read"} ${buf.name} in FIFO order (${reason}); a stream needs each element once, row-major`);
  if (nest.length < shape.length) why(`it has ${nest.length} perfectly nested loop(s) for a ${shape.length}-d array`);
  const loops = nest.slice(0, shape.length);
  loops.forEach((l, d) => {
    if (constValue(l.lb) !== 0 || constValue(l.ub) !== shape[d] || l.step !== 1) why(`loop ${l.loopName} does not run 0..${shape[d]} by 1`);
  });
  const inner = nest[nest.length - 1]!.body;
  if (nest.length > shape.length) why(`loops ${nest.slice(shape.length).map((l) => l.loopName).join(", ")} repeat each access`);
  const sites: (readonly ir.Expr[])[] = [];
  let conditional = false;
  const expr = (e: ir.Expr) => mapExpr(e, (x) => { if (x.kind === "load" && x.buf.id === buf.id) sites.push(x.indices); return undefined; });
  for (const s of inner) {
    if (s.kind === "store") {
      if (kind === "store" && s.buf.id === buf.id) sites.push(s.indices);
      s.indices.forEach(expr); expr(s.value);
    } else if (counts(s, buf).loads + counts(s, buf).stores > 0) conditional = true;
  }
  if (conditional) why("it is accessed under a condition or in a nested statement");
  if (sites.length !== 1) why(`${sites.length} accesses per iteration`);
  const idx = sites[0]!;
  idx.forEach((e, d) => {
    if (e.kind !== "iter" || e.v.id !== loops[d]!.iv.id) why(`index ${d + 1} is not the loop variable ${loops[d]!.loopName}`);
  });
}
