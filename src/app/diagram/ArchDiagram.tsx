/**
 * The architecture diagram: React Flow over the laid-out graph, with a minimap and zoom controls.
 * Clicking a node selects its source in the editor; the editor cursor highlights the node it is in.
 */
import { useCallback, useMemo, useRef } from "react";
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useStore, type NodeMouseHandler } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useActions, useCursor, useSimulation, useSimulationStale, useTheme } from "../store/hooks";
import { deadlockMarks } from "./deadlockMarks";
import { DiagramActions, type DiagramActionsValue } from "./DiagramActions";
import { FIT_PADDING, FitOnChange, MIN_FIT_ZOOM } from "./FitOnChange";
import { DOWN_EDGE_TYPES, RIGHT_EDGE_TYPES } from "./layoutEdges";
import type { ArchFlowEdge, ArchFlowNode } from "./flowTypes";
import { fitsReadably, type DiagramLayout } from "./layoutTypes";
import { NODE_TYPES } from "./nodeTypes";
import { reuseUnchanged } from "./reuseUnchanged";
import { nodeAtOffset, toFlowEdges, toFlowNodes } from "./toFlow";

interface Props {
  readonly layout: DiagramLayout;
  readonly stale: boolean;
  readonly onToggle: (kernelId: string) => void;
  /** The kernel or block the user opened last: shown when the whole diagram does not fit. */
  readonly focus?: string;
}

const FIT_OPTIONS = { padding: FIT_PADDING, minZoom: MIN_FIT_ZOOM };

/**
 * React Flow listens for its key bindings (Space to pan, Shift/Ctrl to select, Backspace to delete) on
 * the whole window and prevents their default unless the target looks like an input. Monaco's focused
 * edit context is a plain div, so Space and Backspace typed in the editor never arrived. The diagram is
 * read-only and pans by dragging: it needs none of them.
 */
const NO_KEY = null;

const minimapColor = (n: ArchFlowNode) => (n.data.highlighted ? "#e8a33d" : n.type === "kernel" ? "#8aa6d6" : n.type === "memory" ? "#9b8ac9" : "#8fc1a4");

export function ArchDiagram({ layout, stale, onToggle, focus }: Props) {
  const cursor = useCursor();
  const theme = useTheme();
  const actions = useActions();
  const highlighted = useMemo(() => nodeAtOffset(layout, cursor), [layout, cursor]);
  // The last run's deadlock is drawn while it still belongs to the source shown.
  const sim = useSimulation();
  const simStale = useSimulationStale();
  const deadlock = simStale ? undefined : sim.result?.dataflow?.deadlock;
  const marks = useMemo(() => deadlockMarks(deadlock), [deadlock]);
  // Unchanged nodes and edges keep their objects across compiles (reuseUnchanged): React Flow then
  // redraws only what an edit changed.
  const prevNodes = useRef<readonly ArchFlowNode[]>(undefined);
  const prevEdges = useRef<readonly ArchFlowEdge[]>(undefined);
  const nodes = useMemo(() => (prevNodes.current = reuseUnchanged(prevNodes.current, toFlowNodes(layout, highlighted, marks))), [layout, highlighted, marks]);
  const edges = useMemo(() => (prevEdges.current = reuseUnchanged(prevEdges.current, toFlowEdges(layout, marks))), [layout, marks]);
  const ctx = useMemo<DiagramActionsValue>(() => ({ toggle: onToggle }), [onToggle]);
  const onNodeClick = useCallback<NodeMouseHandler<ArchFlowNode>>((_, n) => {
    const range = n.data.node.ranges[0];
    if (range) actions.revealAt(0, 0, range);
  }, [actions]);

  return (
    <DiagramActions.Provider value={ctx}>
      <ReactFlowProvider>
        <div className={`arch-diagram${stale ? " is-stale" : ""}`} data-testid="arch-diagram" data-node-count={layout.nodes.length} data-direction={layout.direction ?? "RIGHT"} data-highlighted={highlighted ?? ""} data-deadlock={deadlock ? "true" : undefined}>
          <ReactFlow<ArchFlowNode>
            nodes={nodes as ArchFlowNode[]}
            edges={edges as ArchFlowEdge[]}
            nodeTypes={NODE_TYPES}
            edgeTypes={layout.direction === "DOWN" ? DOWN_EDGE_TYPES : RIGHT_EDGE_TYPES}
            onNodeClick={onNodeClick}
            colorMode={theme}
            nodesDraggable={false}
            nodesConnectable={false}
            panActivationKeyCode={NO_KEY}
            selectionKeyCode={NO_KEY}
            multiSelectionKeyCode={NO_KEY}
            deleteKeyCode={NO_KEY}
            zoomActivationKeyCode={NO_KEY}
            minZoom={0.1}
            maxZoom={2}
            proOptions={{ hideAttribution: true }}
            fitView
            fitViewOptions={FIT_OPTIONS}
          >
            <FitOnChange layout={layout} focus={focus} />
            <Background gap={16} size={1} />
            <Overview layout={layout} />
            <Controls showInteractive={false} aria-label="Zoom controls" fitViewOptions={FIT_OPTIONS} />
          </ReactFlow>
        </div>
      </ReactFlowProvider>
    </DiagramActions.Provider>
  );
}

/**
 * The minimap, only for a design that does not fit the pane at a readable zoom (then it shows where
 * the view is); a design that fits is all on screen, and a minimap would only cover some of it.
 */
function Overview({ layout }: { readonly layout: DiagramLayout }) {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  if (fitsReadably(layout, width, height) !== false) return null;
  return <MiniMap<ArchFlowNode> nodeColor={minimapColor} pannable zoomable ariaLabel="Diagram overview" style={{ width: 110, height: 70 }} />;
}
