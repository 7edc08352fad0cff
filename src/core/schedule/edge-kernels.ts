/**
 * Loaders and drainers at the edges of a streamed PE grid (the systolic array as Allo and the paper
 * build it): once `s.to` has made FIFO chains between the PEs, the arrays the PEs still touch are
 * moved out of them, so that every PE function takes only streams and only these edge kernels see
 * memory.
 * - A loader per array the PEs only read: it reads the array in the order the PEs that read it (the
 *   first PE of each line for a relayed array, every PE otherwise) consume it and puts each element
 *   into that PE's FIFO. The PEs' reads are interleaved element by element (the k-th element of every
 *   line before the (k+1)-th of any), the order a systolic array is fed in, so the FIFOs need only
 *   the relay's depth. That needs the same loops and conditions around the reads in every PE it
 *   feeds; where they differ the array stays an argument of the PEs.
 * - A drainer per array the PEs only write: each PE puts the values it stored on a FIFO of its own,
 *   and the drainer takes them PE by PE in the order the PEs were called and stores them where the
 *   PE would have: the array ends as it did, element for element. A drain FIFO holds what its PE
 *   puts before its last get (`drainDepth`), so waiting for the drainer never holds up another PE.
 * Arrays the PEs both read and write stay arguments. Only reads and writes whose loops, conditions
 * and indices do not depend on data are moved (they are replayed by the edge kernel).
 * The edge kernels are ordinary functions called by the grid's caller (a dataflow region), marked
 * with `attrs.edge`, so the hardware plan, the simulator (processes), the MLIR, the HLS export and the
 * diagram see the same structure.
 */
import type * as ir from "../ir/nodes";
import { exprChildren, indexConst } from "../ir/nodes";
import { freshIds, mapExpr, mapList } from "./ir-util";
import { directChildren, NotRelayable, readTrace, relayBody, stmtsUseP, usesP } from "./relay";

/** An expanded grid: its caller and its PE functions with their coordinates (row-major). */
export interface ExpandedGrid {
  readonly owner: string;
  readonly pes: readonly { readonly name: string; readonly coords: readonly number[] }[];
  /** Depth of the FIFO chain of each relayed buffer (by the caller's buffer id). */
  readonly relayDepth: ReadonlyMap<number, number>;
}

/** Total number of stores a drainer replays, over all PEs of a grid. */
export const MAX_DRAINED = 1 << 22;
/** Depth of a loader's FIFO into a PE that reads an array no relay passes on. */
const FEED_DEPTH = 2;

class NoEdge { constructor(readonly why: string) {} }

/** A read or write of the array with the loops and conditions around it. */
export type Slice =
  | { readonly kind: "for"; readonly loop: ir.For; readonly body: readonly Slice[] }
  | { readonly kind: "if"; readonly stmt: ir.If; readonly then: readonly Slice[]; readonly else: readonly Slice[] }
  | { readonly kind: "load"; readonly load: ir.Load }
  | { readonly kind: "store"; readonly store: ir.Store };

interface Use { readonly call: ir.CallStmt; readonly args: readonly ir.CallArg[]; readonly func: ir.Func; readonly param: ir.Buffer; readonly coords: readonly number[] }

