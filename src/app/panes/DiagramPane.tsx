/** Architecture diagram of the design (or of the chosen schedule step), laid out off the main thread. */
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useDiagramLayout } from "../diagram/useDiagramLayout";
import { Pane } from "../layout/Pane";
import { useActions, useArch, useCommands, useEditorReady } from "../store/hooks";

// React Flow and its styles load with the first diagram, after the editor.
const ArchDiagram = lazy(() => import("../diagram/ArchDiagram").then((m) => ({ default: m.ArchDiagram })));

const NONE: ReadonlySet<string> = new Set();

export function DiagramPane() {
  const { graph, stale, error, hasErrors, step, lastGood } = useArch();
  const actions = useActions();
  const commands = useCommands();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(NONE);
  const ready = useEditorReady();
  const { layout, error: layoutError, pending } = useDiagramLayout(ready ? graph : undefined, collapsed);
  // The diagram on screen is behind while a newer graph is being compiled or laid out.
  const behind = stale || (pending && layout !== null);
  const toggle = useCallback((id: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

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
      <button type="button" className="btn-small" onClick={() => setCollapsed(NONE)} disabled={collapsed.size === 0} title="Expand every kernel">Expand</button>
      <button type="button" className="btn-small" onClick={() => setCollapsed(new Set(graph?.nodes.filter((n) => n.kind === "kernel").map((n) => n.id)))} disabled={!graph} title="Collapse every kernel">Collapse</button>
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
      {empty !== undefined ? <p className="pane-empty">{empty}</p> : (
        <Suspense fallback={<p className="pane-empty">Loading the diagram…</p>}>
          <ArchDiagram layout={layout!} stale={behind} onToggle={toggle} />
        </Suspense>
      )}
    </Pane>
  );
}
