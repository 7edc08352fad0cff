/**
 * React-free controller of the design editor (STYLE §19): `createCodeEditor(el, params)` returns
 * `{ setSource, setTheme, setDiagnostics, reveal, destroy }`. Source set from outside (gallery, share
 * link) goes through an undoable edit, so Ctrl+Z brings the user's text back.
 */
import type { Diagnostic, SourceRange } from "../../core/diagnostics";
import type { Theme } from "../document";
import type { EditorView } from "./editorHandoff";
import { monaco } from "./monaco";
import { setQuickFixes } from "./quickFixes";

export const MARKER_OWNER = "allo";
/** The design's model URI (the output pane finds the design editor by it). */
export const DESIGN_URI = "file:///design.py";

export interface CodeEditorParams {
  readonly source: string;
  readonly theme: Theme;
  /** `replacedAll`: the edit replaced the whole text (select all, then type or paste). */
  readonly onEdit: (source: string, replacedAll?: boolean) => void;
  readonly onRun: () => void;
  /** The cursor moved (source offset). */
  readonly onCursor?: (offset: number) => void;
  /** Where the user was in the plain editor this one replaces: selection, focus and scroll carry over. */
  readonly initialView?: EditorView;
}

export interface CodeEditor {
  setSource(source: string): void;
  setTheme(theme: Theme): void;
  /** Places markers when `forSource` is the text on screen; otherwise leaves the markers as they are. */
  setDiagnostics(diagnostics: readonly Diagnostic[], forSource: string | undefined): void;
  reveal(line: number, col: number): void;
  /** Selects a source range, scrolls to it and marks it with a highlight until the next edit or highlight. */
  highlight(range: SourceRange): void;
  destroy(): void;
}

export const monacoTheme = (theme: Theme) => (theme === "dark" ? "vs-dark" : "vs");

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

export function toMarker(model: monaco.editor.ITextModel, d: Diagnostic): monaco.editor.IMarkerData {
  const end = model.getPositionAt(Math.max(d.range.to, d.range.from));
  let endLine = end.lineNumber;
  let endCol = end.column;
  if (endLine === d.line && endCol <= d.col) {
    // Empty range: underline the word there, or one character.
    const word = model.getWordAtPosition({ lineNumber: d.line, column: d.col });
    endLine = d.line;
    endCol = word && word.startColumn <= d.col ? word.endColumn : d.col + 1;
  }
  return {
    severity: SEVERITY[d.severity],
    message: d.message || d.code,
    code: d.code,
    source: "allo",
    startLineNumber: d.line,
    startColumn: d.col,
    endLineNumber: endLine,
    endColumn: endCol,
  };
}

/**
 * Puts Monaco where the plain editor was: same selection, same first visible line, the caret in view
 * and the focus if it had it. Waits for Monaco's first layout with a height: before it, scrolling and
 * revealing do nothing.
 */
function restoreView(editor: monaco.editor.IStandaloneCodeEditor, model: monaco.editor.ITextModel, view: EditorView): void {
  const len = model.getValueLength();
  const anchor = model.getPositionAt(Math.min(view.anchor, len));
  const head = model.getPositionAt(Math.min(view.head, len));
  editor.setSelection(new monaco.Selection(anchor.lineNumber, anchor.column, head.lineNumber, head.column));
  if (view.focused) editor.focus();
  const place = () => {
    editor.setScrollTop(editor.getTopForLineNumber(view.firstLine), monaco.editor.ScrollType.Immediate);
    editor.revealPositionInCenterIfOutsideViewport(head, monaco.editor.ScrollType.Immediate);
  };
  if (editor.getLayoutInfo().height > 0) return place();
  const sub = editor.onDidLayoutChange((layout) => {
    if (layout.height <= 0) return;
    sub.dispose();
    place();
  });
}

