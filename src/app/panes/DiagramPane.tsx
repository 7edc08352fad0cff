/** Architecture diagram of the design (or of the chosen schedule step), laid out off the main thread. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { ArchGraph } from "../../core/arch/graph";
import { defaultCollapsed, gridsByKernel, type GridSize } from "../diagram/gridSummary";
import { fitsReadably, type DiagramLayout } from "../diagram/layoutTypes";
import { useDiagramLayout } from "../diagram/useDiagramLayout";
import { Pane } from "../layout/Pane";
import { useActions, useArch, useCommands, useEditorReady } from "../store/hooks";
import { blocksKeptClosed, groupRepeats, otherBlocks } from "../diagram/repeatBlocks";
import { weightsBeside } from "../diagram/weightsBeside";

// React Flow and its styles load with the first diagram, after the editor.
const ArchDiagram = lazy(() => import("../diagram/ArchDiagram").then((m) => ({ default: m.ArchDiagram })));
const TileArrayView = lazy(() => import("../aie/TileArrayView").then((m) => ({ default: m.TileArrayView })));

const NONE: ReadonlySet<string> = new Set();

/** Identifies a design for the diagram's collapse choice: its top, PE grids, repeated blocks and operators. */
const designKey = (g: ArchGraph | undefined, repeats: readonly string[]) =>
  g ? `${g.top}|${[...gridsByKernel(g)].map(([id, s]) => `${id}:${s.rows}x${s.cols}`).join(",")}|${repeats.join(",")}|${modelOperators(g).join(",")}` : "";

/**
 * A model (a top calling three or more operator kernels) opens with its operators closed: the chain of
 * operators and the tensors between them, each operator's buffers one click away.
 */
function modelOperators(g: ArchGraph): string[] {
  const top = `kernel:${g.top}`;
  // A streamed grid's loaders and drainer are the grid's hardware, not a model's operators.
  const ops = g.nodes.filter((n) => n.kind === "kernel" && n.parent === top && !n.repeat && !n.edgeRole).map((n) => n.id);
  return ops.length >= 3 ? ops : [];
}

/** Whether `layout` was made for a design with these PE grids (drawn in a frame, or summarized). */
function layoutShowsGrids(layout: DiagramLayout, sizes: ReadonlyMap<string, GridSize>): boolean {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const [id, g] of sizes) {
    const frame = byId.get(`pegrid:${id}`)?.frame;
    const held = byId.get(id)?.holdsGrid;
    const shown = frame ?? held;
    if (!shown || shown.rows !== g.rows || shown.cols !== g.cols) return false;
  }
  return true;
}

/** The diagram pane body's size (where the layout is shown). */
function paneSize(): { width: number; height: number } {
  const el = document.querySelector<HTMLElement>('section[data-pane="diagram"] > .pane-body');
  return { width: el?.clientWidth ?? 0, height: el?.clientHeight ?? 0 };
}

