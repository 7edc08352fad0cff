/**
 * `s.to(X, pe, axis=a, depth=d)` where `X` is a channel array the PEs pass on to each other through
 * sub-views (Allo's `test_subview_systolic_stream` and `allo.library.systolic.systolic_tile`):
 *
 *     A_fifo: int8[M, N + 1, K]                      # channel (i, j) is the slice A_fifo[i, j, :]
 *     for k in range(K, name="data_load"): ... A_fifo[m, 0, k] = A[m, k]
 *     for i, j in allo.grid(M, N, name="PE"):
 *         kernel(A_fifo[i, j], ..., A_fifo[i, j + 1], ...)     # reads channel (i, j), writes (i, j + 1)
 *     for k in range(K, name="data_drain"): ... A_drain[m] = A_fifo[m, N, k]
 *
 * The array IS the chain, so the relay of schedule/relay.ts (every PE of a line reads the same array)
 * does not apply. Here each slice of the leading dimensions the PEs index with their coordinates
 * becomes one FIFO (an ordinary stream channel, as a relay's) between its single writer and its
 * single reader: the loader loop, a PE, or the drainer loop. The loops that touch `X` at the top
 * level of its kernel become functions of their own (edge kernels, as schedule/edge-kernels.ts makes
 * them), so every process of the dataflow region is a call: the simulator runs them as processes on
 * the FIFOs, the MLIR prints the channels as Allo streams, the HLS export as `hls::stream`s between
 * the functions, and the diagram and the verifier see the same channels.
 *
 * Lowering passes a sub-view to a kernel by copying it in, calling, and copying it back (Allo passes
 * it by reference; frontend/lower.ts). A view whose kernel parameter is only read is a FIFO the kernel
 * gets from (copying it back changes nothing); one whose parameter is only written is a FIFO the
 * kernel puts into (what was copied in is overwritten before it is copied back, since every element
 * is written). The kernel, cloned per PE by the expansion and called once, is then inlined into its
 * PE with the PE's coordinates as constants: the PE's gets and puts are its own (the estimator reads
 * a process's first put and last get from its body) and `C[i, j]` is one known element.
 *
 * It is done only when it provably keeps the results, checked by running every access sequence (the
 * loops and conditions around the accesses must depend only on loop variables and constants): each
 * channel has one writer and one reader, different processes, the writer runs first in the kernel's
 * order, it writes each element once and in exactly the order the reader reads it, and nothing else
 * touches `X`; then a FIFO of any depth delivers the same values. Since the processes then run
 * concurrently, another array two of them take may be written by one only at elements no other
 * touches. A run of the put/get sequences on FIFOs of the given depth (with the FIFOs an earlier to()
 * made between the same processes) must also end. Otherwise the primitive fails and says why and
 * what to change. The grid is expanded (one function per PE) by this step.
 */
import type * as ir from "../ir/nodes";
import { walkStmts } from "../ir/nodes";
import type { PrimitiveRecord } from "../frontend/schedule-record";
import { constValue, fail, freshIds, ic, mapExpr, mapList, mapStmtsExprs, replaceBufferInFunc, substIvs, withFunc } from "./ir-util";
import { cloneStmts, freeValues } from "./unfold";
import { expandGrids } from "./grid";
import { touches } from "./kernel-stream";
import { constEval, putsFor } from "./edge-kernels";
import { relayBody } from "./relay";

/** Bound on the channel accesses run to prove a conversion (each one is enumerated). */
const MAX_EVENTS = 1 << 21;

type Mode = "r" | "w";
interface Ev { readonly chan: string; readonly elem: number; readonly mode: Mode }

/**
 * A sub-view of one channel inside a PE function: `alloc V; V = X[c, :]; <uses of V>; X[c, :] = V`,
 * the uses a call that takes V (a kernel's sub-array argument) or V's loads and stores (that kernel
 * inlined by an earlier to()).
 */
interface View { readonly buf: ir.Buffer; readonly chan: readonly number[]; readonly copyIn: ir.Stmt; readonly copyBack: ir.Stmt }

/** One process of the region that touches `X`: a call at the top level of the kernel (loops are outlined into one). */
interface Proc {
  readonly stmt: ir.Stmt;
  readonly index: number;
  func: ir.Func;
  readonly param: ir.Buffer;
  readonly argIndex: number;
  readonly call: ir.CallStmt;
  views: View[];
  events: Ev[];
  /** Callees whose parameter q reads (or writes) a view's channel: rewritten into gets (puts). */
  readonly viewParams: { callee: string; param: ir.Buffer; chan: string; mode: Mode }[];
}

/**
 * Whether `buf` is a sub-view channel array of `owner`: its own array, which a PE passes on as
 * sub-views (`kernel(A_fifo[i, j], A_fifo[i, j + 1])`) rather than reading it as a relay's input.
 */
export function isSubviewChannelArray(m: ir.Module, owner: ir.Func, buf: ir.Buffer): boolean {
  if (!owner.body.some((s) => s.kind === "alloc" && s.buf.id === buf.id)) return false;
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  let found = false;
  walkStmts(owner.body, (s) => {
    if (s.kind !== "call" || found) return;
    const g = byName.get(s.callee);
    if (!g) return;
    s.args.forEach((a, i) => {
      const p = g.params[i];
      if (!found && a.kind === "buffer" && a.id === buf.id && p?.kind === "buffer" && findViews(g, p, true).length > 0) found = true;
    });
  });
  return found;
}

/**
 * `s.to(buf, pe, axis, depth)` on a sub-view channel array. Its FIFOs make the PEs run concurrently,
 * so another sub-view channel array the same PEs pass on (B_fifo beside A_fifo) cannot stay an array
 * they share: a PE would read its slice before the writer had written it. Until every such array is
 * streamed, the request is kept as a mark on the array (the PEs still run one after another, so the
 * step keeps the results); the s.to that streams the last of them builds the FIFOs of all.
 */
