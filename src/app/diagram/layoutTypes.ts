/** The diagram after automatic layout: plain data shared by the layout worker, React Flow and the SVG/PNG export. */
import type { ArchEdge, ArchNode } from "../../core/arch/graph";

export interface LaidOutNode {
  readonly id: string;
  readonly node: ArchNode;
  /** Position relative to the parent container (React Flow's convention), and absolute. */
  readonly x: number;
  readonly y: number;
  readonly absX: number;
  readonly absY: number;
  readonly width: number;
  readonly height: number;
  /** The visible container this node sits in. */
  readonly parent?: string;
  /** Kernels: whether the container is drawn open, and how many nodes it holds. */
  readonly expanded?: boolean;
  readonly childCount?: number;
  /** A PE-grid frame (its PEs and the FIFOs between them are its children): the grid's size. */
  readonly frame?: { readonly rows: number; readonly cols: number };
  /** A FIFO between two neighbouring PEs of a grid, drawn small in the gap: between columns ("h") or rows ("v"). */
  readonly compact?: "h" | "v";
}

export interface LaidOutEdge {
  readonly id: string;
  /** Endpoints after hiding collapsed kernels' contents (rerouted to the visible container). */
  readonly from: string;
  readonly to: string;
  readonly kind: ArchEdge["kind"];
  readonly elements?: number;
  readonly label: string;
  /** Handle ids on the endpoints (grid streams along rows run top to bottom: "b" → "t"). */
  readonly sourceHandle?: string;
  readonly targetHandle?: string;
  /** A stream between a PE and a FIFO of the same grid: drawn short and unlabelled. */
  readonly inGrid?: boolean;
  /** Data flows both ways (a PE grid that reads and writes one buffer): drawn with arrows at both ends. */
  readonly both?: boolean;
}

export interface DiagramLayout {
  /** Containers come before their children. */
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
  readonly width: number;
  readonly height: number;
  readonly top: string;
}
