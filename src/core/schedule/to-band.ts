/**
 * `s.to(buf, "<band>")` (Allo's two-band and fork/join streams, tests/test_schedule_stream.py): a local
 * array that one loop band of a kernel writes and later bands read becomes a FIFO per reading band,
 * the bands running as dataflow processes. A FIFO is only the same array when the producer writes every element once in
 * the order the consumer reads each of them once, so both bands must walk the array row-major with one
 * unconditional access per iteration; anything else is refused with the reason.
 */
import type * as ir from "../ir/nodes";
import type { PrimitiveRecord } from "../frontend/schedule-record";
import { exprChildren } from "../ir/nodes";
import { bandsOf, constValue, fail, mapExpr, perfectNest } from "./ir-util";

/** The top-level band named `name` of `f`, or undefined. */
export function findBand(f: ir.Func, name: string): ir.For | undefined {
  return bandsOf(f).find((b) => b.name === name)?.root;
}

/**
 * How `buf` flows between the bands of `f` as FIFOs: the one band that writes it and, in program
 * order, every later band that reads it (one reader is Allo's two-band stream; several are its fork:
 * each reader gets its own FIFO and the producer writes every element to each). Or why it cannot:
 * the HLS export re-checks this, because later schedule steps can change the bands after `to`.
 */
export interface BandStreamPlan {
  readonly producer: ir.For;
  readonly readers: readonly ir.For[];
}

export function bandStreamPlan(f: ir.Func, buf: ir.Buffer): BandStreamPlan | string {
  const top = f.body;
  const writers = top.filter((s) => counts(s, buf).stores > 0);
  if (writers.length !== 1 || writers[0]!.kind !== "for") return `${buf.name} is written by ${writers.length} top-level statements of ${f.name}; a FIFO has one producer band`;
  const producer = writers[0] as ir.For;
  const pi = top.indexOf(producer);
  const readers: ir.For[] = [];
  for (const [i, s] of top.entries()) {
    if (s === producer || counts(s, buf).loads === 0) continue;
    const name = s.kind === "for" ? `band ${s.opName ?? s.loopName}` : `a ${s.kind} statement`;
    if (i < pi) return `${buf.name} is read by ${name} before the band that writes it`;
    if (s.kind !== "for") return `${buf.name} is also used by ${name}; only loop bands can read a FIFO`;
    readers.push(s);
  }
  if (readers.length === 0) return `no band reads ${buf.name} after the band that writes it`;
  const p = inOrder(producer, buf, "store", `the band that writes ${buf.name}`);
  if (p) return p;
  for (const r of readers) {
    const why = inOrder(r, buf, "load", `band ${r.opName ?? r.loopName}`);
    if (why) return why;
  }
  return { producer, readers };
}

/** Checks that `buf` can flow from the band that writes it to band `consumer` (and any other readers) as FIFOs. */
export function checkBandStream(f: ir.Func, buf: ir.Buffer, consumer: ir.For, bandName: string, rec: PrimitiveRecord): void {
  if (f.body.indexOf(consumer) < 0) fail(rec, `to(): band ${bandName} is not a top-level loop nest of ${f.name}, so it cannot run as a dataflow process`);
  const plan = bandStreamPlan(f, buf);
  if (typeof plan === "string") fail(rec, `to(): ${plan}`);
  if (f.body.indexOf(plan.producer) >= f.body.indexOf(consumer)) fail(rec, `to(): the band that writes ${buf.name} must come before band ${bandName}`);
  if (!plan.readers.includes(consumer)) fail(rec, `to(): band ${bandName} does not read ${buf.name}`);
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
 * body accesses `buf` exactly once, unconditionally, at the loop variables in nest order; else why not.
 */
function inOrder(band: ir.For, buf: ir.Buffer, kind: "load" | "store", who: string): string | undefined {
  const nest = perfectNest(band);
  const shape = buf.type.shape;
  const why = (reason: string): string => `${who} does not ${kind === "store" ? "write" : "read"} ${buf.name} in FIFO order (${reason}); a stream needs each element once, row-major`;
  if (nest.length < shape.length) return why(`it has ${nest.length} perfectly nested loop(s) for a ${shape.length}-d array`);
  const loops = nest.slice(0, shape.length);
  for (const [d, l] of loops.entries()) {
    if (constValue(l.lb) !== 0 || constValue(l.ub) !== shape[d] || l.step !== 1) return why(`loop ${l.loopName} does not run 0..${shape[d]} by 1`);
  }
  const inner = nest[nest.length - 1]!.body;
  if (nest.length > shape.length) return why(`loops ${nest.slice(shape.length).map((l) => l.loopName).join(", ")} repeat each access`);
  const sites: (readonly ir.Expr[])[] = [];
  let conditional = false;
  // A read inside a select's arm happens only when that arm is taken (the C++ evaluates one arm).
  const expr = (e: ir.Expr, inArm = false): void => {
    if (e.kind === "load" && e.buf.id === buf.id) {
      sites.push(e.indices);
      if (inArm) conditional = true;
    }
    for (const [i, c] of exprChildren(e).entries()) expr(c, inArm || (e.kind === "select" && i > 0));
  };
  for (const s of inner) {
    if (s.kind === "store") {
      if (kind === "store" && s.buf.id === buf.id) sites.push(s.indices);
      s.indices.forEach((e) => expr(e)); expr(s.value);
    } else if (counts(s, buf).loads + counts(s, buf).stores > 0) conditional = true;
  }
  if (conditional) return why("it is accessed under a condition or in a nested statement");
  if (sites.length !== 1) return why(`${sites.length} accesses per iteration`);
  const idx = sites[0]!;
  for (const [d, e] of idx.entries()) {
    if (e.kind !== "iter" || e.v.id !== loops[d]!.iv.id) return why(`index ${d + 1} is not the loop variable ${loops[d]!.loopName}`);
  }
  return undefined;
}
