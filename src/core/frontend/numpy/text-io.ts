/**
 * `np.savetxt` / `np.loadtxt` text formats (1-D or 2-D arrays, one row per line). The interpreter
 * reads and writes the text on the script's own file system (script-fs.ts).
 */
import { NDArray, NumpyError } from "./ndarray";
import type { DType } from "./dtype";
import { castTo } from "./dtype";

/** One value formatted by a printf-style spec as numpy's savetxt uses them (%f, %.3e, %d, %g, %s). */
function printf(spec: string, v: number): string {
  const m = /^%([-+ 0#]*)(\d+)?(?:\.(\d+))?([diufFeEgGs])$/.exec(spec);
  if (!m) throw new NumpyError("ValueError", `fmt has wrong format: ${spec}`);
  const [, flags = "", width, precision, conv] = m;
  const p = precision === undefined ? 6 : Number(precision);
  let s: string;
  switch (conv) {
    case "d": case "i": case "u": s = String(Math.trunc(v)); break;
    case "f": case "F": s = v.toFixed(p); break;
    case "e": case "E": {
      const [mant, exp] = v.toExponential(p).split("e") as [string, string];
      const e = Number(exp);
      s = `${mant}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
      if (conv === "E") s = s.toUpperCase();
      break;
    }
    case "g": case "G": s = String(Number(v.toPrecision(p || 1))); break;
    default: s = String(v);
  }
  if (flags.includes("+") && v >= 0) s = `+${s}`;
  if (width !== undefined && s.length < Number(width)) s = flags.includes("-") ? s.padEnd(Number(width)) : flags.includes("0") ? s.padStart(Number(width), "0") : s.padStart(Number(width));
  return s;
}

export function saveTxt(a: NDArray, fmt = "%.18e", delimiter = " ", newline = "\n"): string {
  if (a.ndim > 2) throw new NumpyError("ValueError", "Expected 1D or 2D array, got " + a.ndim + "D array instead");
  const rows = a.ndim === 2 ? a.shape[0]! : a.ndim === 1 ? a.shape[0]! : 1;
  const cols = a.ndim === 2 ? a.shape[1]! : 1;
  let out = "";
  for (let r = 0; r < rows; r++) {
    const vals: string[] = [];
    for (let c = 0; c < cols; c++) vals.push(printf(fmt, a.data[r * cols + c]!));
    out += vals.join(delimiter) + newline;
  }
  return out;
}

/** Rows of numbers separated by `delimiter` (whitespace when absent); `#` starts a comment. */
export function loadTxt(text: string, dtype: DType = "float64", delimiter?: string): NDArray {
  const rows: number[][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) continue;
    const parts = delimiter === undefined ? line.split(/\s+/) : line.split(delimiter).map((x) => x.trim());
    rows.push(parts.map((x) => {
      const n = Number(x);
      if (x === "" || Number.isNaN(n) && x.toLowerCase() !== "nan") throw new NumpyError("ValueError", `could not convert string '${x}' to ${dtype}`);
      return n;
    }));
  }
  const cols = rows[0]?.length ?? 0;
  if (rows.some((r) => r.length !== cols)) throw new NumpyError("ValueError", "the rows of the file have different numbers of columns");
  const data = rows.flat().map((v) => castTo(dtype, v));
  // one row or one column reads as a 1-D array, as numpy's loadtxt gives it
  const shape = rows.length === 1 || cols === 1 ? [data.length] : [rows.length, cols];
  return new NDArray(dtype, shape, data);
}
