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
  /** The method's name in `s.method(...)` (where a misspelled primitive is marked). */
  readonly methodRange?: SourceRange;
  /** Where each positional / keyword argument is written (errors about an argument point there). */
  readonly argSpans?: readonly ArgSpan[];
  readonly kwargSpans?: ReadonlyMap<string, ArgSpan>;
  /** Where each keyword's name is written (`factr` in `factr=4`): an unknown keyword is marked there. */
  readonly keywordRanges?: ReadonlyMap<string, SourceRange>;
  /** The plain variable the call's result is assigned to (`LB = s.reuse_at(...)` → "LB"): names what the step creates. */
  readonly assignedTo?: string;
}

/**
 * Where an argument is written: the whole expression and, when it names something the user typed (the
 * text of a plain string literal, the last name of `s.A` or `loops.S_i_0.j`), just that name.
 */
export interface ArgSpan {
  readonly range: SourceRange;
  readonly name?: SourceRange;
}

export interface ScheduleValue {
  /** Variable-independent identity (creation order). */
  readonly id: number;
  readonly top: string;
  /** Undefined when lowering the kernel failed (diagnostics were reported). */
  readonly module?: Module;
  readonly records: PrimitiveRecord[];
  readonly range: SourceRange;
  built?: { readonly target: string; readonly mappingPrimitives?: readonly MappingPrimitiveRecord[] };
  /** `allo.customize(f, instantiate=[...])`: the template arguments (Allo's `s.inst_list`). */
  readonly instList?: readonly PyValue[];
  /** A from_pytorch design: the model's parameters it was built with, by state_dict name (float32, row-major). */
  readonly weights?: ReadonlyMap<string, { readonly shape: readonly number[]; readonly data: readonly number[] }>;
}

/** One of `df.build(..., mapping_primitives=[("bundle", [...]), ("chain", [a, b])])` (AIE placement). */
export interface MappingPrimitiveRecord { readonly kind: "bundle" | "chain"; readonly names: readonly string[]; readonly range: SourceRange }
