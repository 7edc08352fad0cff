/**
 * A d3 heatmap of a 2-D slice, React-free (STYLE §19): `createHeatmap(el) → { update, destroy }`.
 * Cells are painted on a canvas (fast for large arrays); a gradient legend shows the value range and
 * hovering reports the cell under the pointer.
 */
import { interpolateViridis, scaleSequential, select } from "d3";

export interface HeatmapData {
  readonly rows: number;
  readonly cols: number;
  /** Row-major values, rows × cols. */
  readonly values: ArrayLike<number>;
  /** Formats a cell for the hover readout. */
  readonly label: (row: number, col: number) => string;
  /** Formats a value for the legend. */
  readonly format: (v: number) => string;
}

export interface Heatmap {
  update(data: HeatmapData): void;
  destroy(): void;
}

const MAX_SIDE = 280;

export function createHeatmap(el: HTMLElement): Heatmap {
  const root = select(el).append("div").attr("class", "heatmap");
  const canvas = root.append("canvas").attr("class", "heatmap-canvas").attr("role", "img");
  const legend = root.append("div").attr("class", "heatmap-legend");
  const lo = legend.append("span").attr("class", "heatmap-lo");
  legend.append("span").attr("class", "heatmap-bar");
  const hi = legend.append("span").attr("class", "heatmap-hi");
  const readout = root.append("div").attr("class", "heatmap-readout").text("\u00a0");
  let current: HeatmapData | undefined;
  let cell = 1;

  canvas.on("mousemove", (ev: MouseEvent) => {
    if (!current) return;
    const r = (ev.target as HTMLCanvasElement).getBoundingClientRect();
    const col = Math.floor((ev.clientX - r.left) / cell);
    const row = Math.floor((ev.clientY - r.top) / cell);
    if (row >= 0 && col >= 0 && row < current.rows && col < current.cols) readout.text(current.label(row, col));
  });
  canvas.on("mouseleave", () => readout.text("\u00a0"));

  return {
    update(data) {
      current = data;
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < data.rows * data.cols; i++) {
        const v = data.values[i]!;
        if (Number.isFinite(v)) {
          if (v < min) min = v;
          if (v > max) max = v;
        }
      }
      if (min === Infinity) { min = 0; max = 0; }
      const color = scaleSequential(interpolateViridis).domain(min === max ? [min - 1, max + 1] : [min, max]);
      cell = Math.max(1, Math.floor(MAX_SIDE / Math.max(data.rows, data.cols)));
      const node = canvas.node()!;
      node.width = data.cols * cell;
      node.height = data.rows * cell;
      canvas.attr("aria-label", `heatmap ${data.rows}×${data.cols}, values ${min} to ${max}`);
      const ctx = node.getContext("2d");
      if (ctx) {
        for (let r = 0; r < data.rows; r++) {
          for (let c = 0; c < data.cols; c++) {
            const v = data.values[r * data.cols + c]!;
            ctx.fillStyle = Number.isFinite(v) ? color(v) : "#f0f";
            ctx.fillRect(c * cell, r * cell, cell, cell);
          }
        }
      }
      lo.text(data.format(min));
      hi.text(data.format(max));
    },
    destroy() {
      root.remove();
    },
  };
}
