/**
 * Side effects of the studio, kept out of React: compiles the document on every edit (at once when
 * the worker is idle, else once the running compile ends, with the edits made meanwhile), runs and cancels simulations, autosaves, loads the gallery,
 * and resolves share links. `createStudioController(params) → { commands, destroy }` (STYLE §19).
 */
import type { Limits } from "../core/limits";
import type { AieMappingView } from "../core/backend/aie/view-model";
import type { CompileResult, StepCheck, Tensor } from "../core/api-types";
import type { CompilerClient, Outcome, VerifyClient } from "./compilerClient";
import type { ExportTarget } from "../worker/protocol";
import type { InputFile } from "../worker/uploadedInputs";
import { diagramToSvg, svgToPng } from "./diagram/diagramSvg";
import { download } from "./download";
import { TUTORIAL_FILE, TUTORIAL_SOURCE } from "./tutorial/tutorial";
import type { AutosaveStore } from "./autosave";
import type { StudioDocument } from "./document";
import { examplesBase, parseManifest } from "./gallery";
import { shareUrl } from "./shareLink";
import type { StudioStore } from "./store/studioStore";

/** The name exports are given (kernel.cpp's header); the output pane's HLS C++ uses it too, so they match. */
const EXPORT_DESIGN_NAME = "kernel";
/** How long after a compile settles the (simulating) step check starts. */
export const CHECK_DEBOUNCE_MS = 400;
/** Time the equivalence checker may spend on one design's steps in the studio. */
export const PROOF_BUDGET_MS = 10_000;

/** What the export menu offers, with the file each produces. */
export const EXPORTS: Record<ExportTarget, { label: string; file: (top: string) => string }> = {
  vitis_hls: { label: "Vitis HLS project", file: (top) => `${top}_vitis_hls.zip` },
  vhls: { label: "HLS C++", file: (top) => `${top}_vhls.zip` },
  mlir: { label: "MLIR", file: (top) => `${top}.mlir` },
  aie: { label: "AI Engine project", file: (top) => `${top}_aie.zip` },
};

export interface StudioCommands {
  run(): void;
  /** Runs the design on these inputs (a counterexample's) in the simulation pane. */
  runInputs(inputs: Readonly<Record<string, Tensor>>): void;
  cancelRun(): void;
  setSeed(seed: number): void;
  /** Loop iterations a run may take before it stops as runaway; undefined: the simulator's default. */
  setStepBudget(budget: number | undefined): void;
  /** Sets one resource limit (undefined: its default) and compiles again. */
  setLimit(key: keyof Limits, value: number | undefined): void;
  /** Uses an uploaded .npy file as parameter `name`'s value (null: generated from the seed again). */
  setInputFile(name: string, file: InputFile | null): void;
  openExample(file: string): Promise<void>;
  /** Copies a share link to the clipboard; resolves to the link. */
  share(): Promise<string>;
  /** Answers the "open shared / keep mine" question. */
  resolveShare(open: boolean): void;
  /** Shows schedule step `step` (0: the kernel as written) in the IR diff and the diagram; null: the scheduled design. */
  selectStep(step: number | null): void;
  exportProject(target: ExportTarget): Promise<void>;
  /** The AI Engine mapping of the current source (tile-array view); undefined when superseded or failed. */
  aieMapping(source: string, device?: string): Promise<AieMappingView | undefined>;
  exportDiagram(format: "svg" | "png"): Promise<void>;
  importReport(fileName: string, xml: string): Promise<void>;
  /** Imports an ONNX model (menu or drag-and-drop) as the document's source. */
  importOnnx(fileName: string, bytes: Uint8Array): Promise<void>;
  openTutorial(): void;
}

