/** systolic_4x4.py: the PE grid computes C = A·B with int8 products (exact in int16) accumulated and wrapped to int16. */
import type { Reference } from "./types";
import { arr, dims, wrapInt } from "./semantics";

export function systolic(A: readonly number[], B: readonly number[], M: number, K: number, N: number): number[] {
  const C = new Array<number>(M * N).fill(0);
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++) {
      let acc = 0;
      for (let k = 0; k < K; k++) acc = wrapInt(acc + A[i * K + k]! * B[k * N + j]!, 16);
      C[i * N + j] = acc;
    }
  return C;
}

export const reference: Reference = {
  file: "systolic_4x4.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    const [M, K] = dims(inputs, "A") as [number, number];
    const N = dims(inputs, "B")[1]!;
    return { args: { A, B }, returns: [systolic(A, B, M, K, N)] };
  },
};
