/**
 * The systolic relay behind `s.to(buf, pe, axis=a, depth=d)` after `unfold`: the PEs of each line of
 * the grid along axis `a` read the same elements of `buf` in the same order (A[i, k] for every j of
 * row i), so only the first PE of the line reads the array; it forwards each element it reads to its
 * neighbour through a FIFO of depth `d`, which takes it from its input FIFO and forwards it on, up to
 * the last PE of the line. The FIFOs are ordinary stream channels (allocated in the function that
 * calls the PEs), so the simulator runs the PEs as processes on them, the MLIR prints them as Allo
 * streams and the HLS export as `hls::stream`s between the PE functions.
 *
 * It is only done when it provably computes the same values: `buf` is only read inside the grid, and
 * along every line the PEs' reads of it (the loop bounds and conditions around them and their
 * indices, with no data in them) are the same. Otherwise the primitive fails and says why.
 */
import type { SourceRange } from "../diagnostics";
import type * as ir from "../ir/nodes";
import { compare, indexConst, stmtExprs } from "../ir/nodes";
import { INDEX } from "../types/types";
import type { PrimitiveRecord } from "../frontend/schedule-record";
import { fail, freshIds, mapExpr, mapList } from "./ir-util";

interface PeCall { readonly call: ir.CallStmt; readonly func: ir.Func; readonly coords: readonly number[]; readonly param: ir.Buffer; readonly argIndex: number }

/** Thrown inside the read-trace walk; turned into the primitive's diagnostic. */
export class NotRelayable { constructor(readonly why: string) {} }

/**
 * `trusted`: the reads were already proved equal along `requestedAxis` on the PE grid's compact body
 * (schedule/grid.ts), so the per-PE traces are not compared again.
 */
