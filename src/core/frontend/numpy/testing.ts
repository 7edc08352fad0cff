/**
 * `np.testing` and the comparison functions (`allclose`, `isclose`, `array_equal`), with numpy's
 * failure reports (mismatch counts, the first mismatching indices, max differences, both arrays).
 */
import { chargeWork } from "./work";
import { arrayRepr, pyFloatRepr } from "./format";
import { isFloat } from "./dtype";
import type { NDArray } from "./ndarray";
import { broadcastIndex, broadcastShapes, NumpyError, shapeStr, stridesOf } from "./ndarray";

export interface Tolerance {
  readonly rtol: number;
  readonly atol: number;
  readonly equalNan: boolean;
}

/** numpy's closeness test: |a - b| <= atol + rtol * |b| (asymmetric in b, as numpy's). */
function close(a: number, b: number, t: Tolerance): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return t.equalNan && Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= t.atol + t.rtol * Math.abs(b);
}

/** Elementwise closeness after broadcasting (`np.isclose`); throws on incompatible shapes. */
export function isclose(a: NDArray, b: NDArray, t: Tolerance): { shape: number[]; ok: boolean[] } {
  chargeWork(a.size + b.size);
  const shape = broadcastShapes(a.shape, b.shape);
  const ia = broadcastIndex(a.shape, shape);
  const ib = broadcastIndex(b.shape, shape);
  const n = shape.reduce((x, y) => x * y, 1);
  const ok: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) ok[i] = close(a.data[ia ? ia[i]! : i]!, b.data[ib ? ib[i]! : i]!, t);
  return { shape, ok };
}

export function arrayEqual(a: NDArray, b: NDArray): boolean {
  chargeWork(a.size + b.size);
  return a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]) && a.data.every((x, i) => x === b.data[i]);
}

function scalarRepr(a: NDArray, x: number): string {
  if (a.dtype === "bool") return x ? "True" : "False";
  return isFloat(a.dtype) ? pyFloatRepr(x) : String(x);
}

function numberText(x: number, float: boolean): string {
  if (!float) return String(x);
  const s = Number(x.toPrecision(8)).toString();
  return /[.e]/.test(s) ? s : `${s}.`;
}

/**
 * Compares two arrays elementwise and returns numpy's report, or undefined when they agree. `header`
 * is numpy's first line ("Not equal to tolerance rtol=1e-07, atol=0", "Arrays are not equal").
 */
export function compareReport(actual: NDArray, desired: NDArray, header: string, t: Tolerance | undefined, errMsg = ""): string | undefined {
  const lines = ["", header];
  if (errMsg) lines.push(errMsg);
  let shape: number[];
  try {
    shape = broadcastShapes(actual.shape, desired.shape);
  } catch {
    return [...lines, "", `(shapes ${shapeStr(actual.shape)}, ${shapeStr(desired.shape)} mismatch)`, ` ACTUAL: ${arrayRepr(actual)}`, ` DESIRED: ${arrayRepr(desired)}`].join("\n");
  }
  const ia = broadcastIndex(actual.shape, shape);
  const ib = broadcastIndex(desired.shape, shape);
  const n = shape.reduce((x, y) => x * y, 1);
  const bad: number[] = [];
  let maxAbs = 0;
  let maxRel = 0;
  const float = isFloat(actual.dtype) || isFloat(desired.dtype);
  for (let i = 0; i < n; i++) {
    const x = actual.data[ia ? ia[i]! : i]!;
    const y = desired.data[ib ? ib[i]! : i]!;
    const ok = t ? close(x, y, t) : x === y || (Number.isNaN(x) && Number.isNaN(y));
    if (ok) continue;
    bad.push(i);
    const d = Math.abs(x - y);
    if (d > maxAbs || Number.isNaN(d)) maxAbs = d;
    const r = d / Math.abs(y);
    if (r > maxRel || Number.isNaN(r)) maxRel = r;
  }
  if (bad.length === 0) return undefined;
  const pct = (100 * bad.length) / n;
  const pctText = Number.isInteger(pct) ? String(pct) : pct.toFixed(1).replace(/\.0$/, "");
  lines.push("", `Mismatched elements: ${bad.length} / ${n} (${pctText}%)`);
  if (bad.length <= 5) {
    lines.push("Mismatch at index:");
    const strides = stridesOf(shape);
    for (const f of bad) {
      const idx = strides.map((s, d) => Math.floor(f / s) % shape[d]!);
      lines.push(` [${idx.join(", ")}]: ${scalarRepr(actual, actual.data[ia ? ia[f]! : f]!)} (ACTUAL), ${scalarRepr(desired, desired.data[ib ? ib[f]! : f]!)} (DESIRED)`);
    }
  }
  lines.push(`Max absolute difference among violations: ${numberText(maxAbs, float)}`);
  lines.push(`Max relative difference among violations: ${numberText(maxRel, float || !Number.isInteger(maxRel))}`);
  lines.push(` ACTUAL: ${arrayRepr(actual)}`, ` DESIRED: ${arrayRepr(desired)}`);
  return lines.join("\n");
}

/** Python's `f"{x:g}"`: 6 significant digits, scientific when the exponent is below -4 or from 6. */
export function formatG(x: number): string {
  if (x === 0) return "0";
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  const exp = Math.floor(Math.log10(Math.abs(Number(x.toPrecision(6)))));
  if (exp < -4 || exp >= 6) {
    const [m, e] = x.toExponential(5).split("e") as [string, string];
    const mant = m.includes(".") ? m.replace(/0+$/, "").replace(/\.$/, "") : m;
    return `${mant}e${Number(e) < 0 ? "-" : "+"}${String(Math.abs(Number(e))).padStart(2, "0")}`;
  }
  const s = x.toFixed(Math.max(0, 5 - exp));
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

export function toleranceHeader(t: Tolerance): string {
  return `Not equal to tolerance rtol=${formatG(t.rtol)}, atol=${formatG(t.atol)}`;
}

export { NumpyError };
