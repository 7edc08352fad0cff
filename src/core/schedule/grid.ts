/**
 * The compact PE grid. `unfold` keeps a grid as one PE body parameterized by its coordinates (a
 * function with `attrs.peGrid`, its first parameters the coordinates) called inside the unfolded
 * loops (`attrs.unfold`), and `to` records its FIFO chains on it (`peGrid.relays`) after proving them
 * on that one body. So a schedule step on a 64×64 grid costs what it costs on one PE.
 *
 * `expandGrids` is the instance table made real, for the consumers that need one function per PE
 * (the simulator's processes, the exports' PE functions, the diagram's PE nodes, the verifier): each
 * grid point becomes `<caller>_<band>_<i>_<j>` with the coordinates as constants, functions its body
 * calls cloned per PE, the loops replaced by the calls (row-major), then every recorded relay turned
 * into channels (schedule/relay.ts). The result is memoized per module.
 */
import { buffersOf, exprChildren, stmtExprs, walkStmts } from "../ir/nodes";
import type * as ir from "../ir/nodes";
import type { PrimitiveRecord } from "../frontend/schedule-record";
import { constValue, fail, freshIds, ic, mapStmtsExprs } from "./ir-util";
import { NotRelayable, readTrace, relayThroughPEs } from "./relay";
import { cloneFunc, cloneStmts } from "./unfold";
import { withEdgeKernels } from "./edge-kernels";
import { streamGridOutputs } from "./grid-stream-out";

/** One grid's loops (outermost first) and the call of its PE body inside them. */
interface Nest { readonly loops: readonly ir.For[]; readonly call: ir.CallStmt; readonly template: ir.Func }

/** The unfold nest rooted at `s`, when `s` is the outermost loop of one. */
function nestAt(s: ir.Stmt, templates: ReadonlyMap<string, ir.Func>): Nest | undefined {
  if (s.kind !== "for" || !s.attrs.unfold) return undefined;
  const loops: ir.For[] = [s];
  for (;;) {
    const last = loops[loops.length - 1]!;
    const only = last.body.length === 1 ? last.body[0]! : undefined;
    if (only?.kind === "for" && only.attrs.unfold) { loops.push(only); continue; }
    const template = only?.kind === "call" ? templates.get(only.callee) : undefined;
    return template && only?.kind === "call" ? { loops, call: only, template } : undefined;
  }
}

function templatesOf(m: ir.Module): Map<string, ir.Func> {
  return new Map(m.funcs.filter((f) => f.attrs.peGrid).map((f) => [f.name, f]));
}

/** True when `m` holds a compact grid. */
export function hasCompactGrids(m: ir.Module): boolean {
  return m.funcs.some((f) => f.attrs.peGrid);
}

/** Row-major coordinates of a grid of `shape`. */
export function gridPoints(shape: readonly number[]): number[][] {
  let out: number[][] = [[]];
  for (const n of shape) {
    const next: number[][] = [];
    for (const c of out) for (let v = 0; v < n; v++) next.push([...c, v]);
    out = next;
  }
  return out;
}

const expanded = new WeakMap<ir.Module, ir.Module>();

/** One grid of an expanded module: where it came from (its compact body and call) and its PE functions. */
export interface ExpandedGridInfo {
  readonly owner: string;
  /** The compact PE body (a function of the compact module) and the call of it inside the unfold loops. */
  readonly template: ir.Func;
  readonly call: ir.CallStmt;
  readonly shape: readonly number[];
  /** The PE functions, row-major, as the caller calls them. */
  readonly pes: readonly { readonly name: string; readonly coords: readonly number[] }[];
}
const gridInfo = new WeakMap<ir.Module, readonly ExpandedGridInfo[]>();

/** The grids `expandGrids` expanded to make `x` (empty for a module it did not make). */
export function expandedGridsOf(x: ir.Module): readonly ExpandedGridInfo[] {
  return gridInfo.get(x) ?? [];
}

