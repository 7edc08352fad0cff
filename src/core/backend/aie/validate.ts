/**
 * A structural validator of MLIR-AIE text, independent of the emitter (it reads only the text), for the
 * rules of the AIE reference §5 that need no AIE tools: known device; tiles in the grid; FIFOs between
 * declared tiles of the right kinds with valid element types and depths; links; one core per compute
 * tile whose acquires match its role and FIFO depth, whose held objects reach a steady state around
 * every loop, with no use after release; kernel symbols declared with matching arity and types and
 * `link_with` on the function or the core but not both; runtime transfers to FIFOs with a shim end, BD
 * ids 0-15, inside the argument, whole objects, aligned, within the size/stride limits, outputs waited;
 * and memory / DMA-channel / lock budgets per tile. Returns the problems found (empty = valid).
 * It reads the one-operation-per-line form mlir-aie prints and the exporter emits.
 */
import { aieDevice, budgetOf, STACK_BYTES, tileKind } from "./device";
import type { DeviceModel, TileKind } from "./device";
import { checkPattern } from "./transfer";

interface VTile { readonly col: number; readonly row: number; readonly kind: TileKind }
interface VFifo { readonly name: string; readonly producer: string; readonly consumers: string[]; readonly depth: number; readonly shape: number[]; readonly elem: string; readonly line: number }
interface VMemref { readonly shape: number[]; readonly elem: string }

const ELEMS: Record<string, number> = { i8: 1, i16: 2, i32: 4, i64: 8, f32: 4, bf16: 2 };

export function parseMemref(t: string): VMemref | undefined {
  const m = /^memref<((?:\d+x)*)([a-z0-9]+)>$/.exec(t.trim());
  if (!m) return undefined;
  return { shape: m[1] ? m[1].split("x").filter(Boolean).map(Number) : [], elem: m[2]! };
}
const count = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
const bytesOf = (r: VMemref) => count(r.shape) * (ELEMS[r.elem] ?? 4);

