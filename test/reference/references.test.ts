/**
 * Checks the gallery references themselves (no compiler involved): hand-computed values on tiny inputs,
 * and for integer/fixed kernels a second, differently written formulation (BigInt, whole-sum wrapping, max/min)
 * on random inputs. Also runs every `reference.run` on inputs shaped like its design's parameters.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Tensor } from "../../src/core/api-types";
import type { ScalarType } from "../../src/core/types/types";
import {
  bitReverse, castFixedRaw, divFloor, divTrunc, fixed, getBits, mulWrap32, popcount, remTrunc, setBits, wrapInt,
} from "./semantics";
import { matmulInt8 } from "./matmul_int8";
import { gemmF32 } from "./gemm";
import { atax } from "./atax";
import { bicg } from "./bicg";
import { mvt } from "./mvt";
import { gesummv } from "./gesummv";
import { twoMm } from "./two_mm";
import { reference as threeMmRef } from "./three_mm";
import { jacobi1d } from "./jacobi_1d";
import { jacobi2d } from "./jacobi_2d";
import { seidel2d } from "./seidel_2d";
import { trmm } from "./trmm";
import { symm } from "./symm";
import { syrk } from "./syrk";
import { floydWarshall } from "./floyd_warshall";
import { nussinov } from "./nussinov";
import { fir } from "./fir_fixed";
import { bitops } from "./bitops";
import { multiFunction } from "./multi_function";
import { systolic } from "./systolic_4x4";
import { conv2d } from "./conv2d_reuse";
import { reluScale } from "./df_pipeline";
import { references } from "./index";

/** Small deterministic generator (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const randInts = (r: () => number, n: number, lo: number, hi: number): number[] =>
  Array.from({ length: n }, () => lo + Math.floor(r() * (hi - lo + 1)));

const I32 = 2 ** 31;

describe("semantics helpers", () => {
  it("wrap integers", () => {
    expect(wrapInt(200, 8)).toBe(-56);
    expect(wrapInt(-129, 8)).toBe(127);
    expect(wrapInt(2 ** 31, 32)).toBe(-(2 ** 31));
    expect(wrapInt(-1, 32, false)).toBe(2 ** 32 - 1);
    expect(wrapInt(-1, 8, false)).toBe(255);
    expect(wrapInt(2 ** 40 + 5, 40)).toBe(5);
    expect(wrapInt(2 ** 39, 40)).toBe(-(2 ** 39));
    expect(wrapInt(48387, 16)).toBe(-17149);
    expect(mulWrap32(2 ** 31 - 1, 2)).toBe(-2);
  });
  it("divide like C (and floor for //)", () => {
    expect(divTrunc(-7, 2)).toBe(-3);
    expect(divTrunc(7, -2)).toBe(-3);
    expect(divFloor(-7, 2)).toBe(-4);
    expect(divFloor(7, 2)).toBe(3);
    expect(remTrunc(-7, 2)).toBe(-1);
    expect(divTrunc(-10, 9)).toBe(-1);
  });
  it("bits", () => {
    expect(getBits(0xabcd0123, 28, 32)).toBe(0xa); // Allo test_bitop.py::test_scalar
    expect(setBits(0, 1, 3, 6)).toBe(4); // 6 truncated to the 2-bit field is 0b10
    expect(setBits(0xffffffff, 8, 16, 0)).toBe(0xffff00ff);
    expect(bitReverse(1, 32)).toBe(2 ** 31);
    expect(bitReverse(0b110, 8)).toBe(0b01100000);
    expect(popcount(0xffffffff)).toBe(32);
    expect(popcount(0xabcd0123)).toBe(14);
  });
  it("fixed-point narrowing floors, then wraps", () => {
    expect(castFixedRaw(-1, fixed(32, 16), fixed(24, 10))).toBe(-1); // floor(-1/64), not 0
    expect(castFixedRaw(63, fixed(32, 16), fixed(24, 10))).toBe(0);
    expect(castFixedRaw(2 ** 29, fixed(32, 16), fixed(24, 10))).toBe(-(2 ** 23)); // 2^23 wraps in 24 bits
    expect(castFixedRaw(-3, fixed(8, 3), fixed(16, 5))).toBe(-12);
  });
});

describe("integer kernels: hand values and a second formulation", () => {
  it("matmul_int8", () => {
    expect(matmulInt8([127, 127, 127], [127, 127, 127], 1, 3, 1)).toEqual([-17149]);
    expect(matmulInt8([1, 2, 3, 4], [5, 6, 7, 8], 2, 2, 2)).toEqual([19, 22, 43, 50]);
    const r = rng(7);
    const [M, K, N] = [5, 16, 4];
    const A = randInts(r, M * K, -128, 127);
    const B = randInts(r, K * N, -128, 127);
    const naive: number[] = [];
    for (let i = 0; i < M; i++)
      for (let j = 0; j < N; j++) {
        let s = 0n;
        for (let k = 0; k < K; k++) s += BigInt(A[i * K + k]! * B[k * N + j]!);
        naive.push(Number(BigInt.asIntN(16, s))); // wrapping once at the end equals wrapping per store
      }
    expect(matmulInt8(A, B, M, K, N)).toEqual(naive);
  });

  it("seidel_2d", () => {
    const A = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    seidel2d(A, 3, 1);
    expect(A).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]); // 45 / 9 = 5
    const B = [-1, -1, -1, -1, -2, -1, -1, -1, -1];
    seidel2d(B, 3, 1);
    expect(B[4]).toBe(-1); // -10 / 9 truncates to -1 (floor would give -2)
    const r = rng(3);
    const N = 6;
    const C = randInts(r, N * N, -I32, I32 - 1);
    const D = C.map(BigInt);
    for (let t = 0; t < 3; t++)
      for (let i = 1; i < N - 1; i++)
        for (let j = 1; j < N - 1; j++) {
          let s = 0n;
          for (const di of [-1, 0, 1]) for (const dj of [-1, 0, 1]) s += D[(i + di) * N + j + dj]!;
          D[i * N + j] = BigInt.asIntN(32, s / 9n);
        }
    seidel2d(C, N, 3);
    expect(C).toEqual(D.map(Number));
  });

  it("floyd_warshall", () => {
    const p = [0, 4, 100, 100, 0, 1, 2, 100, 0];
    floydWarshall(p, 3);
    expect(p).toEqual([0, 4, 5, 3, 0, 1, 2, 6, 0]);
    const q = [0, I32 - 1, I32 - 1, 0];
    floydWarshall(q, 2);
    expect(q).toEqual([-2, I32 - 3, I32 - 3, -4]); // (2^31-1)*2 wraps to -2
    const r = rng(11);
    const N = 7;
    const a = randInts(r, N * N, -I32, I32 - 1);
    const b = a.map(BigInt);
    for (let k = 0; k < N; k++)
      for (let i = 0; i < N; i++)
        for (let j = 0; j < N; j++) {
          const s = BigInt.asIntN(32, b[i * N + k]! + b[k * N + j]!);
          b[i * N + j] = b[i * N + j]! < s ? b[i * N + j]! : s;
        }
    floydWarshall(a, N);
    expect(a).toEqual(b.map(Number));
  });

  it("nussinov", () => {
    const t = new Array<number>(9).fill(0);
    nussinov([1, 0, 2], t, 3);
    expect(t).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0]); // seq[0] + seq[2] == 3 pairs (0, 2)
    // Second formulation: PolyBench's max form (Allo's nussinov_np), with int32 wrapping on the sums.
    const polybench = (seq: number[], table: number[], N: number): void => {
      const w = (v: number): number => Number(BigInt.asIntN(32, BigInt(v)));
      const T = (i: number, j: number): number => table[i * N + j]!;
      for (let i = N - 1; i >= 0; i--)
        for (let j = i + 1; j < N; j++) {
          let v = T(i, j);
          if (j - 1 >= 0) v = Math.max(v, T(i, j - 1));
          if (i + 1 < N) v = Math.max(v, T(i + 1, j));
          if (j - 1 >= 0 && i + 1 < N) {
            if (i < j - 1) v = Math.max(v, w(T(i + 1, j - 1) + (w(seq[i]! + seq[j]!) === 3 ? 1 : 0)));
            else v = Math.max(v, T(i + 1, j - 1));
          }
          table[i * N + j] = v;
          for (let k = i + 1; k < j; k++) {
            v = Math.max(v, w(T(i, k) + T(k + 1, j)));
            table[i * N + j] = v;
          }
        }
    };
    const r = rng(5);
    for (const [lo, hi] of [[0, 3], [-I32, I32 - 1]] as const) {
      const N = 9;
      const seq = randInts(r, N, lo, hi);
      const t1 = lo === 0 ? new Array<number>(N * N).fill(0) : randInts(r, N * N, lo, hi);
      const t2 = [...t1];
      nussinov(seq, t1, N);
      polybench(seq, t2, N);
      expect(t1).toEqual(t2);
    }
  });

  it("multi_function", () => {
    expect(multiFunction([1, 2], [3, 4], -3, 2)).toEqual({ pre: [0, -2], dif: [0, -2], C: [3, 5] });
    // (2^31-1) % 3 = 1 and -2^31 % 3 = -2 (C sign); d = 0
    expect(multiFunction([I32 - 1, -I32], [0, 0], 2, 2)).toEqual({ pre: [-2, -2], dif: [-2, 2], C: [1, -2] });
    // d = -1: -1 // 4 = -1 (floor), -1 % 3 = -1
    expect(multiFunction([-1, 0], [1, 0], 0, 2)).toEqual({ pre: [1, 1], dif: [1, -1], C: [-2, 0] });
    const r = rng(9);
    const N = 8;
    const A = randInts(r, N, -I32, I32 - 1);
    const B = randInts(r, N, -I32, I32 - 1);
    const k = -123457;
    const w = (v: bigint): number => Number(BigInt.asIntN(32, v));
    const tmp = A.map((a, i) => w(BigInt(a) * BigInt(k) + BigInt(B[i]!)));
    const pre = tmp.map((_, i) => w(tmp.slice(0, i + 1).reduce((s, v) => s + BigInt(v), 0n)));
    const dif = tmp.map((v, i) => (i === 0 ? v : w(BigInt(v) - BigInt(tmp[i - 1]!))));
    const d = w(A.reduce((s, a, i) => s + BigInt(a) * BigInt(B[i]!), 0n));
    const floorDiv = (a: bigint, b: bigint): bigint => (a % b !== 0n && a < 0n !== b < 0n ? a / b - 1n : a / b);
    const C = A.map((a, i) => w(floorDiv(BigInt(d) + BigInt(i), 4n) + (BigInt(a) % 3n)));
    expect(multiFunction(A, B, k, N)).toEqual({ pre, dif, C });
  });

  it("bitops", () => {
    const [rev, cnt, swapped, rev8] = bitops([0x00000001, 0xabcd0123], [0b110, 1]);
    expect(rev).toEqual([2 ** 31, 0xc480b3d5]);
    expect(cnt).toEqual([1, 14]);
    expect(swapped).toEqual([0x100, 0xabcd2301]);
    expect(rev8).toEqual([0b01100000, 128]);
    const r = rng(13);
    const A = randInts(r, 32, 0, 2 ** 32 - 1);
    const B = randInts(r, 32, 0, 255);
    const strRev = (v: number, bits: number): number =>
      parseInt(v.toString(2).padStart(bits, "0").split("").reverse().join(""), 2);
    const [r1, c1, s1, r8] = bitops(A, B);
    expect(r1).toEqual(A.map((a) => strRev(a, 32)));
    expect(c1).toEqual(A.map((a) => a.toString(2).split("").filter((c) => c === "1").length));
    expect(s1).toEqual(A.map((a) => ((a & 0xffff0000) >>> 0) + ((a & 0xff) << 8) + ((a >>> 8) & 0xff)));
    expect(r8).toEqual(B.map((b) => strRev(b, 8)));
  });

  it("fir_fixed", () => {
    expect(fir([1.0, -0.5, 0.25], [0.5, 0.5])).toEqual([0.5, 0.25, -0.125]);
    expect(fir([-1 / 256], [1 / 256])).toEqual([-1 / 1024]); // AP_TRN floors toward -inf
    const big = 32767 / 256;
    const y = fir(new Array<number>(8).fill(big), new Array<number>(8).fill(big));
    expect(y[0]).toBe(-1); // 32767^2 = 64 * 16776192 + 1; raw 16776192 wraps in 24 bits to -1024
    expect(y[1]).toBe(-2);
    expect(y[7]).toBe(-8); // 8 products wrap the 32-bit accumulator
    // Second formulation: BigInt, one wrap of the whole sum, arithmetic shift for the floor.
    const r = rng(17);
    const N = 20;
    const TAPS = 8;
    const xr = randInts(r, N, -32768, 32767);
    const hr = randInts(r, TAPS, -32768, 32767);
    const want = xr.map((_, n) => {
      let s = 0n;
      for (let t = 0; t <= Math.min(n, TAPS - 1); t++) s += BigInt(xr[n - t]!) * BigInt(hr[t]!);
      return Number(BigInt.asIntN(24, BigInt.asIntN(32, s) >> 6n)) / 1024;
    });
    expect(fir(xr.map((v) => v / 256), hr.map((v) => v / 256))).toEqual(want);
  });
});

describe("float32 kernels: hand values", () => {
  it("gemm rounds after every operation", () => {
    // In doubles 1 + 2^-24 + 2^-24 is 1 + 2^-23; in float32 each 1 + 2^-24 ties back to 1.
    expect(gemmF32([1, 1, 1], [1, 2 ** -24, 2 ** -24], 1, 3, 1)).toEqual([1]);
    expect(gemmF32([1, 2, 3, 4], [5, 6, 7, 8], 2, 2, 2)).toEqual([19, 22, 43, 50]);
  });
  it("atax", () => {
    const y = [1, -1];
    atax([1, 2, 3, 4], [1, 1], y, 2, 2);
    expect(y).toEqual([25, 33]);
  });
  it("bicg", () => {
    const q = [10, 0];
    const s = [0, 0, 0];
    bicg([1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6], [1, 0, -1], [1, 2], q, s, 2, 3);
    expect(s).toEqual([9, 12, 15]);
    expect(q).toEqual([8, -2]);
  });
  it("mvt", () => {
    const x1o = [0, 0];
    const x2o = [0, 0];
    mvt([1, 2, 3, 4], [1, 2, 3, 4], [1, 1], [1, 0], [0.5, 0], [0, 0], x1o, x2o, 2);
    expect(x1o).toEqual([3.5, 7]);
    expect(x2o).toEqual([1, 2]);
  });
  it("gesummv", () => {
    const [y] = gesummv([2], [3], [4], 1);
    expect(y).toBeCloseTo(2, 6);
    expect(y).toBe(Math.fround(y!));
  });
  it("two_mm and three_mm", () => {
    // 24 * 0.5 = 12; 10 * 0.1f = 1.0000000149 rounds to 1 in float32.
    expect(twoMm([2], [3], [4], [10], 1, 1, 1, 1)).toEqual([13]);
    const t = (data: number[], shape: number[]): Tensor => ({ type: { kind: "float", name: "f32", bits: 32 }, shape, data });
    const out = threeMmRef.run({
      A: t([1, 0, 0, 1], [2, 2]), B: t([1, 2, 3, 4], [2, 2]), C: t([0, 1, 1, 0], [2, 2]), D: t([1, 0, 0, 1], [2, 2]),
    });
    expect(out.returns?.[0]).toEqual([2, 1, 4, 3]);
  });
  it("jacobi_1d and jacobi_2d", () => {
    const A = [3, 6, 9];
    const B = [0, 0, 0];
    jacobi1d(A, B, 3, 1);
    expect(B[1]).toBeCloseTo(5.99994, 5);
    expect(A[1]).toBeCloseTo(5.99994 * 0.33333, 5);
    const P = new Array<number>(9).fill(1);
    const Q = new Array<number>(9).fill(0);
    jacobi2d(P, Q, 3, 1);
    expect(Q[4]).toBe(1); // 5 * 0.2f = 1.0000000149 rounds to 1
    expect(P[4]).toBe(Math.fround(0.2));
    expect(P[0]).toBe(1);
  });
  it("trmm", () => {
    const B = [1, 3];
    trmm([9, 9, 2, 9], B, 2, 1);
    expect(B).toEqual([10.5, 4.5]);
  });
  it("symm", () => {
    const C = [1, 1];
    symm([1, 0, 2, 3], [1, 0, 2, 3], [1, 4], [1, 4], C, 2, 1);
    expect(C[0]).toBeCloseTo(14.7, 5);
    expect(C[1]).toBeCloseTo(22.2, 5);
  });
  it("syrk", () => {
    const out = syrk([1, 2], [1, 2], [1, 1, 1, 1], 2, 1);
    expect(out[0]).toBeCloseTo(2.7, 6);
    expect(out[1]).toBe(1);
    expect(out[2]).toBeCloseTo(4.2, 6);
    expect(out[3]).toBeCloseTo(7.2, 6);
  });
});

describe("PE-grid and reuse-buffer designs", () => {
  it("systolic_4x4: the PE grid computes the same int16-wrapped product as matmul_int8", () => {
    const r = rng(7);
    const A = randInts(r, 16, -128, 127), B = randInts(r, 16, -128, 127);
    expect(systolic(A, B, 4, 4, 4)).toEqual(matmulInt8(A, B, 4, 4, 4));
    expect(systolic([127, 127, 127, 127], [127, 127, 127, 127], 1, 4, 1)).toEqual([((4 * 127 * 127 + 32768) % 65536) - 32768]);
  });
  it("df_pipeline: ReLU then scale, wrapping like int32", () => {
    expect(reluScale([-5, 0, 7, 2 ** 30], 3)).toEqual([0, 0, 21, wrapInt(3 * 2 ** 30, 32)]);
  });
  it("conv2d_reuse: 3×3 valid convolution by hand", () => {
    const A = Array.from({ length: 16 }, (_, i) => i); // 4×4, rows 0..3, 4..7, …
    const F = [0, 0, 0, 0, 1, 0, 0, 0, 0]; // picks the centre pixel
    expect(conv2d(A, F, 4, 4)).toEqual([5, 6, 9, 10]);
    expect(conv2d(new Array(16).fill(1), new Array(9).fill(2), 4, 4)).toEqual([18, 18, 18, 18]);
  });
});

// ------------------------------------------------------------- every reference.run on design-shaped inputs

type P = [string, ScalarType, number[]];
const f32t: ScalarType = { kind: "float", name: "f32", bits: 32 };
const int = (bits: number, signed = true): ScalarType => ({ kind: "int", signed, bits });
const fx: ScalarType = { kind: "fixed", signed: true, bits: 16, frac: 8 };

/** Top-function parameters of each design as written in public/examples (names, types, shapes). */
const PARAMS: Record<string, { params: P[]; returns: number }> = {
  "matmul_int8.py": { params: [["A", int(8), [16, 16]], ["B", int(8), [16, 16]]], returns: 1 },
  "gemm.py": { params: [["A", f32t, [32, 32]], ["B", f32t, [32, 32]]], returns: 1 },
  "atax.py": { params: [["A", f32t, [16, 20]], ["x", f32t, [20]], ["y", f32t, [20]]], returns: 0 },
  "bicg.py": {
    params: [["A", f32t, [20, 16]], ["A_copy", f32t, [20, 16]], ["p", f32t, [16]], ["r", f32t, [20]], ["q", f32t, [20]], ["s", f32t, [16]]],
    returns: 0,
  },
  "mvt.py": {
    params: ["A", "A_copy", "y1", "y2", "x1", "x2", "x1_out", "x2_out"].map((n): P => [n, f32t, n.startsWith("A") ? [24, 24] : [24]]),
    returns: 0,
  },
  "gesummv.py": { params: [["A", f32t, [24, 24]], ["B", f32t, [24, 24]], ["x", f32t, [24]], ["y", f32t, [24]]], returns: 0 },
  "two_mm.py": { params: [["A", f32t, [16, 22]], ["B", f32t, [22, 18]], ["C", f32t, [18, 24]], ["D", f32t, [16, 24]]], returns: 1 },
  "three_mm.py": { params: [["A", f32t, [16, 20]], ["B", f32t, [20, 18]], ["C", f32t, [18, 24]], ["D", f32t, [24, 22]]], returns: 1 },
  "jacobi_1d.py": { params: [["A", f32t, [30]], ["B", f32t, [30]]], returns: 0 },
  "jacobi_2d.py": { params: [["A", f32t, [30, 30]], ["B", f32t, [30, 30]]], returns: 0 },
  "seidel_2d.py": { params: [["A", int(32), [40, 40]]], returns: 0 },
  "trmm.py": { params: [["A", f32t, [16, 16]], ["B", f32t, [16, 20]]], returns: 0 },
  "symm.py": {
    params: [["A0", f32t, [16, 16]], ["A1", f32t, [16, 16]], ["B0", f32t, [16, 24]], ["B1", f32t, [16, 24]], ["C", f32t, [16, 24]]],
    returns: 0,
  },
  "syrk.py": { params: [["A", f32t, [20, 16]], ["A_copy", f32t, [20, 16]], ["Cin", f32t, [20, 20]], ["Cout", f32t, [20, 20]]], returns: 0 },
  "floyd_warshall.py": { params: [["path", int(32), [20, 20]]], returns: 0 },
  "nussinov.py": { params: [["seq", int(32), [24]], ["table", int(32), [24, 24]]], returns: 0 },
  "fir_fixed.py": { params: [["x", fx, [32]], ["h", fx, [8]]], returns: 1 },
  "bitops.py": { params: [["A", int(32, false), [16]], ["B", int(8, false), [16]]], returns: 4 },
  "multi_function.py": { params: [["A", int(32), [16]], ["B", int(32), [16]], ["k", int(32), []], ["C", int(32), [16]]], returns: 2 },
  "systolic_4x4.py": { params: [["A", int(8), [4, 4]], ["B", int(8), [4, 4]]], returns: 1 },
  "systolic_16x16.py": { params: [["A", int(8), [16, 16]], ["B", int(8), [16, 16]]], returns: 1 },
  "syr2k.py": { params: [["A", f32t, [20, 16]], ["B", f32t, [20, 16]], ["C", f32t, [20, 20]]], returns: 0 },
  "compose_top.py": { params: [["A", int(32), [16, 16]], ["B", int(32), [16, 16]], ["W", int(32), [16, 16]]], returns: 1 },
  "conv2d_reuse.py": { params: [["A", int(32), [10, 10]], ["F", int(32), [3, 3]]], returns: 1 },
  "df_pipeline.py": { params: [["A", int(32), [16, 16]], ["B", int(32), [16, 16]]], returns: 0 },
  "df_systolic.py": { params: [["A", f32t, [4, 4]], ["B", f32t, [4, 4]], ["C", f32t, [4, 4]]], returns: 0 },
  "aie_vector_add.py": { params: [["A", int(32), [1024]], ["B", int(32), [1024]], ["C", int(32), [1024]]], returns: 0 },
  "aie_producer_consumer.py": { params: [["A", int(32), [16, 16]], ["B", int(32), [16, 16]]], returns: 0 },
  "aie_gemm_4.py": { params: [["A", int(16), [64, 64]], ["B", int(16), [64, 64]], ["C", int(32), [64, 64]]], returns: 0 },
  "aie_gemm_16.py": { params: [["A", int(16), [64, 64]], ["B", int(16), [64, 64]], ["C", int(32), [64, 64]]], returns: 0 },
  "aie_layernorm.py": { params: [["X", f32t, [16, 64]], ["GB", f32t, [2, 64]], ["Y", f32t, [16, 64]]], returns: 0 },
  "gpt2_w4a8.py": {
    params: [
      ["x", int(8), [16, 64]], ["g1", f32t, [64]], ["b1", f32t, [64]], ["g2", f32t, [64]], ["b2", f32t, [64]],
    ],
    returns: 1,
  },
};

