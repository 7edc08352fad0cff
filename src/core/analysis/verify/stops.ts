/** The ways a symbolic run stops short of its outputs (each becomes a verdict, never an exception to the user). */
import type { SourceRange } from "../../diagnostics";

/** Why a program cannot be proved here: the construct and where. */
export class NotStatic {
  constructor(readonly reason: string, readonly range?: SourceRange) {}
}
/** An access outside its buffer (the simulator stops there too). */
export class OutOfBoundsAccess {
  constructor(readonly message: string, readonly range: SourceRange) {}
}
/** Every process of a dataflow region is blocked. */
export class DeadlockStop {
  /** What the top function's array arguments held when it stopped (filled in by the executor). */
  partial?: readonly PartialOutput[];
  /**
   * @param waits one line per blocked process ("P waits to get from 'c'"), sorted: two deadlocks are the same
   *   state when these are equal (a Kahn network's final state does not depend on the schedule).
   */
  constructor(readonly message: string, readonly range?: SourceRange, readonly waits: readonly string[] = []) {}
}
/** An output array as far as it was written before a deadlock. */
export interface PartialOutput {
  readonly name: string;
  readonly shape: readonly number[];
  readonly t: Int32Array;
}
/** The time or operation budget ran out. */
export class BudgetStop {
  constructor(readonly why: "time" | "operations" | "terms") {}
}

