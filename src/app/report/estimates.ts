/**
 * The studio's estimates: asks the compiler worker for `estimate` (with per-step summaries) whenever a
 * compile settles without errors, and shares the result between the report pane and the steps list.
 *
 * The estimator runs in its own lazily started worker (like the step check's), so it never queues
 * behind or disturbs compiles; React-free core (`createEstimates`) plus a hook (STYLE §19).
 */
import { useEffect, useSyncExternalStore } from "react";
import type { EstimateResult } from "../../core/api-types";
import { createCompilerClient, type CompilerClient, type EstimateClient } from "../compilerClient";
import { useEditorReady, useIr, useSteps } from "../store/hooks";

export const ESTIMATE_DEVICE_NAMES = ["u280", "u250", "u200", "u55c"] as const;
export type EstimateDevice = (typeof ESTIMATE_DEVICE_NAMES)[number];

export interface EstimatesState {
  readonly status: "idle" | "running" | "done" | "failed";
  readonly device: EstimateDevice;
  /** The source and device the result belongs to. */
  readonly source?: string;
  readonly resultDevice?: EstimateDevice;
  readonly result?: EstimateResult;
  readonly error?: string;
}

/**
 * How long after a compile settles the estimate is asked for: like the step check, when typing
 * pauses, so that it does not take a core from the next keystroke's compile (two cores are common).
 */
export const ESTIMATE_DEBOUNCE_MS = 400;

export interface Estimates {
  get(): EstimatesState;
  subscribe(fn: () => void): () => void;
  /** Estimates `source` (a compiled, error-free design) unless it already is. */
  request(source: string): void;
  setDevice(device: EstimateDevice): void;
  destroy(): void;
}

export function createEstimates(makeClient: () => CompilerClient & EstimateClient): Estimates {
  let state: EstimatesState = { status: "idle", device: "u280" };
  const listeners = new Set<() => void>();
  let client: (CompilerClient & EstimateClient) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let job: number | undefined;
  let wanted: string | undefined;
  const set = (patch: Partial<EstimatesState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  const run = () => {
    timer = undefined;
    const source = wanted;
    if (source === undefined) return;
    const device = state.device;
    client ??= makeClient();
    if (job !== undefined) client.drop(job);
    const j = client.estimate(source, { device, steps: true });
    job = j.id;
    set({ status: "running" });
    void j.done.then((o) => {
      if (j.id !== job) return;
      job = undefined;
      if (o.kind === "ok") set({ status: "done", source, resultDevice: device, result: o.value, error: undefined });
      else if (o.kind !== "cancelled") set({ status: "failed", source, error: o.kind === "failed" ? `internal error, please report: ${o.message}` : `the estimate did not finish (${o.kind})` });
    });
  };
  return {
    get: () => state,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    request(source) {
      if (source === wanted && (state.status === "running" || (state.source === source && state.resultDevice === state.device))) return;
      wanted = source;
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, ESTIMATE_DEBOUNCE_MS);
    },
    setDevice(device) {
      if (device === state.device) return;
      set({ device });
      if (wanted !== undefined) {
        if (timer) clearTimeout(timer);
        timer = setTimeout(run, 0);
      }
    },
    destroy() {
      if (timer) clearTimeout(timer);
      client?.destroy();
      client = undefined;
    },
  };
}

let shared: Estimates | undefined;

function estimates(): Estimates {
  shared ??= createEstimates(() => createCompilerClient({
    createWorker: () => new Worker(new URL("../../worker/compiler.worker.ts", import.meta.url), { type: "module", name: "allo-estimator" }),
  }));
  return shared;
}

/** The estimate of the last error-free compile (requested on demand) and the device it is for. */
export function useEstimates(): EstimatesState & { setDevice: (d: EstimateDevice) => void; current: boolean } {
  const e = estimates();
  const state = useSyncExternalStore(e.subscribe, e.get, e.get);
  const { source } = useSteps();
  const ir = useIr();
  const ready = useEditorReady();
  useEffect(() => {
    if (ready && source !== undefined && ir.status === "done" && !ir.hasErrors) e.request(source);
  }, [e, ready, source, ir.status, ir.hasErrors]);
  return { ...state, setDevice: e.setDevice, current: state.source === source && state.resultDevice === state.device };
}
