/**
 * The estimator's view of compact PE grids (schedule/grid.ts). Expanding a 64×64 grid makes 4,096 PE
 * functions that differ only in their coordinates, and estimating each of them walks the same body
 * 4,096 times. Instead the estimator works on the same module with each grid shrunk to at most 3 PEs
 * per axis and expanded: one PE per instance class (first, inner and last PE of each axis, which is
 * where the FIFO relays make bodies differ), estimated once each. The real PEs are then only
 * bookkeeping: each takes its class's function result under its own name, and the dataflow and
 * sequential composition of its caller runs over all of them with the buffers and elements each
 * real PE would touch (its own FIFO channels, its coordinates in its constant indices).
 *
 * That is exact only when a PE's estimate cannot depend on its coordinates beyond its class. The
 * plan is made only when every coordinate appears in the PE body as a whole index of a load or
 * store, and every access to that buffer has the same coordinate at that dimension (so which
 * accesses share a bank, or may alias, is the same in every PE); the body calls nothing; the grid
 * sits at the top level of its caller and its call passes only buffers; the expanded names do not
 * collide. Otherwise `compactGridPlan` returns undefined and the estimator expands the grid.
 * test/estimate-grid.test.ts checks the result equals the expanded estimate.
 *
 * A streamed grid also has loaders and drainers at its edges (schedule/edge-kernels.ts), which are
 * not per class: a loader feeds the first PE of every line, a drainer takes a FIFO from every PE. The
 * plan rebuilds them at the real grid's size from the shrunk ones (each real PE's puts or stores are
 * its class's with its own coordinates and its own channel), and records which real channel each real
 * PE takes in place of its class's (`edges`).
 */
import type * as ir from "../ir/nodes";
import { buffersOf, exprChildren, stmtExprs, walkStmts } from "../ir/nodes";
import { MAX_DRAINED } from "../schedule/edge-kernels";
import { expandGrids, gridPoints, hasCompactGrids } from "../schedule/grid";
import { constValue, freshIds, ic, mapExpr } from "../schedule/ir-util";

/** Largest PE count per axis kept in the shrunk grid: first, one inner, last. */
const CLASS_SPAN = 3;

/** One real PE of a grid: its name in the expanded module and the shrunk grid's PE of its class. */
export interface RealPe {
  readonly name: string;
  readonly coords: readonly number[];
  /** The call of its class's PE in the shrunk module's caller. */
  readonly rep: ir.CallStmt;
}

/** One grid as the estimator composes it. */
export interface GridView {
  readonly owner: string;
  readonly shape: readonly number[];
  /** The real PEs, row-major (the order of the expanded caller's calls and functions). */
  readonly pes: readonly RealPe[];
  /** The shrunk grid's PE calls; the first stands for all the real PEs, the others are skipped. */
  readonly repCalls: ReadonlySet<ir.CallStmt>;
  readonly firstRep: ir.CallStmt;
  readonly repNames: ReadonlySet<string>;
  /** For each caller buffer the PEs take: the dimensions indexed by a coordinate (-1: not a coordinate). */
  readonly coordDims: ReadonlyMap<number, readonly number[]>;
  /** The shrunk grid's FIFO channels: which relay (index into `relays`) each belongs to. */
  readonly channels: ReadonlyMap<number, number>;
  /** Per relay: its axis, a channel of it (all alike) and how many channels the real grid has. */
  readonly relays: readonly { readonly axis: number; readonly sample: ir.Buffer; readonly count: number }[];
  /**
   * The shrunk grid's channels to and from its edge kernels: for each, the real channel each real PE
   * of its class takes instead (by the PE's index in `pes`).
   */
  readonly edges: ReadonlyMap<number, readonly number[]>;
}

export interface GridPlan {
  /** The module with every grid shrunk and expanded. */
  readonly module: ir.Module;
  readonly grids: readonly GridView[];
  readonly byRepCall: ReadonlyMap<ir.CallStmt, GridView>;
  readonly byRepName: ReadonlyMap<string, GridView>;
  /** Each real PE's name → its class's function name in the shrunk module. */
  readonly realToRep: ReadonlyMap<string, string>;
}

