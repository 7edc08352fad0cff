/**
 * symm.py (float32, alpha = 1.5, beta = 1.2 as float32): summ from A0/B0, then update_C on A1/B1/C.
 * Python's left-to-right evaluation: `C + alpha * B * A` is C + ((alpha*B)*A), and
 * `beta*C + alpha*B*A + alpha*summ` is ((beta*C) + ((alpha*B)*A)) + (alpha*summ).
 */
import type { Reference } from "./types";
import { arr, dims, f32, zeros } from "./semantics";

const ALPHA = f32(1.5);
const BETA = f32(1.2);

export function symm(
  A0: readonly number[], A1: readonly number[], B0: readonly number[], B1: readonly number[],
  C: number[], M: number, N: number,
): void {
  const summ = zeros(M * N);
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++)
      for (let k = 0; k < M; k++)
        if (k < i) summ[i * N + j] = f32(summ[i * N + j]! + f32(B0[k * N + j]! * A0[i * M + k]!));
  for (let i = 0; i < M; i++) {
    for (let k = 0; k < i; k++)
      for (let j = 0; j < N; j++)
        C[k * N + j] = f32(C[k * N + j]! + f32(f32(ALPHA * B1[i * N + j]!) * A1[i * M + k]!));
    for (let j = 0; j < N; j++) {
      const t1 = f32(BETA * C[i * N + j]!);
      const t2 = f32(f32(ALPHA * B1[i * N + j]!) * A1[i * M + i]!);
      const t3 = f32(ALPHA * summ[i * N + j]!);
      C[i * N + j] = f32(f32(t1 + t2) + t3);
    }
  }
}

export const reference: Reference = {
  file: "symm.py",
  run(inputs) {
    const A0 = arr(inputs, "A0");
    const A1 = arr(inputs, "A1");
    const B0 = arr(inputs, "B0");
    const B1 = arr(inputs, "B1");
    const C = arr(inputs, "C");
    const [M, N] = dims(inputs, "C") as [number, number];
    symm(A0, A1, B0, B1, C, M, N);
    return { args: { A0, A1, B0, B1, C } };
  },
};