export function streamSubviewArray(m: ir.Module, owner: ir.Func, buf: ir.Buffer, axis: number, depth: number, rec: Pick<PrimitiveRecord, "range">): { module: ir.Module; description: string } {
  const spec: ir.StreamSpec = { depth, axis };
  const allocs = owner.body.filter((s): s is ir.Alloc => s.kind === "alloc" && s.buf.id !== buf.id && s.buf.storage === "local");
  const partners = allocs.filter((a) => sharesPEs(owner, buf, a.buf) && isSubviewChannelArray(m, owner, a.buf));
  const waiting = partners.filter((a) => !a.buf.stream);
  if (waiting.length > 0) {
    // Proved here, so what stops this array's FIFOs is reported at its own s.to.
    streamSubviewChannels(m, owner, buf, axis, depth, rec, new Set(partners.map((a) => a.buf.id)), true);
    const names = waiting.map((a) => a.buf.name).join(", ");
    return {
      module: withFunc(m, replaceBufferInFunc(owner, buf, { ...buf, stream: spec })),
      description: `mark ${owner.name}:${buf.name} for FIFOs of depth ${depth} (PE axis ${axis}); they are built by the s.to that streams ${names} too, which the same PEs pass on as sub-views (until then the PEs run one after another and share the arrays)`,
    };
  }
  let out = m;
  const built: string[] = [];
  for (const a of [...partners.map((x) => x.buf), buf]) {
    const s = a === buf ? spec : a.stream!;
    const o = out.funcs.find((f) => f.name === owner.name)!;
    const r = streamSubviewChannels(out, o, a, s.axis ?? axis, s.depth, rec, new Set([...partners.map((x) => x.buf.id), buf.id]));
    out = r.module;
    built.push(`${a.name} as ${r.channels} FIFOs of depth ${s.depth} (PE axis ${s.axis ?? axis})`);
  }
  return {
    module: out,
    description: `stream ${owner.name}:${built.join(" and ")}: each channel slice the PEs pass as a sub-view flows from its one writer to its one reader`,
  };
}

/** Whether one call of `owner` takes both arrays (the PEs that pass them on). */
function sharesPEs(owner: ir.Func, a: ir.Buffer, b: ir.Buffer): boolean {
  let found = false;
  walkStmts(owner.body, (s) => {
    if (s.kind === "call" && s.args.some((x) => x.kind === "buffer" && x.id === a.id) && s.args.some((x) => x.kind === "buffer" && x.id === b.id)) found = true;
  });
  return found;
}

/**
 * `m` with the channels of the sub-view channel array `buf` of `owner` made FIFOs of `depth` (see the
 * file comment). `streamedWith`: the other arrays streamed in the same step (not checked as shared
 * arrays). `proveOnly`: only the checks (the diagnostic, or `m0` unchanged).
 */
