import { describe, it, expect } from "vitest";
import * as rt from "./runtime";
import { BF16, BOOL, F16, F32, F64, INDEX, fixedType, intType } from "../types/types";

// ---------------------------------------------------------------------------------------------------------------
// Slow, independent references
// ---------------------------------------------------------------------------------------------------------------

const refWrap = (x: number, bits: number, signed: boolean): number => {
  const b = BigInt(x);
  return Number(signed ? BigInt.asIntN(bits, b) : BigInt.asUintN(bits, b));
};

/** binary16 decode straight from the IEEE definition. */
function refHalf(h: number): number {
  const sign = h >> 15 ? -1 : 1, e = (h >> 10) & 31, m = h & 1023;
  if (e === 31) return m ? NaN : sign * Infinity;
  if (e === 0) return sign * m * Math.pow(2, -24);
  return sign * (1 + m / 1024) * Math.pow(2, e - 15);
}
/** bfloat16 decode: the top half of a float32. */
function refBf16(h: number): number {
  const f = new Float32Array(new Uint32Array([h << 16]).buffer);
  return f[0]!;
}

interface Fmt { values: number[]; patterns: number[]; max: number; overflow: number }
/** Sorted non-negative finite values of a 16-bit format with their bit patterns. */
function table(decode: (h: number) => number): Fmt {
  const values: number[] = [], patterns: number[] = [];
  for (let h = 0; h < 0x8000; h++) {
    const v = decode(h);
    if (Number.isFinite(v)) { values.push(v); patterns.push(h); }
  }
  const n = values.length;
  const max = values[n - 1]!;
  return { values, patterns, max, overflow: max + (max - values[n - 2]!) / 2 };
}
const HALF = table(refHalf);
const BF = table(refBf16);

/** Round to nearest by searching the value table; ties go to the even bit pattern; at or past the overflow
 * threshold → ∞. Distances are exact (Sterbenz) because neighbours are within a factor of two. */
function refRound(x: number, t: Fmt): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x), s = x < 0 || Object.is(x, -0) ? -1 : 1;
  if (a >= t.overflow) return s * Infinity;
  if (a >= t.max) return s * t.max;
  let lo = 0, hi = t.values.length - 1; // values[lo] <= a < values[hi]
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t.values[mid]! <= a) lo = mid; else hi = mid;
  }
  const dl = a - t.values[lo]!, dh = t.values[hi]! - a;
  const pick = dl < dh ? lo : dh < dl ? hi : (t.patterns[lo]! & 1) === 0 ? lo : hi;
  return s * t.values[pick]!;
}

function randomDouble(rng: () => number, minExp: number, maxExp: number): number {
  const e = Math.floor(minExp + rng() * (maxExp - minExp));
  const m = 1 + rng() + rng() * Math.pow(2, -30); // ~53 random bits
  return (rng() < 0.5 ? -1 : 1) * m * Math.pow(2, e);
}

const same = (a: number, b: number): boolean => Object.is(a, b);

/** Collects mismatches so that tight loops make one assertion instead of thousands (expect() is slow). */
class Mismatches {
  readonly items: string[] = [];
  eq(label: string, got: number | bigint | boolean, want: number | bigint | boolean): void {
    if (!Object.is(got, want) && this.items.length < 20) this.items.push(`${label}: got ${got}, want ${want}`);
  }
}

/** x = mant · 2^exp exactly, from the IEEE bits. */
function exactParts(x: number): { mant: bigint; exp: number } {
  const bits = new BigUint64Array(new Float64Array([x]).buffer)[0]!;
  const e = Number((bits >> 52n) & 0x7ffn), f = bits & (2n ** 52n - 1n);
  const m = e === 0 ? f : f | 2n ** 52n;
  return { mant: bits >> 63n ? -m : m, exp: e === 0 ? -1074 : e - 1075 };
}

// ---------------------------------------------------------------------------------------------------------------