interface Nest { readonly loops: readonly ir.For[]; readonly call: ir.CallStmt; readonly template: ir.Func; readonly index: number }

/** The unfold nest at the top-level statement `s` (as schedule/grid.ts finds it). */
function nestAt(s: ir.Stmt, templates: ReadonlyMap<string, ir.Func>, index: number): Nest | undefined {
  if (s.kind !== "for" || !s.attrs.unfold) return undefined;
  const loops: ir.For[] = [s];
  for (;;) {
    const last = loops[loops.length - 1]!;
    const only = last.body.length === 1 ? last.body[0]! : undefined;
    if (only?.kind === "for" && only.attrs.unfold) { loops.push(only); continue; }
    const template = only?.kind === "call" ? templates.get(only.callee) : undefined;
    return template && only?.kind === "call" ? { loops, call: only, template, index } : undefined;
  }
}

function holdsUnfold(ss: readonly ir.Stmt[]): boolean {
  let found = false;
  walkStmts(ss, (s) => { if (s.kind === "for" && s.attrs.unfold) found = true; });
  return found;
}

/**
 * Per buffer of the PE body, the coordinate at each dimension (-1 for none), or undefined when a
 * coordinate is used any other way (in a bound, a condition, a value, a partial index) or two
 * accesses of a buffer disagree on one.
 */
function coordinateUse(template: ir.Func, rank: number): Map<number, number[]> | undefined {
  const coord = new Map(template.params.slice(0, rank).map((p, d) => [p.id, d]));
  const dims = new Map<number, number[]>();
  let ok = true;
  const isCoord = (e: ir.Expr) => e.kind === "param" && coord.has(e.param.id);
  const plain = (e: ir.Expr): void => {
    if (isCoord(e)) { ok = false; return; }
    if (e.kind === "call-value") { ok = false; return; }
    if (e.kind === "load") { access(e.buf, e.indices); return; }
    for (const c of exprChildren(e)) plain(c);
  };
  const access = (b: ir.Buffer, idx: readonly ir.Expr[]) => {
    const here = idx.map((e) => (isCoord(e) ? coord.get((e as ir.ParamRef).param.id)! : -1));
    const seen = dims.get(b.id);
    if (!seen) dims.set(b.id, here);
    else if (seen.length !== here.length || seen.some((d, i) => d !== here[i])) ok = false;
    for (const e of idx) if (!isCoord(e)) plain(e);
  };
  walkStmts(template.body, (s) => {
    if (s.kind === "call") { ok = false; return; }
    if (s.kind === "store") { access(s.buf, s.indices); plain(s.value); return; }
    for (const e of stmtExprs(s)) plain(e);
  });
  return ok ? dims : undefined;
}

/** The name `expandGrids` gives the PE at `c`, or undefined when it would have to be made unique. */
const peName = (owner: string, band: string, c: readonly number[]) => `${owner}_${band}_${c.join("_")}`;

