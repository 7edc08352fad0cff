/** floyd_warshall.py (int32): path_ = path[i, k] + path[k, j] wrapped to int32; keep it when path[i, j] >= path_. */
import type { Reference } from "./types";
import { arr, dims, wrap32 } from "./semantics";

export function floydWarshall(path: number[], N: number): void {
  for (let k = 0; k < N; k++)
    for (let i = 0; i < N; i++)
      for (let j = 0; j < N; j++) {
        const p = wrap32(path[i * N + k]! + path[k * N + j]!);
        if (path[i * N + j]! >= p) path[i * N + j] = p;
      }
}

export const reference: Reference = {
  file: "floyd_warshall.py",
  run(inputs) {
    const path = arr(inputs, "path");
    floydWarshall(path, dims(inputs, "path")[0]!);
    return { args: { path } };
  },
};
