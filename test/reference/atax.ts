/** atax.py (float32): out_Ax = A x (from zero), then y[n] += sum_k A[k, n] * out_Ax[k] on the input y. */
import type { Reference } from "./types";
import { arr, dims, f32, zeros } from "./semantics";

export function atax(A: readonly number[], x: readonly number[], y: number[], M: number, N: number): void {
  const outAx = zeros(M);
  for (let m = 0; m < M; m++) for (let r = 0; r < N; r++) outAx[m] = f32(outAx[m]! + f32(A[m * N + r]! * x[r]!));
  for (let n = 0; n < N; n++) for (let k = 0; k < M; k++) y[n] = f32(y[n]! + f32(A[k * N + n]! * outAx[k]!));
}

export const reference: Reference = {
  file: "atax.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const x = arr(inputs, "x");
    const y = arr(inputs, "y");
    const [M, N] = dims(inputs, "A") as [number, number];
    atax(A, x, y, M, N);
    return { args: { A, x, y } };
  },
};
