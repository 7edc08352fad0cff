/** mvt.py (float32): x1_out = x1 + A y1 and x2_out = x2 + A_copy^T y2, each accumulated in a scalar, j ascending. */
import type { Reference } from "./types";
import { arr, dims, f32 } from "./semantics";

export function mvt(
  A: readonly number[], Acopy: readonly number[], y1: readonly number[], y2: readonly number[],
  x1: readonly number[], x2: readonly number[], x1Out: number[], x2Out: number[], N: number,
): void {
  for (let i = 0; i < N; i++) {
    let x = x1[i]!;
    for (let j = 0; j < N; j++) x = f32(x + f32(A[i * N + j]! * y1[j]!));
    x1Out[i] = x;
  }
  for (let i = 0; i < N; i++) {
    let x = x2[i]!;
    for (let j = 0; j < N; j++) x = f32(x + f32(Acopy[j * N + i]! * y2[j]!));
    x2Out[i] = x;
  }
}

export const reference: Reference = {
  file: "mvt.py",
  run(inputs) {
    const names = ["A", "A_copy", "y1", "y2", "x1", "x2", "x1_out", "x2_out"] as const;
    const v = Object.fromEntries(names.map((n) => [n, arr(inputs, n)])) as Record<(typeof names)[number], number[]>;
    const N = dims(inputs, "A")[0]!;
    mvt(v.A, v.A_copy, v.y1, v.y2, v.x1, v.x2, v.x1_out, v.x2_out, N);
    return { args: v };
  },
};
