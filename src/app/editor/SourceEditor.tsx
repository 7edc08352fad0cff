/** The design editor pane body: Monaco bound to the document source, diagnostics and theme. */
import { useEffect, useRef } from "react";
import { useActions, useCommands, useCompileDiagnostics, useRevealRequest, useSource, useStudioStore, useTheme } from "../store/hooks";
import { createCodeEditor, type CodeEditor } from "./codeEditor";

export function SourceEditor() {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditor | null>(null);
  const store = useStudioStore();
  const actions = useActions();
  const commands = useCommands();
  const source = useSource();
  const theme = useTheme();
  const { diagnostics, source: diagSource } = useCompileDiagnostics();
  const reveal = useRevealRequest();

  useEffect(() => {
    const { doc } = store.getState();
    const ed = createCodeEditor(host.current!, {
      source: doc.source,
      theme: doc.theme,
      onEdit: (text) => actions.dispatch({ kind: "edit", source: text }),
      onRun: () => commands.run(),
      onCursor: (offset) => actions.setCursor(offset),
    });
    editor.current = ed;
    // Once the editor has painted, the rest of the studio (diagram, IR, charts) may load.
    // Wait for a frame, then for the main thread to be idle (at most 800 ms), so typing comes first.
    let idle: number | undefined;
    const ready = () => actions.setEditorReady();
    const raf = requestAnimationFrame(() => {
      idle = typeof requestIdleCallback === "function" ? requestIdleCallback(ready, { timeout: 800 }) : window.setTimeout(ready, 50);
    });
    return () => {
      cancelAnimationFrame(raf);
      if (idle !== undefined) {
        if (typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
        else clearTimeout(idle);
      }
      ed.destroy();
      editor.current = null;
    };
  }, [store, actions, commands]);

  useEffect(() => editor.current?.setSource(source), [source]);
  useEffect(() => editor.current?.setTheme(theme), [theme]);
  useEffect(() => editor.current?.setDiagnostics(diagnostics, diagSource), [diagnostics, diagSource, source]);
  useEffect(() => {
    if (!reveal) return;
    if (reveal.range) editor.current?.highlight(reveal.range);
    else editor.current?.reveal(reveal.line, reveal.col);
  }, [reveal]);

  return <div ref={host} className="monaco-host" data-testid="source-editor" />;
}
