/** compose_top.py: E = (A·B)·W in int32, each product exact then every accumulation wrapped to int32. */
import type { Reference } from "./types";
import { arr, dims } from "./semantics";

/** int32 matmul with C semantics of the IR: i32·i32 exact (BigInt), sum exact, store wraps to int32. */
export function matmulI32(A: readonly number[], B: readonly number[], M: number, K: number, N: number): number[] {
  const C = new Array<number>(M * N).fill(0);
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++)
      for (let k = 0; k < K; k++) {
        const s = BigInt(C[i * N + j]!) + BigInt(A[i * K + k]!) * BigInt(B[k * N + j]!);
        C[i * N + j] = Number(BigInt.asIntN(32, s));
      }
  return C;
}

export const reference: Reference = {
  file: "compose_top.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    const W = arr(inputs, "W");
    const [M, K] = dims(inputs, "A") as [number, number];
    const N = dims(inputs, "B")[1]!;
    const D = matmulI32(A, B, M, K, N);
    return { args: { A, B, W }, returns: [matmulI32(D, W, M, N, N)] };
  },
};