describe("integer wrap", () => {
  it("wraps at the boundaries of every width 1..52", () => {
    for (let b = 1; b <= 52; b++) {
      const h = Math.pow(2, b - 1), m = Math.pow(2, b);
      for (const x of [0, 1, -1, h - 1, h, h + 1, -h, -h - 1, m - 1, m, m + 1, -m, 3 * m + 5, -3 * m - 5,
        Math.pow(2, 53) - 1, -(Math.pow(2, 53) - 1)]) {
        expect(rt.wrapS(x, b), `wrapS(${x}, ${b})`).toBe(refWrap(x, b, true));
        expect(rt.wrapU(x, b), `wrapU(${x}, ${b})`).toBe(refWrap(x, b, false));
      }
    }
  });

  it("is exact for integer-valued doubles beyond 2^53 and never returns -0", () => {
    const rng = rt.makeRng(7), bad = new Mismatches();
    for (let i = 0; i < 5000; i++) {
      const x = Math.trunc(randomDouble(rng, 0, 80));
      const b = 1 + Math.floor(rng() * 52);
      bad.eq(`wrapS(${x}, ${b})`, rt.wrapS(x, b), refWrap(x, b, true));
      bad.eq(`wrapU(${x}, ${b})`, rt.wrapU(x, b), refWrap(x, b, false));
    }
    expect(bad.items).toEqual([]);
    expect(same(rt.wrapS(-Math.pow(2, 40), 40), 0)).toBe(true);
    expect(same(rt.wrapU(-Math.pow(2, 40), 40), 0)).toBe(true);
    expect(same(rt.wrapS(-0, 8), 0)).toBe(true);
  });

  it("wraps 8-bit values like NumPy int8", () => {
    expect(rt.wrapS(127 + 1, 8)).toBe(-128);
    expect(rt.wrapS(-129, 8)).toBe(127);
    expect(rt.wrapU(-1, 8)).toBe(255);
    expect(rt.wrapU(256, 8)).toBe(0);
    expect(rt.wrapS(1, 1)).toBe(-1);
    expect(rt.wrapU(3, 1)).toBe(1);
  });

  it("has bigint variants", () => {
    expect(rt.wrapBigS(2n ** 63n, 64)).toBe(-(2n ** 63n));
    expect(rt.wrapBigU(-1n, 100)).toBe(2n ** 100n - 1n);
  });
});

describe("float16 rounding", () => {
  it("decodes and re-encodes all 65536 half bit patterns", () => {
    const bad = new Mismatches();
    for (let h = 0; h < 65536; h++) {
      const v = refHalf(h);
      if (Number.isNaN(v)) {
        bad.eq(`round NaN ${h}`, Number.isNaN(rt.roundF16(v)), true);
        bad.eq(`decode NaN ${h}`, Number.isNaN(rt.f16FromBits(h)), true);
        bad.eq(`encode NaN ${h}`, rt.f16Bits(v), 0x7e00);
        continue;
      }
      bad.eq(`decode ${h}`, rt.f16FromBits(h), v);
      bad.eq(`round ${h}`, rt.roundF16(v), v);
      bad.eq(`encode ${h}`, rt.f16Bits(v), h);
    }
    expect(bad.items).toEqual([]);
  });

  it("rounds every midpoint between neighbours to the even one, and just off it to the nearer one", () => {
    const { values, patterns } = HALF, bad = new Mismatches();
    for (let i = 0; i + 1 < values.length; i++) {
      const lo = values[i]!, hi = values[i + 1]!, mid = (lo + hi) / 2;
      const even = (patterns[i]! & 1) === 0 ? lo : hi;
      bad.eq(`mid ${mid}`, rt.roundF16(mid), even);
      bad.eq(`-mid ${mid}`, rt.roundF16(-mid), -even);
      const eps = mid * Math.pow(2, -40);
      bad.eq(`below ${mid}`, rt.roundF16(mid - eps), lo);
      bad.eq(`above ${mid}`, rt.roundF16(mid + eps), hi);
    }
    expect(bad.items).toEqual([]);
  });

  it("matches the reference on random doubles across the whole range", () => {
    const rng = rt.makeRng(1);
    for (let i = 0; i < 200000; i++) {
      const x = randomDouble(rng, -30, 18);
      const got = rt.roundF16(x), want = refRound(x, HALF);
      if (!same(got, want)) expect(got, `roundF16(${x})`).toBe(want);
    }
  });

  it("handles overflow, underflow, zeros, infinities and NaN", () => {
    expect(rt.roundF16(65504)).toBe(65504);
    expect(rt.roundF16(65519.99)).toBe(65504);
    expect(rt.roundF16(65520)).toBe(Infinity);
    expect(rt.roundF16(-65520)).toBe(-Infinity);
    expect(rt.roundF16(1e300)).toBe(Infinity);
    expect(rt.roundF16(Infinity)).toBe(Infinity);
    expect(rt.roundF16(NaN)).toBeNaN();
    expect(same(rt.roundF16(-0), -0)).toBe(true);
    expect(same(rt.roundF16(Math.pow(2, -25)), 0)).toBe(true); // tie → even (0)
    expect(same(rt.roundF16(-Math.pow(2, -26)), -0)).toBe(true);
    expect(rt.roundF16(Math.pow(2, -25) * 1.0001)).toBe(Math.pow(2, -24));
    expect(rt.roundF16(3 * Math.pow(2, -26))).toBe(Math.pow(2, -24));
    expect(rt.roundF16(5e-324)).toBe(0);
    expect(rt.roundF16(0.1)).toBe(0.0999755859375);
    expect(rt.roundF16(2049)).toBe(2048); // tie → even
    expect(rt.roundF16(2051)).toBe(2052);
  });
});

