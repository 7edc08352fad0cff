/**
 * The one way to make a script interpreter: kernels lower through the frontend and `allo.verify` runs
 * the equivalence checker, whichever host (design compile, `script`/`test` runs, input capture) drives it.
 */
import type { DiagnosticSink } from "../diagnostics";
import { ScriptInterpreter } from "../frontend/interp";
import type { ScriptHost } from "../frontend/script-host";
import { LowerContext, lowerKernel } from "../frontend/lower";
import { scriptVerify } from "../analysis/verify/script";
import { compileModelDesign } from "./model-design";
import { DEFAULT_SCRIPT_LIMITS } from "../frontend/script-limits";
import type { ScriptLimits } from "../frontend/script-limits";

/** The entries that are set (an explicit `undefined` keeps the default). */
function definedOnly(limits: Partial<ScriptLimits> | undefined): Partial<ScriptLimits> {
  return Object.fromEntries(Object.entries(limits ?? {}).filter(([, v]) => typeof v === "number" && v > 0));
}

export function newInterpreter(source: string, sink: DiagnosticSink, host?: ScriptHost, limits?: Partial<ScriptLimits>): ScriptInterpreter {
  // The lowering callback runs only after construction, so it may refer to `interp` itself.
  const interp: ScriptInterpreter = new ScriptInterpreter(source, sink, (fn, inst, at, caller) => lowerKernel(new LowerContext(sink, interp, source, caller), fn, inst, at), host, { ...DEFAULT_SCRIPT_LIMITS, ...definedOnly(limits) });
  interp.verifyHook = (a, b, at) => scriptVerify(sink, a, b, at);
  interp.modelHook = (design, at) => compileModelDesign(design, at, sink, (src, sub) => newInterpreter(src, sub, undefined, limits));
  return interp;
}
