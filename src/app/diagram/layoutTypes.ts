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
}

export interface LaidOutEdge {
  readonly id: string;
  /** Endpoints after hiding collapsed kernels' contents (rerouted to the visible container). */
  readonly from: string;
  readonly to: string;
  readonly kind: ArchEdge["kind"];
  readonly elements?: number;
  readonly label: string;
}

export interface DiagramLayout {
  /** Containers come before their children. */
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
  readonly width: number;
  readonly height: number;
  readonly top: string;
}
