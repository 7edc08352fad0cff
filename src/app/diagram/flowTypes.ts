/** React Flow node and edge data of the architecture diagram. */
import type { Edge, Node } from "@xyflow/react";
import type { ArchNode } from "../../core/arch/graph";
import type { OwnerTraffic } from "./layoutTypes";

export type ArchNodeData = {
  readonly node: ArchNode;
  readonly highlighted: boolean;
  readonly expanded?: boolean;
  readonly childCount?: number;
  /** Collapsed kernels: the PE grid they hold. */
  readonly holdsGrid?: { readonly rows: number; readonly cols: number };
  /** Grid FIFOs: drawn small between neighbouring PEs. */
  readonly compact?: "h" | "v";
  /** PE-grid frames: the grid's size. */
  readonly frame?: { readonly rows: number; readonly cols: number };
  /** Buffers: what the owning kernel reads and writes of it. */
  readonly traffic?: OwnerTraffic;
  /** Marked by the last simulation's deadlock: on the wait-for cycle, or blocked. */
  readonly deadlock?: "cycle" | "blocked";
};

export type ArchFlowNode = Node<ArchNodeData, ArchNode["kind"] | "pegrid">;
export type ArchFlowEdge = Edge;