/** `m` with loaders and drainers at the edges of `grid` (unchanged when no array can be moved). */
export function withEdgeKernels(m: ir.Module, grid: ExpandedGrid): ir.Module {
  const owner = m.funcs.find((f) => f.name === grid.owner);
  if (!owner) return m;
  const peCoords = new Map(grid.pes.map((p) => [p.name, p.coords]));
  const calls = owner.body.filter((s): s is ir.CallStmt => s.kind === "call" && peCoords.has(s.callee));
  if (calls.length !== grid.pes.length) return m;
  const first = owner.body.indexOf(calls[0]!), last = owner.body.indexOf(calls[calls.length - 1]!);
  const fresh = freshIds(m);
  const taken = new Set(m.funcs.map((f) => f.name));
  const unique = (n: string) => { let s = n; for (let k = 1; taken.has(s); k++) s = `${n}_${k}`; taken.add(s); return s; };

  // The arrays the PEs take, in the order they first appear.
  const arrays: ir.Buffer[] = [];
  for (const c of calls) for (const a of c.args) if (a.kind === "buffer" && a.storage !== "stream" && !a.stream && a.type.shape.length > 0 && !arrays.some((b) => b.id === a.id)) arrays.push(a);

  const funcs = new Map(m.funcs.map((f) => [f.name, f]));
  let callArgs = new Map(calls.map((c) => [c, c.args]));
  const before: ir.Stmt[] = [], after: ir.Stmt[] = [];
  const loaders: ir.Func[] = [], drainers: ir.Func[] = [];
  const drainLinks: DrainLink[] = [];
  for (const a of arrays) {
    // The caller may declare the array, return it or copy it out after the grid; nothing else.
    if (!ownerLeavesAlone(owner.body, a, last, new Set(calls))) continue;
    let uses: Use[] = [];
    let ok = true;
    for (const c of calls) {
      const args = callArgs.get(c)!;
      const idx = args.flatMap((x, i) => (x.kind === "buffer" && x.id === a.id ? [i] : []));
      if (idx.length === 0) continue;
      const func = funcs.get(c.callee)!;
      const param = func.params[idx[0]!];
      if (idx.length > 1 || !param || param.kind !== "buffer") { ok = false; break; }
      uses.push({ call: c, args, func, param, coords: peCoords.get(c.callee)! });
    }
    if (!ok || uses.length === 0) continue;
    try {
      // Read and written, each PE only its own elements at constant places, starting from the
      // declared value: the PE keeps them in registers and the array is only written (drained).
      const init = owner.body.find((s): s is ir.Alloc => s.kind === "alloc" && s.buf.id === a.id)?.buf.init;
      if (init && uses.some((u) => !readSlices(u.func.body, u.param) && !writeSlices(u.func.body, u.param))) {
        const priv = uses.map((u) => privatize(u.func, u.param, init, fresh));
        const seen = new Set<string>();
        if (priv.every((x) => x && x.elements.every((e) => !seen.has(e) && seen.add(e)))) {
          uses = uses.map((u, i) => ({ ...u, func: priv[i]!.func }));
          for (const u of uses) funcs.set(u.func.name, u.func);
        }
      }
      const reads = uses.map((u) => readSlices(u.func.body, u.param));
      const writes = uses.map((u) => writeSlices(u.func.body, u.param));
      if (reads.every((r) => r !== undefined) && reads.some((r) => r!.length > 0)) {
        const depth = grid.relayDepth.get(a.id) ?? FEED_DEPTH;
        const r = makeLoader(a, uses, reads as Slice[][], depth, fresh, unique(`${owner.name}_load_${a.name}`));
        loaders.push(r.func);
        before.push(...r.allocs, r.call);
        for (const [name, f] of r.pes) funcs.set(name, f);
        callArgs = new Map([...callArgs].map(([c, args]) => [c, r.args.get(c) ?? args]));
      } else if (writes.every((w) => w !== undefined) && writes.some((w) => w!.length > 0)) {
        const r = makeDrainer(a, uses, writes as Slice[][], fresh, unique(`${owner.name}_drain_${a.name}`));
        drainLinks.push(...r.links);
        drainers.push(r.func);
        before.push(...r.allocs);
        after.push(r.call);
        for (const [name, f] of r.pes) funcs.set(name, f);
        callArgs = new Map([...callArgs].map(([c, args]) => [c, r.args.get(c) ?? args]));
      }
    } catch (e) {
      if (e instanceof NoEdge) continue;
      throw e;
    }
  }
  if (loaders.length === 0 && drainers.length === 0) return m;
  // Each drain FIFO as deep as its PE needs (once every PE takes only streams): see drainDepth.
  const depth = new Map<number, number>();
  const budget = { left: DEPTH_STEPS_TOTAL };
  for (const l of drainLinks) {
    const n = drainDepth(funcs.get(l.pe)!.body, l.put.id, budget);
    if (n !== undefined && n !== l.chan.stream!.depth) for (const b of [l.chan, l.put, l.get]) depth.set(b.id, n);
  }
  if (depth.size > 0) {
    const deepen = (b: ir.Buffer): ir.Buffer => (depth.has(b.id) ? { ...b, stream: { ...b.stream!, depth: depth.get(b.id)! } } : b);
    const withDepths = (f: ir.Func): ir.Func => ({ ...f, params: f.params.map((p) => (p.kind === "buffer" ? deepen(p) : p)) });
    before.forEach((st, i) => { if (st.kind === "alloc") before[i] = { ...st, buf: deepen(st.buf) }; });
    for (const l of drainLinks) funcs.set(l.pe, withDepths(funcs.get(l.pe)!));
    drainers.forEach((d, i) => { drainers[i] = withDepths(d); });
  }
  // Channels and loaders before the first PE call, drainers after the last (C simulation's order).
  const body: ir.Stmt[] = [];
  owner.body.forEach((s, i) => {
    if (i === first) body.push(...before);
    body.push(s.kind === "call" && callArgs.has(s) ? { ...s, args: callArgs.get(s)! } : s);
    if (i === last) body.push(...after);
  });
  const owner2: ir.Func = { ...owner, body };
  funcs.set(owner.name, owner2);
  // Callees before callers: the edge kernels go just before the grid's caller.
  const out: ir.Func[] = [];
  for (const f of m.funcs) {
    if (f.name === owner.name) out.push(...loaders, ...drainers);
    out.push(funcs.get(f.name) ?? f);
  }
  return { ...m, funcs: out };
}

