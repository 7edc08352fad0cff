/** nussinov.py (int32): a line-by-line transcription of the kernel; sums wrap to int32 on their typed stores. */
import type { Reference } from "./types";
import { arr, dims, wrap32 } from "./semantics";

export function nussinov(seq: readonly number[], table: number[], N: number): void {
  const at = (i: number, j: number): number => table[i * N + j]!;
  const set = (i: number, j: number, v: number): void => {
    table[i * N + j] = v;
  };
  for (let iInv = 0; iInv < N; iInv++) {
    const i = N - 1 - iInv;
    for (let j = i + 1; j < N; j++) {
      if (j - 1 >= 0 && at(i, j) < at(i, j - 1)) set(i, j, at(i, j - 1));
      if (i + 1 < N && at(i, j) < at(i + 1, j)) set(i, j, at(i + 1, j));
      if (j - 1 >= 0 && i + 1 < N) {
        if (i < j - 1) {
          const w = wrap32(seq[i]! + seq[j]!);
          const match = w === 3 ? 1 : 0;
          const s2 = wrap32(at(i + 1, j - 1) + match);
          if (at(i, j) < s2) set(i, j, s2);
        } else if (at(i, j) < at(i + 1, j - 1)) {
          set(i, j, at(i + 1, j - 1));
        }
      }
      for (let k = i + 1; k < j; k++) {
        const s3 = wrap32(at(i, k) + at(k + 1, j));
        if (at(i, j) < s3) set(i, j, s3);
      }
    }
  }
}

export const reference: Reference = {
  file: "nussinov.py",
  run(inputs) {
    const seq = arr(inputs, "seq");
    const table = arr(inputs, "table");
    nussinov(seq, table, dims(inputs, "seq")[0]!);
    return { args: { seq, table } };
  },
};
