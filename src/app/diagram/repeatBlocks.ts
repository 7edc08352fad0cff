/**
 * Repeated blocks of a model drawn as one: a run of identical blocks of operator kernels in the top's
 * dataflow order (12 transformer layers, the q/k/v slices, per-head kernels) becomes a group node
 * `×12` that holds them, opened on demand, so a large model lays out and draws as fast as one block.
 * A group of large blocks holds one node per block ("block 3 of 12"), each opened on its own: opening
 * the group draws the chain of blocks and the tensors between them, opening a block draws its kernels
 * (the diagram pane keeps one block of a group open at a time), so a 12-layer GPT-2 never draws its
 * ~1,500 kernels and tensors at once. Kernels are identical when they are the same operator (one definition, function name without its
 * instance suffix), with the same loop count and the same tensor types in and out. Pure.
 */
import type { ArchGraph, ArchNode } from "../../core/arch/graph";

/** Blocks longer than this are not searched for (a model's layer is well under it). */
const MAX_PERIOD = 96;
/** A group must fold at least this many kernels (two identical reshapes in a row stay drawn). */
const MIN_FOLDED = 4;
/** Groups folding more kernels than this hold a node per block (a few per-head kernels open at once). */
export const MAX_OPEN_AT_ONCE = 24;

export interface RepeatGroups {
  readonly graph: ArchGraph;
  /** The group nodes' ids and their block nodes' ids, in dataflow order (the diagram opens them collapsed). */
  readonly groups: readonly string[];
}

/** The block nodes of a group other than `open` (what opening `open` closes), given the graph's nodes. */
export function otherBlocks(nodes: readonly ArchNode[], open: string): string[] {
  const b = nodes.find((n) => n.id === open);
  if (!b?.block) return [];
  return nodes.filter((n) => n.block && n.parent === b.parent && n.id !== open).map((n) => n.id);
}

/** What "expand everything" leaves closed: every block of a group but its first, so one block of each is drawn. */
export function blocksKeptClosed(nodes: readonly ArchNode[]): string[] {
  return nodes.filter((n) => n.block && n.block.index > 0).map((n) => n.id);
}

