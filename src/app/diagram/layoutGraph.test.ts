import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildArchGraph } from "../../core/arch/graph";
import { compileDesign } from "../../core/compile";
import type { ElkNode } from "elkjs/lib/elk-api";
import type { ArchEdge, ArchGraph, ArchNode } from "../../core/arch/graph";
import { layoutGraph, type ElkLike } from "./layoutGraph";
import { layoutKey, rebindLayout } from "./layoutCache";
import { trafficLabel } from "./visibleGraph";
import { fitViewport, focusViewport, layoutDirectionFor, MIN_FIT_ZOOM } from "./layoutTypes";

/** A stand-in for ELK: places each container's children in a row and counts the nodes it was given. */
function fakeElk(): ElkLike & { nodes: number } {
  const elk = {
    nodes: 0,
    async layout(root: ElkNode): Promise<ElkNode> {
      const place = (n: ElkNode): ElkNode => {
        let x = 0;
        const children = (n.children ?? []).map((c) => {
          elk.nodes++;
          const placed = place(c);
          const out = { ...placed, x, y: 0, width: placed.width ?? 100, height: placed.height ?? 100 };
          x += out.width + 10;
          return out;
        });
        return { ...n, children, width: n.width ?? Math.max(100, x), height: n.height ?? 200 };
      };
      return place(root);
    },
  };
  return elk;
}

/** An n×n systolic array: PEs in kernel:top, FIFOs of A along rows and B along columns. */
function systolic(n: number): ArchGraph {
  const nodes: ArchNode[] = [
    { id: "memory:A", kind: "memory", label: "A", ranges: [] },
    { id: "memory:B", kind: "memory", label: "B", ranges: [] },
    { id: "kernel:top", kind: "kernel", label: "top", ranges: [] },
  ];
  const edges: ArchEdge[] = [];
  const pe = (i: number, j: number) => `kernel:PE_${i}_${j}`;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    nodes.push({ id: pe(i, j), kind: "pe", label: `PE_${i}_${j}`, parent: "kernel:top", grid: [i, j], ranges: [{ from: i, to: j + 1 }] });
    edges.push({ id: `call:${i}_${j}`, from: "kernel:top", to: pe(i, j), kind: "call" });
  }
  for (const [buf, axis] of [["A", 1], ["B", 0]] as const) {
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      const g = [i, j];
      if (g[axis] === 0) edges.push({ id: `s:${buf}->${pe(i, j)}`, from: `memory:${buf}`, to: pe(i, j), kind: "stream", label: buf });
      const next = axis === 1 ? [i, j + 1] : [i + 1, j];
      if (next[0]! >= n || next[1]! >= n) continue;
      const f = `fifo:${buf}:${i}_${j}`;
      nodes.push({ id: f, kind: "fifo", label: f, parent: "kernel:top", depth: n + 1, type: "int8", ranges: [] });
      edges.push({ id: `s:${pe(i, j)}->${f}`, from: pe(i, j), to: f, kind: "stream", label: buf });
      edges.push({ id: `s:${f}->${pe(next[0]!, next[1]!)}`, from: f, to: pe(next[0]!, next[1]!), kind: "stream", label: buf });
    }
  }
  return { top: "top", nodes, edges };
}

