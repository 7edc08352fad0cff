/** An imported synthesis report: the summary, loops (latency, II, depth) and resources used / available. */
import type { LoopReport, SynthesisReport } from "../../core/backend/report";

const v = (x: number | undefined) => (x === undefined ? "–" : x.toLocaleString("en-US"));
const EST_REASON = "The studio's own estimates are not available yet";

function flatten(loops: readonly LoopReport[], depth = 0): { loop: LoopReport; depth: number }[] {
  return loops.flatMap((loop) => [{ loop, depth }, ...flatten(loop.loops, depth + 1)]);
}

export function ReportTables({ report: r }: { readonly report: SynthesisReport }) {
  const rows = flatten(r.loops);
  const latency = r.latencyWorst !== undefined && r.latencyWorst !== r.latencyBest ? `${v(r.latencyBest)}–${v(r.latencyWorst)}` : v(r.latencyBest);
  return (
    <div className="report-tables">
      <p className="report-summary" data-testid="report-summary">
        <strong>{r.top ?? "?"}</strong>{r.part ? ` on ${r.part}` : ""}{r.version ? ` · Vitis HLS ${r.version}` : ""} ·
        clock {v(r.targetClock)} ns target, {v(r.estimatedClock)} ns estimated · latency {latency} cycles · interval {v(r.intervalMin)}
      </p>
      <table className="report-table" aria-label="Loops">
        <thead>
          <tr><th>Loop</th><th>Trip count</th><th>Latency (cycles)</th><th>Iteration latency</th><th>II</th><th>Depth</th><th className="col-disabled" title={EST_REASON}>Estimate</th></tr>
        </thead>
        <tbody>
          {rows.length === 0 && <tr><td colSpan={7}>The report lists no loops.</td></tr>}
          {rows.map(({ loop, depth }, i) => (
            <tr key={`${loop.name}-${i}`}>
              <td style={{ paddingLeft: `${0.4 + depth * 1.2}em` }}>{loop.name}</td>
              <td>{v(loop.tripCount)}</td>
              <td>{loop.latencyMin !== undefined ? `${v(loop.latencyMin)}–${v(loop.latencyMax)}` : v(loop.latency)}</td>
              <td>{v(loop.iterationLatency)}</td>
              <td>{v(loop.pipelineII)}</td>
              <td>{v(loop.pipelineDepth)}</td>
              <td className="col-disabled" title={EST_REASON}>n/a</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="report-table" aria-label="Resources">
        <thead><tr><th>Resource</th><th>Used</th><th>Available</th><th>Use</th><th className="col-disabled" title={EST_REASON}>Estimate</th></tr></thead>
        <tbody>
          {Object.entries(r.resources).map(([k, u]) => (
            <tr key={k}>
              <td>{k}</td><td>{v(u.used)}</td><td>{v(u.available)}</td>
              <td>{u.used !== undefined && u.available ? `${((100 * u.used) / u.available).toFixed(1)}%` : "–"}</td>
              <td className="col-disabled" title={EST_REASON}>n/a</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-note">The Estimate columns are disabled: {EST_REASON.toLowerCase()}.</p>
    </div>
  );
}
