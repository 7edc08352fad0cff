/**
 * A d3 bar chart of estimated latency per function and loop, React-free (STYLE §19):
 * `createLatencyBars(el) → { update, destroy }`. Bars use a log scale (latencies span decades);
 * hovering a bar shows its why.
 */
import { max, scaleBand, scaleLog, select } from "d3";
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
      svg.attr("width", WIDTH).attr("height", h + 4).attr("aria-label", `estimated latency of ${bars.length} functions and loops (cycles, log scale)`);
      const y = scaleBand<number>().domain(bars.map((_, i) => i)).range([0, h]).padding(0.15);
      const top = Math.max(2, max(bars, (b) => b.value) ?? 2);
      const x = scaleLog().domain([1, top]).range([0, WIDTH - LABEL_W - 60]).clamp(true);
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
      rows.select<SVGTextElement>("text.bar-label").attr("x", LABEL_W - 4).attr("y", y.bandwidth() / 2).attr("dy", "0.35em").attr("text-anchor", "end").text((b) => (b.label.length > 20 ? `${b.label.slice(0, 19)}…` : b.label));
      rows.select("rect").attr("x", LABEL_W).attr("height", y.bandwidth()).attr("width", (b) => Math.max(1, x(Math.max(1, b.value))));
      rows.select<SVGTextElement>("text.bar-value").attr("x", (b) => LABEL_W + Math.max(1, x(Math.max(1, b.value))) + 4).attr("y", y.bandwidth() / 2).attr("dy", "0.35em").text((b) => formatCount(b.value));
    },
    destroy() {
      svg.remove();
    },
  };
}
