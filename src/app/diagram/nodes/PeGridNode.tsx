/** The frame around a PE grid: its PEs and the FIFOs between neighbours are placed inside it. */
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { ArchFlowNode } from "../flowTypes";
import { Ports } from "./Ports";

export const PeGridNode = memo(function PeGridNode({ data }: NodeProps<ArchFlowNode>) {
  return (
    <div className="arch-pegrid" data-node-id={data.node.id} data-kind="pegrid" data-rows={data.frame?.rows} data-cols={data.frame?.cols}>
      <Ports vertical />
      <div className="arch-pegrid-title">{data.node.label}</div>
    </div>
  );
});
