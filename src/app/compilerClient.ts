/**
 * The UI side of the compiler worker: sends typed requests, matches responses by id, enforces time
 * budgets, and terminates + restarts the worker when it crashes, exceeds a budget or a running request
 * is aborted. React-free: `createCompilerClient(params) → { ..., destroy }` (STYLE §19).
 */
import type { Limits } from "../core/limits";
import type { CompileOptions, CompileResult, SimulateOptions, SimulateResult } from "../core/api-types";
import type { EstimateRequestOptions, EstimateResult, VerifyOptions, VerifyResult } from "../core/api-types";
import type { AieMappingView } from "../core/backend/aie/view-model";
import type { ArchitectureResult, CheckStepsResult, ExportedProject, ExportTarget, ImportedModel, NpyErrors, NpyFiles, ParsedReport, ProgressPhase, RequestKind, ScriptRun, WorkerRequest, WorkerResponse } from "../worker/protocol";
import type { InputFile } from "../worker/uploadedInputs";

export type WorkerState = "starting" | "ready" | "busy" | "restarting";

export interface WorkerStatus {
  readonly state: WorkerState;
  readonly restarts: number;
  /** Why the worker was last restarted, for the status bar. */
  readonly notice?: string;
}

/** How a request ended. `restarted`: the worker was restarted for another request's sake; send it again. */
export type Outcome<T> =
  | { readonly kind: "ok"; readonly value: T }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "timeout"; readonly budgetMs: number }
  | { readonly kind: "crashed"; readonly message: string }
  | { readonly kind: "restarted" };

export interface Simulated { readonly result: SimulateResult; readonly npy: NpyFiles; readonly npyErrors: NpyErrors }

export interface Job<T> {
  readonly id: number;
  readonly done: Promise<Outcome<T>>;
}

export interface Budgets {
  /** Longest a compile may run, ms. */
  readonly compileMs: number;
  /** Longest a simulation may run, ms. */
  readonly simulateMs: number;
  /** Longest the differential check of all steps or a project export may run, ms. */
  readonly checkMs: number;
}

export const DEFAULT_BUDGETS: Budgets = { compileMs: 15_000, simulateMs: 60_000, checkMs: 60_000 };

/** Which budget guards each request kind. */
const BUDGET_OF: Record<RequestKind, keyof Budgets> = {
  compile: "compileMs", architecture: "compileMs", parseReport: "compileMs", importOnnx: "compileMs", estimate: "compileMs", aieMapping: "compileMs",
  simulate: "simulateMs", checkSteps: "checkMs", export: "checkMs", script: "simulateMs", verify: "checkMs",
};

export interface CompilerClientParams {
  readonly createWorker: () => Worker;
  readonly budgets?: Partial<Budgets>;
  readonly onStatus?: (status: WorkerStatus) => void;
  /** The studio's limit settings, read as each request is sent (every request carries them). */
  readonly limits?: () => Partial<Limits> | undefined;
}

/** The estimator request (separate from {@link CompilerClient} so wrappers of it stay valid). */
export interface EstimateClient {
  estimate(source: string, options?: EstimateRequestOptions): Job<EstimateResult>;
}

/** The equivalence checker request (run on the step-check worker, off the typing path). */
export interface VerifyClient {
  verify(source: string, options?: VerifyOptions): Job<VerifyResult>;
}

export interface CompilerClient {
  compile(source: string, options?: CompileOptions): Job<CompileResult>;
  simulate(source: string, options?: SimulateOptions, onProgress?: (phase: ProgressPhase) => void, inputFiles?: Readonly<Record<string, InputFile>>): Job<Simulated>;
  architecture(source: string, step?: number): Job<ArchitectureResult>;
  /** `stepBudget`: of all the check's simulations together (the run settings' budget; the check's default when absent). */
  checkSteps(source: string, seed: number, stepBudget?: number): Job<CheckStepsResult>;
  exportProject(source: string, target: ExportTarget, options?: { device?: string; designName?: string; seed?: number; stepBudget?: number }): Job<ExportedProject>;
  parseReport(xml: string): Job<ParsedReport>;
  importOnnx(bytes: Uint8Array): Job<ImportedModel>;
  /** The AI Engine mapping for the tile-array view. */
  aieMapping(source: string, device?: string): Job<AieMappingView>;
  /** `allo-studio script` (tests: false) or `allo-studio test` (tests: true) in the worker. */
  runScript?(source: string, tests: boolean): Job<ScriptRun>;
  /** Stops a request: drops it when queued; when it is running, terminates and restarts the worker. */
  abort(id: number): void;
  /** Forgets a request: drops it when queued, ignores its result when it already runs. */
  drop(id: number): void;
  status(): WorkerStatus;
  destroy(): void;
}

