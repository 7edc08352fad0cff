/** The studio's own estimates: summary, a latency chart, and the function/loop table with the why of each number. */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Estimate, EstimateWhy, FunctionEstimate, LoopEstimate, ResourceCounts } from "../../core/api-types";
import type { SourceRange } from "../../core/diagnostics";
import { formatCount } from "../../core/numbers";
import { createLatencyBars, type Bar } from "../charts/latencyBars";
import { useActions, useStudioStore } from "../store/hooks";
import { adviceFor, isIIMiss, limitingLoops } from "./estimateAdvice";
import { totalsByOperator } from "../../core/analysis/byOperator";
import "./estimates.css";

const v = formatCount;

export interface EstimateRow {
  readonly key: string;
  readonly label: string;
  readonly depth: number;
  readonly kind: "function" | "loop";
  readonly trip?: string;
  readonly ii?: string;
  readonly latency: number | undefined;
  readonly resources?: ResourceCounts;
  readonly why: readonly EstimateWhy[];
  readonly range: SourceRange;
  readonly loop?: LoopEstimate;
  /** Pipelined at a higher II than asked. */
  readonly iiMiss?: boolean;
  /** On the path that sets its function's latency: the share of it this loop takes. */
  readonly limitingShare?: number;
}

/** A loop nest's numbers, to tell identical instances (PEs of a grid) apart from different ones. */
const loopSignature = (l: LoopEstimate): string =>
  `${l.name}:${l.tripCount}:${l.ii ?? ""}:${l.latency}:${l.absorbed ?? ""}(${l.loops.map(loopSignature).join(",")})`;

/** `gemm_PE_0_1` → `gemm_PE`: the name instances of one kernel share (null when there is no index). */
const instanceBase = (name: string): string | null => /^(.+?)(?:_\d+)+$/.exec(name)?.[1] ?? null;

/**
 * The functions with identical instances merged: PEs of a grid (`gemm_PE_0_0` … `gemm_PE_3_3`) with the
 * same latency and loops are one entry with a count, instead of one row each.
 */
