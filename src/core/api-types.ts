/**
 * Plain-data types of the compiler API (structured-clone safe: they cross the worker boundary).
 * The functions live in api.ts; hosts (worker, CLI, tests) import only these two files.
 */
import type { Diagnostic, SourceRange } from "./diagnostics";
import type { Limits } from "./limits";
import type { ScalarType, ValueType } from "./types/types";
import type { ArchGraph } from "./arch/graph";
export type { ArchGraph, ArchNode, ArchEdge, ArchNodeKind } from "./arch/graph";
import type { Estimate, EstimateSummary } from "./analysis/types";
import type { DesignOutputs, OutputOptions } from "./output/outputs";
export type { DesignOutputs, OutputOptions } from "./output/outputs";
export type { OutputText } from "./output/lineMap";
export type { Estimate, EstimateSummary, EstimateWhy, FunctionEstimate, LoopEstimate, ResourceCounts, ResourceKey, Throughput, DeviceInfo } from "./analysis/types";

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
  /** Also print the MLIR after every schedule step (CompileResult.steps[i].mlir). */
  readonly stepIR?: boolean;
  /** Also build the architecture graph of the design (CompileResult.graph), saving a second compile. */
  readonly graph?: boolean;
  /** Also estimate the design and every schedule step (CompileResult.estimate0, StepInfo.estimate). */
  readonly estimates?: boolean;
  /** Also return the live outputs with their source ↔ output line maps (CompileResult.outputs). */
  readonly outputs?: OutputOptions;
  /** Resource limits (limits.ts, RELIABILITY.md); unset entries keep their defaults. */
  readonly limits?: Partial<Limits>;
  /** Files next to the design that `np.load("name.npy")` reads (weights of an imported model), by relative path. */
  readonly files?: Readonly<Record<string, Uint8Array>>;
}

/** One schedule primitive as applied to the design (step 0, the kernel as written, is not a step). */
export interface StepInfo {
  readonly index: number;
  readonly method: string;
  /** Source text of the call, e.g. `s.reorder("k", "j")`. */
  readonly text: string;
  readonly range: SourceRange;
  readonly line: number;
  readonly description: string;
  readonly status: "applied" | "error" | "skipped";
  /** True when a float reduction now runs in another order (results may differ in the last bits). */
  readonly reordersFloatReduction: boolean;
  /** The module after this step (with `stepIR`). */
  readonly mlir?: string;
  /** Latency, II, DSP and BRAM of the module after this step (with `estimates`). */
  readonly estimate?: EstimateSummary;
}

export interface CheckStepsOptions extends CompileOptions {
  readonly seed?: number;
  /**
   * Loop iterations, calls and seeded input values of all the check's simulations together (the kernel as
   * written runs once, then the module after each applied step); DEFAULT_CHECK_STEP_BUDGET when absent.
   */
  readonly stepBudget?: number;
}

/** Whether a step keeps what the design computes (simulated against the kernel as written). */
export interface StepCheck {
  readonly index: number;
  readonly status: "preserved" | "changed" | "within-tolerance" | "not-run";
  readonly firstDiff?: { readonly name: string; readonly index: number; readonly before: number | string; readonly after: number | string };
  readonly note?: string;
}

export interface CompileResult {
  readonly diagnostics: readonly Diagnostic[];
  /** Present when the design compiled without errors. */
  readonly design?: DesignInfo;
  /** The printed MLIR module of the design after its schedule. */
  readonly mlir?: string;
  /** The kernel as written (step 0), with `stepIR`. */
  readonly mlir0?: string;
  /** The schedule's steps in order. */
  readonly steps?: readonly StepInfo[];
  /** The architecture graph of the scheduled design (with `graph`). */
  readonly graph?: ArchGraph;
  /** The printed MLIR and the export's kernel.cpp with their line maps (with `outputs`). */
  readonly outputs?: DesignOutputs;
  /** Headline estimate of the kernel as written (step 0), with `estimates`. */
  readonly estimate0?: EstimateSummary;
  /** Time spent per phase, ms. */
  readonly timings: Readonly<Record<string, number>>;
}

/** One kernel instance of a dataflow region as it ran (cycles are timed-mode estimates). */
export interface ProcessTrace {
  /** The instance's function name (`gemm_1_2`); the diagram's node is `kernel:<name>`. */
  readonly name: string;
  readonly kernel?: string;
  readonly pid?: readonly number[];
  readonly done: boolean;
  /** Cycle at which it finished (or stopped, when deadlocked). */
  readonly finish: number;
  /** Intervals [from, to) spent waiting on a FIFO: empty on `get`, full on `put`. */
  readonly stalls: readonly { readonly from: number; readonly to: number; readonly op: "get" | "put"; readonly fifo: string }[];
  readonly truncated: boolean;
  readonly range: SourceRange;
}