export function relayThroughPEs(m: ir.Module, owner: ir.Func, buf: ir.Buffer, requestedAxis: number, rank: number, depth: number, rec: Pick<PrimitiveRecord, "range">, trusted = false): { module: ir.Module; axis: number; note?: string } {
  let axis = requestedAxis;
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  // PE calls of `owner` that take `buf`, grouped by band (schedule/unfold.ts names them <owner>_<band>_<i>_<j>).
  const bands = new Map<string, PeCall[]>();
  let nested = false;
  const scan = (ss: readonly ir.Stmt[], top: boolean) => {
    for (const s of ss) {
      if (s.kind === "call") {
        const g = byName.get(s.callee);
        if (!g || !s.callee.startsWith(`${owner.name}_`)) continue;
        const parts = s.callee.slice(owner.name.length + 1).split("_");
        const idx = parts.slice(-rank);
        if (parts.length <= rank || !idx.every((x) => /^\d+$/.test(x))) continue;
        const argIndex = s.args.findIndex((a) => a.kind === "buffer" && a.id === buf.id);
        if (argIndex < 0) continue;
        if (!top) { nested = true; continue; }
        if (s.args.filter((a) => a.kind === "buffer" && a.id === buf.id).length > 1) fail(rec, `to(): ${buf.name} is passed to ${s.callee} twice; stream it only when each PE takes it once`);
        const param = g.params[argIndex];
        if (!param || param.kind !== "buffer") continue;
        const band = parts.slice(0, -rank).join("_");
        // Appended in place: copying the list per PE was quadratic (8 M copies for a 64×64 grid).
        let list = bands.get(band);
        if (!list) bands.set(band, (list = []));
        list.push({ call: s, func: g, coords: idx.map(Number), param, argIndex });
      } else if (s.kind === "for" || s.kind === "while") scan(s.body, false);
      else if (s.kind === "if") { scan(s.then, false); scan(s.else, false); }
    }
  };
  scan(owner.body, true);
  if (nested) fail(rec, `to(): the PE grid of ${owner.name} is inside a loop or branch; only a grid at the top level of ${owner.name} can be connected by FIFOs`);
  if (bands.size === 0) fail(rec, `to(): no PE of ${owner.name} reads ${buf.name}; stream a buffer the unfolded PEs read`);
  if (bands.size > 1) fail(rec, `to(): ${buf.name} is read by the PEs of several unfolded bands (${[...bands.keys()].join(", ")}); streaming it along one axis is ambiguous`);
  const pes = [...bands.values()][0]!;
  const size = Array.from({ length: rank }, (_, d) => Math.max(...pes.map((p) => p.coords[d]!)) + 1);
  if (size.reduce((a, b) => a * b, 1) !== pes.length) fail(rec, `to(): only some PEs of ${owner.name} read ${buf.name}; FIFOs along axis ${axis} need every PE of the grid to read it`);

  // Every PE's reads of the buffer, written canonically (loop variables by depth, no data).
  const traces = new Map<PeCall, string>();
  for (const pe of trusted ? [] : pes) {
    try {
      traces.set(pe, readTrace(pe.func.body, pe.param));
    } catch (e) {
      if (e instanceof NotRelayable) fail(rec, `to(): ${pe.func.name} ${e.why}, so its reads of ${buf.name} cannot come from a FIFO`);
      throw e;
    }
  }
  const at = new Map(pes.map((p) => [p.coords.join(","), p]));
  const firstOfLine = (pe: PeCall) => at.get(pe.coords.map((x, d) => (d === axis ? 0 : x)).join(","))!;
  const sameAlong = (a: number) => pes.every((pe) => traces.get(pe) === traces.get(at.get(pe.coords.map((x, d) => (d === a ? 0 : x)).join(","))!));
  let note: string | undefined;
  if (!trusted && !sameAlong(axis)) {
    const bad = pes.find((pe) => traces.get(pe) !== traces.get(firstOfLine(pe)))!;
    const other = Array.from({ length: rank }, (_, d) => d).filter((d) => d !== axis && sameAlong(d));
    const why = `the PEs along axis ${axis} read different elements of ${buf.name} (${firstOfLine(bad).func.name} and ${bad.func.name}), so one FIFO chain cannot feed them`;
    // Allo treats the axis as a layout label, and its paper and its tests number the same systolic
    // schedule's axes the opposite ways; where exactly one axis shares the reads there is only one
    // relay to build, so build it and say so in the step.
    if (other.length !== 1) fail(rec, `to(): ${why}; ${other.length ? `they read the same elements along axes ${other.join(", ")}: pick one` : `no axis of the grid shares its reads; leave ${buf.name} as a shared array`}`);
    note = `axis=${axis} was given, but only the PEs along axis ${other[0]} read the same elements`;
    axis = other[0]!;
  }

  // The channels: one into every PE but the first of its line, named after the PE that takes from it.
  const fresh = freshIds(m);
  const n = size[axis]!;
  const chanType: ir.Buffer["type"] = { kind: "array", elem: buf.type.elem, shape: [] };
  const spec: ir.StreamSpec = { depth, axis };
  const chanInto = new Map<string, ir.Buffer>();
  for (const pe of pes) {
    if (pe.coords[axis] === 0) continue;
    chanInto.set(pe.coords.join(","), {
      kind: "buffer", id: fresh(), name: `${buf.name}_fifo_${pe.coords.join("_")}`, type: chanType, storage: "stream", stream: spec, range: rec.range,
    });
  }
  const chanParam = (name: string): ir.Buffer => ({ kind: "buffer", id: fresh(), name, type: chanType, storage: "stream", stream: spec, range: rec.range });
  const newFuncs = new Map<string, ir.Func>();
  const newCalls = new Map<ir.CallStmt, ir.CallStmt>();
  for (const pe of pes) {
    const pos = pe.coords[axis]!;
    const inChan = pos > 0 ? chanInto.get(pe.coords.join(","))! : undefined;
    const outChan = pos < n - 1 ? chanInto.get(pe.coords.map((x, d) => (d === axis ? x + 1 : x)).join(","))! : undefined;
    const inParam = inChan ? chanParam(`${buf.name}_in`) : undefined;
    const outParam = outChan ? chanParam(`${buf.name}_out`) : undefined;
    const body = relayBody(pe.func.body, pe.param, inParam, outParam, fresh, rec.range);
    const keep = (_: unknown, i: number) => pos === 0 || i !== pe.argIndex;
    const params = [...pe.func.params.filter(keep), ...(inParam ? [inParam] : []), ...(outParam ? [outParam] : [])];
    newFuncs.set(pe.func.name, { ...pe.func, params, body });
    newCalls.set(pe.call, { ...pe.call, args: [...pe.call.args.filter(keep), ...(inChan ? [inChan] : []), ...(outChan ? [outChan] : [])] });
  }
  // The channels are declared before the first PE call (as a dataflow region declares its streams).
  const allocs: ir.Stmt[] = [...chanInto.values()].map((b) => ({ kind: "alloc", buf: b, range: rec.range }));
  const firstCall = owner.body.findIndex((s) => s.kind === "call" && newCalls.has(s));
  const ownerBody = owner.body.flatMap((s, i) => [...(i === firstCall ? allocs : []), s.kind === "call" ? newCalls.get(s) ?? s : s]);
  const funcs = m.funcs.map((f) => newFuncs.get(f.name) ?? (f.name === owner.name ? { ...owner, body: ownerBody, attrs: { ...owner.attrs, dataflow: true } } : f));
  return { module: { ...m, funcs }, axis, note };
}

