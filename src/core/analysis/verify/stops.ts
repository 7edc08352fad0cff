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
  constructor(readonly message: string, readonly range?: SourceRange) {}
}
/** The time or operation budget ran out. */
export class BudgetStop {
  constructor(readonly why: "time" | "operations" | "terms") {}
}

