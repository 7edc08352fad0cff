/** React host of the d3 heatmap controller. */
import { useEffect, useRef } from "react";
import type { Tensor } from "../../core/api-types";
import { createHeatmap, type Heatmap as HeatmapController } from "../charts/heatmap";
import { formatValue, slice2D, valueAt } from "../format";

export function Heatmap({ tensor }: { readonly tensor: Tensor }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<HeatmapController | null>(null);

  useEffect(() => {
    const c = createHeatmap(host.current!);
    chart.current = c;
    return () => {
      c.destroy();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const { rows, cols, offset } = slice2D(tensor);
    const values = new Float64Array(rows * cols);
    for (let i = 0; i < values.length; i++) values[i] = Number(valueAt(tensor, offset + i));
    chart.current?.update({
      rows, cols, values,
      format: (v) => formatValue(v, tensor.type),
      label: (r, c) => `[${r}, ${c}] = ${formatValue(valueAt(tensor, offset + r * cols + c), tensor.type)}`,
    });
  }, [tensor]);

  return <div ref={host} className="heatmap-host" data-testid="heatmap" />;
}
