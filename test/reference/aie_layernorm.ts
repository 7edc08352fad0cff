/** aie_layernorm.py: per row, y = (x - mean) * (1 / sqrt(var + 1e-5)) * GB[0] + GB[1], float32 rounding every operation in source order. */
import type { Reference } from "./types";
import { arr } from "./semantics";

const f = Math.fround;

export const reference: Reference = {
  file: "aie_layernorm.py",
  run(inputs) {
    const X = arr(inputs, "X");
    const GB = arr(inputs, "GB");
    const R = 16, D = 64;
    const Y = new Array<number>(R * D);
    for (let r = 0; r < R; r++) {
      let total = 0;
      for (let d = 0; d < D; d++) total = f(total + X[r * D + d]!);
      const mean = f(total / D);
      let sq = 0;
      for (let d = 0; d < D; d++) {
        const diff = f(X[r * D + d]! - mean);
        sq = f(sq + f(diff * diff));
      }
      const inv = f(1 / f(Math.sqrt(f(f(sq / D) + f(0.00001)))));
      for (let d = 0; d < D; d++) Y[r * D + d] = f(f(f(f(X[r * D + d]! - mean) * inv) * GB[d]!) + GB[D + d]!);
    }
    return { args: { X, GB, Y } };
  },
};
