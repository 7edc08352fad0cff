/**
 * Report: the studio's estimates of the design (latency, II, resources per function and loop, with
 * why) and, when a Vitis HLS csynth.xml is imported, its numbers next to the estimates. With the target
 * set to the AI Engine, the cycles per core and FIFO of the design's mapping onto the chosen NPU.
 */
import { useEffect, useState } from "react";
import { Pane } from "../layout/Pane";
import { AieCycleTables } from "../report/AieCycleTables";
import { AIE_DEVICE_NAMES } from "../aie/devices";
import { useAieMapping } from "../aie/useAieMapping";
import { EstimateTables } from "../report/EstimateTables";
import { ESTIMATE_DEVICE_NAMES, useEstimates, type EstimateDevice } from "../report/estimates";
import { ReportTables } from "../report/ReportTables";
import { useCommands, useReport, useShowsLastGood, useSource } from "../store/hooks";

export function ReportPane() {
  const [target, setTarget] = useState<"hls" | "aie">("hls");
  // A design built with target="aie" (typed or opened) switches the report to the AI Engine, and
  // opening one that is not switches it back; the user's own choice holds until that changes.
  const builtForAie = /\btarget\s*=\s*["']aie["']/.test(useSource());
  useEffect(() => setTarget(builtForAie ? "aie" : "hls"), [builtForAie]);
  return target === "aie" ? <AieReport onTarget={setTarget} /> : <HlsReport onTarget={setTarget} />;
}

function TargetSelect({ value, onChange }: { value: "hls" | "aie"; onChange: (t: "hls" | "aie") => void }) {
  return (
    <select className="estimate-device" aria-label="Target for estimates" value={value} onChange={(e) => onChange(e.target.value as "hls" | "aie")}>
      <option value="hls">FPGA (HLS)</option>
      <option value="aie">AI Engine</option>
    </select>
  );
}

function AieReport({ onTarget }: { onTarget: (t: "hls" | "aie") => void }) {
  const [device, setDevice] = useState<string>("npu1");
  const { view, pending } = useAieMapping(device);
  const actions = (
    <>
      <TargetSelect value="aie" onChange={onTarget} />
      <select className="estimate-device" aria-label="AI Engine device for estimates" value={device} onChange={(e) => setDevice(e.target.value)}>
        {AIE_DEVICE_NAMES.map((d) => <option key={d} value={d}>{d}</option>)}
      </select>
    </>
  );
  const badge = pending && view ? <span className="pane-badge badge-stale">estimating…</span> : null;
  return (
    <Pane id="report" title="Report" actions={actions} badge={badge}>
      <div className={`report-body${pending && view ? " is-stale" : ""}`}>
        <AieCycleTables view={view} device={device} />
      </div>
    </Pane>
  );
}

function HlsReport({ onTarget }: { onTarget: (t: "hls" | "aie") => void }) {
  const report = useReport();
  const commands = useCommands();
  const est = useEstimates();
  const estimate = est.result?.estimate;
  const onFile = async (file: File | undefined) => {
    if (file) await commands.importReport(file.name, await file.text());
  };
  const actions = (
    <>
      <TargetSelect value="hls" onChange={onTarget} />
      <select className="estimate-device" aria-label="Device for estimates" value={est.device} onChange={(e) => est.setDevice(e.target.value as EstimateDevice)}>
        {ESTIMATE_DEVICE_NAMES.map((d) => <option key={d} value={d}>{d}</option>)}
      </select>
      <label className="btn-small file-button">
        Import csynth.xml
        <input type="file" accept=".xml,text/xml,application/xml" aria-label="Import csynth.xml" onChange={(e) => { void onFile(e.target.files?.[0]); e.target.value = ""; }} />
      </label>
    </>
  );
  const lastGood = useShowsLastGood() && estimate !== undefined;
  const stale = estimate && !est.current;
  const badge = (
    <>
      {report.fileName && <span className="pane-badge">{report.fileName}</span>}
      {lastGood ? <span className="pane-badge badge-stale" data-testid="report-last-good" title="The source has errors (see the problems under the editor); this is the last version that compiled">showing the last design that compiled</span>
        : stale ? <span className="pane-badge badge-stale" data-testid="report-stale">estimating…</span> : null}
    </>
  );
  return (
    <Pane id="report" title="Report" actions={actions} badge={badge}>
      <div className={`report-body${lastGood || stale ? " is-stale" : ""}`}>
        {report.status === "loading" && <p className="pane-empty">Reading {report.fileName}…</p>}
        {report.status === "failed" && <p className="sim-message sim-error" role="alert">Could not read {report.fileName}: {report.error}</p>}
        {report.report && <ReportTables report={report.report} estimate={estimate} />}
        {est.status === "failed" && <p className="sim-message sim-error" role="alert">Estimate failed: {est.error}</p>}
        {estimate && est.source !== undefined && <EstimateTables estimate={estimate} source={est.source} />}
        {!estimate && est.status !== "failed" && (
          <p className="pane-empty">
            {est.status === "running" ? "Estimating…" : "Estimates appear once the design compiles without errors."} Import the <code>csynth.xml</code> Vitis HLS writes after
            synthesis (Export ▸ Vitis HLS project, then <code>vitis_hls -f run_hls.tcl</code>) to compare them with the synthesized numbers.
          </p>
        )}
      </div>
    </Pane>
  );
}