/** The plan for `m`, or undefined when it has no compact grid or one the plan cannot represent exactly. */
export function compactGridPlan(m: ir.Module): GridPlan | undefined {
  if (!hasCompactGrids(m)) return undefined;
  const templates = new Map(m.funcs.filter((f) => f.attrs.peGrid).map((f) => [f.name, f]));
  if (templates.has(m.top)) return undefined;
  const taken = new Set(m.funcs.filter((f) => !templates.has(f.name)).map((f) => f.name));
  const used = new Set<string>();
  const nests: { owner: ir.Func; nest: Nest; coordDims: Map<number, number[]> }[] = [];
  const shrunk = new Map<ir.Func, ir.Func>();
  for (const owner of m.funcs) {
    if (templates.has(owner.name)) continue;
    let body: ir.Stmt[] | undefined;
    for (let i = 0; i < owner.body.length; i++) {
      const s = owner.body[i]!;
      const n = nestAt(s, templates, i);
      if (!n) { if (holdsUnfold([s])) return undefined; continue; }
      const spec = n.template.attrs.peGrid!;
      const rank = spec.shape.length;
      const shape = n.loops.map((l) => constValue(l.ub));
      if (n.loops.length !== rank || shape.some((x, d) => x !== spec.shape[d] || x < 1)) return undefined;
      if (n.loops.some((l) => constValue(l.lb) !== 0 || l.step !== 1)) return undefined;
      if (n.call.args.slice(0, rank).some((a, d) => a.kind !== "iter" || a.v.id !== n.loops[d]!.iv.id)) return undefined;
      const rest = n.call.args.slice(rank);
      if (n.call.results.length || rest.some((a) => a.kind !== "buffer") || new Set(rest.map((a) => (a as ir.Buffer).id)).size !== rest.length) return undefined;
      if (used.has(n.template.name)) return undefined;
      used.add(n.template.name);
      const byParam = coordinateUse(n.template, rank);
      if (!byParam) return undefined;
      // The caller's buffers by what the PE body does with them.
      const coordDims = new Map<number, number[]>();
      rest.forEach((a, k) => {
        const p = n.template.params[rank + k]!;
        const b = a as ir.Buffer;
        coordDims.set(b.id, byParam.get(p.id) ?? b.type.shape.map(() => -1));
      });
      nests.push({ owner, nest: n, coordDims });
      // The shrunk nest: the same loops and body over at most CLASS_SPAN PEs per axis.
      const small = spec.shape.map((x) => Math.min(x, CLASS_SPAN));
      const rebuild = (d: number): ir.For => ({ ...n.loops[d]!, ub: ic(small[d]!), body: d + 1 < rank ? [rebuild(d + 1)] : n.loops[d]!.body });
      body ??= [...owner.body];
      body[i] = rebuild(0);
      shrunk.set(n.template, { ...n.template, attrs: { ...n.template.attrs, peGrid: { ...spec, shape: small } } });
    }
    if (body) shrunk.set(owner, { ...owner, body });
  }
  if (nests.length === 0) return undefined;
  // The real PEs' names must be the plain ones (expandGrids adds a suffix when a name is taken).
  const names = new Set<string>();
  for (const { owner, nest } of nests) {
    const spec = nest.template.attrs.peGrid!;
    for (const c of gridPoints(spec.shape)) {
      const name = peName(owner.name, spec.band, c);
      if (taken.has(name) || names.has(name)) return undefined;
      names.add(name);
    }
  }
  const small: ir.Module = { ...m, funcs: m.funcs.map((f) => shrunk.get(f) ?? f) };
  const x = expandGrids(small);
  const byName = new Map(x.funcs.map((f) => [f.name, f]));
  const fresh = freshIds(x);
  const edits = new Map<string, Edits>();
  const kernels = new Map<string, ir.Func>();
  const grids: GridView[] = [];
  const byRepCall = new Map<ir.CallStmt, GridView>();
  const byRepName = new Map<string, GridView>();
  const realToRep = new Map<string, string>();
  for (const { owner, nest, coordDims } of nests) {
    const spec = nest.template.attrs.peGrid!;
    const rank = spec.shape.length;
    const sshape = spec.shape.map((v) => Math.min(v, CLASS_SPAN));
    const xo = byName.get(owner.name);
    if (!xo) return undefined;
    const calls = new Map<string, ir.CallStmt>();
    for (const s of xo.body) if (s.kind === "call") calls.set(s.callee, s);
    const repCalls = new Set<ir.CallStmt>();
    const repNames = new Set<string>();
    for (const c of gridPoints(sshape)) {
      const name = peName(owner.name, spec.band, c);
      const call = calls.get(name);
      if (!call || !byName.has(name)) return undefined;
      repCalls.add(call);
      repNames.add(name);
    }
    const firstRep = calls.get(peName(owner.name, spec.band, sshape.map(() => 0)))!;
    // A coordinate's class: the first, an inner or the last PE of its axis.
    const classOf = (v: number, d: number) => (v === 0 ? 0 : v === spec.shape[d]! - 1 ? sshape[d]! - 1 : 1);
    const pes: RealPe[] = gridPoints(spec.shape).map((c) => {
      const name = peName(owner.name, spec.band, c);
      const repName = peName(owner.name, spec.band, c.map(classOf));
      realToRep.set(name, repName);
      return { name, coords: c, rep: calls.get(repName)! };
    });
    const edges = new Map<number, number[]>();
    const fromEdge = edgeKernels(xo, byName, pes, repCalls, coordDims, fresh, edges);
    if (!fromEdge) return undefined;
    const edit = edits.get(owner.name) ?? { allocs: new Map(), drop: new Set(), calls: new Map() };
    edits.set(owner.name, edit);
    for (const k of fromEdge) {
      kernels.set(k.func.name, k.func);
      edit.calls.set(k.shrunk, k.call);
      k.shrunkChannels.forEach((b, j) => (j === 0 ? edit.allocs.set(b.id, k.allocs) : edit.drop.add(b.id)));
    }
    // The relays' channels: buffers of the shrunk caller the compact caller does not have.
    const before = new Set(buffersOf(owner).map((b) => b.id));
    const channels = new Map<number, number>();
    const relays: { axis: number; sample: ir.Buffer; count: number }[] = [];
    const specs = new Map<object, number>();
    const total = spec.shape.reduce((a, b) => a * b, 1);
    for (const b of buffersOf(xo)) {
      if (before.has(b.id) || edges.has(b.id) || !b.stream || ![...repCalls].some((c) => c.args.some((a) => a.kind === "buffer" && a.id === b.id))) continue;
      let k = specs.get(b.stream);
      if (k === undefined) {
        const axis = b.stream.axis ?? -1;
        if (axis < 0 || axis >= rank) return undefined;
        k = relays.length;
        specs.set(b.stream, k);
        relays.push({ axis, sample: b, count: (total / spec.shape[axis]!) * (spec.shape[axis]! - 1) });
      }
      channels.set(b.id, k);
    }
    // A relay along an axis of one PE has no channels.
    if (relays.length !== spec.relays.filter((r) => spec.shape[r.axis]! > 1).length) return undefined;
    const g: GridView = { owner: owner.name, shape: spec.shape, pes, repCalls, firstRep, repNames, coordDims, channels, relays, edges };
    grids.push(g);
    for (const c of repCalls) byRepCall.set(c, g);
    for (const n of repNames) byRepName.set(n, g);
  }
  // The edge kernels at the real grid's size, and their channels in the callers.
  const edited = (ss: readonly ir.Stmt[], e: Edits): ir.Stmt[] => ss.flatMap((s): ir.Stmt[] => {
    if (s.kind === "alloc") return e.allocs.get(s.buf.id) ?? (e.drop.has(s.buf.id) ? [] : [s]);
    return s.kind === "call" ? [e.calls.get(s) ?? s] : [s];
  });
  const funcs = x.funcs.map((f) => {
    const e = edits.get(f.name);
    return kernels.get(f.name) ?? (e && e.calls.size ? { ...f, body: edited(f.body, e) } : f);
  });
  return { module: { ...x, funcs }, grids, byRepCall, byRepName, realToRep };
}