export function validateAieMlir(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split("\n");
  const err = (i: number, msg: string) => problems.push(`line ${i + 1}: ${msg}`);
  let device: DeviceModel | undefined;
  const tiles = new Map<string, VTile>();
  const fifos = new Map<string, VFifo>();
  const funcs = new Map<string, { params: string[]; linkWith: boolean }>();
  const coreTiles = new Set<string>();
  const linkTiles = new Map<string, string>(); // fifo → link tile
  const linkOf = new Map<string, number>(); // fifo → line of its link
  let waits = new Set<string>();
  const outputsTransferred = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i]!.replace(/\/\/.*$/, "").trim();
    if (!ln) continue;
    let m: RegExpExecArray | null;
    if ((m = /^aie\.device\((\w+)\)/.exec(ln))) {
      device = aieDevice(m[1]);
      if (!device) err(i, `unknown device '${m[1]}'`);
      continue;
    }
    if ((m = /^(%[\w]+) = aie\.tile\((\d+), (\d+)\)$/.exec(ln))) {
      const col = +m[2]!, row = +m[3]!;
      const kind = device ? tileKind(device, col, row) : undefined;
      if (!kind) { err(i, `tile (${col}, ${row}) is outside the ${device?.name ?? "?"} grid`); continue; }
      if (kind === "shim" && device && !device.shimDmaCols.includes(col)) err(i, `shim tile (${col}, 0) has no DMA`);
      tiles.set(m[1]!, { col, row, kind });
      continue;
    }
    if ((m = /^aie\.objectfifo @(\w+)\((%\w+)(?: dimensionsToStream \[[^\]]*\])?, \{([^}]*)\}, (\d+|\[[\d, ]*\]) : i32\) : !aie\.objectfifo<(memref<[^>]*>)>$/.exec(ln))) {
      const [, name, prod, cons, depthS, mt] = m;
      const consumers = cons!.split(",").map((s) => s.trim().split(" ")[0]!).filter(Boolean);
      const r = parseMemref(mt!);
      if (fifos.has(name!)) err(i, `FIFO @${name} is declared twice`);
      if (!r || !(r.elem in ELEMS)) err(i, `FIFO @${name} has element type ${mt}, not a memref of i8/i16/i32/i64/bf16/f32`);
      for (const t of [prod!, ...consumers]) if (!tiles.has(t)) err(i, `FIFO @${name} uses undeclared tile ${t}`);
      if (consumers.length === 0) err(i, `FIFO @${name} has no consumer`);
      const pk = tiles.get(prod!)?.kind;
      if (pk === "shim" && consumers.some((c) => tiles.get(c)?.kind === "shim")) err(i, `FIFO @${name} goes from a shim tile to a shim tile`);
      const depths = depthS!.startsWith("[") ? depthS!.slice(1, -1).split(",").map(Number) : [Number(depthS)];
      if (depths.length !== 1 && depths.length !== consumers.length + 1) err(i, `FIFO @${name} has ${depths.length} depths for ${consumers.length + 1} ends`);
      if (depths.some((d) => !(d >= 1))) err(i, `FIFO @${name} has a depth below 1`);
      fifos.set(name!, { name: name!, producer: prod!, consumers, depth: Math.max(...depths), shape: r?.shape ?? [], elem: r?.elem ?? "i32", line: i });
      continue;
    }
    if ((m = /^aie\.objectfifo\.link \[([^\]]*)\] -> \[([^\]]*)\]\(\[([^\]]*)\] \[([^\]]*)\]\)$/.exec(ln))) {
      const ins = m[1]!.split(",").map((s) => s.trim().replace(/^@/, "")).filter(Boolean);
      const outs = m[2]!.split(",").map((s) => s.trim().replace(/^@/, "")).filter(Boolean);
      const src = m[3]!.split(",").map((s) => s.trim()).filter(Boolean).map(Number);
      const dst = m[4]!.split(",").map((s) => s.trim()).filter(Boolean).map(Number);
      if (ins.length > 1 && outs.length > 1) err(i, "a link cannot be many-to-many");
      const all = [...ins, ...outs];
      const missing = all.filter((n) => !fifos.has(n));
      if (missing.length) { err(i, `link names unknown FIFOs ${missing.map((n) => `@${n}`).join(", ")}`); continue; }
      const at = new Set([...ins.map((n) => fifos.get(n)!.consumers.join(",")), ...outs.map((n) => fifos.get(n)!.producer)]);
      if (at.size !== 1 || [...at][0]!.includes(",")) err(i, "a link's inputs must end and its outputs start on one tile");
      const tile = [...at][0]!;
      for (const n of all) { linkTiles.set(n, tile); linkOf.set(n, i); }
      const size = (n: string) => count(fifos.get(n)!.shape);
      const check = (offs: number[], parts: string[], whole: string, what: string) => {
        if (offs.length === 0) { if (parts.length > 1) err(i, `a ${what} of ${parts.length} FIFOs needs offsets`); return; }
        if (offs.length !== parts.length) err(i, `${what} has ${offs.length} offsets for ${parts.length} FIFOs`);
        offs.forEach((o, k) => {
          if (o < 0 || o + size(parts[k]!) > size(whole)) err(i, `${what} offset ${o} of @${parts[k]} does not fit in @${whole}`);
          if (k > 0 && o < offs[k - 1]! + size(parts[k - 1]!)) err(i, `${what} offsets overlap at @${parts[k]}`);
        });
      };
      if (outs.length > 1 || dst.length) check(dst, outs, ins[0]!, "distribute");
      if (ins.length > 1 || src.length) check(src, ins, outs[0]!, "join");
      if (ins.length === 1 && outs.length === 1 && size(ins[0]!) !== size(outs[0]!)) err(i, `link @${ins[0]} -> @${outs[0]} changes the object size`);
      continue;
    }
    if ((m = /^func\.func private @(\w+)\(([^)]*)\)(?: attributes \{(.*)\})?$/.exec(ln))) {
      const params = m[2]!.split(/,\s*(?![^<]*>)/).map((s) => s.trim()).filter(Boolean);
      funcs.set(m[1]!, { params, linkWith: /link_with/.test(m[3] ?? "") });
      continue;
    }
    if ((m = /^aie\.core\((%\w+)\) \{$/.exec(ln))) {
      const t = tiles.get(m[1]!);
      if (!t) err(i, `core on undeclared tile ${m[1]}`);
      else if (t.kind !== "compute") err(i, `core on a ${t.kind} tile`);
      if (coreTiles.has(m[1]!)) err(i, `a second core on tile ${m[1]}`);
      coreTiles.add(m[1]!);
      i = checkCore(lines, i + 1, m[1]!, fifos, funcs, err);
      continue;
    }
    if ((m = /^(?:aie|aiex)\.runtime_sequence\((.*)\) \{$/.exec(ln))) {
      const args = m[1]!.split(/,\s*(?![^<]*>)/).map((s) => s.trim()).filter(Boolean).map((a) => {
        const [n, t] = a.split(/:\s*/);
        return { name: n!, type: parseMemref(t ?? "") };
      });
      const bdIds = new Map<string, Set<number>>();
      waits = new Set();
      for (i = i + 1; i < lines.length; i++) {
        const l2 = lines[i]!.replace(/\/\/.*$/, "").trim();
        if (l2 === "}") break;
        if (!l2) continue;
        let t: RegExpExecArray | null;
        if ((t = /^aiex\.npu\.dma_memcpy_nd\((?:0, 0, )?(%\w+)\[([^\]]*)\]\[([^\]]*)\]\[([^\]]*)\]\) \{(.*)\} : (memref<[^>]*>)$/.exec(l2))) {
          const arg = args.find((a) => a.name === t![1]);
          const nums = (s: string) => s.split(",").map((x) => Number(x.trim()));
          const offs = nums(t[2]!), sizes = nums(t[3]!), strides = nums(t[4]!);
          const attrs = t[5]!;
          const id = Number(/id = (\d+)/.exec(attrs)?.[1] ?? NaN);
          const sym = /metadata = @(\w+)/.exec(attrs)?.[1];
          if (!arg?.type) { err(i, `transfer of unknown argument ${t[1]}`); continue; }
          if (offs.length !== 4 || sizes.length !== 4 || strides.length !== 4) { err(i, "a transfer needs 4 offsets, sizes and strides"); continue; }
          const f = sym ? fifos.get(sym) : undefined;
          if (!f) { err(i, `transfer names unknown FIFO @${sym}`); continue; }
          const shimEnd = tiles.get(f.producer)?.kind === "shim" ? f.producer : f.consumers.find((c) => tiles.get(c)?.kind === "shim");
          if (!shimEnd) { err(i, `transfer on @${sym}, which has no shim end`); continue; }
          if (!(id >= 0 && id <= 15)) err(i, `BD id ${id} is outside 0-15`);
          const used = bdIds.get(shimEnd) ?? new Set();
          if (used.has(id)) err(i, `BD id ${id} is used twice on ${shimEnd}`);
          used.add(id);
          bdIds.set(shimEnd, used);
          const eb = ELEMS[arg.type.elem] ?? 4;
          const offset = offs.reduce((a, o, k) => a + o * (k === 3 ? 1 : strides[k]!), 0);
          const pattern = { offset, sizes: sizes as unknown as [number, number, number, number], strides: strides as unknown as [number, number, number, number] };
          for (const p of checkPattern(pattern, eb, count(arg.type.shape))) err(i, `transfer on @${sym}: ${p}`);
          if (count(sizes) % count(f.shape) !== 0) err(i, `transfer on @${sym} moves ${count(sizes)} elements, not whole objects of ${count(f.shape)}`);
          if (f.producer !== shimEnd) outputsTransferred.set(sym!, i);
          continue;
        }
        if ((t = /^aiex\.npu\.dma_wait \{symbol = @(\w+)\}$/.exec(l2))) {
          if (!fifos.has(t[1]!)) err(i, `wait on unknown FIFO @${t[1]}`);
          waits.add(t[1]!);
          continue;
        }
        err(i, `unrecognised operation in the runtime sequence: ${l2}`);
      }
      for (const [f, at] of outputsTransferred) if (!waits.has(f)) err(at, `the output transfer on @${f} is never waited for`);
      continue;
    }
    if ((m = /^\} \{link_with = "[^"]+"\}$/.exec(ln))) {
      // core-level link_with (v1.0 form): the previous core's kernels must not also carry one
      continue;
    }
  }
  if (!device) problems.push("no aie.device");
  if (device) {
    // Budgets from the FIFO declarations: a FIFO between neighbouring compute tiles is one shared pool
    // (no DMA); the FIFOs of a link share one pool at the link tile (the largest of them).
    const use = new Map<string, { memory: number; mm2s: number; s2mm: number; locks: number }>();
    const u = (t: string) => { let x = use.get(t); if (!x) { x = { memory: 0, mm2s: 0, s2mm: 0, locks: 0 }; use.set(t, x); } return x; };
    const linkPool = new Map<string, number>();
    for (const f of fifos.values()) {
      const bytes = f.depth * bytesOf({ shape: f.shape, elem: f.elem });
      const pt = tiles.get(f.producer), ct = tiles.get(f.consumers[0]!);
      const shared = f.consumers.length === 1 && pt?.kind === "compute" && ct?.kind === "compute" && pt.col === ct.col && Math.abs(pt.row - ct.row) <= 1;
      const ends: [string, "mm2s" | "s2mm"][] = [[f.producer, "mm2s"], ...f.consumers.map((c): [string, "s2mm"] => [c, "s2mm"])];
      ends.forEach(([t, dir], k) => {
        const kind = tiles.get(t)?.kind;
        if (!kind || (shared && k > 0)) return;
        if (kind !== "shim") {
          if (linkTiles.get(f.name) === t) { const k = `${t}:${linkOf.get(f.name)}`; linkPool.set(k, Math.max(linkPool.get(k) ?? 0, bytes)); }
          else u(t).memory += bytes;
          u(t).locks += 2;
        }
        if (!shared) u(t)[dir] += 1;
      });
    }
    for (const [t, x] of use) {
      const tk = tiles.get(t)!;
      const b = budgetOf(device, tk.kind);
      const pools = [...linkPool].filter(([k]) => k.startsWith(`${t}:`)).reduce((a, [, v]) => a + v, 0);
      const mem = x.memory + pools + (tk.kind === "compute" && coreTiles.has(t) ? STACK_BYTES : 0);
      if (tk.kind !== "shim" && mem > b.memory) problems.push(`tile ${t}: ${mem} bytes of FIFO buffers${tk.kind === "compute" ? " and stack" : ""} exceed ${b.memory}`);
      if (x.mm2s > b.mm2s) problems.push(`tile ${t}: ${x.mm2s} outgoing DMA channels exceed ${b.mm2s}`);
      if (x.s2mm > b.s2mm) problems.push(`tile ${t}: ${x.s2mm} incoming DMA channels exceed ${b.s2mm}`);
      if (tk.kind !== "shim" && x.locks > b.locks) problems.push(`tile ${t}: ${x.locks} locks exceed ${b.locks}`);
    }
  }
  return problems;
}