describe("bfloat16 rounding", () => {
  it("decodes and re-encodes all 65536 bfloat16 bit patterns", () => {
    const bad = new Mismatches();
    for (let h = 0; h < 65536; h++) {
      const v = refBf16(h);
      if (Number.isNaN(v)) {
        bad.eq(`round NaN ${h}`, Number.isNaN(rt.roundBF16(v)), true);
        bad.eq(`encode NaN ${h}`, rt.bf16Bits(v), 0x7fc0);
        continue;
      }
      bad.eq(`decode ${h}`, rt.bf16FromBits(h), v);
      bad.eq(`round ${h}`, rt.roundBF16(v), v);
      bad.eq(`encode ${h}`, rt.bf16Bits(v), h);
    }
    expect(bad.items).toEqual([]);
  });

  it("rounds every midpoint to the even neighbour", () => {
    const { values, patterns } = BF, bad = new Mismatches();
    for (let i = 0; i + 1 < values.length; i++) {
      const lo = values[i]!, hi = values[i + 1]!, mid = (lo + hi) / 2;
      bad.eq(`mid ${mid}`, rt.roundBF16(mid), (patterns[i]! & 1) === 0 ? lo : hi);
    }
    expect(bad.items).toEqual([]);
  });

  it("matches the reference on random doubles, and differs from rounding through float32 where it must", () => {
    const rng = rt.makeRng(2);
    for (let i = 0; i < 200000; i++) {
      const x = randomDouble(rng, -140, 130);
      const got = rt.roundBF16(x), want = refRound(x, BF);
      if (!same(got, want)) expect(got, `roundBF16(${x})`).toBe(want);
    }
    // 1 + 2^-8 + 2^-30: just above a bf16 midpoint, but float32 rounds it onto the midpoint (then ties to even).
    const x = 1 + Math.pow(2, -8) + Math.pow(2, -30);
    expect(rt.roundBF16(x)).toBe(1 + Math.pow(2, -7));
    expect(refBf16(rt.bf16Bits(Math.fround(x)))).toBe(1);
    expect(rt.roundBF16(3.5e38)).toBe(Infinity);
  });
});

describe("roundFloat", () => {
  it("uses Math.fround for float32 and the identity for float64", () => {
    expect(rt.roundFloat(0.1, "f32")).toBe(Math.fround(0.1));
    expect(rt.roundFloat(0.1, "f64")).toBe(0.1);
    expect(rt.roundFloat(0.1, "f16")).toBe(rt.roundF16(0.1));
    expect(rt.roundFloat(0.1, "bf16")).toBe(rt.roundBF16(0.1));
    expect(rt.roundF32(1 / 3)).toBe(Math.fround(1 / 3));
  });
});

describe("float → int", () => {
  it("truncates toward zero, then wraps", () => {
    expect(rt.f2iS(-1.7, 8)).toBe(-1);
    expect(rt.f2iS(1.7, 8)).toBe(1);
    expect(rt.f2iS(200.9, 8)).toBe(-56);
    expect(rt.f2iS(-129.5, 8)).toBe(127);
    expect(rt.f2iU(-1.5, 8)).toBe(255);
    expect(rt.f2iU(-0.5, 8)).toBe(0);
    expect(rt.f2iS(3e9, 32)).toBe(3e9 - 2 ** 32);
    expect(rt.f2iU(3e9, 32)).toBe(3e9);
    expect(rt.f2iS(2 ** 40 + 0.5, 36)).toBe(0);
    expect(rt.f2iS(-(2 ** 35) - 0.75, 36)).toBe(-(2 ** 35));
    expect(rt.f2iBig(-1.5, 64, false)).toBe(2n ** 64n - 1n);
    expect(rt.f2iBig(1e20, 64, true)).toBe(BigInt.asIntN(64, 100000000000000000000n));
  });

  it("maps NaN and ±Infinity to 0", () => {
    for (const b of [8, 32, 40]) {
      for (const x of [NaN, Infinity, -Infinity]) {
        expect(rt.f2iS(x, b)).toBe(0);
        expect(rt.f2iU(x, b)).toBe(0);
        expect(rt.f2iBig(x, b, true)).toBe(0n);
      }
    }
  });

  it("agrees with a bigint reference on random doubles", () => {
    const rng = rt.makeRng(3), bad = new Mismatches();
    for (let i = 0; i < 20000; i++) {
      const x = randomDouble(rng, -2, 70);
      const b = 1 + Math.floor(rng() * 52);
      const t = BigInt(Math.trunc(x));
      bad.eq(`f2iS(${x}, ${b})`, rt.f2iS(x, b), Number(BigInt.asIntN(b, t)));
      bad.eq(`f2iU(${x}, ${b})`, rt.f2iU(x, b), Number(BigInt.asUintN(b, t)));
      bad.eq(`f2iBig(${x}, ${b + 40})`, rt.f2iBig(x, b + 40, true), BigInt.asIntN(b + 40, t));
    }
    expect(bad.items).toEqual([]);
  });
});

