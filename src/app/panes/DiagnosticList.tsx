/** Diagnostics as buttons that put the editor cursor at their place. */
import type { Diagnostic } from "../../core/diagnostics";
import { useActions } from "../store/hooks";

export function DiagnosticList({ diagnostics, label }: { readonly diagnostics: readonly Diagnostic[]; readonly label: string }) {
  const actions = useActions();
  return (
    <ul className="diagnostics" aria-label={label}>
      {diagnostics.map((d, i) => (
        <li key={i}>
          <button type="button" className={`problem problem-${d.severity}`} onClick={() => actions.revealAt(d.line, d.col)} title={d.code}>
            <span className="problem-loc">line {d.line}:{d.col}</span>
            <span className="problem-sev">{d.severity}</span>
            <span className="problem-msg">{d.message || d.code}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
