/** The design source with its problems list underneath. */
import { SourceEditor } from "../editor/SourceEditor";
import { Pane } from "../layout/Pane";
import { useSelectedExample } from "../store/hooks";
import { ProblemsList } from "./ProblemsList";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
/** Monaco's key for "Tab moves the focus" (it is Ctrl+Shift+M on macOS). */
const TAB_FOCUS_KEY = isMac ? "⌃⇧M" : "Ctrl+M";

export function EditorPane() {
  const example = useSelectedExample();
  // Shown while the editor has the focus (CSS :focus-within): Tab indents there, so say how to leave.
  const badge = (
    <>
      <span className="pane-badge" title="Gallery design this text started from">{example ?? "design.py"}</span>
      <span className="editor-tab-hint" data-testid="editor-tab-hint">Tab indents · {TAB_FOCUS_KEY}: Tab moves focus</span>
    </>
  );
  return (
    <Pane id="editor" title="Design" badge={badge}>
      <div className="editor-stack">
        <SourceEditor />
        <ProblemsList />
      </div>
    </Pane>
  );
}
