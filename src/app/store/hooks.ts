/**
 * Purpose-named hooks over the studio store, built on module-level selectors so components
 * re-render only when the slice they show changes (STYLE §20).
 */
import { useStore } from "zustand";
import { useShallow } from "zustand/react/shallow";
import type { Diagnostic } from "../../core/diagnostics";
import type { PaneId, Theme } from "../document";
import type { StudioCommands } from "../studioController";
import { useStudioContext } from "./StudioContext";
import type { StudioActions, StudioState } from "./studioStore";

function useStudio<T>(selector: (s: StudioState) => T): T {
  return useStore(useStudioContext().store, selector);
}

const EMPTY: readonly Diagnostic[] = [];

const hasErrors = (diagnostics: readonly Diagnostic[] | undefined) => (diagnostics ?? EMPTY).some((d) => d.severity === "error");

/**
 * The source on screen compiled with errors, and an earlier one compiled without: the panes keep that
 * earlier design's results, dimmed, and say so (they are not "compiling", nothing is on its way).
 */
const showsLastGood = (s: StudioState) =>
  s.compile.status === "done" && s.compile.source === s.doc.source && hasErrors(s.compile.result?.diagnostics) && s.compile.good !== undefined;

/** Whether the panes show the last design that compiled because the source on screen has errors. */
export const useShowsLastGood = () => useStudio(showsLastGood);

/** What the result panes show: the last compile, or the last good one while the source has errors. */
const shownCompile = (s: StudioState) => (showsLastGood(s) ? s.compile.good! : { result: s.compile.result, source: s.compile.source });

const selectSource = (s: StudioState) => s.doc.source;
const selectTheme = (s: StudioState) => s.doc.theme;
const selectPanes = (s: StudioState) => s.doc.panes;
const selectExample = (s: StudioState) => s.doc.example;
const selectActions = (s: StudioState) => s.actions;
const selectWorker = (s: StudioState) => s.worker;
const selectGallery = (s: StudioState) => s.gallery;
const selectPendingShare = (s: StudioState) => s.pendingShare;
const selectNotice = (s: StudioState) => s.notice;
const selectReveal = (s: StudioState) => s.reveal;
const selectSim = (s: StudioState) => s.sim;

export const useSource = () => useStudio(selectSource);
export const useTheme = (): Theme => useStudio(selectTheme);
export const usePaneSize = (pane: PaneId): number => useStudio((s) => s.doc.panes[pane]);
export const usePaneSizes = () => useStudio(selectPanes);
export const useSelectedExample = () => useStudio(selectExample);
export const useActions = (): StudioActions => useStudio(selectActions);
export const useCommands = (): StudioCommands => useStudioContext().commands;
export const useStudioStore = () => useStudioContext().store;
export const useWorkerStatus = () => useStudio(selectWorker);
export const useGallery = () => useStudio(selectGallery);
export const usePendingShare = () => useStudio(selectPendingShare);
export const useNotice = () => useStudio(selectNotice);
export const useRevealRequest = () => useStudio(selectReveal);
export const useSimulation = () => useStudio(selectSim);

/** Diagnostics of the last compile and the source they belong to (markers are placed only when it matches). */
export const useCompileDiagnostics = () =>
  useStudio(useShallow((s: StudioState) => ({
    diagnostics: s.compile.result?.diagnostics ?? EMPTY,
    source: s.compile.source,
  })));

/** The printed MLIR, whether it is older than the document, and the compile state. */
export const useIr = () =>
  useStudio(useShallow((s: StudioState) => ({
    mlir: shownCompile(s).result?.mlir,
    stale: (s.compile.source !== undefined && s.compile.source !== s.doc.source) || showsLastGood(s),
    lastGood: showsLastGood(s),
    status: s.compile.status,
    error: s.compile.error,
    hasErrors: (s.compile.result?.diagnostics ?? EMPTY).some((d) => d.severity === "error"),
  })));

/** Compile summary for the status bar. */
export const useCompileSummary = () =>
  useStudio(useShallow((s: StudioState) => {
    const diags = s.compile.result?.diagnostics ?? EMPTY;
    return {
      status: s.compile.status,
      errors: diags.filter((d) => d.severity === "error").length,
      warnings: diags.filter((d) => d.severity === "warning").length,
      stale: s.compile.source !== undefined && s.compile.source !== s.doc.source,
      top: s.compile.result?.design?.top,
      error: s.compile.error,
    };
  }));

/** Whether the shown simulation result was computed from older source than the editor's. */
export const useSimulationStale = () => useStudio((s) => s.sim.source !== undefined && s.sim.source !== s.doc.source);

/** Why the shown simulation result is out of date: the source, or the seed/inputs/budget changed since the run. */
export const useSimulationStaleReason = (): "source" | "settings" | null => useStudio((s) => {
  if (!s.sim.result) return null;
  if (s.sim.source !== undefined && s.sim.source !== s.doc.source) return "source";
  const r = s.sim.ran;
  if (r && (r.seed !== s.sim.seed || r.stepBudget !== s.sim.stepBudget || r.inputFiles !== s.sim.inputFiles)) return "settings";
  return null;
});

/** The top function's parameters (of the last compile that had a design), for input uploads. */
export const useDesignParams = () => useStudio((s) => (s.compile.result?.design ?? s.compile.good?.result.design)?.params);

const selectCursor = (s: StudioState) => s.cursor;
const selectSelectedStep = (s: StudioState) => s.doc.selectedStep;
const selectReport = (s: StudioState) => s.report;
const selectExporting = (s: StudioState) => s.exporting;
const selectChecks = (s: StudioState) => s.checks;
const selectDiagramLayout = (s: StudioState) => s.diagramLayout;

export const useCursor = () => useStudio(selectCursor);
export const useSelectedStep = () => useStudio(selectSelectedStep);
export const useReport = () => useStudio(selectReport);
export const useExporting = () => useStudio(selectExporting);
export const useChecks = () => useStudio(selectChecks);
export const useDiagramLayoutState = () => useStudio(selectDiagramLayout);

/** The architecture graph shown, and whether it is older than the document or the chosen step. */
export const useArch = () =>
  useStudio(useShallow((s: StudioState) => ({
    graph: s.arch.graph,
    source: s.arch.source,
    status: s.arch.status,
    error: s.arch.error,
    step: s.arch.step,
    stale: s.arch.status === "loading" || (s.arch.source !== undefined && s.arch.source !== s.doc.source) || (s.arch.step ?? null) !== s.doc.selectedStep,
    // The graph kept is the last design that compiled; no newer one is coming until the errors are fixed.
    lastGood: s.arch.status === "failed" && s.arch.graph !== undefined && showsLastGood(s),
    hasErrors: (s.compile.result?.diagnostics ?? EMPTY).some((d) => d.severity === "error"),
  })));

const NO_STEPS: readonly never[] = [];
/** The schedule steps of the last compile, with the kernel as written and the scheduled IR. */
export const useSteps = () =>
  useStudio(useShallow((s: StudioState) => {
    const { result, source } = shownCompile(s);
    return { steps: result?.steps ?? NO_STEPS, mlir0: result?.mlir0, mlir: result?.mlir, source };
  }));

const selectEditorReady = (s: StudioState) => s.editorReady;
/** Whether the design editor has painted (heavy pane contents wait for it). */
export const useEditorReady = () => useStudio(selectEditorReady);

const selectMaximized = (s: StudioState) => s.maximized;
/** The maximized pane's id, or null. */
export const useMaximizedPane = () => useStudio(selectMaximized);
