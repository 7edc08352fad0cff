/**
 * The studio's state: the document plus what the worker last said about it. One store per
 * <StudioProvider> (STYLE §20), created with zustand's vanilla `createStore` so the controller and
 * tests can use it without React. Components read it through the purpose-named hooks in hooks.ts.
 */
import type { Limits } from "../../core/limits";
import { createStore, type StoreApi } from "zustand/vanilla";
import type { CompileResult, SimulateResult, StepCheck, StepVerdict } from "../../core/api-types";
import type { ArchGraph } from "../../core/arch/graph";
import type { SynthesisReport } from "../../core/backend/report";
import type { Diagnostic, SourceRange } from "../../core/diagnostics";
import type { DiagramLayout } from "../diagram/layoutTypes";
import type { NpyErrors, NpyFiles, ProgressPhase } from "../../worker/protocol";
import type { WorkerStatus } from "../compilerClient";
import type { InputFile } from "../../worker/uploadedInputs";
import { applyChanges, type DocChange, type StudioDocument } from "../document";
import type { GalleryEntry } from "../gallery";

export type CompileStatus = "idle" | "compiling" | "done" | "failed";

export interface CompileState {
  readonly status: CompileStatus;
  /** The last result that arrived; it belongs to `source`, which may be older than the document. */
  readonly result?: CompileResult;
  readonly source?: string;
  /** A compiler failure (internal error, time-out), never a user mistake. */
  readonly error?: string;
  /** The last result without errors and its source: kept on screen (dimmed) while the source has errors. */
  readonly good?: { readonly result: CompileResult; readonly source: string };
}

export type SimStatus = "idle" | "running" | "done" | "failed" | "cancelled";

/** What a run is given besides the source: the seed of generated inputs, uploads, the step budget. */
export interface RunSettings {
  readonly seed: number;
  /** Loop iterations before a run stops as runaway (undefined: the simulator's default). */
  readonly stepBudget?: number;
  /** Resource limits (the design's Python code, arrays, FIFOs), sent with every request; unset: the defaults. */
  readonly limits?: Readonly<Partial<Limits>>;
  /** Uploaded .npy inputs by parameter name. */
  readonly inputFiles: Readonly<Record<string, InputFile>>;
}

export interface SimState extends RunSettings {
  readonly status: SimStatus;
  readonly phase?: ProgressPhase;
  /** The settings the shown result was run with (the current ones may have changed since). */
  readonly ran?: RunSettings;
  readonly result?: SimulateResult;
  readonly npy?: NpyFiles;
  readonly npyErrors?: NpyErrors;
  /** The source the result was simulated from. */
  readonly source?: string;
  readonly error?: string;
  readonly startedAt?: number;
  readonly elapsedMs?: number;
}

export type GalleryState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly entries: readonly GalleryEntry[] }
  | { readonly status: "failed"; readonly error: string };

/**
 * A request for the editor to put the cursor at a place (e.g. from a diagnostic in a list), or to
 * select and highlight a source range (from a diagram node or a schedule step).
 */
export interface RevealRequest { readonly line: number; readonly col: number; readonly seq: number; readonly range?: SourceRange }

/** The architecture graph shown in the diagram: of the design, or of the design after step `step`. */
export interface ArchState {
  readonly status: "idle" | "loading" | "done" | "failed";
  readonly graph?: ArchGraph;
  /** The source and step the graph belongs to. */
  readonly source?: string;
  readonly step?: number | null;
  readonly error?: string;
}

/** The differential check of each schedule step, computed after a compile settles. */
export interface ChecksState {
  readonly status: "idle" | "running" | "done" | "failed";
  readonly source?: string;
  readonly checks?: readonly StepCheck[];
  readonly error?: string;
  /** The equivalence checker's verdicts (after the simulation check); `proving` while it runs. */
  readonly verdicts?: readonly StepVerdict[];
  readonly proving?: boolean;
}

/** An imported Vitis HLS csynth.xml. */
export interface ReportState {
  readonly status: "idle" | "loading" | "done" | "failed";
  readonly fileName?: string;
  readonly report?: SynthesisReport;
  readonly error?: string;
}

/** The last export: what it was and the diagnostics that stopped it. */
export interface ExportState {
  readonly status: "idle" | "running" | "done" | "failed";
  readonly label?: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly error?: string;
}

