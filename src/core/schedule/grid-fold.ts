/**
 * The export form of a PE grid too large to write one function per PE (export.ts decides when): the
 * hardware of the expanded grid that the simulator runs and the plan describes (schedule/grid.ts
 * `expandGrids`: the same loaders and drainers, the same FIFOs with the same names and depths),
 * written with one PE function that takes its coordinates as arguments and is called once per PE,
 * and with each family of FIFOs (`A_fifo_<i>_<j>`, `A_load_<i>_<j>`, `C_drain_<i>_<j>`) declared as
 * one array of channels (`A_fifo[i][j]`).
 *
 * The shared PE body is the compact body put through the same rewrites the expanded PEs went
 * through, with the coordinates left as arguments: the relays (a PE forwards each element it takes
 * unless it is the last of its line), the loaders' FIFOs (every read becomes a get), the drainers'
 * FIFOs (every store a put, after keeping the PE's own elements in registers where the expanded PEs
 * did). Each PE's call binds the channels the expanded PE was called with, by parameter name. The one
 * difference is at the ends of a line: the shared body has an output FIFO that the last PE of a line
 * never writes (and, without a loader, an input FIFO the first PE never reads), so each chain's
 * array has one unconnected element at each end of a line; `grid-fold.test`-style checks and the
 * consistency test count them.
 *
 * Undefined when the rewrites cannot be reproduced on the shared body (export.ts then writes one
 * function per PE, which is always the expanded hardware).
 */
import type * as ir from "../ir/nodes";
import { constEval, onRegisters, putsFor, readSlices, takeFrom, writeSlices } from "./edge-kernels";
import { expandGrids, expandedGridsOf, hasCompactGrids, type ExpandedGridInfo } from "./grid";
import { freshIds, ic, mapExpr } from "./ir-util";
import { relayBody } from "./relay";

/** `m` (with compact grids) as the exports write it: each grid as one shared PE function (see above). */
export function sharedPeGrids(m: ir.Module): ir.Module | undefined {
  if (!hasCompactGrids(m)) return m;
  const x = expandGrids(m);
  const grids = expandedGridsOf(x);
  if (grids.length === 0 || new Set(grids.map((g) => g.owner)).size !== grids.length) return undefined;
  const fresh = freshIds(x);
  let out = x;
  for (const g of grids) {
    const r = foldGrid(out, g, fresh);
    if (!r) return undefined;
    out = r;
  }
  return withoutDeadCopies(out, m);
}

/** A relay chain of the shared body: the caller's array, its axis and line length. */
interface Chain { readonly buf: ir.Buffer; readonly axis: number; readonly length: number; readonly depth: number; readonly loaded: boolean }

