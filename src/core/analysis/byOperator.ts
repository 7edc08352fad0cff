/**
 * The estimate totalled by operator: for a design whose top calls operator kernels (a model built from
 * the NN library, a composed GPT-2 block), the latency, DSP, BRAM and LUT of each kind of operator
 * (`linear_w4a8`, `linear_w4a8_1`, … are one kind), with its share of the design's total. Pure.
 */
import type { Estimate, ResourceCounts } from "./types";

export interface OperatorTotal {
  /** The operator: its kernels' name without the instance suffix (`linear_w4a8_2` → `linear_w4a8`). */
  readonly operator: string;
  /** Distinct kernels (one hardware instance each, shared by their calls in a sequential top). */
  readonly kernels: number;
  /** Calls from the top. */
  readonly calls: number;
  /** Cycles spent in this operator's calls (each call's latency, summed). */
  readonly latency: number;
  readonly resources: ResourceCounts;
  /** Percent of the design's latency and resources. */
  readonly percent: { readonly latency: number; readonly dsp: number; readonly bram18k: number; readonly lut: number };
}

export const operatorOf = (kernel: string): string => kernel.replace(/(?:_\d+)+$/, "") || kernel;

const pct = (x: number, total: number) => (total > 0 ? Math.round((1000 * x) / total) / 10 : 0);

/** Totals per operator, largest latency first; empty when the top calls fewer than two kernels. */
export function totalsByOperator(e: Estimate): OperatorTotal[] {
  const top = e.functions.find((f) => f.name === e.top);
  if (!top || top.calls.length < 2) return [];
  const byName = new Map(e.functions.map((f) => [f.name, f]));
  const acc = new Map<string, { kernels: number; calls: number; latency: number; r: ResourceCounts }>();
  for (const name of top.calls) {
    const f = byName.get(name);
    if (!f) continue;
    const n = top.callSites?.[name] ?? 1;
    const op = operatorOf(name);
    const a = acc.get(op) ?? { kernels: 0, calls: 0, latency: 0, r: { dsp: 0, bram18k: 0, lut: 0, ff: 0, uram: 0 } };
    a.kernels++;
    a.calls += n;
    a.latency += n * f.latency;
    a.r = { dsp: a.r.dsp + f.resources.dsp, bram18k: a.r.bram18k + f.resources.bram18k, lut: a.r.lut + f.resources.lut, ff: a.r.ff + f.resources.ff, uram: a.r.uram + f.resources.uram };
    acc.set(op, a);
  }
  // A dataflow top overlaps its calls: shares are of the calls' summed latency, not of the top's.
  const latencyTotal = top.dataflow ? [...acc.values()].reduce((s, a) => s + a.latency, 0) : e.latency;
  return [...acc].map(([operator, a]) => ({
    operator, kernels: a.kernels, calls: a.calls, latency: a.latency, resources: a.r,
    percent: { latency: pct(a.latency, latencyTotal), dsp: pct(a.r.dsp, e.resources.dsp), bram18k: pct(a.r.bram18k, e.resources.bram18k), lut: pct(a.r.lut, e.resources.lut) },
  })).sort((x, y) => y.latency - x.latency || x.operator.localeCompare(y.operator));
}
