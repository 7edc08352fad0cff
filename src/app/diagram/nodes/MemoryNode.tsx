/** A top-level array argument or return value: off-chip memory (DRAM) drawn as a cylinder-ish block; scalars as ports. */
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { ArchFlowNode } from "../flowTypes";
import { Ports } from "./Ports";

export const MemoryNode = memo(function MemoryNode({ data }: NodeProps<ArchFlowNode>) {
  const { node } = data;
  const isPort = node.kind === "port";
  return (
    <div className={`arch-node arch-${node.kind}${data.highlighted ? " is-highlighted" : ""}`} data-node-id={node.id}>
      <Ports />
      <div className="arch-kind">{isPort ? "scalar port" : "off-chip DRAM"}</div>
      <div className="arch-label">{node.label}</div>
      {node.type && <div className="arch-meta">{node.type}</div>}
    </div>
  );
});