/** Whether the caller touches `a` only by declaring it, in the PE calls, and by returning or copying it out after them. */
function ownerLeavesAlone(body: readonly ir.Stmt[], a: ir.Buffer, last: number, calls: ReadonlySet<ir.Stmt>): boolean {
  return body.every((s, i) => {
    if (calls.has(s) || (s.kind === "alloc" && s.buf.id === a.id)) return true;
    if (!touches(s, a)) return true;
    if (i < last) return false;
    if (s.kind === "return") return s.values.every((v) => v.kind === "buffer" || !usesP(v, a));
    return s.kind === "copy" && s.src.id === a.id && s.dst.id !== a.id;
  });
}

function touches(s: ir.Stmt, a: ir.Buffer): boolean {
  if (stmtsUseP([s], a)) return true;
  if (s.kind === "call" && s.results.some((r) => r.id === a.id)) return true;
  if (s.kind === "alloc") return s.buf.id === a.id;
  if (s.kind === "stream-put-block") return s.src.id === a.id || s.stream.id === a.id;
  if (s.kind === "stream-get-block") return s.dst.id === a.id || s.stream.id === a.id;
  return false;
}

/**
 * `body` with every load and store of `p` moved onto the register `reg` gives for its indices.
 * Undefined when `reg` refuses a place (undefined) or `p` escapes: passed to a call, copied,
 * returned or moved as a stream block. The expanded PEs (constant places, `privatize`) and the
 * shared PE function (places over the PE's coordinates, grid-fold.ts) both keep results this way.
 */
export function onRegisters(body: readonly ir.Stmt[], p: ir.Buffer, reg: (indices: readonly ir.Expr[]) => ir.Buffer | undefined): ir.Stmt[] | undefined {
  let ok = true;
  const ex = (e: ir.Expr): ir.Expr => mapExpr(e, (x) => {
    if (x.kind === "load" && x.buf.id === p.id) { const b = reg(x.indices); if (!b) ok = false; return b ? { ...x, buf: b, indices: [] } : undefined; }
    if (x.kind === "call-value" && x.args.some((y) => y.kind === "buffer" && y.id === p.id)) ok = false;
    return undefined;
  });
  const stmts = (ss: readonly ir.Stmt[]): ir.Stmt[] => ss.map((s): ir.Stmt => {
    switch (s.kind) {
      case "for": return { ...s, lb: ex(s.lb), ub: ex(s.ub), step: typeof s.step === "number" ? s.step : ex(s.step), body: stmts(s.body) };
      case "while": return { ...s, cond: ex(s.cond), body: stmts(s.body) };
      case "if": return { ...s, cond: ex(s.cond), then: stmts(s.then), else: stmts(s.else) };
      case "store": {
        const indices = s.indices.map(ex), value = ex(s.value);
        if (s.buf.id !== p.id) return { ...s, indices, value };
        const b = reg(indices);
        if (!b) ok = false;
        return b ? { ...s, buf: b, indices: [], value } : s;
      }
      case "call": if (s.args.some((y) => y.kind === "buffer" && y.id === p.id)) ok = false; return { ...s, args: s.args.map((y) => (y.kind === "buffer" ? y : ex(y))) };
      case "return": if (s.values.some((y) => y.kind === "buffer" && y.id === p.id)) ok = false; return { ...s, values: s.values.map((y) => (y.kind === "buffer" ? y : ex(y))) };
      case "copy": if (s.src.id === p.id || s.dst.id === p.id) ok = false; return s;
      case "stream-put": return { ...s, value: ex(s.value) };
      case "stream-put-block": if (s.src.id === p.id) ok = false; return s;
      case "stream-get-block": if (s.dst.id === p.id) ok = false; return s;
      case "alloc": return s;
    }
  });
  const out = stmts(body);
  return ok ? out : undefined;
}

/**
 * `f` with its accesses of `p` (all at constant places) on registers: declared with the array's
 * initial value at the start, stored back to the array at the end. Undefined when an access is at a
 * computed place or `p` escapes (a call, a copy, a return).
 */
function privatize(f: ir.Func, p: ir.Buffer, init: ir.BufferInit, fresh: () => number): { func: ir.Func; elements: string[] } | undefined {
  const regs = new Map<string, { buf: ir.Buffer; at: number[] }>();
  const strides = p.type.shape.map((_, d) => p.type.shape.slice(d + 1).reduce((x, y) => x * y, 1));
  const reg = (indices: readonly ir.Expr[]): ir.Buffer | undefined => {
    const at = indices.map((x) => (x.kind === "const" ? Number(x.value) : NaN));
    if (at.some((x) => !Number.isInteger(x))) return undefined;
    const key = at.join(",");
    let r = regs.get(key);
    if (!r) {
      const flat = at.reduce((acc, x, d) => acc + x * strides[d]!, 0);
      const value = init.kind === "fill" ? init.value : init.values[flat] ?? 0;
      r = { buf: { kind: "buffer", id: fresh(), name: `${p.name}_${at.join("_")}`, type: { kind: "array", elem: p.type.elem, shape: [] }, storage: "local", init: { kind: "fill", value }, range: p.range }, at };
      regs.set(key, r);
    }
    return r.buf;
  };
  const body = onRegisters(f.body, p, reg);
  if (!body) return undefined;
  if (regs.size === 0) return undefined;
  const rs = [...regs.values()];
  const range = f.range;
  return {
    func: {
      ...f,
      body: [
        ...rs.map((r): ir.Stmt => ({ kind: "alloc", buf: r.buf, range })),
        ...body,
        ...rs.map((r): ir.Stmt => ({ kind: "store", buf: p, indices: r.at.map((x) => indexConst(x)), value: { kind: "load", type: p.type.elem, buf: r.buf, indices: [] }, range })),
      ],
    },
    elements: [...regs.keys()],
  };
}

