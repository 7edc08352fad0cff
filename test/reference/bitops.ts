/** bitops.py: 32-bit reverse, popcount, swap of the two low bytes (high half kept), 8-bit reverse. */
import type { Reference } from "./types";
import { arr, bitReverse, getBits, popcount, setBits } from "./semantics";

export function bitops(A: readonly number[], B: readonly number[]): number[][] {
  const rev = A.map((a) => bitReverse(a, 32));
  const cnt = A.map(popcount);
  const swapped = A.map((a) => {
    let w = 0;
    w = setBits(w, 0, 8, getBits(a, 8, 16));
    w = setBits(w, 8, 16, getBits(a, 0, 8));
    return setBits(w, 16, 32, getBits(a, 16, 32));
  });
  const rev8 = B.map((b) => bitReverse(b, 8));
  return [rev, cnt, swapped, rev8];
}

export const reference: Reference = {
  file: "bitops.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const B = arr(inputs, "B");
    return { args: { A, B }, returns: bitops(A, B) };
  },
};
