/** Worker and compile state, plus the latest notice. */
import { useCompileSummary, useNotice, useWorkerStatus } from "../store/hooks";

const WORKER_TEXT = { starting: "starting", ready: "ready", busy: "busy", restarting: "restarting" } as const;

export function StatusBar() {
  const worker = useWorkerStatus();
  const compile = useCompileSummary();
  const notice = useNotice();
  let compileText: string;
  if (compile.status === "compiling" || compile.stale) compileText = "compiling…";
  else if (compile.status === "failed") compileText = "compiler failed";
  else if (compile.status === "idle") compileText = "not compiled yet";
  else if (compile.errors) compileText = `${compile.errors} error${compile.errors > 1 ? "s" : ""}${compile.warnings ? `, ${compile.warnings} warning${compile.warnings > 1 ? "s" : ""}` : ""}`;
  else compileText = `ok${compile.top ? ` · top: ${compile.top}` : ""}${compile.warnings ? ` · ${compile.warnings} warning${compile.warnings > 1 ? "s" : ""}` : ""}`;
  return (
    <footer className="statusbar" role="status" aria-live="polite">
      <span className={`worker-state worker-${worker.state}`} data-testid="worker-state">worker: {WORKER_TEXT[worker.state]}</span>
      {worker.restarts > 0 && worker.notice && <span className="worker-notice" data-testid="worker-notice">{worker.notice}</span>}
      <span className={`compile-state${compile.errors ? " has-errors" : ""}`} data-testid="compile-state">{compileText}</span>
      <span className="spacer" />
      {notice && <span className="notice" data-testid="notice">{notice}</span>}
    </footer>
  );
}