// ------------------------------------------------------------------ slices

/**
 * The reads of `p` in `body` with the loops and conditions around them, in the order the relay's
 * register rewrite takes them (relay.ts `relayBody`); undefined when `p` is written, or its reads
 * depend on data (readTrace says which).
 */
export function readSlices(body: readonly ir.Stmt[], p: ir.Buffer): Slice[] | undefined {
  try {
    if (readTrace(body, p).includes("$")) return undefined;
  } catch (e) {
    if (e instanceof NotRelayable) return undefined;
    throw e;
  }
  const loads = (e: ir.Expr, out: Slice[]) => mapExpr(e, (x) => { if (x.kind === "load" && x.buf.id === p.id) out.push({ kind: "load", load: x }); return undefined; });
  // Each body's use of p worked out once: deep loop nests stay linear.
  const usesIn = new Map<readonly ir.Stmt[], boolean>();
  const uses = (ss: readonly ir.Stmt[]): boolean => {
    let u = usesIn.get(ss);
    if (u === undefined) usesIn.set(ss, (u = stmtsUseP(ss, p, uses)));
    return u;
  };
  const walk = (ss: readonly ir.Stmt[]): Slice[] => {
    const out: Slice[] = [];
    for (const s of ss) {
      switch (s.kind) {
        case "for": if (uses(s.body)) { const b = walk(s.body); if (b.length) out.push({ kind: "for", loop: s, body: b }); } break;
        case "if": {
          loads(s.cond, out);
          const c = constEval(s.cond, new Map());
          if (c !== undefined) out.push(...walk(c ? s.then : s.else));
          else { const t = walk(s.then), e = walk(s.else); if (t.length || e.length) out.push({ kind: "if", stmt: s, then: t, else: e }); }
          break;
        }
        case "store": s.indices.forEach((x) => loads(x, out)); loads(s.value, out); break;
        case "call": s.args.forEach((x) => { if (x.kind !== "buffer") loads(x, out); }); break;
        case "return": s.values.forEach((x) => { if (x.kind !== "buffer") loads(x, out); }); break;
        case "stream-put": loads(s.value, out); break;
        default: break;
      }
    }
    return out;
  };
  return walk(body);
}

/**
 * The stores to `p` in `body` with the loops and conditions around them; undefined when `p` is read
 * or escapes, or where a store's place depends on data. `coords`: the PE-coordinate parameters of a
 * grid body shared by its PEs (schedule/grid-fold.ts), which are no data.
 */
export function writeSlices(body: readonly ir.Stmt[], p: ir.Buffer, coords?: ReadonlySet<number>): Slice[] | undefined {
  const plain = (e: ir.Expr): boolean => {
    let ok = true;
    mapExpr(e, (x) => { if (x.kind === "load" || x.kind === "stream-get" || x.kind === "call-value" || (x.kind === "param" && !coords?.has(x.param.id))) ok = false; return undefined; });
    return ok;
  };
  const writes = (ss: readonly ir.Stmt[]): boolean => ss.some((s) =>
    (s.kind === "store" && s.buf.id === p.id) || ((s.kind === "for" || s.kind === "while") && writes(s.body)) || (s.kind === "if" && (writes(s.then) || writes(s.else))));
  const walk = (ss: readonly ir.Stmt[]): Slice[] | undefined => {
    const out: Slice[] = [];
    for (const s of ss) {
      switch (s.kind) {
        case "for": {
          if (!writes(s.body)) break;
          if (!plain(s.lb) || !plain(s.ub) || (typeof s.step !== "number" && !plain(s.step))) return undefined;
          const b = walk(s.body);
          if (!b) return undefined;
          out.push({ kind: "for", loop: s, body: b });
          break;
        }
        case "while": if (writes(s.body)) return undefined; break;
        case "if": {
          if (!writes(s.then) && !writes(s.else)) break;
          if (!plain(s.cond)) return undefined;
          const c = constEval(s.cond, new Map());
          if (c !== undefined) { const b = walk(c ? s.then : s.else); if (!b) return undefined; out.push(...b); break; }
          const t = walk(s.then), e = walk(s.else);
          if (!t || !e) return undefined;
          out.push({ kind: "if", stmt: s, then: t, else: e });
          break;
        }
        case "store": if (s.buf.id === p.id) { if (!s.indices.every(plain)) return undefined; out.push({ kind: "store", store: s }); } break;
        default: break;
      }
    }
    return out;
  };
  // Read, copied, passed on or returned: not only written.
  const reads = (ss: readonly ir.Stmt[]): boolean => ss.some((s): boolean => {
    switch (s.kind) {
      case "for": return [s.lb, s.ub, ...(typeof s.step === "number" ? [] : [s.step])].some((e) => usesP(e, p)) || reads(s.body);
      case "while": return usesP(s.cond, p) || reads(s.body);
      case "if": return usesP(s.cond, p) || reads(s.then) || reads(s.else);
      case "store": return s.indices.some((e) => usesP(e, p)) || usesP(s.value, p);
      case "copy": return s.src.id === p.id || s.dst.id === p.id;
      case "call": return s.args.some((x) => (x.kind === "buffer" ? x.id === p.id : usesP(x, p)));
      case "return": return s.values.some((x) => (x.kind === "buffer" ? x.id === p.id : usesP(x, p)));
      case "stream-put": return usesP(s.value, p);
      case "stream-put-block": return s.src.id === p.id;
      case "stream-get-block": return s.dst.id === p.id;
      default: return false;
    }
  });
  if (reads(body)) return undefined;
  return walk(body);
}

