/**
 * The one message contract between the studio UI and the compiler worker (STYLE §21).
 * Requests and responses are plain structured-clone data; every request carries an id that the
 * matching response, progress events and failures echo back.
 */
import type { CompileOptions, CompileResult, SimulateOptions, SimulateResult } from "../core/api-types";

/** Requests the UI sends. `cancel` drops a queued request; a running one is stopped by terminating the worker. */
export type WorkerRequest =
  | { readonly kind: "compile"; readonly id: number; readonly source: string; readonly options?: CompileOptions }
  | { readonly kind: "simulate"; readonly id: number; readonly source: string; readonly options?: SimulateOptions }
  | { readonly kind: "cancel"; readonly id: number };

export type RequestKind = Exclude<WorkerRequest["kind"], "cancel">;

/** The phases a request goes through, reported as progress events. */
export type ProgressPhase = "queued" | "compiling" | "simulating" | "encoding";

/** .npy files of a simulation's tensors, keyed like {@link npyKey}. */
export type NpyFiles = Readonly<Record<string, Uint8Array>>;
/** Why a tensor has no .npy file, keyed like {@link npyKey} (`*`: none could be encoded). */
export type NpyErrors = Readonly<Record<string, string>>;

/** Messages the worker sends. */
export type WorkerResponse =
  | { readonly kind: "ready" }
  | { readonly kind: "progress"; readonly id: number; readonly phase: ProgressPhase }
  | { readonly kind: "compiled"; readonly id: number; readonly result: CompileResult }
  | { readonly kind: "simulated"; readonly id: number; readonly result: SimulateResult; readonly npy: NpyFiles; readonly npyErrors: NpyErrors }
  | { readonly kind: "cancelled"; readonly id: number }
  /** The compiler threw: a compiler bug or a missing feature, never a user mistake (those are diagnostics). */
  | { readonly kind: "failed"; readonly id: number; readonly message: string };

/** Where a tensor of a simulation result sits: `return.0`, `arg.A`, `input.A`. */
export type TensorRole = "return" | "arg" | "input";

export function npyKey(role: TensorRole, name: string): string {
  return `${role}.${name}`;
}