function foldGrid(m: ir.Module, g: ExpandedGridInfo, fresh: () => number): ir.Module | undefined {
  const owner = m.funcs.find((f) => f.name === g.owner);
  if (!owner) return undefined;
  const t = g.template;
  const spec = t.attrs.peGrid!;
  const rank = g.shape.length;
  const coords = t.params.slice(0, rank) as ir.ScalarParam[];
  const coordIds = new Set(coords.map((c) => c.id));
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  // The edge kernels of this grid, by the array they load or drain.
  const edges = new Map<string, "loader" | "drainer">();
  for (const s of owner.body) {
    const e = s.kind === "call" ? byName.get(s.callee)?.attrs.edge : undefined;
    if (!e) continue;
    if (edges.has(e.buffer)) return undefined;
    edges.set(e.buffer, e.role);
  }
  const chan = (name: string, elem: ir.Buffer["type"]["elem"], stream: ir.StreamSpec, range: ir.Buffer["range"]): ir.Buffer => ({
    kind: "buffer", id: fresh(), name, type: { kind: "array", elem, shape: [] }, storage: "stream", stream, range,
  });

  // The shared body: the compact body through the expanded PEs' rewrites, in the same order.
  let body = t.body;
  const moved = new Set<number>();
  const chans: ir.Buffer[] = [];
  const chainOf = new Map<string, Chain>();
  // Arrays a relay's first PEs still read (no loader): the expanded PEs further along take no array.
  const readByFirst = new Set<number>();
  for (const r of spec.relays) {
    const i = g.call.args.findIndex((a) => a.kind === "buffer" && (a.id === r.bufId || a.name === r.bufName));
    const p = t.params[i], a = g.call.args[i];
    if (!p || p.kind !== "buffer" || !a || a.kind !== "buffer") return undefined;
    const loaded = edges.get(a.name) === "loader";
    const stream: ir.StreamSpec = { depth: r.depth, axis: r.axis };
    const inP = chan(`${a.name}_in`, a.type.elem, stream, r.range), outP = chan(`${a.name}_out`, a.type.elem, stream, r.range);
    body = relayBody(body, p, inP, outP, fresh, r.range, { coord: coords[r.axis]!, length: g.shape[r.axis]!, loaded });
    if (loaded) moved.add(p.id);
    else readByFirst.add(p.id);
    chans.push(inP, outP);
    const chain: Chain = { buf: a, axis: r.axis, length: g.shape[r.axis]!, depth: r.depth, loaded };
    chainOf.set(inP.name, chain);
    chainOf.set(outP.name, chain);
  }
  for (let i = rank; i < t.params.length; i++) {
    const p = t.params[i]!, a = g.call.args[i];
    if (p.kind !== "buffer" || !a || a.kind !== "buffer" || chainOf.has(`${a.name}_in`)) continue;
    const role = edges.get(a.name);
    if (!role) continue;
    if (role === "loader") {
      const inP = chan(`${a.name}_in`, a.type.elem, { depth: 2 }, a.range);
      body = takeFrom(body, p, inP, fresh);
      chans.push(inP);
    } else {
      if (!writeSlices(body, p, coordIds)) {
        // Read and written: the expanded PEs keep their own elements in registers (edge-kernels.ts).
        const init = owner.body.find((s): s is ir.Alloc => s.kind === "alloc" && s.buf.id === a.id)?.buf.init;
        const priv = init && !readSlices(body, p) ? privatizeShared(body, p, init, coords, g, fresh) : undefined;
        if (!priv || !writeSlices(priv, p, coordIds)) return undefined;
        body = priv;
      }
      const outP = chan(`${a.name}_out`, a.type.elem, { depth: 1 }, a.range);
      body = putsFor(body, p, outP);
      chans.push(outP);
    }
    moved.add(p.id);
  }
  const taken = new Set(m.funcs.map((f) => f.name));
  let name = t.name;
  for (let k = 1; taken.has(name); k++) name = `${t.name}_${k}`;
  const kept = t.params.filter((p) => !moved.has(p.id));
  const shared: ir.Func = { kind: "func", name, params: [...kept, ...chans], results: [], body, attrs: {}, range: t.range };

  // Each PE's call: its coordinates, the caller's arguments, and the channels its expanded function
  // was called with (matched by parameter name); the unconnected ends of a line where it had none.
  const peNames = new Set(g.pes.map((p) => p.name));
  const calls = owner.body.filter((s): s is ir.CallStmt => s.kind === "call" && peNames.has(s.callee));
  if (calls.length !== g.pes.length) return undefined;
  const ends = new Map<string, ir.Buffer>();
  const endOf = (c: Chain, at: readonly number[], pos: number, p: ir.Buffer): ir.Buffer => {
    const where = at.map((x, d) => (d === c.axis ? pos : x));
    const n = `${c.buf.name}_fifo_${where.join("_")}`;
    let b = ends.get(n);
    if (!b) ends.set(n, (b = chan(n, p.type.elem, { depth: c.depth, axis: c.axis }, p.range)));
    return b;
  };
  const newCall = new Map<ir.Stmt, ir.CallStmt>();
  for (const [k, pe] of g.pes.entries()) {
    const call = calls[k]!;
    const f = byName.get(pe.name);
    if (call.callee !== pe.name || !f) return undefined;
    const given = new Map<string, ir.CallArg>();
    for (const [i, p] of f.params.entries()) {
      if (given.has(p.name)) return undefined;
      given.set(p.name, call.args[i]!);
    }
    const args: ir.CallArg[] = pe.coords.map((c) => ic(c));
    let bound = 0;
    for (const p of shared.params.slice(rank)) {
      const got = given.get(p.name);
      if (got) bound++;
      const i = t.params.indexOf(p);
      if (i >= 0) {
        // A parameter of the compact body: the caller passes what it passed in the compact form.
        const a = g.call.args[i]!;
        const only = !got && readByFirst.has(p.id);
        if (p.kind === "buffer" && !only && (!got || got.kind !== "buffer" || a.kind !== "buffer" || got.id !== a.id)) return undefined;
        args.push(a);
        continue;
      }
      if (got) { args.push(got); continue; }
      const c = chainOf.get(p.name);
      const pos = pe.coords[c?.axis ?? 0]!;
      if (!c || p.kind !== "buffer") return undefined;
      if (p.name.endsWith("_out") && pos === c.length - 1) args.push(endOf(c, pe.coords, c.length, p));
      else if (p.name.endsWith("_in") && pos === 0 && !c.loaded) args.push(endOf(c, pe.coords, 0, p));
      else return undefined;
    }
    if (bound !== f.params.length) return undefined;
    newCall.set(call, { ...call, callee: name, args });
  }

  // The channels as arrays: `<family>_<i>_<j>` is element [i][j] of `<family>`.
  const channels = new Map<number, ir.Buffer>();
  for (const s of owner.body) if (s.kind === "alloc" && s.buf.storage === "stream") channels.set(s.buf.id, s.buf);
  for (const b of ends.values()) channels.set(b.id, b);
  const families = new Map<string, { bufs: ir.Buffer[]; at: number[][] }>();
  for (const c of newCall.values()) {
    for (const a of c.args) {
      const b = a.kind === "buffer" ? channels.get(a.id) : undefined;
      const parts = b?.name.split("_");
      if (!b || !parts || parts.length <= rank) continue;
      const at = parts.slice(-rank);
      if (!at.every((x) => /^\d+$/.test(x))) continue;
      const base = parts.slice(0, -rank).join("_");
      const fam = families.get(base) ?? { bufs: [], at: [] };
      families.set(base, fam);
      if (!fam.bufs.includes(b)) { fam.bufs.push(b); fam.at.push(at.map(Number)); }
    }
  }
  const element = new Map<number, NonNullable<ir.StreamSpec["element"]>>();
  for (const [base, fam] of families) {
    const b0 = fam.bufs[0]!;
    const same = fam.bufs.every((b) => b.stream?.depth === b0.stream?.depth && JSON.stringify(b.type) === JSON.stringify(b0.type));
    const keys = new Set(fam.at.map((x) => x.join(",")));
    if (!same || keys.size !== fam.at.length || taken.has(base)) continue;
    const shape = Array.from({ length: rank }, (_, d) => Math.max(...fam.at.map((x) => x[d]!)) + 1);
    fam.bufs.forEach((b, i) => element.set(b.id, { array: base, at: fam.at[i]!, shape }));
  }
  const tag = (b: ir.Buffer): ir.Buffer => {
    const e = element.get(b.id);
    return e ? { ...b, stream: { ...b.stream!, element: e } } : b;
  };
  const firstCall = owner.body.indexOf(calls[0]!);
  const ownerBody: ir.Stmt[] = [];
  owner.body.forEach((s, i) => {
    if (i === firstCall) for (const b of ends.values()) ownerBody.push({ kind: "alloc", buf: tag(b), range: b.range });
    if (s.kind === "alloc" && s.buf.storage === "stream") ownerBody.push({ ...s, buf: tag(s.buf) });
    else ownerBody.push(newCall.get(s) ?? s);
  });
  const funcs: ir.Func[] = [];
  let placed = false;
  for (const f of m.funcs) {
    if (peNames.has(f.name)) {
      if (!placed) funcs.push(shared);
      placed = true;
      continue;
    }
    funcs.push(f.name === owner.name ? { ...owner, body: ownerBody } : f);
  }
  return { ...m, funcs };
}

