/** One simulated value: name, type, a table or heatmap, and its .npy download. */
import { useState } from "react";
import type { Tensor } from "../../core/api-types";
import { formatValue, tensorTypeName, valueAt } from "../format";
import { Heatmap } from "./Heatmap";
import { NpyDownload } from "./NpyDownload";
import { TensorTable } from "./TensorTable";

interface TensorCardProps {
  readonly label: string;
  readonly tensor: Tensor;
  readonly npy: Uint8Array | undefined;
  readonly npyError: string | undefined;
  readonly fileName: string;
}

export function TensorCard({ label, tensor, npy, npyError, fileName }: TensorCardProps) {
  const canHeat = tensor.shape.length >= 2;
  const [choice, setView] = useState<"table" | "heatmap">("heatmap");
  const view = canHeat ? choice : "table";
  return (
    <article className="tensor-card" data-testid="tensor" data-name={label} aria-label={`${label}: ${tensorTypeName(tensor)}`}>
      <header className="tensor-head">
        <span className="tensor-name">{label}</span>
        <span className="tensor-type">{tensorTypeName(tensor)}</span>
        <span className="spacer" />
        {canHeat && (
          <span className="seg" role="group" aria-label={`${label} view`}>
            <button type="button" aria-pressed={view === "heatmap"} onClick={() => setView("heatmap")}>Heatmap</button>
            <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>Table</button>
          </span>
        )}
        <NpyDownload bytes={npy} error={npyError} fileName={fileName} />
      </header>
      {tensor.shape.length === 0
        ? <p className="tensor-scalar">{formatValue(valueAt(tensor, 0), tensor.type)}</p>
        : view === "heatmap" ? <Heatmap tensor={tensor} /> : <TensorTable tensor={tensor} />}
    </article>
  );
}