export interface StudioState {
  readonly doc: StudioDocument;
  readonly compile: CompileState;
  readonly sim: SimState;
  readonly worker: WorkerStatus;
  readonly gallery: GalleryState;
  /** A shared document waiting for the user to choose between it and their autosaved work. */
  readonly pendingShare: StudioDocument | null;
  /** A transient message for the status bar. */
  readonly notice: string | null;
  readonly reveal: RevealRequest | null;
  readonly arch: ArchState;
  readonly checks: ChecksState;
  readonly report: ReportState;
  readonly exporting: ExportState;
  /** The editor cursor as a source offset (drives the diagram's highlight). */
  readonly cursor: number | null;
  /** The diagram as laid out on screen (for SVG/PNG export). */
  readonly diagramLayout: DiagramLayout | null;
  /** The design editor has painted: heavier pane contents (diagram, IR, charts) load after it. */
  readonly editorReady: boolean;
  /** The pane shown over the whole workspace (double-click a pane's title), or null. */
  readonly maximized: string | null;
  readonly actions: StudioActions;
}

export interface StudioActions {
  dispatch(...changes: DocChange[]): void;
  setCompile(state: CompileState): void;
  setSim(patch: Partial<SimState>): void;
  setWorker(status: WorkerStatus): void;
  setGallery(gallery: GalleryState): void;
  setPendingShare(doc: StudioDocument | null): void;
  notify(notice: string | null): void;
  revealAt(line: number, col: number, range?: SourceRange): void;
  setArch(arch: ArchState): void;
  setChecks(checks: ChecksState): void;
  setReport(report: ReportState): void;
  setExporting(exporting: ExportState): void;
  setSelectedStep(step: number | null): void;
  setCursor(offset: number | null): void;
  setDiagramLayout(layout: DiagramLayout | null): void;
  setEditorReady(): void;
  /** Maximizes pane `id`, or restores it when it is the maximized one (null: restore). */
  toggleMaximized(id: string | null): void;
}

export type StudioStore = StoreApi<StudioState>;

export interface StudioStoreInit {
  readonly doc: StudioDocument;
  readonly pendingShare?: StudioDocument | null;
  readonly notice?: string | null;
}

export function createStudioStore(init: StudioStoreInit): StudioStore {
  return createStore<StudioState>()((set, get) => ({
    doc: init.doc,
    compile: { status: "idle" },
    sim: { status: "idle", seed: 0, inputFiles: {} },
    worker: { state: "starting", restarts: 0 },
    gallery: { status: "loading" },
    pendingShare: init.pendingShare ?? null,
    notice: init.notice ?? null,
    reveal: null,
    arch: { status: "idle" },
    checks: { status: "idle" },
    report: { status: "idle" },
    exporting: { status: "idle", diagnostics: [] },
    cursor: null,
    diagramLayout: null,
    editorReady: false,
    maximized: null,
    actions: {
      dispatch(...changes) {
        const doc = applyChanges(get().doc, changes);
        if (doc !== get().doc) set({ doc });
      },
      setCompile: (compile) => set({ compile }),
      setSim: (patch) => set({ sim: { ...get().sim, ...patch } }),
      setWorker: (worker) => set({ worker }),
      setGallery: (gallery) => set({ gallery }),
      setPendingShare: (pendingShare) => set({ pendingShare }),
      notify: (notice) => set({ notice }),
      revealAt: (line, col, range) => set({ reveal: { line, col, seq: (get().reveal?.seq ?? 0) + 1, ...(range ? { range } : {}) } }),
      setArch: (arch) => set({ arch }),
      setChecks: (checks) => set({ checks }),
      setReport: (report) => set({ report }),
      setExporting: (exporting) => set({ exporting }),
      // The selected step lives in the document (autosaved and shared with it).
      setSelectedStep(step) {
        const doc = applyChanges(get().doc, [{ kind: "selectStep", step }]);
        if (doc !== get().doc) set({ doc });
      },
      setCursor: (cursor) => { if (cursor !== get().cursor) set({ cursor }); },
      setDiagramLayout: (diagramLayout) => set({ diagramLayout }),
      setEditorReady: () => { if (!get().editorReady) set({ editorReady: true }); },
      toggleMaximized: (id) => set({ maximized: id === null || get().maximized === id ? null : id }),
    },
  }));
}
