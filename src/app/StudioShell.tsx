/**
 * What the page shows while the editor (Monaco, ~3 MB of JavaScript) downloads and starts: the studio's
 * frame with the same pane layout, and the design source in a plain text editor, so typing works at
 * once (PlainSourceEditor hands its selection and focus to Monaco). React swaps in the real studio
 * when its chunk has loaded (App's Suspense).
 */
import type { ReactNode } from "react";
import { useDocumentTheme } from "./useDocumentTheme";
import { PlainSourceEditor } from "./editor/PlainSourceEditor";
import { usePaneSizes, useSelectedExample, useTheme } from "./store/hooks";
import "./editor/shell.css";

function ShellPane({ id, title, children }: { readonly id: string; readonly title: string; readonly children?: ReactNode }) {
  return (
    <section className="pane" data-shell-pane={id} aria-label={title}>
      <header className="pane-header"><h2 className="pane-title">{title}</h2></header>
      <div className="pane-body">{children ?? <p className="pane-empty">Loading…</p>}</div>
    </section>
  );
}

function Split({ direction, size, first, second }: { readonly direction: "row" | "column"; readonly size: number; readonly first: ReactNode; readonly second: ReactNode }) {
  const template = `minmax(0, ${size}fr) var(--splitter) minmax(0, ${1 - size}fr)`;
  return (
    <div className={`split split-${direction}`} style={direction === "row" ? { gridTemplateColumns: template } : { gridTemplateRows: template }}>
      <div className="split-cell">{first}</div>
      <div className="splitter" aria-hidden="true" />
      <div className="split-cell">{second}</div>
    </div>
  );
}

export function StudioShell() {
  const theme = useTheme();
  const panes = usePaneSizes();
  const example = useSelectedExample();
  useDocumentTheme(theme);
  return (
    <div className="studio" data-testid="studio-shell" aria-busy="true">
      <header className="topbar"><h1 className="brand">Allo Studio</h1><span className="spacer" /></header>
      <main className="workspace">
        <Split
          direction="row" size={panes.editor}
          first={
            <section className="pane" data-shell-pane="editor" aria-label="Design">
              <header className="pane-header"><h2 className="pane-title">Design</h2><span className="pane-badge">{example ?? "design.py"}</span></header>
              <div className="pane-body">
                <PlainSourceEditor />
              </div>
            </section>
          }
          second={
            <Split
              direction="column" size={panes.top}
              first={<Split direction="row" size={panes.diagram} first={<ShellPane id="diagram" title="Architecture" />} second={<ShellPane id="ir" title="Schedule & IR" />} />}
              second={<Split direction="row" size={panes.simulation} first={<ShellPane id="simulation" title="Simulation" />} second={<ShellPane id="report" title="Report" />} />}
            />
          }
        />
      </main>
      <footer className="statusbar-shell"><span>Loading the editor…</span></footer>
    </div>
  );
}