export function groupInstances(functions: readonly FunctionEstimate[]): { f: FunctionEstimate; count: number; label: string }[] {
  const groups = new Map<string, { f: FunctionEstimate; count: number; base: string | null }>();
  for (const f of functions) {
    const base = instanceBase(f.name);
    const key = base === null ? `=${f.name}` : `${base}|${f.latency}|${f.interval}|${f.loops.map(loopSignature).join(",")}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { f, count: 1, base });
  }
  return [...groups.values()].map(({ f, count, base }) => ({ f, count, label: count > 1 ? `${base}_* ×${count}` : f.name }));
}

/** "40 ns" or "150.3 µs": the time of `cycles` at `clockMHz` in a unit that does not round to 0. */
export function latencyTime(cycles: number, clockMHz: number): string {
  const ns = (cycles * 1000) / clockMHz;
  if (ns < 1000) return `${formatCount(Math.round(ns))} ns`;
  const us = ns / 1000;
  return us < 1000 ? `${formatCount(Math.round(us * 10) / 10)} µs` : `${formatCount(Math.round(us / 100) / 10)} ms`;
}

/** Functions then their loops (depth-first), one row each (identical instances once, with their count). */
export function estimateRows(e: Estimate): EstimateRow[] {
  const rows: EstimateRow[] = [];
  let limiting = new Map<LoopEstimate, number>();
  const loop = (l: LoopEstimate, depth: number, fn: string) => {
    rows.push({
      key: `${fn}/${rows.length}`, label: `${l.name}`, depth, kind: "loop", loop: l,
      ...(isIIMiss(l) ? { iiMiss: true } : {}), ...(limiting.has(l) ? { limitingShare: limiting.get(l)! } : {}),
      trip: l.tripUnknown ? "?" : l.tripMin !== l.tripMax ? `${v(l.tripMin)}–${v(l.tripMax)}` : v(l.tripCount),
      ii: l.pipelined ? `${l.ii}${l.requestedII !== undefined && l.ii !== l.requestedII ? ` (asked ${l.requestedII})` : ""}` : undefined,
      latency: l.absorbed ? undefined : l.latency, resources: l.absorbed ? undefined : l.resources, why: l.why, range: l.range,
    });
    for (const c of l.loops) loop(c, depth + 1, fn);
  };
  for (const { f, label } of groupInstances(e.functions)) {
    limiting = limitingLoops(f.loops, f.latency);
    rows.push({ key: f.name, label: label + (f.dataflow ? " (dataflow)" : ""), depth: 0, kind: "function", latency: f.latency, ii: f.dataflow ? `${v(f.interval)} interval` : undefined, resources: f.resources, why: f.why, range: f.range });
    for (const l of f.loops) loop(l, 1, f.name);
  }
  return rows;
}

/** Offsets where each line starts, so a row's line is a binary search (computed once per estimate). */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function LatencyChart({ estimate }: { readonly estimate: Estimate }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof createLatencyBars> | null>(null);
  useEffect(() => {
    chart.current = createLatencyBars(el.current!);
    return () => chart.current?.destroy();
  }, []);
  useEffect(() => {
    const rows = estimateRows(estimate).filter((r) => r.latency !== undefined && r.latency > 0).slice(0, 24);
    // Loops of two functions can share a name (a grid's two loaders both loop over `i`): those bars name their function.
    const seen = new Map<string, number>();
    for (const r of rows) seen.set(r.label, (seen.get(r.label) ?? 0) + 1);
    const named = (r: (typeof rows)[number]) => (r.kind === "loop" && seen.get(r.label)! > 1 ? `${r.key.slice(0, r.key.lastIndexOf("/"))}: ${r.label}` : r.label);
    const bars: Bar[] = rows.map((r) => ({ label: `${"  ".repeat(r.depth)}${named(r)}`, value: r.latency!, kind: r.kind, title: [named(r), ...r.why.map((w) => w.text)].join("\n") }));
    chart.current?.update(bars);
  }, [estimate]);
  return <div className="estimate-chart" ref={el} data-testid="estimate-chart" />;
}

/** The row whose why is shown first: the first II miss, else the first loop limiting the latency, else the top. */
function firstNotable(rows: readonly EstimateRow[]): string | undefined {
  return (rows.find((r) => r.iiMiss) ?? rows.find((r) => r.limitingShare !== undefined) ?? rows[0])?.key;
}

export function EstimateTables({ estimate: e, source }: { readonly estimate: Estimate; readonly source: string }) {
  const actions = useActions();
  // The document is read when a row is clicked, not subscribed to: typing must not re-render the table.
  const store = useStudioStore();
  const rows = useMemo(() => estimateRows(e), [e]);
  const starts = useMemo(() => lineStarts(source), [source]);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const selected = rows.find((r) => r.key === picked) ?? rows.find((r) => r.key === firstNotable(rows));
  const body = useRef<HTMLTableSectionElement>(null);
  const reveal = (r: EstimateRow) => {
    if (store.getState().doc.source !== source) return; // the ranges belong to the estimated source
    actions.revealAt(lineAt(starts, r.range.from), 1, r.range);
  };
  const choose = (r: EstimateRow) => {
    setPicked(r.key);
    reveal(r);
  };
  // Arrow keys move through the rows; Enter shows the row's code in the editor.
  const onKey = (ev: KeyboardEvent<HTMLTableRowElement>, i: number) => {
    const to = ev.key === "ArrowDown" ? i + 1 : ev.key === "ArrowUp" ? i - 1 : -1;
    if (to >= 0 && to < rows.length) {
      ev.preventDefault();
      setPicked(rows[to]!.key);
      body.current?.querySelectorAll<HTMLElement>("tr")[to]?.focus();
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      choose(rows[i]!);
    }
  };
  const u = e.utilization;
  const t = e.throughput;
  return (
    <div className="estimate-tables" data-testid="estimates">
      <p className="estimate-summary" data-testid="estimate-summary">
        <strong>{e.top}</strong> on {e.device.name} at {e.clockMHz} MHz · latency <strong data-testid="estimate-latency">{v(e.latency)}{e.latencyUnknown ? "?" : ""}</strong> cycles ({latencyTime(e.latency, e.clockMHz)}){e.latencyUnknown && (
          <> (<span className="estimate-unknown" data-testid="estimate-unknown" title="A loop's trip count is not known before it runs (a while loop, or bounds that are not affine): the latency assumes one">unknown: a loop's trip count is not known (trip "?" below)</span>)</>
        )} ·
        interval {v(e.interval)} · DSP {v(e.resources.dsp)} ({u.dsp}%) · BRAM18K {v(e.resources.bram18k)} ({u.bram18k}%) · LUT {v(e.resources.lut)} ({u.lut}%) · FF {v(e.resources.ff)} ({u.ff}%)
        {" · "}<span title={t.definition}>{t.macsPerCycle} MAC/cycle, {t.percentOfUsedPeak}% of its multipliers, {t.percentOfDevicePeak}% of the device's DSP peak</span>
      </p>
      <LatencyChart estimate={e} />
      <OperatorTotals estimate={e} />
      <table className="report-table estimate-table" aria-label="Estimates">
        <thead>
          <tr><th>Function / loop</th><th>Trip</th><th>II</th><th>Latency</th><th className="col-res">DSP</th><th className="col-res">BRAM</th><th className="col-res">LUT</th><th className="col-res">FF</th></tr>
        </thead>
        <tbody ref={body}>
          {rows.map((r, i) => (
            <tr
              key={r.key} tabIndex={0} aria-selected={r === selected}
              className={`is-${r.kind}${r.latency === undefined ? " is-absorbed" : ""}${r === selected ? " is-selected" : ""}${r.iiMiss ? " is-ii-miss" : ""}`}
              data-line={lineAt(starts, r.range.from)} title="Show why, and the code" onClick={() => choose(r)} onKeyDown={(ev) => onKey(ev, i)}
            >
              <td style={{ paddingLeft: `${0.4 + r.depth * 1.2}em` }}>
                {/* A long name is cut with an ellipsis in a narrow pane (the why panel names it in full); its flags stay. */}
                <span className={`row-name${r.iiMiss || r.limitingShare !== undefined ? " has-flags" : ""}`}>{r.label}</span>
                {(r.iiMiss || r.limitingShare !== undefined) && " "}
                {r.iiMiss && <span className="flag flag-ii" data-testid="flag-ii-miss" title={`II ${r.loop?.ii}, asked ${r.loop?.requestedII}: see why below`} aria-label="misses its II">⚠</span>}
                {r.limitingShare !== undefined && <span className="flag flag-limit" data-testid="flag-limiting" title={`Takes ${Math.round(r.limitingShare * 100)}% of ${r.loop?.func}'s latency`} aria-label="limits the latency">◆</span>}
              </td>
              <td>{r.trip ?? ""}</td>
              <td className={r.iiMiss ? "ii-miss" : undefined}>{r.ii ?? "–"}</td>
              <td>{r.latency === undefined ? r.loop?.absorbed : v(r.latency)}</td>
              <td className="col-res">{r.resources ? v(r.resources.dsp) : ""}</td>
              <td className="col-res">{r.resources ? v(r.resources.bram18k) : ""}</td>
              <td className="col-res">{r.resources ? v(r.resources.lut) : ""}</td>
              <td className="col-res">{r.resources ? v(r.resources.ff) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {selected && <WhyPanel row={selected} />}
      <p className="report-note">Estimates are a static model of Vitis HLS (operator latencies at {e.clockMHz} MHz, 2-port RAM banks); {e.notes.slice(1).join("; ")}.</p>
    </div>
  );
}

/** The why of the selected row, in full, and what to try next. */
function WhyPanel({ row }: { readonly row: EstimateRow }) {
  const advice = row.loop ? adviceFor(row.loop, row.limitingShare !== undefined) : [];
  return (
    <section className="estimate-why" aria-label="Why" data-testid="estimate-why">
      <h3>
        <code>{row.label}</code>{row.kind === "loop" ? " (loop)" : ""}
        {row.latency !== undefined && <> · {v(row.latency)} cycles</>}
        {row.ii && <> · II {row.ii}</>}
        {row.limitingShare !== undefined && <> · {Math.round(row.limitingShare * 100)}% of the latency</>}
      </h3>
      <ul>{row.why.map((w, i) => <li key={i}>{w.text}</li>)}</ul>
      {advice.length > 0 && (
        <p className="estimate-advice" data-testid="estimate-advice"><strong>Try:</strong> {advice.join("; or ")}.</p>
      )}
    </section>
  );
}

/** 3,228,768 → "3.23M", 56,064 → "56.1k": the operator table's numbers, short enough for a narrow pane. */
function short(x: number): string {
  if (x >= 1e6) return `${(x / 1e6).toFixed(x >= 1e8 ? 0 : 2)}M`;
  if (x >= 1e4) return `${(x / 1e3).toFixed(x >= 1e5 ? 0 : 1)}k`;
  return v(Math.round(x));
}

/** A model's totals per operator kind (latency, DSP, BRAM, LUT, with the share of the design's total). */
function OperatorTotals({ estimate: e }: { readonly estimate: Estimate }) {
  const ops = useMemo(() => totalsByOperator(e), [e]);
  if (ops.length === 0) return null;
  const cell = (x: number, p: number, exact: string) => <span title={exact}>{short(x)}<span className="estimate-share">{p}%</span></span>;
  return (
    <table className="report-table estimate-table operator-table" aria-label="By operator" data-testid="operator-totals">
      <thead>
        <tr><th title="The top's calls, by the kernel definition they instantiate, then the top's own work; each number's share of the design's total below it">By operator</th><th>Latency</th><th>DSP</th><th>BRAM</th><th>LUT</th></tr>
      </thead>
      <tbody>
        {ops.map((o) => (
          <tr key={o.operator}>
            {o.own ? (
              <td title="What the top does between its calls: its own loops and the on-chip copies of partitioned arrays">{o.operator}<span className="estimate-share">own work</span></td>
            ) : (
              <td title={`${o.calls} call${o.calls === 1 ? "" : "s"} of ${o.kernels} kernel${o.kernels === 1 ? "" : "s"}`}>{o.operator}<span className="estimate-share">{o.calls} call{o.calls === 1 ? "" : "s"}</span></td>
            )}
            <td>{cell(o.latency, o.percent.latency, `${v(o.latency)} cycles`)}</td>
            <td>{cell(o.resources.dsp, o.percent.dsp, `${v(o.resources.dsp)} DSP`)}</td>
            <td>{cell(o.resources.bram18k, o.percent.bram18k, `${v(o.resources.bram18k)} BRAM18K`)}</td>
            <td>{cell(o.resources.lut, o.percent.lut, `${v(o.resources.lut)} LUT`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