function randomValue(r: () => number, t: ScalarType): number {
  switch (t.kind) {
    case "float": return Math.fround(r() * 2 - 1);
    case "fixed": return (Math.floor(r() * 2 ** t.bits) - (t.signed ? 2 ** (t.bits - 1) : 0)) / 2 ** t.frac;
    case "int": return Math.floor(r() * 2 ** t.bits) - (t.signed ? 2 ** (t.bits - 1) : 0);
    case "index": return Math.floor(r() * 100);
  }
}

describe("every reference runs on design-shaped inputs", () => {
  for (const ref of references) {
    it(ref.file, () => {
      const spec = PARAMS[ref.file];
      expect(spec, `add ${ref.file} to PARAMS`).toBeDefined();
      const source = readFileSync(new URL(`../../public/examples/${ref.file}`, import.meta.url), "utf8");
      const r = rng(1);
      const inputs: Record<string, Tensor> = {};
      for (const [name, type, shape] of spec!.params) {
        expect(source, `${ref.file} has a parameter ${name}`).toMatch(new RegExp(`\\b${name}: `));
        const n = shape.reduce((a, b) => a * b, 1);
        inputs[name] = ref.inputs?.[name] ?? { type, shape, data: Array.from({ length: n }, () => randomValue(r, type)) };
      }
      const before = JSON.stringify(inputs);
      const out = ref.run(inputs);
      expect(JSON.stringify(inputs), "run must not mutate its inputs").toBe(before);
      expect(out.returns ?? []).toHaveLength(spec!.returns);
      for (const [name, v] of Object.entries(out.args ?? {})) {
        expect(inputs[name], `argument ${name} is a parameter`).toBeDefined();
        expect(v.length).toBe(Math.max(1, inputs[name]!.shape.reduce((a, b) => a * b, 1)));
        for (const x of Array.from(v as ArrayLike<number>)) expect(Number.isFinite(x)).toBe(true);
      }
    });
  }
});