/** `m` with every compact grid replaced by one function per PE (and its relays made channels). */
export function expandGrids(m: ir.Module): ir.Module {
  if (!hasCompactGrids(m)) return m;
  const got = expanded.get(m);
  if (got) return got;
  const templates = templatesOf(m);
  const fresh = freshIds(m);
  const taken = new Set(m.funcs.filter((f) => !templates.has(f.name)).map((f) => f.name));
  const unique = (n: string) => { let s = n; for (let k = 1; taken.has(s); k++) s = `${n}_${k}`; taken.add(s); return s; };
  const byName = new Map(m.funcs.map((x) => [x.name, x]));
  const relays: { owner: string; spec: ir.RelaySpec; rank: number; trusted: boolean }[] = [];
  const grids: { owner: string; pes: { name: string; coords: number[] }[]; relays: readonly ir.RelaySpec[]; template: ir.Func; call: ir.CallStmt; shape: number[] }[] = [];
  const before = new Map<string, ir.Func[]>();

  const expandNest = (owner: ir.Func, n: Nest): ir.Stmt[] => {
    const spec = n.template.attrs.peGrid!;
    const rank = spec.shape.length;
    const coordParams = n.template.params.slice(0, rank);
    const rest = n.template.params.slice(rank);
    const shape = n.loops.map((l) => constValue(l.ub) ?? 0);
    const calls: ir.Stmt[] = [];
    const newFuncs = before.get(owner.name) ?? [];
    const pes: { name: string; coords: number[] }[] = [];
    for (const c of gridPoints(shape)) {
      const suffix = c.join("_");
      const renamed = new Map<string, string>();
      const cloneCallee = (name: string): string => {
        const g = byName.get(name);
        if (!g) return name;
        const got = renamed.get(name);
        if (got) return got;
        const nn = unique(`${name}_${suffix}`);
        renamed.set(name, nn);
        newFuncs.push(cloneFunc(g, nn, fresh, cloneCallee));
        return nn;
      };
      const at = new Map(coordParams.map((p, d) => [p.id, ic(c[d]!)]));
      const body0 = mapStmtsExprs(n.template.body, (e) => (e.kind === "param" ? at.get(e.param.id) : undefined));
      const bufs = new Map<number, ir.Buffer>(), params = new Map<number, ir.ScalarParam>();
      const ps: ir.Param[] = rest.map((p) => {
        const q = { ...p, id: fresh() };
        if (q.kind === "buffer") bufs.set(p.id, q); else params.set(p.id, q as ir.ScalarParam);
        return q;
      });
      const body = cloneStmts(body0, fresh, bufs, params, cloneCallee);
      const name = unique(`${owner.name}_${spec.band}_${suffix}`);
      newFuncs.push({ kind: "func", name, params: ps, results: [], body, attrs: {}, range: n.template.range });
      pes.push({ name, coords: c });
      calls.push({ kind: "call", callee: name, results: [], range: n.call.range, args: n.call.args.slice(rank) });
    }
    before.set(owner.name, newFuncs);
    for (const r of spec.relays) relays.push({ owner: owner.name, spec: r, rank, trusted: r.provedOn === n.template.body });
    grids.push({ owner: owner.name, pes, relays: spec.relays, template: n.template, call: n.call, shape });
    return calls;
  };
  const expandIn = (owner: ir.Func, ss: readonly ir.Stmt[]): readonly ir.Stmt[] => {
    if (!ss.some((s) => s.kind === "for" || s.kind === "while" || s.kind === "if")) return ss;
    const out: ir.Stmt[] = [];
    let changed = false;
    for (const s of ss) {
      const n = nestAt(s, templates);
      if (n) { out.push(...expandNest(owner, n)); changed = true; continue; }
      let t: ir.Stmt = s;
      if (s.kind === "for" || s.kind === "while") { const body = expandIn(owner, s.body); if (body !== s.body) t = { ...s, body }; }
      else if (s.kind === "if") { const a = expandIn(owner, s.then), b = expandIn(owner, s.else); if (a !== s.then || b !== s.else) t = { ...s, then: a, else: b }; }
      if (t !== s) changed = true;
      out.push(t);
    }
    return changed ? out : ss;
  };
  const bodies = new Map(m.funcs.filter((f) => !templates.has(f.name)).map((f) => [f.name, expandIn(f, f.body)]));
  const funcs: ir.Func[] = [];
  for (const f of m.funcs) {
    if (templates.has(f.name)) continue;
    funcs.push(...(before.get(f.name) ?? []));
    const body = bodies.get(f.name)!;
    funcs.push(body === f.body ? f : { ...f, body });
  }
  let out: ir.Module = { ...m, funcs };
  for (const r of relays) {
    const owner = out.funcs.find((f) => f.name === r.owner)!;
    const buf = buffersOf(owner).find((b) => b.id === r.spec.bufId) ?? buffersOf(owner).find((b) => b.name === r.spec.bufName)!;
    out = relayThroughPEs(out, owner, buf, r.spec.axis, r.rank, r.spec.depth, r.spec, r.trusted).module;
  }
  // A streamed grid gets its loaders and drainers: its PEs then take only streams.
  for (const g of grids) {
    if (g.relays.length === 0) continue;
    const owner = out.funcs.find((f) => f.name === g.owner)!;
    const relayDepth = new Map<number, number>();
    for (const r of g.relays) {
      const buf = buffersOf(owner).find((b) => b.id === r.bufId) ?? buffersOf(owner).find((b) => b.name === r.bufName);
      if (buf) relayDepth.set(buf.id, r.depth);
    }
    out = withEdgeKernels(out, { owner: g.owner, pes: g.pes, relayDepth });
  }
  // An array `to` streams from a grid's kernel to another kernel: the drainer feeds that FIFO.
  out = streamGridOutputs(out);
  out = withoutReplacedCallees(out, templates);
  expanded.set(m, out);
  gridInfo.set(out, grids.map((g) => ({ owner: g.owner, template: g.template, call: g.call, shape: g.shape, pes: g.pes })));
  return out;
}

