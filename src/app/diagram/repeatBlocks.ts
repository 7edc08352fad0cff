/**
 * Repeated blocks of a model drawn as one: a run of identical blocks of operator kernels in the top's
 * dataflow order (12 transformer layers, the q/k/v slices, per-head kernels) becomes a group node
 * `×12` that holds them, opened on demand, so a large model lays out and draws as fast as one block.
 * Kernels are identical when they are the same operator (one definition, function name without its
 * instance suffix), with the same loop count and the same tensor types in and out. Pure.
 */
import type { ArchGraph, ArchNode } from "../../core/arch/graph";

/** Blocks longer than this are not searched for (a model's layer is well under it). */
const MAX_PERIOD = 96;
/** A group must fold at least this many kernels (two identical reshapes in a row stay drawn). */
const MIN_FOLDED = 4;

export interface RepeatGroups {
  readonly graph: ArchGraph;
  /** The group nodes' ids, in dataflow order (the diagram opens them collapsed). */
  readonly groups: readonly string[];
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
    for (const m of members) parentOf.set(m.id, id);
  }
  // Tensors (activations, weight tables) only a group's kernels use live inside the group with them.
  for (const [t, ks] of users) {
    const g = parentOf.get(ks.values().next().value!);
    if (g && [...ks].every((k) => parentOf.get(k) === g)) parentOf.set(t, g);
  }
  if (groups.length === 0) return { graph, groups };
  const nodes: ArchNode[] = [];
  const pending = new Map(added.map((g) => [g.id, g]));
  for (const n of graph.nodes) {
    const p = parentOf.get(n.id);
    // A group comes before its first member (containers before their contents).
    if (p && pending.has(p)) { nodes.push(pending.get(p)!); pending.delete(p); }
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
