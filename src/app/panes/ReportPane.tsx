/** Synthesis report: import a Vitis HLS csynth.xml and read its latency, II and resources per loop. */
import { Pane } from "../layout/Pane";
import { ReportTables } from "../report/ReportTables";
import { useCommands, useReport } from "../store/hooks";

export function ReportPane() {
  const report = useReport();
  const commands = useCommands();
  const onFile = async (file: File | undefined) => {
    if (file) await commands.importReport(file.name, await file.text());
  };
  const actions = (
    <label className="btn-small file-button">
      Import csynth.xml
      <input type="file" accept=".xml,text/xml,application/xml" aria-label="Import csynth.xml" onChange={(e) => { void onFile(e.target.files?.[0]); e.target.value = ""; }} />
    </label>
  );
  return (
    <Pane id="report" title="Report" actions={actions} badge={report.fileName ? <span className="pane-badge">{report.fileName}</span> : null}>
      <div className="report-body">
        {report.status === "loading" && <p className="pane-empty">Reading {report.fileName}…</p>}
        {report.status === "failed" && <p className="sim-message sim-error" role="alert">Could not read {report.fileName}: {report.error}</p>}
        {report.report && <ReportTables report={report.report} />}
        {report.status === "idle" && (
          <p className="pane-empty">
            Import the <code>csynth.xml</code> Vitis HLS writes after synthesis (Export ▸ Vitis HLS project, then <code>vitis_hls -f run_hls.tcl</code>) to see latency, II and resources per loop.
            The studio's own estimates are not available yet.
          </p>
        )}
      </div>
    </Pane>
  );
}
