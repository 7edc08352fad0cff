/**
 * syrk.py (float32, alpha = 1.5, beta = 1.2 as float32): C = Cin scaled by beta on the lower triangle,
 * then buffer[i, j] += (alpha * A[i, k]) * A_copy[j, k] for j <= i with loops i, k, j; Cout = buffer.
 */
import type { Reference } from "./types";
import { arr, dims, f32 } from "./semantics";

const ALPHA = f32(1.5);
const BETA = f32(1.2);

export function syrk(A: readonly number[], Acopy: readonly number[], Cin: readonly number[], N: number, M: number): number[] {
  const buf = Cin.map((v, idx) => (idx % N <= Math.floor(idx / N) ? f32(BETA * v) : v));
  for (let i = 0; i < N; i++)
    for (let k = 0; k < M; k++)
      for (let j = 0; j < N; j++)
        if (j <= i) buf[i * N + j] = f32(buf[i * N + j]! + f32(f32(ALPHA * A[i * M + k]!) * Acopy[j * M + k]!));
  return buf;
}

export const reference: Reference = {
  file: "syrk.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const A_copy = arr(inputs, "A_copy");
    const Cin = arr(inputs, "Cin");
    const [N, M] = dims(inputs, "A") as [number, number];
    return { args: { A, A_copy, Cin, Cout: syrk(A, A_copy, Cin, N, M) } };
  },
};
