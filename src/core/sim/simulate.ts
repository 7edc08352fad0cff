/**
 * Runs a design's top function on the JS simulator: marshals `Tensor` inputs into typed storage,
 * generates missing inputs from a seeded RNG, runs with a step budget, and unmarshals the results.
 */
import type { DataflowTrace, Tensor } from "../api-types";
import type { SourceRange } from "../diagnostics";
import type * as ir from "../ir/nodes";
import type { ArrayType, ScalarType } from "../types/types";
import { elementCount, typeToString } from "../types/types";
import { BadStep, BudgetExceeded, compileModule, isBig, OutOfBounds, storageOf } from "./codegen";
import type { ModuleInstance } from "./codegen";
import * as R from "./runtime";
import { Deadlock, Network } from "./kpn";
import { dataflowTrace } from "./trace";
import { afterCyclesFor, cyclesFor } from "../analysis/cycles";
import { STEP_BUDGET_FLAG } from "../limits";
import { specializeShapes } from "./specialize";

export const DEFAULT_STEP_BUDGET = 2_000_000_000;

export type SimOutcome =
  | { readonly ok: true; readonly inputs: Record<string, Tensor>; readonly args: Record<string, Tensor>; readonly returns: Tensor[]; readonly steps: number; readonly spent: number; readonly timings: Record<string, number>; readonly dataflow?: DataflowTrace }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string; readonly range: SourceRange }; readonly dataflow?: DataflowTrace };

/** `timeline`: record stall intervals and FIFO occupancy of dataflow regions (timed mode). */
/**
 * `state`: one built module's instance across calls (Allo's `mod(...)`), so `@ Stateful` variables keep
 * their values from one call to the next; without it every run starts from fresh state.
 */
export function runModule(given: ir.Module, inputs: Readonly<Record<string, Tensor>>, seed: number, budget: number, timeline = false, state?: { instance?: ModuleInstance; shapes?: string }): SimOutcome {
  // Dynamic-shaped arguments (float32[...]) run with the sizes of the arrays given for them.
  const sp = specializeShapes(given, inputs);
  if (!sp.ok) return fail(sp.code, sp.message, sp.range);
  const m = sp.module;
  // A module instance is compiled for one set of sizes: other sizes start a new one.
  if (state && state.shapes !== sp.key) {
    state.instance = undefined;
    state.shapes = sp.key;
  }
  const top = m.funcs.find((f) => f.name === m.top)!;
  const fullBudget = budget;
  const rng = R.makeRng(seed);
  const used: Record<string, Tensor> = Object.create(null) as Record<string, Tensor>;
  const storage: unknown[] = [];
  for (const p of top.params) {
    const given = Object.hasOwn(inputs, p.name) ? inputs[p.name] : undefined; // names may be `constructor`, `__proto__`
    const type = p.kind === "buffer" ? p.type : p.type;
    const elem = p.kind === "buffer" ? p.type.elem : p.type;
    const shape = p.kind === "buffer" ? p.type.shape : [];
    let t: Tensor;
    if (given) {
      const n = shape.reduce((a, b) => a * b, 1);
      if (given.data.length !== n || given.shape.length !== shape.length || given.shape.some((d, i) => d !== shape[i])) {
        return fail("E-input", `input '${p.name}' has shape (${given.shape.join(", ")}) but the parameter is ${typeToString(type)}`, p.range);
      }
      t = { type: elem, shape, data: given.data };
    } else if (p.kind === "buffer") {
      const n = elementCount(p.type);
      // Generating seeded inputs is work too: it counts against the step budget.
      budget -= n;
      if (budget < 0) return fail("E-budget", `generating ${n.toLocaleString("en-US")} seeded input values for '${p.name}' exceeds the step budget of ${fullBudget.toLocaleString("en-US")} (raise it with ${STEP_BUDGET_FLAG}, or pass the array with --in)`, p.range);
      const data: (number | bigint)[] = new Array(n);
      if (elem.kind === "float" && (elem.name === "f32" || elem.name === "f64")) {
        // The hot case inlined (same values as randomValue: uniform in [-1, 1), rounded to the format).
        const round = elem.name === "f32" ? Math.fround : (x: number) => x;
        for (let i = 0; i < n; i++) data[i] = round(rng() * 2 - 1);
      } else {
        const random = R.randomValue;
        for (let i = 0; i < n; i++) data[i] = random(elem, rng);
      }
      t = { type: elem, shape, data: data as number[] | bigint[] };
    } else {
      t = { type: elem, shape: [], data: [isBig(elem) ? 0n : 0] as number[] | bigint[] };
    }
    used[p.name] = t;
    storage.push(p.kind === "buffer" ? toStorage(t, p.type) : toScalar(t.data[0]!, elem));
  }
  let t = performance.now();
  const out = compileModule(m, R as unknown as Record<string, unknown>, ...(timeline ? [cyclesFor(m), afterCyclesFor(m)] as const : []));
  const { compiled, loopRanges, accesses } = out;
  const inst = state?.instance ?? compiled.instantiate();
  if (state) state.instance = inst;
  const net = new Network(timeline);
  const timings: Record<string, number> = { codegen: performance.now() - t };
  let results: unknown[];
  let steps: number;
  try {
    t = performance.now();
    ({ results, steps } = inst.call(storage, budget, net));
    timings.run = performance.now() - t;
  } catch (e) {
    if (e instanceof Deadlock) {
      const trace = dataflowTrace(m, out, net, true);
      const first = trace.deadlock!.blocked.find((b) => b.process === trace.deadlock!.cycle[0]) ?? trace.deadlock!.blocked[0]!;
      return { ...fail("E-deadlock", trace.deadlock!.message, first.range), dataflow: trace };
    }
    if (e instanceof BudgetExceeded) {
      return fail("E-budget", `the simulation stopped after ${fullBudget.toLocaleString("en-US")} loop iterations and calls: this loop may not terminate (if it is just long, raise the step budget with ${STEP_BUDGET_FLAG})`, loopRanges[e.loop]!);
    }
    if (e instanceof BadStep) {
      return fail("E-range", `this loop's step is ${e.step} at run time; range() needs a positive step`, loopRanges[e.loop]!);
    }
    if (e instanceof OutOfBounds) {
      const a = accesses[e.access]!;
      return fail("E-bounds", `index ${e.index} is out of bounds for dimension ${a.dim} of '${a.buffer}' (size ${e.size}); check the loop bounds or guard the access`, a.range);
    }
    if (e instanceof RangeError) return fail("E-sim", `the simulation failed: ${e.message}`, top.range);
    throw e;
  }
  const args: Record<string, Tensor> = {};
  top.params.forEach((p, i) => {
    args[p.name] = p.kind === "buffer" ? fromStorage(storage[i]!, p.type) : used[p.name]!;
  });
  const returns = top.results.map((rt, i) => {
    const v = results[i];
    return rt.kind === "array" ? fromStorage(v, rt) : { type: rt, shape: [], data: [fromScalar(v, rt)] as number[] | bigint[] };
  });
  const dataflow = out.channels.length > 0 || net.processes.length > 0 ? dataflowTrace(m, out, net, false) : undefined;
  // `spent` also counts the seeded input values generated (what the budget paid for in all).
  return { ok: true, inputs: used, args, returns, steps, spent: fullBudget - budget + steps, timings, dataflow };
}

