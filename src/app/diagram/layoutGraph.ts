/**
 * Automatic layout of an architecture graph with ELK's layered algorithm (left to right, kernels as
 * containers laid out with their contents). PEs of one kernel are placed directly as their grid, with
 * the FIFOs between neighbouring PEs in the gaps, inside one frame that ELK sees as a single node: a
 * 16×16 systolic array (256 PEs, 480 FIFOs) costs ELK one node. Pure apart from the ELK instance it is given.
 */
import { gridsByKernel } from "./gridSummary";
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";
import type { ArchGraph, ArchNode } from "../../core/arch/graph";
import type { DiagramLayout, LaidOutEdge, LaidOutNode, LayoutDirection } from "./layoutTypes";
import { edgeLabel, visibleGraph } from "./visibleGraph";

export interface ElkLike { layout(graph: ElkNode): Promise<ElkNode> }

const SIZE: Record<ArchNode["kind"], { w: number; h: number }> = {
  memory: { w: 150, h: 58 },
  port: { w: 120, h: 46 },
  kernel: { w: 170, h: 62 },
  buffer: { w: 160, h: 74 },
  pe: { w: 52, h: 40 },
  fifo: { w: 130, h: 54 },
};
/** A group of repeated blocks: wider, for its `×12 a → … → z` title and summary. */
const REPEAT_SIZE = { w: 270, h: 80 };
/** One block of such a group: room for `BLOCK 12 of 12`, its badge and its toggle on one line. */
const BLOCK_SIZE = { w: 230, h: 62 };
/** An open group of repeated blocks: its summary takes two lines under the title. */
const REPEAT_HEADER = 64;
const PE_GAP = 10;
const HEADER = 44;
/** PE grids: frame padding and title, the small FIFO boxes in the gaps and their margin. */
const FRAME_PAD = 10;
const FRAME_HEAD = 18;
const GRID_FIFO = { w: 34, h: 18 };
const GRID_FIFO_MARGIN = 9;

const frameId = (parent: string) => `pegrid:${parent}`;

interface GridFifo { readonly node: ArchNode; readonly dir: "h" | "v"; readonly r: number; readonly c: number; slot: number }

interface Block {
  readonly id: string;
  readonly parent: string | undefined;
  readonly pes: ArchNode[];
  readonly fifos: GridFifo[];
  rows: number;
  cols: number;
}

const rowOf = (pe: ArchNode) => pe.grid![0] ?? 0;
const colOf = (pe: ArchNode) => (pe.grid!.length > 1 ? pe.grid![1]! : 0);

/** Where things sit inside a PE-grid frame (relative to the frame). */
function gridGeometry(b: Block) {
  const hSlots = Math.max(0, ...b.fifos.filter((f) => f.dir === "h").map((f) => f.slot + 1));
  const vSlots = Math.max(0, ...b.fifos.filter((f) => f.dir === "v").map((f) => f.slot + 1));
  const gx = hSlots > 0 ? GRID_FIFO.w + 2 * GRID_FIFO_MARGIN : PE_GAP;
  const gy = vSlots > 0 ? GRID_FIFO.h + 2 * GRID_FIFO_MARGIN : PE_GAP;
  const peX = (c: number) => FRAME_PAD + c * (SIZE.pe.w + gx);
  const peY = (r: number) => FRAME_PAD + FRAME_HEAD + r * (SIZE.pe.h + gy);
  const width = 2 * FRAME_PAD + b.cols * SIZE.pe.w + (b.cols - 1) * gx;
  const height = 2 * FRAME_PAD + FRAME_HEAD + b.rows * SIZE.pe.h + (b.rows - 1) * gy;
  const fifoAt = (f: GridFifo): { x: number; y: number } => {
    if (f.dir === "h") {
      const n = hSlots;
      const stack = n * GRID_FIFO.h + (n - 1) * 3;
      return { x: peX(f.c) + SIZE.pe.w + GRID_FIFO_MARGIN, y: peY(f.r) + (SIZE.pe.h - stack) / 2 + f.slot * (GRID_FIFO.h + 3) };
    }
    const n = vSlots;
    const stack = n * GRID_FIFO.w + (n - 1) * 4;
    return { x: peX(f.c) + (SIZE.pe.w - stack) / 2 + f.slot * (GRID_FIFO.w + 4), y: peY(f.r) + SIZE.pe.h + GRID_FIFO_MARGIN };
  };
  return { width, height, peX, peY, fifoAt };
}

