/**
 * The function a core calls: an instance's body rewritten to work on the objects it holds. Each region
 * argument becomes its shard (indices rebased to the box origin; a shard that is read and written, or not
 * wholly written, arrives as an input object and is copied into the output object first); each stream
 * becomes the array of the elements (or blocks) one run puts or gets, walked by a position counter.
 * The C++ kernel (kernel-cpp.ts) and the replay (replay.ts, through the JS simulator) both run this
 * function, so what the project computes and what the checks compute are the same program.
 */
import type * as ir from "../../ir/nodes";
import { forLoop, indexConst, walkStmts, buffersOf, exprChildren } from "../../ir/nodes";
import { arrayType, INDEX } from "../../types/types";
import type { Box } from "./access";
import type { ArgUse, Instance, Region, StreamEdge } from "./region";

export type PortKind = "arg-in" | "arg-out" | "stream-in" | "stream-out";

export interface Port {
  readonly kind: PortKind;
  /** The kernel function's parameter for this object. */
  readonly buf: ir.Buffer;
  readonly use?: ArgUse;
  readonly argIndex?: number;
  readonly stream?: StreamEdge;
}

export interface KernelView {
  readonly instance: Instance;
  readonly func: ir.Func;
  readonly ports: readonly Port[];
}

export class ViewError extends Error {
  constructor(readonly what: string, readonly range: ir.Stmt["range"] | undefined) { super(what); }
}

function maxId(m: ir.Module): number {
  let n = 0;
  for (const f of m.funcs) {
    for (const p of f.params) n = Math.max(n, p.id);
    for (const b of buffersOf(f)) n = Math.max(n, b.id);
    walkStmts(f.body, (s) => { if (s.kind === "for") n = Math.max(n, s.iv.id); });
  }
  return n;
}

/** Builds the kernel function of every instance of the region (throws ViewError on what it cannot express). */
export function kernelViews(r: Region): KernelView[] {
  let next = maxId(r.module) + 1;
  const fresh = () => next++;
  return r.instances.map((inst) => viewOf(r, inst, fresh));
}