function streamSubviewChannels(m0: ir.Module, owner0: ir.Func, buf0: ir.Buffer, axis: number, depth: number, rec: Pick<PrimitiveRecord, "range">, streamedWith: ReadonlySet<number> = new Set(), proveOnly = false): { module: ir.Module; channels: number } {
  const m = expandGrids(m0);
  const X = buf0.name;
  const owner = m.funcs.find((f) => f.name === owner0.name)!;
  const no = (why: string): never => fail(rec, `to(): ${X} cannot become FIFOs between the PEs of ${owner.name}: ${why}`);
  const alloc = owner.body.find((s): s is ir.Alloc => s.kind === "alloc" && s.buf.id === buf0.id);
  if (!alloc) no(`it is not a local array declared at the top level of ${owner.name} (only a kernel's own array can become its FIFOs)`);
  const buf = alloc!.buf;
  const fresh = freshIds(m);
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const taken = new Set(m.funcs.map((f) => f.name));
  const unique = (n: string) => { let s = n; for (let k = 1; taken.has(s); k++) s = `${n}_${k}`; taken.add(s); return s; };
  const callCount = new Map<string, number>();
  for (const f of m.funcs) walkStmts(f.body, (s) => { if (s.kind === "call") callCount.set(s.callee, (callCount.get(s.callee) ?? 0) + 1); });
  const calledOnce = (name: string) => (callCount.get(name) ?? 0) === 1;

  // 1. The processes: every top-level statement of the owner that touches X is a call or a loop.
  const procs: Proc[] = [];
  const outlined = new Map<ir.Stmt, ir.Func>();
  owner.body.forEach((s, index) => {
    if (s === alloc || !touches([s], buf.id)) return;
    let call: ir.CallStmt;
    let func: ir.Func;
    if (s.kind === "call") {
      call = s;
      func = byName.get(s.callee) ?? no(`${s.callee} is not a kernel of the design`);
      if (!calledOnce(s.callee)) no(`${s.callee} is called more than once; each process of the region must be its own function`);
    } else if (s.kind === "for") {
      ({ call, func } = outline(owner, s, fresh, unique));
      outlined.set(s, func);
    } else {
      return no(`${owner.name} uses it in a ${s.kind === "if" ? "branch" : s.kind === "while" ? "while loop" : s.kind} statement at its top level; only loops and PE calls may touch its channels`);
    }
    const idx = call.args.flatMap((a, i) => (a.kind === "buffer" && a.id === buf.id ? [i] : []));
    if (idx.length !== 1) no(`${func.name} takes it ${idx.length === 0 ? "inside a loop or branch" : "more than once"}`);
    const param = func.params[idx[0]!];
    if (!param || param.kind !== "buffer") return no(`${func.name} does not take it as an array`);
    procs.push({ stmt: s, index, func, param, argIndex: idx[0]!, call, views: [], events: [], viewParams: [] });
  });

  // 2. The channel rank: the dimensions the PEs fix when they pass a sub-view (A_fifo[i, j] of A_fifo[M, N + 1, K]).
  let rank: number | undefined;
  for (const p of procs) {
    p.views = findViews(p.func, p.param);
    for (const v of p.views) {
      if (rank === undefined) rank = v.chan.length;
      else if (rank !== v.chan.length) no(`the PEs pass sub-views of different ranks (${X}[${"i, ".repeat(rank).slice(0, -2)}] and ${X}[${"i, ".repeat(v.chan.length).slice(0, -2)}]); each channel must be the same slice of it`);
    }
  }
  if (rank === undefined) return no(`no PE passes a sub-view of it (${X}[i, j]) to a kernel; stream an array the PEs pass as sub-views, or one every PE of a line reads (s.to relays that one)`);
  const shape = buf.type.shape;
  const chanShape = shape.slice(rank);
  const chanSize = chanShape.reduce((a, b) => a * b, 1);
  const strides = chanShape.map((_, d) => chanShape.slice(d + 1).reduce((a, b) => a * b, 1));

  // 3. The accesses of every process, in execution order.
  let total = 0;
  for (const p of procs) {
    const r = rank;
    const skip = new Set<ir.Stmt>(p.views.flatMap((v) => [v.copyIn, v.copyBack]));
    const tracked = new Map<number, Track>([[p.param.id, trackWhole(X, r, strides)]]);
    for (const v of p.views) tracked.set(v.buf.id, trackView(X, v, strides));
    const events: Ev[] = [];
    try {
      runAccesses(p.func.body, tracked, new Map(), { byName, skip, events, viewParams: p.viewParams, func: p.func.name, budget: () => { if (++total > MAX_EVENTS) throw new NotChannel(`it is touched more than ${MAX_EVENTS} times`); } });
    } catch (e) {
      if (e instanceof NotChannel) no(e.why);
      throw e;
    }
    p.events = events;
    for (const vp of p.viewParams) {
      if (!calledOnce(vp.callee)) no(`${vp.callee} is called more than once, so its parameter ${vp.param.name} cannot become the FIFO of one PE`);
    }
  }
  for (const ev of procs.flatMap((p) => p.events)) {
    const c = ev.chan.split(",").map(Number);
    if (c.some((x, d) => x < 0 || x >= shape[d]!) || ev.elem < 0 || ev.elem >= chanSize) no(`an access falls outside ${X}`);
  }

  // 4. Each channel: one writer, then one reader, each element once, in one order.
  const label = (c: string) => `${X}[${c.split(",").join(", ")}]`;
  const chans = new Map<string, { w?: Proc; r?: Proc }>();
  for (const p of procs) {
    const modes = new Map<string, Set<Mode>>();
    for (const ev of p.events) { let s = modes.get(ev.chan); if (!s) modes.set(ev.chan, (s = new Set())); s.add(ev.mode); }
    for (const [c, ms] of modes) {
      if (ms.size === 2) no(`${p.func.name} both reads and writes ${label(c)}; a FIFO carries data one way, from one process to another`);
      const e = chans.get(c) ?? {};
      const role = ms.has("w") ? "w" : "r";
      const other = e[role];
      if (other) no(`${label(c)} is ${role === "w" ? "written" : "read"} by both ${other.func.name} and ${p.func.name}; a FIFO has one writer and one reader`);
      e[role] = p;
      chans.set(c, e);
    }
  }
  const seq = (p: Proc, c: string) => p.events.filter((e) => e.chan === c).map((e) => e.elem);
  for (const [c, e] of chans) {
    if (!e.r) no(`${e.w!.func.name} writes ${label(c)} but nothing reads it: a FIFO that is never emptied stops its writer once it is full. Read it after the grid (Allo's data_drain loop reads the last channel of each line)`);
    if (!e.w) no(`${e.r!.func.name} reads ${label(c)} but nothing writes it`);
    if (e.w!.index > e.r!.index) no(`${e.r!.func.name} reads ${label(c)} before ${e.w!.func.name} writes it`);
    const ws = seq(e.w!, c), rs = seq(e.r!, c);
    if (new Set(ws).size !== ws.length) no(`${e.w!.func.name} writes an element of ${label(c)} more than once; a FIFO would deliver every write`);
    if (rs.length !== ws.length || new Set(rs).size !== rs.length) no(`${e.r!.func.name} reads ${rs.length} element${rs.length === 1 ? "" : "s"} of ${label(c)} (${new Set(rs).size} distinct) where ${e.w!.func.name} writes ${ws.length} once each; a FIFO needs each element read once`);
    const at = ws.findIndex((w, i) => w !== rs[i]);
    if (at >= 0) no(`${e.r!.func.name} reads ${label(c)} in another order than ${e.w!.func.name} writes it (access ${at}: element ${rs[at]} is read where element ${ws[at]} is written); read it in the order it is written`);
  }

  // 4b. The FIFOs let the processes run concurrently: an array two of them take may be written by
  // one only at elements no other touches (each PE its own C[i, j]), or the order of their accesses
  // would no longer be the program's.
  const sharedArgs = new Map<number, { buf: ir.Buffer; users: { p: Proc; param: ir.Buffer }[] }>();
  for (const p of procs) {
    p.call.args.forEach((a, i) => {
      const q = p.func.params[i];
      if (a.kind !== "buffer" || a.id === buf.id || a.storage === "stream" || a.type.shape.length === 0 || streamedWith.has(a.id) || q?.kind !== "buffer") return;
      let e = sharedArgs.get(a.id);
      if (!e) sharedArgs.set(a.id, (e = { buf: a, users: [] }));
      e.users.push({ p, param: q });
    });
  }
  for (const { buf: a, users } of sharedArgs.values()) {
    if (users.length < 2) continue;
    const aStrides = a.type.shape.map((_, d) => a.type.shape.slice(d + 1).reduce((x, y) => x * y, 1));
    const touched = users.map(({ p, param }) => {
      const events: Ev[] = [];
      const t: Track = { name: a.name, chanOf: (ix) => ({ chan: "", elem: ix.reduce((x, v, d) => x + v * aStrides[d]!, 0) }), whole: true, shared: true };
      try {
        runAccesses(p.func.body, new Map([[param.id, t]]), new Map(), { byName, skip: new Set(), events, viewParams: [], func: p.func.name, budget: () => { if (++total > 2 * MAX_EVENTS) throw new NotChannel(`touches ${a.name} too often to check`); } });
      } catch (e) {
        if (e instanceof NotChannel) no(`${e.why}, so it cannot be shown that the processes, once they run concurrently, do not race on ${a.name}`);
        throw e;
      }
      return { name: p.func.name, writes: new Set(events.filter((e) => e.mode === "w").map((e) => e.elem)), all: new Set(events.map((e) => e.elem)) };
    });
    // (By element, not by pair of processes: a 32×32 grid is a million pairs.)
    const byElem = new Map<number, number[]>();
    touched.forEach((t, k) => { for (const e of t.all) { const l = byElem.get(e); if (l) l.push(k); else byElem.set(e, [k]); } });
    touched.forEach((w, k) => {
      for (const e of w.writes) {
        const other = byElem.get(e)!.find((x) => x !== k);
        if (other !== undefined) no(`${w.name} writes ${a.name}[${unflat(e, a.type.shape).join(", ")}], which ${touched[other]!.name} also uses; once the processes run concurrently on FIFOs the order of these accesses is not the program's. Give each process its own elements of ${a.name}`);
      }
    });
  }

  // 5. The FIFOs of `depth` must let every process finish, with the FIFOs these processes already
  // share (an earlier to() of the other operand's channels) in the run: their accesses interleave.
  const depthOf = new Map<string, number>(), nameOf = new Map<string, string>();
  let runs: { name: string; events: readonly Ev[] }[] | undefined = [];
  for (const p of procs) {
    const streams = new Map<number, string>();
    p.call.args.forEach((a, i) => {
      const q = p.func.params[i];
      if (a.kind !== "buffer" || a.storage !== "stream" || a.type.shape.length > 0 || !q) return;
      streams.set(q.id, `s:${a.id}`);
      depthOf.set(`s:${a.id}`, a.stream?.depth ?? 1);
      nameOf.set(`s:${a.id}`, a.name);
    });
    const events: Ev[] = [];
    try {
      const tracked = new Map<number, Track>([[p.param.id, trackWhole(X, rank, strides)]]);
      for (const v of p.views) tracked.set(v.buf.id, trackView(X, v, strides));
      runAccesses(p.func.body, tracked, new Map(), { byName, skip: new Set(p.views.flatMap((v) => [v.copyIn, v.copyBack])), events, viewParams: [], func: p.func.name, budget: () => { if (++total > 2 * MAX_EVENTS) throw new NotChannel("too many accesses"); } }, streams);
    } catch (e) {
      if (!(e instanceof NotChannel)) throw e;
      runs = undefined; // the other FIFOs' accesses cannot be listed: the channels of X alone
      break;
    }
    runs!.push({ name: p.func.name, events });
  }
  if (runs) {
    // Only FIFOs written and read by these processes: another reader or writer would only add waits.
    const modes = new Map<string, Set<Mode>>();
    for (const r of runs) for (const e of r.events) if (e.chan.startsWith("s:")) { let m2 = modes.get(e.chan); if (!m2) modes.set(e.chan, (m2 = new Set())); m2.add(e.mode); }
    runs = runs.map((r) => ({ name: r.name, events: r.events.filter((e) => !e.chan.startsWith("s:") || modes.get(e.chan)!.size === 2) }));
  }
  const stuck = deadlock(runs ?? procs.map((p) => ({ name: p.func.name, events: p.events })), (c) => depthOf.get(c) ?? depth, (c) => nameOf.get(c) ?? label(c));
  if (stuck) no(`with FIFOs of depth ${depth} the processes wait for each other forever (${stuck}); give a larger depth or make the processes access the channels in the same order`);

  if (proveOnly) return { module: m0, channels: chans.size };

  // 6. The rewrite.
  const chanBuf = new Map<string, ir.Buffer>();
  const spec: ir.StreamSpec = { depth, axis };
  const chanType: ir.Buffer["type"] = { kind: "array", elem: buf.type.elem, shape: [] };
  for (const c of [...chans.keys()].sort(byCoords)) {
    chanBuf.set(c, { kind: "buffer", id: fresh(), name: `${X}_${c.split(",").join("_")}`, type: chanType, storage: "stream", stream: spec, range: rec.range });
  }
  const newFuncs = new Map<string, ir.Func>();
  const inlined = new Set<string>();
  const newStmt = new Map<ir.Stmt, ir.Stmt>();
  for (const p of procs) {
    const touched = [...new Set(p.events.map((e) => e.chan))].sort(byCoords);
    const params = new Map(touched.map((c) => [c, { ...chanBuf.get(c)!, id: fresh() } as ir.Buffer]));
    const mode = (c: string) => (chans.get(c)!.w === p ? "w" : "r");
    let body = p.func.body;
    // The sub-views: no copies; the kernel takes the FIFO and gets from it or puts into it.
    const viewChan = new Map<number, ir.Buffer>();
    for (const v of p.views) {
      const c = v.chan.join(",");
      const ch = params.get(c);
      if (!ch) continue; // an unused view: it stays a local array, no longer copied (the kernel does not touch it)
      viewChan.set(v.buf.id, ch);
    }
    const drop = new Set<ir.Stmt>(p.views.flatMap((v) => [v.copyIn, v.copyBack]));
    body = body.flatMap((s): ir.Stmt[] => {
      if (drop.has(s)) return [];
      if (s.kind === "alloc" && viewChan.has(s.buf.id)) return [];
      if (s.kind === "call" && s.args.some((a) => a.kind === "buffer" && viewChan.has(a.id))) return [{ ...s, args: s.args.map((a) => (a.kind === "buffer" ? viewChan.get(a.id) ?? a : a)) }];
      return [s];
    });
    for (const vp of p.viewParams) {
      const g = newFuncs.get(vp.callee) ?? byName.get(vp.callee)!;
      const q: ir.Buffer = { ...vp.param, type: chanType, storage: "stream", stream: spec };
      const gBody = vp.mode === "r" ? relayBody(g.body, vp.param, q, undefined, fresh, vp.param.range) : putsFor(g.body, vp.param, q);
      newFuncs.set(g.name, { ...g, params: g.params.map((x) => (x.id === vp.param.id ? q : x)), body: gBody });
    }
    // A view the PE body loads or stores itself: those accesses are the FIFO's gets or puts.
    for (const v of p.views) {
      const ch = viewChan.get(v.buf.id);
      if (ch) body = mode(v.chan.join(",")) === "r" ? relayBody(body, v.buf, ch, undefined, fresh, v.buf.range) : putsFor(body, v.buf, ch);
    }
    // A kernel called once per PE with constant scalars (its coordinates `i, j`) has them as
    // constants: `C[i, j]` is then one known element (the estimator sees the PEs write different ones).
    for (const st of body) {
      if (st.kind !== "call" || !p.viewParams.some((vp) => vp.callee === st.callee)) continue;
      const g = newFuncs.get(st.callee) ?? byName.get(st.callee)!;
      const consts = new Map<number, number>();
      st.args.forEach((a, i) => {
        const q = g.params[i];
        if (a.kind === "const" && q?.kind === "scalar-param" && (q.type.kind === "index" || q.type.kind === "int")) consts.set(q.id, Number(a.value));
      });
      if (consts.size) newFuncs.set(g.name, { ...g, body: mapStmtsExprs(g.body, (e) => (e.kind === "param" && consts.has(e.param.id) ? { kind: "const", type: e.type, value: consts.get(e.param.id)! } : undefined)) });
    }
    // The kernel is the PE's work: inlined into the PE function, so the PE's puts and gets are its
    // own (as a PE written inline has them; the estimator reads a process's first put and last get
    // from its body).
    body = body.flatMap((st): ir.Stmt[] => {
      if (st.kind !== "call" || !p.viewParams.some((vp) => vp.callee === st.callee) || st.results.length) return [st];
      const g = newFuncs.get(st.callee) ?? byName.get(st.callee)!;
      const gBody = g.body.filter((x) => !(x.kind === "return" && x.values.length === 0));
      let nested = false;
      walkStmts(gBody, (x) => { if (x.kind === "return") nested = true; });
      if (nested) return [st];
      const bufs = new Map<number, ir.Buffer>(), scalars = new Map<number, ir.Expr>();
      g.params.forEach((q, i) => {
        const a = st.args[i]!;
        if (q.kind === "buffer" && a.kind === "buffer") bufs.set(q.id, a);
        else if (q.kind === "scalar-param" && a.kind !== "buffer") scalars.set(q.id, a);
      });
      inlined.add(g.name);
      return [...cloneStmts(mapStmtsExprs(gBody, (e) => (e.kind === "param" ? scalars.get(e.param.id) : undefined)), fresh, bufs, new Map(), (n) => n)];
    });
    // Direct accesses (the loader and drainer loops): one copy of the loops per channel, then gets and puts.
    body = unrollChannelLoops(body, p.param, rank, fresh, no);
    const pseudo = new Map<string, ir.Buffer>();
    const pseudoOf = (c: string): ir.Buffer => {
      let b = pseudo.get(c);
      if (!b) pseudo.set(c, (b = { ...p.param, id: fresh(), type: { ...p.param.type, shape: chanShape } }));
      return b;
    };
    const chanIndex = (ix: readonly ir.Expr[]): string => ix.slice(0, rank).map((x) => {
      const v = constEval(x, new Map());
      return v === undefined ? no(`${p.func.name} picks the channel of ${X} from something other than constants and loop variables`) : v;
    }).join(",");
    const split = (e: ir.Expr): ir.Expr => mapExpr(e, (x) => (x.kind === "load" && x.buf.id === p.param.id ? { ...x, buf: pseudoOf(chanIndex(x.indices)), indices: x.indices.slice(rank) } : undefined));
    const splitStmts = (ss: readonly ir.Stmt[]): readonly ir.Stmt[] => mapList(ss, (s): ir.Stmt => {
      switch (s.kind) {
        case "for": return { ...s, body: splitStmts(s.body) };
        case "if": return { ...s, cond: split(s.cond), then: splitStmts(s.then), else: splitStmts(s.else) };
        case "store": {
          const indices = mapList(s.indices, split), value = split(s.value);
          if (s.buf.id === p.param.id) return { ...s, buf: pseudoOf(chanIndex(s.indices)), indices: indices.slice(rank), value };
          return { ...s, indices, value };
        }
        case "call": return { ...s, args: mapList(s.args, (a) => (a.kind === "buffer" ? a : split(a))) };
        case "return": return { ...s, values: mapList(s.values, (a) => (a.kind === "buffer" ? a : split(a))) };
        case "stream-put": return { ...s, value: split(s.value) };
        default: return s;
      }
    });
    body = splitStmts(body);
    for (const [c, b] of pseudo) {
      const ch = params.get(c);
      if (!ch) no(`${p.func.name} touches ${label(c)} where it was not expected`);
      body = mode(c) === "r" ? relayBody(body, b, ch!, undefined, fresh, b.range) : putsFor(body, b, ch!);
    }
    const keep = p.func.params.filter((_, i) => i !== p.argIndex);
    const edge = p.stmt.kind === "for" ? { edge: p.func.attrs.edge ?? { role: touched.some((c) => mode(c) === "w") ? "loader" as const : "drainer" as const, buffer: X } } : {};
    newFuncs.set(p.func.name, { ...p.func, params: [...keep, ...params.values()], body, attrs: { ...p.func.attrs, ...edge } });
    const args = [...p.call.args.filter((_, i) => i !== p.argIndex), ...touched.map((c) => chanBuf.get(c)!)];
    newStmt.set(p.stmt, { ...p.call, args });
  }
  // The owner: the FIFOs declared where the array was, the loops replaced by calls of their functions.
  const allocs: ir.Stmt[] = [...chanBuf.values()].map((b) => ({ kind: "alloc", buf: b, range: rec.range }));
  const ownerBody = owner.body.flatMap((s): ir.Stmt[] => (s === alloc ? allocs : [newStmt.get(s) ?? s]));
  // A dataflow kernel runs its statements that are not calls before its processes: none may come
  // after a process and touch what the processes touch.
  const shared = new Set<number>();
  for (const s of newStmt.values()) if (s.kind === "call") for (const a of s.args) if (a.kind === "buffer") shared.add(a.id);
  const procStmts = new Set(newStmt.values());
  const firstProc = ownerBody.findIndex((s) => procStmts.has(s));
  for (const s of ownerBody.slice(firstProc + 1)) {
    if (s.kind === "call" || s.kind === "alloc" || s.kind === "return") continue;
    const hit = [...shared].find((id) => touches([s], id));
    if (hit !== undefined) no(`${owner.name} has a ${s.kind} statement after its PE grid that uses what the processes write; the processes run concurrently, so move it into a function of its own (or before the grid)`);
  }
  const added = [...outlined.values()].map((f) => newFuncs.get(f.name)!);
  const funcs: ir.Func[] = [];
  for (const f of m.funcs) {
    if (inlined.has(f.name)) continue;
    if (f.name === owner.name) funcs.push(...added, { ...owner, body: ownerBody, attrs: { ...owner.attrs, dataflow: true } });
    else funcs.push(newFuncs.get(f.name) ?? f);
  }
  return { module: { ...m, funcs }, channels: chanBuf.size };
}

