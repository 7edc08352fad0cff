/**
 * A model's weights beside the operator that reads them: in a design whose top calls several operator
 * kernels (a composed GPT-2 block), an off-chip array read by one operator only (its weight or bias)
 * is drawn in the top's frame, where the layout puts it next to that operator, instead of in a row of
 * a dozen memories above the whole block that every weight edge has to cross. Pure.
 */
import type { ArchGraph } from "../../core/arch/graph";

/** Designs calling fewer operator kernels than this keep every memory outside (a kernel and its arrays). */
const MIN_OPERATORS = 3;

export function weightsBeside(graph: ArchGraph): ArchGraph {
  const topId = `kernel:${graph.top}`;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const isOperator = (id: string) => {
    const n = byId.get(id);
    return n?.kind === "kernel" && n.id !== topId && !!n.parent && !n.edgeRole;
  };
  // A streamed grid's loaders and drainer are not operators: a systolic array is no model.
  if (graph.nodes.filter((n) => n.kind === "kernel" && n.parent === topId && !n.edgeRole).length < MIN_OPERATORS) return graph;
  const users = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    const [m, k] = e.kind === "read" ? [e.from, e.to] : e.kind === "write" ? [e.to, e.from] : [undefined, undefined];
    if (!m || byId.get(m)?.kind !== "memory") continue;
    const u = users.get(m) ?? new Set<string>();
    u.add(k!);
    users.set(m, u);
  }
  const moved = new Map<string, string>();
  for (const [m, ks] of users) {
    if (ks.size !== 1 || m.startsWith("memory:return")) continue;
    const k = [...ks][0]!;
    const parent = byId.get(k)?.parent;
    if (isOperator(k) && parent) moved.set(m, parent);
  }
  if (moved.size === 0) return graph;
  return { ...graph, nodes: graph.nodes.map((n) => (moved.has(n.id) ? { ...n, parent: moved.get(n.id)! } : n)) };
}
