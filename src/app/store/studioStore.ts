/**
 * The studio's state: the document plus what the worker last said about it. One store per
 * <StudioProvider> (STYLE §20), created with zustand's vanilla `createStore` so the controller and
 * tests can use it without React. Components read it through the purpose-named hooks in hooks.ts.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { CompileResult, SimulateResult } from "../../core/api-types";
import type { NpyErrors, NpyFiles, ProgressPhase } from "../../worker/protocol";
import type { WorkerStatus } from "../compilerClient";
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
}

export type SimStatus = "idle" | "running" | "done" | "failed" | "cancelled";

export interface SimState {
  readonly status: SimStatus;
  readonly phase?: ProgressPhase;
  readonly seed: number;
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

/** A request for the editor to put the cursor at a place (e.g. from a diagnostic in a list). */
export interface RevealRequest { readonly line: number; readonly col: number; readonly seq: number }

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
  revealAt(line: number, col: number): void;
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
    sim: { status: "idle", seed: 0 },
    worker: { state: "starting", restarts: 0 },
    gallery: { status: "loading" },
    pendingShare: init.pendingShare ?? null,
    notice: init.notice ?? null,
    reveal: null,
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
      revealAt: (line, col) => set({ reveal: { line, col, seq: (get().reveal?.seq ?? 0) + 1 } }),
    },
  }));
}