interface Edits {
  /** Per first shrunk channel of an edge kernel, the real channels declared in its place. */
  readonly allocs: Map<number, ir.Stmt[]>;
  /** The other shrunk channels of the edge kernels (not declared). */
  readonly drop: Set<number>;
  /** The shrunk edge kernels' calls → their real calls. */
  readonly calls: Map<ir.CallStmt, ir.CallStmt>;
}

interface EdgeKernel {
  readonly func: ir.Func;
  readonly shrunk: ir.CallStmt;
  readonly call: ir.CallStmt;
  readonly shrunkChannels: readonly ir.Buffer[];
  readonly allocs: ir.Stmt[];
}

/** The index of the channel among `ids` that `s` gets from (at any depth), if any. */
function getsFrom(s: ir.Stmt, ids: ReadonlyMap<number, number>): number | undefined {
  let found: number | undefined;
  const visit = (e: ir.Expr): void => {
    if (e.kind === "stream-get" && ids.has(e.stream.id)) found ??= ids.get(e.stream.id);
    for (const c of exprChildren(e)) visit(c);
  };
  walkStmts([s], (x) => { for (const e of stmtExprs(x)) visit(e); });
  return found;
}

/**
 * The edge kernels of the grid whose shrunk PE calls are `repCalls` (in the shrunk caller `xo`),
 * rebuilt for the real PEs `pes` as schedule/edge-kernels.ts builds them on the expanded grid: a
 * loader's puts at each read are one per PE it feeds, in the PEs' order, a drainer's body is each PE's
 * replayed stores in turn; a real PE's are its class's with its coordinates at the indices its body
 * takes from them (`coordDims`). `edges` gets the real channel of each real PE per shrunk channel.
 * Undefined when a kernel is not of the shape edge-kernels.ts builds.
 */