export function createCodeEditor(el: HTMLElement, params: CodeEditorParams): CodeEditor {
  const model = monaco.editor.createModel(params.source, "python", monaco.Uri.parse(DESIGN_URI));
  const editor = monaco.editor.create(el, {
    model,
    theme: monacoTheme(params.theme),
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    tabSize: 4,
    insertSpaces: true,
    scrollBeyondLastLine: false,
    renderWhitespace: "none",
    fixedOverflowWidgets: true,
    ariaLabel: "Design source (Python)",
  });
  // Chromium reveals Monaco's hidden edit-context element by scrolling its overflow:hidden ancestors,
  // e.g. when a paste leaves the caret far right. Monaco undoes that for some containers but not
  // horizontally for its scroll container (.editor-scrollable), so the text stayed shifted left of
  // the gutter. Monaco's own scroll state is the only horizontal scroll: zero any DOM scrollLeft here.
  const root = editor.getDomNode()!;
  const unscrolled = new Set(root.querySelectorAll<HTMLElement>(".overflow-guard, .editor-scrollable, .lines-content"));
  unscrolled.add(root);
  const onDomScroll = (e: Event) => {
    const el = e.target as HTMLElement;
    if (unscrolled.has(el) && el.scrollLeft !== 0) el.scrollLeft = 0;
  };
  root.addEventListener("scroll", onDomScroll, { capture: true, passive: true });
  // A click that lands before Monaco's first render (right after it replaced the plain editor) does
  // not focus it; the user's next keystrokes would go nowhere. A click in the editor that leaves the
  // focus outside it (not in its find widget or another of its inputs) focuses the text.
  const onMouseDown = () => requestAnimationFrame(() => { if (!root.contains(document.activeElement)) editor.focus(); });
  root.addEventListener("mousedown", onMouseDown, { capture: true, passive: true });
  let applyingExternal = false;
  const sub = model.onDidChangeContent((e) => {
    if (applyingExternal) return;
    // One change that removed text and left only what it inserted replaced all of the old text.
    const c = e.changes.length === 1 ? e.changes[0]! : undefined;
    const replacedAll = c !== undefined && c.rangeOffset === 0 && c.rangeLength > 0 && c.text.length === model.getValueLength();
    params.onEdit(model.getValue(), replacedAll);
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => params.onRun());
  const highlights = editor.createDecorationsCollection();
  const cursorSub = editor.onDidChangeCursorPosition((e) => params.onCursor?.(model.getOffsetAt(e.position)));
  const clearSub = model.onDidChangeContent(() => highlights.clear());
  if (params.initialView) restoreView(editor, model, params.initialView);

  return {
    setSource(source) {
      if (source === model.getValue()) return;
      applyingExternal = true;
      try {
        editor.pushUndoStop();
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text: source }], () => null);
        editor.pushUndoStop();
      } finally {
        applyingExternal = false;
      }
    },
    setTheme(theme) {
      monaco.editor.setTheme(monacoTheme(theme));
    },
    setDiagnostics(diagnostics, forSource) {
      if (forSource !== model.getValue()) return;
      monaco.editor.setModelMarkers(model, MARKER_OWNER, diagnostics.map((d) => toMarker(model, d)));
      setQuickFixes(model, diagnostics);
    },
    reveal(line, col) {
      editor.setPosition({ lineNumber: line, column: col });
      editor.revealPositionInCenterIfOutsideViewport({ lineNumber: line, column: col });
      editor.focus();
    },
    highlight(range) {
      const len = model.getValueLength();
      const start = model.getPositionAt(Math.min(range.from, len));
      const end = model.getPositionAt(Math.min(Math.max(range.to, range.from), len));
      const r = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
      // The cursor goes to the start of the range (selection anchored at its end), so revealing it
      // never scrolls sideways to the end of a long last line.
      editor.setSelection(new monaco.Selection(r.endLineNumber, r.endColumn, r.startLineNumber, r.startColumn));
      editor.revealPositionInCenterIfOutsideViewport({ lineNumber: r.startLineNumber, column: r.startColumn }, monaco.editor.ScrollType.Immediate);
      highlights.set([{ range: r, options: { className: "source-highlight", isWholeLine: r.isEmpty(), inlineClassName: "source-highlight-inline", overviewRuler: { color: "#e8a33d", position: monaco.editor.OverviewRulerLane.Center } } }]);
    },
    destroy() {
      root.removeEventListener("scroll", onDomScroll, { capture: true });
      root.removeEventListener("mousedown", onMouseDown, { capture: true });
      cursorSub.dispose();
      clearSub.dispose();
      highlights.clear();
      sub.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
