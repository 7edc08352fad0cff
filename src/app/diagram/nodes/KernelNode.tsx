/** A kernel (function): a container of its buffers and callees, with its loop count and a pipelined badge. */
import { memo, useContext } from "react";
import type { NodeProps } from "@xyflow/react";
import type { ArchFlowNode } from "../flowTypes";
import { deadlockClass } from "./deadlockClass";
import { DiagramActions } from "../DiagramActions";
import { Ports } from "./Ports";
import { gridSummaryText } from "../gridSummary";

/** "12 identical blocks of 53 kernels: reshape3d_2d … add3d": what a group of repeated blocks says about itself. */
const repeatSummaryText = (r: { count: number; period: number; ends?: string }) =>
  `${r.count} identical blocks of ${r.period} kernel${r.period === 1 ? "" : "s"}${r.ends ? `: ${r.ends}` : ""}`;

export const KernelNode = memo(function KernelNode({ data }: NodeProps<ArchFlowNode>) {
  const { node, expanded, childCount = 0 } = data;
  const { toggle } = useContext(DiagramActions);
  return (
    <div className={`arch-node arch-kernel${expanded ? " is-expanded" : ""}${data.highlighted ? " is-highlighted" : ""}${deadlockClass(data)}`} data-node-id={node.id} data-deadlock={data.deadlock}>
      <Ports />
      <div className="arch-kernel-head">
        <span className="arch-kind">{node.repeat ? "repeated" : node.block ? "block" : "kernel"}</span>
        {/* a block says "BLOCK 3 of 12" (its kind tag is the word "block") */}
        <span className="arch-label">{node.block ? `${node.block.index + 1} of ${node.block.count}` : node.label}</span>
        {node.pipelined && <span className="arch-badge" title="A loop in this kernel is pipelined">pipelined</span>}
        {childCount > 0 && (
          <button
            type="button" className="arch-toggle nodrag nopan"
            aria-label={`${expanded ? "Collapse" : "Expand"} ${node.repeat ? "repeated " : node.block ? "" : "kernel "}${node.label}`} aria-expanded={expanded}
            onClick={(e) => { e.stopPropagation(); toggle(node.id); }}
          >
            {expanded ? "−" : `+${childCount}`}
          </button>
        )}
      </div>
      <div className="arch-meta">
        {node.repeat
          ? <span className="arch-repeat-summary" data-testid="repeat-summary" title={expanded ? "− folds the blocks into one" : "Identical blocks folded into one: + draws them (a group of large blocks lists its blocks, each opened on its own)"}>{repeatSummaryText(node.repeat)}</span>
          : node.block
          ? <span data-testid="block-summary" title={expanded ? "− closes this block" : "+ draws this block's kernels (and closes the group's other open block)"}>{childCount} node{childCount === 1 ? "" : "s"} · {node.loops ?? 0} loop{node.loops === 1 ? "" : "s"}</span>
          : data.holdsGrid && !expanded
          ? <span data-testid="grid-summary" title="Collapsed: + draws every PE and FIFO">{gridSummaryText(data.holdsGrid)}</span>
          : <>{node.loops ?? 0} loop{node.loops === 1 ? "" : "s"}</>}
      </div>
    </div>
  );
});
