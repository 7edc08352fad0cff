/** aie_producer_consumer.py: B[i, j] = (A[i, j] + 1) * 2 in int32 (wrapping), through one stream. */
import type { Reference } from "./types";
import { arr, mulWrap32, wrapInt } from "./semantics";

export const reference: Reference = {
  file: "aie_producer_consumer.py",
  run(inputs) {
    const A = arr(inputs, "A");
    return { args: { A, B: A.map((a) => mulWrap32(wrapInt(a + 1, 32), 2)) } };
  },
};
