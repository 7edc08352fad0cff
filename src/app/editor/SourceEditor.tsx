/** The design editor pane body: Monaco bound to the document source, diagnostics and theme. */
import { useEffect, useLayoutEffect, useRef } from "react";
import { useActions, useCommands, useCompileDiagnostics, useRevealRequest, useSource, useStudioStore, useTheme } from "../store/hooks";
import { createCodeEditor, type CodeEditor } from "./codeEditor";
import { takeHandedOffView } from "./editorHandoff";

/** How long after the editor has painted the heavy panes wait for a first edit before loading anyway. */
const READY_DELAY_MS = 1000;

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

  // A layout effect: Monaco exists in the same commit that removes the plain editor, so there is no
  // moment where the pane is empty and a click or keystroke lands nowhere.
  useLayoutEffect(() => {
    const { doc } = store.getState();
    // Once the editor has painted, the rest of the studio (diagram, IR, charts) may load: after the
    // user's first edit has been drawn, or after READY_DELAY_MS without one, when the main thread is
    // idle (at most 800 ms later). Typing into a fresh page comes before the heavy panes.
    let idle: number | undefined;
    let timer: number | undefined;
    let raf = 0;
    let done = false;
    const ready = () => { if (!done) { done = true; actions.setEditorReady(); } };
    const whenIdle = () => {
      if (done || idle !== undefined) return;
      if (timer !== undefined) clearTimeout(timer);
      idle = typeof requestIdleCallback === "function" ? requestIdleCallback(ready, { timeout: 800 }) : window.setTimeout(ready, 50);
    };
    const ed = createCodeEditor(host.current!, {
      source: doc.source,
      theme: doc.theme,
      onEdit: (text, replacedAll) => {
        actions.dispatch({ kind: "edit", source: text, ...(replacedAll ? { replacedAll } : {}) });
        if (!done) raf = requestAnimationFrame(() => { raf = requestAnimationFrame(whenIdle); });
      },
      onRun: () => commands.run(),
      onCursor: (offset) => actions.setCursor(offset),
      initialView: takeHandedOffView(),
    });
    editor.current = ed;
    raf = requestAnimationFrame(() => { timer = window.setTimeout(whenIdle, READY_DELAY_MS); });
    return () => {
      cancelAnimationFrame(raf);
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) {
        if (typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
        else clearTimeout(idle);
      }
      ed.destroy();
      editor.current = null;
    };
  }, [store, actions, commands]);

  // The store's text, not this render's: an edit made in the plain editor while this tree was being
  // rendered (the studio chunk swapping in) must not be overwritten by the render's older copy.
  useEffect(() => editor.current?.setSource(store.getState().doc.source), [store, source]);
  useEffect(() => editor.current?.setTheme(theme), [theme]);
  useEffect(() => editor.current?.setDiagnostics(diagnostics, diagSource), [diagnostics, diagSource, source]);
  useEffect(() => {
    if (!reveal) return;
    if (reveal.range) editor.current?.highlight(reveal.range);
    else editor.current?.reveal(reveal.line, reveal.col);
  }, [reveal]);

  return <div ref={host} className="monaco-host" data-testid="source-editor" />;
}
