/// <reference lib="webworker" />
/**
 * Hosts the compiler API (src/core/api.ts) in a web worker. Requests run one at a time, one per
 * macrotask, so a `cancel` that arrives while a request is still queued removes it. A request that is
 * already running is synchronous and cannot be interrupted here: the UI terminates the worker instead.
 * Simulation results come with every tensor encoded as .npy (by the compiler's writer) for download.
 */
import { importOnnx } from "../core/frontend/models/onnx/import";
import { aieMappingView, architecture, checkSteps, compile, estimate, exportProject, runScript, runTests, simulate, verify } from "../core/api";
import { parseCsynthXml } from "../core/backend/report";
import type { Tensor } from "../core/api-types";
import { writeNpy } from "../core/sim/npy";
import type { ExportedProject, NpyFiles, WorkerRequest, WorkerResponse } from "./protocol";
import { npyKey } from "./protocol";
import { decodeInputFiles } from "./uploadedInputs";

const queue: Exclude<WorkerRequest, { kind: "cancel" }>[] = [];
let draining = false;

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
  (self as DedicatedWorkerGlobalScope).postMessage(message, transfer);
}

/** Encodes every tensor of a result as .npy; tensors the writer rejects are listed with its reason. */
function encodeAll(result: ReturnType<typeof simulate>): { files: NpyFiles; errors: Record<string, string>; transfer: ArrayBuffer[] } {
  const files: Record<string, Uint8Array> = {};
  const errors: Record<string, string> = {};
  const add = (key: string, t: Tensor) => {
    const out = writeNpy(t);
    if (out instanceof Uint8Array) files[key] = out;
    else errors[key] = out.error;
  };
  result.returns?.forEach((t, i) => add(npyKey("return", String(i)), t));
  for (const [name, t] of Object.entries(result.args ?? {})) add(npyKey("arg", name), t);
  for (const [name, t] of Object.entries(result.inputs ?? {})) add(npyKey("input", name), t);
  const transfer = Object.values(files).map((b) => b.buffer as ArrayBuffer);
  return { files, errors, transfer: [...new Set(transfer)] };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function run(req: Exclude<WorkerRequest, { kind: "cancel" }>): void {
  // The studio's limit settings go into the options of whichever stage runs (its own `limits` first).
  function L<O extends object>(o: O): O;
  function L<O extends object>(o: O | undefined): O | undefined;
  function L<O extends object>(o: O | undefined): O | undefined {
    if (!req.limits) return o;
    return { ...o, limits: { ...(o as { limits?: object } | undefined)?.limits, ...req.limits } } as O;
  }
  try {
    if (req.kind === "compile") {
      post({ kind: "progress", id: req.id, phase: "compiling" });
      post({ kind: "compiled", id: req.id, result: compile(req.source, L(req.options)) });
      return;
    }
    if (req.kind === "architecture") {
      post({ kind: "progress", id: req.id, phase: "compiling" });
      post({ kind: "architecture", id: req.id, result: architecture(req.source, L(req.step === undefined ? {} : { step: req.step })) });
      return;
    }
    if (req.kind === "checkSteps") {
      post({ kind: "progress", id: req.id, phase: "checking" });
      const r = checkSteps(req.source, L({ seed: req.seed, ...(req.stepBudget ? { stepBudget: req.stepBudget } : {}) }));
      post({ kind: "checked", id: req.id, result: { diagnostics: r.diagnostics, checks: r.checks } });
      return;
    }
    if (req.kind === "verify") {
      post({ kind: "progress", id: req.id, phase: "verifying" });
      post({ kind: "verified", id: req.id, result: verify(req.source, L(req.options)) });
      return;
    }
    if (req.kind === "export") {
      post({ kind: "progress", id: req.id, phase: "exporting" });
      const r = exportProject(req.source, L({ target: req.target, device: req.device, designName: req.designName, seed: req.seed, ...(req.stepBudget ? { stepBudget: req.stepBudget } : {}) }));
      const texts: Record<string, string> = {};
      for (const [name, content] of Object.entries(r.files ?? {})) if (typeof content === "string") texts[name] = content;
      // Transfer the archive's bytes; copy first if it is a view into a larger buffer.
      const zip = r.zip && (r.zip.byteOffset === 0 && r.zip.byteLength === r.zip.buffer.byteLength ? r.zip : r.zip.slice());
      const result: ExportedProject = { diagnostics: r.diagnostics, zip, fileNames: Object.keys(r.files ?? {}), texts };
      post({ kind: "exported", id: req.id, result }, zip ? [zip.buffer as ArrayBuffer] : []);
      return;
    }
    if (req.kind === "aieMapping") {
      post({ kind: "progress", id: req.id, phase: "compiling" });
      post({ kind: "aieMapped", id: req.id, result: aieMappingView(req.source, req.device ? { device: req.device } : {}) });
      return;
    }
    if (req.kind === "estimate") {
      post({ kind: "progress", id: req.id, phase: "compiling" });
      post({ kind: "estimated", id: req.id, result: estimate(req.source, L(req.options)) });
      return;
    }
    if (req.kind === "script") {
      post({ kind: "progress", id: req.id, phase: "running" });
      const file = req.file ?? "design.py";
      post({ kind: "scripted", id: req.id, result: req.tests ? { tests: true, outcome: runTests(req.source, L({ file })) } : { tests: false, outcome: runScript(req.source, L({ file })) } });
      return;
    }
    if (req.kind === "importOnnx") {
      const r = importOnnx(req.bytes, { inlineWeights: true });
      post({ kind: "imported", id: req.id, result: { ...(r.design ? { design: r.design } : {}), errors: r.errors } });
      return;
    }
    if (req.kind === "parseReport") {
      const r = parseCsynthXml(req.xml);
      post({ kind: "report", id: req.id, result: "error" in r ? { error: r.error } : { report: r } });
      return;
    }
    post({ kind: "progress", id: req.id, phase: "simulating" });
    let result: ReturnType<typeof simulate>;
    const uploaded = req.inputFiles && Object.keys(req.inputFiles).length > 0 ? decodeInputFiles(req.source, L(req.options), req.inputFiles) : undefined;
    if (uploaded && uploaded.diagnostics.some((d) => d.severity === "error")) result = { diagnostics: uploaded.diagnostics, timings: {} };
    else result = simulate(req.source, L(uploaded ? { ...req.options, inputs: { ...req.options?.inputs, ...uploaded.inputs } } : req.options));
    post({ kind: "progress", id: req.id, phase: "encoding" });
    let encoded: ReturnType<typeof encodeAll> | undefined;
    let npyFailure: string | undefined;
    try {
      encoded = encodeAll(result);
    } catch (e) {
      npyFailure = message(e); // outputs still show; only the downloads are missing
    }
    post({
      kind: "simulated", id: req.id, result,
      npy: encoded?.files ?? {},
      npyErrors: npyFailure ? { "*": npyFailure } : encoded?.errors ?? {},
    }, encoded?.transfer ?? []);
  } catch (e) {
    post({ kind: "failed", id: req.id, message: message(e) });
  }
}

function drain(): void {
  const next = queue.shift();
  if (!next) {
    draining = false;
    return;
  }
  run(next);
  setTimeout(drain, 0);
}

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const req = ev.data;
  if (req.kind === "cancel") {
    const i = queue.findIndex((q) => q.id === req.id);
    if (i >= 0) {
      queue.splice(i, 1);
      post({ kind: "cancelled", id: req.id });
    }
    return;
  }
  queue.push(req);
  post({ kind: "progress", id: req.id, phase: "queued" });
  if (!draining) {
    draining = true;
    setTimeout(drain, 0);
  }
};

post({ kind: "ready" });
