/**
 * The pane layout: the editor on the left; on the right the diagram and IR above, simulation and
 * report below. Each boundary is a splitter whose size lives in the document.
 */
import { DiagramPane } from "../panes/DiagramPane";
import { EditorPane } from "../panes/EditorPane";
import { IrPane } from "../panes/IrPane";
import { ReportPane } from "../panes/ReportPane";
import { SimulationPane } from "../panes/SimulationPane";
import { SplitPane } from "./SplitPane";

export function Workspace() {
  return (
    <main className="workspace">
      <SplitPane
        pane="editor" direction="row" label="Resize editor"
        first={<EditorPane />}
        second={
          <SplitPane
            pane="top" direction="column" label="Resize diagram and IR against simulation"
            first={<SplitPane pane="diagram" direction="row" label="Resize diagram against IR" first={<DiagramPane />} second={<IrPane />} />}
            second={<SplitPane pane="simulation" direction="row" label="Resize simulation against report" first={<SimulationPane />} second={<ReportPane />} />}
          />
        }
      />
    </main>
  );
}