/**
 * The reads of `p` in `body` as a canonical string: the loops and branches around them and their
 * indices. Fails (NotRelayable) where the reads depend on data, are written, or escape. `coords`
 * names the PE-coordinate parameters of a compact grid body (`@pe<d>` for coordinate d).
 */
export function readTrace(body: readonly ir.Stmt[], p: ir.Buffer, coords?: ReadonlyMap<number, number>): string {
  const levels = new Map<number, number>();
  const canon = (e: ir.Expr): string => {
    switch (e.kind) {
      case "const": return `${e.value}`;
      case "param": { const d = coords?.get(e.param.id); return d === undefined ? `$${e.param.name}` : `@pe${d}`; }
      case "iter": {
        const l = levels.get(e.v.id);
        if (l === undefined) throw new NotRelayable("uses a loop variable outside its loops");
        return `v${l}`;
      }
      case "load": case "stream-get": case "call-value":
        throw new NotRelayable("decides which elements it reads from data");
      default: {
        const op = "op" in e ? e.op : "pred" in e ? e.pred : "fn" in e ? e.fn : "";
        return `${e.kind}:${op}:${typeKey(e.type)}(${directChildren(e).map(canon).join(",")})`;
      }
    }
  };
  const reads = (e: ir.Expr, out: string[]): void => {
    mapExpr(e, (x) => {
      if (x.kind === "load" && x.buf.id === p.id) out.push(`L[${x.indices.map(canon).join(",")}]`);
      else if (x.kind === "select" && (usesP(x.a, p) || usesP(x.b, p))) throw new NotRelayable("reads it in one arm of a conditional expression");
      else if (x.kind === "call-value" && x.args.some((a) => a.kind === "buffer" && a.id === p.id)) throw new NotRelayable("passes it to a function");
      return undefined;
    });
  };
  // Asked at every level of a nest: each body's answer is worked out once (deep nests stay linear).
  const hasIn = new Map<readonly ir.Stmt[], boolean>();
  const has = (ss: readonly ir.Stmt[]): boolean => {
    let h = hasIn.get(ss);
    if (h === undefined) hasIn.set(ss, (h = stmtsUseP(ss, p, has)));
    return h;
  };
  const walk = (ss: readonly ir.Stmt[], depth: number): string => {
    const out: string[] = [];
    for (const s of ss) {
      switch (s.kind) {
        case "for":
          if (stmtExprs(s).some((e) => usesP(e, p))) throw new NotRelayable("reads it in a loop bound");
          if (!has(s.body)) break;
          levels.set(s.iv.id, depth);
          out.push(`for(${canon(s.lb)},${canon(s.ub)},${typeof s.step === "number" ? s.step : canon(s.step)}){${walk(s.body, depth + 1)}}`);
          break;
        case "while":
          if (usesP(s.cond, p) || has(s.body)) throw new NotRelayable("reads it in a while loop (its trip count is not known)");
          break;
        case "if": {
          const r: string[] = [];
          reads(s.cond, r);
          if (!has(s.then) && !has(s.else)) { out.push(r.join("")); break; }
          out.push(`${r.join("")}if(${canon(s.cond)}){${walk(s.then, depth)}}{${walk(s.else, depth)}}`);
          break;
        }
        case "store":
          if (s.buf.id === p.id) throw new NotRelayable("writes it");
          { const r: string[] = []; s.indices.forEach((x) => reads(x, r)); reads(s.value, r); out.push(r.join("")); }
          break;
        case "copy":
          if (s.dst.id === p.id || s.src.id === p.id) throw new NotRelayable("copies it as a whole");
          break;
        case "call":
          if (s.args.some((a) => a.kind === "buffer" && a.id === p.id)) throw new NotRelayable("passes it to a function");
          { const r: string[] = []; s.args.forEach((a) => { if (a.kind !== "buffer") reads(a, r); }); out.push(r.join("")); }
          break;
        case "return":
          if (s.values.some((a) => a.kind === "buffer" && a.id === p.id)) throw new NotRelayable("returns it");
          { const r: string[] = []; s.values.forEach((a) => { if (a.kind !== "buffer") reads(a, r); }); out.push(r.join("")); }
          break;
        case "stream-put": { const r: string[] = []; reads(s.value, r); out.push(r.join("")); break; }
        case "stream-put-block": case "stream-get-block": case "alloc": break;
      }
    }
    return out.filter((x) => x).join(";");
  };
  return walk(body, 0);
}

