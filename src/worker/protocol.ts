/**
 * The one message contract between the studio UI and the compiler worker (STYLE §21).
 * Requests and responses are plain structured-clone data; every request carries an id that the
 * matching response, progress events and failures echo back.
 */
import type { CompileOptions, CompileResult, SimulateOptions, SimulateResult, StepCheck, VerifyOptions, VerifyResult } from "../core/api-types";
import type { EstimateRequestOptions, EstimateResult } from "../core/api-types";
import type { ArchGraph } from "../core/arch/graph";
import type { Diagnostic } from "../core/diagnostics";
import type { SynthesisReport } from "../core/backend/report";
import type { InputFile } from "./uploadedInputs";
import type { AieMappingView } from "../core/backend/aie/view-model";
import type { ScriptOutcome, TestOutcome } from "../core/api";
import type { Limits } from "../core/limits";

/** Export targets the studio offers (keys of the compiler's backend registry). */
export type ExportTarget = "vhls" | "vitis_hls" | "mlir" | "aie";

/** Requests the UI sends. `cancel` drops a queued request; a running one is stopped by terminating the worker. */
/** The studio's limit settings (script sizes and steps, array sizes, FIFO depths), sent with every request; unset entries keep their defaults. */
export interface WithLimits {
  readonly limits?: Partial<Limits>;
}

export type WorkerRequest = WithLimits & (
  | { readonly kind: "compile"; readonly id: number; readonly source: string; readonly options?: CompileOptions }
  /** `inputFiles`: uploaded .npy files by parameter name (checked against the signature in the worker). */
  | { readonly kind: "simulate"; readonly id: number; readonly source: string; readonly options?: SimulateOptions; readonly inputFiles?: Readonly<Record<string, InputFile>> }
  /** The architecture graph of the design, or of the module after schedule step `step` (0: as written). */
  | { readonly kind: "architecture"; readonly id: number; readonly source: string; readonly step?: number }
  /** The differential check of every schedule step (simulates: run it lazily). */
  | { readonly kind: "checkSteps"; readonly id: number; readonly source: string; readonly seed: number; readonly stepBudget?: number }
  /** The equivalence checker: a proof (or counterexample) per schedule step (run it lazily, after the check). */
  | { readonly kind: "verify"; readonly id: number; readonly source: string; readonly options?: VerifyOptions }
  | { readonly kind: "export"; readonly id: number; readonly source: string; readonly target: ExportTarget; readonly device?: string; readonly designName?: string; readonly seed?: number; readonly stepBudget?: number }
  /** Reads a Vitis HLS csynth.xml report. */
  | { readonly kind: "parseReport"; readonly id: number; readonly xml: string }
  /** The estimator: latency, II and resources of the design (and headline numbers per step). */
  | { readonly kind: "estimate"; readonly id: number; readonly source: string; readonly options?: EstimateRequestOptions }
  /** The AI Engine mapping of the design onto a device (tile-array view). */
  | { readonly kind: "aieMapping"; readonly id: number; readonly source: string; readonly device?: string }
  /** Runs the file as a script (`allo-studio script`) or its test_* functions (`allo-studio test`). */
  | { readonly kind: "script"; readonly id: number; readonly source: string; readonly tests: boolean; readonly file?: string }
  /** Imports an ONNX model as a design file (weights inline, so the document holds the whole design). */
  | { readonly kind: "importOnnx"; readonly id: number; readonly bytes: Uint8Array }
  | { readonly kind: "cancel"; readonly id: number });

export type RequestKind = Exclude<WorkerRequest["kind"], "cancel">;

/** The phases a request goes through, reported as progress events. */
export type ProgressPhase = "queued" | "compiling" | "simulating" | "encoding" | "exporting" | "checking" | "running" | "verifying";

/** .npy files of a simulation's tensors, keyed like {@link npyKey}. */
export type NpyFiles = Readonly<Record<string, Uint8Array>>;
/** Why a tensor has no .npy file, keyed like {@link npyKey} (`*`: none could be encoded). */
export type NpyErrors = Readonly<Record<string, string>>;

export interface ArchitectureResult { readonly diagnostics: readonly Diagnostic[]; readonly graph?: ArchGraph }
export interface CheckStepsResult { readonly diagnostics: readonly Diagnostic[]; readonly checks?: readonly StepCheck[] }
export interface ExportedProject {
  readonly diagnostics: readonly Diagnostic[];
  /** The archive (transferred, not copied); absent when the export failed. */
  readonly zip?: Uint8Array;
  /** Names of the archive's files. */
  readonly fileNames: readonly string[];
  /** Text files of the export by name (for the single-file MLIR download). */
  readonly texts: Readonly<Record<string, string>>;
}
/** An imported ONNX model: the design's source, or the errors that stopped the import. */
export interface ImportedModel { readonly design?: string; readonly errors: readonly string[] }
export type ParsedReport = { readonly report: SynthesisReport } | { readonly error: string };

/** Messages the worker sends. */
export type WorkerResponse =
  | { readonly kind: "ready" }
  | { readonly kind: "progress"; readonly id: number; readonly phase: ProgressPhase }
  | { readonly kind: "compiled"; readonly id: number; readonly result: CompileResult }
  | { readonly kind: "simulated"; readonly id: number; readonly result: SimulateResult; readonly npy: NpyFiles; readonly npyErrors: NpyErrors }
  | { readonly kind: "architecture"; readonly id: number; readonly result: ArchitectureResult }
  | { readonly kind: "checked"; readonly id: number; readonly result: CheckStepsResult }
  | { readonly kind: "verified"; readonly id: number; readonly result: VerifyResult }
  | { readonly kind: "exported"; readonly id: number; readonly result: ExportedProject }
  | { readonly kind: "report"; readonly id: number; readonly result: ParsedReport }
  | { readonly kind: "imported"; readonly id: number; readonly result: ImportedModel }
  | { readonly kind: "estimated"; readonly id: number; readonly result: EstimateResult }
  | { readonly kind: "aieMapped"; readonly id: number; readonly result: AieMappingView }
  | { readonly kind: "scripted"; readonly id: number; readonly result: ScriptRun }
  | { readonly kind: "cancelled"; readonly id: number }
  /** The compiler threw: a compiler bug or a missing feature, never a user mistake (those are diagnostics). */
  | { readonly kind: "failed"; readonly id: number; readonly message: string };

export type ScriptRun = { readonly tests: false; readonly outcome: ScriptOutcome } | { readonly tests: true; readonly outcome: TestOutcome };

/** Where a tensor of a simulation result sits: `return.0`, `arg.A`, `input.A`. */
export type TensorRole = "return" | "arg" | "input";

export function npyKey(role: TensorRole, name: string): string {
  return `${role}.${name}`;
}