/** The functions `ss` calls, by statement or in an expression. */
function calleesIn(ss: readonly ir.Stmt[], into: Set<string>): Set<string> {
  const expr = (e: ir.Expr): void => {
    if (e.kind === "call-value") into.add(e.callee);
    exprChildren(e).forEach(expr);
  };
  walkStmts(ss, (s) => {
    if (s.kind === "call") into.add(s.callee);
    stmtExprs(s).forEach(expr);
  });
  return into;
}

/**
 * `x` without the functions only the compact PE bodies called: expansion gives each PE its own copy,
 * and the original, called by nothing now, would be exported as dead hardware.
 */
function withoutReplacedCallees(x: ir.Module, templates: ReadonlyMap<string, ir.Func>): ir.Module {
  const byTemplates = new Set<string>();
  for (const t of templates.values()) calleesIn(t.body, byTemplates);
  if (byTemplates.size === 0) return x;
  const called = new Set<string>();
  for (const f of x.funcs) calleesIn(f.body, called);
  const dead = (f: ir.Func) => byTemplates.has(f.name) && !called.has(f.name) && f.name !== x.top;
  return x.funcs.some(dead) ? { ...x, funcs: x.funcs.filter((f) => !dead(f)) } : x;
}

/** Whether a grid body called under `s` (inside its loops or branches) takes `buf`. */
function nestedGridTakes(s: ir.Stmt, templates: ReadonlyMap<string, ir.Func>, buf: ir.Buffer): boolean {
  switch (s.kind) {
    case "call": return templates.has(s.callee) && s.args.some((a) => a.kind === "buffer" && a.id === buf.id);
    case "for": case "while": return s.body.some((x) => nestedGridTakes(x, templates, buf));
    case "if": return s.then.some((x) => nestedGridTakes(x, templates, buf)) || s.else.some((x) => nestedGridTakes(x, templates, buf));
    default: return false;
  }
}

