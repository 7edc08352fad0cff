/**
 * Edges of a top-to-bottom layout. The node components have their ports on the left and right (data
 * enters left, leaves right), which suits the left-to-right layout; laid out top to bottom, an edge
 * instead leaves the bottom of the upper node and enters the top of the lower one. Edges between
 * nodes side by side keep the ports' left/right path; a stream into a row of a PE grid comes down
 * beside the grid and enters the row from the left.
 */
import { BaseEdge, getBezierPath, getSmoothStepPath, Position, useInternalNode, type EdgeProps } from "@xyflow/react";

export function DownEdge(props: EdgeProps) {
  const { id, source, target, markerEnd, markerStart, style, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius, interactionWidth } = props;
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  let step = false;
  let params = { sourceX: props.sourceX, sourceY: props.sourceY, sourcePosition: props.sourcePosition, targetX: props.targetX, targetY: props.targetY, targetPosition: props.targetPosition };
  if (s && t) {
    const sp = s.internals.positionAbsolute;
    const tp = t.internals.positionAbsolute;
    const sw = s.measured.width ?? 0;
    const sh = s.measured.height ?? 0;
    const tw = t.measured.width ?? 0;
    const th = t.measured.height ?? 0;
    if (sp.y + sh <= tp.y && t.parentId?.startsWith("pegrid:") && props.targetPosition === Position.Left) {
      step = true;
      params = { ...params, sourceX: sp.x + sw / 2, sourceY: sp.y + sh, sourcePosition: Position.Bottom };
    } else if (sp.y + sh <= tp.y) {
      params = { sourceX: sp.x + sw / 2, sourceY: sp.y + sh, sourcePosition: Position.Bottom, targetX: tp.x + tw / 2, targetY: tp.y, targetPosition: Position.Top };
    } else if (tp.y + th <= sp.y) {
      params = { sourceX: sp.x + sw / 2, sourceY: sp.y, sourcePosition: Position.Top, targetX: tp.x + tw / 2, targetY: tp.y + th, targetPosition: Position.Bottom };
    }
  }
  const [path, labelX, labelY] = step ? getSmoothStepPath({ ...params, borderRadius: 6 }) : getBezierPath(params);
  return (
    <BaseEdge
      id={id} path={path} labelX={labelX} labelY={labelY} label={label} labelStyle={labelStyle} labelShowBg={labelShowBg}
      labelBgStyle={labelBgStyle} labelBgPadding={labelBgPadding} labelBgBorderRadius={labelBgBorderRadius}
      markerEnd={markerEnd} markerStart={markerStart} style={style} interactionWidth={interactionWidth}
    />
  );
}

/** Edge types for React Flow by layout direction (constant objects, as React Flow wants). */
export const DOWN_EDGE_TYPES = { default: DownEdge };
export const RIGHT_EDGE_TYPES = {};