/** Checks one core body (from line `from` to its closing brace); returns the index of that line. */
function checkCore(lines: readonly string[], from: number, tile: string, fifos: ReadonlyMap<string, VFifo>, funcs: ReadonlyMap<string, { params: string[]; linkWith: boolean }>, err: (i: number, m: string) => void): number {
  // held[fifo:port] objects; a stack of loop frames remembers the counts at loop entry.
  const held = new Map<string, number>();
  const frames: { at: number; held: Map<string, number> }[] = [];
  const subviews = new Map<string, { fifo: string; port: string; n: number }>();
  const elems = new Map<string, { fifo: string; port: string; gen: number }>();
  const gen = new Map<string, number>();
  let depth = 0;
  const calledHere = new Set<string>();
  for (let i = from; i < lines.length; i++) {
    const ln = lines[i]!.replace(/\/\/.*$/, "").trim();
    if (!ln) continue;
    let m: RegExpExecArray | null;
    if (/^scf\.for .* \{$/.test(ln)) { frames.push({ at: i, held: new Map(held) }); depth++; continue; }
    if (ln === "}" && depth > 0) {
      const f = frames.pop()!;
      depth--;
      const keys = new Set([...held.keys(), ...f.held.keys()]);
      for (const k of keys) if ((held.get(k) ?? 0) !== (f.held.get(k) ?? 0)) err(f.at, `the loop does not return ${k} to the ${f.held.get(k) ?? 0} object(s) held at its start (holds ${held.get(k) ?? 0} after one iteration)`);
      continue;
    }
    if (ln === "aie.end") continue;
    if ((m = /^\}(?: \{link_with = "([^"]+)"\})?$/.exec(ln)) && depth === 0) {
      if (m[1]) for (const s of calledHere) if (funcs.get(s)?.linkWith) err(i, `kernel @${s} has link_with on both the function and the core`);
      return i;
    }
    if ((m = /^(%\w+) = aie\.objectfifo\.acquire @(\w+)\((Consume|Produce), (\d+)\) : !aie\.objectfifosubview<(memref<[^>]*>)>$/.exec(ln))) {
      const [, sv, name, port, nS, mt] = m;
      const f = fifos.get(name!);
      if (!f) { err(i, `acquire of unknown FIFO @${name}`); continue; }
      if (port === "Consume" && !f.consumers.includes(tile)) err(i, `core ${tile} consumes @${name} but is not its consumer`);
      if (port === "Produce" && f.producer !== tile) err(i, `core ${tile} produces @${name} but is not its producer`);
      const n = Number(nS);
      if (n > f.depth) err(i, `acquires ${n} objects of @${name}, deeper than its depth ${f.depth}`);
      const r = parseMemref(mt!);
      if (!r || r.elem !== f.elem || r.shape.join("x") !== f.shape.join("x")) err(i, `acquire type ${mt} differs from @${name}'s objects`);
      const k = `@${name}(${port})`;
      // acquire(N) means "hold N": re-acquiring held objects is free.
      held.set(k, Math.max(held.get(k) ?? 0, n));
      subviews.set(sv!, { fifo: name!, port: port!, n });
      continue;
    }
    if ((m = /^(%\w+) = aie\.objectfifo\.subview\.access (%\w+)\[(\d+)\] : .* -> (memref<[^>]*>)$/.exec(ln))) {
      const s = subviews.get(m[2]!);
      if (!s) { err(i, `access of unknown subview ${m[2]}`); continue; }
      if (Number(m[3]) >= s.n) err(i, `subview index ${m[3]} is beyond the ${s.n} acquired`);
      elems.set(m[1]!, { fifo: s.fifo, port: s.port, gen: gen.get(`${s.fifo}:${s.port}`) ?? 0 });
      continue;
    }
    if ((m = /^func\.call @(\w+)\(([^)]*)\) : \(([^)]*)\) -> \(\)$/.exec(ln))) {
      const f = funcs.get(m[1]!);
      const args = m[2]!.split(",").map((s) => s.trim()).filter(Boolean);
      const types = m[3]!.split(/,\s*(?![^<]*>)/).map((s) => s.trim()).filter(Boolean);
      calledHere.add(m[1]!);
      if (!f) { err(i, `call of undeclared kernel @${m[1]}`); continue; }
      if (f.params.length !== args.length) err(i, `@${m[1]} takes ${f.params.length} arguments, called with ${args.length}`);
      types.forEach((t, k) => { if (f.params[k] && f.params[k] !== t) err(i, `argument ${k} of @${m![1]} is ${t}, declared ${f.params[k]}`); });
      for (const a of args) {
        const e = elems.get(a);
        if (e && (gen.get(`${e.fifo}:${e.port}`) ?? 0) !== e.gen) err(i, `${a} is used after @${e.fifo} (${e.port}) was released`);
      }
      continue;
    }
    if ((m = /^aie\.objectfifo\.release @(\w+)\((Consume|Produce), (\d+)\)$/.exec(ln))) {
      const k = `@${m[1]}(${m[2]})`;
      const h = held.get(k) ?? 0;
      const n = Number(m[3]);
      if (n > h) err(i, `releases ${n} object(s) of @${m[1]} (${m[2]}) but holds ${h}`);
      held.set(k, Math.max(0, h - n));
      gen.set(`${m[1]}:${m[2]}`, (gen.get(`${m[1]}:${m[2]}`) ?? 0) + 1);
      continue;
    }
    if (/^%\w+ = arith\.constant /.test(ln)) continue;
    err(i, `unrecognised operation in a core: ${ln}`);
  }
  err(from, "core without a closing brace");
  return lines.length;
}