describe("PE grid layout", () => {
  it("places PEs as their grid with each FIFO between the two PEs it links, ELK seeing one node", async () => {
    const elk = fakeElk();
    const layout = await layoutGraph(elk, systolic(16), new Set());
    expect(elk.nodes).toBe(4); // A, B, the kernel and the grid frame
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    expect(layout.nodes.filter((n) => n.node.kind === "pe" && !n.frame)).toHaveLength(256);
    expect(layout.nodes.filter((n) => n.node.kind === "fifo")).toHaveLength(480);
    const c = (id: string) => { const n = at.get(id)!; return { x: n.absX + n.width / 2, y: n.absY + n.height / 2 }; };
    expect(c("kernel:PE_0_1").y).toBe(c("kernel:PE_0_0").y);
    expect(c("kernel:PE_1_0").x).toBe(c("kernel:PE_0_0").x);
    const h = c("fifo:A:3_4");
    expect(h.x).toBeGreaterThan(c("kernel:PE_3_4").x);
    expect(h.x).toBeLessThan(c("kernel:PE_3_5").x);
    expect(h.y).toBe(c("kernel:PE_3_4").y);
    const v = c("fifo:B:3_4");
    expect(v.y).toBeGreaterThan(c("kernel:PE_3_4").y);
    expect(v.y).toBeLessThan(c("kernel:PE_4_4").y);
    expect(v.x).toBe(c("kernel:PE_3_4").x);
    // Containers come before their children.
    const index = new Map(layout.nodes.map((n, i) => [n.id, i]));
    for (const n of layout.nodes) if (n.parent) expect(index.get(n.parent)!).toBeLessThan(index.get(n.id)!);
    // Many feeds into a large grid merge into one edge per memory; calls from the holding kernel are dropped.
    expect(layout.edges.filter((e) => e.from === "memory:A")).toHaveLength(1);
    expect(layout.edges.some((e) => e.kind === "call")).toBe(false);
  });

  it("labels the merged edge into a grid with the Layout of a sharded argument (Allo's A @ [S(0), R])", async () => {
    const source = readFileSync(new URL("../../../public/examples/aie_gemm_4.py", import.meta.url), "utf8");
    const layout = await layoutGraph(fakeElk(), buildArchGraph(compileDesign(source).design!.module), new Set());
    const labels = layout.edges.filter((e) => e.from === "memory:A" || e.to === "memory:C").map((e) => e.label);
    // Each PE reads its 32×64 shard of A 32 times (65,536 loads); the 4 PEs' edges merge into the grid's.
    expect(labels).toEqual(expect.arrayContaining([expect.stringMatching(/^local_A @ \[S\(0\), R\] · 32×64 · 262k elems$/)]));
    expect(labels).toEqual(expect.arrayContaining([expect.stringMatching(/^local_C @ \[S\(0\), S\(1\)\] · 32×32 · 4096 elems$/)]));
  });

  it("skips the layout of a graph whose structure did not change", async () => {
    const g = systolic(4);
    const layout = await layoutGraph(fakeElk(), g, new Set());
    const moved: ArchGraph = { ...g, nodes: g.nodes.map((n) => (n.kind === "pe" ? { ...n, ranges: [{ from: 100, to: 120 }] } : n)) };
    expect(layoutKey(moved, new Set())).toBe(layoutKey(g, new Set()));
    expect(layoutKey(g, new Set(["kernel:top"]))).not.toBe(layoutKey(g, new Set()));
    expect(rebindLayout(layout, { ...g, nodes: g.nodes.map((n) => ({ ...n })) })).toBe(layout);
    const rebound = rebindLayout(layout, moved);
    expect(rebound).not.toBe(layout);
    expect(rebound.nodes.find((n) => n.id === "kernel:PE_1_1")!.node.ranges[0]!.from).toBe(100);
    expect(rebound.nodes.find((n) => n.id === "kernel:PE_1_1")!.x).toBe(layout.nodes.find((n) => n.id === "kernel:PE_1_1")!.x);
  });
});

