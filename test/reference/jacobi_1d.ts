/** jacobi_1d.py (float32, TSTEPS = 20): B[i] = 0.33333 * ((A[i-1] + A[i]) + A[i+1]), then the same from B into A. */
import type { Reference } from "./types";
import { arr, dims, f32 } from "./semantics";

const TSTEPS = 20;
const C = f32(0.33333);

export function jacobi1d(A: number[], B: number[], N: number, tsteps = TSTEPS): void {
  for (let m = 0; m < tsteps; m++) {
    for (let i = 1; i < N - 1; i++) B[i] = f32(C * f32(f32(A[i - 1]! + A[i]!) + A[i + 1]!));
    for (let i = 1; i < N - 1; i++) A[i] = f32(C * f32(f32(B[i - 1]! + B[i]!) + B[i + 1]!));
  }
}

export const reference: Reference = {
  file: "jacobi_1d.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    jacobi1d(A, B, dims(inputs, "A")[0]!);
    return { args: { A, B } };
  },
};
