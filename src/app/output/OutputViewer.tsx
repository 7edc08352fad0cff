/** One output tab's text: read-only Monaco with the source ↔ output line links. */
import { useEffect, useRef } from "react";
import type { OutputText } from "../../core/api-types";
import { monacoTheme } from "../editor/codeEditor";
import { monaco } from "../editor/monaco";
import { useTheme } from "../store/hooks";
import { createLineLinks } from "./lineLinks";
import type { LineLinks } from "./lineLinks";

interface OutputViewerProps {
  readonly output: OutputText;
  readonly language: string;
  readonly label: string;
  readonly testId: string;
  /** Links are drawn only for the tab on screen and only while the output matches the source. */
  readonly linked: boolean;
  readonly stale: boolean;
  /** The design editor's cursor line (1-based). */
  readonly sourceLine: number | null;
}

export function OutputViewer({ output, language, label, testId, linked, stale, sourceLine }: OutputViewerProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const links = useRef<LineLinks | null>(null);
  const theme = useTheme();

  useEffect(() => {
    const ed = monaco.editor.create(host.current!, {
      value: "",
      language,
      readOnly: true,
      domReadOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 12,
      scrollBeyondLastLine: false,
      lineNumbers: "on",
      lineNumbersMinChars: 3,
      folding: true,
      wordWrap: "off",
      theme: monacoTheme(theme),
      ariaLabel: label,
    });
    editor.current = ed;
    links.current = createLineLinks(ed);
    return () => {
      links.current?.destroy();
      links.current = null;
      ed.getModel()?.dispose();
      ed.dispose();
      editor.current = null;
    };
    // The theme is applied globally by the design editor; creating once is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const ed = editor.current;
    if (ed && ed.getValue() !== output.text) ed.setValue(output.text);
    links.current?.setMap(linked && !stale ? output : undefined);
  }, [output, linked, stale]);

  useEffect(() => {
    if (linked && !stale) links.current?.setSourceLine(sourceLine);
  }, [sourceLine, linked, stale]);

  return <div ref={host} className={`monaco-host output-viewer${stale ? " is-stale" : ""}`} data-testid={testId} />;
}
