/**
 * A tensor's values as a table: 2-D and up show the last two dimensions; 1-D wraps into rows of
 * 16 labelled by their first index. Large arrays are cut with a note (the .npy has everything).
 */
import type { Tensor } from "../../core/api-types";
import { formatValue, slice2D, valueAt } from "../format";

const MAX_ROWS = 32;
const MAX_COLS = 16;

interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly offset: number;
  /** Number of elements in the slice (1-D: the row-wrapped vector's length). */
  readonly count: number;
  readonly rowLabel: (r: number) => number;
  readonly note?: string;
}

function gridOf(t: Tensor): Grid {
  if (t.shape.length === 1) {
    const n = t.shape[0]!;
    const cols = Math.max(1, Math.min(n, MAX_COLS));
    return { rows: Math.ceil(n / cols), cols, offset: 0, count: n, rowLabel: (r) => r * cols };
  }
  const s = slice2D(t);
  return { ...s, count: s.rows * s.cols, rowLabel: (r) => r };
}

export function TensorTable({ tensor }: { readonly tensor: Tensor }) {
  const { rows, cols, offset, count, rowLabel, note } = gridOf(tensor);
  const shownRows = Math.min(rows, MAX_ROWS);
  const shownCols = Math.min(cols, MAX_COLS);
  const cut = rows > shownRows || cols > shownCols;
  const cell = (r: number, c: number) => {
    const i = r * cols + c;
    return i < count ? formatValue(valueAt(tensor, offset + i), tensor.type) : "";
  };
  return (
    <div className="tensor-table-wrap">
      <table className="tensor-table">
        <thead>
          <tr>
            <th scope="col" />
            {Array.from({ length: shownCols }, (_, c) => <th key={c} scope="col">{tensor.shape.length === 1 ? `+${c}` : c}</th>)}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: shownRows }, (_, r) => (
            <tr key={r}>
              <th scope="row">{rowLabel(r)}</th>
              {Array.from({ length: shownCols }, (_, c) => <td key={c}>{cell(r, c)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      {(cut || note) && (
        <p className="tensor-note">
          {note}{note && cut ? "; " : ""}{cut ? `first ${shownRows} rows × ${shownCols} columns shown (download .npy for all)` : ""}
        </p>
      )}
    </div>
  );
}