export async function layoutGraph(elk: ElkLike, graph: ArchGraph, collapsed: ReadonlySet<string>, direction: LayoutDirection = "RIGHT"): Promise<DiagramLayout> {
  const vis = visibleGraph(graph, collapsed);
  const grids = gridsByKernel(graph);
  const shown = new Map(vis.nodes.map((n) => [n.id, n]));
  const hasChildren = new Set(vis.nodes.filter((n) => n.parent && shown.has(n.parent)).map((n) => n.parent!));

  // PEs with grid positions are grouped per parent into one frame.
  const blocks = new Map<string, Block>();
  const inBlock = new Map<string, Block>();
  for (const n of vis.nodes) {
    if (n.kind !== "pe" || !n.grid || n.grid.length === 0) continue;
    const id = frameId(n.parent ?? "root");
    let b = blocks.get(id);
    if (!b) blocks.set(id, (b = { id, parent: n.parent && shown.has(n.parent) ? n.parent : undefined, pes: [], fifos: [], rows: 1, cols: 1 }));
    b.pes.push(n);
    b.rows = Math.max(b.rows, rowOf(n) + 1);
    b.cols = Math.max(b.cols, colOf(n) + 1);
    inBlock.set(n.id, b);
  }
  // FIFOs fed by one PE of a grid and feeding its neighbour sit in the gap between the two.
  if (blocks.size > 0) {
    const fifoFrom = new Map<string, ArchNode>();
    const fifoTo = new Map<string, ArchNode>();
    for (const e of vis.edges) {
      const from = shown.get(e.from);
      const to = shown.get(e.to);
      if (!from || !to) continue;
      if (to.kind === "fifo" && inBlock.has(from.id)) fifoFrom.set(to.id, from);
      if (from.kind === "fifo" && inBlock.has(to.id)) fifoTo.set(from.id, to);
    }
    const slots = new Map<string, number>();
    for (const n of vis.nodes) {
      if (n.kind !== "fifo") continue;
      const a = fifoFrom.get(n.id);
      const z = fifoTo.get(n.id);
      const b = a && inBlock.get(a.id);
      if (!a || !z || !b || inBlock.get(z.id) !== b) continue;
      const dr = rowOf(z) - rowOf(a);
      const dc = colOf(z) - colOf(a);
      if (Math.abs(dr) + Math.abs(dc) !== 1) continue;
      const dir = dc !== 0 ? "h" : "v";
      const r = Math.min(rowOf(a), rowOf(z));
      const c = Math.min(colOf(a), colOf(z));
      const key = `${b.id}|${dir}|${r},${c}`;
      const slot = slots.get(key) ?? 0;
      slots.set(key, slot + 1);
      b.fifos.push({ node: n, dir, r, c, slot });
      inBlock.set(n.id, b);
    }
  }
  const geometry = new Map([...blocks.values()].map((b) => [b.id, gridGeometry(b)]));
  const elkId = (id: string) => inBlock.get(id)?.id ?? id;

  const elkNodes = new Map<string, ElkNode>();
  const root: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": direction,
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
    const size = n.repeat ? REPEAT_SIZE : n.block ? BLOCK_SIZE : SIZE[n.kind];
    const open = hasChildren.has(n.id);
    elkNodes.set(n.id, {
      id: n.id,
      ...(open
        ? { layoutOptions: { "elk.padding": `[top=${n.repeat ? REPEAT_HEADER : HEADER},left=16,bottom=16,right=16]` }, children: [] }
        : { width: size.w, height: size.h }),
    });
  }
  for (const b of blocks.values()) {
    const g = geometry.get(b.id)!;
    elkNodes.set(b.id, { id: b.id, width: g.width, height: g.height });
  }
  for (const n of vis.nodes) {
    if (inBlock.has(n.id)) continue;
    containerOf(n.parent && shown.has(n.parent) ? n.parent : undefined).children!.push(elkNodes.get(n.id)!);
  }
  for (const b of blocks.values()) containerOf(b.parent).children!.push(elkNodes.get(b.id)!);

  // A call from the kernel that holds the callee is drawn by the nesting itself (the callee sits in
  // its frame), and a kernel's reads and writes of a buffer it owns are written on the buffer: as
  // edges they would leave the frame and come back.
  const ownerTraffic = new Map<string, { read?: number | null; write?: number | null }>();
  // (A callee may sit in a group of repeated blocks inside its caller: still nested, still not drawn.)
  const nestedIn = (id: string, container: string): boolean => {
    for (let p = shown.get(id)?.parent, hops = 0; p && hops < 64; p = shown.get(p)?.parent, hops++) if (p === container) return true;
    return false;
  };
  const drawn = vis.edges.filter((e) => {
    if (e.kind === "call") return !nestedIn(e.to, e.from);
    if (e.kind !== "read" && e.kind !== "write") return true;
    const [buffer, kernel] = e.kind === "read" ? [e.from, e.to] : [e.to, e.from];
    const b = shown.get(buffer);
    if (b?.kind !== "buffer" || b.parent !== kernel) return true;
    const t = ownerTraffic.get(buffer) ?? {};
    t[e.kind] = e.elements ?? null;
    ownerTraffic.set(buffer, t);
    return false;
  });
  const edges = blocks.size > 0 ? gridEdges(drawn, inBlock, shown) : drawn;
  const seen = new Set<string>();
  const elkEdges: ElkExtendedEdge[] = [];
  for (const e of edges) {
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
    if (inBlock.has(n.id)) continue;
    const p = placed.get(n.id);
    if (!p) continue;
    const isKernel = n.kind === "kernel";
    nodes.push({
      id: n.id, node: n, x: p.x, y: p.y, absX: p.absX, absY: p.absY, width: p.width, height: p.height,
      ...(p.parent ? { parent: p.parent } : {}),
      ...(isKernel ? { expanded: hasChildren.has(n.id), childCount: vis.childCount.get(n.id) ?? 0 } : {}),
      ...(isKernel && !hasChildren.has(n.id) && grids.has(n.id) ? { holdsGrid: grids.get(n.id)! } : {}),
      ...(ownerTraffic.has(n.id) ? { ownerTraffic: ownerTraffic.get(n.id)! } : {}),
    });
  }
  for (const b of blocks.values()) {
    const p = placed.get(b.id);
    if (!p) continue;
    const g = geometry.get(b.id)!;
    const frame: ArchNode = { id: b.id, kind: "pe", label: `PE grid ${b.rows}×${b.cols}`, ranges: [], ...(b.parent ? { parent: b.parent } : {}) };
    nodes.push({
      id: b.id, node: frame, x: p.x, y: p.y, absX: p.absX, absY: p.absY, width: g.width, height: g.height,
      frame: { rows: b.rows, cols: b.cols }, ...(p.parent ? { parent: p.parent } : {}),
    });
    for (const pe of b.pes) {
      const x = g.peX(colOf(pe));
      const y = g.peY(rowOf(pe));
      nodes.push({ id: pe.id, node: pe, x, y, absX: p.absX + x, absY: p.absY + y, width: SIZE.pe.w, height: SIZE.pe.h, parent: b.id });
    }
    for (const f of b.fifos) {
      const { x, y } = g.fifoAt(f);
      nodes.push({ id: f.node.id, node: f.node, x, y, absX: p.absX + x, absY: p.absY + y, width: GRID_FIFO.w, height: GRID_FIFO.h, parent: b.id, compact: f.dir });
    }
  }
  // React Flow needs containers before their children: order by depth.
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const depthOf = new Map<string, number>();
  const depth = (n: LaidOutNode): number => {
    const known = depthOf.get(n.id);
    if (known !== undefined) return known;
    const parent = n.parent ? byId.get(n.parent) : undefined;
    const d = parent ? 1 + depth(parent) : 0;
    depthOf.set(n.id, d);
    return d;
  };
  const ordered = nodes.map((n) => ({ n, d: depth(n) })).sort((a, b) => a.d - b.d).map((x) => x.n);
  return { nodes: ordered, edges, width: out.width ?? 0, height: out.height ?? 0, top: graph.top, ...(direction === "DOWN" ? { direction } : {}) };
}