/** One FIFO of a dataflow region as it ran; the diagram's node is `fifo:<name>`. */
export interface FifoTrace {
  readonly name: string;
  readonly depth: number;
  readonly type: string;
  readonly writers: readonly string[];
  readonly readers: readonly string[];
  readonly puts: number;
  readonly gets: number;
  /** Most elements held at once: by cycle in timed mode (`timeline`), else in the order the scheduler ran the processes. */
  readonly maxOccupancy: number;
  /** Occupancy after each change, in time order (timed mode). */
  readonly occupancy: readonly { readonly t: number; readonly n: number }[];
  readonly truncated: boolean;
  readonly range: SourceRange;
}

/** Why a dataflow run stopped with every process blocked. */
export interface DeadlockInfo {
  readonly message: string;
  readonly blocked: readonly { readonly process: string; readonly op: "get" | "put"; readonly fifo: string; readonly range: SourceRange; readonly occupancy: number; readonly depth: number }[];
  /** The processes of a wait-for cycle, in order (each waits for the next; the last for the first); empty when a process starves instead. */
  readonly cycle: readonly string[];
  /** The FIFOs along that cycle (fifo i is what process i waits on). */
  readonly cycleFifos: readonly string[];
}

/** What a dataflow region did: its processes, FIFOs, the timed-mode latency and any deadlock. */
export interface DataflowTrace {
  /** When the last process finished, in cycles of the timed mode (`timeline`); without it, in loop iterations. */
  readonly cycles: number;
  readonly processes: readonly ProcessTrace[];
  readonly fifos: readonly FifoTrace[];
  readonly deadlock?: DeadlockInfo;
}

export interface SimulateOptions extends CompileOptions {
  /** Values for the top function's parameters; arrays not given get seeded random values of their type. */
  readonly inputs?: Readonly<Record<string, Tensor>>;
  readonly seed?: number;
  /** Loop iterations allowed before the run stops with a runaway-loop diagnostic. */
  readonly stepBudget?: number;
  /** Record the timed-mode timeline of dataflow regions (stalls per process, FIFO occupancy). */
  readonly timeline?: boolean;
}

export interface SimulateResult {
  readonly diagnostics: readonly Diagnostic[];
  /** The inputs actually used (given or generated), by parameter name. */
  readonly inputs?: Readonly<Record<string, Tensor>>;
  /** Every parameter after the run (arrays may have been written), by name. */
  readonly args?: Readonly<Record<string, Tensor>>;
  /** Return values in order. */
  readonly returns?: readonly Tensor[];
  /** For designs with dataflow regions: processes, FIFOs, timeline and deadlock (also after a deadlock). */
  readonly dataflow?: DataflowTrace;
  /** A from_pytorch design: the weights it ran with, by state_dict name (float32). */
  readonly weights?: Readonly<Record<string, Tensor>>;
  readonly timings: Readonly<Record<string, number>>;
}

export interface EstimateRequestOptions {
  readonly schedule?: string;
  /** u280 (default), u250, u200, u55c. */
  readonly device?: string;
  /** Target clock in MHz (default 300). */
  readonly clockMHz?: number;
  /** Estimate the module after schedule step `step` instead of the scheduled design (0: as written). */
  readonly step?: number;
  /** Also give the headline numbers of step 0 and of every applied step. */
  readonly steps?: boolean;
  /** Resource limits, as for compile. */
  readonly limits?: Partial<Limits>;
  /** Files the design np.loads, as for compile. */
  readonly files?: Readonly<Record<string, Uint8Array>>;
}

export interface EstimateResult {
  readonly diagnostics: readonly Diagnostic[];
  /** Present when the design compiled and the options were valid. */
  readonly estimate?: Estimate;
  /** With `steps`: index 0 is the kernel as written, then one entry per schedule step (absent when the step did not apply). */
  readonly steps?: readonly (EstimateSummary | undefined)[];
  readonly timings: Readonly<Record<string, number>>;
}

// ------------------------------------------------------------------ equivalence checking (verify)
import type { StepVerdict, VerifyBudget } from "./analysis/verify";
export type { Counterexample, CounterexampleSide, StepVerdict, VerifyBudget, VerifyStatus, VerifyVerdict } from "./analysis/verify";

export interface VerifyOptions extends CompileOptions {
  /** Only this schedule step (1-based). */
  readonly step?: number;
  /** Compare the design with the schedule assigned to this variable instead of step by step. */
  readonly against?: string;
  readonly budget?: VerifyBudget;
}

export interface VerifyResult {
  readonly diagnostics: readonly Diagnostic[];
  /** One verdict per schedule step (against the kernel as written), or one (index 0) with `against`. */
  readonly steps?: readonly StepVerdict[];
  readonly timings: Readonly<Record<string, number>>;
}
