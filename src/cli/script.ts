/**
 * `allo-studio script FILE` (like `python FILE`) and `allo-studio test FILE [-k EXPR]` (like pytest):
 * prints go to stdout, tracebacks to stderr; exit 1 on a failed assert, an uncaught exception or a
 * failed test.
 */
import { basename } from "node:path";
import { runScript, runTests } from "../core/api";
import type { ScriptFailure, ScriptOptions } from "../core/api";
import { formatDiagnostic } from "../core/diagnostics";
import { INTERNAL_ERROR_CODE } from "../core/api-guard";

/** Options of a script or test run: the seed, the simulations' step budget and the script's limits. */
export type ScriptRunFlags = Pick<ScriptOptions, "seed" | "stepBudget" | "limits">;

export function scriptCommand(file: string, source: string, flags: ScriptRunFlags = {}): number {
  const r = runScript(source, { ...flags, file: basename(file) });
  for (const d of r.diagnostics) if (d.severity === "warning" || d.code === INTERNAL_ERROR_CODE) console.error(formatDiagnostic(file, d));
  if (r.diagnostics.some((d) => d.code === INTERNAL_ERROR_CODE)) return 2;
  for (const o of r.output) process.stdout.write(o.text);
  if (r.failure) {
    console.error(r.failure.traceback);
    return 1;
  }
  return 0;
}

export function testCommand(file: string, source: string, keyword?: string, flags: ScriptRunFlags = {}): number {
  const t0 = Date.now();
  const r = runTests(source, { ...flags, file: basename(file), keyword });
  for (const d of r.diagnostics) if (d.code === INTERNAL_ERROR_CODE) {
    console.error(formatDiagnostic(file, d));
    return 2;
  }
  const out = (s: string) => process.stdout.write(`${s}\n`);
  for (const o of r.output) process.stdout.write(o.text);
  if (r.collectionFailure) {
    out(`ERROR collecting ${file}`);
    out(r.collectionFailure.traceback);
    out("1 error");
    return 1;
  }
  const failures: { id: string; f: ScriptFailure; output: string }[] = [];
  for (const t of r.tests) {
    const where = `${file}:${t.line}`;
    if (t.status === "passed") out(`PASSED  ${where}::${t.id}`);
    else if (t.status === "skipped") out(`SKIPPED ${where}::${t.id}${t.reason ? ` (${t.reason})` : ""}`);
    else {
      out(`FAILED  ${where}::${t.id} - ${t.failure!.type}${t.failure!.message ? `: ${t.failure!.message.trim().split("\n")[0]}` : ""}`);
      failures.push({ id: t.id, f: t.failure!, output: t.output.map((o) => o.text).join("") });
    }
  }
  for (const f of failures) {
    out(`\n____ ${f.id} ____`);
    if (f.output) out(`---- captured stdout ----\n${f.output.trimEnd()}`);
    out(f.f.traceback);
  }
  const n = (s: string) => r.tests.filter((t) => t.status === s).length;
  const parts = [n("failed") && `${n("failed")} failed`, n("passed") && `${n("passed")} passed`, n("skipped") && `${n("skipped")} skipped`].filter(Boolean);
  out(`${parts.join(", ") || "no tests ran"} in ${((Date.now() - t0) / 1000).toFixed(2)}s`);
  return n("failed") > 0 || r.tests.length === 0 ? (r.tests.length === 0 && !keyword ? 5 : n("failed") > 0 ? 1 : 5) : 0;
}
