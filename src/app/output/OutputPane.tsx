/**
 * The live output beside the source (Compiler Explorer's core): tabs for the printed MLIR and the HLS
 * C++ that the Vitis project export writes (its kernel.cpp, pragmas included), both updating as the
 * user types and linked line by line to the source. A new output (AIE) is one more entry in OUTPUT_TABS.
 */
import { useMemo, useState } from "react";
import type { KeyboardEvent } from "react";
import { useStore } from "zustand";
import { useShallow } from "zustand/react/shallow";
import type { DesignOutputs, OutputText } from "../../core/api-types";
import { MLIR_LANGUAGE } from "../editor/mlirLanguage";
import { useCursor, useShowsLastGood, useSource, useStudioStore } from "../store/hooks";
import type { StudioState } from "../store/studioStore";
import { OutputViewer } from "./OutputViewer";
import "./output.css";

interface OutputTab {
  readonly id: string;
  readonly label: string;
  readonly language: string;
  readonly testId: string;
  readonly pick: (o: DesignOutputs) => OutputText | undefined;
  /** What the tab says when the design has no such output. */
  readonly missing: (o: DesignOutputs) => string;
}

export const OUTPUT_TABS: readonly OutputTab[] = [
  { id: "mlir", label: "MLIR", language: MLIR_LANGUAGE, testId: "ir-text", pick: (o) => o.mlir, missing: () => "No MLIR for this design." },
  {
    id: "hls", label: "HLS C++", language: "cpp", testId: "hls-text", pick: (o) => o.hls,
    missing: (o) => `The HLS export cannot express this design: ${o.hlsDiagnostics?.find((d) => d.severity === "error")?.message ?? "see the problems list"}`,
  },
];

const selectOutputs = (s: StudioState) => ({
  outputs: s.compile.result?.outputs,
  goodOutputs: s.compile.good?.result?.outputs,
  stale: s.compile.source !== undefined && s.compile.source !== s.doc.source,
});

const TAB_KEY = "allo-studio:output-tab";

/** The chosen tab outlives the pane (it unmounts while the design has errors) and reloads. */
function rememberedTab(): string {
  try {
    const id = localStorage.getItem(TAB_KEY);
    if (id && OUTPUT_TABS.some((t) => t.id === id)) return id;
  } catch {
    // storage may be unavailable (private mode): the first tab it is
  }
  return OUTPUT_TABS[0]!.id;
}

function rememberTab(id: string): void {
  try {
    localStorage.setItem(TAB_KEY, id);
  } catch {
    // not remembered; nothing else depends on it
  }
}

/** The 1-based line of a source offset. */
function lineAt(source: string, offset: number | null): number | null {
  if (offset === null) return null;
  let line = 1;
  for (let i = 0; i < Math.min(offset, source.length); i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

export function OutputPane({ fallbackMlir }: { readonly fallbackMlir: string }) {
  const store = useStudioStore();
  const { outputs: current, goodOutputs, stale: behind } = useStore(store, useShallow(selectOutputs));
  // While the source has errors the last design that compiled stays, dimmed and unlinked (its lines are not these).
  const lastGood = useShowsLastGood();
  const outputs = lastGood ? goodOutputs : current;
  const stale = behind || lastGood;
  const source = useSource();
  const cursor = useCursor();
  const sourceLine = useMemo(() => lineAt(source, cursor), [source, cursor]);
  const [tab, setTabState] = useState(rememberedTab);
  const setTab = (id: string) => {
    setTabState(id);
    rememberTab(id);
  };
  // A compile made without outputs (none so far) still has its MLIR: show it, unlinked.
  const data: DesignOutputs = outputs ?? { mlir: { text: fallbackMlir, sourceLines: [] } };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = OUTPUT_TABS.findIndex((t) => t.id === tab);
    const next = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? OUTPUT_TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const t = OUTPUT_TABS[(next + OUTPUT_TABS.length) % OUTPUT_TABS.length]!;
    setTab(t.id);
    document.getElementById(`output-tab-${t.id}`)?.focus();
  };

  return (
    <div className="output-pane">
      <div className="output-tabs" role="tablist" aria-label="Output" title="The cursor on a line highlights the lines it is linked to, in the source and in the output" onKeyDown={onKeyDown}>
        {OUTPUT_TABS.map((t) => (
          <button
            key={t.id} id={`output-tab-${t.id}`} type="button" role="tab" className="output-tab"
            aria-selected={t.id === tab} aria-controls={`output-panel-${t.id}`} tabIndex={t.id === tab ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {OUTPUT_TABS.map((t) => {
        const text = t.pick(data);
        return (
          <div key={t.id} id={`output-panel-${t.id}`} role="tabpanel" aria-labelledby={`output-tab-${t.id}`} className="output-panel" hidden={t.id !== tab}>
            {text
              ? <OutputViewer output={text} language={t.language} label={`${t.label} output`} testId={t.testId} linked={t.id === tab} stale={stale} sourceLine={sourceLine} />
              : <p className="pane-empty" data-testid={`${t.testId}-missing`}>{t.missing(data)}</p>}
          </div>
        );
      })}
    </div>
  );
}