/**
 * `s.to(buf, pe, axis, depth)` on a compact grid. The common case is proved on the one PE body: a
 * single grid of `owner` at its top level takes `buf` once, and its reads of it (loops, conditions,
 * indices) do not mention the coordinate along `axis`, so every PE of a line reads the same elements
 * in the same order. Anything else is decided on the expanded grid by schedule/relay.ts, which gives
 * the precise diagnostic (or finds the one other axis that works).
 */
export function relayCompact(m: ir.Module, owner: ir.Func, buf: ir.Buffer, axis: number, rank: number, depth: number, rec: PrimitiveRecord): { module: ir.Module; axis: number; note?: string } {
  const templates = templatesOf(m);
  const takesBuf = (c: ir.CallStmt) => c.args.filter((a) => a.kind === "buffer" && a.id === buf.id).length;
  const nests = owner.body.map((s) => nestAt(s, templates)).filter((n): n is Nest => !!n && takesBuf(n.call) > 0);
  const fast = (): { template: ir.Func; axis: number; note?: string } | undefined => {
    if (nests.length !== 1) return undefined;
    const n = nests[0]!;
    if (takesBuf(n.call) !== 1 || n.template.attrs.peGrid!.shape.length !== rank) return undefined;
    // A grid nested in a loop or branch that also takes buf is the slow path's to judge.
    if (owner.body.some((s) => s !== n.loops[0] && nestedGridTakes(s, templates, buf))) return undefined;
    const i = n.call.args.findIndex((a) => a.kind === "buffer" && a.id === buf.id);
    const param = n.template.params[i];
    if (!param || param.kind !== "buffer") return undefined;
    const coords = new Map(n.template.params.slice(0, rank).map((p, d) => [p.id, d]));
    let trace: string;
    try { trace = readTrace(n.template.body, param, coords); } catch (e) {
      if (e instanceof NotRelayable) return undefined;
      throw e;
    }
    if (!trace.includes(`@pe${axis}`)) return { template: n.template, axis };
    // Allo numbers the same schedule's axes both ways (see relay.ts): where exactly one other axis
    // shares the reads, that is the relay to build.
    const other = Array.from({ length: rank }, (_, d) => d).filter((d) => d !== axis && !trace.includes(`@pe${d}`));
    if (other.length !== 1) return undefined;
    return { template: n.template, axis: other[0]!, note: `axis=${axis} was given, but only the PEs along axis ${other[0]} read the same elements` };
  };
  // A second relay of the same buffer would chain FIFOs behind FIFOs that already carry it (and the
  // per-class estimate and export know one chain per buffer): streamed once, as Allo streams it.
  const again = nests.map((n) => n.template.attrs.peGrid!.relays.find((r) => r.bufId === buf.id)).find((r) => r);
  if (again) fail(rec, `to(): ${buf.name} already flows through the PEs of ${owner.name} (an earlier to() streams it); stream each buffer once`);
  const empty = nests.find((n) => n.template.attrs.peGrid!.shape.some((x) => x <= 0));
  if (empty) fail(rec, `to(): the PE grid of ${owner.name} has no PEs (shape ${empty.template.attrs.peGrid!.shape.join("×")}: its band runs zero times), so there is no neighbour to pass ${buf.name} to; check the band's bounds`);
  const proved = fast();
  let template: ir.Func;
  let result: { axis: number; note?: string };
  if (proved) {
    template = proved.template;
    result = { axis: proved.axis, note: proved.note };
  } else {
    const big = nests.reduce((a, n) => a + n.template.attrs.peGrid!.shape.reduce((x, y) => x * y, 1), 0);
    if (nests.length === 0) {
      // No compact grid takes it here: a grid already expanded is relayed as such; otherwise the
      // expanded module's relay says why not.
      const x = expandGrids(m);
      const r = relayThroughPEs(x, x.funcs.find((f) => f.name === owner.name)!, buf, axis, rank, depth, rec);
      if (x === m) return r;
      fail(rec, `to(): ${buf.name} reaches the PEs of ${owner.name} only through a grid that is not at its top level`);
    }
    if (big > 4096) fail(rec, `to(): the reads of ${buf.name} in the PE body ${nests[0]!.template.name} cannot be shown equal along axis ${axis} on the one body, and the grid is too large (${big} PEs) to compare them PE by PE; stream a buffer whose reads depend only on the other coordinates`);
    const x = expandGrids(m);
    const r = relayThroughPEs(x, x.funcs.find((f) => f.name === owner.name)!, buf, axis, rank, depth, rec);
    template = nests[0]!.template;
    result = { axis: r.axis, note: r.note };
  }
  const spec = template.attrs.peGrid!;
  const relay: ir.RelaySpec = { bufId: buf.id, bufName: buf.name, axis: result.axis, depth, range: rec.range, provedOn: template.body };
  const t2: ir.Func = { ...template, attrs: { ...template.attrs, peGrid: { ...spec, relays: [...spec.relays, relay] } } };
  const funcs = m.funcs.map((f) => (f === template ? t2 : f.name === owner.name ? { ...f, attrs: { ...f.attrs, dataflow: true } } : f));
  return { module: { ...m, funcs }, ...result };
}

