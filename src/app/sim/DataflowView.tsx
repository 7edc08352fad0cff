/**
 * A dataflow run in the simulation pane: why it deadlocked (who waits on which FIFO, the cycle), a
 * one-line summary, and the d3 timeline of process activity and FIFO occupancy (timed mode).
 */
import { useEffect, useRef } from "react";
import type { DataflowTrace } from "../../core/api-types";
import { formatCount } from "../../core/numbers";
import { createTimeline, type Timeline as TimelineController } from "../charts/timeline";
import { useActions } from "../store/hooks";

export function DataflowView({ trace }: { readonly trace: DataflowTrace }) {
  const actions = useActions();
  const d = trace.deadlock;
  const inCycle = new Set(d?.cycle ?? []);
  return (
    <section className="df-view" aria-label="Dataflow">
      {d && (
        <div className="df-deadlock" data-testid="deadlock">
          <h3>Deadlock</h3>
          <p>{d.message}</p>
          <ul className="df-blocked" aria-label="Blocked processes">
            {d.blocked.map((b) => (
              <li key={b.process} className={inCycle.has(b.process) ? "is-cycle" : ""}>
                <button type="button" className="link" onClick={() => actions.revealAt(0, 0, b.range)} title="Show the blocked operation in the editor">{b.process}</button>
                {" "}blocked on <code>{b.op === "get" ? `${b.fifo}.get()` : `${b.fifo}.put(…)`}</code>: {b.occupancy}/{b.depth} held
                {inCycle.has(b.process) && <span className="df-cycle-tag">in the cycle</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>Dataflow</h3>
      <p className="df-summary" data-testid="dataflow-summary">
        {trace.processes.length} process{trace.processes.length === 1 ? "" : "es"}, {trace.fifos.length} FIFO{trace.fifos.length === 1 ? "" : "s"},
        {" "}{d ? `stopped at cycle ${trace.cycles}` : `${formatCount(trace.cycles)} cycles`} (timed estimate: loops advance by their II, or their body's latency when not pipelined)
      </p>
      <ul className="timeline-legend" aria-label="Timeline legend" data-testid="timeline-legend">
        <li><span className="swatch timeline-busy" />running</li>
        <li><span className="swatch timeline-stall-get" />waiting on an empty FIFO (get)</li>
        <li><span className="swatch timeline-stall-put" />waiting on a full FIFO (put)</li>
        <li><span className="swatch timeline-occupancy" />FIFO occupancy (row height = depth)</li>
        {d && <li><span className="swatch-x">✕</span>stopped by the deadlock</li>}
      </ul>
      <Timeline trace={trace} />
    </section>
  );
}

function Timeline({ trace }: { readonly trace: DataflowTrace }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<TimelineController | null>(null);

  useEffect(() => {
    const c = createTimeline(host.current!);
    chart.current = c;
    return () => {
      c.destroy();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const el = host.current!;
    const draw = () => chart.current?.update(trace, el.clientWidth);
    draw();
    const ro = new ResizeObserver(draw);
    ro.observe(el);
    return () => ro.disconnect();
  }, [trace]);

  return <div ref={host} className="timeline-host" data-testid="timeline" />;
}
