/**
 * The W4A8 GPT-2 block (public/examples/gpt2_w4a8.py) against the same block in float64 on the
 * dequantized weights and input: the simulator's int8 output, dequantized, is within the error that
 * 4-bit weights and 8-bit activations allow. The numbers are the README's quantization error.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/core/api";
import type { Tensor } from "../src/core/api-types";
import { intType, F32 } from "../src/core/types/types";

const SRC = readFileSync(new URL("../public/examples/gpt2_w4a8.py", import.meta.url), "utf8");
const L = 16, D = 64, F = 256;

/** A deterministic pseudo-random real in [-1, 1). */
const wave = (i: number, k: number) => Math.sin(i * 12.9898 + k * 78.233) * 0.999;

/** The float block with H heads; attention scores are divided by `sqrtDh` (√(D / H) in GPT-2). */
function block(x: number[], w: Record<string, number[]>, H: number, sqrtDh = Math.sqrt(D / H)): number[] {
  const Dh = D / H;
  const lin = (X: number[], W: number[], b: number[], K: number, N: number) => {
    const Y = new Array<number>(L * N).fill(0);
    for (let i = 0; i < L; i++) for (let j = 0; j < N; j++) {
      let s = b[j]!;
      for (let k = 0; k < K; k++) s += X[i * K + k]! * W[k * N + j]!;
      Y[i * N + j] = s;
    }
    return Y;
  };
  const ln = (A: number[], B: number[]) => {
    const Y = new Array<number>(L * D).fill(0);
    for (let i = 0; i < L; i++) {
      const r = Array.from({ length: D }, (_, j) => A[i * D + j]! + B[i * D + j]!);
      const m = r.reduce((a, b) => a + b, 0) / D;
      const v = r.reduce((a, b) => a + (b - m) ** 2, 0) / D;
      r.forEach((t, j) => { Y[i * D + j] = (t - m) / Math.sqrt(v + 1e-5); });
    }
    return Y;
  };
  const qkv = lin(x, w.Wqkv!, w.bqkv!, D, 3 * D);
  const att = new Array<number>(L * D).fill(0);
  for (let h = 0; h < H; h++) for (let i = 0; i < L; i++) {
    const s = Array.from({ length: L }, (_, j) => {
      if (j > i) return -Infinity;
      let a = 0;
      for (let d = 0; d < Dh; d++) a += qkv[i * 3 * D + h * Dh + d]! * qkv[j * 3 * D + D + h * Dh + d]!;
      return a / sqrtDh;
    });
    const m = Math.max(...s);
    const e = s.map((t) => Math.exp(t - m));
    const z = e.reduce((a, b) => a + b, 0);
    for (let d = 0; d < Dh; d++) att[i * D + h * Dh + d] = e.reduce((a, p, j) => a + (p / z) * qkv[j * 3 * D + 2 * D + h * Dh + d]!, 0);
  }
  const h1 = ln(x, lin(att, w.Wo!, w.bo!, D, D));
  const g = lin(h1, w.W1!, w.bf1!, D, F).map((v) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3))));
  return ln(h1, lin(g, w.W2!, w.bf2!, F, D));
}

/** The gallery design with H heads, simulated on the test input; its dequantized output and the float block's weights and input. */
function run(H: number) {
  const src = H === 2 ? SRC : SRC.replace(/^L, D, H, F = .*$/m, `L, D, H, F = ${L}, ${D}, ${H}, ${F}`);
  expect(src).toMatch(new RegExp(`^L, D, H, F = ${L}, ${D}, ${H}, ${F}`, "m"));
  const q = (n: number, k: number, scale: number, lo: number, hi: number) => Array.from({ length: n }, (_, i) => Math.max(lo, Math.min(hi, Math.round(wave(i, k) * scale))));
  // The design's constant weights, rebuilt with its weights(n, k, lo, hi): h = (i·7919 + k·104729) mod p,
  // (h² mod p) mod (hi − lo + 1) + lo, p = 65521 (all exact in doubles).
  const weights = (n: number, k: number, lo: number, hi: number) => Array.from({ length: n }, (_, i) => {
    const h = (i * 7919 + k * 104729) % 65521;
    return ((h * h) % 65521) % (hi - lo + 1) + lo;
  });
  const ints: Record<string, number[]> = {
    Wqkv: weights(D * 3 * D, 1, -1, 1), Wo: weights(D * D, 2, -1, 1), W1: weights(D * F, 3, -1, 1), W2: weights(F * D, 4, -1, 1),
    bqkv: weights(3 * D, 5, -8, 8), bo: weights(D, 6, -8, 8), bf1: weights(F, 7, -8, 8), bf2: weights(D, 8, -8, 8),
  };
  const inputs: Record<string, Tensor> = {};
  ints.x = q(L * D, 9, 24, -128, 127);
  inputs.x = { type: intType(8, true), shape: [L, D], data: ints.x };
  for (const n of ["g1", "g2"]) inputs[n] = { type: F32, shape: [D], data: new Array<number>(D).fill(1) };
  for (const n of ["b1", "b2"]) inputs[n] = { type: F32, shape: [D], data: new Array<number>(D).fill(0) };
  const r = simulate(src, { inputs });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const got = Array.from(r.returns![0]!.data as ArrayLike<number>, (v) => Number(v) / 16);
  const real: Record<string, number[]> = {};
  for (const n of ["Wqkv", "Wo", "W1", "W2"]) real[n] = ints[n]!.map((v) => v / 8);
  for (const n of ["bqkv", "bo", "bf1", "bf2"]) real[n] = ints[n]!.map((v) => v / 128);
  return { got, x: ints.x.map((v) => v / 16), real };
}

const errorsOf = (got: number[], want: number[]) => {
  const err = got.map((g, i) => Math.abs(g - want[i]!));
  return { maxErr: Math.max(...err), meanErr: err.reduce((a, b) => a + b, 0) / err.length, maxOut: Math.max(...want.map(Math.abs)) };
};

describe("GPT-2 block, W4A8", () => {
  it("simulates within the quantization error of the float block", () => {
    const H = 2;
    const { got, x, real } = run(H);
    const { maxErr, meanErr, maxOut } = errorsOf(got, block(x, real, H));
    console.log(`W4A8 GPT-2 block (L=${L}, D=${D}, H=${H}, F=${F}): max |error| ${maxErr.toFixed(4)}, mean |error| ${meanErr.toFixed(4)}, max |output| ${maxOut.toFixed(3)}`);
    // LayerNorm outputs are O(1): an int8 step is 1/16; allow a few steps of accumulated error.
    expect(meanErr).toBeLessThan(0.1);
    expect(maxErr).toBeLessThan(0.6);
  }, 120_000);

  it("divides attention scores by √(head dimension) at another head count (4 heads of 16: √16, not the gallery's √32)", () => {
    const H = 4;
    const { got, x, real } = run(H);
    const right = errorsOf(got, block(x, real, H));
    const wrong = errorsOf(got, block(x, real, H, Math.sqrt(32)));
    console.log(`W4A8 GPT-2 block (H=${H}): mean |error| ${right.meanErr.toFixed(4)} against √16 scores, ${wrong.meanErr.toFixed(4)} against √32`);
    expect(right.meanErr).toBeLessThan(0.1);
    expect(right.maxErr).toBeLessThan(0.6);
    expect(right.meanErr).toBeLessThan(wrong.meanErr);
  }, 120_000);
});
