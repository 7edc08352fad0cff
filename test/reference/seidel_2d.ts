/**
 * seidel_2d.py (int32, TSTEPS = 20): in-place 9-point sum, exact in the widened type (int33 … int40, so no
 * overflow), divided by 9 truncating toward zero, stored to int32.
 */
import type { Reference } from "./types";
import { arr, dims, divTrunc, wrap32 } from "./semantics";

const TSTEPS = 20;

export function seidel2d(A: number[], N: number, tsteps = TSTEPS): void {
  for (let t = 0; t < tsteps; t++)
    for (let i = 1; i < N - 1; i++)
      for (let j = 1; j < N - 1; j++) {
        let sum = 0; // |sum| ≤ 9·2^31 < 2^53: exact as a double
        for (let di = -1; di <= 1; di++) for (let dj = -1; dj <= 1; dj++) sum += A[(i + di) * N + (j + dj)]!;
        A[i * N + j] = wrap32(divTrunc(sum, 9));
      }
}

export const reference: Reference = {
  file: "seidel_2d.py",
  run(inputs) {
    const A = arr(inputs, "A");
    seidel2d(A, dims(inputs, "A")[0]!);
    return { args: { A } };
  },
};
