/**
 * fir_fixed.py: raw-integer model. x, h are Fixed(16, 8); x*h is Fixed(32, 16) (exact raw product);
 * acc + x*h is Fixed(33, 16), wrapped to Fixed(32, 16) on the store; y = acc narrows to Fixed(24, 10):
 * floor away 6 fraction bits, wrap to 24 bits.
 */
import type { Reference } from "./types";
import { arr, castFixedRaw, dims, fixed, fixedToRaw, rawToFixed, wrapInt } from "./semantics";

const IN = fixed(16, 8);
const ACC = fixed(32, 16);
const OUT = fixed(24, 10);

/** Real-valued inputs in, real-valued outputs out (the Tensor contract for fixed point). */
export function fir(x: readonly number[], h: readonly number[]): number[] {
  const xr = x.map((v) => fixedToRaw(v, IN));
  const hr = h.map((v) => fixedToRaw(v, IN));
  return xr.map((_, n) => {
    let acc = 0;
    for (let t = 0; t < hr.length; t++) if (n >= t) acc = wrapInt(acc + xr[n - t]! * hr[t]!, ACC.bits);
    return rawToFixed(castFixedRaw(acc, ACC, OUT), OUT);
  });
}

export const reference: Reference = {
  file: "fir_fixed.py",
  run(inputs) {
    const x = arr(inputs, "x");
    const h = arr(inputs, "h");
    if (dims(inputs, "x").length !== 1) throw new Error("fir: x must be 1-d");
    return { args: { x, h }, returns: [fir(x, h)] };
  },
};
