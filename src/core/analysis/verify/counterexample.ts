/**
 * Counterexamples: for an output element whose two terms differ, search concrete inputs on which they
 * evaluate differently (edge values, small and full-range values, seeded random ones), then run both
 * programs in the real simulator on those inputs to confirm the difference.
 */
import type { Tensor } from "../../api-types";
import type { SourceRange } from "../../diagnostics";
import type { Module } from "../../ir/nodes";
import { findFunc } from "../../ir/nodes";
import { runModule } from "../../sim/simulate";
import { STEP_BUDGET_FLAG } from "../../limits";
import { makeRng } from "../../sim/runtime";
import { elementCount } from "../../types/types";
import type { Value } from "./concrete";
import { sameValue } from "./concrete";
import { evaluate } from "./evaluate";
import type { Output } from "./exec";
import { randomRaw, rawToExchange, sampleRaw } from "./inputs";
import { printTerm } from "./print";
import { Op, TermStore } from "./terms";
import type { Counterexample } from "./types";

const ATTEMPTS = 120;
const PRINT_DEPTH = 6;

export interface SearchRequest {
  readonly store: TermStore;
  readonly reference: Module;
  readonly candidate: Module;
  /** Output position and flat element index of the differing element. */
  readonly output: number;
  readonly flat: number;
  readonly outputs: readonly [Output, Output];
  readonly rng: () => number;
  /** Which store wrote an output element in a module (re-runs it recording origins). */
  readonly explain: (m: Module, output: number, flat: number) => SourceRange | undefined;
  /** The form a term is shown in (its canonical form reads better than the raw casts). */
  readonly show: (term: number) => number;
  /** Time (ms, `performance.now()`) after which the search gives up. */
  readonly deadline: number;
  /** Step budget of each confirming simulator run. */
  readonly stepBudget: number;
}

export function findCounterexample(q: SearchRequest): Counterexample | undefined {
  const s = q.store;
  const [x, y] = q.outputs;
  const u = x.mem.t[q.flat]!, v = y.mem.t[q.flat]!;
  const symbols = reachableSymbols(s, [u, v]);
  let found: { values: Map<number, Value>; a: Value; b: Value } | undefined;
  for (let attempt = 0; attempt < ATTEMPTS && !found && performance.now() < q.deadline; attempt++) {
    const values = new Map<number, Value>();
    for (const sym of symbols) {
      const id = symbolTerm(s, sym);
      values.set(sym, sampleRaw(s.typeOf(id), attempt + sym, q.rng));
    }
    try {
      const memo = new Map<number, Value>();
      const a = evaluate(s, u, (k) => values.get(k)!, memo);
      const b = evaluate(s, v, (k) => values.get(k)!, memo);
      if (!sameValue(a, b)) found = { values, a, b };
    } catch {
      // An operation the evaluator cannot do on these values: try others.
    }
  }
  if (!found) return undefined;
  const inputs = inputTensors(s, q.reference, found.values);
  const index = unflattenIndex(q.flat, x.shape);
  const a = simulatedElement(q.reference, inputs, x, q.flat, q.stepBudget);
  const b = simulatedElement(q.candidate, inputs, y, q.flat, q.stepBudget);
  const simA = typeof a === "object" ? undefined : a, simB = typeof b === "object" ? undefined : b;
  const confirmed = simA !== undefined && simB !== undefined && !sameValue(simA, simB);
  const unconfirmed = typeof a === "object" ? `the design as written: ${a.error}` : typeof b === "object" ? `the scheduled design: ${b.error}` : undefined;
  const rangeA = q.explain(q.reference, q.output, q.flat);
  const rangeB = q.explain(q.candidate, q.output, q.flat);
  const show = (t: Output, val: Value) => String(rawToExchange(t.type, val));
  return {
    output: x.name,
    index,
    before: { term: printTerm(s, q.show(u), PRINT_DEPTH), range: rangeA, value: show(x, found.a), simulated: simA === undefined ? undefined : String(simA) },
    after: { term: printTerm(s, q.show(v), PRINT_DEPTH), range: rangeB, value: show(y, found.b), simulated: simB === undefined ? undefined : String(simB) },
    inputs,
    confirmed,
    ...(unconfirmed ? { unconfirmed } : {}),
  };
}

function reachableSymbols(s: TermStore, roots: readonly number[]): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (s.opOf(id) === Op.Sym) { out.push(s.auxOf(id)!); continue; }
    for (let k = 0; k < s.arity(id); k++) stack.push(s.arg(id, k));
  }
  return out.sort((a, b) => a - b);
}

/** The term id of symbol number `sym` (symbols are created in order, so a scan from the start finds it). */
const symTermCache = new WeakMap<TermStore, Map<number, number>>();
function symbolTerm(s: TermStore, sym: number): number {
  let m = symTermCache.get(s);
  if (!m) { m = new Map(); symTermCache.set(s, m); }
  if (m.size === 0 || !m.has(sym)) {
    for (let id = 0; id < s.size; id++) if (s.opOf(id) === Op.Sym) m.set(s.auxOf(id)!, id);
  }
  return m.get(sym)!;
}

/** Every top argument: seeded random values, with the searched symbols set to their found values. */
function inputTensors(s: TermStore, m: Module, found: ReadonlyMap<number, Value>): Record<string, Tensor> {
  const top = findFunc(m, m.top)!;
  const rng = makeRng(1);
  const bySlot = new Map<string, Value>();
  for (const [sym, v] of found) {
    const info = s.symbols[sym]!;
    bySlot.set(`${info.param}:${info.flat}`, v);
  }
  const out: Record<string, Tensor> = {};
  top.params.forEach((p, param) => {
    const elem = p.kind === "buffer" ? p.type.elem : p.type;
    const shape = p.kind === "buffer" ? p.type.shape : [];
    const n = p.kind === "buffer" ? elementCount(p.type) : 1;
    const data: (number | bigint)[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const raw = bySlot.get(`${param}:${k}`) ?? randomRaw(elem, rng);
      data[k] = rawToExchange(elem, raw);
    }
    out[p.name] = { type: elem, shape: [...shape], data: data as number[] | bigint[] };
  });
  return out;
}

/** The element the simulator computes for an output on `inputs` (exchange form), or why the run failed. */
function simulatedElement(m: Module, inputs: Record<string, Tensor>, out: Output, flat: number, budget: number): number | bigint | undefined | { readonly error: string } {
  const r = runModule(m, inputs, 1, budget);
  if (!r.ok) {
    return { error: r.error.code === "E-budget" ? `the simulator stopped after ${budget.toLocaleString("en-US")} loop iterations and calls (raise it with ${STEP_BUDGET_FLAG})` : r.error.message };
  }
  if (out.name === "return") return r.returns[0]?.data[flat];
  if (out.name.startsWith("return ")) return r.returns[Number(out.name.slice(7))]?.data[flat];
  return r.args[out.name]?.data[flat];
}

function unflattenIndex(flat: number, shape: readonly number[]): number[] {
  const idx: number[] = [];
  let r = flat;
  for (let d = shape.length - 1; d >= 0; d--) { idx.unshift(r % shape[d]!); r = Math.floor(r / shape[d]!); }
  return idx;
}
