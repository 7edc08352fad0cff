/** The design source with its problems list underneath. */
import { SourceEditor } from "../editor/SourceEditor";
import { Pane } from "../layout/Pane";
import { useSelectedExample } from "../store/hooks";
import { ProblemsList } from "./ProblemsList";

export function EditorPane() {
  const example = useSelectedExample();
  return (
    <Pane id="editor" title="Design" badge={<span className="pane-badge" title="Gallery design this text started from">{example ?? "design.py"}</span>}>
      <div className="editor-stack">
        <SourceEditor />
        <ProblemsList />
      </div>
    </Pane>
  );
}
