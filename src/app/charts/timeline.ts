/**
 * The timed-mode timeline of a dataflow run (d3, React-free like the heatmap): one row per process
 * (active from cycle 0 to its finish, stalls on empty/full FIFOs overlaid, a ✕ where a deadlocked
 * process stopped) and one row per FIFO (occupancy over time as a step area, scaled to its depth).
 */
import { axisBottom, scaleLinear, select, type Selection } from "d3";
import type { DataflowTrace, FifoTrace } from "../../core/api-types";

export interface Timeline {
  update(trace: DataflowTrace, width: number): void;
  destroy(): void;
}

/** Rows drawn at most; the rest are summarised (the run itself keeps every process and FIFO). */
export const MAX_PROCESS_ROWS = 48;
export const MAX_FIFO_ROWS = 24;

const LABEL_W = 112;
const PROC_H = 11;
const FIFO_H = 18;
const GAP = 3;
const AXIS_H = 20;

export function createTimeline(el: HTMLElement): Timeline {
  const root = select(el).append("div").attr("class", "timeline");
  const svg = root.append("svg").attr("class", "timeline-svg").attr("role", "img");
  const note = root.append("p").attr("class", "timeline-note");
  return {
    update(trace, width) {
      draw(svg, note, trace, Math.max(320, width));
    },
    destroy() {
      root.remove();
    },
  };
}

function draw(svg: Selection<SVGSVGElement, unknown, null, undefined>, note: Selection<HTMLParagraphElement, unknown, null, undefined>, trace: DataflowTrace, width: number): void {
  svg.selectAll("*").remove();
  const cycleSet = new Set(trace.deadlock?.cycleFifos ?? []);
  const procs = trace.processes.slice(0, MAX_PROCESS_ROWS);
  // FIFOs on a deadlock cycle first, then the busiest.
  const fifos = [...trace.fifos]
    .sort((a, b) => Number(cycleSet.has(b.name)) - Number(cycleSet.has(a.name)) || b.maxOccupancy / b.depth - a.maxOccupancy / a.depth)
    .slice(0, MAX_FIFO_ROWS)
    .sort((a, b) => trace.fifos.indexOf(a) - trace.fifos.indexOf(b));
  const end = Math.max(1, trace.cycles);
  const x = scaleLinear().domain([0, end]).range([LABEL_W, width - 8]);
  const procTop = 4;
  const fifoTop = procTop + procs.length * (PROC_H + GAP) + (fifos.length ? 10 : 0);
  const height = fifoTop + fifos.length * (FIFO_H + GAP) + AXIS_H;
  svg.attr("width", width).attr("height", height).attr("viewBox", `0 0 ${width} ${height}`)
    .attr("aria-label", `Timeline: ${trace.processes.length} processes and ${trace.fifos.length} FIFOs over ${trace.cycles} cycles`);

  const blocked = new Map((trace.deadlock?.blocked ?? []).map((b) => [b.process, b]));
  const rows = svg.append("g").attr("class", "timeline-procs");
  procs.forEach((p, i) => {
    const y = procTop + i * (PROC_H + GAP);
    const g = rows.append("g").attr("class", "timeline-proc").attr("data-process", p.name).attr("transform", `translate(0, ${y})`);
    g.append("text").attr("class", "timeline-label").attr("x", LABEL_W - 6).attr("y", PROC_H - 2).attr("text-anchor", "end").text(p.name);
    g.append("rect").attr("class", `timeline-busy${blocked.has(p.name) ? " is-blocked" : ""}`)
      .attr("x", x(0)).attr("y", 0).attr("width", Math.max(1, x(p.finish) - x(0))).attr("height", PROC_H)
      .append("title").text(`${p.name}: ${p.done ? `finished at cycle ${p.finish}` : `stopped at cycle ${p.finish}`}, ${stallCycles(p.stalls)} cycles stalled`);
    for (const s of p.stalls) {
      g.append("rect").attr("class", `timeline-stall timeline-stall-${s.op}`)
        .attr("x", x(s.from)).attr("y", 0).attr("width", Math.max(1, x(s.to) - x(s.from))).attr("height", PROC_H)
        .append("title").text(`${p.name} waits ${s.op === "get" ? "on empty" : "on full"} ${s.fifo}: cycles ${s.from}–${s.to}`);
    }
    const b = blocked.get(p.name);
    if (b) {
      g.append("text").attr("class", "timeline-x").attr("x", x(p.finish) + 2).attr("y", PROC_H - 1).text("✕")
        .append("title").text(`${p.name} blocked: ${b.op} on ${b.fifo} (${b.occupancy}/${b.depth})`);
    }
  });

  const frows = svg.append("g").attr("class", "timeline-fifos");
  fifos.forEach((f, i) => {
    const y = fifoTop + i * (FIFO_H + GAP);
    const g = frows.append("g").attr("class", `timeline-fifo${cycleSet.has(f.name) ? " is-cycle" : ""}`).attr("data-fifo", f.name).attr("transform", `translate(0, ${y})`);
    g.append("text").attr("class", "timeline-label").attr("x", LABEL_W - 6).attr("y", FIFO_H - 5).attr("text-anchor", "end").text(`${f.name} ≤${f.maxOccupancy}/${f.depth}`);
    g.append("rect").attr("class", "timeline-fifo-bg").attr("x", x(0)).attr("y", 0).attr("width", x(end) - x(0)).attr("height", FIFO_H);
    g.append("path").attr("class", "timeline-occupancy").attr("d", occupancyPath(f, x, FIFO_H, end))
      .append("title").text(`${f.name}: ${f.puts} put, ${f.gets} taken, at most ${f.maxOccupancy} of ${f.depth} held${f.truncated ? " (recording stopped early)" : ""}`);
  });

  svg.append("g").attr("class", "timeline-axis").attr("transform", `translate(0, ${height - AXIS_H + 2})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor((width - LABEL_W) / 70))).tickSizeOuter(0));

  const hidden: string[] = [];
  if (trace.processes.length > procs.length) hidden.push(`${trace.processes.length - procs.length} more processes`);
  if (trace.fifos.length > fifos.length) hidden.push(`${trace.fifos.length - fifos.length} quieter FIFOs`);
  note.text(hidden.length ? `Not drawn: ${hidden.join(" and ")}.` : "");
}

function stallCycles(stalls: DataflowTrace["processes"][number]["stalls"]): number {
  return stalls.reduce((a, s) => a + (s.to - s.from), 0);
}

/** A step area of occupancy / depth over [0, end]. */
function occupancyPath(f: FifoTrace, x: (v: number) => number, h: number, end: number): string {
  const y = (n: number) => h - (h * Math.min(n, f.depth)) / f.depth;
  let d = `M${x(0)},${h}`;
  let prev = 0;
  for (const o of f.occupancy) {
    d += `L${x(o.t)},${y(prev)}L${x(o.t)},${y(o.n)}`;
    prev = o.n;
  }
  d += `L${x(end)},${y(prev)}L${x(end)},${h}Z`;
  return d;
}
