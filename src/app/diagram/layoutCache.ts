/**
 * Skipping layouts that would not change: the structural key of a graph (what positions depend on),
 * and re-binding a previous layout to a new graph of the same structure. Pure.
 */
import type { ArchGraph, ArchNode } from "../../core/arch/graph";
import type { DiagramLayout } from "./layoutTypes";

/** Everything node positions depend on: ids, kinds, nesting, grid positions, edges and their labels, and what is collapsed. */
export function layoutKey(graph: ArchGraph, collapsed: ReadonlySet<string>): string {
  const parts: string[] = [graph.top, [...collapsed].sort().join(",")];
  for (const n of graph.nodes) parts.push(`${n.id}|${n.kind}|${n.parent ?? ""}|${n.grid?.join(",") ?? ""}`);
  for (const e of graph.edges) parts.push(`${e.id}|${e.from}|${e.to}|${e.kind}|${e.elements ?? ""}|${e.label ?? ""}`);
  return parts.join("\n");
}

function sameNode(a: ArchNode, b: ArchNode): boolean {
  if (a === b) return true;
  if (a.label !== b.label || a.type !== b.type || a.depth !== b.depth || a.banks !== b.banks || a.storage !== b.storage
    || a.loops !== b.loops || a.pipelined !== b.pipelined || a.ranges.length !== b.ranges.length) return false;
  return a.ranges.every((r, i) => r.from === b.ranges[i]!.from && r.to === b.ranges[i]!.to);
}

/**
 * A layout of a graph with the same {@link layoutKey}, showing `graph`'s node data (labels, source
 * ranges). Returns `layout` itself when nothing shown changed, so nothing re-renders.
 */
export function rebindLayout(layout: DiagramLayout, graph: ArchGraph): DiagramLayout {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  let changed = false;
  const nodes = layout.nodes.map((n) => {
    const next = byId.get(n.id);
    if (!next || n.frame || sameNode(n.node, next)) return n;
    changed = true;
    return { ...n, node: next };
  });
  return changed ? { ...layout, nodes } : layout;
}