function edgeKernels(
  xo: ir.Func, byName: ReadonlyMap<string, ir.Func>, pes: readonly RealPe[], repCalls: ReadonlySet<ir.CallStmt>,
  coordDims: ReadonlyMap<number, readonly number[]>, fresh: () => number, edges: Map<number, number[]>,
): EdgeKernel[] | undefined {
  const repOfArg = new Map<number, string>();
  for (const c of repCalls) for (const a of c.args) if (a.kind === "buffer") repOfArg.set(a.id, c.callee);
  const out: EdgeKernel[] = [];
  for (const ec of xo.body) {
    if (ec.kind !== "call") continue;
    const ef = byName.get(ec.callee);
    const role = ef?.attrs.edge?.role;
    if (!ef || !role || !ec.args.some((a) => a.kind === "buffer" && repOfArg.has(a.id))) continue;
    const loader = role === "loader";
    const n = ec.args.length - 1;
    const a = ec.args[loader ? 0 : n];
    const arr = ef.params[loader ? 0 : n];
    if (!a || a.kind !== "buffer" || !arr || arr.kind !== "buffer" || ef.params.length !== ec.args.length) return undefined;
    const chans = (loader ? ec.args.slice(1) : ec.args.slice(0, n)) as ir.Buffer[];
    const params = (loader ? ef.params.slice(1) : ef.params.slice(0, n)) as ir.Buffer[];
    // The shrunk PE each channel connects; each PE has at most one channel of a kernel.
    const repIndex = new Map<string, number>();
    for (const [j, c] of chans.entries()) {
      const r = c.kind === "buffer" ? repOfArg.get(c.id) : undefined;
      if (!r || repIndex.has(r)) return undefined;
      repIndex.set(r, j);
    }
    const uses = pes.flatMap((pe, i) => { const j = repIndex.get(pe.rep.callee); return j === undefined ? [] : [{ pe, i, j }]; });
    if (!loader && uses.reduce((t, u) => t + (chans[u.j]!.stream?.depth ?? 1), 0) > MAX_DRAINED) return undefined;
    const tag = (u: { pe: RealPe }) => u.pe.coords.join("_");
    const real = uses.map((u): ir.Buffer => ({ ...chans[u.j]!, id: fresh(), name: `${a.name}_${loader ? "load" : "drain"}_${tag(u)}` }));
    const realParams = uses.map((u): ir.Buffer => ({ ...params[u.j]!, id: fresh(), name: `${a.name}_${loader ? "out" : "in"}_${tag(u)}` }));
    for (const c of chans) edges.set(c.id, []);
    uses.forEach((u, k) => { edges.get(chans[u.j]!.id)![u.i] = real[k]!.id; });
    // A real PE's element of the array: its coordinates at the dimensions its body indexes with them.
    const dims = coordDims.get(a.id) ?? [];
    const at = (idx: readonly ir.Expr[], coords: readonly number[]) => idx.map((e, d) => (dims[d] !== undefined && dims[d]! >= 0 ? ic(coords[dims[d]!]!) : e));
    let body: ir.Stmt[] | undefined;
    if (loader) {
      const index = new Map(params.map((p, j) => [p.id, j]));
      const rebuild = (ss: readonly ir.Stmt[]): ir.Stmt[] | undefined => {
        const res: ir.Stmt[] = [];
        for (let i = 0; i < ss.length; i++) {
          const s = ss[i]!;
          if (s.kind === "stream-put" && index.has(s.stream.id)) {
            // One put per shrunk PE fed, in their order: the real PEs' puts in theirs.
            const group = ss.slice(i, i + params.length);
            if (group.length !== params.length || group.some((g, j) => g.kind !== "stream-put" || g.stream.id !== params[j]!.id)) return undefined;
            uses.forEach((u, k) => {
              const g = group[u.j] as Extract<ir.Stmt, { kind: "stream-put" }>;
              const value = mapExpr(g.value, (x) => (x.kind === "load" && x.buf.id === arr.id ? { ...x, indices: at(x.indices, u.pe.coords) } : undefined));
              res.push({ ...g, stream: realParams[k]!, value });
            });
            i += params.length - 1;
            continue;
          }
          if (s.kind === "for" || s.kind === "while") { const b = rebuild(s.body); if (!b) return undefined; res.push({ ...s, body: b }); continue; }
          if (s.kind === "if") { const t = rebuild(s.then), e = rebuild(s.else); if (!t || !e) return undefined; res.push({ ...s, then: t, else: e }); continue; }
          res.push(s);
        }
        return res;
      };
      body = rebuild(ef.body);
    } else {
      // The drainer's body is each shrunk PE's replayed stores in turn, each getting from its channel.
      const index = new Map(params.map((p, j) => [p.id, j]));
      const groups: ir.Stmt[][] = params.map(() => []);
      for (const s of ef.body) {
        const j = getsFrom(s, index);
        if (j === undefined) return undefined;
        groups[j]!.push(s);
      }
      body = [];
      uses.forEach((u, k) => {
        const from = params[u.j]!.id;
        const value = (e: ir.Expr) => mapExpr(e, (x) => (x.kind === "stream-get" && x.stream.id === from ? { ...x, stream: realParams[k]! } : undefined));
        const re = (s: ir.Stmt): ir.Stmt => {
          switch (s.kind) {
            case "for": case "while": return { ...s, body: s.body.map(re) };
            case "if": return { ...s, then: s.then.map(re), else: s.else.map(re) };
            case "store": return { ...s, indices: s.buf.id === arr.id ? at(s.indices, u.pe.coords) : s.indices, value: value(s.value) };
            default: return s;
          }
        };
        body!.push(...groups[u.j]!.map(re));
      });
    }
    if (!body) return undefined;
    const func: ir.Func = { ...ef, params: loader ? [arr, ...realParams] : [...realParams, arr], body };
    const call: ir.CallStmt = { ...ec, args: loader ? [a, ...real] : [...real, a] };
    // The real channels are declared where the shrunk ones were.
    const declared = new Set(xo.body.flatMap((s) => (s.kind === "alloc" ? [s.buf.id] : [])));
    if (chans.length === 0 || chans.some((c) => !declared.has(c.id))) return undefined;
    const range = xo.body.find((s): s is ir.Alloc => s.kind === "alloc" && s.buf.id === chans[0]!.id)!.range;
    out.push({ func, shrunk: ec, call, shrunkChannels: chans, allocs: real.map((b): ir.Stmt => ({ kind: "alloc", buf: b, range })) });
  }
  return out;
}