/**
 * The value of an index expression of constants and the loop variables and scalar parameters in `env`
 * (by id); undefined otherwise. `rem` truncates, as the simulator's and C's `%` do.
 */
export function constEval(e: ir.Expr, env: ReadonlyMap<number, number>): number | undefined {
  switch (e.kind) {
    case "const": return typeof e.value === "number" || typeof e.value === "bigint" ? Number(e.value) : undefined;
    case "iter": return env.get(e.v.id);
    case "param": return env.get(e.param.id);
    case "cast": return constEval(e.x, env);
    case "binary": {
      const a = constEval(e.lhs, env), b = constEval(e.rhs, env);
      if (a === undefined || b === undefined) return undefined;
      switch (e.op) {
        case "add": return a + b;
        case "sub": return a - b;
        case "mul": return a * b;
        case "floordiv": return b === 0 ? undefined : Math.floor(a / b);
        case "rem": return b === 0 ? undefined : a - b * Math.trunc(a / b);
        case "min": return Math.min(a, b);
        case "max": return Math.max(a, b);
        default: return undefined;
      }
    }
    case "compare": {
      const a = constEval(e.lhs, env), b = constEval(e.rhs, env);
      if (a === undefined || b === undefined) return undefined;
      return Number(e.pred === "eq" ? a === b : e.pred === "ne" ? a !== b : e.pred === "lt" ? a < b : e.pred === "le" ? a <= b : e.pred === "gt" ? a > b : a >= b);
    }
    default: return undefined;
  }
}

/** An expression written with loop variables by nesting depth (`levels`), to compare the PEs' loops. */
function canon(e: ir.Expr, levels: ReadonlyMap<number, number>): string {
  switch (e.kind) {
    case "const": return `${e.value}`;
    case "iter": return `v${levels.get(e.v.id) ?? `?${e.v.id}`}`;
    case "param": return `$${e.param.name}`;
    default: {
      const op = "op" in e ? e.op : "pred" in e ? e.pred : "fn" in e ? e.fn : "";
      return `${e.kind}:${op}:${JSON.stringify(e.type)}(${directChildren(e).map((x) => canon(x, levels)).join(",")})`;
    }
  }
}

/** `e` with its loop variables renamed through `ivs` and its array through `buf`. */
function remap(e: ir.Expr, ivs: ReadonlyMap<number, ir.LoopVar>, from?: ir.Buffer, to?: ir.Buffer): ir.Expr {
  return mapExpr(e, (x) => {
    if (x.kind === "iter") { const v = ivs.get(x.v.id); return v ? { ...x, v } : undefined; }
    if (from && to && x.kind === "load" && x.buf.id === from.id) return { ...x, buf: to };
    return undefined;
  });
}

/**
 * A loop of an edge kernel over `l`'s bounds. The innermost loops are pipelined at II 1: an edge
 * kernel only moves elements between memory and FIFOs, and it must keep up with the grid it feeds.
 */
function newLoop(l: ir.For, iv: ir.LoopVar, ivs: ReadonlyMap<number, ir.LoopVar>, body: readonly ir.Stmt[]): ir.For {
  const inner = !body.some(function holds(s: ir.Stmt): boolean { return s.kind === "for" || (s.kind === "if" && (s.then.some(holds) || s.else.some(holds))); });
  return {
    kind: "for", iv, lb: remap(l.lb, ivs), ub: remap(l.ub, ivs), step: typeof l.step === "number" ? l.step : remap(l.step, ivs),
    body, loopName: l.loopName, attrs: inner ? { pipelineII: 1 } : {}, range: l.range,
  };
}

// ------------------------------------------------------------------ loader

