import { describe, expect, it } from "vitest";
import { diagramToSvg, fitText } from "./diagramSvg";
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
  it("cuts node text that would overflow its box", () => {
    expect(fitText("S_y_x_0_reuse_y_fill_d1_long_name", 100 - 12, 13)).toMatch(/^S_y_x_0_r…$/);
    const svg = diagramToSvg({ ...layout(), nodes: [{ ...node("memory:A", "memory", 0, 0), node: { id: "memory:A", kind: "memory", label: "a_very_long_buffer_name_that_overflows", ranges: [] } }, node("kernel:k", "kernel", 200, 0)] }, 0);
    expect(svg).not.toContain("a_very_long_buffer_name_that_overflows");
  });
  it("draws edge labels after the edges, and never two on one spot", () => {
    const twice: DiagramLayout = { ...layout(), nodes: [node("memory:A", "memory", 0, 0), node("kernel:k", "kernel", 400, 0)], width: 500, edges: [
      { id: "a", from: "memory:A", to: "kernel:k", kind: "read", elements: 16, label: "16 elems" },
      { id: "b", from: "memory:A", to: "kernel:k", kind: "read", elements: 32, label: "32 elems" },
    ] };
    const svg = diagramToSvg(twice, 0);
    expect(svg.lastIndexOf("<path class=\"edge")).toBeLessThan(svg.indexOf("edge-label"));
    const xs = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="10" text-anchor="middle"/g)].map((m) => `${m[1]},${m[2]}`);
    expect(xs).toHaveLength(2);
    expect(new Set(xs).size).toBe(2);
  });
});