/**
 * The shared body with its accesses of `p` on registers, as edge-kernels.ts `privatize` does for each
 * expanded PE: every access must be at a place given by constants and the coordinates, and those
 * places, evaluated at each PE, must be distinct within the PE (one register each, as there) and
 * between PEs (each element drained by one PE).
 */
function privatizeShared(body: readonly ir.Stmt[], p: ir.Buffer, init: ir.BufferInit, coords: readonly ir.ScalarParam[], g: ExpandedGridInfo, fresh: () => number): readonly ir.Stmt[] | undefined {
  if (init.kind !== "fill") return undefined;
  const coordIds = new Set(coords.map((c) => c.id));
  const regs = new Map<string, { buf: ir.Buffer; indices: readonly ir.Expr[] }>();
  const keyOf = (e: ir.Expr): string | undefined => {
    switch (e.kind) {
      case "const": return `${e.value}`;
      case "param": return coordIds.has(e.param.id) ? `@${e.param.id}` : undefined;
      case "cast": { const k = keyOf(e.x); return k === undefined ? undefined : `cast(${k})`; }
      case "binary": { const a = keyOf(e.lhs), b = keyOf(e.rhs); return a === undefined || b === undefined ? undefined : `${e.op}(${a},${b})`; }
      default: return undefined;
    }
  };
  const reg = (indices: readonly ir.Expr[]): ir.Buffer | undefined => {
    const ks = indices.map(keyOf);
    if (ks.some((k) => k === undefined)) return undefined;
    const k = ks.join("|");
    let r = regs.get(k);
    if (!r) {
      const buf: ir.Buffer = { kind: "buffer", id: fresh(), name: `${p.name}_r${regs.size}`, type: { kind: "array", elem: p.type.elem, shape: [] }, storage: "local", init: { kind: "fill", value: init.value }, range: p.range };
      regs.set(k, (r = { buf, indices }));
    }
    return r.buf;
  };
  const out = onRegisters(body, p, reg);
  if (!out) return undefined;
  if (regs.size === 0) return undefined;
  // The places at every PE: distinct within a PE and between PEs.
  const seen = new Set<string>();
  for (const pe of g.pes) {
    const at = new Map(coords.map((c, d) => [c.id, pe.coords[d]!]));
    for (const r of regs.values()) {
      const place = r.indices.map((e) => constEval(mapExpr(e, (x) => (x.kind === "param" && at.has(x.param.id) ? ic(at.get(x.param.id)!) : undefined)), new Map()));
      if (place.some((v) => v === undefined)) return undefined;
      const k = place.join(",");
      if (seen.has(k)) return undefined;
      seen.add(k);
    }
  }
  const range = p.range;
  return [
    ...[...regs.values()].map((r): ir.Stmt => ({ kind: "alloc", buf: r.buf, range })),
    ...out,
    ...[...regs.values()].map((r): ir.Stmt => ({ kind: "store", buf: p, indices: r.indices, value: { kind: "load", type: p.type.elem, buf: r.buf, indices: [] }, range })),
  ];
}