function makeLoader(a: ir.Buffer, uses: readonly Use[], slices: readonly (readonly Slice[])[], depth: number, fresh: () => number, name: string) {
  const chanType: ir.Buffer["type"] = { kind: "array", elem: a.type.elem, shape: [] };
  const stream: ir.StreamSpec = { depth };
  const chan = (n: string): ir.Buffer => ({ kind: "buffer", id: fresh(), name: n, type: chanType, storage: "stream", stream, range: a.range });
  const arr: ir.Buffer = { ...uses[0]!.param, id: fresh(), name: a.name };
  const feeds = uses.map((u) => chan(`${a.name}_load_${u.coords.join("_")}`));
  const outs = uses.map((u) => chan(`${a.name}_out_${u.coords.join("_")}`));
  // Every PE's slice walked together: the same loops and conditions, the k-th read of each in turn.
  const ivMaps = uses.map(() => new Map<number, ir.LoopVar>());
  const zip = (xs: readonly (readonly Slice[])[], depthNow: number, levels: Map<number, number>[]): ir.Stmt[] => {
    const n = xs[0]!.length;
    if (xs.some((x) => x.length !== n)) throw new NoEdge("the PEs read it in different loops");
    const out: ir.Stmt[] = [];
    for (let k = 0; k < n; k++) {
      const here = xs.map((x) => x[k]!);
      const h0 = here[0]!;
      if (here.some((x) => x.kind !== h0.kind)) throw new NoEdge("the PEs read it in different loops");
      if (h0.kind === "for") {
        const loops = here.map((x) => (x as Extract<Slice, { kind: "for" }>).loop);
        const key = (l: ir.For, i: number) => `${canon(l.lb, levels[i]!)}|${canon(l.ub, levels[i]!)}|${typeof l.step === "number" ? l.step : canon(l.step, levels[i]!)}`;
        if (loops.some((l, i) => key(l, i) !== key(loops[0]!, 0))) throw new NoEdge("the PEs read it in loops of different bounds");
        const iv: ir.LoopVar = { ...loops[0]!.iv, id: fresh() };
        const inner = levels.map((lv, i) => new Map(lv).set(loops[i]!.iv.id, depthNow));
        loops.forEach((l, i) => ivMaps[i]!.set(l.iv.id, iv));
        const body = zip(here.map((x) => (x as Extract<Slice, { kind: "for" }>).body), depthNow + 1, inner);
        out.push(newLoop(loops[0]!, iv, ivMaps[0]!, body));
      } else if (h0.kind === "if") {
        const ifs = here.map((x) => x as Extract<Slice, { kind: "if" }>);
        if (ifs.some((x, i) => canon(x.stmt.cond, levels[i]!) !== canon(ifs[0]!.stmt.cond, levels[0]!))) throw new NoEdge("the PEs read it under different conditions");
        out.push({
          kind: "if", cond: remap(ifs[0]!.stmt.cond, ivMaps[0]!), range: ifs[0]!.stmt.range,
          then: zip(ifs.map((x) => x.then), depthNow, levels), else: zip(ifs.map((x) => x.else), depthNow, levels),
        });
      } else if (h0.kind === "load") {
        here.forEach((x, i) => {
          const ld = (x as Extract<Slice, { kind: "load" }>).load;
          const value = remap(ld, ivMaps[i]!, uses[i]!.param, arr);
          out.push({ kind: "stream-put", stream: outs[i]!, value, range: ld.range ?? a.range });
        });
      } else throw new NoEdge("not a read");
    }
    return out;
  };
  const body = zip(slices, 0, uses.map(() => new Map()));
  const func: ir.Func = { kind: "func", name, params: [arr, ...outs], results: [], body, attrs: { edge: { role: "loader", buffer: a.name } }, range: a.range };
  const pes = new Map<string, ir.Func>();
  const args = new Map<ir.CallStmt, readonly ir.CallArg[]>();
  uses.forEach((u, i) => {
    const inP: ir.Buffer = { ...feeds[i]!, id: fresh(), name: `${a.name}_in`, range: u.param.range };
    pes.set(u.func.name, { ...u.func, params: u.func.params.map((x) => (x === u.param ? inP : x)), body: takeFrom(u.func.body, u.param, inP, fresh) });
    args.set(u.call, u.args.map((x) => (x.kind === "buffer" && x.id === a.id ? feeds[i]! : x)));
  });
  const call: ir.CallStmt = { kind: "call", callee: name, args: [a, ...feeds], results: [], range: a.range };
  return { func, call, allocs: feeds.map((b): ir.Stmt => ({ kind: "alloc", buf: b, range: a.range })), pes, args };
}

/**
 * `body` with each read of `p` a get from `ch`, in relayBody's order. A register load of the
 * relay (`v = p[...]`) takes the value straight from the FIFO.
 */
