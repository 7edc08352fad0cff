/**
 * Weights kept compact (typed arrays) from a .npy file to the IR: np.load's arrays are packed until a
 * numpy operation reads them, and constant tables / array initializers of more than 4 096 elements
 * hold one typed array. The compact path must give exactly what the per-element path gives: the same
 * printed MLIR, the same simulation, the same exported C++.
 */
import { describe, expect, it } from "vitest";
import { compile, exportProject, simulate } from "../src/core/api";
import { packedInit } from "../src/core/frontend/const-values";
import { NDArray } from "../src/core/frontend/numpy/ndarray";
import { readNpy, readNpyPacked, writeNpy } from "../src/core/sim/npy";
import { F32, F64, I32, intType } from "../src/core/types/types";
import type { Tensor } from "../src/core/api-types";

const N = 8192;

function npy(t: Tensor): Uint8Array {
  const b = writeNpy(t);
  if ("error" in b) throw new Error(b.error);
  return b;
}

// Values that stress the conversions: signed zero, subnormals, values past float32's precision,
// integers outside int8's range (they wrap), negatives (truncation toward zero).
const floats = Array.from({ length: N }, (_, i) => (i === 0 ? -0 : i === 1 ? 1e-40 : i === 2 ? 16777217 : Math.sin(i) * 10 ** ((i % 7) - 3)));
const ints = Array.from({ length: N }, (_, i) => ((i * 7919) % 1000) - 500);
const files = {
  "w.npy": npy({ type: F32, shape: [N], data: floats }),
  "q.npy": npy({ type: I32, shape: [N], data: ints }),
};

/** The kernel reads W as a table and Q through an int8 initializer (wrapping); `load` builds both. */
const design = (load: (f: string) => string) => `import allo
import numpy as np
from allo.ir.types import float32, int8

W = ${load("w.npy")}
Q = ${load("q.npy")}


def kernel(x: float32[${N}]) -> float32[${N}]:
    T: int8[${N}] = Q
    y: float32[${N}] = 0.0
    for i in range(${N}):
        y[i] = x[i] * W[i] + T[i]
    return y
`;
// Packed: straight from the file. Materialized: `* 1` makes the numpy subset read every element.
const packed = design((f) => `np.load("${f}")`);
const materialized = design((f) => `np.load("${f}") * 1`);

describe("weights loaded with np.load stay packed and give the per-element results", () => {
  it("prints the same MLIR (hex float table, int8 initializer) as the materialized arrays", () => {
    const a = compile(packed, { files });
    const b = compile(materialized, { files });
    expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(a.mlir).toBe(b.mlir);
    // MLIR's hex form is the float32 table's little-endian bytes, two uppercase digits each.
    const hex = Buffer.from(new Float32Array(floats).buffer).toString("hex").toUpperCase();
    expect(a.mlir).toContain(`dense<"0x${hex}">`);
  });

  it("simulates the same and wraps the initializer to int8", () => {
    const a = simulate(packed, { files, seed: 3 });
    const b = simulate(materialized, { files, seed: 3 });
    expect(a.returns).toBeDefined();
    const ya = Array.from(a.returns![0]!.data as ArrayLike<number>);
    expect(ya).toEqual(Array.from(b.returns![0]!.data as ArrayLike<number>));
    // x = 0 at no index, so check the int8 wrap through a zero input instead
    const z = simulate(packed, { files, inputs: { x: { type: F32, shape: [N], data: new Array<number>(N).fill(0) } } });
    const wrapped = ints.map((v) => ((((v + 128) % 256) + 256) % 256) - 128);
    expect(Array.from(z.returns![0]!.data as ArrayLike<number>)).toEqual(wrapped);
  });

  it("exports the same HLS C++", () => {
    const a = exportProject(packed, { target: "vhls", files });
    const b = exportProject(materialized, { target: "vhls", files });
    expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(a.files).toEqual(b.files);
  });
});

