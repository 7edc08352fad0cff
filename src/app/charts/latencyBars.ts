/**
 * A d3 bar chart of estimated latency per function and loop, React-free (STYLE §19):
 * `createLatencyBars(el) → { update, destroy }`. Bars use a linear scale with an axis, so their
 * lengths compare as the numbers do (a log scale drew 16 and 6,160 as 1:4); hovering a bar shows its why.
 */
import { axisBottom, max, scaleBand, scaleLinear, select } from "d3";
import { formatCount } from "../../core/numbers";

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Shown on hover. */
  readonly title: string;
  readonly kind: "function" | "loop";
}

export interface LatencyBars {
  update(bars: readonly Bar[]): void;
  destroy(): void;
}

const ROW = 16;
const AXIS_H = 18;
const MAX_LABEL = 20;

/** A label that fits MAX_LABEL characters, cut in the middle so that its distinguishing end stays. */
export function shortLabel(label: string): string {
  if (label.length <= MAX_LABEL) return label;
  const indent = /^\s*/.exec(label)![0];
  const text = label.slice(indent.length);
  const keep = MAX_LABEL - indent.length - 1;
  const head = Math.ceil(keep * 0.4);
  return `${indent}${text.slice(0, head)}…${text.slice(text.length - (keep - head))}`;
}
const LABEL_W = 130;
/** Chart width when the container has no layout width yet. */
const DEFAULT_WIDTH = 360;

export function createLatencyBars(el: HTMLElement): LatencyBars {
  const svg = select(el).append("svg").attr("class", "latency-bars").attr("role", "img");
  return {
    update(bars) {
      // Fit the pane: the value labels stay inside the chart.
      const WIDTH = Math.max(240, Math.min(560, el.clientWidth || DEFAULT_WIDTH));
      const h = Math.max(ROW, bars.length * ROW);
      svg.attr("width", WIDTH).attr("height", h + AXIS_H + 4).attr("aria-label", `estimated latency of ${bars.length} functions and loops (cycles, linear scale)`);
      const y = scaleBand<number>().domain(bars.map((_, i) => i)).range([0, h]).padding(0.15);
      const top = Math.max(1, max(bars, (b) => b.value) ?? 1);
      const x = scaleLinear().domain([0, top]).range([0, WIDTH - LABEL_W - 60]).nice();
      svg.selectAll<SVGGElement, null>("g.bars-axis").data([null]).join("g").attr("class", "bars-axis")
        .attr("transform", `translate(${LABEL_W},${h + 2})`)
                // A narrow chart labels only its ends, so that tick labels never run into each other.
        .call((g) => {
          const axis = axisBottom(x).ticks(Math.max(2, Math.floor((WIDTH - LABEL_W - 60) / 70))).tickFormat((d) => formatCount(Number(d))).tickSizeOuter(0);
          g.call(WIDTH - LABEL_W - 60 < 160 ? axis.tickValues(x.domain()) : axis);
        });
      const rows = svg.selectAll<SVGGElement, Bar>("g.bar").data(bars).join((enter) => {
        const g = enter.append("g").attr("class", "bar");
        g.append("title");
        g.append("text").attr("class", "bar-label");
        g.append("rect");
        g.append("text").attr("class", "bar-value");
        return g;
      });
      rows.attr("transform", (_, i) => `translate(0,${y(i)})`).attr("data-kind", (b) => b.kind);
      rows.select("title").text((b) => b.title);
      rows.select<SVGTextElement>("text.bar-label").attr("x", LABEL_W - 4).attr("y", y.bandwidth() / 2).attr("dy", "0.35em").attr("text-anchor", "end").text((b) => shortLabel(b.label));
      rows.select("rect").attr("x", LABEL_W).attr("height", y.bandwidth()).attr("width", (b) => Math.max(1, x(b.value)));
      rows.select<SVGTextElement>("text.bar-value").attr("x", (b) => LABEL_W + Math.max(1, x(b.value)) + 4).attr("y", y.bandwidth() / 2).attr("dy", "0.35em").text((b) => formatCount(b.value));
    },
    destroy() {
      svg.remove();
    },
  };
}