export function takeFrom(body: readonly ir.Stmt[], p: ir.Buffer, ch: ir.Buffer, fresh: () => number): readonly ir.Stmt[] {
  const direct = (ss: readonly ir.Stmt[]): readonly ir.Stmt[] => mapList(ss, (s): ir.Stmt => {
    switch (s.kind) {
      case "for": case "while": { const b = direct(s.body); return b === s.body ? s : { ...s, body: b }; }
      case "if": { const t = direct(s.then), e = direct(s.else); return t === s.then && e === s.else ? s : { ...s, then: t, else: e }; }
      case "store":
        if (s.value.kind === "load" && s.value.buf.id === p.id && s.indices.length === 0 && s.buf.type.shape.length === 0) {
          return { ...s, value: { kind: "stream-get", type: p.type.elem, stream: ch, range: s.value.range } };
        }
        return s;
      default: return s;
    }
  });
  return relayBody(direct(body), p, ch, undefined, fresh, ch.range);
}

// ------------------------------------------------------------------ drainer

function makeDrainer(a: ir.Buffer, uses: readonly Use[], slices: readonly (readonly Slice[])[], fresh: () => number, name: string) {
  const chanType: ir.Buffer["type"] = { kind: "array", elem: a.type.elem, shape: [] };
  const arr: ir.Buffer = { ...uses[0]!.param, id: fresh(), name: a.name };
  let total = 0;
  const counts = slices.map((s) => {
    const n = countStores(s, new Map());
    total += n;
    if (total > MAX_DRAINED) throw new NoEdge("too many stores to replay");
    return n;
  });
  const drains = uses.map((u, i): ir.Buffer => ({
    kind: "buffer", id: fresh(), name: `${a.name}_drain_${u.coords.join("_")}`, type: chanType, storage: "stream", stream: { depth: Math.max(1, counts[i]!) }, range: a.range,
  }));
  const ins = drains.map((d): ir.Buffer => ({ ...d, id: fresh(), name: `${a.name}_in_${d.name.slice(a.name.length + "_drain_".length)}` }));
  const body: ir.Stmt[] = [];
  slices.forEach((ss, i) => {
    const ivs = new Map<number, ir.LoopVar>();
    const build = (xs: readonly Slice[]): ir.Stmt[] => xs.map((x): ir.Stmt => {
      switch (x.kind) {
        case "for": { const iv: ir.LoopVar = { ...x.loop.iv, id: fresh() }; ivs.set(x.loop.iv.id, iv); return newLoop(x.loop, iv, ivs, build(x.body)); }
        case "if": return { kind: "if", cond: remap(x.stmt.cond, ivs), then: build(x.then), else: build(x.else), range: x.stmt.range };
        case "store": return {
          kind: "store", buf: arr, indices: x.store.indices.map((e) => remap(e, ivs)), range: x.store.range,
          value: { kind: "stream-get", type: a.type.elem, stream: ins[i]!, range: x.store.range },
        };
        default: throw new NoEdge("not a write");
      }
    });
    body.push(...build(ss));
  });
  const func: ir.Func = { kind: "func", name, params: [...ins, arr], results: [], body, attrs: { edge: { role: "drainer", buffer: a.name } }, range: a.range };
  const pes = new Map<string, ir.Func>();
  const args = new Map<ir.CallStmt, readonly ir.CallArg[]>();
  const outs: ir.Buffer[] = [];
  uses.forEach((u, i) => {
    const outP: ir.Buffer = { ...drains[i]!, id: fresh(), name: `${a.name}_out`, range: u.param.range };
    outs.push(outP);
    pes.set(u.func.name, { ...u.func, params: u.func.params.map((x) => (x === u.param ? outP : x)), body: putsFor(u.func.body, u.param, outP) });
    args.set(u.call, u.args.map((x) => (x.kind === "buffer" && x.id === a.id ? drains[i]! : x)));
  });
  const call: ir.CallStmt = { kind: "call", callee: name, args: [...drains, a], results: [], range: a.range };
  const links = uses.map((u, i) => ({ chan: drains[i]!, pe: u.func.name, put: outs[i]!, get: ins[i]! }));
  return { func, call, allocs: drains.map((b): ir.Stmt => ({ kind: "alloc", buf: b, range: a.range })), pes, args, links };
}

/** Stores a slice makes when run (loop bounds and conditions must be constants of the loops around). */
function countStores(ss: readonly Slice[], env: Map<number, number>): number {
  let n = 0;
  for (const x of ss) {
    switch (x.kind) {
      case "store": n++; break;
      case "if": { const c = constEval(x.stmt.cond, env); if (c === undefined) throw new NoEdge("a condition is not known"); n += countStores(c ? x.then : x.else, env); break; }
      case "for": {
        const lb = constEval(x.loop.lb, env), ub = constEval(x.loop.ub, env), step = typeof x.loop.step === "number" ? x.loop.step : constEval(x.loop.step, env);
        if (lb === undefined || ub === undefined || step === undefined || step <= 0) throw new NoEdge("a loop's trip count is not known");
        for (let i = lb; i < ub; i += step) { env.set(x.loop.iv.id, i); n += countStores(x.body, env); if (n > MAX_DRAINED) throw new NoEdge("too many stores"); }
        env.delete(x.loop.iv.id);
        break;
      }
      default: break;
    }
  }
  return n;
}

