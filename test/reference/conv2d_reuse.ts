/** conv2d_reuse.py: 3×3 valid convolution; `v += A·F` wraps to int32 (the int64 product wraps the same mod 2^32). */
import type { Reference } from "./types";
import { arr, dims, mulWrap32, wrap32 } from "./semantics";

export function conv2d(A: readonly number[], F: readonly number[], H: number, W: number): number[] {
  const OH = H - 2, OW = W - 2;
  const B = new Array<number>(OH * OW).fill(0);
  for (let y = 0; y < OH; y++)
    for (let x = 0; x < OW; x++) {
      let v = 0;
      for (let r = 0; r < 3; r++)
        for (let c = 0; c < 3; c++) v = wrap32(v + mulWrap32(A[(y + r) * W + x + c]!, F[r * 3 + c]!));
      B[y * OW + x] = v;
    }
  return B;
}

export const reference: Reference = {
  file: "conv2d_reuse.py",
  run(inputs) {
    const A = arr(inputs, "A");
    const F = arr(inputs, "F");
    const [H, W] = dims(inputs, "A") as [number, number];
    return { args: { A, F }, returns: [conv2d(A, F, H, W)] };
  },
};
