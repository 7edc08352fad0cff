/**
 * Which parts of an architecture graph are drawn: nodes inside a collapsed kernel are hidden and
 * their edges rerouted to the kernel (merged, element counts summed). Pure; used by the layout worker.
 */
import type { ArchEdge, ArchGraph, ArchNode } from "../../core/arch/graph";
import type { LaidOutEdge, OwnerTraffic } from "./layoutTypes";
import { edgeTensor } from "./tensorLabels";

export interface VisibleGraph {
  readonly nodes: readonly ArchNode[];
  readonly edges: readonly LaidOutEdge[];
  /** Number of nodes directly inside each kernel (visible or not). */
  readonly childCount: ReadonlyMap<string, number>;
}

export function formatCount(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(n >= 1e10 ? 0 : 1)}G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)}M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(n >= 1e5 ? 0 : 1)}k`;
  return String(n);
}

/** What a kernel reads and writes of a buffer it owns, as written on the buffer: "r 33.8k · w 1,024 elems". */
export function trafficLabel(t: OwnerTraffic): string {
  const part = (k: string, v: number | null | undefined) => (v === undefined ? [] : [`${k} ${v === null ? "?" : formatCount(v)}`]);
  return `${[...part("r", t.read), ...part("w", t.write)].join(" · ")} elems`;
}

export function edgeLabel(kind: ArchEdge["kind"], elements: number | undefined, name?: string): string {
  if (kind === "call") return "call";
  // Streams are named after their buffer.
  if (kind === "stream" && name) return elements === undefined ? name : `${name} · ${formatCount(elements)} elems`;
  return elements === undefined ? "? elems" : `${formatCount(elements)} elems`;
}

export function visibleGraph(graph: ArchGraph, collapsed: ReadonlySet<string>): VisibleGraph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const childCount = new Map<string, number>();
  for (const n of graph.nodes) if (n.parent) childCount.set(n.parent, (childCount.get(n.parent) ?? 0) + 1);
  /** The node itself when visible, else its outermost collapsed ancestor. */
  const shownAs = (id: string): string => {
    let shown = id;
    let cur = byId.get(id);
    const seen = new Set<string>();
    while (cur?.parent && !seen.has(cur.parent)) {
      seen.add(cur.parent);
      if (collapsed.has(cur.parent)) shown = cur.parent;
      cur = byId.get(cur.parent);
    }
    return shown;
  };
  const nodes = graph.nodes.filter((n) => shownAs(n.id) === n.id);
  const merged = new Map<string, { from: string; to: string; kind: ArchEdge["kind"]; elements: number | undefined; ids: string[]; name?: string; tensors: Set<string | undefined> }>();
  for (const e of graph.edges) {
    if (!byId.has(e.from) || !byId.has(e.to)) continue;
    const from = shownAs(e.from);
    const to = shownAs(e.to);
    if (from === to) continue;
    const key = `${from}->${to}:${e.kind}`;
    const m = merged.get(key);
    // The tensor each edge moves (reads of one input by several folded kernels still move one tensor).
    const t = edgeTensor(e, byId);
    if (m) {
      m.elements = m.elements === undefined || e.elements === undefined ? undefined : m.elements + e.elements;
      m.ids.push(e.id);
      m.tensors.add(t);
    } else merged.set(key, { from, to, kind: e.kind, elements: e.elements, ids: [e.id], ...(e.label ? { name: e.label } : {}), tensors: new Set([t]) });
  }
  const edges: LaidOutEdge[] = [...merged.values()].map((m) => {
    // A named read or write is a Layout-sharded argument: its split goes before the count.
    const layout = m.name && (m.kind === "read" || m.kind === "write") ? m.name : undefined;
    // A tensor between operators of a model (edges merged by a collapse: only when all move the same one): its shape.
    const only = m.tensors.size === 1 ? [...m.tensors][0] : undefined;
    const tensor = !layout && (m.ids.length === 1 || (m.from.startsWith("memory:") || m.to.startsWith("memory:"))) ? only : undefined;
    return {
      id: m.ids.length === 1 ? m.ids[0]! : `${m.ids[0]}+${m.ids.length - 1}`,
      from: m.from, to: m.to, kind: m.kind, elements: m.elements,
      label: tensor ?? (layout ? `${layout} · ${edgeLabel(m.kind, m.elements)}` : edgeLabel(m.kind, m.elements, m.name)),
      ...(tensor ? { tensor } : {}),
      ...(layout ? { layout } : {}),
    };
  });
  return { nodes, edges, childCount };
}
