/** An on-chip buffer: element type, banks (from partition) and the storage they imply. */
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { ArchFlowNode } from "../flowTypes";
import { Ports } from "./Ports";

export const BufferNode = memo(function BufferNode({ data }: NodeProps<ArchFlowNode>) {
  const { node } = data;
  const banks = node.banks ?? 1;
  return (
    <div className={`arch-node arch-buffer${data.highlighted ? " is-highlighted" : ""}`} data-node-id={node.id}>
      <Ports />
      <div className="arch-kind">buffer</div>
      <div className="arch-label">{node.label}</div>
      <div className="arch-meta">{node.type} · {banks} bank{banks === 1 ? "" : "s"} × {node.storage ?? "?"}</div>
    </div>
  );
});
