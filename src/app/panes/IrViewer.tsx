/** Read-only Monaco showing MLIR text. */
import { useEffect, useRef } from "react";
import { monacoTheme } from "../editor/codeEditor";
import { monaco } from "../editor/monaco";
import { MLIR_LANGUAGE } from "../editor/mlirLanguage";
import { useTheme } from "../store/hooks";

export function IrViewer({ text, stale }: { readonly text: string; readonly stale: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const theme = useTheme();

  useEffect(() => {
    const ed = monaco.editor.create(host.current!, {
      value: "",
      language: MLIR_LANGUAGE,
      readOnly: true,
      domReadOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 12,
      scrollBeyondLastLine: false,
      lineNumbers: "off",
      folding: true,
      wordWrap: "off",
      theme: monacoTheme(theme),
      ariaLabel: "Printed MLIR",
    });
    editor.current = ed;
    return () => {
      ed.getModel()?.dispose();
      ed.dispose();
      editor.current = null;
    };
    // The theme is applied globally by the design editor; creating once is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const ed = editor.current;
    if (ed && ed.getValue() !== text) ed.setValue(text);
  }, [text]);

  return <div ref={host} className={`monaco-host ir-viewer${stale ? " is-stale" : ""}`} data-testid="ir-text" />;
}
