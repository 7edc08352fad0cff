import { describe, expect, it } from "vitest";
import type { ArchNode } from "../../core/arch/graph";
import { defaultCollapsed, gridSummaryText, gridsByKernel } from "./gridSummary";

const pe = (r: number, c: number, parent = "kernel:top"): ArchNode => ({ id: `kernel:PE_${r}_${c}`, kind: "pe", label: `PE_${r}_${c}`, ranges: [], parent, grid: [r, c] });
const grid = (rows: number, cols: number) => Array.from({ length: rows * cols }, (_, i) => pe(Math.floor(i / cols), i % cols));

describe("gridSummary", () => {
  it("finds the size of the PE grid inside each kernel", () => {
    expect(gridsByKernel({ nodes: grid(6, 6) }).get("kernel:top")).toEqual({ rows: 6, cols: 6 });
  });
  it("opens grids of more than 16 PEs collapsed and draws a 4×4 grid", () => {
    expect([...defaultCollapsed({ nodes: grid(6, 6) })]).toEqual(["kernel:top"]);
    expect(defaultCollapsed({ nodes: grid(4, 4) }).size).toBe(0);
  });
  it("says the grid's size and PE count", () => {
    expect(gridSummaryText({ rows: 16, cols: 16 })).toBe("PE grid 16×16 · 256 PEs");
  });
});