/** `body` with every store to `p` a put of its value on `ch`. */
export function putsFor(body: readonly ir.Stmt[], p: ir.Buffer, ch: ir.Buffer): readonly ir.Stmt[] {
  return body.map((s): ir.Stmt => {
    switch (s.kind) {
      case "for": case "while": return { ...s, body: putsFor(s.body, p, ch) };
      case "if": return { ...s, then: putsFor(s.then, p, ch), else: putsFor(s.else, p, ch) };
      case "store": return s.buf.id === p.id ? { kind: "stream-put", stream: ch, value: s.value, range: s.range } : s;
      default: return s;
    }
  });
}

interface DrainLink { readonly chan: ir.Buffer; readonly pe: string; readonly put: ir.Buffer; readonly get: ir.Buffer }

/** Statements a PE may run while its drain depth is worked out, before the count gives up. */
const DEPTH_STEPS = 1 << 16;
/**
 * The same for all the PEs of a grid together (4,096 PEs with deep bodies passed 20 million): past it,
 * the remaining PEs keep FIFOs as deep as all their stores, which is always enough.
 */
const DEPTH_STEPS_TOTAL = 1 << 22;

/**
 * The depth a PE's drain FIFO needs: the drainer takes the PEs' FIFOs one PE after another, so a PE
 * may wait for it until every PE before it has finished. While it waits it must not hold up those
 * PEs, which only need it to keep taking from its own input FIFOs: so every value it puts on `ch`
 * before its last get from any FIFO must fit (it never waits then); a value put after that may wait
 * for the drainer without stopping anyone. At least 1. Undefined (keep the depth of all its stores)
 * when the PE's loops or conditions around its puts and gets depend on data or the count is too long.
 */
export function drainDepth(body: readonly ir.Stmt[], ch: number, budget: { left: number } = { left: DEPTH_STEPS }): number | undefined {
  let puts = 0, atLastGet = 0, steps = 0;
  const env = new Map<number, number>();
  const gets = (e: ir.Expr): boolean => e.kind === "stream-get" || exprChildren(e).some(gets);
  // Loop bodies run once per iteration here: whether a statement gets is decided once per statement.
  const getsIn = new Map<ir.Stmt, boolean>();
  const stmtGets = (s: ir.Stmt): boolean => {
    let g = getsIn.get(s);
    if (g === undefined) getsIn.set(s, (g = stmtExprsOf(s).some(gets)));
    return g;
  };
  const moves = (ss: readonly ir.Stmt[]): boolean => {
    let found = false;
    const visit = (xs: readonly ir.Stmt[]): void => {
      for (const s of xs) {
        if (s.kind === "stream-put" || s.kind === "stream-put-block" || s.kind === "stream-get-block") found = true;
        else if (s.kind === "for" || s.kind === "while") visit(s.body);
        else if (s.kind === "if") { visit(s.then); visit(s.else); }
        else if (s.kind === "call") found = true;
        for (const e of stmtExprsOf(s)) if (gets(e)) found = true;
      }
    };
    visit(ss);
    return found;
  };
  const run = (ss: readonly ir.Stmt[]): boolean => {
    for (const s of ss) {
      if (++steps > DEPTH_STEPS || --budget.left < 0) return false;
      if (stmtGets(s)) atLastGet = puts;
      switch (s.kind) {
        case "for": {
          const lb = constEval(s.lb, env), ub = constEval(s.ub, env), step = typeof s.step === "number" ? s.step : constEval(s.step, env);
          if (lb === undefined || ub === undefined || step === undefined || step <= 0) { if (moves(s.body)) return false; break; }
          for (let i = lb; i < ub; i += step) { env.set(s.iv.id, i); if (!run(s.body)) return false; }
          env.delete(s.iv.id);
          break;
        }
        case "while": if (moves(s.body)) return false; break;
        case "if": {
          const c = constEval(s.cond, env);
          if (c === undefined) { if (moves(s.then) || moves(s.else)) return false; break; }
          if (!run(c ? s.then : s.else)) return false;
          break;
        }
        case "stream-put": case "stream-put-block": if (s.stream.id === ch) puts++; break;
        case "stream-get-block": atLastGet = puts; break;
        case "call": if (s.args.some((a) => a.kind === "buffer" && a.storage === "stream")) return false; break;
        default: break;
      }
    }
    return true;
  };
  if (!run(body)) return undefined;
  return Math.max(1, atLastGet);
}

/** The expressions a statement evaluates itself (not those of its nested statements). */
function stmtExprsOf(s: ir.Stmt): ir.Expr[] {
  switch (s.kind) {
    case "for": return [s.lb, s.ub, ...(typeof s.step === "number" ? [] : [s.step])];
    case "while": case "if": return [s.cond];
    case "store": return [...s.indices, s.value];
    case "stream-put": return [s.value];
    case "call": return s.args.flatMap((a) => (a.kind === "buffer" ? [] : [a]));
    case "return": return s.values.flatMap((a) => (a.kind === "buffer" ? [] : [a]));
    default: return [];
  }
}
