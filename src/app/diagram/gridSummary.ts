/**
 * PE grids as a summary: which kernels hold a grid of PEs and its size, and which of them the diagram
 * opens collapsed (a large grid drawn in full cannot be read at any zoom that shows the whole design).
 * Pure; used by the layout worker and the diagram pane.
 */
import type { ArchGraph } from "../../core/arch/graph";

export interface GridSize { readonly rows: number; readonly cols: number }

/** Grids of more PEs than this open collapsed (a 4×4 grid is drawn; 6×6 and up are summarized). */
export const MAX_OPEN_GRID_PES = 16;

/** Kernel id → the size of the PE grid directly inside it. */
export function gridsByKernel(graph: Pick<ArchGraph, "nodes">): Map<string, GridSize> {
  const out = new Map<string, GridSize>();
  for (const n of graph.nodes) {
    if (n.kind !== "pe" || !n.parent || !n.grid || n.grid.length === 0) continue;
    // A grid drawn as one node (too large to draw PE by PE) says its shape; `grid` is its last PE.
    const g = out.get(n.parent) ?? { rows: 1, cols: 1 };
    const row = n.grid[0] ?? 0;
    const col = n.grid.length > 1 ? n.grid[1]! : 0;
    out.set(n.parent, { rows: Math.max(g.rows, row + 1), cols: Math.max(g.cols, col + 1) });
  }
  return out;
}

/** The kernels to collapse when a design is opened: those holding a large PE grid. */
export function defaultCollapsed(graph: Pick<ArchGraph, "nodes">): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [id, g] of gridsByKernel(graph)) if (g.rows * g.cols > MAX_OPEN_GRID_PES) out.add(id);
  return out;
}

/** "PE grid 16×16 · 256 PEs": what a collapsed kernel holding a grid says about it. */
export function gridSummaryText(g: GridSize): string {
  return `PE grid ${g.rows}×${g.cols} · ${g.rows * g.cols} PEs`;
}
