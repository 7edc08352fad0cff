/**
 * trmm.py (float32): S0 first: B[i, j] += A[k, i] * B[k, j] for k > i (i, j, k ascending, in place);
 * then S1: B *= alpha with alpha = 1.5 (exact in float32).
 */
import type { Reference } from "./types";
import { arr, dims, f32 } from "./semantics";

const ALPHA = f32(1.5);

export function trmm(A: readonly number[], B: number[], M: number, N: number): void {
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++)
      for (let k = 0; k < M; k++)
        if (k > i) B[i * N + j] = f32(B[i * N + j]! + f32(A[k * M + i]! * B[k * N + j]!));
  for (let i = 0; i < M * N; i++) B[i] = f32(B[i]! * ALPHA);
}

export const reference: Reference = {
  file: "trmm.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    const [M, N] = dims(inputs, "B") as [number, number];
    trmm(A, B, M, N);
    return { args: { A, B } };
  },
};
