/** two_mm.py (float32): output = ((A B) C) * beta + D * alpha, alpha = 0.1 and beta = 0.5 as float32 constants. */
import type { Reference } from "./types";
import { arr, dims, f32 } from "./semantics";
import { gemmF32 } from "./gemm";

const ALPHA = f32(0.1);
const BETA = f32(0.5);

export function twoMm(
  A: readonly number[], B: readonly number[], C: readonly number[], D: readonly number[],
  P: number, Q: number, R: number, S: number,
): number[] {
  const AB = gemmF32(A, B, P, Q, R);
  const ABC = gemmF32(AB, C, P, R, S);
  return ABC.map((v, i) => f32(f32(v * BETA) + f32(D[i]! * ALPHA)));
}

export const reference: Reference = {
  file: "two_mm.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    const C = arr(inputs, "C");
    const D = arr(inputs, "D");
    const [P, Q] = dims(inputs, "A") as [number, number];
    const [R, S] = dims(inputs, "C") as [number, number];
    return { args: { A, B, C, D }, returns: [twoMm(A, B, C, D, P, Q, R, S)] };
  },
};
