/** systolic_16x16.py: the paper's schedule on a 16x16 int8 matmul; the same product as systolic_4x4. */
import type { Reference } from "./types";
import { arr, dims } from "./semantics";
import { systolic } from "./systolic_4x4";

export const reference: Reference = {
  file: "systolic_16x16.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    const [M, K] = dims(inputs, "A") as [number, number];
    const N = dims(inputs, "B")[1]!;
    return { args: { A, B }, returns: [systolic(A, B, M, K, N)] };
  },
};
