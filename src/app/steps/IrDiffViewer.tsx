/** Read-only Monaco diff of two IR texts (the step before and the chosen step). */
import { useEffect, useRef } from "react";
import { monaco } from "../editor/monaco";
import { MLIR_LANGUAGE } from "../editor/mlirLanguage";

export function IrDiffViewer({ before, after, stale }: { readonly before: string; readonly after: string; readonly stale: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const diff = useRef<{ editor: monaco.editor.IStandaloneDiffEditor; original: monaco.editor.ITextModel; modified: monaco.editor.ITextModel } | null>(null);

  useEffect(() => {
    const editor = monaco.editor.createDiffEditor(host.current!, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: false,
      minimap: { enabled: false },
      fontSize: 12,
      scrollBeyondLastLine: false,
      lineNumbers: "off",
      renderOverviewRuler: false,
      hideUnchangedRegions: { enabled: true, contextLineCount: 2, minimumLineCount: 4 },
    });
    const original = monaco.editor.createModel("", MLIR_LANGUAGE);
    const modified = monaco.editor.createModel("", MLIR_LANGUAGE);
    editor.setModel({ original, modified });
    diff.current = { editor, original, modified };
    return () => {
      editor.dispose();
      original.dispose();
      modified.dispose();
      diff.current = null;
    };
  }, []);

  useEffect(() => {
    const d = diff.current;
    if (!d) return;
    if (d.original.getValue() !== before) d.original.setValue(before);
    if (d.modified.getValue() !== after) d.modified.setValue(after);
  }, [before, after]);

  return <div ref={host} className={`monaco-host ir-diff${stale ? " is-stale" : ""}`} data-testid="ir-diff" />;
}
