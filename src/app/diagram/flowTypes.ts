/** React Flow node and edge data of the architecture diagram. */
import type { Edge, Node } from "@xyflow/react";
import type { ArchNode } from "../../core/arch/graph";

export type ArchNodeData = {
  readonly node: ArchNode;
  readonly highlighted: boolean;
  readonly expanded?: boolean;
  readonly childCount?: number;
};

export type ArchFlowNode = Node<ArchNodeData, ArchNode["kind"]>;
export type ArchFlowEdge = Edge;