function typeKey(t: ir.Expr["type"]): string {
  return JSON.stringify(t);
}

export function directChildren(e: ir.Expr): ir.Expr[] {
  switch (e.kind) {
    case "binary": case "compare": return [e.lhs, e.rhs];
    case "unary": case "cast": case "bitcast": case "bit-reverse": return [e.x];
    case "select": return [e.cond, e.a, e.b];
    case "math": return [...e.args];
    case "get-bit": return [e.x, e.bit];
    case "get-slice": return [e.x, e.lo, e.hi];
    case "set-bit": return [e.x, e.bit, e.value];
    case "set-slice": return [e.x, e.lo, e.hi, e.value];
    default: return [];
  }
}

export function usesP(e: ir.Expr, p: ir.Buffer): boolean {
  let found = false;
  mapExpr(e, (x) => {
    if (x.kind === "load" && x.buf.id === p.id) found = true;
    if (x.kind === "call-value" && x.args.some((a) => a.kind === "buffer" && a.id === p.id)) found = true;
    return undefined;
  });
  return found;
}

/** Whether `ss` reads or writes `p`; `inner` answers for nested bodies (a caller's memo, or this function). */
export function stmtsUseP(ss: readonly ir.Stmt[], p: ir.Buffer, inner: (body: readonly ir.Stmt[]) => boolean = (b) => stmtsUseP(b, p)): boolean {
  const ex = (e: ir.Expr) => usesP(e, p);
  const arg = (a: ir.CallArg) => (a.kind === "buffer" ? a.id === p.id : ex(a));
  return ss.some((s): boolean => {
    switch (s.kind) {
      case "for": return stmtExprs(s).some(ex) || inner(s.body);
      case "while": return ex(s.cond) || inner(s.body);
      case "if": return ex(s.cond) || inner(s.then) || inner(s.else);
      case "store": return s.buf.id === p.id || s.indices.some(ex) || ex(s.value);
      case "copy": return s.dst.id === p.id || s.src.id === p.id;
      case "call": return s.args.some(arg);
      case "return": return s.values.some(arg);
      case "stream-put": return ex(s.value);
      default: return false;
    }
  });
}

