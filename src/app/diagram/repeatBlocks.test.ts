import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildArchGraph } from "../../core/arch/graph";
import { compileDesign } from "../../core/compile";
import { importOnnx } from "../../core/frontend/models/onnx/import";
import { blocksKeptClosed, groupRepeats, longestRepeat, otherBlocks } from "./repeatBlocks";
import { compactType } from "./tensorLabels";
import { visibleGraph } from "./visibleGraph";
import { weightsBeside } from "./weightsBeside";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/onnx/${name}`, import.meta.url)));

/** The graph the studio draws for an ONNX model imported as it imports it (weights inline). */
function importedGraph(name: string) {
  const r = importOnnx(fixture(name), { inlineWeights: true });
  expect(r.errors).toEqual([]);
  return buildArchGraph(compileDesign(r.design!).design!.module);
}

describe("repeated blocks", () => {
  it("finds the run that folds the most items, preferring the shorter block", () => {
    expect(longestRepeat([7, 1, 2, 1, 2, 1, 2, 9], 1)).toEqual({ period: 2, count: 3 });
    expect(longestRepeat([3, 3, 3, 3], 0)).toEqual({ period: 1, count: 4 });
    expect(longestRepeat([3, 3, 4], 0)).toBeUndefined(); // two of one kernel stay drawn
    expect(longestRepeat([1, 2, 3, 1, 2, 4], 0)).toBeUndefined();
  });

  it("a 12-layer transformer imported from ONNX draws its layers as one group ×12 of 12 blocks, each holding its layer's kernels", () => {
    const graph = importedGraph("stack12.onnx");
    const kernels = graph.nodes.filter((n) => n.kind === "kernel" && n.parent === `kernel:${graph.top}`);
    // One kernel per call, in dataflow order (functions shared by identical calls are drawn per call).
    expect(kernels.length).toBeGreaterThan(12 * 20);
    const { graph: g, groups } = groupRepeats(graph);
    const layers = g.nodes.find((n) => n.id === groups.find((id) => g.nodes.find((n) => n.id === id)!.repeat?.count === 12));
    expect(layers?.repeat?.count).toBe(12);
    const period = layers!.repeat!.period;
    // The group holds one node per layer, in order, each holding that layer's kernels.
    const blocks = g.nodes.filter((n) => n.parent === layers!.id && n.kind === "kernel");
    expect(blocks.map((n) => n.label)).toEqual(Array.from({ length: 12 }, (_, i) => `block ${i + 1} of 12`));
    expect(blocks.map((n) => n.block)).toEqual(Array.from({ length: 12 }, (_, i) => ({ index: i, count: 12 })));
    for (const b of blocks) expect(g.nodes.filter((n) => n.parent === b.id && n.kind === "kernel")).toHaveLength(period);
    for (const b of blocks) expect(groups).toContain(b.id);
    // containers come before their contents
    const at = new Map(g.nodes.map((n, i) => [n.id, i]));
    for (const n of g.nodes) if (n.parent) expect(at.get(n.parent)!).toBeLessThan(at.get(n.id)!);
    // Collapsed, the whole model is a handful of nodes; the chain into and out of the group stays connected.
    const vis = visibleGraph(g, new Set(groups));
    expect(vis.nodes.length).toBeLessThan(20);
    expect(vis.edges.some((e) => e.to === layers!.id)).toBe(true);
    expect(vis.edges.some((e) => e.from === layers!.id || e.to === "memory:return")).toBe(true);
    // Open, the group draws its 12 blocks chained by the tensors between them, not 1,500 nodes.
    const open = visibleGraph(g, new Set(groups.filter((id) => id !== layers!.id)));
    const inside = open.nodes.filter((n) => n.parent === layers!.id);
    expect(inside.filter((n) => n.block)).toHaveLength(12);
    expect(open.nodes.length).toBeLessThan(60);
    const between = inside.filter((n) => n.kind === "buffer");
    expect(between.length).toBeGreaterThanOrEqual(11);
    expect(open.edges.some((e) => e.from === blocks[0]!.id && between.some((t) => t.id === e.to))).toBe(true);
    expect(open.edges.some((e) => e.to === blocks[1]!.id && between.some((t) => t.id === e.from))).toBe(true);
    // One block open: its kernels and its own tensors, a few hundred nodes at most.
    const one = visibleGraph(g, new Set(groups.filter((id) => id !== layers!.id && id !== blocks[2]!.id)));
    const drawnIn3 = one.nodes.filter((n) => n.parent === blocks[2]!.id);
    expect(drawnIn3.filter((n) => n.kind === "kernel")).toHaveLength(period);
    expect(one.nodes.length).toBeLessThan(open.nodes.length + 3 * period);
    // Opening another block closes the open one; "expand all" leaves one block per group open.
    expect(otherBlocks(g.nodes, blocks[3]!.id)).toEqual(blocks.filter((_, i) => i !== 3).map((b) => b.id));
    expect(otherBlocks(g.nodes, layers!.id)).toEqual([]);
    expect(blocksKeptClosed(g.nodes)).toEqual(blocks.slice(1).map((b) => b.id));
    const all = visibleGraph(g, new Set(blocksKeptClosed(g.nodes)));
    const every = visibleGraph(g, new Set());
    expect(all.nodes.length).toBeLessThan(every.nodes.length / 5);
  });

  it("small groups (per-head kernels, a few reshapes) hold their kernels directly", () => {
    const sig = (n: string, loops: number) => ({ id: `kernel:${n}`, kind: "kernel" as const, label: n, parent: "kernel:top", loops, ranges: [] });
    const nodes = [{ id: "kernel:top", kind: "kernel" as const, label: "top", ranges: [] },
      ...Array.from({ length: 4 }, (_, i) => [sig(`a_${2 * i}`, 1), sig(`b_${2 * i + 1}`, 2)]).flat()];
    const { graph: g, groups } = groupRepeats({ top: "top", nodes, edges: [] } as unknown as Parameters<typeof groupRepeats>[0]);
    expect(groups).toHaveLength(1);
    expect(g.nodes.filter((n) => n.parent === groups[0])).toHaveLength(8);
    expect(g.nodes.some((n) => n.block)).toBe(false);
  });

  it("the GPT-2 W4A8 gallery block has no repeats to fold; its operators are kernels in dataflow order joined by tensors", () => {
    const source = readFileSync(new URL("../../../public/examples/gpt2_w4a8.py", import.meta.url), "utf8");
    const graph = buildArchGraph(compileDesign(source).design!.module);
    expect(groupRepeats(graph).groups).toEqual([]);
    const ops = graph.nodes.filter((n) => n.kind === "kernel" && n.parent === "kernel:gpt2_block").map((n) => n.label);
    expect(ops).toEqual(["linear_w4a8_qkv", "attention", "linear_w4a8_proj", "add_layernorm", "linear_w4a8_fc1", "gelu_q", "linear_w4a8_fc2", "add_layernorm #2"]);
    const vis = visibleGraph(graph, new Set());
    const label = (from: string, to: string) => vis.edges.find((e) => e.from.startsWith(from) && e.to.startsWith(to))?.label;
    // the QKV projection's output (16 tokens × 192 int8) flows into attention through its buffer
    // (the block's buffers carry the names of the variables the calls assign: `qkv = linear_w4a8[...](...)`)
    expect(label("kernel:linear_w4a8_qkv", "buffer:gpt2_block:qkv:")).toBe("16×192 i8");
    expect(label("buffer:gpt2_block:qkv:", "kernel:attention")).toBe("16×192 i8");
    // the weights are constants of the block (kept on chip)
    expect(label("buffer:gpt2_block:Wqkv:", "kernel:linear_w4a8_qkv")).toBe("64×192 i4");
    // the second add_layernorm call is a kernel of its own: it reads the FFN's output and writes the block's result
    expect(label("buffer:gpt2_block:f3:", "kernel:add_layernorm#2")).toBe("16×64 i8");
    expect(vis.edges.some((e) => e.from.startsWith("buffer:gpt2_block:add_layernorm_r0") && e.to === "memory:return")).toBe(true);
    // The weights are the block's own constants, drawn in its frame; the input, read by two operators, stays outside.
    const placed = new Map(weightsBeside(graph).nodes.map((n) => [n.id, n.parent]));
    expect([...placed].find(([id]) => id.startsWith("buffer:gpt2_block:Wqkv:"))?.[1]).toBe("kernel:gpt2_block");
    expect([...placed].find(([id]) => id.startsWith("buffer:gpt2_block:W2:"))?.[1]).toBe("kernel:gpt2_block");
    expect(placed.get("memory:x")).toBeUndefined();
    expect(placed.get("memory:return")).toBeUndefined();
  });

  it("writes tensor types compactly", () => {
    expect(compactType("int8[64, 768]")).toBe("64×768 i8");
    expect(compactType("float32[1, 4, 8]")).toBe("1×4×8 f32");
    expect(compactType("uint4[3]")).toBe("3 u4");
    expect(compactType("float32")).toBe("f32");
  });
});
