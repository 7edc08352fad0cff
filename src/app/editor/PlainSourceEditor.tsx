/**
 * The design source as a plain text editor while Monaco (~3 MB of JavaScript) downloads and starts:
 * typing works from the first paint, each edit goes to the store (so it compiles and autosaves like
 * any other), and when Monaco takes over it gets the selection, focus and scroll (editorHandoff).
 * Python-friendly basics only: Tab indents by four spaces, Enter keeps the indentation (one level
 * more after a colon), Ctrl/Cmd+Enter runs. Undo history stays with the plain editor.
 */
import { useLayoutEffect, useRef, type KeyboardEvent } from "react";
import { useActions, useCommands, useSource } from "../store/hooks";
import { handOffView } from "./editorHandoff";

const INDENT = "    ";
/** The line height of .source-shell (shell.css). */
const LINE_HEIGHT_PX = 19;

/** Inserts text at the selection as a native edit, so the browser's undo keeps it. */
function insertText(ta: HTMLTextAreaElement, text: string): void {
  if (!document.execCommand("insertText", false, text)) ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, "end");
}

export function PlainSourceEditor() {
  const source = useSource();
  const actions = useActions();
  const commands = useCommands();
  const scroller = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  // Uncontrolled: the textarea owns its text while it lives (React would otherwise restore a stale
  // value when a keystroke lands while the studio chunk is being swapped in); edits go to the store,
  // and a change made elsewhere (none is possible before Monaco, but stay correct) is copied in.
  useLayoutEffect(() => {
    const ta = text.current;
    if (ta && ta.value !== source) ta.value = source;
  }, [source]);
  const lineCount = source.split("\n").length;

  // Hand the view over as this editor goes away (Monaco is mounting in the same commit).
  useLayoutEffect(() => () => {
    const ta = text.current;
    if (!ta) return;
    const backward = ta.selectionDirection === "backward";
    handOffView({
      anchor: backward ? ta.selectionEnd : ta.selectionStart,
      head: backward ? ta.selectionStart : ta.selectionEnd,
      focused: document.activeElement === ta,
      firstLine: 1 + Math.floor((scroller.current?.scrollTop ?? 0) / LINE_HEIGHT_PX),
    });
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const ta = e.currentTarget;
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commands.run(); // as in Monaco: the result shows when the simulation pane has loaded
    } else if (e.key === "Tab" && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      insertText(ta, INDENT);
    } else if (e.key === "Enter" && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const before = ta.value.slice(0, ta.selectionStart);
      const line = before.slice(before.lastIndexOf("\n") + 1);
      const indent = /^[ \t]*/.exec(line)![0];
      insertText(ta, `\n${indent}${/:\s*(#.*)?$/.test(line) ? INDENT : ""}`);
    }
  };

  return (
    <div ref={scroller} className="source-shell">
      <pre className="source-shell-gutter" aria-hidden="true">{Array.from({ length: lineCount }, (_, i) => i + 1).join("\n")}</pre>
      <textarea
        ref={text}
        className="source-shell-text"
        data-testid="plain-source-editor"
        aria-label="Design source (Python; the full editor is loading)"
        defaultValue={source}
        rows={lineCount}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        onChange={(e) => actions.dispatch({ kind: "edit", source: e.currentTarget.value })}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
