/** The compile diagnostics under the editor (the same ones the editor shows as markers). */
import { useCompileDiagnostics, useCompileSummary } from "../store/hooks";
import { DiagnosticList } from "./DiagnosticList";

export function ProblemsList() {
  const { diagnostics } = useCompileDiagnostics();
  const { stale, error } = useCompileSummary();
  if (diagnostics.length === 0 && !error) return null;
  return (
    <div className={`problems${stale ? " is-stale" : ""}`} role="region" aria-label="Problems">
      {error && <div className="problem problem-internal" role="alert">{error}</div>}
      <DiagnosticList diagnostics={diagnostics} label="Compile diagnostics" />
    </div>
  );
}
