/**
 * syr2k.py (float32, alpha = 1.5, beta = 1.2 as float32): on the lower triangle, C[i, j] *= beta, then
 * for k ascending C[i, j] += ((A[j, k]·alpha)·B[i, k]) + ((B[j, k]·alpha)·A[i, k]), rounding each operation.
 */
import type { Reference } from "./types";
import { arr, dims, f32 } from "./semantics";

const ALPHA = f32(1.5);
const BETA = f32(1.2);

export function syr2k(A: readonly number[], B: readonly number[], Cin: readonly number[], N: number, M: number): number[] {
  const C = [...Cin];
  for (let i = 0; i < N; i++) {
    for (let j = 0; j <= i; j++) C[i * N + j] = f32(C[i * N + j]! * BETA);
    for (let k = 0; k < M; k++)
      for (let j = 0; j <= i; j++) {
        const t1 = f32(f32(A[j * M + k]! * ALPHA) * B[i * M + k]!);
        const t2 = f32(f32(B[j * M + k]! * ALPHA) * A[i * M + k]!);
        C[i * N + j] = f32(C[i * N + j]! + f32(t1 + t2));
      }
  }
  return C;
}

export const reference: Reference = {
  file: "syr2k.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    const C = arr(inputs, "C");
    const [N, M] = dims(inputs, "A") as [number, number];
    return { args: { A, B, C: syr2k(A, B, C, N, M) } };
  },
};
