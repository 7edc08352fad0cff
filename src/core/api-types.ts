/**
 * Plain-data types of the compiler API (structured-clone safe: they cross the worker boundary).
 * The functions live in api.ts; hosts (worker, CLI, tests) import only these two files.
 */
import type { Diagnostic, SourceRange } from "./diagnostics";
import type { ScalarType, ValueType } from "./types/types";

/**
 * An n-d array or scalar value exchanged with the simulator.
 * `data` holds values in row-major order as the user sees them: integers as exact numbers when the type is
 * at most 52 bits wide, else as bigints; fixed-point as real values (raw / 2^F, exact for W ≤ 52);
 * floats as numbers. A scalar has shape [].
 */
export interface Tensor {
  readonly type: ScalarType;
  readonly shape: readonly number[];
  readonly data: ArrayLike<number> | readonly bigint[];
}

export interface ParamInfo {
  readonly name: string;
  readonly type: ValueType;
  readonly range: SourceRange;
}

/** The top function of the design: what `run` simulates. */
export interface DesignInfo {
  readonly top: string;
  readonly params: readonly ParamInfo[];
  readonly returns: readonly ValueType[];
  /** Names of all kernels (functions) in the design, top first. */
  readonly functions: readonly string[];
}

export interface CompileOptions {
  /** Pick the schedule by its variable name (CLI --schedule). */
  readonly schedule?: string;
}

export interface CompileResult {
  readonly diagnostics: readonly Diagnostic[];
  /** Present when the design compiled without errors. */
  readonly design?: DesignInfo;
  /** The printed MLIR module of the design (step 0 until schedules apply). */
  readonly mlir?: string;
  /** Time spent per phase, ms. */
  readonly timings: Readonly<Record<string, number>>;
}

export interface SimulateOptions extends CompileOptions {
  /** Values for the top function's parameters; arrays not given get seeded random values of their type. */
  readonly inputs?: Readonly<Record<string, Tensor>>;
  readonly seed?: number;
  /** Loop iterations allowed before the run stops with a runaway-loop diagnostic. */
  readonly stepBudget?: number;
}

export interface SimulateResult {
  readonly diagnostics: readonly Diagnostic[];
  /** The inputs actually used (given or generated), by parameter name. */
  readonly inputs?: Readonly<Record<string, Tensor>>;
  /** Every parameter after the run (arrays may have been written), by name. */
  readonly args?: Readonly<Record<string, Tensor>>;
  /** Return values in order. */
  readonly returns?: readonly Tensor[];
  readonly timings: Readonly<Record<string, number>>;
}
