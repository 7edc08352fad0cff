/** The estimate as a plain-text table (the CLI's `report`); pure, no Node APIs. */
import type { LineMap } from "../diagnostics";
import { formatCount } from "../numbers";
import type { Estimate, EstimateWhy, LoopEstimate, ResourceCounts } from "./types";
import { totalsByOperator } from "./byOperator";

const n = formatCount;
const res = (r: ResourceCounts) => [n(r.dsp), n(r.bram18k), n(r.lut), n(r.ff)];

function where(w: EstimateWhy, lines?: LineMap): string {
  if (!w.range || !lines) return w.text;
  return `${w.text} (line ${lines.lineCol(w.range.from).line})`;
}

export function formatEstimate(e: Estimate, lines?: LineMap): string {
  const out: string[] = [];
  out.push(`estimate for ${e.top} on ${e.device.name} (${e.device.part}) at ${e.clockMHz} MHz`);
  // A latency that assumed an unknown trip count is marked "?" (as HLS reports such latencies).
  const lat = (x: number, unknown?: boolean) => (unknown ? `${n(x)}?` : n(x));
  out.push(`latency ${lat(e.latency, e.latencyUnknown)} cycles (${n(e.timeUs)} µs), interval ${n(e.interval)}${e.latencyUnknown ? "; ? = assumes one iteration of each loop whose trip count is unknown" : ""}`);
  const header = ["function / loop", "trip", "II", "latency", "DSP", "BRAM", "LUT", "FF"];
  const rows: string[][] = [];
  const whys: string[][] = [];
  const loopRow = (l: LoopEstimate, depth: number) => {
    const trip = l.tripUnknown ? "?" : l.tripMin !== l.tripMax ? `${n(l.tripMin)}–${n(l.tripMax)}` : n(l.tripCount);
    const ii = l.pipelined ? `${l.ii}${l.requestedII !== undefined && l.ii !== l.requestedII ? ` (asked ${l.requestedII})` : ""}` : "-";
    const latText = l.absorbed ? `(${l.absorbed})` : lat(l.latency, l.latencyUnknown);
    rows.push([`${"  ".repeat(depth)}loop ${l.name}`, trip, ii, latText, ...(l.absorbed ? ["", "", "", ""] : res(l.resources))]);
    whys.push(l.why.map((w) => where(w, lines)));
    for (const c of l.loops) loopRow(c, depth + 1);
  };
  for (const f of e.functions) {
    rows.push([`${f.name}${f.dataflow ? " [dataflow]" : ""}`, "", f.dataflow ? `${n(f.interval)} (interval)` : "-", lat(f.latency, f.latencyUnknown), ...res(f.resources)]);
    whys.push(f.why.map((w) => where(w, lines)));
    for (const l of f.loops) loopRow(l, 1);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  out.push("", line(header), widths.map((w) => "-".repeat(w)).join("  "));
  rows.forEach((r, i) => {
    out.push(line(r));
    for (const w of whys[i]!) out.push(`${" ".repeat(4)}why: ${w}`);
  });
  const ops = totalsByOperator(e);
  if (ops.length > 0) {
    const head = ["operator", "calls", "latency", "%", "DSP", "%", "BRAM", "%", "LUT", "%"];
    const body = ops.map((o) => [o.own ? `${o.operator} (own loops, copies)` : o.operator, o.own ? "-" : n(o.calls), n(o.latency), `${o.percent.latency}%`, n(o.resources.dsp), `${o.percent.dsp}%`, n(o.resources.bram18k), `${o.percent.bram18k}%`, n(o.resources.lut), `${o.percent.lut}%`]);
    const w = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
    const row = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join("  ");
    out.push("", "by operator (the top's calls; % of the design's total)", row(head), w.map((x) => "-".repeat(x)).join("  "), ...body.map(row));
  }
  const u = e.utilization;
  const d = e.device.resources;
  out.push("", `resources   DSP ${n(e.resources.dsp)} / ${n(d.dsp)} (${u.dsp}%)   BRAM18K ${n(e.resources.bram18k)} / ${n(d.bram18k)} (${u.bram18k}%)   LUT ${n(e.resources.lut)} / ${n(d.lut)} (${u.lut}%)   FF ${n(e.resources.ff)} / ${n(d.ff)} (${u.ff}%)${e.resources.uram ? `   URAM ${e.resources.uram} / ${d.uram} (${u.uram}%)` : ""}`);
  const t = e.throughput;
  out.push(`throughput  ${n(t.macs)} MACs in ${n(e.latency)} cycles = ${t.macsPerCycle} MAC/cycle; ${t.percentOfUsedPeak}% of the ${t.peakUsed} multiplier${t.peakUsed === 1 ? "" : "s"} instantiated, ${t.percentOfDevicePeak}% of the device's DSP peak (${n(t.peakDevice)} MAC/cycle)`);
  out.push("", ...e.notes.map((x) => `note: ${x}`));
  return out.join("\n");
}
