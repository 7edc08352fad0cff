/** Converts a laid-out diagram to React Flow nodes and edges. Pure. */
import { MarkerType } from "@xyflow/react";
import type { ArchFlowEdge, ArchFlowNode } from "./flowTypes";
import type { DiagramLayout } from "./layoutTypes";
import { NO_MARKS, type DeadlockMarks } from "./deadlockMarks";

export function toFlowNodes(layout: DiagramLayout, highlighted: string | null, marks: DeadlockMarks = NO_MARKS): ArchFlowNode[] {
  return layout.nodes.map((n) => ({
    id: n.id,
    type: n.frame ? "pegrid" as const : n.node.kind,
    position: { x: n.x, y: n.y },
    width: n.width,
    height: n.height,
    ...(n.parent ? { parentId: n.parent, extent: "parent" as const } : {}),
    draggable: false,
    connectable: false,
    selectable: true,
    zIndex: n.expanded || n.frame ? 0 : 1,
    ...(n.frame ? { selectable: false } : {}),
    data: {
      node: n.node, highlighted: n.id === highlighted, expanded: n.expanded, childCount: n.childCount,
      ...(n.compact ? { compact: n.compact } : {}), ...(n.frame ? { frame: n.frame } : {}),
      ...(n.ownerTraffic ? { traffic: n.ownerTraffic } : {}),
      ...(n.holdsGrid ? { holdsGrid: n.holdsGrid } : {}),
      ...(marks.nodes.has(n.id) ? { deadlock: marks.nodes.get(n.id) } : {}),
    },
  }));
}

const GRID_MARKER = { type: MarkerType.ArrowClosed, width: 10, height: 10 };

export function toFlowEdges(layout: DiagramLayout, marks: DeadlockMarks = NO_MARKS): ArchFlowEdge[] {
  return layout.edges.map((e) => withDeadlock(edge(e), marks.links.has(`${e.from}->${e.to}`)));
}

/** Cycle edges are drawn red and animated (the direction data should have flowed). */
function withDeadlock(e: ArchFlowEdge, onCycle: boolean): ArchFlowEdge {
  return onCycle ? { ...e, className: `${e.className ?? ""} arch-edge-deadlock`, animated: true, zIndex: 3 } : e;
}

function edge(e: DiagramLayout["edges"][number]): ArchFlowEdge {
  return e.inGrid ? {
    id: e.id,
    source: e.from,
    target: e.to,
    ...(e.sourceHandle ? { sourceHandle: e.sourceHandle } : {}),
    ...(e.targetHandle ? { targetHandle: e.targetHandle } : {}),
    type: "straight",
    className: "arch-edge arch-edge-grid",
    markerEnd: GRID_MARKER,
    zIndex: 2,
  } : {
    id: e.id,
    source: e.from,
    target: e.to,
    ...(e.sourceHandle ? { sourceHandle: e.sourceHandle } : {}),
    ...(e.targetHandle ? { targetHandle: e.targetHandle } : {}),
    label: e.label,
    // Feeds entering a PE grid from the top go around it instead of across it.
    ...(e.targetHandle === "t" ? { type: "smoothstep" } : {}),
    className: `arch-edge arch-edge-${e.kind}`,
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
    ...(e.both ? { markerStart: { type: MarkerType.ArrowClosed, width: 16, height: 16, orient: "auto-start-reverse" } } : {}),
    zIndex: 2,
    labelBgPadding: [3, 1] as [number, number],
    labelBgBorderRadius: 3,
  };
}

/** The innermost node whose source range contains `offset` (smallest range wins). */
export function nodeAtOffset(layout: DiagramLayout, offset: number | null): string | null {
  if (offset === null) return null;
  let best: { id: string; size: number } | null = null;
  for (const n of layout.nodes) {
    for (const r of n.node.ranges) {
      if (offset < r.from || offset > r.to) continue;
      const size = r.to - r.from;
      if (!best || size < best.size) best = { id: n.id, size };
    }
  }
  return best?.id ?? null;
}
