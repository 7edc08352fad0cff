/** A FIFO (stream) between kernels: its depth and element type. */
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { ArchFlowNode } from "../flowTypes";
import { Ports } from "./Ports";

export const FifoNode = memo(function FifoNode({ data }: NodeProps<ArchFlowNode>) {
  const { node } = data;
  return (
    <div className={`arch-node arch-fifo${data.highlighted ? " is-highlighted" : ""}`} data-node-id={node.id}>
      <Ports />
      <div className="arch-kind">FIFO</div>
      <div className="arch-label">{node.label}</div>
      <div className="arch-meta">depth {node.depth ?? "?"} · {node.type}</div>
    </div>
  );
});
