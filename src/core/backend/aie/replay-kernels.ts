/**
 * The kernel functions the replay calls: each symbol's kernel function (kernel-view.ts) compiled by the
 * JS simulator, run on the objects a core holds. `record` captures every call's objects before and after,
 * which the C++ checks replay through g++.
 */
import * as R from "../../sim/runtime";
import { compileModule, BudgetExceeded } from "../../sim/codegen";
import { DEFAULT_STEP_BUDGET } from "../../sim/simulate";
import type { KernelFn } from "./replay";
import type { AiePlan } from "./plan";

export interface KernelCall {
  readonly symbol: string;
  readonly before: readonly Float64Array[];
  readonly after: readonly Float64Array[];
}

export function replayKernels(plan: AiePlan, record?: KernelCall[]): Record<string, KernelFn> {
  const out: Record<string, KernelFn> = {};
  for (const c of plan.mapping.cores) {
    for (const s of c.steps) {
      if (out[s.symbol]) continue;
      const f = s.view.func;
      const inst = compileModule({ kind: "module", funcs: [f], top: f.name }, R as unknown as Record<string, unknown>).compiled.instantiate();
      out[s.symbol] = (objects) => {
        const before = record ? objects.map((o) => Float64Array.from(o)) : [];
        try {
          inst.call(objects, DEFAULT_STEP_BUDGET);
        } catch (e) {
          if (e instanceof BudgetExceeded) throw new Error(`kernel ${s.symbol} did not finish within the step budget`);
          throw e;
        }
        if (record) record.push({ symbol: s.symbol, before, after: objects.map((o) => Float64Array.from(o)) });
      };
    }
  }
  return out;
}