interface Pending {
  readonly kind: RequestKind;
  settle: (o: Outcome<unknown>) => void;
  readonly onProgress?: (phase: ProgressPhase) => void;
  running: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

export function createCompilerClient(params: CompilerClientParams): CompilerClient & EstimateClient & VerifyClient {
  const budgets: Budgets = { ...DEFAULT_BUDGETS, ...params.budgets };
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Worker;
  let status: WorkerStatus = { state: "starting", restarts: 0 };
  let destroyed = false;

  const setStatus = (patch: Partial<WorkerStatus>) => {
    status = { ...status, ...patch };
    params.onStatus?.(status);
  };
  const refreshBusy = () => {
    if (status.state === "starting" || status.state === "restarting") return;
    const busy = [...pending.values()].some((p) => p.running);
    setStatus({ state: busy ? "busy" : "ready" });
  };

  function settle(id: number, outcome: Outcome<unknown>): void {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (p.timer) clearTimeout(p.timer);
    // Why the worker was last restarted stops being news once a later simulation has finished.
    if (outcome.kind === "ok" && p.kind === "simulate" && status.notice) setStatus({ notice: undefined });
    p.settle(outcome);
  }

  function start(): void {
    worker = params.createWorker();
    worker.onmessage = (ev: MessageEvent<WorkerResponse>) => onMessage(ev.data);
    worker.onerror = (ev: ErrorEvent) => {
      ev.preventDefault();
      restart(`worker crashed: ${ev.message || "unknown error"}`, (p) => (p.running ? { kind: "crashed", message: ev.message || "worker crashed" } : { kind: "restarted" }));
    };
    worker.onmessageerror = () => restart("worker sent an unreadable message", () => ({ kind: "crashed", message: "unreadable message" }));
  }

  /** Terminates the worker, settles every pending request with `why(p)`, and starts a fresh one. */
  function restart(notice: string, why: (p: Pending) => Outcome<unknown>): void {
    worker.terminate();
    for (const [id, p] of [...pending]) settle(id, why(p));
    if (destroyed) return;
    setStatus({ state: "restarting", restarts: status.restarts + 1, notice });
    start();
  }

  function onMessage(msg: WorkerResponse): void {
    switch (msg.kind) {
      case "ready":
        setStatus({ state: "ready" });
        refreshBusy();
        return;
      case "progress": {
        const p = pending.get(msg.id);
        if (!p) return;
        p.onProgress?.(msg.phase);
        if (msg.phase !== "queued" && !p.running) {
          p.running = true;
          const budget = budgets[BUDGET_OF[p.kind]];
          p.timer = setTimeout(() => {
            restart(`${p.kind} exceeded its ${Math.round(budget / 1000)} s budget; worker restarted`, (q) =>
              q === p ? { kind: "timeout", budgetMs: budget } : { kind: "restarted" });
          }, budget);
          refreshBusy();
        }
        return;
      }
      case "compiled":
        settle(msg.id, { kind: "ok", value: msg.result });
        break;
      case "simulated":
        settle(msg.id, { kind: "ok", value: { result: msg.result, npy: msg.npy, npyErrors: msg.npyErrors } });
        break;
      case "architecture":
      case "checked":
      case "verified":
      case "exported":
      case "report":
      case "imported":
      case "estimated":
      case "aieMapped":
      case "scripted":
        settle(msg.id, { kind: "ok", value: msg.result });
        break;
      case "cancelled":
        settle(msg.id, { kind: "cancelled" });
        break;
      case "failed":
        settle(msg.id, { kind: "failed", message: msg.message });
        break;
      default: {
        const never: never = msg;
        throw new Error(`unknown worker message ${JSON.stringify(never)}`);
      }
    }
    refreshBusy();
  }

  function send<T>(req: Exclude<WorkerRequest, { kind: "cancel" }>, onProgress?: (phase: ProgressPhase) => void): Job<T> {
    const done = new Promise<Outcome<T>>((resolve) => {
      pending.set(req.id, { kind: req.kind, settle: resolve as (o: Outcome<unknown>) => void, onProgress, running: false });
    });
    const limits = params.limits?.();
    worker.postMessage(limits && Object.keys(limits).length > 0 ? { ...req, limits } : req);
    return { id: req.id, done };
  }

  start();

  return {
    compile: (source, options) => send<CompileResult>({ kind: "compile", id: nextId++, source, options }),
    simulate: (source, options, onProgress, inputFiles) => send<Simulated>({ kind: "simulate", id: nextId++, source, options, ...(inputFiles ? { inputFiles } : {}) }, onProgress),
    architecture: (source, step) => send<ArchitectureResult>({ kind: "architecture", id: nextId++, source, ...(step === undefined ? {} : { step }) }),
    checkSteps: (source, seed, stepBudget) => send<CheckStepsResult>({ kind: "checkSteps", id: nextId++, source, seed, ...(stepBudget ? { stepBudget } : {}) }),
    exportProject: (source, target, options) => send<ExportedProject>({ kind: "export", id: nextId++, source, target, ...options }),
    parseReport: (xml) => send<ParsedReport>({ kind: "parseReport", id: nextId++, xml }),
    importOnnx: (bytes) => send<ImportedModel>({ kind: "importOnnx", id: nextId++, bytes }),
    aieMapping: (source, device) => send<AieMappingView>({ kind: "aieMapping", id: nextId++, source, ...(device ? { device } : {}) }),
    runScript: (source, tests) => send<ScriptRun>({ kind: "script", id: nextId++, source, tests }),
    verify: (source, options) => send<VerifyResult>({ kind: "verify", id: nextId++, source, ...(options ? { options } : {}) }),
    estimate: (source, options) => send<EstimateResult>({ kind: "estimate", id: nextId++, source, ...(options ? { options } : {}) }),
    abort(id) {
      const p = pending.get(id);
      if (!p) return;
      if (p.running) restart(`${p.kind} cancelled; worker restarted`, (q) => (q === p ? { kind: "cancelled" } : { kind: "restarted" }));
      else {
        worker.postMessage({ kind: "cancel", id } satisfies WorkerRequest);
        settle(id, { kind: "cancelled" });
      }
    },
    drop(id) {
      const p = pending.get(id);
      if (!p) return;
      if (p.running) {
        // Still running: answer the caller now, but keep the entry so its budget still guards the worker.
        p.settle({ kind: "cancelled" });
        p.settle = () => {};
        return;
      }
      worker.postMessage({ kind: "cancel", id } satisfies WorkerRequest);
      settle(id, { kind: "cancelled" });
    },
    status: () => status,
    destroy() {
      destroyed = true;
      worker.terminate();
      for (const id of [...pending.keys()]) settle(id, { kind: "cancelled" });
    },
  };
}