/**
 * The size of what expanding `m`'s grids would build, counted on the compact module (nothing is
 * expanded), in statements: per PE, the statements of its body and of the functions it calls (each
 * cloned per PE), 4 for its function and call, and 8 for each FIFO chain and for the drain (the channel
 * operations relay.ts and edge-kernels.ts add, and their work per PE, measured in the time of a
 * statement). The systolic 64×64 benchmark counts 4,096 × 30 = 122,880. `largest` is the grid that
 * contributes the most, for the diagnostic.
 */
export function expansionStatements(m: ir.Module): { total: number; largest?: { template: ir.Func; pes: number; perPE: number } } {
  const templates = templatesOf(m);
  if (templates.size === 0) return { total: 0 };
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const sites = new Map<string, number>();
  for (const f of m.funcs) walkStmts(f.body, (s) => { if (s.kind === "call" && templates.has(s.callee)) sites.set(s.callee, (sites.get(s.callee) ?? 0) + 1); });
  let total = 0;
  let largest: { template: ir.Func; pes: number; perPE: number } | undefined;
  for (const t of templates.values()) {
    // The body and every function it reaches, once each (a PE clones each callee once).
    let body = 0;
    const seen = new Set<string>([t.name]);
    for (const todo = [t]; todo.length > 0; ) {
      const f = todo.pop()!;
      walkStmts(f.body, () => body++);
      for (const c of calleesIn(f.body, new Set())) {
        const g = byName.get(c);
        if (g && !seen.has(c)) { seen.add(c); todo.push(g); }
      }
    }
    const relays = t.attrs.peGrid!.relays.length;
    const perPE = body + 4 + (relays > 0 ? 8 * (relays + 1) : 0);
    const pes = t.attrs.peGrid!.shape.reduce((a, b) => a * Math.max(0, b), 1) * (sites.get(t.name) ?? 1);
    total += pes * perPE;
    if (!largest || pes * perPE > largest.pes * largest.perPE) largest = { template: t, pes, perPE };
  }
  return { total, largest };
}

/** The number of PEs of the largest compact grid of `m` (0 when none). */
export function largestGrid(m: ir.Module): number {
  return Math.max(0, ...m.funcs.map((f) => (f.attrs.peGrid ? f.attrs.peGrid.shape.reduce((a, b) => a * b, 1) : 0)));
}