/** Exact RNE of a bigint to float32 by comparing the bigint distances to the float32 neighbours. */
function refBigToF32(x: bigint): number {
  if (x < 0n) return -refBigToF32(-x);
  if (x >= 2n ** 128n - 2n ** 103n) return Infinity;
  const f = new Float32Array(3), u = new Uint32Array(f.buffer);
  f[1] = Number(x); // some float32 near x
  u[0] = u[1]! - 1; u[2] = u[1]! + 1;
  let best = -1, bestD = 0n;
  for (let i = 0; i < 3; i++) {
    if (!Number.isFinite(f[i]!)) continue;
    let d = BigInt(f[i]!) - x; if (d < 0n) d = -d;
    if (best < 0 || d < bestD || (d === bestD && (u[i]! & 1) === 0)) { best = i; bestD = d; }
  }
  return f[best]!;
}

describe("int → float", () => {
  it("rounds small ints with one rounding", () => {
    expect(rt.intToFloat(16777217, "f32")).toBe(16777216);
    expect(rt.intToFloat(16777219, "f32")).toBe(16777220);
    expect(rt.intToFloat(2049, "f16")).toBe(2048);
    expect(rt.intToFloat(70000, "f16")).toBe(Infinity);
    expect(rt.intToFloat(257, "bf16")).toBe(256);
    expect(rt.intToFloat(-259, "bf16")).toBe(-260);
  });

  it("rounds bigints once, even where Math.fround(Number(x)) rounds twice", () => {
    const x = 2n ** 60n + 2n ** 36n + 1n; // just above the float32 midpoint; Number(x) lands on the midpoint
    expect(Math.fround(Number(x))).toBe(2 ** 60);
    expect(rt.bigIntToFloat(x, "f32")).toBe(2 ** 60 + 2 ** 37);
    expect(rt.bigIntToFloat(-x, "f32")).toBe(-(2 ** 60 + 2 ** 37));
    expect(rt.bigIntToFloat(2n ** 60n + 2n ** 36n, "f32")).toBe(2 ** 60); // exact tie → even
    expect(rt.bigIntToFloat(2n ** 60n + 3n * 2n ** 36n, "f32")).toBe(2 ** 60 + 2 ** 38); // tie → even (up)
    const y = 2n ** 70n + 2n ** 62n + 1n; // bf16: midpoint is 2^70 + 2^62
    expect(rt.bigIntToFloat(y, "bf16")).toBe(2 ** 70 + 2 ** 63);
    expect(rt.bigIntToFloat(2n ** 60n, "f16")).toBe(Infinity);
    expect(rt.bigIntToFloat(2n ** 128n, "f32")).toBe(Infinity);
    expect(rt.bigIntToFloat(2n ** 128n - 2n ** 104n, "f32")).toBe(3.4028234663852886e38);
    expect(rt.bigIntToFloat(2n ** 1024n, "f64")).toBe(Infinity);
    expect(rt.bigIntToFloat(12345n, "f64")).toBe(12345);
  });

  it("agrees with exact references on random wide ints", () => {
    const rng = rt.makeRng(4), bad = new Mismatches();
    for (let i = 0; i < 5000; i++) {
      const bits = 54 + Math.floor(rng() * 120);
      let x = 0n;
      for (let k = 0; k < bits; k += 30) x = (x << 30n) | BigInt(Math.floor(rng() * 2 ** 30));
      x = BigInt.asIntN(bits, x);
      // Force ties and near-ties now and then: clear or set the bits below float32 precision.
      if (i % 3 === 0) x = (x >> 20n) << 20n;
      bad.eq(`f32 ${x}`, rt.bigIntToFloat(x, "f32"), refBigToF32(x));
      bad.eq(`f64 ${x}`, rt.bigIntToFloat(x, "f64"), Number(x)); // Number(bigint) is correctly rounded
    }
    expect(bad.items).toEqual([]);
  });
});