describe("nested kernels", () => {
  it("draws a call from the kernel that holds the callee as nesting, not as an edge; other calls stay", async () => {
    const graph: ArchGraph = {
      top: "top",
      nodes: [
        { id: "memory:A", kind: "memory", label: "A", ranges: [] },
        { id: "kernel:top", kind: "kernel", label: "top", ranges: [] },
        { id: "kernel:ping", kind: "kernel", label: "ping", parent: "kernel:top", ranges: [] },
        { id: "kernel:helper", kind: "kernel", label: "helper", parent: "kernel:top", ranges: [] },
      ],
      edges: [
        { id: "call:top->ping", from: "kernel:top", to: "kernel:ping", kind: "call", label: "ping" },
        { id: "call:ping->helper", from: "kernel:ping", to: "kernel:helper", kind: "call", label: "helper" },
        { id: "read:A->ping", from: "memory:A", to: "kernel:ping", kind: "read" },
      ],
    };
    const layout = await layoutGraph(fakeElk(), graph, new Set());
    expect(layout.edges.map((e) => e.id).sort()).toEqual(["call:ping->helper", "read:A->ping"]);
    expect(layout.nodes.find((n) => n.id === "kernel:ping")!.parent).toBe("kernel:top");
  });

  it("writes a kernel's reads and writes of a buffer it owns on the buffer; other kernels' stay edges", async () => {
    const graph: ArchGraph = {
      top: "top",
      nodes: [
        { id: "kernel:top", kind: "kernel", label: "top", ranges: [] },
        { id: "kernel:ping", kind: "kernel", label: "ping", parent: "kernel:top", ranges: [] },
        { id: "kernel:pong", kind: "kernel", label: "pong", parent: "kernel:top", ranges: [] },
        { id: "buffer:ping:buf", kind: "buffer", label: "buf", parent: "kernel:ping", ranges: [] },
        { id: "buffer:ping:tmp", kind: "buffer", label: "tmp", parent: "kernel:ping", ranges: [] },
      ],
      edges: [
        { id: "read:buf->ping", from: "buffer:ping:buf", to: "kernel:ping", kind: "read", elements: 33792 },
        { id: "write:ping->buf", from: "kernel:ping", to: "buffer:ping:buf", kind: "write", elements: 1024 },
        { id: "write:ping->tmp", from: "kernel:ping", to: "buffer:ping:tmp", kind: "write" },
        { id: "read:buf->pong", from: "buffer:ping:buf", to: "kernel:pong", kind: "read", elements: 8 },
      ],
    };
    const layout = await layoutGraph(fakeElk(), graph, new Set());
    expect(layout.edges.map((e) => e.id)).toEqual(["read:buf->pong"]);
    const buf = layout.nodes.find((n) => n.id === "buffer:ping:buf")!;
    expect(buf.ownerTraffic).toEqual({ read: 33792, write: 1024 });
    expect(trafficLabel(buf.ownerTraffic!)).toBe("r 33.8k · w 1024 elems");
    const tmp = layout.nodes.find((n) => n.id === "buffer:ping:tmp")!;
    expect(trafficLabel(tmp.ownerTraffic!)).toBe("w ? elems");
    // Collapsed, the kernel hides its buffers and nothing is written on them.
    const collapsed = await layoutGraph(fakeElk(), graph, new Set(["kernel:ping"]));
    expect(collapsed.nodes.some((n) => n.ownerTraffic)).toBe(false);
  });
});

describe("fitting wide diagrams into the pane", () => {
  it("lays out top to bottom in tall or square panes, left to right in wide ones, with hysteresis", () => {
    expect(layoutDirectionFor(360, 400)).toBe("DOWN");
    expect(layoutDirectionFor(560, 560)).toBe("DOWN");
    expect(layoutDirectionFor(1200, 400)).toBe("RIGHT");
    expect(layoutDirectionFor(720, 400, "DOWN")).toBe("DOWN");
    expect(layoutDirectionFor(720, 400, "RIGHT")).toBe("RIGHT");
    expect(layoutDirectionFor(0, 0, "DOWN")).toBe("DOWN");
  });

  it("fits small diagrams, and shows wide ones from their start at a readable zoom", () => {
    const small = fitViewport({ width: 300, height: 200 }, 360, 400)!;
    expect(small.zoom).toBeGreaterThan(1);
    expect(small.x).toBeGreaterThan(0);
    const wide = fitViewport({ width: 1076, height: 230 }, 360, 400)!;
    expect(wide.zoom).toBe(MIN_FIT_ZOOM);
    expect(wide.x).toBe(12);
    expect(wide.y).toBeCloseTo((400 - 230 * MIN_FIT_ZOOM) / 2);
    expect(fitViewport({ width: 100, height: 100 }, 0, 400)).toBeNull();
  });

  it("goes to the node the user opened when the whole diagram does not fit", () => {
    const node = (id: string, absX: number, absY: number, width: number, height: number) => ({ id, node: { id, kind: "kernel" as const, label: id, ranges: [] }, x: absX, y: absY, absX, absY, width, height });
    const big = { nodes: [node("a", 0, 0, 200, 60), node("b", 2000, 900, 300, 200), node("c", 3000, 100, 2000, 1500)], edges: [], width: 5000, height: 1600, top: "t" };
    const v = focusViewport(big, "b", 800, 600)!;
    // b fitted and centred: its centre is the pane's centre
    expect(v.zoom).toBeGreaterThanOrEqual(MIN_FIT_ZOOM);
    expect(2150 * v.zoom + v.x).toBeCloseTo(400);
    expect(1000 * v.zoom + v.y).toBeCloseTo(300);
    // a node larger than the pane is shown from its start at a readable zoom
    const c = focusViewport(big, "c", 800, 600)!;
    expect(c.zoom).toBe(MIN_FIT_ZOOM);
    expect(3000 * c.zoom + c.x).toBe(12);
    // a diagram that fits is fitted whole; an unknown node falls back too
    expect(focusViewport({ ...big, width: 400, height: 300 }, "b", 800, 600)).toBeNull();
    expect(focusViewport(big, "zz", 800, 600)).toBeNull();
  });
});
