/** df_pipeline.py: B[i, j] = max(A[i, j], 0) * 3 in int32 (wrapping), streamed through two FIFOs. */
import type { Reference } from "./types";
import { arr, mulWrap32 } from "./semantics";

export function reluScale(A: readonly number[], scale: number): number[] {
  return A.map((v) => mulWrap32(Math.max(v, 0), scale));
}

export const reference: Reference = {
  file: "df_pipeline.py",
  run(inputs) {
    const A = arr(inputs, "A");
    return { args: { A, B: reluScale(A, 3) } };
  },
};
