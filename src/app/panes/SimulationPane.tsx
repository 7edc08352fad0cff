/** Simulation: run the design's top function in the worker and show what it computed. */
import type { ProgressPhase } from "../../worker/protocol";
import { Pane } from "../layout/Pane";
import { DiagnosticList } from "./DiagnosticList";
import { RunControls } from "../sim/RunControls";
import { ScriptConsole } from "../console/ScriptConsole";
import { lazy, Suspense } from "react";
import { RunSettings } from "../sim/RunSettings";
import { useSimulation, useSimulationStaleReason } from "../store/hooks";

// Results (tables, d3 heatmaps) load with the first result.
const SimulationResults = lazy(() => import("../sim/SimulationResults").then((m) => ({ default: m.SimulationResults })));
const DataflowView = lazy(() => import("../sim/DataflowView").then((m) => ({ default: m.DataflowView })));

const PHASE_TEXT: Record<ProgressPhase, string> = { queued: "waiting for the worker", compiling: "compiling", simulating: "simulating", encoding: "encoding .npy", exporting: "exporting", checking: "checking", running: "running the script", verifying: "proving" };

export function SimulationPane() {
  const sim = useSimulation();
  const staleReason = useSimulationStaleReason();
  const stale = staleReason !== null;
  const ms = sim.elapsedMs ?? 0;
  const took = ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
  const badge = sim.status === "running"
    ? <span className="pane-badge badge-busy" role="status">{PHASE_TEXT[sim.phase ?? "queued"]}… {took}</span>
    : staleReason ? <span className="pane-badge badge-stale" data-testid="sim-stale">{staleReason === "source" ? "stale: source changed since this run" : "stale: seed, inputs or budget changed; Run again"}</span>
    : sim.status === "done" ? <span className="pane-badge">ran in {took}</span> : null;
  // A deadlock is explained (with links to each blocked operation) by the dataflow view below.
  const deadlock = sim.result?.dataflow?.deadlock;
  const diagnostics = (sim.result?.diagnostics ?? []).filter((d) => !(d.code === "E-deadlock" && deadlock));
  // Outputs come first; a deadlock is the exception: the dataflow view is what explains it.
  const dataflow = sim.result?.dataflow && (
    <Suspense fallback={null}>
      <DataflowView trace={sim.result.dataflow} />
    </Suspense>
  );
  return (
    <Pane id="simulation" title="Simulation" badge={badge} actions={<RunControls />}>
      <RunSettings />
      <ScriptConsole />
      <div className={`sim-body${stale ? " is-stale" : ""}`}>
        {sim.status === "running" && <progress className="sim-progress" aria-label="Simulation running" />}
        {sim.error && <p className={`sim-message ${sim.status === "cancelled" ? "" : "sim-error"}`} role="alert">{sim.error}</p>}
        {diagnostics.length > 0 && <DiagnosticList diagnostics={diagnostics} label="Simulation errors" />}
        {deadlock && dataflow}
        {sim.result && (
          <Suspense fallback={<p className="pane-empty">Loading the results…</p>}>
            <SimulationResults result={sim.result} npy={sim.npy} npyErrors={sim.npyErrors} seed={sim.ran?.seed ?? sim.seed} uploaded={Object.keys(sim.ran?.inputFiles ?? {})} />
          </Suspense>
        )}
        {!deadlock && dataflow}
        {sim.status === "idle" && !sim.result && (
          <p className="pane-empty">Run simulates the design's top function bit-exactly; array inputs get seeded random values. Ctrl/⌘+Enter runs from the editor.</p>
        )}
      </div>
    </Pane>
  );
}
