/**
 * df_systolic.py: each compute PE (i, j) accumulates c += a * b over k in float32 (product and sum
 * rounded, k ascending) from the A and B values that reach it through the FIFOs, i.e. C = A·B.
 */
import type { Reference } from "./types";
import { arr, dims } from "./semantics";
import { gemmF32 } from "./gemm";

export const reference: Reference = {
  file: "df_systolic.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    const [M, K] = dims(inputs, "A") as [number, number];
    const N = dims(inputs, "B")[1]!;
    return { args: { A, B, C: gemmF32(A, B, M, K, N) } };
  },
};
