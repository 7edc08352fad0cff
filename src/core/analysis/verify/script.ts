/**
 * `allo.verify(s1, s2)` in a design file: applies each schedule's records made so far and checks the two
 * modules. The value is True exactly when they are proved equivalent (or deadlock alike) (as in Allo, where scripts
 * `assert allo.verify(...)`); the verdict is also reported at the call as a note or warning.
 */
import type { DiagnosticSink, SourceRange } from "../../diagnostics";
import type { ScheduleValue } from "../../frontend/schedule-record";
import { applySchedule } from "../../schedule";
import { formatVerdictShort } from "./describe";
import { Verifier } from "./verify";

/** Script-time checks run on every compile, so they get a smaller budget than the studio's. */
const SCRIPT_BUDGET_MS = 3_000;

export function scriptVerify(sink: DiagnosticSink, a: ScheduleValue, b: ScheduleValue, at: SourceRange): boolean {
  if (!a.module || !b.module) return false;
  const ma = applySchedule(a.module, [...a.records], a.top).final;
  const mb = applySchedule(b.module, [...b.records], b.top).final;
  const v = new Verifier(ma, { timeMs: SCRIPT_BUDGET_MS }).check(mb, { reference: "the first schedule", candidate: "the second schedule" });
  // Two programs that deadlock in the same state are equivalent (the value is True), but say so loudly.
  const ok = v.status === "proved" || v.status === "same-deadlock";
  if (v.status === "proved") sink.add("info", "I-verify", `allo.verify: ${formatVerdictShort(v)}`, at);
  else sink.add("warning", "W-verify", `allo.verify: ${formatVerdictShort(v)}`, at);
  return ok;
}