export function DiagramPane() {
  const arch = useArch();
  const { stale, error, hasErrors, step, lastGood } = arch;
  // Loop counts in the user's words and pipeline flags come from the compiler's hardware plan.
  // Identical blocks of a model's kernels (12 layers) are folded into one group each, opened on demand.
  // A model's weights are drawn beside the operator that reads them.
  const grouped = useMemo(() => (arch.graph ? groupRepeats(weightsBeside(arch.graph)) : undefined), [arch.graph]);
  const graph = grouped?.graph;
  const actions = useActions();
  const commands = useCommands();
  // A design opens with its large PE grids collapsed (and every grid, when the design would not fit at
  // a readable zoom otherwise); what the user expands or collapses is kept until another design opens.
  const key = designKey(graph, grouped?.groups ?? []);
  const [choice, setChoice] = useState<{ key: string; set: ReadonlySet<string> }>({ key: "", set: NONE });
  const initial = useMemo(() => (graph ? new Set([...defaultCollapsed(graph), ...grouped!.groups, ...modelOperators(graph)]) : NONE), [key]); // eslint-disable-line react-hooks/exhaustive-deps -- `key` stands for the graph's grids, groups and operators
  const collapsed = choice.key === key ? choice.set : initial;
  const setCollapsed = useCallback((next: ReadonlySet<string> | ((c: ReadonlySet<string>) => ReadonlySet<string>)) => {
    setChoice((c) => {
      const current = c.key === key ? c.set : initial;
      return { key, set: typeof next === "function" ? next(current) : next };
    });
  }, [key, initial]);
  const [tiles, setTiles] = useState(false);
  const ready = useEditorReady();
  const { layout, error: layoutError, pending } = useDiagramLayout(ready ? graph : undefined, collapsed);

  useEffect(() => {
    if (!layout || pending || !graph || choice.key === key) return;
    const sizes = gridsByKernel(graph);
    if (!layoutShowsGrids(layout, sizes)) return; // still the previous design's layout
    const open = [...sizes.keys()].filter((id) => !collapsed.has(id));
    const { width, height } = paneSize();
    const fits = fitsReadably(layout, width, height);
    if (fits === null) return;
    setChoice({ key, set: open.length > 0 && !fits ? new Set([...collapsed, ...open]) : collapsed });
  }, [layout, pending, graph, key, choice.key, collapsed]);
  // The diagram on screen is behind while a newer graph is being compiled or laid out.
  const behind = stale || (pending && layout !== null);
  // "Expand" opens every kernel, and of a repeated group only the first block (one layer of a model).
  const expandedAll = useMemo<ReadonlySet<string>>(() => (graph ? new Set(blocksKeptClosed(graph.nodes)) : NONE), [graph]);
  // The kernel or block opened last, for the view to go to (kept with the design it belongs to).
  const [focus, setFocus] = useState<{ key: string; id: string | undefined }>({ key: "", id: undefined });
  const toggle = useCallback((id: string) => {
    setFocus({ key, id: collapsed.has(id) ? id : undefined });
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(id)) {
        next.delete(id);
        // One block of a repeated group open at a time: opening block 4 closes block 3 (a 12-layer
        // model drawn whole is ~1,500 nodes, seconds of layout; one layer is a hundred or so).
        for (const b of otherBlocks(graph?.nodes ?? [], id)) next.add(b);
      } else next.add(id);
      return next;
    });
  }, [setCollapsed, graph, key, collapsed]);

  useEffect(() => {
    actions.setDiagramLayout(layout);
  }, [layout, actions]);

  const badge = (
    <>
      {step !== undefined && step !== null && <span className="pane-badge" data-testid="diagram-step">at step {step}</span>}
      {lastGood ? <span className="pane-badge badge-stale" data-testid="diagram-last-good" title="The source has errors (see the problems under the editor); this is the last version that compiled">showing the last design that compiled</span>
        : behind && graph && <span className="pane-badge badge-stale" data-testid="diagram-stale">{stale ? "stale · compiling…" : "stale · laying out…"}</span>}
    </>
  );
  const buttons = (
    <>
      <button type="button" className="btn-small" aria-pressed={tiles} onClick={() => setTiles((t) => !t)} title="The AI Engine tile array: where each kernel runs on the NPU and what it uses">{tiles ? "Diagram" : "AIE tiles"}</button>
      <button type="button" className="btn-small" onClick={() => { setFocus({ key, id: undefined }); setCollapsed(expandedAll); }} disabled={collapsed.size === expandedAll.size && [...collapsed].every((id) => expandedAll.has(id))} title="Expand every kernel (of a repeated group, its first block: open the others one at a time)">Expand</button>
      <button type="button" className="btn-small" onClick={() => { setFocus({ key, id: undefined }); setCollapsed(new Set(graph?.nodes.filter((n) => n.kind === "kernel").map((n) => n.id))); }} disabled={!graph} title="Collapse every kernel">Collapse</button>
      <button type="button" className="btn-small" onClick={() => void commands.exportDiagram("svg")} disabled={!layout}>SVG</button>
      <button type="button" className="btn-small" onClick={() => void commands.exportDiagram("png")} disabled={!layout}>PNG</button>
    </>
  );
  let empty: string | undefined;
  if (!layout) {
    if (error) empty = error;
    else if (layoutError) empty = `The diagram could not be laid out: ${layoutError}`;
    else if (hasErrors && !graph) empty = "No diagram: the design has errors (see the problems under the editor).";
    else empty = "Compiling…";
  }
  return (
    <Pane id="diagram" title="Architecture" badge={badge} actions={buttons}>
      {tiles ? (
        <Suspense fallback={<p className="pane-empty">Loading the tile view…</p>}>
          <TileArrayView />
        </Suspense>
      ) : empty !== undefined ? <p className="pane-empty">{empty}</p> : (
        <Suspense fallback={<p className="pane-empty">Loading the diagram…</p>}>
          <ArchDiagram layout={layout!} stale={behind} onToggle={toggle} focus={focus.key === key ? focus.id : undefined} />
        </Suspense>
      )}
    </Pane>
  );
}
