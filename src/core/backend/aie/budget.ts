/**
 * Resource budgets per tile, computed from the mapping before anything is emitted (AIE reference §3
 * "Object-fifo budgeting"): data memory (FIFO buffers, the kernel's local arrays and the 1 KiB stack),
 * a program-memory estimate, locks, buffer descriptors and DMA channels. Every overflow becomes a
 * diagnostic at the kernel, stream or argument that uses the most of the exhausted resource.
 */
import type { DiagnosticSink, SourceRange } from "../../diagnostics";
import type * as ir from "../../ir/nodes";
import { buffersOf, exprChildren, stmtExprs, walkStmts } from "../../ir/nodes";
import { elementCount } from "../../types/types";
import type { DeviceModel, TileKind } from "./device";
import { budgetOf, STACK_BYTES, tileKind } from "./device";
import { elemBytes } from "./kernel-cpp";
import type { AieMapping, Fifo, TileRef } from "./mapping";
import { checkPattern, patternElements } from "./transfer";

export type Resource = "memory" | "program" | "locks" | "bds" | "mm2s" | "s2mm";

export interface UsageItem {
  readonly resource: Resource;
  readonly amount: number;
  /** e.g. "argument 'A' (2 × 4096 B)", "kernel 'gemm_0_0' locals", "stack". */
  readonly what: string;
  readonly range?: SourceRange;
}

export interface TileUsage {
  readonly tile: TileRef;
  readonly kind: TileKind;
  readonly used: Readonly<Record<Resource, number>>;
  readonly limit: Readonly<Record<Resource, number>>;
  readonly items: readonly UsageItem[];
  /** Kernel instances on this core (compute tiles). */
  readonly instances: readonly string[];
  readonly range?: SourceRange;
}

const RES: readonly Resource[] = ["memory", "program", "locks", "bds", "mm2s", "s2mm"];
const LABEL: Record<Resource, string> = { memory: "data memory", program: "program memory (estimate)", locks: "locks", bds: "buffer descriptors", mm2s: "outgoing DMA channels (MM2S)", s2mm: "incoming DMA channels (S2MM)" };

const adjacent = (a: TileRef, b: TileRef) => a.col === b.col && Math.abs(a.row - b.row) <= 1;
const key = (t: TileRef) => `${t.col},${t.row}`;

/** Whether a FIFO's two ends share memory (same or neighbouring compute tiles, one consumer): no DMA. */
export function sharesMemory(d: DeviceModel, f: Fifo): boolean {
  return f.consumers.length === 1 && tileKind(d, f.producer.col, f.producer.row) === "compute" && tileKind(d, f.consumers[0]!.col, f.consumers[0]!.row) === "compute" && adjacent(f.producer, f.consumers[0]!);
}

/** Bytes of the program of one kernel function: a rough per-operation estimate for the 16 KiB check. */
export function programEstimate(f: ir.Func): number {
  let n = 0;
  const ex = (e: ir.Expr): void => { n += e.kind === "binary" && (e.op === "div" || e.op === "rem" || e.op === "floordiv") ? 64 : 8; exprChildren(e).forEach(ex); };
  walkStmts(f.body, (s) => { n += s.kind === "for" || s.kind === "while" ? 32 : 12; stmtExprs(s).forEach(ex); });
  return n;
}

/** Bytes every core spends on the loop, locks and calls around its kernels. */
const CORE_PROGRAM_BASE = 1536;

