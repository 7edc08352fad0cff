/** bicg.py (float32): s[j] += r[i] * A[i, j] (i outer) and q[i] += A_copy[i, j] * p[j], on the input s, q. */
import type { Reference } from "./types";
import { arr, dims, f32 } from "./semantics";

export function bicg(
  A: readonly number[], Acopy: readonly number[], p: readonly number[], r: readonly number[],
  q: number[], s: number[], N: number, M: number,
): void {
  for (let i = 0; i < N; i++) {
    const ri = r[i]!;
    for (let j = 0; j < M; j++) s[j] = f32(s[j]! + f32(ri * A[i * M + j]!));
  }
  for (let i = 0; i < N; i++) for (let j = 0; j < M; j++) q[i] = f32(q[i]! + f32(Acopy[i * M + j]! * p[j]!));
}

export const reference: Reference = {
  file: "bicg.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const A_copy = arr(inputs, "A_copy");
    const p = arr(inputs, "p");
    const r = arr(inputs, "r");
    const q = arr(inputs, "q");
    const s = arr(inputs, "s");
    const [N, M] = dims(inputs, "A") as [number, number];
    bicg(A, A_copy, p, r, q, s, N, M);
    return { args: { A, A_copy, p, r, q, s } };
  },
};