/** `m` without the functions expansion made that its top no longer calls (PE functions' clones of their callees). */
function withoutDeadCopies(m: ir.Module, compact: ir.Module): ir.Module {
  const original = new Set(compact.funcs.map((f) => f.name));
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const live = new Set<string>();
  const visit = (name: string): void => {
    const f = byName.get(name);
    if (!f || live.has(name)) return;
    live.add(name);
    const ex = (e: ir.Expr) => mapExpr(e, (x) => { if (x.kind === "call-value") visit(x.callee); return undefined; });
    const walk = (ss: readonly ir.Stmt[]): void => {
      for (const s of ss) {
        switch (s.kind) {
          case "call": visit(s.callee); s.args.forEach((a) => { if (a.kind !== "buffer") ex(a); }); break;
          case "for": ex(s.lb); ex(s.ub); if (typeof s.step !== "number") ex(s.step); walk(s.body); break;
          case "while": ex(s.cond); walk(s.body); break;
          case "if": ex(s.cond); walk(s.then); walk(s.else); break;
          case "store": s.indices.forEach(ex); ex(s.value); break;
          case "return": s.values.forEach((a) => { if (a.kind !== "buffer") ex(a); }); break;
          case "stream-put": ex(s.value); break;
          default: break;
        }
      }
    };
    walk(f.body);
  };
  visit(m.top);
  return { ...m, funcs: m.funcs.filter((f) => live.has(f.name) || original.has(f.name) && !f.attrs.peGrid) };
}