describe("fixed point", () => {
  it("re-aligns fractional bits: left shift exact, right shift floor, then wraps", () => {
    // Fixed(8,3): 5.375 is raw 43.
    expect(rt.fixedToFixed(43, 3, 8, 1, true)).toBe(10); // 5.0
    expect(rt.fixedToFixed(-43, 3, 8, 1, true)).toBe(-11); // -5.5 (floor), not -5.0
    expect(rt.fixedToFixed(43, 3, 8, 5, true)).toBe(-84); // 172 wraps: -2.625
    expect(rt.fixedToFixed(-43, 3, 16, 3, false)).toBe(65536 - 43);
    expect(rt.fixedToFixed(43, 3, 40, 30, true)).toBe(43 * 2 ** 27);
    expect(rt.fixedToFixed(43, 3, 8, -1, true)).toBe(2); // F < 0: raw = floor(5.375 / 2) = 2 (value 4)
    expect(rt.fixedToFixed(-43, 3, 8, -1, true)).toBe(-3); // floor(-5.375 / 2) = -3 (value -6)
    expect(rt.fixedToFixedBig(-43n, 3, 8, 1, true)).toBe(-11n);
    expect(rt.fixedToFixedBig(43n, 3, 8, 5, true)).toBe(-84n);
    expect(rt.fixedToFixedBig(-43n, 3, 100, 80, true)).toBe(-43n * 2n ** 77n);
  });

  it("converts int → fixed as x·2^F mod 2^W (same as Allo's wrap-then-shift)", () => {
    expect(rt.intToFixed(5, 8, 3, true)).toBe(40);
    expect(rt.intToFixed(100, 8, 3, true)).toBe(32); // 800 mod 256
    expect(rt.intToFixed(-3, 8, 3, false)).toBe(232);
    expect(rt.intToFixedBig(-3n, 70, 60, true)).toBe(-3n * 2n ** 60n);
  });

  it("converts fixed → int by floor, then wraps", () => {
    expect(rt.fixedToInt(43, 3, 8, true)).toBe(5);
    // toward zero, like ap_fixed's C-native conversion: -5.375 → -5
    expect(rt.fixedToInt(-43, 3, 8, true)).toBe(-5);
    expect(rt.fixedToInt(-43, 3, 8, false)).toBe(251);
    expect(rt.fixedToInt(2047, 3, 4, true)).toBe(-1); // 255 → int4
    expect(rt.fixedToIntBig(-43n, 3, 64, true)).toBe(-5n);
  });

  it("converts float → fixed by floor (AP_TRN) and wrap (AP_WRAP)", () => {
    expect(rt.floatToFixed(-5.3, 8, 3, true)).toBe(-43); // -42.4 → -43, where truncation would give -42
    expect(rt.floatToFixed(5.3, 8, 3, true)).toBe(42);
    expect(rt.floatToFixed(15.99, 8, 3, true)).toBe(127);
    expect(rt.floatToFixed(16, 8, 3, true)).toBe(-128);
    expect(rt.floatToFixed(-0.1, 8, 3, false)).toBe(255);
    expect(rt.floatToFixed(NaN, 8, 3, true)).toBe(0);
    expect(rt.floatToFixed(-Infinity, 8, 3, true)).toBe(0);
    expect(rt.floatToFixed(-1e-300, 8, -4, true)).toBe(-1); // floor of a tiny negative is -1
    expect(rt.floatToFixed(-5e-324, 8, -4, true)).toBe(-1); // even when the scaled value underflows
    expect(rt.floatToFixed(1e300, 40, 10, true)).toBe(0);
    expect(rt.floatToFixedBig(-5.3, 64, 3, true)).toBe(-43n);
    expect(rt.floatToFixedBig(1.5, 100, 90, true)).toBe(3n * 2n ** 89n);
    expect(rt.floatToFixedBig(2 ** 1000 + 2 ** 948, 1000, 30, true)).toBe(2n ** 978n); // x·2^F overflows a double
    expect(rt.floatToFixedBig(NaN, 64, 3, true)).toBe(0n);
  });

  it("converts fixed → float with one rounding", () => {
    expect(rt.fixedToFloat(-43, 3, "f32")).toBe(-5.375);
    expect(rt.fixedToFloat(2049 * 8, 3, "f16")).toBe(2048);
    expect(rt.fixedToFloat(1, 30, "f16")).toBe(0); // 2^-30 underflows half
    expect(rt.fixedToFloatBig(-43n, 3, "f64")).toBe(-5.375);
    const x = 2n ** 60n + 2n ** 36n + 1n;
    expect(rt.fixedToFloatBig(x, 40, "f32")).toBe((2 ** 60 + 2 ** 37) / 2 ** 40);
    // Subnormal half results from a wide raw value: quantum 2^-24.
    expect(rt.fixedToFloatBig(5n * 2n ** 60n, 60 + 25, "f16")).toBe(2 ** -23); // 2.5 quanta → 2 (even)
    expect(rt.fixedToFloatBig(5n * 2n ** 60n + 1n, 60 + 25, "f16")).toBe(3 * 2 ** -24);
    expect(rt.fixedToFloatBig(-(5n * 2n ** 60n + 1n), 60 + 25, "f16")).toBe(-3 * 2 ** -24);
    expect(rt.fixedToFloatBig(2n ** 60n, 60 + 30, "f16")).toBe(0);
  });

  it("number and bigint variants agree on random values", () => {
    const rng = rt.makeRng(5), bad = new Mismatches();
    for (let i = 0; i < 20000; i++) {
      const fromW = 1 + Math.floor(rng() * 52), toW = 1 + Math.floor(rng() * 52);
      const fromF = Math.floor(rng() * 20) - 4, toF = Math.floor(rng() * 20) - 4;
      const signed = rng() < 0.5;
      const raw = rt.wrapS(Math.floor(rng() * 2 ** 52) - 2 ** 51, fromW);
      const n = rt.fixedToFixed(raw, fromF, toW, toF, signed);
      const label = `(${raw}, ${fromF}, ${toW}, ${toF}, ${signed})`;
      bad.eq(`fixedToFixed${label}`, BigInt(n), rt.fixedToFixedBig(BigInt(raw), fromF, toW, toF, signed));
      const x = randomDouble(rng, -10, 30);
      bad.eq(`floatToFixed(${x})`, BigInt(rt.floatToFixed(x, toW, toF, signed)), rt.floatToFixedBig(x, toW, toF, signed));
      // floor(x·2^F) checked against a bigint computation from the double's exact bits
      const { mant, exp } = exactParts(x);
      const k = exp + toF;
      const fl = k >= 0 ? mant << BigInt(k) : mant >> BigInt(-k);
      const want = signed ? BigInt.asIntN(toW, fl) : BigInt.asUintN(toW, fl);
      bad.eq(`floatToFixed ref(${x}, ${toW}, ${toF})`, BigInt(rt.floatToFixed(x, toW, toF, signed)), want);
      bad.eq(`fixedToFloat${label}`, rt.fixedToFloatBig(BigInt(raw), fromF, "f32"), rt.fixedToFloat(raw, fromF, "f32"));
    }
    expect(bad.items).toEqual([]);
  });
});

