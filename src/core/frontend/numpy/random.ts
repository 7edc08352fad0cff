/**
 * `np.random` and `np.random.default_rng`: the same distributions and dtypes as numpy, from our own
 * seeded generator (xoshiro128**). The values are NOT numpy's stream: a script that seeds numpy gets
 * the same numbers on every run here, but not the numbers CPython's numpy would give.
 */
import type { DType } from "./dtype";
import { castTo } from "./dtype";
import { checkedSize, NDArray, NumpyError } from "./ndarray";

export class Generator {
  private s = new Uint32Array(4);
  private spare: number | undefined;
  constructor(seed: number) {
    this.seed(seed);
  }
  seed(seed: number): void {
    // splitmix32 spreads the seed over the state so nearby seeds give unrelated streams
    let x = (Math.trunc(seed) >>> 0) ^ 0x9e3779b9;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
    if (this.s.every((v) => v === 0)) this.s[0] = 1;
    this.spare = undefined;
  }
  private nextU32(): number {
    const s = this.s;
    const r = Math.imul(rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0;
    const t = s[1]! << 9;
    s[2]! ^= s[0]!; s[3]! ^= s[1]!; s[1]! ^= s[2]!; s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return r;
  }
  /** Uniform in [0, 1) with 53 random bits. */
  random(): number {
    return ((this.nextU32() >>> 5) * 67108864 + (this.nextU32() >>> 6)) / 9007199254740992;
  }
  /** Standard normal (Marsaglia polar method). */
  normal(): number {
    if (this.spare !== undefined) {
      const v = this.spare;
      this.spare = undefined;
      return v;
    }
    for (;;) {
      const u = this.random() * 2 - 1;
      const v = this.random() * 2 - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const m = Math.sqrt((-2 * Math.log(s)) / s);
        this.spare = v * m;
        return u * m;
      }
    }
  }
  /** Uniform integer in [lo, hi). */
  integer(lo: number, hi: number): number {
    if (!(hi > lo)) throw new NumpyError("ValueError", `low >= high (low=${lo}, high=${hi})`);
    return lo + Math.floor(this.random() * (hi - lo));
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** An array of `shape` whose elements `draw` makes, converted to `dtype`. */
export function draw(shape: readonly number[], dtype: DType, f: () => number): NDArray {
  const n = checkedSize(shape);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = castTo(dtype, f());
  return new NDArray(dtype, [...shape], out);
}
