/**
 * Side effects of the studio, kept out of React: compiles the document on every edit (debounced,
 * stale results dropped by request id), runs and cancels simulations, autosaves, loads the gallery,
 * and resolves share links. `createStudioController(params) → { commands, destroy }` (STYLE §19).
 */
import type { CompilerClient, Outcome } from "./compilerClient";
import type { AutosaveStore } from "./autosave";
import type { StudioDocument } from "./document";
import { examplesBase, parseManifest } from "./gallery";
import { shareUrl } from "./shareLink";
import type { StudioStore } from "./store/studioStore";

export const COMPILE_DEBOUNCE_MS = 150;

export interface StudioCommands {
  run(): void;
  cancelRun(): void;
  setSeed(seed: number): void;
  openExample(file: string): Promise<void>;
  /** Copies a share link to the clipboard; resolves to the link. */
  share(): Promise<string>;
  /** Answers the "open shared / keep mine" question. */
  resolveShare(open: boolean): void;
}

export interface StudioControllerParams {
  readonly store: StudioStore;
  readonly client: CompilerClient;
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
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let simJob: number | undefined;
  let tick: ReturnType<typeof setInterval> | undefined;
  let destroyed = false;

  function compileNow(): void {
    if (destroyed) return;
    debounce = undefined;
    const source = store.getState().doc.source;
    if (latestCompile) client.drop(latestCompile);
    const job = client.compile(source);
    latestCompile = job.id;
    const prev = store.getState().compile;
    actions().setCompile({ ...prev, status: "compiling" });
    void job.done.then((outcome) => {
      if (job.id !== latestCompile || destroyed) return; // a newer edit superseded this result
      if (outcome.kind === "ok") actions().setCompile({ status: "done", result: outcome.value, source });
      else if (outcome.kind === "restarted") compileNow();
      else if (outcome.kind !== "cancelled") {
        actions().setCompile({ status: "failed", source, error: describe(outcome, "compile") });
      }
    });
  }

  function scheduleCompile(): void {
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(compileNow, COMPILE_DEBOUNCE_MS);
  }

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    p.autosave.save(state.doc);
    if (state.doc.source !== prev.doc.source) scheduleCompile();
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

  const commands: StudioCommands = {
    run() {
      const state = store.getState();
      if (state.sim.status === "running") return;
      const source = state.doc.source;
      const seed = state.sim.seed;
      const startedAt = performance.now();
      const job = client.simulate(source, { seed }, (phase) => actions().setSim({ phase }));
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
          actions().setSim({ status: "done", phase: undefined, result: outcome.value.result, npy: outcome.value.npy, npyErrors: outcome.value.npyErrors, source, elapsedMs, error: undefined });
        } else {
          actions().setSim({
            status: outcome.kind === "cancelled" ? "cancelled" : "failed",
            phase: undefined, elapsedMs, error: describe(outcome, "simulation"),
          });
        }
      });
    },
    cancelRun() {
      if (simJob !== undefined) client.abort(simJob);
    },
    setSeed(seed) {
      actions().setSim({ seed: Number.isFinite(seed) ? Math.trunc(seed) : 0 });
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

  compileNow();
  void loadGallery();

  return {
    commands,
    destroy() {
      destroyed = true;
      unsubscribe();
      if (debounce) clearTimeout(debounce);
      stopTick();
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