export function tileUsage(m: AieMapping): TileUsage[] {
  const d = m.device;
  const tiles = new Map<string, { tile: TileRef; items: UsageItem[]; instances: string[]; range?: SourceRange }>();
  const at = (t: TileRef) => {
    let x = tiles.get(key(t));
    if (!x) { x = { tile: t, items: [], instances: [] }; tiles.set(key(t), x); }
    return x;
  };
  for (const c of m.cores) {
    const x = at(c.tile);
    x.range = c.range;
    x.items.push({ resource: "memory", amount: STACK_BYTES, what: "stack" });
    x.items.push({ resource: "program", amount: CORE_PROGRAM_BASE, what: "core loop, locks and calls" });
    const seen = new Set<string>();
    for (const s of c.steps) {
      x.instances.push(s.view.instance.name);
      const ports = new Set(s.view.ports.map((p) => p.buf.id));
      let local = 0;
      for (const b of buffersOf(s.view.func)) if (!ports.has(b.id) && b.storage !== "stream") local += elementCount(b.type) * elemBytes(b.type.elem);
      if (local) x.items.push({ resource: "memory", amount: local, what: `kernel '${s.view.instance.name}' local arrays`, range: s.view.instance.range });
      if (!seen.has(s.symbol)) {
        seen.add(s.symbol);
        x.items.push({ resource: "program", amount: programEstimate(s.view.func), what: `kernel '${s.symbol}' code`, range: s.view.instance.range });
      }
    }
  }
  const bytes = (f: Fifo) => elementCount({ kind: "array", elem: f.elem, shape: f.shape }) * elemBytes(f.elem);
  const linkTiles = new Map<string, string>(); // fifo name → link tile key (ends at a link share one pool)
  for (const l of m.links) for (const n of [...l.inputs, ...l.outputs]) linkTiles.set(n, key(l.tile));
  const pooled = new Set<string>();
  for (const f of m.fifos) {
    const label = `${f.what} via FIFO '${f.name}'`;
    const ends: { tile: TileRef; dir: "mm2s" | "s2mm" }[] = [{ tile: f.producer, dir: "mm2s" }, ...f.consumers.map((t) => ({ tile: t, dir: "s2mm" as const }))];
    const shared = sharesMemory(d, f);
    for (const [i, e] of ends.entries()) {
      const kind = tileKind(d, e.tile.col, e.tile.row);
      const x = at(e.tile);
      if (shared && i > 0) continue; // one pool, allocated once
      if (kind !== "shim") {
        const poolKey = linkTiles.get(f.name) === key(e.tile) ? `${key(e.tile)}:${m.links.find((l) => l.inputs.includes(f.name) || l.outputs.includes(f.name))!.inputs.join(",")}` : undefined;
        if (!poolKey || !pooled.has(poolKey)) {
          if (poolKey) pooled.add(poolKey);
          const link = poolKey ? m.links.find((l) => l.inputs.includes(f.name) || l.outputs.includes(f.name))! : undefined;
          const size = link ? Math.max(...[...link.inputs, ...link.outputs].map((n) => { const g = m.fifos.find((y) => y.name === n)!; return bytes(g); })) : bytes(f);
          x.items.push({ resource: "memory", amount: f.depth * size, what: `${label} (${f.depth} × ${size} B)`, range: f.range });
        }
        x.items.push({ resource: "locks", amount: 2, what: label, range: f.range });
      }
      if (!shared) {
        if (kind !== "shim") x.items.push({ resource: "bds", amount: f.depth, what: label, range: f.range });
        x.items.push({ resource: e.dir, amount: 1, what: label, range: f.range });
      }
    }
  }
  // Runtime-sequence transfers take a shim BD each (ids 0-15 per shim).
  for (const t of m.transfers) at(t.shim).items.push({ resource: "bds", amount: 1, what: `transfer of argument '${m.region.args[t.argIndex]!.param.name}'`, range: t.range });
  return [...tiles.values()]
    .sort((a, b) => a.tile.col - b.tile.col || a.tile.row - b.tile.row)
    .map((x) => {
      const kind = tileKind(d, x.tile.col, x.tile.row)!;
      const b = budgetOf(d, kind);
      const used = Object.fromEntries(RES.map((r) => [r, x.items.filter((i) => i.resource === r).reduce((s, i) => s + i.amount, 0)])) as Record<Resource, number>;
      const limit: Record<Resource, number> = { memory: b.memory, program: b.program, locks: b.locks, bds: b.bds, mm2s: b.mm2s, s2mm: b.s2mm };
      return { tile: x.tile, kind, used, limit, items: x.items, instances: x.instances, range: x.range };
    });
}

/** Reports every exhausted resource; returns whether all fit. */
export function checkBudgets(m: AieMapping, usage: readonly TileUsage[], sink: DiagnosticSink): boolean {
  let ok = true;
  for (const u of usage) {
    for (const r of RES) {
      if (u.used[r] <= u.limit[r]) continue;
      if (u.kind === "shim" && r === "memory") continue;
      ok = false;
      const items = u.items.filter((i) => i.resource === r).sort((a, b) => b.amount - a.amount);
      const worst = items.find((i) => i.range) ?? items[0];
      const unit = r === "memory" || r === "program" ? " B" : "";
      const hint = r === "memory" || r === "program"
        ? "shard the argument over more cores, lower the stream depth, or use smaller local arrays"
        : r === "mm2s" || r === "s2mm" ? "use fewer arguments or streams per kernel, or spread the kernels over more columns" : "lower the FIFO depths or use fewer FIFOs on this tile";
      sink.error("E-aie-budget",
        `${u.kind} tile (${u.tile.col}, ${u.tile.row})${u.instances.length ? ` running ${u.instances.join(", ")}` : ""} needs ${u.used[r]}${unit} of ${LABEL[r]} but has ${u.limit[r]}${unit}: ${items.slice(0, 4).map((i) => `${i.what} ${i.amount}${unit}`).join(", ")}${items.length > 4 ? ", …" : ""}; ${hint}`,
        worst?.range ?? u.range ?? m.region.top.range);
    }
  }
  for (const t of m.transfers) {
    const arg = m.region.args[t.argIndex]!.param;
    const problems = checkPattern(t.pattern, elemBytes(arg.type.elem), elementCount(arg.type));
    const f = m.fifos.find((x) => x.name === t.fifo)!;
    if (patternElements(t.pattern) % elementCount({ kind: "array", elem: f.elem, shape: f.shape }) !== 0) problems.push("it does not move whole FIFO objects");
    if (problems.length) {
      ok = false;
      sink.error("E-aie-transfer", `the host transfer of '${arg.name}' (${t.dir === "in" ? "to" : "from"} FIFO '${t.fifo}') breaks the shim DMA rules: ${problems.join("; ")}; shard the argument so each core's part is whole rows of at least 4 bytes`, t.range);
    }
  }
  return ok;
}