describe("division", () => {
  it("truncates (C) or floors (Python) on negatives", () => {
    expect(rt.divTrunc(-7, 2)).toBe(-3);
    expect(rt.remC(-7, 2)).toBe(-1);
    expect(rt.floorDiv(-7, 2)).toBe(-4);
    expect(rt.floorMod(-7, 2)).toBe(1);
    expect(rt.divTrunc(7, -2)).toBe(-3);
    expect(rt.remC(7, -2)).toBe(1);
    expect(rt.floorDiv(7, -2)).toBe(-4);
    expect(rt.floorMod(7, -2)).toBe(-1);
    expect(rt.floorDiv(-8, 2)).toBe(-4);
    expect(same(rt.divTrunc(-1, 2), 0)).toBe(true);
    expect(same(rt.remC(-4, 2), 0)).toBe(true);
    expect(same(rt.floorMod(-4, 2), 0)).toBe(true);
    expect([rt.divTruncBig(-7n, 2n), rt.remCBig(-7n, 2n), rt.floorDivBig(-7n, 2n), rt.floorModBig(-7n, 2n)])
      .toEqual([-3n, -1n, -4n, 1n]);
    expect([rt.floorDivBig(7n, -2n), rt.floorModBig(7n, -2n), rt.floorDivBig(-8n, 2n)]).toEqual([-4n, -1n, -4n]);
  });

  it("defines x / 0 = 0 and x % 0 = x", () => {
    expect(rt.divTrunc(5, 0)).toBe(0);
    expect(rt.floorDiv(-5, 0)).toBe(0);
    expect(rt.remC(-5, 0)).toBe(-5);
    expect(rt.floorMod(5, 0)).toBe(5);
    expect(rt.divTruncBig(5n, 0n)).toBe(0n);
    expect(rt.floorDivBig(5n, 0n)).toBe(0n);
    expect(rt.remCBig(-5n, 0n)).toBe(-5n);
    expect(rt.floorModBig(-5n, 0n)).toBe(-5n);
  });

  it("is exact up to 2^53 and agrees with the bigint variants", () => {
    const rng = rt.makeRng(6), bad = new Mismatches();
    for (let i = 0; i < 20000; i++) {
      const a = Math.floor((rng() - 0.5) * 2 ** 53);
      const b = Math.floor((rng() - 0.5) * 2 ** Math.floor(rng() * 53)) || 1;
      const A = BigInt(a), B = BigInt(b), l = `(${a}, ${b})`;
      bad.eq(`divTrunc${l}`, BigInt(rt.divTrunc(a, b)), A / B);
      bad.eq(`remC${l}`, BigInt(rt.remC(a, b)), A % B);
      bad.eq(`floorDiv${l}`, BigInt(rt.floorDiv(a, b)), rt.floorDivBig(A, B));
      bad.eq(`floorMod${l}`, BigInt(rt.floorMod(a, b)), rt.floorModBig(A, B));
      bad.eq(`floor identity${l}`, rt.floorDivBig(A, B) * B + rt.floorModBig(A, B), A);
      bad.eq(`floorMod sign${l}`, rt.floorModBig(A, B) === 0n || rt.floorModBig(A, B) < 0n === B < 0n, true);
    }
    expect(bad.items).toEqual([]);
    // Near-integer quotients, where a sloppy division would round across the integer.
    const big = 2 ** 53 - 1;
    expect(rt.divTrunc(big, 3)).toBe(Number(BigInt(big) / 3n));
    expect(rt.floorDiv(-big, 7)).toBe(Number(rt.floorDivBig(BigInt(-big), 7n)));
  });

  it("floors float quotients in the operand format", () => {
    expect(rt.floorDivF(-7, 2)).toBe(-4);
    expect(rt.floorDivF(7.5, 2)).toBe(3);
    expect(rt.floorDivF(-0.5, 4)).toBe(-1);
    expect(rt.floorDivF(1, 0)).toBe(Infinity);
    // 1 / fround(1/3) is 3 − 9e-8 in double, but rounds to 3 in float32 before the floor.
    const third = Math.fround(1 / 3);
    expect(rt.floorDivF(1, third, "f64")).toBe(2);
    expect(rt.floorDivF(1, third, "f32")).toBe(3);
  });
});

