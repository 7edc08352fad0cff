import { describe, expect, it } from "vitest";
import type { Tensor } from "../api-types";
import { arrayType, BF16, BOOL, F16, F32, F64, fixedType, INDEX, intType, type ScalarType } from "../types/types";
import { float16Bits, float16FromBits, npyToTensor, readNpy, roundBfloat16, writeNpy, type NpyArray, type NpyError } from "./npy";

function hex(s: string): Uint8Array {
  const clean = s.replace(/\s+/g, "");
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function toHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

function ok<T>(v: T): Exclude<T, NpyError> {
  if (typeof v === "object" && v !== null && "error" in v) throw new Error(`unexpected error: ${(v as NpyError).error}`);
  return v as Exclude<T, NpyError>;
}

function errorOf(v: unknown): string {
  if (typeof v === "object" && v !== null && "error" in v) return (v as { error: string }).error;
  throw new Error("expected an error result");
}

// Bytes written by `np.save(f, np.array([[1, -2, 3], [4, 5, -6]], dtype=np.int32))` with numpy 2.4.
const GOLDEN_I32 =
  "934e554d5059010076007b276465736372273a20273c6934272c2027666f727472616e5f6f72646572273a2046616c73652c20" +
  "277368617065273a2028322c2033292c207d20202020202020202020202020202020202020202020202020202020202020202020" +
  "2020202020202020202020202020202020202020202020200a01000000feffffff030000000400000005000000faffffff";
// np.save of np.array(3.5, dtype=np.float16): a 0-d array.
const GOLDEN_F16_SCALAR =
  "934e554d5059010076007b276465736372273a20273c6632272c2027666f727472616e5f6f72646572273a2046616c73652c20" +
  "277368617065273a2028292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020" +
  "20202020202020202020202020202020202020202020200a0043";
// np.save of np.array([7, 65535], dtype=np.uint16).reshape((2,) + (1,) * 25): a header longer than 64 bytes.
const GOLDEN_U16_26D =
  "934e554d50590100b6007b276465736372273a20273c7532272c2027666f727472616e5f6f72646572273a2046616c73652c" +
  "20277368617065273a2028322c20312c20312c20312c20312c20312c20312c20312c20312c20312c20312c20312c20312c20" +
  "312c20312c20312c20312c20312c20312c20312c20312c20312c20312c20312c20312c2031292c207d202020202020202020" +
  "20202020202020202020202020202020202020202020202020202020202020202020202020202020200a0700ffff";
// np.save of np.array([1, 2], dtype='>i2'): big-endian.
const GOLDEN_BE_I16 =
  "934e554d5059010076007b276465736372273a20273e6932272c2027666f727472616e5f6f72646572273a2046616c73652c" +
  "20277368617065273a2028322c292c207d202020202020202020202020202020202020202020202020202020202020202020" +
  "2020202020202020202020202020202020202020202020202020200a00010002";
// np.save of np.arange(6.0).reshape(2, 3, order='F'): fortran_order True.
const GOLDEN_FORTRAN =
  "934e554d5059010076007b276465736372273a20273c6638272c2027666f727472616e5f6f72646572273a20547275652c20" +
  "277368617065273a2028322c2033292c207d2020202020202020202020202020202020202020202020202020202020202020" +
  "2020202020202020202020202020202020202020202020202020200a0000000000000000000000000000f03f000000000000" +
  "0040000000000000084000000000000010400000000000001440";

describe("writeNpy", () => {
  it("matches numpy's bytes for an int32 (2, 3) array", () => {
    const t: Tensor = { type: intType(32), shape: [2, 3], data: [1, -2, 3, 4, 5, -6] };
    expect(toHex(ok(writeNpy(t)))).toBe(GOLDEN_I32);
  });

  it("matches numpy's bytes for a float16 scalar", () => {
    expect(toHex(ok(writeNpy({ type: F16, shape: [], data: [3.5] })))).toBe(GOLDEN_F16_SCALAR);
  });

  it("matches numpy's bytes for a 26-d uint16 array (header past one 64-byte block)", () => {
    const shape = [2, ...new Array<number>(25).fill(1)];
    expect(toHex(ok(writeNpy({ type: intType(16, false), shape, data: [7, 65535] })))).toBe(GOLDEN_U16_26D);
  });

  it("pads every header to a multiple of 64 bytes ending in a newline", () => {
    for (const shape of [[], [1], [7, 3], [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]]) {
      const n = shape.reduce((a, b) => a * b, 1);
      const bytes = ok(writeNpy({ type: intType(8), shape, data: new Array<number>(n).fill(1) }));
      const hlen = bytes[8]! | (bytes[9]! << 8);
      expect((10 + hlen) % 64).toBe(0);
      expect(bytes[10 + hlen - 1]).toBe(0x0a);
      expect(bytes.length).toBe(10 + hlen + n);
    }
  });

  it("uses the smallest standard container for other integer widths", () => {
    const cases: [ScalarType, string][] = [
      [intType(17), "<i4"], [intType(3, false), "|u1"], [intType(33), "<i8"], [intType(1), "|i1"],
      [BOOL, "|b1"], [INDEX, "<i4"], [intType(64, false), "<u8"], [intType(16), "<i2"],
      [fixedType(8, 3), "<f8"], [BF16, "<f4"], [F32, "<f4"], [F64, "<f8"], [F16, "<f2"],
    ];
    for (const [type, descr] of cases) {
      const bytes = ok(writeNpy({ type, shape: [1], data: [0] }));
      const header = new TextDecoder().decode(bytes.subarray(10, 60));
      expect(header).toContain(`'descr': '${descr}'`);
    }
  });

  it("refuses integers wider than 64 bits and data that does not match the shape", () => {
    expect(errorOf(writeNpy({ type: intType(100), shape: [1], data: [0n] }))).toMatch(/Int\(100\).*wider than 64 bits/);
    expect(errorOf(writeNpy({ type: intType(8), shape: [2, 2], data: [1, 2, 3] }))).toMatch(/needs 4 elements but has 3/);
  });
});

describe("readNpy", () => {
  it("reads numpy's files: little- and big-endian, 0-d, 1-element Fortran-order", () => {
    expect(ok(readNpy(hex(GOLDEN_I32)))).toEqual({ dtype: "int32", shape: [2, 3], data: [1, -2, 3, 4, 5, -6] });
    expect(ok(readNpy(hex(GOLDEN_F16_SCALAR)))).toEqual({ dtype: "float16", shape: [], data: [3.5] });
    expect(ok(readNpy(hex(GOLDEN_BE_I16)))).toEqual({ dtype: "int16", shape: [2], data: [1, 2] });
  });

  it("reads v2.0 and v3.0 headers", () => {
    const v1 = hex(GOLDEN_I32);
    const hlen = v1[8]! | (v1[9]! << 8);
    for (const major of [2, 3]) {
      const v = new Uint8Array(v1.length + 2);
      v.set(v1.subarray(0, 8));
      v[6] = major;
      new DataView(v.buffer).setUint32(8, hlen, true);
      v.set(v1.subarray(10), 12);
      expect(ok(readNpy(v)).data).toEqual([1, -2, 3, 4, 5, -6]);
    }
  });

  it("reads int64/uint64 as bigints", () => {
    const big = 2n ** 63n - 5n;
    const bytes = ok(writeNpy({ type: intType(64, false), shape: [2], data: [big, 7n] }));
    expect(ok(readNpy(bytes))).toEqual({ dtype: "uint64", shape: [2], data: [big, 7n] });
  });

  it("explains what is wrong with a bad file", () => {
    expect(errorOf(readNpy(new TextEncoder().encode("hello world, not numpy")))).toMatch(/not a \.npy file/);
    expect(errorOf(readNpy(hex("934e554d5059")))).toMatch(/truncated/);
    const good = hex(GOLDEN_I32);
    expect(errorOf(readNpy(good.subarray(0, 60)))).toMatch(/truncated \(it ends inside the header\)/);
    expect(errorOf(readNpy(good.subarray(0, good.length - 3)))).toMatch(
      /truncated: shape \(2, 3\) of int32 needs 24 data bytes but the file has 21/,
    );
    expect(errorOf(readNpy(hex(GOLDEN_FORTRAN)))).toBe(
      "Fortran-order arrays are not supported; save with np.ascontiguousarray",
    );
    const v9 = good.slice();
    v9[6] = 9;
    expect(errorOf(readNpy(v9))).toMatch(/unsupported \.npy format version 9\.0/);
  });

  it("names unsupported dtypes", () => {
    const withDescr = (descr: string): Uint8Array => {
      const text = `{'descr': '${descr}', 'fortran_order': False, 'shape': (1,), }`;
      const header = text + " ".repeat(64 - ((10 + text.length + 1) % 64)) + "\n";
      const out = new Uint8Array(10 + header.length + 16);
      out.set(hex("934e554d50590100"));
      out[8] = header.length & 0xff;
      out[9] = header.length >> 8;
      for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
      return out;
    };
    expect(errorOf(readNpy(withDescr("<c16")))).toMatch(/unsupported dtype '<c16' \(complex128\)/);
    expect(errorOf(readNpy(withDescr("<U3")))).toMatch(/unsupported dtype '<U3' \(strings\)/);
    expect(errorOf(readNpy(withDescr("|O")))).toMatch(/\(object\)/);
    expect(ok(readNpy(withDescr("<f8"))).data).toEqual([0]);
  });
});

describe("round trips", () => {
  const cases: [string, Tensor][] = [
    ["bool", { type: BOOL, shape: [4], data: [0, 1, 1, 0] }],
    ["int8", { type: intType(8), shape: [2, 2], data: [-128, 127, 0, -1] }],
    ["int16", { type: intType(16), shape: [3], data: [-32768, 32767, 12] }],
    ["int32", { type: intType(32), shape: [2], data: [-(2 ** 31), 2 ** 31 - 1] }],
    ["int64", { type: intType(64), shape: [2], data: [-(2n ** 63n), 2n ** 63n - 1n] }],
    ["uint8", { type: intType(8, false), shape: [2], data: [0, 255] }],
    ["uint16", { type: intType(16, false), shape: [2], data: [0, 65535] }],
    ["uint32", { type: intType(32, false), shape: [2], data: [0, 2 ** 32 - 1] }],
    ["uint64", { type: intType(64, false), shape: [2], data: [0n, 2n ** 64n - 1n] }],
    ["Int(17)", { type: intType(17), shape: [2], data: [-65536, 65535] }],
    ["UInt(3)", { type: intType(3, false), shape: [3], data: [0, 5, 7] }],
    ["Int(40)", { type: intType(40), shape: [2], data: [-(2 ** 39), 2 ** 39 - 1] }],
    ["Int(60)", { type: intType(60), shape: [1], data: [-(2n ** 59n)] }],
    ["index", { type: INDEX, shape: [3], data: [0, 7, -3] }],
    ["float16", { type: F16, shape: [5], data: [0.1005859375, -65504, 2 ** -24, Infinity, -0] }],
    ["bfloat16", { type: BF16, shape: [2], data: [1.5, -3.140625] }],
    ["float32", { type: F32, shape: [2, 1], data: [Math.fround(0.1), Math.fround(-3.3)] }],
    ["float64", { type: F64, shape: [3], data: [0.1, -1e300, 5e-324] }],
    ["Fixed(8, 3)", { type: fixedType(8, 3), shape: [2], data: [-16, 15.875] }],
    ["UFixed(12, 4)", { type: fixedType(12, 4, false), shape: [1], data: [255.9375] }],
    ["scalar int32", { type: intType(32), shape: [], data: [42] }],
  ];
  for (const [name, t] of cases) {
    it(name, () => {
      const npy = ok(readNpy(ok(writeNpy(t))));
      const back = ok(npyToTensor(npy, t.shape.length ? arrayType(t.type, t.shape) : t.type, "x"));
      expect(back.shape).toEqual(t.shape);
      expect(Array.from(back.data as ArrayLike<number | bigint>)).toEqual(Array.from(t.data as ArrayLike<number | bigint>));
    });
  }

  it("float16 encoding rounds to nearest even", () => {
    expect(float16Bits(1 + 2 ** -11)).toBe(0x3c00); // halfway, stays even
    expect(float16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02); // halfway, rounds up to even
    expect(float16Bits(65519)).toBe(0x7bff);
    expect(float16Bits(65520)).toBe(0x7c00);
    expect(float16Bits(2 ** -25)).toBe(0); // halfway to the smallest subnormal: even is 0
    expect(float16Bits(NaN)).toBe(0x7e00);
    expect(float16FromBits(0x3555)).toBeCloseTo(1 / 3, 3);
    for (let h = 0; h < 0x7c00; h += 37) expect(float16Bits(float16FromBits(h))).toBe(h);
  });
});

describe("npyToTensor", () => {
  const arr = (dtype: string, shape: number[], data: number[] | bigint[]): NpyArray => ({ dtype, shape, data });

  it("checks the shape", () => {
    expect(errorOf(npyToTensor(arr("int8", [16, 8], new Array<number>(128).fill(0)), arrayType(intType(8), [16, 16]), "A")))
      .toBe("argument 'A' expects shape (16, 16) but A.npy has shape (16, 8)");
    expect(errorOf(npyToTensor(arr("int32", [1], [3]), intType(32), "n", "data/n.npy")))
      .toBe("argument 'n' expects shape () but data/n.npy has shape (1,)");
  });

  it("checks the dtype and says which to save", () => {
    expect(errorOf(npyToTensor(arr("float32", [16, 16], new Array<number>(256).fill(0)), arrayType(intType(8), [16, 16]), "A")))
      .toBe("argument 'A' is int8[16, 16]; A.npy holds float32 — save it with dtype=np.int8");
    expect(errorOf(npyToTensor(arr("int32", [2], [0, 0]), arrayType(fixedType(8, 3), [2]), "B")))
      .toBe("argument 'B' is Fixed(8, 3)[2]; B.npy holds int32 — save it with dtype=np.float64");
    expect(errorOf(npyToTensor(arr("float64", [2], [0, 0]), arrayType(F32, [2]), "C")))
      .toBe("argument 'C' is float32[2]; C.npy holds float64 — save it with dtype=np.float32");
    expect(errorOf(npyToTensor(arr("int64", [2], [0n, 0n]), arrayType(intType(17), [2]), "D")))
      .toBe("argument 'D' is Int(17)[2]; D.npy holds int64 — save it with dtype=np.int32");
    expect(errorOf(npyToTensor(arr("uint8", [2], [0, 0]), arrayType(BOOL, [2]), "E")))
      .toBe("argument 'E' is bool[2]; E.npy holds uint8 — save it with dtype=np.bool_");
    expect(errorOf(npyToTensor(arr("int64", [1], [0n]), arrayType(intType(100), [1]), "F"))).toMatch(/wider than 64 bits/);
  });

  it("wraps non-standard integer widths like ap_int", () => {
    const t = ok(npyToTensor(arr("int32", [4], [65536, -65537, 131071, 5]), arrayType(intType(17), [4]), "A"));
    expect(t.data).toEqual([-65536, 65535, -1, 5]);
    const u = ok(npyToTensor(arr("uint8", [3], [8, 9, 255]), arrayType(intType(3, false), [3]), "A"));
    expect(u.data).toEqual([0, 1, 7]);
    const w = ok(npyToTensor(arr("int64", [2], [2n ** 40n + 3n, -(2n ** 39n) - 1n]), arrayType(intType(40), [2]), "A"));
    expect(w.data).toEqual([3, 2 ** 39 - 1]);
    const b = ok(npyToTensor(arr("int64", [1], [2n ** 61n + 1n]), arrayType(intType(62), [1]), "A"));
    expect(b.data).toEqual([-(2n ** 61n) + 1n]);
  });

  it("floors fixed-point to its resolution, then wraps", () => {
    // Fixed(8, 3): steps of 1/8, range [-16, 15.875].
    const t = ok(npyToTensor(arr("float64", [6], [-1.3, 1.3, -0.0625, 15.9, 16, -16.0625]), arrayType(fixedType(8, 3), [6]), "A"));
    expect(t.data).toEqual([-1.375, 1.25, -0.125, 15.875, -16, 15.875]);
    const u = ok(npyToTensor(arr("float32", [2], [Math.fround(-0.1), 1.3]), arrayType(fixedType(4, 2, false), [2]), "A"));
    expect(u.data).toEqual([3.75, 1.25]);
    const big = ok(npyToTensor(arr("float64", [1], [1e300]), arrayType(fixedType(16, 4), [1]), "A"));
    expect(big.data).toEqual([0]); // 1e300·16 is a multiple of 2^16
    expect(errorOf(npyToTensor(arr("float64", [1], [NaN]), arrayType(fixedType(8, 3), [1]), "A"))).toMatch(/NaN/);
  });

  it("rounds float32 files to bfloat16", () => {
    const t = ok(npyToTensor(arr("float32", [2], [Math.fround(1.00390625), Math.fround(1.01171875)]), arrayType(BF16, [2]), "A"));
    expect(t.data).toEqual([1, 1.015625]);
    expect(roundBfloat16(3.3)).toBe(3.296875);
  });
});
