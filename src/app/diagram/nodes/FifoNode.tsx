/** A FIFO (stream) between kernels: its depth and element type. Between two PEs of a grid it is drawn small. */
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { ArchFlowNode } from "../flowTypes";
import { deadlockClass } from "./deadlockClass";
import { Ports } from "./Ports";

export const FifoNode = memo(function FifoNode({ data }: NodeProps<ArchFlowNode>) {
  const { node, compact } = data;
  if (compact) {
    return (
      <div
        className={`arch-node arch-fifo arch-fifo-compact arch-fifo-${compact}${data.highlighted ? " is-highlighted" : ""}${deadlockClass(data)}`}
        data-node-id={node.id} data-kind="fifo" data-deadlock={data.deadlock} title={`FIFO ${node.label} · depth ${node.depth ?? "?"} · ${node.type ?? ""}`}
      >
        <Ports vertical={compact === "v"} />
        <span className="arch-fifo-depth">{node.depth ?? "?"}</span>
      </div>
    );
  }
  return (
    <div className={`arch-node arch-fifo${data.highlighted ? " is-highlighted" : ""}${deadlockClass(data)}`} data-node-id={node.id} data-kind="fifo" data-deadlock={data.deadlock}>
      <Ports />
      <div className="arch-kind">FIFO</div>
      <div className="arch-label">{node.label}</div>
      <div className="arch-meta">depth {node.depth ?? "?"} · {node.type}</div>
    </div>
  );
});