/**
 * A body shared by every PE of a line: its coordinate along the line and the line's length.
 * `loaded`: a loader feeds the first PE of each line through `inCh` too, so no PE reads the array.
 */
export interface RelayGuard { readonly coord: ir.ScalarParam; readonly length: number; readonly loaded?: boolean }

/**
 * `body` with every read of `p` taken through a register: the first PE of a line (`inCh` absent)
 * loads it from the array, the others get it from `inCh`; each forwards it to `outCh` when present.
 * The reads of one statement happen just before it, in the order the expression walk meets them
 * (the same order in every PE, whose traces are equal).
 */
export function relayBody(body: readonly ir.Stmt[], p: ir.Buffer, inCh: ir.Buffer | undefined, outCh: ir.Buffer | undefined, fresh: () => number, range: SourceRange, guard?: RelayGuard): readonly ir.Stmt[] {
  const hoist = (e: ir.Expr, pre: ir.Stmt[]): ir.Expr => mapExpr(e, (x) => {
    if (x.kind !== "load" || x.buf.id !== p.id) return undefined;
    const reg: ir.Buffer = { kind: "buffer", id: fresh(), name: `${p.name}_v`, type: { kind: "array", elem: p.type.elem, shape: [] }, storage: "local", range };
    const get: ir.Expr | undefined = inCh ? { kind: "stream-get", type: p.type.elem, stream: inCh, range: x.range } : undefined;
    const held: ir.Load = { kind: "load", type: p.type.elem, buf: reg, indices: [], range: x.range };
    const put: ir.Stmt | undefined = outCh ? { kind: "stream-put", stream: outCh, value: held, range } : undefined;
    pre.push({ kind: "alloc", buf: reg, range });
    if (guard && get && put) {
      // One body for every PE of the line: the first reads the array, the last forwards nothing.
      const at = (pred: ir.CmpPred, n: number): ir.Expr => compare(pred, { kind: "param", type: INDEX, param: guard.coord }, indexConst(n));
      pre.push(
        guard.loaded
          ? { kind: "store", buf: reg, indices: [], value: get, range }
          : { kind: "if", cond: at("eq", 0), then: [{ kind: "store", buf: reg, indices: [], value: x, range }], else: [{ kind: "store", buf: reg, indices: [], value: get, range }], range },
        { kind: "if", cond: at("lt", guard.length - 1), then: [put], else: [], range },
      );
      return held;
    }
    pre.push({ kind: "store", buf: reg, indices: [], value: get ?? x, range });
    if (put) pre.push(put);
    return held;
  });
  const arg = (a: ir.CallArg, pre: ir.Stmt[]): ir.CallArg => (a.kind === "buffer" ? a : hoist(a, pre));
  const stmts = (ss: readonly ir.Stmt[]): readonly ir.Stmt[] => {
    const out: ir.Stmt[] = [];
    let changed = false;
    for (const s of ss) {
      const pre: ir.Stmt[] = [];
      let t: ir.Stmt;
      switch (s.kind) {
        case "for": t = { ...s, body: stmts(s.body) }; break;
        case "while": t = s; break;
        case "if": t = { ...s, cond: hoist(s.cond, pre), then: stmts(s.then), else: stmts(s.else) }; break;
        case "store": { const indices = mapList(s.indices, (x) => hoist(x, pre)); t = { ...s, indices, value: hoist(s.value, pre) }; break; }
        case "call": t = { ...s, args: s.args.map((a) => arg(a, pre)) }; break;
        case "return": t = { ...s, values: s.values.map((a) => arg(a, pre)) }; break;
        case "stream-put": t = { ...s, value: hoist(s.value, pre) }; break;
        default: t = s;
      }
      if (pre.length) changed = true;
      out.push(...pre, t);
    }
    return changed || out.some((s, i) => s !== ss[i]) ? out : ss;
  };
  return stmts(body);
}