const operatorName = (n: ArchNode) => n.label.replace(/ #\d+$/, "").replace(/_\d+$/, "");
/** Instances of one template share its definition's source range (the kernel's first range). */
const definition = (n: ArchNode) => (n.ranges[0] ? `${n.ranges[0].from}:${n.ranges[0].to}` : operatorName(n));

export function groupRepeats(graph: ArchGraph): RepeatGroups {
  const topId = `kernel:${graph.top}`;
  const ops = graph.nodes.filter((n) => n.kind === "kernel" && n.parent === topId);
  if (ops.length < MIN_FOLDED) return { graph, groups: [] };
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  // What each operator reads and writes of the top's tensors, by type.
  const io = new Map<string, string[]>();
  const note = (k: string, what: string) => { const l = io.get(k); if (l) l.push(what); else io.set(k, [what]); };
  const isTensor = (n: ArchNode | undefined) => !!n && (n.kind === "memory" || (n.kind === "buffer" && n.parent === topId));
  for (const e of graph.edges) {
    if (e.kind === "read" && byId.get(e.to)?.parent === topId && isTensor(byId.get(e.from))) note(e.to, `r:${byId.get(e.from)!.type ?? ""}`);
    if (e.kind === "write" && byId.get(e.from)?.parent === topId && isTensor(byId.get(e.to))) note(e.from, `w:${byId.get(e.to)!.type ?? ""}`);
  }
  const codes = new Map<string, number>();
  const sig = ops.map((n) => {
    const key = `${definition(n)}|${operatorName(n)}|${n.loops ?? 0}|${(io.get(n.id) ?? []).sort().join(",")}`;
    let c = codes.get(key);
    if (c === undefined) codes.set(key, (c = codes.size));
    return c;
  });

  const parentOf = new Map<string, string>();
  const added: ArchNode[] = [];
  const groups: string[] = [];
  // The kernels that read or write each tensor of the top.
  const users = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    if (e.kind !== "read" && e.kind !== "write") continue;
    const [t, k] = e.kind === "read" ? [e.from, e.to] : [e.to, e.from];
    if (byId.get(t)?.kind !== "buffer" || byId.get(t)?.parent !== topId) continue;
    const u = users.get(t) ?? new Set<string>();
    u.add(k);
    users.set(t, u);
  }
  // The run that folds the most kernels anywhere is taken first (the layers, not a repeat inside the
  // first layer), then the stretches before and after it are searched the same way.
  const runs: { start: number; period: number; count: number }[] = [];
  const search = (lo: number, hi: number): void => {
    let best: { start: number; period: number; count: number } | undefined;
    for (let i = lo; i < hi; i++) {
      const r = longestRepeat(sig, i, hi);
      if (r && (!best || r.period * r.count > best.period * best.count)) best = { start: i, ...r };
    }
    if (!best) return;
    runs.push(best);
    search(lo, best.start);
    search(best.start + best.period * best.count, hi);
  };
  search(0, sig.length);
  runs.sort((a, b) => a.start - b.start);
  for (const { start: i, period, count } of runs) {
    const members = ops.slice(i, i + period * count);
    const id = `repeat:${members[0]!.id}`;
    const names = members.slice(0, period).map(operatorName);
    added.push({
      id, kind: "kernel", label: `block ×${count}`, parent: topId,
      loops: members.slice(0, period).reduce((a, n) => a + (n.loops ?? 0), 0),
      pipelined: members.some((n) => n.pipelined), repeat: { count, period, ends: names.length === 1 ? names[0]! : `${names[0]} … ${names[names.length - 1]}` },
      // The calls it folds: the cursor on any of them highlights the group.
      ranges: members.map((n) => n.ranges[n.ranges.length - 1]!).filter(Boolean),
    });
    groups.push(id);
    if (members.length > MAX_OPEN_AT_ONCE && period > 1) {
      for (let b = 0; b < count; b++) {
        const block = members.slice(b * period, (b + 1) * period);
        const bid = `${id}:${b + 1}`;
        added.push({
          id: bid, kind: "kernel", label: `block ${b + 1} of ${count}`, parent: id,
          loops: block.reduce((a, n) => a + (n.loops ?? 0), 0), pipelined: block.some((n) => n.pipelined),
          block: { index: b, count },
          ranges: block.map((n) => n.ranges[n.ranges.length - 1]!).filter(Boolean),
        });
        groups.push(bid);
        parentOf.set(bid, id);
        for (const m of block) parentOf.set(m.id, bid);
      }
    } else for (const m of members) parentOf.set(m.id, id);
  }
  // Tensors (activations, weight tables) only one block's or one group's kernels use live inside it;
  // a tensor between two blocks of a group lives in the group, between them.
  const chain = (id: string): string[] => {
    const out: string[] = [];
    for (let p = parentOf.get(id); p; p = parentOf.get(p)) out.push(p);
    return out;
  };
  for (const [t, ks] of users) {
    const [first, ...rest] = [...ks].map(chain);
    const common = first!.find((c) => rest.every((r) => r.includes(c)));
    if (common) parentOf.set(t, common);
  }
  if (groups.length === 0) return { graph, groups };
  const nodes: ArchNode[] = [];
  const pending = new Map(added.map((g) => [g.id, g]));
  // A group and then its blocks, in order, come before the group's first member (containers before their contents).
  const place = (id: string | undefined): void => {
    const g = id === undefined ? undefined : pending.get(id);
    if (!g) return;
    if (g.block) return place(g.parent);
    pending.delete(g.id);
    nodes.push(g);
    for (const b of added) if (b.block && b.parent === g.id) { pending.delete(b.id); nodes.push(b); }
  };
  for (const n of graph.nodes) {
    const p = parentOf.get(n.id);
    place(p);
    nodes.push(p ? { ...n, parent: p } : n);
  }
  return { graph: { ...graph, nodes }, groups };
}

/**
 * The run starting at `i` of `count` ≥ 2 consecutive identical blocks of `period` items that folds
 * the most items (ties: the shorter block, so 12 layers are ×12, not ×6 pairs), if it folds enough.
 */
export function longestRepeat(sig: readonly number[], i: number, end = sig.length): { period: number; count: number } | undefined {
  let best: { period: number; count: number } | undefined;
  const maxP = Math.min(MAX_PERIOD, Math.floor((end - i) / 2));
  for (let p = 1; p <= maxP; p++) {
    let count = 1;
    outer: for (let s = i + p; s + p <= end; s += p) {
      for (let k = 0; k < p; k++) if (sig[s + k] !== sig[i + k]) break outer;
      count++;
    }
    if (count < 2 || p * count < MIN_FOLDED || (p === 1 && count < 3)) continue;
    if (!best || p * count > best.period * best.count) best = { period: p, count };
  }
  return best;
}