export interface StudioControllerParams {
  readonly store: StudioStore;
  readonly client: CompilerClient;
  /** A second worker for the step check, so cancelling it never disturbs compiles. */
  readonly checkClient?: CompilerClient & Partial<VerifyClient>;
  readonly autosave: AutosaveStore;
  readonly fetchText: (url: string) => Promise<string>;
  readonly location: { href: string };
  readonly writeClipboard: (text: string) => Promise<void>;
  /** Removes the share fragment from the address bar once handled. */
  readonly clearShareFragment: () => void;
}

export interface StudioController {
  readonly commands: StudioCommands;
  destroy(): void;
}

function describe(outcome: Exclude<Outcome<unknown>, { kind: "ok" }>, what: string): string {
  switch (outcome.kind) {
    case "cancelled": return `${what} cancelled`;
    case "failed": return `internal error, please report: ${outcome.message}`;
    case "timeout": return `${what} stopped after ${Math.round(outcome.budgetMs / 1000)} s (time budget); the worker was restarted`;
    case "crashed": return `the compiler worker crashed (${outcome.message}); it was restarted`;
    case "restarted": return `the compiler worker was restarted; ${what} did not finish`;
  }
}

export function createStudioController(p: StudioControllerParams): StudioController {
  const { store, client } = p;
  const actions = () => store.getState().actions;
  let latestCompile = 0;
  let latestArch = 0;
  const checkClient: CompilerClient & Partial<VerifyClient> = p.checkClient ?? client;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let checkJob: number | undefined;
  let simJob: number | undefined;
  let tick: ReturnType<typeof setInterval> | undefined;
  let destroyed = false;
  // Compiles coalesce instead of being debounced: the worker compiles one source at a time, so an
  // edit made while a compile runs is compiled (with any later ones) as soon as that compile ends,
  // whose result is shown meanwhile, marked stale; a timer could only make that later.
  let compileQueued = false;
  let compileRunning = false;
  let compileAgain = false;

  function compileNow(): void {
    if (destroyed) return;
    compileAgain = false;
    compileRunning = true;
    const source = store.getState().doc.source;
    if (latestCompile) client.drop(latestCompile);
    // One compile per edit: it also returns the architecture graph of the scheduled design. The IR of
    // every step is printed only while a step is shown (the IR diff needs it).
    const stepIR = store.getState().doc.selectedStep !== null;
    // The output pane shows the export's kernel.cpp, named as the export below names it.
    const job = client.compile(source, { stepIR, graph: true, outputs: { designName: EXPORT_DESIGN_NAME } });
    latestCompile = job.id;
    const prev = store.getState().compile;
    actions().setCompile({ ...prev, status: "compiling" });
    const step = store.getState().doc.selectedStep;
    if (step !== null) requestArch(source, step);
    else {
      if (latestArch) client.drop(latestArch);
      latestArch = 0;
      actions().setArch({ ...store.getState().arch, status: "loading" });
    }
    void job.done.then((outcome) => {
      if (job.id !== latestCompile || destroyed) return; // a newer compile superseded this one
      compileRunning = false;
      handleCompiled(source, stepIR, outcome);
      if (compileAgain && !compileRunning) compileNow();
    });
  }

  /** Shows a compile's result: diagnostics, IR, the scheduled design's graph; then the step check. */
  function handleCompiled(source: string, stepIR: boolean, outcome: Outcome<CompileResult>): void {
    if (outcome.kind === "ok") {
      const result = outcome.value;
      const good = result.diagnostics.some((d) => d.severity === "error") ? store.getState().compile.good : { result, source };
      actions().setCompile({ status: "done", result, source, good });
      const steps = result.steps?.length ?? 0;
      const sel = store.getState().doc.selectedStep;
      if (sel !== null && sel > steps) actions().setSelectedStep(null); // the subscription shows this compile's graph
      else if (sel !== null && !stepIR && result.design) {
        compileNow(); // a step was chosen while this compile ran: print the IR of each step
        return;
      }
      else if (sel === null && latestArch === 0) showCompiledArch(result, source);
      scheduleChecks(source, steps);
    } else if (outcome.kind === "restarted") compileNow();
    else if (outcome.kind !== "cancelled") {
      actions().setCompile({ status: "failed", source, error: describe(outcome, "compile"), good: store.getState().compile.good });
      if (latestArch === 0) actions().setArch({ ...store.getState().arch, status: "failed", error: describe(outcome, "compile") });
    }
  }

  /** Shows the graph that came with a compile (the scheduled design); keeps the last good graph, marked stale, on errors. */
  function showCompiledArch(result: CompileResult, source: string): void {
    if (result.graph) {
      actions().setArch({ status: "done", graph: result.graph, source, step: null });
      return;
    }
    const firstError = result.diagnostics.find((d) => d.severity === "error");
    actions().setArch({ ...store.getState().arch, status: "failed", error: firstError && store.getState().arch.graph ? undefined : firstError?.message });
  }

  /** The selected step changed without an edit: show its diagram (the compiled graph for the scheduled design). */
  function onStepChanged(): void {
    const state = store.getState();
    const step = state.doc.selectedStep;
    const compiled = state.compile;
    if (step === null && compiled.status === "done" && compiled.result?.graph && compiled.source === state.doc.source) {
      if (latestArch) client.drop(latestArch);
      latestArch = 0;
      showCompiledArch(compiled.result, compiled.source);
      return;
    }
    if (step !== null && compiled.status !== "compiling" && compiled.result?.design && compiled.result.mlir0 === undefined) {
      compileNow(); // the IR of each step is needed now; this compile also asks for the step's diagram
      return;
    }
    if (step === null && compiled.status === "compiling") {
      // The running compile brings the graph.
      if (latestArch) client.drop(latestArch);
      latestArch = 0;
      actions().setArch({ ...state.arch, status: "loading" });
      return;
    }
    requestArch(state.doc.source, step);
  }

  /** Asks for the architecture graph of `source` after schedule step `step` (queued right behind its compile). */
  function requestArch(source: string, step: number | null): void {
    if (latestArch) client.drop(latestArch);
    const job = client.architecture(source, step ?? undefined);
    latestArch = job.id;
    actions().setArch({ ...store.getState().arch, status: "loading" });
    void job.done.then((outcome) => {
      if (job.id !== latestArch || destroyed) return;
      latestArch = 0;
      if (outcome.kind === "ok") {
        const { graph, diagnostics } = outcome.value;
        const firstError = diagnostics.find((d) => d.severity === "error");
        // Keep the last good graph on screen (marked stale) while the source has errors.
        if (graph) actions().setArch({ status: "done", graph, source, step });
        else actions().setArch({ ...store.getState().arch, status: "failed", error: firstError && store.getState().arch.graph ? undefined : firstError?.message });
      } else if (outcome.kind === "restarted") requestArch(store.getState().doc.source, store.getState().doc.selectedStep);
      else if (outcome.kind !== "cancelled") actions().setArch({ ...store.getState().arch, status: "failed", error: describe(outcome, "architecture") });
    });
  }

  function stopChecks(): void {
    if (checkTimer) clearTimeout(checkTimer);
    checkTimer = undefined;
    if (checkJob !== undefined) checkClient.abort(checkJob);
    checkJob = undefined;
  }

  /** Runs the differential check of every step a little after a compile settles; a newer edit cancels it. */
  function scheduleChecks(source: string, steps: number): void {
    stopChecks();
    if (steps === 0) {
      actions().setChecks({ status: "done", source, checks: [] });
      return;
    }
    actions().setChecks({ status: "running", source });
    checkTimer = setTimeout(() => {
      checkTimer = undefined;
      const { seed, stepBudget } = store.getState().sim;
      const job = checkClient.checkSteps(source, seed || 1, stepBudget);
      checkJob = job.id;
      void job.done.then((outcome) => {
        if (job.id !== checkJob || destroyed) return;
        checkJob = undefined;
        if (outcome.kind === "ok") {
          const checks = outcome.value.checks ?? [];
          actions().setChecks({ status: "done", source, checks, proving: !!checkClient.verify });
          if (checkClient.verify) startProofs(source, checks);
        } else if (outcome.kind !== "cancelled") actions().setChecks({ status: "failed", source, error: describe(outcome, "step check") });
      });
    }, CHECK_DEBOUNCE_MS);
  }

  /** The equivalence proofs, on the step-check worker after the simulation check (never before the diagram). */
  function startProofs(source: string, checks: readonly StepCheck[]): void {
    const stepBudget = store.getState().sim.stepBudget;
    const job = checkClient.verify!(source, { budget: { timeMs: PROOF_BUDGET_MS, ...(stepBudget ? { stepBudget } : {}) } });
    checkJob = job.id;
    void job.done.then((outcome) => {
      if (job.id !== checkJob || destroyed) return;
      checkJob = undefined;
      const verdicts = outcome.kind === "ok" ? outcome.value.steps : undefined;
      if (outcome.kind !== "cancelled") actions().setChecks({ status: "done", source, checks, verdicts, proving: false });
    });
  }

  function scheduleCompile(): void {
    if (compileRunning) {
      compileAgain = true;
      return;
    }
    // Right after the edit's event handler, before the browser draws the keystroke: a timer would
    // wait behind that frame (≈ 30 ms), and the worker can compile while the frame is drawn.
    if (!compileQueued) {
      compileQueued = true;
      queueMicrotask(() => { compileQueued = false; compileNow(); });
    }
  }

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    p.autosave.save(state.doc);
    if (state.doc.source !== prev.doc.source) {
      // A notice about the text that was there ("Welcome…", "Opened gemm.py…") is stale once it changes.
      if (state.notice !== null && state.notice === prev.notice) actions().notify(null);
      stopChecks();
      scheduleCompile();
    } else if (state.doc.selectedStep !== prev.doc.selectedStep && !compileQueued && !compileAgain) onStepChanged();
  });

  async function loadGallery(): Promise<void> {
    try {
      const entries = parseManifest(JSON.parse(await p.fetchText(`${examplesBase()}index.json`)));
      if (!destroyed) actions().setGallery({ status: "ready", entries });
    } catch (e) {
      if (!destroyed) actions().setGallery({ status: "failed", error: e instanceof Error ? e.message : String(e) });
    }
  }

  function stopTick(): void {
    if (tick) clearInterval(tick);
    tick = undefined;
  }

  /** Simulates the design (seeded inputs, or the given ones, e.g. a counterexample's) in the simulation pane. */
  function runSimulation(inputs: Readonly<Record<string, Tensor>> | undefined): void {
    const state = store.getState();
    if (state.sim.status === "running") return;
    const source = state.doc.source;
    const { seed, stepBudget, inputFiles } = state.sim;
    const ran = { seed, stepBudget, inputFiles };
    const startedAt = performance.now();
    // timeline: dataflow regions record stalls and FIFO occupancy for the timeline view. Given inputs
    // (a counterexample's) replace the uploaded files.
    const job = client.simulate(source, { seed, timeline: true, ...(stepBudget ? { stepBudget } : {}), ...(inputs ? { inputs } : {}) }, (phase) => actions().setSim({ phase }), inputs ? undefined : inputFiles);
    simJob = job.id;
    actions().setSim({ status: "running", phase: "queued", startedAt, elapsedMs: 0, error: undefined });
    stopTick();
    tick = setInterval(() => actions().setSim({ elapsedMs: performance.now() - startedAt }), 250);
    void job.done.then((outcome) => {
      if (job.id !== simJob || destroyed) return;
      simJob = undefined;
      stopTick();
      const elapsedMs = performance.now() - startedAt;
      if (outcome.kind === "ok") {
        actions().setSim({ status: "done", phase: undefined, result: outcome.value.result, npy: outcome.value.npy, npyErrors: outcome.value.npyErrors, source, ran, elapsedMs, error: undefined });
      } else {
        actions().setSim({
          status: outcome.kind === "cancelled" ? "cancelled" : "failed",
          phase: undefined, elapsedMs, error: describe(outcome, "simulation"),
        });
      }
    });
  }

  const commands: StudioCommands = {
    run() {
      runSimulation(undefined);
    },
    runInputs(inputs) {
      runSimulation(inputs);
    },
    cancelRun() {
      if (simJob !== undefined) client.abort(simJob);
    },
    setSeed(seed) {
      actions().setSim({ seed: Number.isFinite(seed) ? Math.trunc(seed) : 0 });
    },
    setStepBudget(budget) {
      actions().setSim({ stepBudget: budget !== undefined && Number.isFinite(budget) && budget >= 1 ? Math.trunc(budget) : undefined });
    },
    setLimit(key, value) {
      const next: Partial<Record<keyof Limits, number>> = { ...store.getState().sim.limits };
      if (value !== undefined && Number.isFinite(value) && value >= 1) next[key] = Math.trunc(value);
      else delete next[key];
      actions().setSim({ limits: next });
      scheduleCompile();
    },
    setInputFile(name, file) {
      const next = { ...store.getState().sim.inputFiles };
      if (file) next[name] = file;
      else delete next[name];
      actions().setSim({ inputFiles: next });
    },
    async openExample(file) {
      try {
        const source = await p.fetchText(`${examplesBase()}${encodeURIComponent(file)}`);
        actions().dispatch({ kind: "openExample", file, source });
        actions().notify(`Opened ${file} (Ctrl+Z in the editor undoes it)`);
      } catch (e) {
        actions().notify(`Could not open ${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    async share() {
      const url = shareUrl(store.getState().doc, p.location.href);
      try {
        await p.writeClipboard(url);
        actions().notify("Share link copied to the clipboard");
      } catch {
        actions().notify("Could not copy: select the link in the share box and copy it");
      }
      return url;
    },
    selectStep(step) {
      if (step === store.getState().doc.selectedStep) return;
      const compiled = store.getState().compile;
      const info = step ? compiled.result?.steps?.[step - 1] : undefined;
      actions().setSelectedStep(step); // the store subscription asks for the step's diagram
      if (info) actions().revealAt(info.line, 1, info.range);
    },
    exportProject: runExport,
    aieMapping: async (source, device) => {
      // On the step-check worker, so mapping never delays the compile that draws the diagram.
      const outcome = await checkClient.aieMapping(source, device).done;
      return outcome.kind === "ok" ? outcome.value : undefined;
    },
    async exportDiagram(format) {
      const layout = store.getState().diagramLayout;
      if (!layout) {
        actions().notify("No diagram to export yet");
        return;
      }
      const svg = diagramToSvg(layout);
      const name = `${layout.top}_architecture.${format}`;
      try {
        if (format === "svg") download(svg, name, "image/svg+xml");
        else download(await svgToPng(svg), name);
        actions().notify(`Exported the diagram as ${name}`);
      } catch (e) {
        actions().notify(`Could not export the diagram: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    async importOnnx(fileName, bytes) {
      const outcome = await client.importOnnx(bytes).done;
      if (destroyed) return;
      if (outcome.kind !== "ok") actions().notify(`Could not import ${fileName}: ${describe(outcome, "ONNX import")}`);
      else if (!outcome.value.design) actions().notify(`Could not import ${fileName}: ${outcome.value.errors.join("; ")}`);
      else {
        actions().dispatch({ kind: "openExample", file: null, source: outcome.value.design });
        actions().notify(`Imported ${fileName} (Ctrl+Z in the editor undoes it)`);
      }
    },
    async importReport(fileName, xml) {
      actions().setReport({ status: "loading", fileName });
      const outcome = await client.parseReport(xml).done;
      if (destroyed) return;
      if (outcome.kind !== "ok") actions().setReport({ status: "failed", fileName, error: describe(outcome, "report import") });
      else if ("error" in outcome.value) actions().setReport({ status: "failed", fileName, error: outcome.value.error });
      else actions().setReport({ status: "done", fileName, report: outcome.value.report });
    },
    openTutorial() {
      actions().dispatch({ kind: "openExample", file: TUTORIAL_FILE, source: TUTORIAL_SOURCE });
      actions().notify("Opened the tutorial (Ctrl+Z in the editor undoes it)");
    },
    resolveShare(open) {
      const shared = store.getState().pendingShare;
      if (!shared) return;
      actions().setPendingShare(null);
      p.clearShareFragment();
      if (open) {
        actions().dispatch({ kind: "replace", doc: shared });
        actions().notify("Opened the shared design; your previous work was replaced (its autosave is overwritten on the next edit)");
      } else {
        actions().notify("Kept your work; the shared design was not opened");
      }
    },
  };

  async function runExport(target: ExportTarget): Promise<void> {
    const { label, file } = EXPORTS[target];
    const source = store.getState().doc.source;
    actions().setExporting({ status: "running", label, diagnostics: [] });
    // The data files hold the inputs the user simulated with: the seed chosen in the simulation pane.
    const { seed, stepBudget } = store.getState().sim;
    const outcome = await client.exportProject(source, target, { designName: EXPORT_DESIGN_NAME, seed, ...(stepBudget ? { stepBudget } : {}) }).done;
    if (destroyed) return;
    if (outcome.kind !== "ok") {
      const error = describe(outcome, "export");
      actions().setExporting({ status: "failed", label, diagnostics: [], error });
      actions().notify(`${label} export failed: ${error}`);
      return;
    }
    const r = outcome.value;
    const errors = r.diagnostics.filter((d) => d.severity === "error");
    if (!r.zip || errors.length > 0) {
      actions().setExporting({ status: "failed", label, diagnostics: errors.length ? errors : r.diagnostics });
      actions().notify(`${label} export failed: ${errors[0]?.message ?? "no files were produced"} (see Problems)`);
      return;
    }
    const top = store.getState().compile.result?.design?.top ?? "design";
    if (target === "mlir") {
      const name = r.fileNames.find((n) => n.endsWith(".mlir"));
      const text = name ? r.texts[name] : undefined;
      if (text === undefined) {
        actions().setExporting({ status: "failed", label, diagnostics: [], error: "the MLIR export produced no .mlir file" });
        return;
      }
      download(text, file(top), "text/plain");
    } else download(r.zip, file(top), "application/zip");
    actions().setExporting({ status: "done", label, diagnostics: r.diagnostics });
    actions().notify(`Exported ${label} as ${file(top)}`);
  }

  compileNow();
  void loadGallery();

  return {
    commands,
    destroy() {
      destroyed = true;
      unsubscribe();
      stopTick();
      stopChecks();
    },
  };
}

/** What to start with: a shared link (asking first when it would replace different autosaved work), the autosave, or a default. */
export function initialDocument(
  autosaved: StudioDocument | undefined,
  shared: { ok: true; value: StudioDocument } | { ok: false; error: string } | undefined,
  fallback: StudioDocument,
): { doc: StudioDocument; pendingShare: StudioDocument | null; notice: string | null; clearFragment: boolean } {
  if (!shared) return { doc: autosaved ?? fallback, pendingShare: null, notice: null, clearFragment: false };
  if (!shared.ok) return { doc: autosaved ?? fallback, pendingShare: null, notice: `Share link not opened: ${shared.error}`, clearFragment: true };
  if (!autosaved || autosaved.source === shared.value.source) {
    return { doc: shared.value, pendingShare: null, notice: "Opened the shared design", clearFragment: true };
  }
  return { doc: autosaved, pendingShare: shared.value, notice: null, clearFragment: false };
}