function viewOf(r: Region, inst: Instance, fresh: () => number): KernelView {
  const f = inst.func;
  const ports: Port[] = [];
  const argIn = new Map<number, ir.Buffer>();
  const argOut = new Map<number, ir.Buffer>();
  const boxes = new Map<number, Box>();
  const prologue: ir.Stmt[] = [];
  const mk = (name: string, type: ir.Buffer["type"], range: ir.Buffer["range"], storage: ir.BufferKind = "arg"): ir.Buffer => ({ kind: "buffer", id: fresh(), name, type, storage, range });
  for (const p of f.params) {
    if (p.kind !== "buffer") throw new ViewError(`scalar parameter '${p.name}'`, p.range);
    const argI = r.args.findIndex((a) => a.uses.some((u) => u.instance === inst && u.param === p));
    if (argI >= 0) {
      const use = r.args[argI]!.uses.find((u) => u.instance === inst && u.param === p)!;
      const t = arrayType(p.type.elem, use.box.shape);
      boxes.set(p.id, use.box);
      const needIn = use.read || (use.written && !use.covered);
      if (needIn) {
        const b = mk(use.written ? `${p.name}_in` : p.name, t, p.range);
        argIn.set(p.id, b);
        ports.push({ kind: "arg-in", buf: b, use, argIndex: argI });
      }
      if (use.written) {
        const b = mk(needIn ? `${p.name}_out` : p.name, t, p.range);
        argOut.set(p.id, b);
        ports.push({ kind: "arg-out", buf: b, use, argIndex: argI });
        if (needIn) prologue.push({ kind: "copy", dst: b, src: argIn.get(p.id)!, range: p.range });
      }
      continue;
    }
    const s = r.streams.find((e) => (e.producer === inst && e.producerParam === p) || (e.consumer === inst && e.consumerParam === p));
    if (s) {
      const out = s.producer === inst;
      const t = arrayType(p.type.elem, [s.count, ...p.type.shape]);
      const b = mk(p.name, t, p.range);
      (out ? argOut : argIn).set(p.id, b);
      ports.push({ kind: out ? "stream-out" : "stream-in", buf: b, stream: s });
    }
    // A parameter the instance never touches gets no port.
  }
  const pos = new Map<number, ir.Buffer>();
  const posOf = (stream: ir.Buffer): ir.Buffer => {
    let b = pos.get(stream.id);
    if (!b) {
      b = { kind: "buffer", id: fresh(), name: `${stream.name}_pos`, type: arrayType(INDEX, []), storage: "local", init: { kind: "fill", value: 0 }, range: stream.range };
      pos.set(stream.id, b);
      prologue.push({ kind: "alloc", buf: b, range: stream.range });
    }
    return b;
  };
  const posLoad = (stream: ir.Buffer): ir.Expr => ({ kind: "load", type: INDEX, buf: posOf(stream), indices: [] });
  const bump = (stream: ir.Buffer, by: number, range: ir.Stmt["range"]): ir.Stmt => ({
    kind: "store", buf: posOf(stream), indices: [], value: { kind: "binary", op: "add", type: INDEX, lhs: posLoad(stream), rhs: indexConst(by) }, range,
  });
  const rebase = (id: number, idx: readonly ir.Expr[]): ir.Expr[] => {
    const box = boxes.get(id);
    return idx.map((e, d) => {
      const o = box?.origin[d] ?? 0;
      return shift(e, -o);
    });
  };
  const target = (b: ir.Buffer): ir.Buffer => argOut.get(b.id) ?? argIn.get(b.id) ?? b;
  // Stream gets in one statement take consecutive positions, in evaluation order.
  let gets = new Map<number, { buf: ir.Buffer; n: number }>();
  const rexpr = (e: ir.Expr): ir.Expr => {
    switch (e.kind) {
      case "load": {
        if (e.buf.storage === "arg" && boxes.has(e.buf.id)) return { ...e, buf: target(e.buf), indices: rebase(e.buf.id, e.indices.map(rexpr)) };
        return { ...e, indices: e.indices.map(rexpr) };
      }
      case "stream-get": {
        const port = argIn.get(e.stream.id);
        if (!port) throw new ViewError(`a get from stream '${e.stream.name}' that has no producer`, e.range);
        const k = gets.get(e.stream.id)?.n ?? 0;
        gets.set(e.stream.id, { buf: e.stream, n: k + 1 });
        const at: ir.Expr = k === 0 ? posLoad(e.stream) : { kind: "binary", op: "add", type: INDEX, lhs: posLoad(e.stream), rhs: indexConst(k) };
        return { kind: "load", type: e.type, buf: port, indices: [at], range: e.range };
      }
      case "call-value": throw new ViewError(`a call of '${e.callee}'`, e.range);
      default: {
        const kids = exprChildren(e);
        if (kids.length === 0) return e;
        const o: Record<string, unknown> = { ...e };
        for (const [k, v] of Object.entries(e)) {
          if (v && typeof v === "object" && "kind" in (v as object) && kids.includes(v as ir.Expr)) o[k] = rexpr(v as ir.Expr);
        }
        if (e.kind === "math") o.args = e.args.map(rexpr);
        return o as unknown as ir.Expr;
      }
    }
  };
  const afterGets = (range: ir.Stmt["range"]): ir.Stmt[] => {
    const out = [...gets.values()].map((g) => bump(g.buf, g.n, range));
    gets = new Map();
    return out;
  };
  const noGets = (what: string, range: ir.Stmt["range"]) => {
    if (gets.size) throw new ViewError(`a stream get in ${what}`, range);
  };
  const copyNest = (shape: readonly number[], range: ir.Stmt["range"], body: (idx: ir.Expr[]) => ir.Stmt): ir.Stmt => {
    const vars = shape.map((_, d) => ({ kind: "loop-var" as const, id: fresh(), name: `b${d}` }));
    let s: ir.Stmt = body(vars.map((v) => ({ kind: "iter", type: INDEX, v }) as ir.Expr));
    for (let d = shape.length - 1; d >= 0; d--) {
      s = forLoop({ iv: vars[d]!, lb: indexConst(0), ub: indexConst(shape[d]!), step: 1, body: [s], loopName: `b${d}`, attrs: {}, range });
    }
    return s;
  };
  const rstmts = (ss: readonly ir.Stmt[]): ir.Stmt[] => ss.flatMap(rstmt);
  const rstmt = (s: ir.Stmt): ir.Stmt[] => {
    switch (s.kind) {
      case "for": {
        const lb = rexpr(s.lb); const ub = rexpr(s.ub); const step = typeof s.step === "number" ? s.step : rexpr(s.step); noGets("a loop bound", s.range);
        return [{ ...s, lb, ub, step, body: rstmts(s.body) }];
      }
      case "if": { const cond = rexpr(s.cond); noGets("an if condition", s.range); return [{ ...s, cond, then: rstmts(s.then), else: rstmts(s.else) }]; }
      case "while": { const cond = rexpr(s.cond); noGets("a while condition", s.range); return [{ ...s, cond, body: rstmts(s.body) }]; }
      case "store": {
        const value = rexpr(s.value);
        const indices = s.indices.map(rexpr);
        const buf = s.buf.storage === "arg" && boxes.has(s.buf.id) ? target(s.buf) : s.buf;
        const st: ir.Stmt = { ...s, buf, indices: buf === s.buf ? indices : rebase(s.buf.id, indices), value };
        return [st, ...afterGets(s.range)];
      }
      case "stream-put": {
        const port = argOut.get(s.stream.id);
        if (!port) throw new ViewError(`a put on stream '${s.stream.name}' that has no consumer`, s.range);
        const value = rexpr(s.value);
        return [{ kind: "store", buf: port, indices: [posLoad(s.stream)], value, range: s.range }, ...afterGets(s.range), bump(s.stream, 1, s.range)];
      }
      case "stream-put-block": {
        const port = argOut.get(s.stream.id);
        if (!port) throw new ViewError(`a put on stream '${s.stream.name}' that has no consumer`, s.range);
        const src = target(s.src);
        return [copyNest(src.type.shape, s.range, (idx) => ({ kind: "store", buf: port, indices: [posLoad(s.stream), ...idx], value: { kind: "load", type: src.type.elem, buf: src, indices: idx }, range: s.range })), bump(s.stream, 1, s.range)];
      }
      case "stream-get-block": {
        const port = argIn.get(s.stream.id);
        if (!port) throw new ViewError(`a get from stream '${s.stream.name}' that has no producer`, s.range);
        const dst = s.dst;
        return [
          { kind: "alloc", buf: dst, range: s.range },
          copyNest(dst.type.shape, s.range, (idx) => ({ kind: "store", buf: dst, indices: idx, value: { kind: "load", type: dst.type.elem, buf: port, indices: [posLoad(s.stream), ...idx] }, range: s.range })),
          bump(s.stream, 1, s.range),
        ];
      }
      case "copy": {
        if (boxes.has(s.dst.id) || boxes.has(s.src.id)) throw new ViewError("a whole-array copy of an argument", s.range);
        return [s];
      }
      case "alloc": return [s];
      case "call": throw new ViewError(`a call of '${s.callee}'`, s.range);
      case "return": if (s.values.length) throw new ViewError("a return value", s.range); return [];
    }
  };
  const body = rstmts(f.body);
  const func: ir.Func = { kind: "func", name: inst.name, params: ports.map((p) => p.buf), results: [], body: [...prologue, ...body], attrs: {}, range: f.range };
  return { instance: inst, func, ports };
}

/**
 * `e + by` on an index, folding into a constant term of `e` when it has one (so `4 + r` rebased by 4 is
 * plain `r`, and instances that differ only in their shard's origin get identical kernels).
 */
function shift(e: ir.Expr, by: number): ir.Expr {
  if (e.kind === "const" && typeof e.value === "number") return by === 0 ? e : indexConst(e.value + by);
  if (e.kind === "binary" && e.type.kind === "index" && e.op === "add") {
    if (e.lhs.kind === "const" && typeof e.lhs.value === "number") {
      const c = e.lhs.value + by;
      return c === 0 ? e.rhs : { ...e, lhs: indexConst(c) };
    }
    if (e.rhs.kind === "const" && typeof e.rhs.value === "number") {
      const c = e.rhs.value + by;
      return c === 0 ? e.lhs : { ...e, rhs: indexConst(c) };
    }
  }
  if (by === 0) return e;
  return by > 0 ? { kind: "binary", op: "add", type: INDEX, lhs: e, rhs: indexConst(by) } : { kind: "binary", op: "sub", type: INDEX, lhs: e, rhs: indexConst(-by) };
}