function fail(code: string, message: string, range: SourceRange): SimOutcome {
  return { ok: false, error: { code, message, range } };
}

/** A user-facing value (real number for fixed) to the canonical representation. */
function toScalar(v: number | bigint, t: ScalarType): number | bigint {
  switch (t.kind) {
    case "float": return R.roundFloat(Number(v), t.name);
    case "fixed":
      return isBig(t) ? R.floatToFixedBig(Number(v), t.bits, t.frac, t.signed) : R.floatToFixed(Number(v), t.bits, t.frac, t.signed);
    case "index": return R.wrapS(Number(v), 32);
    case "int":
      if (isBig(t)) return t.signed ? R.wrapBigS(BigInt(v), t.bits) : R.wrapBigU(BigInt(v), t.bits);
      return typeof v === "bigint" ? Number(t.signed ? BigInt.asIntN(t.bits, v) : BigInt.asUintN(t.bits, v)) : t.signed ? R.wrapS(v, t.bits) : R.wrapU(v, t.bits);
  }
}

function fromScalar(v: unknown, t: ScalarType): number | bigint {
  if (t.kind === "fixed") return isBig(t) ? R.fixedToFloatBig(v as bigint, t.frac, "f64") : R.fixedToFloat(v as number, t.frac, "f64");
  return v as number | bigint;
}

function toStorage(t: Tensor, type: ArrayType): unknown {
  const n = elementCount(type);
  const ctor = storageOf(type.elem);
  const e = type.elem;
  // Fast paths: the typed array's own conversion is exactly ours (f32 rounds to nearest even;
  // standard integer widths wrap modulo 2^n) when the data are numbers.
  if (typeof t.data[0] === "number" && ((e.kind === "float" && (e.name === "f32" || e.name === "f64")) ||
      ((e.kind === "int" || e.kind === "index") && (e.kind === "index" || [8, 16, 32].includes(e.bits))))) {
    const arr = new (globalThis as unknown as Record<string, new (n: number) => { set(a: ArrayLike<number>): void }>)[ctor]!(n);
    arr.set(t.data as ArrayLike<number>);
    return arr;
  }
  const out: { [i: number]: unknown; length: number } =
    ctor === "Array" ? new Array(n) : new (globalThis as unknown as Record<string, new (n: number) => { [i: number]: unknown; length: number }>)[ctor]!(n);
  for (let i = 0; i < n; i++) out[i] = toScalar(t.data[i]!, type.elem);
  return out;
}

function fromStorage(s: unknown, type: ArrayType): Tensor {
  const src = s as ArrayLike<number | bigint>;
  const n = elementCount(type);
  if (type.elem.kind !== "fixed") {
    // A plain loop: Array.from on a typed array goes through its iterator, several times slower.
    const data: (number | bigint)[] = new Array(n);
    for (let i = 0; i < n; i++) data[i] = src[i]!;
    return { type: type.elem, shape: [...type.shape], data: data as number[] | bigint[] };
  }
  const data: (number | bigint)[] = new Array(n);
  for (let i = 0; i < n; i++) data[i] = fromScalar(src[i], type.elem);
  return { type: type.elem, shape: [...type.shape], data: data as number[] | bigint[] };
}
