/**
 * The API's promise "nothing here throws on user input", enforced at the boundary: an exception that
 * escapes a stage (a compiler bug, or a case a limit missed) becomes an internal-error diagnostic naming
 * the stage and how to reproduce it. Fuzzing counts these as failures (test/fuzz).
 */
import type { Diagnostic } from "./diagnostics";
import { InternalError } from "./diagnostics";

/** Code of the diagnostic an escaped exception becomes. */
export const INTERNAL_ERROR_CODE = "E-internal";

const CLI_COMMAND: Readonly<Record<string, string>> = {
  compile: "check", checkSteps: "check", simulate: "run", architecture: "arch", estimate: "report", exportProject: "export", verify: "verify", runScript: "script", runTests: "test", aieMappingView: "export --target aie",
};

export function internalErrorDiagnostic(stage: string, e: unknown): Diagnostic {
  const err = e instanceof Error ? e : new Error(String(e));
  const exhausted = err instanceof RangeError && /call stack|array length|string length|allocation|BigInt/i.test(err.message);
  const what = exhausted
    ? `the design needs more than this ${stage} can give (${err.message}); simplify the nesting or sizes. If the design is small, this is a bug`
    : `internal error in ${stage}: ${err instanceof InternalError ? err.message.replace(/^internal error:\s*/, "") : `${err.name}: ${err.message}`}`;
  return {
    severity: "error", code: INTERNAL_ERROR_CODE,
    message: `${what}; please report it with the design file (\`allo-studio ${CLI_COMMAND[stage] ?? stage} FILE\` reproduces it)`,
    range: { from: 0, to: 0 }, line: 1, col: 1,
  };
}

/** Wraps an API function so that an escaped exception comes back as a diagnostic. */
export function guarded<A extends unknown[], R extends { readonly diagnostics: readonly Diagnostic[] }>(stage: string, run: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return run(...args);
    } catch (e) {
      return { diagnostics: [internalErrorDiagnostic(stage, e)], timings: {} } as unknown as R;
    }
  };
}
