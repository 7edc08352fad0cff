/**
 * Automatic layout of an architecture graph with ELK's layered algorithm (left to right, kernels as
 * containers laid out with their contents). PEs of one kernel are placed as their grid inside one
 * block that ELK sees as a single node. Pure apart from the ELK instance it is given.
 */
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";
import type { ArchGraph, ArchNode } from "../../core/arch/graph";
import type { DiagramLayout, LaidOutNode } from "./layoutTypes";
import { visibleGraph } from "./visibleGraph";

export interface ElkLike { layout(graph: ElkNode): Promise<ElkNode> }

const SIZE: Record<ArchNode["kind"], { w: number; h: number }> = {
  memory: { w: 150, h: 58 },
  port: { w: 120, h: 46 },
  kernel: { w: 170, h: 62 },
  buffer: { w: 160, h: 62 },
  pe: { w: 52, h: 40 },
  fifo: { w: 130, h: 54 },
};
const PE_GAP = 10;
const HEADER = 44;

const peBlockId = (parent: string) => `pegrid:${parent}`;

export async function layoutGraph(elk: ElkLike, graph: ArchGraph, collapsed: ReadonlySet<string>): Promise<DiagramLayout> {
  const vis = visibleGraph(graph, collapsed);
  const shown = new Map(vis.nodes.map((n) => [n.id, n]));
  const hasChildren = new Set(vis.nodes.filter((n) => n.parent && shown.has(n.parent)).map((n) => n.parent!));
  // PEs with grid positions are grouped per parent into one block.
  const peBlocks = new Map<string, { parent: string | undefined; pes: ArchNode[]; rows: number; cols: number }>();
  for (const n of vis.nodes) {
    if (n.kind !== "pe" || !n.grid || n.grid.length === 0) continue;
    const key = peBlockId(n.parent ?? "root");
    const b = peBlocks.get(key) ?? { parent: n.parent, pes: [], rows: 1, cols: 1 };
    b.pes.push(n);
    b.rows = Math.max(b.rows, (n.grid[0] ?? 0) + 1);
    b.cols = Math.max(b.cols, (n.grid.length > 1 ? n.grid[1]! : 0) + 1);
    peBlocks.set(key, b);
  }
  const inBlock = new Map<string, string>();
  for (const [key, b] of peBlocks) for (const pe of b.pes) inBlock.set(pe.id, key);
  const elkId = (id: string) => inBlock.get(id) ?? id;

  const elkNodes = new Map<string, ElkNode>();
  const root: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.layered.spacing.nodeNodeBetweenLayers": "60",
      "elk.spacing.nodeNode": "28",
      "elk.spacing.edgeLabel": "4",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
    },
    children: [],
    edges: [],
  };
  const containerOf = (parent: string | undefined): ElkNode => (parent && elkNodes.get(parent)) || root;
  // Parents come before children in the graph's node order; create all first, then attach.
  for (const n of vis.nodes) {
    if (inBlock.has(n.id)) continue;
    const size = SIZE[n.kind];
    const open = hasChildren.has(n.id);
    elkNodes.set(n.id, {
      id: n.id,
      ...(open
        ? { layoutOptions: { "elk.padding": `[top=${HEADER},left=16,bottom=16,right=16]` }, children: [] }
        : { width: size.w, height: size.h }),
    });
  }
  for (const [key, b] of peBlocks) {
    elkNodes.set(key, { id: key, width: b.cols * (SIZE.pe.w + PE_GAP) + PE_GAP, height: b.rows * (SIZE.pe.h + PE_GAP) + PE_GAP });
  }
  for (const n of vis.nodes) {
    if (inBlock.has(n.id)) continue;
    containerOf(n.parent && shown.has(n.parent) ? n.parent : undefined).children!.push(elkNodes.get(n.id)!);
  }
  for (const [key, b] of peBlocks) containerOf(b.parent).children!.push(elkNodes.get(key)!);

  const seen = new Set<string>();
  const elkEdges: ElkExtendedEdge[] = [];
  for (const e of vis.edges) {
    const s = elkId(e.from);
    const t = elkId(e.to);
    if (s === t || seen.has(`${s}>${t}`)) continue;
    seen.add(`${s}>${t}`);
    elkEdges.push({ id: e.id, sources: [s], targets: [t], labels: [{ text: e.label, width: e.label.length * 6.5, height: 14 }] });
  }
  root.edges = elkEdges;

  const out = await elk.layout(root);

  const placed = new Map<string, { x: number; y: number; absX: number; absY: number; width: number; height: number; parent?: string }>();
  const walk = (el: ElkNode, parent: string | undefined, ox: number, oy: number) => {
    for (const c of el.children ?? []) {
      const x = c.x ?? 0;
      const y = c.y ?? 0;
      placed.set(c.id, { x, y, absX: ox + x, absY: oy + y, width: c.width ?? 0, height: c.height ?? 0, parent });
      walk(c, c.id, ox + x, oy + y);
    }
  };
  walk(out, undefined, 0, 0);

  const nodes: LaidOutNode[] = [];
  for (const n of vis.nodes) {
    const block = inBlock.get(n.id);
    if (block) continue;
    const p = placed.get(n.id);
    if (!p) continue;
    const isKernel = n.kind === "kernel";
    nodes.push({
      id: n.id, node: n, x: p.x, y: p.y, absX: p.absX, absY: p.absY, width: p.width, height: p.height,
      ...(p.parent ? { parent: p.parent } : {}),
      ...(isKernel ? { expanded: hasChildren.has(n.id), childCount: vis.childCount.get(n.id) ?? 0 } : {}),
    });
  }
  for (const [key, b] of peBlocks) {
    const p = placed.get(key);
    if (!p) continue;
    for (const pe of b.pes) {
      const r = pe.grid![0] ?? 0;
      const c = pe.grid!.length > 1 ? pe.grid![1]! : 0;
      const x = p.x + PE_GAP + c * (SIZE.pe.w + PE_GAP);
      const y = p.y + PE_GAP + r * (SIZE.pe.h + PE_GAP);
      nodes.push({
        id: pe.id, node: pe, x, y, absX: p.absX - p.x + x, absY: p.absY - p.y + y, width: SIZE.pe.w, height: SIZE.pe.h,
        ...(p.parent ? { parent: p.parent } : {}),
      });
    }
  }
  // React Flow needs containers before their children: order by depth.
  const depth = (n: LaidOutNode): number => (n.parent ? 1 + depth(nodes.find((m) => m.id === n.parent)!) : 0);
  const ordered = nodes.map((n) => ({ n, d: depth(n) })).sort((a, b) => a.d - b.d).map((x) => x.n);
  return { nodes: ordered, edges: vis.edges, width: out.width ?? 0, height: out.height ?? 0, top: graph.top };
}
