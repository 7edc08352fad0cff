/**
 * The shape every primitive file exports (STYLE §3): `plan` does the work once; `check` and `apply`
 * are its two faces. A plan also says what the step did, for the step header and the float flag.
 */
import type { PrimitiveRecord } from "../frontend/schedule-record";
import type * as ir from "../ir/nodes";
import type { ScheduleContext, ScheduleDiagnostic } from "./ir-util";
import { ScheduleError, emptyContext } from "./ir-util";

export interface Plan {
  readonly module: ir.Module;
  readonly description: string;
  /** True when a float accumulation now happens in another order (results may differ in the last bits). */
  readonly reordersFloatReduction?: boolean;
  /** Partition requests to remember ("f:A", dim). */
  readonly partitions?: readonly (readonly [string, number])[];
  /** Handle name invented by the script → "func:buffer" it denotes. */
  readonly alias?: readonly [string, string];
  /** Warnings of a step that applied (codes `W-…`): it did less than asked, and says what to do. */
  readonly warnings?: readonly ScheduleDiagnostic[];
  /** `compose` without id= on a kernel with several instances: the other instances, warned about unless a later or earlier compose schedules them. */
  readonly unscheduledInstances?: readonly { readonly top: string; readonly target: string; readonly others: readonly string[]; readonly range: ScheduleDiagnostic["range"] }[];
  /** The functions a `compose` step scheduled. */
  readonly composed?: readonly string[];
}

export type PlanFn = (m: ir.Module, rec: PrimitiveRecord, ctx: ScheduleContext) => Plan;

export interface Primitive {
  readonly plan: PlanFn;
  /** The step's user diagnostic, or undefined when it applies. */
  check(m: ir.Module, rec: PrimitiveRecord, ctx?: ScheduleContext): ScheduleDiagnostic | undefined;
  /** The transformed module (pure; call `check` first: an illegal step throws ScheduleError). */
  apply(m: ir.Module, rec: PrimitiveRecord, ctx?: ScheduleContext): ir.Module;
}

export function definePrimitive(plan: PlanFn): Primitive {
  return {
    plan,
    check(m, rec, ctx) {
      try {
        plan(m, rec, ctx ?? emptyContext(m.top));
        return undefined;
      } catch (e) {
        if (e instanceof ScheduleError) return e.diagnostic;
        throw e;
      }
    },
    apply(m, rec, ctx) {
      return plan(m, rec, ctx ?? emptyContext(m.top)).module;
    },
  };
}

/** The user's name for a buffer a step creates (`LB = s.reuse_at(...)`), as a spread into the new buffer. */
export function userName(rec: PrimitiveRecord): { readonly userName?: string } {
  return rec.assignedTo !== undefined ? { userName: rec.assignedTo } : {};
}
