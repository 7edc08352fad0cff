/**
 * The report for target=aie: cycles per run of every core (its kernels as scalar code and as the code the
 * project contains, the interval with its DMA), DMA cycles per object FIFO, and the bottleneck. The
 * model is core/backend/aie/cycles.ts; the mapping is the tile view's (requested while typing pauses).
 */
import type { AieMappingView } from "../../core/backend/aie/view-model";
import { DMA_BYTES_PER_CYCLE } from "../../core/backend/aie/cycles";
import { useActions } from "../store/hooks";
import "./estimates.css";

const n = (x: number) => x.toLocaleString("en-US");

export function AieCycleTables({ view, device }: { view: AieMappingView | undefined; device: string }) {
  const actions = useActions();
  if (!view) return <p className="pane-empty">Mapping onto {device}…</p>;
  const errors = view.diagnostics.filter((d) => d.severity === "error");
  const c = view.cycles;
  if (!c) {
    return (
      <div data-testid="aie-report">
        <p className="pane-empty">The design does not map onto {device}, so there are no cycle estimates{errors.length ? ":" : "."}</p>
        {errors.length > 0 && (
          <ul className="aie-problems">
            {errors.map((e, i) => <li key={i}><button type="button" className="link" onClick={() => actions.revealAt(e.line, e.col)}>{e.message}</button></li>)}
          </ul>
        )}
      </div>
    );
  }
  const b = c.bottleneck;
  return (
    <div className="estimate-tables" data-testid="aie-report">
      <p className="estimate-summary" data-testid="aie-summary">
        AI Engine on <strong>{c.device}</strong> · {c.cores.length} core{c.cores.length === 1 ? "" : "s"} · bottleneck{" "}
        <strong data-testid="aie-bottleneck">{b.kind === "core" ? `core ${b.name}` : `FIFO ${b.name}`}</strong> at <strong>{n(b.cycles)}</strong> cycles per run
      </p>
      <table className="report-table estimate-table" aria-label="AI Engine cycles per core">
        <thead><tr><th>Core · kernel</th><th className="col-res">Scalar</th><th>In the project</th><th>Interval</th><th className="col-res">Bound by</th></tr></thead>
        <tbody>
          {c.cores.flatMap((core) => core.kernels.map((k, i) => {
            const isBottleneck = b.kind === "core" && i === 0 && b.name.startsWith(`(${core.tile.col}, ${core.tile.row})`);
            return (
              <tr key={`${core.tile.col},${core.tile.row},${k.instance}`} className={isBottleneck ? "is-selected" : ""} data-testid={i === 0 ? "aie-core-row" : undefined}>
                <td className="aie-kernel" title={k.note}>{i === 0 ? `(${core.tile.col}, ${core.tile.row}) ` : ""}{k.instance}{k.kind !== "scalar" ? <span className="aie-kernel-note">{k.kind === "mmul" ? k.note : `vector, ${k.note}`}</span> : null}</td>
                <td className="col-res">{n(k.scalar)}</td>
                <td title={k.ideal !== undefined ? `${n(k.ideal)} cycles if the DMA delivered pre-tiled blocks (the gathers are scalar)` : undefined}>{k.vector !== undefined ? n(k.vector) : n(k.scalar)}{k.ideal !== undefined ? <span className="aie-kernel-note">{n(k.ideal)} pre-tiled</span> : null}</td>
                <td>{i === 0 ? n(core.interval) : ""}</td>
                <td className="col-res">{i === 0 ? (core.interval > core.compute ? `DMA ${core.dmaFifo ?? ""}` : "compute") : ""}</td>
              </tr>
            );
          }))}
        </tbody>
      </table>
      <table className="report-table estimate-table" aria-label="AI Engine DMA per object FIFO">
        <thead><tr><th>FIFO</th><th className="col-res">Carries</th><th>Bytes</th><th>DMA cycles</th><th className="col-res">Depth</th></tr></thead>
        <tbody>
          {c.fifos.map((f) => (
            <tr key={f.name} className={b.kind === "fifo" && b.name === f.name ? "is-selected" : ""}>
              <td title={f.what}>{f.name}</td><td className="col-res">{f.what}</td><td>{n(f.bytes)}</td><td>{f.cycles ? n(f.cycles) : "0 (shared)"}</td><td className="col-res">{f.depth}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="estimate-why">
        Model: scalar code one operation per cycle; aie_api element-wise code one 512-bit vector per cycle; aie::mmul one native block
        per cycle plus the scalar gathers of row-major blocks; DMA {DMA_BYTES_PER_CYCLE} bytes per cycle per channel. A core with
        double-buffered FIFOs runs at the slower of its compute and its DMA.
      </p>
    </div>
  );
}