describe("bit access", () => {
  it("reads slices with an exclusive upper bound", () => {
    expect(rt.getSlice(0xabcd0123, 28, 32)).toBe(0xa);
    expect(rt.getSlice(0xabcd0123, 0, 32)).toBe(0xabcd0123);
    expect(rt.getSlice(0xabcd0123, 4, 12)).toBe(0x12);
    expect(rt.getSlice(-1, 4, 12)).toBe(0xff);
    expect(rt.getSlice(-(2 ** 40), 36, 48)).toBe(0xff0);
    expect(rt.getSlice(0x12_3456_7890, 32, 40)).toBe(0x12);
    expect(rt.getSlice(5, 3, 3)).toBe(0);
    expect(rt.getSliceBig(0xabcd0123n, 28, 32)).toBe(0xan);
  });

  it("reads and writes single bits", () => {
    expect([0, 1, 2, 3].map((i) => rt.getBit(5, i))).toEqual([1, 0, 1, 0]);
    expect(rt.getBit(-1, 40)).toBe(1);
    expect(rt.getBit(2 ** 40, 40)).toBe(1);
    expect(rt.getBit(2 ** 40, 39)).toBe(0);
    expect(rt.wrapS(rt.setBit(5, 7, 1), 8)).toBe(-123);
    expect(rt.wrapS(rt.setBit(-1, 7, 0), 8)).toBe(127);
    expect(rt.setBit(0, 45, 1)).toBe(2 ** 45);
    expect(rt.getBitBig(-1n, 200)).toBe(1);
    expect(rt.setBitBig(0n, 100, 1)).toBe(2n ** 100n);
    expect(rt.setBitBig(-1n, 0, 0)).toBe(-2n);
  });

  it("writes slices", () => {
    expect(rt.setSlice(0xabcd0123, 28, 32, 0x5)).toBe(0x5bcd0123);
    expect(rt.setSlice(0, 4, 8, -1)).toBe(0xf0);
    expect(rt.wrapS(rt.setSlice(0, 4, 8, 0xf), 8)).toBe(-16);
    expect(rt.setSliceBig(0n, 60, 64, 0xfn)).toBe(0xfn << 60n);
  });

  it("agrees with the bigint variants on random values", () => {
    const rng = rt.makeRng(8), bad = new Mismatches();
    for (let i = 0; i < 20000; i++) {
      const x = Math.floor((rng() - 0.5) * 2 ** 53);
      const lo = Math.floor(rng() * 52), hi = lo + 1 + Math.floor(rng() * (52 - lo));
      const v = Math.floor(rng() * 2 ** 52);
      const X = BigInt(x), l = `(${x}, ${lo}, ${hi})`;
      bad.eq(`getSlice${l}`, BigInt(rt.getSlice(x, lo, hi)), rt.getSliceBig(X, lo, hi));
      bad.eq(`setSlice${l}`, BigInt(rt.setSlice(x, lo, hi, v)), rt.setSliceBig(X, lo, hi, BigInt(v)));
      bad.eq(`getBit${l}`, rt.getBit(x, lo), rt.getBitBig(X, lo));
      bad.eq(`setBit${l}`, BigInt(rt.setBit(x, lo, v)), rt.setBitBig(X, lo, v));
      const bits = 1 + Math.floor(rng() * 52);
      bad.eq(`bitReverse(${x}, ${bits})`, BigInt(rt.bitReverse(x, bits)), rt.bitReverseBig(X, bits));
    }
    expect(bad.items).toEqual([]);
  });

  it("reverses bits", () => {
    expect(rt.bitReverse(1, 8)).toBe(128);
    expect(rt.bitReverse(0b1101, 4)).toBe(0b1011);
    expect(rt.bitReverse(1, 32)).toBe(2 ** 31);
    expect(rt.bitReverse(1, 40)).toBe(2 ** 39);
    expect(rt.bitReverse(2 ** 39, 40)).toBe(1);
    expect(rt.bitReverseBig(1n, 100)).toBe(2n ** 99n);
  });
});

