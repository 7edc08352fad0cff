/** jacobi_2d.py (float32, TSTEPS = 20): 5-point average into the other array, summed in source order, times 0.2f. */
import type { Reference } from "./types";
import { arr, dims, f32 } from "./semantics";

const TSTEPS = 20;
const C = f32(0.2);

function sweep(src: readonly number[], dst: number[], N: number): void {
  const at = (i: number, j: number): number => src[i * N + j]!;
  for (let i = 0; i < N - 2; i++)
    for (let j = 0; j < N - 2; j++) {
      let s = f32(at(i, j + 1) + at(i + 1, j));
      s = f32(s + at(i + 1, j + 1));
      s = f32(s + at(i + 1, j + 2));
      s = f32(s + at(i + 2, j + 1));
      dst[(i + 1) * N + (j + 1)] = f32(C * s);
    }
}

export function jacobi2d(A: number[], B: number[], N: number, tsteps = TSTEPS): void {
  for (let m = 0; m < tsteps; m++) {
    sweep(A, B, N);
    sweep(B, A, N);
  }
}

export const reference: Reference = {
  file: "jacobi_2d.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    jacobi2d(A, B, dims(inputs, "A")[0]!);
    return { args: { A, B } };
  },
};
