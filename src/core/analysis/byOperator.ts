/**
 * The estimate totalled by operator: for a design whose top calls operator kernels (a model built from
 * the NN library, a composed GPT-2 block), the latency, DSP, BRAM and LUT of each kind of operator
 * (the instances of one kernel definition, `linear_w4a8_qkv`, `linear_w4a8_1`, …, are one kind), with its share
 * of the design's total. Pure.
 */
import type { Estimate, ResourceCounts } from "./types";

export interface OperatorTotal {
  /** The operator: the kernel definition its kernels instantiate (`linear_w4a8_qkv` → `linear_w4a8`). */
  readonly operator: string;
  /** Distinct kernels (one hardware instance each, shared by their calls in a sequential top). */
  readonly kernels: number;
  /** Calls from the top. */
  readonly calls: number;
  /** Cycles spent in this operator's calls (each call's latency, summed). */
  readonly latency: number;
  readonly resources: ResourceCounts;
  /** This row is the top's own work (its loops and on-chip copies between the calls), not an operator's. */
  readonly own?: boolean;
  /** Percent of the design's latency and resources. */
  readonly percent: { readonly latency: number; readonly dsp: number; readonly bram18k: number; readonly lut: number };
}

/** An operator kernel's kind: the definition it instantiates, else its name without a numeric instance suffix (estimates made before instances named their definition). */
export const operatorOf = (kernel: string, template?: string): string => template ?? (kernel.replace(/(?:_\d+)+$/, "") || kernel);

const pct = (x: number, total: number) => (total > 0 ? Math.round((1000 * x) / total) / 10 : 0);

/** Totals per operator, largest latency first, then the top's own work; empty when the top calls fewer than two kernels. */
export function totalsByOperator(e: Estimate): OperatorTotal[] {
  const top = e.functions.find((f) => f.name === e.top);
  if (!top || top.calls.length < 2) return [];
  const byName = new Map(e.functions.map((f) => [f.name, f]));
  const acc = new Map<string, { kernels: number; calls: number; latency: number; r: ResourceCounts }>();
  for (const name of top.calls) {
    const f = byName.get(name);
    if (!f) continue;
    const n = top.callSites?.[name] ?? 1;
    const op = operatorOf(name, f.template);
    const a = acc.get(op) ?? { kernels: 0, calls: 0, latency: 0, r: { dsp: 0, bram18k: 0, lut: 0, ff: 0, uram: 0 } };
    a.kernels++;
    a.calls += n;
    a.latency += n * f.latency;
    a.r = { dsp: a.r.dsp + f.resources.dsp, bram18k: a.r.bram18k + f.resources.bram18k, lut: a.r.lut + f.resources.lut, ff: a.r.ff + f.resources.ff, uram: a.r.uram + f.resources.uram };
    acc.set(op, a);
  }
  // A dataflow top overlaps its calls: shares are of the calls' summed latency, not of the top's.
  const callsLatency = [...acc.values()].reduce((s, a) => s + a.latency, 0);
  const latencyTotal = top.dataflow ? callsLatency : e.latency;
  const row = (operator: string, a: { kernels: number; calls: number; latency: number; r: ResourceCounts }, own?: boolean): OperatorTotal => ({
    operator, kernels: a.kernels, calls: a.calls, latency: a.latency, resources: a.r, ...(own ? { own } : {}),
    percent: { latency: pct(a.latency, latencyTotal), dsp: pct(a.r.dsp, e.resources.dsp), bram18k: pct(a.r.bram18k, e.resources.bram18k), lut: pct(a.r.lut, e.resources.lut) },
  });
  const rows = [...acc].map(([operator, a]) => row(operator, a)).sort((x, y) => y.latency - x.latency || x.operator.localeCompare(y.operator));
  // What the top does between its calls (copies of partitioned arrays on chip, its own loops), so the
  // rows add up to the design.
  const ownLatency = top.dataflow ? 0 : Math.max(0, e.latency - callsLatency);
  const r = top.ownResources;
  if (ownLatency > 0 || r.dsp + r.bram18k + r.lut > 0) rows.push(row(top.name, { kernels: 1, calls: 0, latency: ownLatency, r }, true));
  return rows;
}
