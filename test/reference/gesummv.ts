/**
 * gesummv.py (float32): tmp = A x, yy = B x (both from zero, j ascending), y = alpha*tmp + beta*yy with
 * alpha = beta = 0.1 as float32 constants. The input y is overwritten, never read.
 */
import type { Reference } from "./types";
import { arr, dims, f32, zeros } from "./semantics";

const ALPHA = f32(0.1);
const BETA = f32(0.1);

export function gesummv(A: readonly number[], B: readonly number[], x: readonly number[], N: number): number[] {
  const tt = zeros(N);
  const yy = zeros(N);
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      tt[i] = f32(tt[i]! + f32(A[i * N + j]! * x[j]!));
      yy[i] = f32(yy[i]! + f32(B[i * N + j]! * x[j]!));
    }
  return tt.map((t, i) => f32(f32(ALPHA * t) + f32(BETA * yy[i]!)));
}

export const reference: Reference = {
  file: "gesummv.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    const x = arr(inputs, "x");
    const N = dims(inputs, "A")[0]!;
    return { args: { A, B, x, y: gesummv(A, B, x, N) } };
  },
};
