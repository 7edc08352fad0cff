/**
 * multi_function.py (int32): tmp = A*k + B (product in int64, wrapped on store; sums wrap), prefix sums and
 * first differences of tmp (returned), d = dot(A, B) wrapped to int32, and C[i] = (d + i) // 4 + A[i] % 3
 * written in place (`//` floors, `%` has the dividend's sign; the sum is int35, wrapped to int32).
 */
import type { Reference } from "./types";
import type { Tensor } from "../../src/core/api-types";
import { arr, divFloor, mulWrap32, remTrunc, scalar, wrap32 } from "./semantics";

export function multiFunction(A: readonly number[], B: readonly number[], k: number, N: number) {
  const tmp = A.map((a, i) => wrap32(wrap32(0 + mulWrap32(a, k)) + B[i]!));
  const pre: number[] = [];
  const dif: number[] = [];
  let run = 0;
  for (let i = 0; i < N; i++) {
    run = wrap32(run + tmp[i]!);
    pre.push(run);
    dif.push(i === 0 ? tmp[i]! : wrap32(tmp[i]! - tmp[i - 1]!));
  }
  let d = 0;
  for (let i = 0; i < N; i++) d = wrap32(d + mulWrap32(A[i]!, B[i]!));
  const C = Array.from({ length: N }, (_, i) => wrap32(divFloor(d + i, 4) + remTrunc(A[i]!, 3)));
  return { pre, dif, C };
}

// The simulator does not randomise scalars, so pass a negative k to exercise signed products.
const K: Tensor = { type: { kind: "int", signed: true, bits: 32 }, shape: [], data: [-3] };

export const reference: Reference = {
  file: "multi_function.py",
  inputs: { k: K },
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    const k = scalar(inputs, "k");
    const { pre, dif, C } = multiFunction(A, B, k, A.length);
    return { args: { A, B, k: [k], C }, returns: [pre, dif] };
  },
};
