/** gemm.py: float32 C[i, j] += A[i, k] * B[k, j], rounding the product and the sum, k ascending. */
import type { Reference } from "./types";
import { arr, dims, f32 } from "./semantics";

export function gemmF32(A: readonly number[], B: readonly number[], M: number, K: number, N: number): number[] {
  const C = new Array<number>(M * N).fill(0);
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++)
      for (let k = 0; k < K; k++) C[i * N + j] = f32(C[i * N + j]! + f32(A[i * K + k]! * B[k * N + j]!));
  return C;
}

export const reference: Reference = {
  file: "gemm.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    const [M, K] = dims(inputs, "A") as [number, number];
    const N = dims(inputs, "B")[1]!;
    // reorder/buffer_at keep each C[i, j]'s k order, so the unscheduled order is the reference.
    return { args: { A, B }, returns: [gemmF32(A, B, M, K, N)] };
  },
};