describe("readNpyPacked", () => {
  const cases: { t: Tensor; dtype: string }[] = [
    { t: { type: F32, shape: [2, 3], data: [1.5, -0, 3e38, -1e-45, 7, 8] }, dtype: "float32" },
    { t: { type: F64, shape: [3], data: [Math.PI, -0, 1e300] }, dtype: "float64" },
    { t: { type: intType(8), shape: [3], data: [-128, 0, 127] }, dtype: "int8" },
    { t: { type: intType(16, false), shape: [2], data: [0, 65535] }, dtype: "uint16" },
    { t: { type: I32, shape: [2], data: [-(2 ** 31), 2 ** 31 - 1] }, dtype: "int32" },
    { t: { type: intType(32, false), shape: [1], data: [2 ** 32 - 1] }, dtype: "uint32" },
    { t: { type: intType(1, false), shape: [3], data: [1, 0, 1] }, dtype: "bool" },
  ];
  for (const { t, dtype } of cases) {
    it(`reads ${dtype} as readNpy does, in either byte order`, () => {
      const bytes = npy(t);
      const plain = readNpy(bytes);
      const p = readNpyPacked(bytes);
      if ("error" in plain || "error" in p) throw new Error("unreadable");
      expect(p.dtype).toBe(dtype);
      expect(p.shape).toEqual(plain.shape);
      expect(Array.from(p.packed!)).toEqual(plain.data);
      // The same file big-endian: the header says '>' and each element's bytes are reversed.
      const size = { float32: 4, float64: 8, int8: 1, uint16: 2, int32: 4, uint32: 4, bool: 1 }[dtype]!;
      if (size === 1) return;
      const big = bytes.slice();
      const hlen = big[8]! | (big[9]! << 8);
      const header = new TextDecoder().decode(big.subarray(10, 10 + hlen)).replace("'<", "'>");
      big.set(new TextEncoder().encode(header), 10);
      for (let i = 10 + hlen; i < big.length; i += size) big.subarray(i, i + size).reverse();
      const pb = readNpyPacked(big);
      if ("error" in pb) throw new Error(pb.error);
      expect(Array.from(pb.packed!)).toEqual(plain.data);
    });
  }

  it("leaves 64-bit integers as bigints (no typed form)", () => {
    const p = readNpyPacked(npy({ type: intType(64), shape: [2], data: [1n, -(2n ** 63n)] }));
    if ("error" in p) throw new Error(p.error);
    expect(p.packed).toBeUndefined();
    expect(p.data).toEqual([1n, -(2n ** 63n)]);
  });
});

describe("NDArray.packed", () => {
  it("materializes on first use of data, and writes from then on do not reach the packed copy", () => {
    const a = NDArray.packed("float32", [2, 2], new Float32Array([1, 2, 3, 4]));
    expect(a.size).toBe(4);
    expect(a.packed).toBeInstanceOf(Float32Array);
    const c = a.copy();
    a.data[0] = 9;
    expect(a.packed).toBeUndefined();
    expect(a.data).toEqual([9, 2, 3, 4]);
    expect(c.data).toEqual([1, 2, 3, 4]);
  });
});

describe("packedInit", () => {
  // The per-element rule (lower.ts's constToElem): NaN and ±Infinity → 0, else truncate toward zero
  // and wrap to the width, exactly (BigInt).
  const reference = (x: number, bits: number, signed: boolean): number => {
    if (!Number.isFinite(x)) return 0;
    const i = BigInt(Math.trunc(x));
    return Number(signed ? BigInt.asIntN(bits, i) : BigInt.asUintN(bits, i));
  };
  const xs = [0, -0, 1, -1, 7, 8, -8, -9, 127, 128, -128, -129, 255, 256, 255.9, -0.5, 0.5, -7.99, 2 ** 31, -(2 ** 31) - 1, 2 ** 40 + 3, -(2 ** 60), 1e300, NaN, Infinity, -Infinity, 65535, 65536, 4294967295];
  const a = new NDArray("float64", [xs.length], xs);
  for (const [bits, signed] of [[4, true], [8, true], [8, false], [1, false], [16, true], [16, false], [32, true], [32, false]] as const) {
    it(`${signed ? "int" : "uint"}${bits}: truncates and wraps as the per-element conversion does`, () => {
      const got = packedInit(a, intType(bits, signed))!;
      expect(Array.from(got as ArrayLike<number>)).toEqual(xs.map((x) => reference(x, bits, signed)));
    });
  }

  it("keeps floats as they are and leaves fixed point and wide integers to the per-element path", () => {
    expect(Array.from(packedInit(a, F32) as ArrayLike<number>)).toEqual(xs);
    expect(packedInit(a, intType(64))).toBeUndefined();
    expect(packedInit(a, { kind: "fixed", bits: 16, frac: 8, signed: true })).toBeUndefined();
  });
});