/**
 * Edges around PE grids: streams inside a grid are short and unlabelled (top to bottom for vertical
 * neighbours); a memory that streams into the grid keeps only its stream edges; other edges between
 * one node and many PEs of a grid merge into one edge to the grid's frame; calls from the kernel
 * that holds the grid are dropped (the frame sits inside it).
 */
function gridEdges(edges: readonly LaidOutEdge[], inBlock: ReadonlyMap<string, Block>, shown: ReadonlyMap<string, ArchNode>): LaidOutEdge[] {
  const compactDir = new Map<string, "h" | "v">();
  for (const b of new Set(inBlock.values())) for (const f of b.fifos) compactDir.set(f.node.id, f.dir);
  // Streams fed into a grid from outside, per source: along the first column (from the left) or the first row (from the top).
  const feeds = new Map<string, { from: string; block: Block; pes: ArchNode[]; edges: LaidOutEdge[] }>();
  for (const e of edges) {
    const tb = inBlock.get(e.to);
    if (e.kind !== "stream" || !tb || inBlock.has(e.from)) continue;
    const pe = tb.pes.find((p) => p.id === e.to);
    if (!pe) continue;
    const key = `${e.from}|${tb.id}`;
    const f = feeds.get(key) ?? { from: e.from, block: tb, pes: [], edges: [] };
    f.pes.push(pe);
    f.edges.push(e);
    feeds.set(key, f);
  }
  const out: LaidOutEdge[] = [];
  for (const f of feeds.values()) {
    const fromTop = f.pes.length > 1 ? f.pes.every((p) => rowOf(p) === 0) : rowOf(f.pes[0]!) === 0 && colOf(f.pes[0]!) > 0;
    if (f.pes.length > 4) {
      // Many feeds (a large grid): one edge into the frame, on the side the streams enter.
      const elements = f.edges.every((e) => e.elements !== undefined) ? f.edges.reduce((a, e) => a + e.elements!, 0) : undefined;
      const name = f.edges[0]!.label;
      out.push({ id: `${f.edges[0]!.id}+${f.edges.length - 1}`, from: f.from, to: f.block.id, kind: "stream", elements, label: `${name} → ${f.pes.length} ${fromTop ? "columns" : "rows"}`, ...(fromTop ? { targetHandle: "t" } : {}) });
      continue;
    }
    f.edges.forEach((e, i) => out.push({ ...e, label: i === 0 ? e.label : "", ...(fromTop ? { targetHandle: "t" } : {}) }));
  }
  const merged = new Map<string, { from: string; to: string; kind: LaidOutEdge["kind"]; elements: number | undefined; ids: string[]; layout?: string }>();
  for (const e of edges) {
    const fb = inBlock.get(e.from);
    const tb = inBlock.get(e.to);
    if (fb && fb === tb) {
      const dir = compactDir.get(e.to) ?? compactDir.get(e.from);
      out.push({ ...e, label: "", inGrid: true, ...(dir === "v" ? { sourceHandle: "b", targetHandle: "t" } : {}) });
      continue;
    }
    if (!fb && !tb) {
      out.push(e);
      continue;
    }
    if (e.kind === "stream" && tb && feeds.has(`${e.from}|${tb.id}`)) continue; // drawn above
    const block = (tb ?? fb)!;
    const other = tb ? e.from : e.to;
    if (e.kind === "call" && other === block.parent) continue;
    // A memory that streams into the grid: its stream edges show the data path.
    if (tb && feeds.has(`${other}|${block.id}`)) continue;
    if (!shown.has(other)) continue;
    const from = tb ? other : block.id;
    const to = tb ? block.id : other;
    const key = `${from}->${to}:${e.kind}`;
    const m = merged.get(key);
    if (m) {
      m.elements = m.elements === undefined || e.elements === undefined ? undefined : m.elements + e.elements;
      m.ids.push(e.id);
    } else merged.set(key, { from, to, kind: e.kind, elements: e.elements, ids: [e.id], ...(e.layout ? { layout: e.layout } : {}) });
  }
  const blockIds = new Set([...inBlock.values()].map((b) => b.id));
  for (const [key, m] of merged) {
    // A grid that writes a buffer it also reads: one edge with arrows at both ends, from the grid.
    const back = merged.get(`${m.to}->${m.from}:${m.kind === "write" ? "read" : "write"}`);
    if (back && (m.kind === "write" || m.kind === "read")) {
      if (!blockIds.has(m.from)) continue; // emitted from the grid's side
      const text = `${m.layout ?? back.layout ? `${m.layout ?? back.layout} · ` : ""}${edgeLabel("read", back.elements)} in · ${edgeLabel("write", m.elements)} out`;
      out.push({ id: `${m.ids[0]}+${m.ids.length + back.ids.length - 1}`, from: m.from, to: m.to, kind: m.kind, elements: m.elements, label: text, both: true });
      continue;
    }
    void key;
    // A Layout-sharded argument says how it is split (each PE's shard) before the total it moves.
    out.push({ id: `${m.ids[0]}+${m.ids.length - 1}`, from: m.from, to: m.to, kind: m.kind, elements: m.elements, label: m.layout ? `${m.layout} · ${edgeLabel(m.kind, m.elements)}` : edgeLabel(m.kind, m.elements) });
  }
  return out;
}
