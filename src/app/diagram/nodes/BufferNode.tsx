/** An on-chip buffer: element type, banks (from partition), the storage they imply, and its kernel's reads and writes. */
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { ArchFlowNode } from "../flowTypes";
import { Ports } from "./Ports";
import { trafficLabel } from "../visibleGraph";

export const BufferNode = memo(function BufferNode({ data }: NodeProps<ArchFlowNode>) {
  const { node } = data;
  const banks = node.banks ?? 1;
  return (
    <div className={`arch-node arch-buffer${data.highlighted ? " is-highlighted" : ""}`} data-node-id={node.id}>
      <Ports />
      <div className="arch-kind">buffer</div>
      <div className="arch-label">{node.label}</div>
      <div className="arch-meta">{node.type} · {banks} bank{banks === 1 ? "" : "s"} × {node.storage ?? "?"}</div>
      {data.traffic && <div className="arch-meta" data-testid="buffer-traffic" title={`elements that ${node.parent?.replace(/^kernel:/, "") ?? "its kernel"} reads (r) and writes (w)`}>{trafficLabel(data.traffic)}</div>}
    </div>
  );
});
