/** Plain-data verdicts of the equivalence checker (structured-clone safe: they cross the worker boundary). */
import type { SourceRange } from "../../diagnostics";
import type { Tensor } from "../../api-types";

/** One side of a difference: the output element's term (depth-bounded) and the store that wrote it. */
export interface CounterexampleSide {
  readonly term: string;
  readonly range?: SourceRange;
  /** 1-based source line of `range` (filled in by the API). */
  readonly line?: number;
  /** The element's value on the counterexample inputs (from the terms). */
  readonly value: string;
  /** The element's value when the simulator runs the program on those inputs. */
  readonly simulated?: string;
}

export interface Counterexample {
  /** Output name (an array argument, or `return`) and the element's index. */
  readonly output: string;
  readonly index: readonly number[];
  readonly before: CounterexampleSide;
  readonly after: CounterexampleSide;
  /** Values for every argument of the top function: run them in the simulator to see the difference. */
  readonly inputs: Readonly<Record<string, Tensor>>;
  /** The simulator, run on `inputs`, gives different values for this element. */
  readonly confirmed: boolean;
  /** Why the simulator could not be asked (it stopped at its step budget, or failed): then not `confirmed`. */
  readonly unconfirmed?: string;
}

export interface VerifyStats {
  /** Symbolic operations (terms built or found, constants folded) for this comparison. */
  readonly ops: number;
  readonly ms: number;
  /** Terms in the shared store afterwards. */
  readonly terms: number;
}

export type VerifyVerdict = VerifyStats & (
  | { readonly status: "proved"; readonly how: "identical" | "algebra" }
  | { readonly status: "reassociated"; readonly output: string; readonly index: readonly number[] }
  | { readonly status: "differs"; readonly reason: string; readonly counterexample?: Counterexample; readonly range?: SourceRange }
  | { readonly status: "not-provable"; readonly reason: string; readonly range?: SourceRange; readonly line?: number }
  | { readonly status: "budget"; readonly reason: string }
  /** Both programs deadlock in the same state (same blocked processes and FIFOs, same outputs so far). */
  | { readonly status: "same-deadlock"; readonly reason: string; readonly range?: SourceRange; readonly line?: number }
);

export type VerifyStatus = VerifyVerdict["status"];

export interface VerifyBudget {
  /** Wall-clock budget per comparison, ms (default 20 000). */
  readonly timeMs?: number;
  /** Symbolic operations per comparison (default 200 M). */
  readonly maxOps?: number;
  /** Terms in the store (default 20 M). */
  readonly maxTerms?: number;
  /**
   * Loop iterations, calls and seeded input values of each simulator run that confirms a counterexample
   * (default DEFAULT_CHECK_STEP_BUDGET).
   */
  readonly stepBudget?: number;
}
