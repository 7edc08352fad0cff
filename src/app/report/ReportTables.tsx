/** An imported synthesis report: the summary, loops (latency, II, depth) and resources used / available, next to the studio's estimates. */
import type { Estimate, LoopEstimate, ResourceKey } from "../../core/api-types";
import type { LoopReport, SynthesisReport } from "../../core/backend/report";
import { formatCount } from "../../core/numbers";

const v = (x: number | undefined) => (x === undefined ? "–" : formatCount(x));
const NO_EST = "No estimate yet: the design must compile without errors";

function flatten(loops: readonly LoopReport[], depth = 0): { loop: LoopReport; depth: number }[] {
  return loops.flatMap((loop) => [{ loop, depth }, ...flatten(loop.loops, depth + 1)]);
}

/** The HLS label the exporter gives a loop (`l_<op>_<loop>` for band heads, else `l_<loop>`). */
function hlsLabel(l: LoopEstimate): string {
  return l.opName ? `l_${l.opName}_${l.name}` : `l_${l.name}`;
}

/** The estimated loop a csynth loop row reports on, matched by HLS label. */
export function matchLoop(e: Estimate | undefined, name: string): LoopEstimate | undefined {
  if (!e) return undefined;
  const all: LoopEstimate[] = [];
  const visit = (ls: readonly LoopEstimate[]) => ls.forEach((l) => { all.push(l); visit(l.loops); });
  e.functions.forEach((f) => visit(f.loops));
  return all.find((l) => hlsLabel(l) === name) ?? all.find((l) => name.startsWith(`${hlsLabel(l)}_`)) ?? all.find((l) => name === l.name);
}

/** "≈ 41 (+3%)": the estimate and how far it is from the synthesized number. */
function Diff({ est, actual }: { readonly est: number | undefined; readonly actual: number | undefined }) {
  if (est === undefined) return <>–</>;
  const d = actual !== undefined && actual > 0 ? Math.round((100 * (est - actual)) / actual) : undefined;
  return <>{v(est)}{d !== undefined && <span className="estimate-diff">{d === 0 ? "(=)" : `(${d > 0 ? "+" : ""}${d}%)`}</span>}</>;
}

const RES_KEY: Record<string, ResourceKey> = { DSP: "dsp", BRAM_18K: "bram18k", LUT: "lut", FF: "ff", URAM: "uram" };

export function ReportTables({ report: r, estimate }: { readonly report: SynthesisReport; readonly estimate?: Estimate }) {
  const rows = flatten(r.loops);
  const latency = r.latencyWorst !== undefined && r.latencyWorst !== r.latencyBest ? `${v(r.latencyBest)}–${v(r.latencyWorst)}` : v(r.latencyBest);
  const title = estimate ? `The studio's estimate for ${estimate.device.name} (difference from the report)` : NO_EST;
  return (
    <div className="report-tables">
      <p className="report-summary" data-testid="report-summary">
        <strong>{r.top ?? "?"}</strong>{r.part ? ` on ${r.part}` : ""}{r.version ? ` · Vitis HLS ${r.version}` : ""} ·
        clock {v(r.targetClock)} ns target, {v(r.estimatedClock)} ns estimated · latency {latency} cycles · interval {v(r.intervalMin)}
        {estimate && <> · estimated latency <Diff est={estimate.latency} actual={r.latencyWorst ?? r.latencyBest} /></>}
      </p>
      <table className="report-table" aria-label="Loops">
        <thead>
          <tr><th>Loop</th><th>Trip count</th><th>Latency (cycles)</th><th>Iteration latency</th><th>II</th><th>Depth</th><th className={estimate ? "" : "col-disabled"} title={title}>Estimated latency</th><th className={estimate ? "" : "col-disabled"} title={title}>Estimated II</th></tr>
        </thead>
        <tbody>
          {rows.length === 0 && <tr><td colSpan={8}>The report lists no loops.</td></tr>}
          {rows.map(({ loop, depth }, i) => {
            const m = matchLoop(estimate, loop.name);
            // A loop of the same name that runs a different number of times is not the same loop (the
            // report is of another version of the design): its numbers are shown, not compared.
            const tripDiffers = m !== undefined && loop.tripCount !== undefined && m.tripMin === m.tripMax && m.tripCount !== loop.tripCount;
            const mismatch = tripDiffers && (
              <span className="trip-mismatch" data-testid="trip-mismatch" title={`The report's ${loop.name} runs ${v(loop.tripCount)} times, the estimated loop ${v(m.tripCount)}: the report is probably of another version of the design`}>
                {" "}⚠ trip {v(m.tripCount)}, not {v(loop.tripCount)}
              </span>
            );
            return (
              <tr key={`${loop.name}-${i}`}>
                <td style={{ paddingLeft: `${0.4 + depth * 1.2}em` }}>{loop.name}</td>
                <td>{v(loop.tripCount)}</td>
                <td>{loop.latencyMin !== undefined ? `${v(loop.latencyMin)}–${v(loop.latencyMax)}` : v(loop.latency)}</td>
                <td>{v(loop.iterationLatency)}</td>
                <td>{v(loop.pipelineII)}</td>
                <td>{v(loop.pipelineDepth)}</td>
                <td className={estimate ? "" : "col-disabled"} title={m ? m.why.map((w) => w.text).join("\n") : title}>{estimate ? (m ? <><Diff est={m.absorbed ? undefined : m.latency} actual={tripDiffers ? undefined : loop.latencyMax ?? loop.latency} />{mismatch}</> : "no match") : "n/a"}</td>
                <td className={estimate ? "" : "col-disabled"} title={title}>{estimate ? (m?.pipelined ? <Diff est={m.ii} actual={tripDiffers ? undefined : loop.pipelineII} /> : "–") : "n/a"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="report-table" aria-label="Resources">
        <thead><tr><th>Resource</th><th>Used</th><th>Available</th><th>Use</th><th className={estimate ? "" : "col-disabled"} title={title}>Estimate</th></tr></thead>
        <tbody>
          {Object.entries(r.resources).map(([k, u]) => {
            const key = RES_KEY[k];
            return (
              <tr key={k}>
                <td>{k}</td><td>{v(u.used)}</td><td>{v(u.available)}</td>
                <td>{u.used !== undefined && u.available ? `${((100 * u.used) / u.available).toFixed(1)}%` : "–"}</td>
                <td className={estimate ? "" : "col-disabled"} title={title}>{estimate && key ? <Diff est={estimate.resources[key]} actual={u.used} /> : "n/a"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!estimate && <p className="report-note">The Estimate columns fill in once the design compiles without errors.</p>}
    </div>
  );
}
