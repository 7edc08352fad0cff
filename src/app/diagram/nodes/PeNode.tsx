/** One processing element of a PE grid (placed at its grid position by the layout). */
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { ArchFlowNode } from "../flowTypes";
import { deadlockClass } from "./deadlockClass";
import { Ports } from "./Ports";

export const PeNode = memo(function PeNode({ data }: NodeProps<ArchFlowNode>) {
  const { node } = data;
  return (
    <div className={`arch-node arch-pe${data.highlighted ? " is-highlighted" : ""}${deadlockClass(data)}`} data-node-id={node.id} data-kind="pe" data-deadlock={data.deadlock} title={node.label}>
      <Ports vertical />
      <div className="arch-label">PE</div>
      <div className="arch-meta">{node.grid?.join(",")}</div>
    </div>
  );
});
