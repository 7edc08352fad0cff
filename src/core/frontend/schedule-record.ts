/**
 * Schedules as the script interpreter builds them: the lowered module plus the ordered primitive
 * records (STYLE §2). Applying the records is the schedule engine's job; here they are data.
 */
import type { SourceRange } from "../diagnostics";
import type { Module } from "../ir/nodes";
import type { PyValue } from "./values";

/** One schedule method call: `s.reorder("k", "j")` at its source range. */
export interface PrimitiveRecord {
  readonly method: string;
  readonly args: readonly PyValue[];
  readonly kwargs: ReadonlyMap<string, PyValue>;
  readonly range: SourceRange;
  /** The source text of the call, for step headers. */
  readonly text: string;
}

export interface ScheduleValue {
  /** Variable-independent identity (creation order). */
  readonly id: number;
  readonly top: string;
  /** Undefined when lowering the kernel failed (diagnostics were reported). */
  readonly module?: Module;
  readonly records: PrimitiveRecord[];
  readonly range: SourceRange;
  built?: { readonly target: string };
}