function unflat(e: number, shape: readonly number[]): number[] {
  const out: number[] = [];
  for (let d = shape.length - 1; d >= 0; d--) { out.unshift(e % shape[d]!); e = Math.floor(e / shape[d]!); }
  return out;
}

function byCoords(a: string, b: string): number {
  const x = a.split(",").map(Number), y = b.split(",").map(Number);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/** The loop `s` of `owner` as a function of its own (its free arrays and scalars as parameters) and the call that replaces it. */
function outline(owner: ir.Func, s: ir.For, fresh: () => number, unique: (n: string) => string): { call: ir.CallStmt; func: ir.Func } {
  const free = freeValues([s]);
  const pos = (b: ir.Buffer) => { const i = owner.params.indexOf(b); return i < 0 ? owner.params.length : i; };
  free.bufs.sort((a, b) => pos(a) - pos(b));
  const bufs = new Map<number, ir.Buffer>(), params = new Map<number, ir.ScalarParam>();
  const ps: ir.Param[] = [
    ...free.bufs.map((b) => { const q: ir.Buffer = { ...b, id: fresh(), storage: b.storage === "stream" ? "stream" : "arg", init: undefined }; bufs.set(b.id, q); return q; }),
    ...free.params.map((p) => { const q = { ...p, id: fresh() }; params.set(p.id, q); return q; }),
  ];
  const name = unique(`${owner.name}_${s.opName ?? s.loopName}`);
  const func: ir.Func = { kind: "func", name, params: ps, results: [], body: cloneStmts([s], fresh, bufs, params, (n) => n), attrs: {}, range: s.range };
  const call: ir.CallStmt = { kind: "call", callee: name, results: [], range: s.range, args: [...free.bufs, ...free.params.map((p): ir.Expr => ({ kind: "param", type: p.type, param: p }))] };
  return { call, func };
}

/**
 * The sub-views of `p` in `f`'s top level: a local array copied in from one slice of `p` (all of its
 * trailing dimensions), used, and copied back to the same slice, as lowering writes a sub-array
 * argument.
 */
function findViews(f: ir.Func, p: ir.Buffer, symbolic = false): View[] {
  const out: View[] = [];
  for (const a of f.body) {
    if (a.kind !== "alloc" || a.buf.storage !== "local") continue;
    const v = a.buf;
    const r = p.type.shape.length - v.type.shape.length;
    if (r <= 0 || JSON.stringify(v.type.elem) !== JSON.stringify(p.type.elem) || v.type.shape.some((n, d) => n !== p.type.shape[r + d])) continue;
    const users = f.body.filter((s) => s !== a && touches([s], v.id));
    const copyIn = users.find((s) => copyNest(s, v, p, r, "in"));
    const copyBack = users.find((s) => copyNest(s, v, p, r, "back"));
    if (!copyIn || !copyBack) continue;
    const [from, to] = [f.body.indexOf(copyIn), f.body.indexOf(copyBack)];
    const uses = users.filter((s) => s !== copyIn && s !== copyBack);
    if (uses.length === 0 || uses.some((s) => f.body.indexOf(s) < from || f.body.indexOf(s) > to)) continue;
    const cin = copyNest(copyIn, v, p, r, "in")!, cback = copyNest(copyBack, v, p, r, "back")!;
    if (cin.join(",") !== cback.join(",") || (!symbolic && cin.some((x) => Number.isNaN(x)))) continue;
    out.push({ buf: v, chan: cin, copyIn, copyBack });
  }
  return out;
}

/** The channel a copy nest `V[ivs] = p[c, ivs]` ("in") or `p[c, ivs] = V[ivs]` ("back") covers, when `s` is one. */
function copyNest(s: ir.Stmt, v: ir.Buffer, p: ir.Buffer, r: number, dir: "in" | "back"): number[] | undefined {
  const ivs: number[] = [];
  let cur: ir.Stmt = s;
  for (let d = 0; d < v.type.shape.length; d++) {
    if (cur.kind !== "for" || constValue(cur.lb) !== 0 || constValue(cur.ub) !== v.type.shape[d] || cur.step !== 1 || cur.body.length !== 1) return undefined;
    ivs.push(cur.iv.id);
    cur = cur.body[0]!;
  }
  if (cur.kind !== "store") return undefined;
  let val = cur.value;
  if (val.kind === "cast") val = val.x;
  if (val.kind !== "load") return undefined;
  const [dst, src] = dir === "in" ? [cur.buf, val.buf] : [val.buf, cur.buf];
  const [vIx, pIx] = dir === "in" ? [cur.indices, val.indices] : [val.indices, cur.indices];
  if (dst.id !== v.id || src.id !== p.id) return undefined;
  const isIv = (e: ir.Expr, id: number) => e.kind === "iter" && e.v.id === id;
  if (!vIx.every((e, d) => isIv(e, ivs[d]!)) || !pIx.slice(r).every((e, d) => isIv(e, ivs[d]!))) return undefined;
  // NaN: a channel the PE's coordinates pick (in the compact grid body, before expansion).
  return pIx.slice(0, r).map((e) => constEval(e, new Map()) ?? NaN);
}

/** Accesses of the channel array itself: the channel is its first `rank` indices. */
function trackWhole(name: string, rank: number, strides: readonly number[]): Track {
  return { name, chanOf: (ix) => ({ chan: ix.slice(0, rank).join(","), elem: ix.slice(rank).reduce((a, x, d) => a + x * strides[d]!, 0) }), whole: true };
}

/** Accesses of a sub-view: all in its one channel. */
function trackView(name: string, v: View, strides: readonly number[]): Track {
  return { name: `${name}[${v.chan.join(", ")}]`, chanOf: (ix) => ({ chan: v.chan.join(","), elem: ix.reduce((a, x, d) => a + x * strides[d]!, 0) }), whole: false, view: v };
}

class NotChannel { constructor(readonly why: string) {} }

/** How accesses of a tracked array map to channel elements. `whole`: the channel array itself (not one view). */
interface Track {
  readonly name: string;
  readonly chanOf: (ix: number[]) => { chan: string; elem: number };
  readonly whole: boolean;
  readonly view?: View;
  /** Another array the processes share (not a channel): followed into callees it is passed to whole. */
  readonly shared?: boolean;
}

interface RunCtx {
  readonly byName: ReadonlyMap<string, ir.Func>;
  readonly skip: ReadonlySet<ir.Stmt>;
  readonly events: Ev[];
  readonly viewParams: { callee: string; param: ir.Buffer; chan: string; mode: Mode }[];
  readonly func: string;
  readonly budget: () => void;
}

/**
 * Runs the accesses of the tracked arrays in `body` (loops and conditions evaluated), appending one
 * event per load or store in the order the rewrite puts and gets them (schedule/relay.ts relayBody:
 * a statement's reads, as the expression walk meets them, then its store). A view passed to a call is
 * followed into the callee.
 */
function runAccesses(body: readonly ir.Stmt[], tracked: ReadonlyMap<number, Track>, env: Map<number, number>, ctx: RunCtx, streams: ReadonlyMap<number, string> = new Map()): void {
  const ids = [...tracked.keys(), ...streams.keys()];
  // Whether a statement touches a tracked array or stream: the same in every iteration of a loop, so asked once.
  const cache = new WeakMap<ir.Stmt, boolean>();
  const mentions = (ss: readonly [ir.Stmt]) => {
    let v = cache.get(ss[0]);
    if (v === undefined) cache.set(ss[0], (v = ids.some((id) => touches(ss, id))));
    return v;
  };
  const no = (why: string): never => { throw new NotChannel(`${ctx.func} ${why}`); };
  const value = (e: ir.Expr, what: string): number => {
    const v = constEval(e, env);
    return v === undefined ? no(`computes ${what} from data or from something other than loop variables and constants`) : v;
  };
  const access = (t: Track, indices: readonly ir.Expr[], mode: Mode) => {
    const { chan, elem } = t.chanOf(indices.map((x) => value(x, `which element of ${t.name} it ${mode === "r" ? "reads" : "writes"}`)));
    ctx.events.push({ chan, elem, mode });
    ctx.budget();
  };
  const reads = (e: ir.Expr) => mapExpr(e, (x) => {
    if (x.kind === "load") { const t = tracked.get(x.buf.id); if (t) access(t, x.indices, "r"); }
    else if (x.kind === "stream-get" && streams.has(x.stream.id)) { ctx.events.push({ chan: streams.get(x.stream.id)!, elem: -1, mode: "r" }); ctx.budget(); }
    else if (x.kind === "call-value" && x.args.some((a) => a.kind === "buffer" && tracked.has(a.id))) no(`passes ${x.args.map((a) => (a.kind === "buffer" ? tracked.get(a.id)?.name : undefined)).find((n) => n)} to ${x.callee}`);
    return undefined;
  });
  // (One walk per run: a loop's iterations re-enter it, not runAccesses, whose closures cost per call.)
  const walk = (body: readonly ir.Stmt[]): void => {
    for (const s of body) {
      if (ctx.skip.has(s)) continue;
      switch (s.kind) {
        case "for": {
          if (!mentions([s])) break;
          const lb = value(s.lb, `the bounds of loop ${s.loopName}`), ub = value(s.ub, `the bounds of loop ${s.loopName}`);
          const step = typeof s.step === "number" ? s.step : value(s.step, `the step of loop ${s.loopName}`);
          if (step <= 0) no(`has a loop (${s.loopName}) whose step is not positive`);
          for (let i = lb; i < ub; i += step) { env.set(s.iv.id, i); walk(s.body); }
          env.delete(s.iv.id);
          break;
        }
        case "while":
          if (mentions([s])) no(`touches ${X(tracked)} in a while loop (its trip count is not known)`);
          break;
        case "if":
          if (!mentions([s])) break;
          reads(s.cond);
          walk(value(s.cond, "a condition around its channel accesses") ? s.then : s.else);
          break;
        case "store": {
          if (!mentions([s])) break;
          s.indices.forEach(reads); reads(s.value);
          const t = tracked.get(s.buf.id);
          if (t) access(t, s.indices, "w");
          break;
        }
        case "copy":
          if (tracked.has(s.dst.id) || tracked.has(s.src.id)) no(`copies ${X(tracked)} as a whole`);
          break;
        case "call": {
          if (!mentions([s])) break;
          s.args.forEach((a) => { if (a.kind !== "buffer") reads(a); });
          const g = ctx.byName.get(s.callee);
          const passed = s.args.flatMap((a, i) => (a.kind === "buffer" && tracked.has(a.id) ? [{ t: tracked.get(a.id)!, i }] : []));
          const innerStreams = new Map<number, string>();
          s.args.forEach((a, i) => { const q = g?.params[i]; if (a.kind === "buffer" && streams.has(a.id) && q) innerStreams.set(q.id, streams.get(a.id)!); });
          if (passed.length === 0 && innerStreams.size === 0) break;
          if (!g) return no(`passes ${passed[0]!.t.name} to ${s.callee}`);
          const whole = passed.find((x) => x.t.whole && !x.t.shared);
          if (whole) no(`passes all of ${whole.t.name} to ${s.callee}; pass each PE its channels as sub-views (${whole.t.name}[i, j])`);
          const inner = new Map<number, Track>();
          for (const { t, i } of passed) {
            const q = g.params[i];
            if (!q || q.kind !== "buffer") no(`passes ${t.name} to ${s.callee}, which does not take an array there`);
            if (inner.has(q!.id)) no(`passes ${t.name} to ${s.callee} twice`);
            const qb = q as ir.Buffer;
            if (t.shared) { inner.set(qb.id, t); continue; }
            let st = false;
            walkStmts(g.body, (x) => { if (x.kind === "store" && x.buf.id === qb.id) st = true; });
            if (st && hasLoad(g.body, qb.id)) no(`both reads and writes ${t.name} (as ${s.callee}'s ${qb.name}); a FIFO carries data one way: read a channel and write another`);
            if (!st && !hasLoad(g.body, qb.id)) continue; // unused: no channel traffic
            inner.set(qb.id, { ...t, name: `${t.name} (${s.callee}'s ${qb.name})` });
            ctx.viewParams.push({ callee: g.name, param: qb, chan: t.view!.chan.join(","), mode: st ? "w" : "r" });
          }
          if (inner.size === 0 && innerStreams.size === 0) break;
          const genv = new Map<number, number>();
          s.args.forEach((a, i) => {
            const q = g.params[i];
            if (a.kind !== "buffer" && q && q.kind === "scalar-param") { const v = constEval(a, env); if (v !== undefined) genv.set(q.id, v); }
          });
          runAccesses(g!.body, inner, genv, { ...ctx, skip: new Set(), func: g!.name }, innerStreams);
          break;
        }
        case "return":
          s.values.forEach((a) => { if (a.kind === "buffer") { if (tracked.has(a.id)) no(`returns ${tracked.get(a.id)!.name}`); } else reads(a); });
          break;
        case "stream-put":
          reads(s.value);
          if (streams.has(s.stream.id)) { ctx.events.push({ chan: streams.get(s.stream.id)!, elem: -1, mode: "w" }); ctx.budget(); }
          break;
        case "stream-put-block": case "stream-get-block":
          if (tracked.has(s.kind === "stream-put-block" ? s.src.id : s.dst.id)) no(`moves ${X(tracked)} through a stream as a block`);
          break;
        case "alloc": break;
      }
    }
  };
  walk(body);
}

function X(tracked: ReadonlyMap<number, Track>): string {
  return [...tracked.values()][0]?.name ?? "the channel array";
}

function hasLoad(ss: readonly ir.Stmt[], id: number): boolean {
  let found = false;
  const ex = (e: ir.Expr) => mapExpr(e, (x) => { if (x.kind === "load" && x.buf.id === id) found = true; return undefined; });
  walkStmts(ss, (s) => {
    switch (s.kind) {
      case "for": ex(s.lb); ex(s.ub); if (typeof s.step !== "number") ex(s.step); break;
      case "while": case "if": ex(s.cond); break;
      case "store": s.indices.forEach(ex); ex(s.value); break;
      case "call": s.args.forEach((a) => { if (a.kind !== "buffer") ex(a); else if (a.id === id) found = true; }); break;
      case "return": s.values.forEach((a) => { if (a.kind !== "buffer") ex(a); }); break;
      case "stream-put": ex(s.value); break;
      case "copy": if (s.src.id === id) found = true; break;
      default: break;
    }
  });
  return found;
}

/**
 * `body` with every loop whose variable picks the channel of a direct access to `p` (its first `rank`
 * indices) replaced by one copy of its body per iteration (fresh definitions in each), so each
 * access names one channel.
 */
function unrollChannelLoops(body: readonly ir.Stmt[], p: ir.Buffer, rank: number, fresh: () => number, no: (why: string) => never): readonly ir.Stmt[] {
  const chanIvs = (ss: readonly ir.Stmt[]): Set<number> => {
    const out = new Set<number>();
    const ivs = (e: ir.Expr) => mapExpr(e, (x) => { if (x.kind === "iter") out.add(x.v.id); return undefined; });
    const ex = (e: ir.Expr) => mapExpr(e, (x) => { if (x.kind === "load" && x.buf.id === p.id) x.indices.slice(0, rank).forEach(ivs); return undefined; });
    walkStmts(ss, (s) => {
      if (s.kind === "store" && s.buf.id === p.id) s.indices.slice(0, rank).forEach(ivs);
      for (const e of s.kind === "store" ? [...s.indices, s.value] : s.kind === "if" || s.kind === "while" ? [s.cond] : s.kind === "stream-put" ? [s.value] : s.kind === "call" ? s.args.filter((a): a is ir.Expr => a.kind !== "buffer") : s.kind === "return" ? s.values.filter((a): a is ir.Expr => a.kind !== "buffer") : []) ex(e);
    });
    return out;
  };
  const go = (ss: readonly ir.Stmt[]): readonly ir.Stmt[] => {
    let changed = false;
    const out: ir.Stmt[] = [];
    for (const s of ss) {
      if (s.kind === "for" && chanIvs(s.body).has(s.iv.id)) {
        const lb = constValue(s.lb), ub = constValue(s.ub);
        if (lb === undefined || ub === undefined || typeof s.step !== "number") no(`loop ${s.loopName} picks the channel of ${p.name} but its bounds are not constants`);
        for (let i = lb!; i < ub!; i += s.step as number) out.push(...go(cloneStmts(substIvs(s.body, new Map([[s.iv.id, ic(i)]])), fresh, new Map(), new Map(), (n) => n)));
        changed = true;
        continue;
      }
      let t: ir.Stmt = s;
      if (s.kind === "for") { const b = go(s.body); if (b !== s.body) t = { ...s, body: b }; }
      else if (s.kind === "if") { const a = go(s.then), b = go(s.else); if (a !== s.then || b !== s.else) t = { ...s, then: a, else: b }; }
      if (t !== s) changed = true;
      out.push(t);
    }
    return changed ? out : ss;
  };
  return go(body);
}

/**
 * Runs the processes' put/get sequences on FIFOs of `depth` (only these channels: any other FIFO
 * only adds waits, so a wait forever here is one in the design too). Returns who waits for what
 * when they cannot all finish.
 */
function deadlock(procs: readonly { name: string; events: readonly Ev[] }[], depth: (chan: string) => number, label: (chan: string) => string): string | undefined {
  const fill = new Map<string, number>();
  const at = procs.map(() => 0);
  for (let moved = true; moved;) {
    moved = false;
    procs.forEach((p, i) => {
      while (at[i]! < p.events.length) {
        const e = p.events[at[i]!]!;
        const n = fill.get(e.chan) ?? 0;
        if (e.mode === "w" ? n >= depth(e.chan) : n === 0) break;
        fill.set(e.chan, e.mode === "w" ? n + 1 : n - 1);
        at[i]!++;
        moved = true;
      }
    });
  }
  const waiting = procs.flatMap((p, i) => {
    const e = p.events[at[i]!];
    return e ? [`${p.name} waits to ${e.mode === "w" ? "put into the full" : "get from the empty"} FIFO ${label(e.chan)}`] : [];
  });
  return waiting.length ? waiting.slice(0, 3).join("; ") + (waiting.length > 3 ? `; … ${waiting.length - 3} more` : "") : undefined;
}
