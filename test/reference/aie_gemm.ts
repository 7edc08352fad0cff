/** aie_gemm_4.py / aie_gemm_16.py: C = A @ B with int16 inputs and an int32 accumulator that wraps, k ascending. */
import type { Reference } from "./types";
import { arr, wrapInt } from "./semantics";

function gemmI32(A: readonly number[], B: readonly number[], n: number): number[] {
  const C = new Array<number>(n * n).fill(0);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let acc = 0;
      for (let k = 0; k < n; k++) acc = wrapInt(acc + A[i * n + k]! * B[k * n + j]!, 32);
      C[i * n + j] = acc;
    }
  return C;
}

function gemmReference(file: string): Reference {
  return {
    file,
    run(inputs) {
      const A = arr(inputs, "A");
      const B = arr(inputs, "B");
      return { args: { A, B, C: gemmI32(A, B, 64) } };
    },
  };
}

export const reference4 = gemmReference("aie_gemm_4.py");
export const reference16 = gemmReference("aie_gemm_16.py");
