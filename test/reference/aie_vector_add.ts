/** aie_vector_add.py: C[i] = A[i] + B[i] in int32 (wrapping). */
import type { Reference } from "./types";
import { arr, wrapInt } from "./semantics";

export const reference: Reference = {
  file: "aie_vector_add.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    return { args: { A, B, C: A.map((a, i) => wrapInt(a + B[i]!, 32)) } };
  },
};
