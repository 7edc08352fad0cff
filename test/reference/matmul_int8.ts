/** matmul_int8.py: int8*int8 is exact (int16 product); `C[i, j] += …` adds in int17 and wraps to int16 per store. */
import type { Reference } from "./types";
import { arr, dims, wrapInt } from "./semantics";

export function matmulInt8(A: readonly number[], B: readonly number[], M: number, K: number, N: number): number[] {
  const C = new Array<number>(M * N).fill(0);
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++)
      for (let k = 0; k < K; k++) C[i * N + j] = wrapInt(C[i * N + j]! + A[i * K + k]! * B[k * N + j]!, 16);
  return C;
}

export const reference: Reference = {
  file: "matmul_int8.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    const [M, K] = dims(inputs, "A") as [number, number];
    const N = dims(inputs, "B")[1]!;
    return { args: { A, B }, returns: [matmulInt8(A, B, M, K, N)] };
  },
};
