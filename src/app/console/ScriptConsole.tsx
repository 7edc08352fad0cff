/** The console of the last script run: prints, per-test results and tracebacks, each linked to its line. */
import "./console.css";
import { useActions } from "../store/hooks";
import type { ConsoleLine } from "../../core/api";
import { useConsole } from "./consoleStore";

function LineLink({ line }: { line: number }) {
  const actions = useActions();
  return <button type="button" className="console-line-link" onClick={() => actions.revealAt(line, 1)} title={`Show line ${line} in the editor`}>line {line}</button>;
}

function Output({ lines }: { lines: readonly ConsoleLine[] }) {
  if (lines.length === 0) return null;
  return (
    <div className="console-output">
      {lines.map((o, i) => (
        <div key={i} className="console-print"><LineLink line={o.line} /><pre>{o.text.replace(/\n$/, "")}</pre></div>
      ))}
    </div>
  );
}

export function ScriptConsole() {
  const c = useConsole();
  if (c.status === "idle") return null;
  return (
    <section className="script-console" aria-label="Script console" data-testid="script-console">
      <h3>Script console {c.status === "running" && <span className="pane-badge badge-busy" role="status">running…</span>}</h3>
      {c.error && <p className="sim-message sim-error" role="alert">{c.error}</p>}
      {c.run && !c.run.tests && (
        <>
          <Output lines={c.run.outcome.output} />
          {c.run.outcome.failure
            ? <div className="console-failure" role="alert"><LineLink line={c.run.outcome.failure.line} /><pre>{c.run.outcome.failure.traceback}</pre></div>
            : c.status === "done" && <p className="console-ok">script finished without errors</p>}
        </>
      )}
      {c.run && c.run.tests && (() => { const tests = c.run.outcome.tests; return (
        <>
          <Output lines={c.run.outcome.output} />
          {c.run.outcome.collectionFailure && <div className="console-failure" role="alert"><LineLink line={c.run.outcome.collectionFailure.line} /><pre>{c.run.outcome.collectionFailure.traceback}</pre></div>}
          <ul className="console-tests">
            {c.run.outcome.tests.map((t) => (
              <li key={t.id} className={`test-${t.status}`}>
                <span className="test-status">{t.status.toUpperCase()}</span> <LineLink line={t.line} /> {t.id}{t.reason ? ` (${t.reason})` : ""}
                <Output lines={t.output} />
                {t.failure && <pre className="console-failure">{t.failure.traceback}</pre>}
              </li>
            ))}
          </ul>
          <p className="console-summary">
            {(["passed", "failed", "skipped"] as const).map((s) => `${tests.filter((t) => t.status === s).length} ${s}`).join(", ")}
          </p>
        </>
      ); })()}
    </section>
  );
}
