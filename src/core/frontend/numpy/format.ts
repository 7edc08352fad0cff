/** numpy-like `str()` and `repr()` of arrays, for print() and assertion reports. */
import { isFloat } from "./dtype";
import { roundBF16, roundF16 } from "../../sim/runtime";
import type { NDArray } from "./ndarray";

/** Python's `repr(float)`: shortest round-trip digits, "1.0" for integers, scientific below 1e-4 and from 1e16. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const ax = Math.abs(x);
  if (ax !== 0 && (ax < 1e-4 || ax >= 1e16)) {
    const [m, e] = x.toExponential().split("e") as [string, string];
    const exp = Number(e);
    return `${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** The shortest decimal that reads back as the same value of the dtype, at most 8 fractional digits (numpy's default). */
function fixedDigits(x: number, dtype: string): string {
  const round = dtype === "float32" ? Math.fround : dtype === "float16" ? roundF16 : dtype === "bfloat16" ? roundBF16 : (y: number) => y;
  let p = 1;
  while (p < 17 && round(Number(x.toPrecision(p))) !== x) p++;
  const shortest = Number(x.toPrecision(p));
  const s = shortest.toFixed(8).replace(/0+$/, "");
  return s.includes(".") ? s : `${s}.`;
}

/** Elements as numpy prints them: floats share one layout (fixed with aligned points, or scientific). */
function elements(a: NDArray): string[] {
  if (a.dtype === "bool") return a.data.map((x) => (x ? "True" : "False"));
  if (!isFloat(a.dtype)) return a.data.map((x) => String(x));
  const finite = a.data.filter((x) => Number.isFinite(x) && x !== 0).map(Math.abs);
  const max = Math.max(0, ...finite);
  const min = Math.min(Infinity, ...finite);
  const sci = finite.length > 0 && (max >= 1e8 || min < 1e-4 || max / min > 1e3);
  const special = (x: number) => (Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf");
  if (sci) {
    const digits = Math.max(0, ...a.data.filter(Number.isFinite).map((x) => x.toExponential(8).split("e")[0]!.replace(/0+$/, "").split(".")[1]!.length));
    return a.data.map((x) => {
      if (!Number.isFinite(x)) return special(x);
      const [m, e] = x.toExponential(digits).split("e") as [string, string];
      const exp = Number(e);
      return `${digits === 0 ? `${m}.` : m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
    });
  }
  const parts = a.data.map((x) => (Number.isFinite(x) ? fixedDigits(x, a.dtype).split(".") as [string, string] : [special(x), ""] as [string, string]));
  const wf = Math.max(0, ...parts.map((p) => p[1].length));
  return parts.map(([i, f], k) => (Number.isFinite(a.data[k]!) ? `${i}.${f.padEnd(wf)}` : i.padStart(i.length)));
}

/** `str(a)`: nested brackets, elements right-aligned to a common width, no dtype. */
export function arrayStr(a: NDArray, sep = " ", indent = 1): string {
  if (a.ndim === 0) return elements(a)[0]!.trim();
  const parts = elements(a);
  const w = Math.max(...parts.map((p) => p.length), 0);
  const pad = (s: string) => s.padStart(w);
  const rec = (dim: number, off: number, stride: number): string => {
    const n = a.shape[dim]!;
    const inner = stride / n;
    if (dim === a.ndim - 1) {
      const xs: string[] = [];
      for (let i = 0; i < n; i++) xs.push(pad(parts[off + i]!));
      return `[${xs.join(sep)}]`;
    }
    const rows: string[] = [];
    for (let i = 0; i < n; i++) rows.push(rec(dim + 1, off + i * inner, inner));
    const nl = sep.trim() ? `${sep.trim()}\n` : "\n";
    const blank = "\n".repeat(Math.max(0, a.ndim - dim - 2));
    return `[${rows.join(nl + blank + " ".repeat(indent + dim))}]`;
  };
  return rec(0, 0, a.size);
}

/** `repr(a)`: `array([...], dtype=...)`, the dtype shown where numpy shows it. */
export function arrayRepr(a: NDArray): string {
  const body = a.ndim === 0 ? elements(a)[0]!.trim() : arrayStr(a, ", ", 7);
  const implicit = a.dtype === "int64" || a.dtype === "float64" || a.dtype === "bool";
  return `array(${body}${implicit ? "" : `, dtype=${a.dtype}`})`;
}
