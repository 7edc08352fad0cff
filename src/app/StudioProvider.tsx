/**
 * Creates one studio: its store (from the autosave or a share link), the compiler worker client and
 * the controller that connects them. The worker and controller live in an effect so React's
 * StrictMode double mount creates and destroys them cleanly; commands forward to the live controller.
 */
import { useEffect, useRef, useState, type ReactNode } from "react";
import { createAutosave } from "./autosave";
import { createCompilerClient, type CompilerClient, type VerifyClient } from "./compilerClient";
import { defaultDocument } from "./document";
import { TUTORIAL_FILE, TUTORIAL_SOURCE } from "./tutorial/tutorial";
import { decodeShareFragment, hasShareFragment } from "./shareLink";
import { StudioContext, type StudioContextValue } from "./store/StudioContext";
import { createStudioStore } from "./store/studioStore";
import { createStudioController, initialDocument, type StudioCommands, type StudioController } from "./studioController";

function clearShareFragment(): void {
  history.replaceState(null, "", location.pathname + location.search);
}

function createWorker(): Worker {
  return new Worker(new URL("../worker/compiler.worker.ts", import.meta.url), { type: "module", name: "allo-compiler" });
}

function prefersDark(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
}

export function StudioProvider({ children }: { children: ReactNode }) {
  const controller = useRef<StudioController | null>(null);
  const [value] = useState<StudioContextValue>(() => {
    const autosave = createAutosave();
    const shared = hasShareFragment(location.hash) ? decodeShareFragment(location.hash) : undefined;
    const saved = autosave.load();
    // First visit: the tutorial design is the starting document.
    const firstVisit = { ...defaultDocument(prefersDark() ? "dark" : "light"), source: TUTORIAL_SOURCE, example: TUTORIAL_FILE };
    const init = initialDocument(saved, shared, firstVisit);
    if (!saved && !shared) init.notice = "Welcome! The tutorial design is open: its comments walk through each schedule step";
    if (init.clearFragment) clearShareFragment();
    if (!init.pendingShare) autosave.save(init.doc);
    const store = createStudioStore(init);
    const forward = <K extends keyof StudioCommands>(k: K) =>
      ((...args: unknown[]) => (controller.current?.commands[k] as (...a: unknown[]) => unknown)?.(...args)) as StudioCommands[K];
    const commands: StudioCommands = {
      run: forward("run"),
      runInputs: forward("runInputs"),
      cancelRun: forward("cancelRun"),
      setSeed: forward("setSeed"),
      setStepBudget: forward("setStepBudget"),
      setLimit: forward("setLimit"),
      setInputFile: forward("setInputFile"),
      openExample: async (file) => controller.current?.commands.openExample(file),
      share: async () => (await controller.current?.commands.share()) ?? "",
      resolveShare: forward("resolveShare"),
      selectStep: forward("selectStep"),
      exportProject: async (target) => controller.current?.commands.exportProject(target),
      exportDiagram: async (format) => controller.current?.commands.exportDiagram(format),
      importReport: async (name, xml) => controller.current?.commands.importReport(name, xml),
      importOnnx: async (name, bytes) => controller.current?.commands.importOnnx(name, bytes),
      aieMapping: async (source, device) => controller.current?.commands.aieMapping(source, device),
      openTutorial: forward("openTutorial"),
    };
    return { store, commands };
  });

  useEffect(() => {
    const { store } = value;
    // Every request carries the limit settings of the run settings (script sizes and steps, array sizes, FIFO depths).
    const limits = () => store.getState().sim.limits;
    const client = createCompilerClient({
      createWorker, limits,
      onStatus: (status) => store.getState().actions.setWorker(status),
    });
    // The step check's worker starts on its first use (a compile settling), not with the page.
    let checkWorker: (CompilerClient & VerifyClient) | undefined;
    const lazyCheck = (): CompilerClient & VerifyClient => (checkWorker ??= createCompilerClient({ createWorker, limits }));
    const checkClient: CompilerClient & VerifyClient = {
      compile: (...a) => lazyCheck().compile(...a),
      simulate: (...a) => lazyCheck().simulate(...a),
      architecture: (...a) => lazyCheck().architecture(...a),
      checkSteps: (...a) => lazyCheck().checkSteps(...a),
      verify: (...a) => lazyCheck().verify(...a),
      exportProject: (...a) => lazyCheck().exportProject(...a),
      parseReport: (...a) => lazyCheck().parseReport(...a),
      importOnnx: (...a) => lazyCheck().importOnnx(...a),
      aieMapping: (...a) => lazyCheck().aieMapping(...a),
      abort: (id) => checkWorker?.abort(id),
      drop: (id) => checkWorker?.drop(id),
      status: () => lazyCheck().status(),
      destroy: () => checkWorker?.destroy(),
    };
    controller.current = createStudioController({
      store,
      client,
      checkClient,
      autosave: createAutosave(),
      fetchText: async (url) => {
        const res = await fetch(url);
        if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
        return res.text();
      },
      location,
      writeClipboard: (text) => navigator.clipboard.writeText(text),
      clearShareFragment,
    });
    // A share link pasted into the address bar of an open studio changes only the fragment: no reload.
    const onHashChange = () => {
      if (!hasShareFragment(location.hash)) return;
      const s = store.getState();
      const next = initialDocument(s.doc, decodeShareFragment(location.hash), s.doc);
      if (next.pendingShare) s.actions.setPendingShare(next.pendingShare);
      else if (next.doc !== s.doc) s.actions.dispatch({ kind: "replace", doc: next.doc });
      if (next.notice) s.actions.notify(next.notice);
      if (next.clearFragment) clearShareFragment();
    };
    addEventListener("hashchange", onHashChange);
    return () => {
      removeEventListener("hashchange", onHashChange);
      controller.current?.destroy();
      controller.current = null;
      client.destroy();
      checkClient.destroy();
    };
  }, [value]);

  return <StudioContext.Provider value={value}>{children}</StudioContext.Provider>;
}
