/**
 * Golden data for the exported testbench: runs the design on the JS simulator and keeps every value in its
 * exact raw form (integers exactly, fixed-point as the raw integer value·2^F, floats as IEEE bit patterns).
 * The API's Tensor form carries fixed-point as real numbers, which is lossy above 52 bits, so inputs come
 * from `runModule` (same seed, same generated inputs as `api.simulate`) and the outputs from a second run on
 * raw storage.
 */
import type { Tensor } from "../../api-types";
import type { SourceRange } from "../../diagnostics";
import type * as ir from "../../ir/nodes";
import { BudgetExceeded, compileModule, isBig, storageOf } from "../../sim/codegen";
import * as R from "../../sim/runtime";
import { DEFAULT_STEP_BUDGET, runModule } from "../../sim/simulate";
import { STEP_BUDGET_FLAG } from "../../limits";
import { specializeShapes } from "../../sim/specialize";
import type { ArrayType, ScalarType } from "../../types/types";
import { elementCount } from "../../types/types";

/** One tensor as text tokens, one per element, row-major. */
export interface RawTensor {
  readonly type: ScalarType;
  readonly shape: readonly number[];
  readonly tokens: readonly string[];
}

export type GoldenOutcome =
  | { readonly ok: true; readonly inputs: RawTensor[]; readonly argsAfter: RawTensor[]; readonly returns: RawTensor[] }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly range: SourceRange };

/** The canonical (raw) value of a user-facing value, as the simulator stores it. */
function toRaw(v: number | bigint, t: ScalarType): number | bigint {
  switch (t.kind) {
    case "float": return R.roundFloat(Number(v), t.name);
    case "fixed": return isBig(t) ? R.floatToFixedBig(Number(v), t.bits, t.frac, t.signed) : R.floatToFixed(Number(v), t.bits, t.frac, t.signed);
    case "index": return R.wrapS(Number(v), 32);
    case "int":
      if (isBig(t)) return t.signed ? R.wrapBigS(BigInt(v), t.bits) : R.wrapBigU(BigInt(v), t.bits);
      return typeof v === "bigint" ? Number(t.signed ? BigInt.asIntN(t.bits, v) : BigInt.asUintN(t.bits, v)) : t.signed ? R.wrapS(v, t.bits) : R.wrapU(v, t.bits);
  }
}

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** The text form of a raw value: decimal integers (fixed: the raw integer), floats as hex bit patterns. */
export function token(v: number | bigint, t: ScalarType): string {
  if (t.kind === "float") {
    if (t.name === "f64") {
      F64[0] = Number(v);
      return `0x${U64[0]!.toString(16).padStart(16, "0")}`;
    }
    if (t.name === "f16") return `0x${R.f16Bits(Number(v)).toString(16).padStart(4, "0")}`;
    F32[0] = Number(v);
    return `0x${U32[0]!.toString(16).padStart(8, "0")}`;
  }
  const n = typeof v === "bigint" ? v : BigInt(Object.is(v, -0) ? 0 : v);
  return n.toString(10);
}

function makeStorage(t: Tensor, type: ArrayType): unknown {
  const n = elementCount(type);
  const ctor = storageOf(type.elem);
  const out: { [i: number]: unknown; length: number } =
    ctor === "Array" ? new Array(n) : new (globalThis as unknown as Record<string, new (n: number) => { [i: number]: unknown; length: number }>)[ctor]!(n);
  for (let i = 0; i < n; i++) out[i] = toRaw(t.data[i]!, type.elem);
  return out;
}

function tensorTokens(s: unknown, type: ArrayType): string[] {
  const src = s as ArrayLike<number | bigint>;
  const n = elementCount(type);
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = token(src[i]!, type.elem);
  return out;
}

/** `given`: inputs to use (the design script's own, or the user's); the rest are seeded random values. */
export function goldenRun(design: ir.Module, seed: number, budget = DEFAULT_STEP_BUDGET, given: Readonly<Record<string, Tensor>> = {}): GoldenOutcome {
  // Dynamic-shaped arguments run with the sizes of the arrays given for them.
  const sp = specializeShapes(design, given);
  if (!sp.ok) return sp;
  const m = sp.module;
  const top = m.funcs.find((f) => f.name === m.top)!;
  const first = runModule(m, given, seed, budget);
  if (!first.ok) return { ok: false, ...first.error };
  const storage: unknown[] = [];
  const inputs: RawTensor[] = [];
  for (const p of top.params) {
    const t = first.inputs[p.name]!;
    if (p.kind === "buffer" && p.type.shape.length > 0) {
      const s = makeStorage(t, p.type);
      storage.push(s);
      inputs.push({ type: p.type.elem, shape: p.type.shape, tokens: tensorTokens(s, p.type) });
    } else {
      const elem = p.kind === "buffer" ? p.type.elem : p.type;
      const v = toRaw(t.data[0]!, elem);
      storage.push(v);
      inputs.push({ type: elem, shape: [], tokens: [token(v, elem)] });
    }
  }
  const inst = compileModule(m, R as unknown as Record<string, unknown>).compiled.instantiate();
  let results: unknown[];
  try {
    ({ results } = inst.call(storage, budget));
  } catch (e) {
    if (e instanceof BudgetExceeded) return { ok: false, code: "E-budget", message: `the simulation did not finish within its step budget of ${budget.toLocaleString("en-US")} loop iterations and calls (raise it with ${STEP_BUDGET_FLAG})`, range: top.range };
    throw e;
  }
  const argsAfter = top.params.map((p, i): RawTensor => {
    if (p.kind === "buffer" && p.type.shape.length > 0) return { type: p.type.elem, shape: p.type.shape, tokens: tensorTokens(storage[i], p.type) };
    return inputs[i]!;
  });
  const returns = top.results.map((rt, i): RawTensor => {
    const v = results[i];
    if (rt.kind === "array") return { type: rt.elem, shape: rt.shape, tokens: tensorTokens(v, rt) };
    return { type: rt, shape: [], tokens: [token(v as number | bigint, rt)] };
  });
  return { ok: true, inputs, argsAfter, returns };
}