describe("bitcast", () => {
  it("reinterprets 16/32/64-bit patterns", () => {
    expect(rt.bitcastFromFloat(1, "f32")).toBe(0x3f800000);
    expect(rt.bitcastToFloat(0x3f800000, "f32")).toBe(1);
    expect(rt.bitcastToFloat(0xbf800000 | 0, "f32")).toBe(-1); // a negative int32 pattern
    expect(rt.bitcastFromFloat(-2, "f32")).toBe(0xc0000000);
    expect(rt.bitcastFromFloat(1, "f16")).toBe(0x3c00);
    expect(rt.bitcastToFloat(0xc000, "f16")).toBe(-2);
    expect(rt.bitcastToFloat(-16384, "f16")).toBe(-2); // int16 -16384 = 0xc000
    expect(rt.bitcastFromFloat(1, "bf16")).toBe(0x3f80);
    expect(rt.bitcastToFloat(0xbf80, "bf16")).toBe(-1);
    expect(rt.bitcastFromF64(1)).toBe(0x3ff0000000000000n);
    expect(rt.bitcastToF64(0x3ff0000000000000n)).toBe(1);
    expect(rt.bitcastToF64(BigInt.asIntN(64, 0xbff0000000000000n))).toBe(-1);
    expect(rt.bitcastFromF64(-0)).toBe(0x8000000000000000n);
  });

  it("round-trips every float32 pattern class", () => {
    const rng = rt.makeRng(9), bad = new Mismatches();
    for (let i = 0; i < 10000; i++) {
      const u = Math.floor(rng() * 2 ** 32);
      const f = rt.bitcastToFloat(u, "f32");
      if (!Number.isNaN(f)) bad.eq(`${u}`, rt.bitcastFromFloat(f, "f32"), u);
    }
    expect(bad.items).toEqual([]);
  });
});

describe("seeded random values", () => {
  it("is deterministic per seed and uniform in [0, 1)", () => {
    const a = rt.makeRng(42), b = rt.makeRng(42), c = rt.makeRng(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });

  it("covers the full range of narrow ints and a modest range of wide ones", () => {
    const rng = rt.makeRng(10);
    const draw = (t: Parameters<typeof rt.randomValue>[0], n = 20000) =>
      Array.from({ length: n }, () => rt.randomValue(t, rng));
    const i8 = draw(intType(8)) as number[];
    expect(Math.min(...i8)).toBe(-128);
    expect(Math.max(...i8)).toBe(127);
    expect(i8.every(Number.isInteger)).toBe(true);
    const u4 = draw(intType(4, false)) as number[];
    expect(new Set(u4).size).toBe(16);
    expect(new Set(draw(BOOL, 100))).toEqual(new Set([0, 1]));
    const i32 = draw(intType(32)) as number[];
    expect(Math.min(...i32)).toBe(-1000);
    expect(Math.max(...i32)).toBe(1000);
    const u32 = draw(intType(32, false)) as number[];
    expect(Math.min(...u32)).toBe(0);
    expect(Math.max(...u32)).toBe(1000);
    const i64 = draw(intType(64), 100);
    expect(i64.every((v) => typeof v === "bigint" && v >= -1000n && v <= 1000n)).toBe(true);
    const idx = draw(INDEX, 1000) as number[];
    expect(idx.every((v) => Number.isInteger(v) && v >= 0 && v <= 1000)).toBe(true);
  });

  it("draws floats in [-1, 1) rounded to the format", () => {
    const rng = rt.makeRng(11);
    for (const [t, round] of [[F16, rt.roundF16], [BF16, rt.roundBF16], [F32, Math.fround], [F64, (x: number) => x]] as const) {
      const bad = new Mismatches();
      for (let i = 0; i < 2000; i++) {
        const v = rt.randomValue(t, rng) as number;
        bad.eq(`${t.name} ${v} in [-1, 1]`, v >= -1 && v <= 1, true);
        bad.eq(`${t.name} ${v} representable`, round(v), v);
      }
      expect(bad.items).toEqual([]);
    }
  });

  it("draws fixed-point values over the whole range as exact real values", () => {
    const rng = rt.makeRng(12);
    const fx = Array.from({ length: 20000 }, () => rt.randomValue(fixedType(8, 3), rng) as number);
    expect(Math.min(...fx)).toBe(-16);
    expect(Math.max(...fx)).toBe(15.875);
    expect(fx.every((v) => Number.isInteger(v * 8))).toBe(true);
    const ufx = Array.from({ length: 20000 }, () => rt.randomValue(fixedType(8, 3, false), rng) as number);
    expect(Math.min(...ufx)).toBe(0);
    expect(Math.max(...ufx)).toBe(31.875);
    for (let i = 0; i < 1000; i++) {
      const v = rt.randomValue(fixedType(64, 10), rng) as number;
      expect(Number.isInteger(v * 1024)).toBe(true);
      expect(v >= -(2 ** 53) && v < 2 ** 53).toBe(true);
    }
  });
});
