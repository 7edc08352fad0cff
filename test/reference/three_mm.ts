/** three_mm.py (float32): output = (A B)(C D), each product accumulated from zero with k ascending. */
import type { Reference } from "./types";
import { arr, dims } from "./semantics";
import { gemmF32 } from "./gemm";

export const reference: Reference = {
  file: "three_mm.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    const C = arr(inputs, "C");
    const D = arr(inputs, "D");
    const [P, Q] = dims(inputs, "A") as [number, number];
    const R = dims(inputs, "B")[1]!;
    const [S, T] = dims(inputs, "D") as [number, number];
    const AB = gemmF32(A, B, P, Q, R);
    const CD = gemmF32(C, D, R, S, T);
    return { args: { A, B, C, D }, returns: [gemmF32(AB, CD, P, R, T)] };
  },
};
