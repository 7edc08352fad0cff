import { describe, expect, it } from "vitest";
import { diagramToSvg } from "./diagramSvg";
import type { DiagramLayout, LaidOutNode } from "./layoutTypes";

const node = (id: string, kind: "memory" | "kernel", absX: number, absY: number): LaidOutNode => ({
  id, node: { id, kind, label: id, ranges: [] }, x: absX, y: absY, absX, absY, width: 100, height: 40,
});

const layout = (direction?: "DOWN"): DiagramLayout => ({
  nodes: direction ? [node("memory:A", "memory", 0, 0), node("kernel:k", "kernel", 0, 100)] : [node("memory:A", "memory", 0, 0), node("kernel:k", "kernel", 200, 0)],
  edges: [{ id: "read", from: "memory:A", to: "kernel:k", kind: "read", elements: 16, label: "16" }],
  width: direction ? 100 : 300, height: direction ? 140 : 40, top: "k", ...(direction ? { direction } : {}),
});

describe("diagram SVG export", () => {
  it("draws edges from the right side to the left side when the layout runs left to right", () => {
    expect(diagramToSvg(layout(), 0)).toMatch(/<path class="edge edge-read" d="M100,20 C\d+,20 \d+,20 200,20"/);
  });
  it("draws edges from the bottom to the top when the layout runs top to bottom", () => {
    expect(diagramToSvg(layout("DOWN"), 0)).toMatch(/<path class="edge edge-read" d="M50,40 C50,\d+ 50,\d+ 50,100"/);
  });
});
