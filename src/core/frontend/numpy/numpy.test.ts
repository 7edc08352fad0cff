import { describe, expect, it } from "vitest";
import { promote, promoteWeak, castTo } from "./dtype";
import { binary, compare, NDArray, NumpyError, unaryMath } from "./ndarray";
import { concatenate, matmul, pad, reshape, transpose } from "./shape-ops";
import { cumsum, reduce } from "./reduce";
import { getItem, setItem } from "./indexing";
import { arrayRepr, arrayStr } from "./format";
import { compareReport, formatG, toleranceHeader } from "./testing";
import { Generator } from "./random";
import { callNumpy, ndarrayMethod } from "./module";
import type { PyValue } from "../values";

const arr = (dtype: NDArray["dtype"], shape: number[], data: number[]) => NDArray.fromFlat(dtype, shape, data);
const iota = (shape: number[], dtype: NDArray["dtype"] = "int64") => arr(dtype, shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i));

describe("dtype promotion (numpy's result_type, NEP 50)", () => {
  it("promotes arrays by kind and width", () => {
    expect(promote("int8", "uint8")).toBe("int16");
    expect(promote("int32", "float32")).toBe("float64");
    expect(promote("int8", "float16")).toBe("float16");
    expect(promote("int16", "float16")).toBe("float32");
    expect(promote("uint64", "int64")).toBe("float64");
    expect(promote("bool", "uint16")).toBe("uint16");
  });
  it("keeps the array's dtype for Python scalars of the same kind", () => {
    expect(promoteWeak("int8", "int")).toBe("int8");
    expect(promoteWeak("float32", "float")).toBe("float32");
    expect(promoteWeak("int32", "float")).toBe("float64");
    expect(promoteWeak("bool", "int")).toBe("int64");
  });
  it("casts like astype: wraps integers, truncates floats, rounds float16", () => {
    expect(castTo("int8", 300)).toBe(44);
    expect(castTo("uint8", -1)).toBe(255);
    expect(castTo("int32", -2.7)).toBe(-2);
    expect(castTo("float16", 1 / 3)).toBe(0.333251953125);
  });
});

describe("elementwise arithmetic with broadcasting", () => {
  it("wraps int8 arithmetic and promotes mixed integer arrays", () => {
    expect(binary("*", arr("int8", [1], [100]), { weak: "int", v: 3 }).data).toEqual([44]);
    const r = binary("+", arr("int8", [2], [1, 2]), arr("uint8", [1], [1]));
    expect([r.dtype, r.data]).toEqual(["int16", [2, 3]]);
  });
  it("true division of integers gives float64; floor division and modulo follow Python's signs", () => {
    expect(binary("/", arr("int32", [1], [1]), { weak: "int", v: 2 }).dtype).toBe("float64");
    expect(binary("//", arr("int64", [2], [7, -7]), { weak: "int", v: 2 }).data).toEqual([3, -4]);
    expect(binary("%", arr("int64", [2], [7, -7]), { weak: "int", v: 3 }).data).toEqual([1, 2]);
  });
  it("broadcasts a column against a row and rejects incompatible shapes with numpy's message", () => {
    const r = binary("+", iota([3, 1]), iota([4]));
    expect(r.shape).toEqual([3, 4]);
    expect(r.data.slice(4, 8)).toEqual([1, 2, 3, 4]);
    expect(() => binary("+", iota([3]), iota([4]))).toThrow("operands could not be broadcast together with shapes (3,) (4,)");
  });
  it("compares elementwise into bool arrays", () => {
    expect(compare("<", iota([4]), { weak: "int", v: 2 }).data).toEqual([1, 1, 0, 0]);
  });
  it("gives int16 inputs float32 math results", () => {
    const r = unaryMath("exp", arr("int16", [1], [1]));
    expect([r.dtype, r.data[0]]).toEqual(["float32", Math.fround(Math.E)]);
  });
});

describe("shapes, matmul and reductions", () => {
  it("reshapes with -1, transposes with axes, pads and concatenates with promotion", () => {
    expect(reshape(iota([6]), [2, -1]).shape).toEqual([2, 3]);
    expect(transpose(iota([2, 3, 4]), [1, 0, 2]).shape).toEqual([3, 2, 4]);
    expect(transpose(iota([2, 3])).data).toEqual([0, 3, 1, 4, 2, 5]);
    expect(pad(arr("int64", [1, 2], [1, 2]), [[1, 1], [1, 1]], 0).data).toEqual([0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0]);
    const c = concatenate([NDArray.filled("float64", [1, 2], 1), NDArray.filled("int32", [1, 2], 0)], 0);
    expect([c.dtype, c.shape]).toEqual(["float64", [2, 2]]);
  });
  it("multiplies int8 matrices with int8 wraparound, as numpy does", () => {
    const r = matmul(arr("int8", [2, 2], [1, 2, 3, 4]), arr("int8", [2, 2], [100, 1, 1, 100]));
    expect([r.dtype, r.data]).toEqual(["int8", [102, -55, 48, -109]]);
  });
  it("handles 1-D operands of matmul and batch dimensions", () => {
    expect(matmul(iota([3]), iota([3])).shape).toEqual([]);
    expect(matmul(iota([2, 2, 3]), iota([3, 2])).shape).toEqual([2, 2, 2]);
  });
  it("reduces along an axis with numpy's dtypes", () => {
    const a = reshape(iota([6]), [2, 3]);
    expect(reduce("sum", a, 0).data).toEqual([3, 5, 7]);
    const m = reduce("mean", a, 1);
    expect([m.dtype, m.data]).toEqual(["float64", [1, 4]]);
    expect(reduce("sum", arr("int8", [2], [100, 100])).dtype).toBe("int64");
    expect(reduce("argmax", arr("int64", [2, 2], [1, 5, 7, 0]), 1).data).toEqual([1, 0]);
    expect(reduce("max", a, undefined, true).shape).toEqual([1, 1]);
    expect(cumsum(arr("int64", [2, 2], [1, 2, 3, 4]), 1).data).toEqual([1, 3, 3, 7]);
  });
});

describe("indexing", () => {
  const a = reshape(iota([12]), [3, 4]);
  it("slices with steps, selects with masks and keeps dimensions like numpy", () => {
    expect(getItem(a, [{ k: "slice", lo: 1 }, { k: "slice", step: 2 }]).data).toEqual([4, 6, 8, 10]);
    expect(getItem(a, [{ k: "slice" }, { k: "int", v: 1 }]).data).toEqual([1, 5, 9]);
    expect(getItem(a, [{ k: "array", a: compare(">", a, { weak: "int", v: 8 }) }]).data).toEqual([9, 10, 11]);
    expect(getItem(a, [{ k: "int", v: -1 }, { k: "newaxis" }]).shape).toEqual([1, 4]);
    expect(() => getItem(a, [{ k: "int", v: 3 }])).toThrow("index 3 is out of bounds for axis 0 with size 3");
  });
  it("assigns through slices and masks with broadcasting and conversion", () => {
    const b = a.copy();
    setItem(b, [{ k: "slice", lo: 0, hi: 2 }, { k: "int", v: 0 }], arr("float64", [], [7.9]));
    expect([b.data[0], b.data[4], b.data[8]]).toEqual([7, 7, 8]);
    setItem(b, [{ k: "array", a: compare(">", b, { weak: "int", v: 9 }) }], arr("int64", [], [0]));
    expect(b.data.slice(8)).toEqual([8, 9, 0, 0]);
  });
});

describe("printing and assertion reports", () => {
  it("prints like numpy: aligned floats, dtype in repr only where numpy shows it", () => {
    expect(arrayStr(arr("float64", [2, 2], [1.5, 2.25, 3, 4]))).toBe("[[1.5  2.25]\n [3.   4.  ]]");
    expect(arrayRepr(arr("int32", [2], [1, 2]))).toBe("array([1, 2], dtype=int32)");
    expect(arrayRepr(arr("float16", [3], [1 / 3, 2 / 3, 1]))).toBe("array([0.3333, 0.6665, 1.    ], dtype=float16)");
    expect(arrayRepr(iota([2, 2]))).toBe("array([[0, 1],\n       [2, 3]])");
  });
  it("reports mismatches as np.testing does", () => {
    const t = { rtol: 1e-7, atol: 0, equalNan: true };
    const r = compareReport(arr("float32", [3], [1, 2, 4]), arr("int64", [3], [1, 2, 3]), toleranceHeader(t), t);
    expect(r).toBe([
      "", "Not equal to tolerance rtol=1e-07, atol=0", "", "Mismatched elements: 1 / 3 (33.3%)", "Mismatch at index:",
      " [2]: 4.0 (ACTUAL), 3 (DESIRED)", "Max absolute difference among violations: 1.", "Max relative difference among violations: 0.33333333",
      " ACTUAL: array([1., 2., 4.], dtype=float32)", " DESIRED: array([1, 2, 3])",
    ].join("\n"));
    expect(compareReport(iota([2]), iota([2]), "x", t)).toBeUndefined();
    expect(formatG(1e-5)).toBe("1e-05");
    expect(formatG(0.001)).toBe("0.001");
  });
});

describe("np.random", () => {
  it("is deterministic per seed and stays in range", () => {
    const g = new Generator(3);
    const h = new Generator(3);
    const xs = Array.from({ length: 100 }, () => g.integer(-2, 5));
    expect(xs).toEqual(Array.from({ length: 100 }, () => h.integer(-2, 5)));
    expect(Math.min(...xs)).toBe(-2);
    expect(Math.max(...xs)).toBe(4);
    const u = Array.from({ length: 1000 }, () => g.random());
    expect(u.every((x) => x >= 0 && x < 1)).toBe(true);
    const n = Array.from({ length: 4000 }, () => g.normal());
    const mean = n.reduce((a, b) => a + b, 0) / n.length;
    expect(Math.abs(mean)).toBeLessThan(0.1);
  });
  it("raises numpy's errors as NumpyError with the Python type", () => {
    try {
      reshape(iota([6]), [4, -1]);
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(NumpyError);
      expect((e as NumpyError).pyType).toBe("ValueError");
    }
  });
});

describe("np.tile, np.ndindex, np.ascontiguousarray (called as a script calls them)", () => {
  const call = (name: string, ...args: PyValue[]) => callNumpy(`numpy.${name}`, args, new Map());
  const tuple = (...xs: number[]): PyValue => ({ k: "tuple", items: xs.map((x) => ({ k: "int", v: BigInt(x) })) });
  it("tiles along each axis, padding reps and shape with leading ones", () => {
    const t = call("tile", { k: "ndarray", a: arr("int32", [1, 2], [1, 2]) }, tuple(2, 2));
    expect(t.k === "ndarray" && [t.a.shape, t.a.data]).toEqual([[2, 4], [1, 2, 1, 2, 1, 2, 1, 2]]);
    const u = call("tile", { k: "ndarray", a: iota([2, 2]) }, tuple(2, 1, 1));
    expect(u.k === "ndarray" && u.a.shape).toEqual([2, 2, 2]);
  });
  it("lists every index tuple in row-major order", () => {
    const r = call("ndindex", { k: "int", v: 2n }, { k: "int", v: 3n });
    expect(r.k === "list" && r.items.length).toBe(6);
    expect(r.k === "list" && r.items[4]).toEqual(tuple(1, 1));
  });
  it("views the same little-endian bytes as another dtype, resizing the last axis (values from numpy)", () => {
    const x = arr("int8", [2, 4], [1, 2, 3, 4, -1, 0, 127, -128]);
    const v16 = ndarrayMethod(x, "view", [{ k: "builtin", name: "numpy.int16" }], new Map());
    expect(v16.k === "ndarray" && [v16.a.shape, v16.a.data]).toEqual([[2, 2], [513, 1027, 255, -32641]]);
    const f = ndarrayMethod(arr("float32", [2], [1, -2.5]), "view", [{ k: "builtin", name: "numpy.uint32" }], new Map());
    expect(f.k === "ndarray" && f.a.data).toEqual([1065353216, 3223322624]);
  });
  it("sums float32 in float32, pairwise over contiguous elements and one by one across rows (values from numpy 2.4)", () => {
    const data = (n: number) => Array.from({ length: n }, (_, i) => Math.fround(((i * 7919) % 1000) / 997 - 0.4));
    const x9 = arr("float32", [9], data(9));
    expect(reduce("sum", x9).data[0]).toBe(1.499297857284546);
    expect(reduce("mean", x9).data[0]).toBe(0.1665886491537094);
    expect(reduce("std", x9).data[0]).toBe(0.26632755994796753);
    expect(reduce("sum", arr("float64", [9], data(9))).data[0]).toBe(1.4992978796362877);
    const x300 = arr("float32", [300], data(300));
    expect([reduce("sum", x300).data[0], reduce("mean", x300).data[0], reduce("std", x300).data[0]]).toEqual([30.601806640625, 0.10200602561235428, 0.2911202311515808]);
    expect(reduce("sum", arr("float32", [17, 3], data(51)), 0).data).toEqual([0.17291879653930664, 1.80080246925354, 2.4256770610809326]);
  });
  it("holds ml_dtypes.bfloat16 arrays: values round to bfloat16, float16 with bfloat16 promotes to float32", () => {
    const b = castTo("bfloat16", 1.00390625 + 2 ** -9);
    expect(b).toBe(1.0078125);
    expect(promote("bfloat16", "float16")).toBe("float32");
    expect(promote("bfloat16", "float32")).toBe("float32");
    const x = binary("+", arr("bfloat16", [2], [0.1, 3]), { weak: "int", v: 1 });
    expect([x.dtype, x.data]).toEqual(["bfloat16", [1.1015625, 4]]);
  });
  it("wraps wide integer products, powers and shifts before rounding (values from numpy)", () => {
    const a = arr("int32", [3], [2147483647, -2147483648, 123456789]);
    expect(binary("*", a, a).data).toEqual([1, 0, -1757895751]);
    expect(binary("*", arr("uint32", [1], [4294967295]), arr("uint32", [1], [4294967295])).data).toEqual([1]);
    expect(binary("**", arr("int32", [1], [3]), arr("int32", [1], [40])).data).toEqual([689956897]);
    expect(binary("<<", arr("int32", [1], [123456789]), arr("int32", [1], [30])).data).toEqual([1073741824]);
  });
  it("raises on a 64-bit element it cannot hold exactly, instead of rounding it", () => {
    const x = arr("int8", [8], [1, 2, 3, 4, 5, 6, 7, -127]);
    // numpy: -9149337499367964159, which a double rounds to ...4000
    expect(() => ndarrayMethod(x, "view", [{ k: "builtin", name: "numpy.int64" }], new Map())).toThrow(/int64 value -9149337499367964159 is not below 2\*\*53/);
    const small = ndarrayMethod(arr("int8", [8], [1, 2, 3, 4, 5, 6, 7, 0]), "view", [{ k: "builtin", name: "numpy.int64" }], new Map());
    expect(small.k === "ndarray" && small.a.data).toEqual([0x07060504030201]);
    expect(() => call("array", { k: "list", items: [{ k: "int", v: 2n ** 53n + 1n }] }, { k: "builtin", name: "numpy.int64" })).toThrow(/not below 2\*\*53/);
    expect(() => binary("*", arr("int64", [1], [2 ** 40]), arr("int64", [1], [2 ** 20]))).toThrow(/int64 value 1152921504606846976/);
  });
  it("returns a contiguous array as is (every array here is row-major)", () => {
    const r = call("ascontiguousarray", { k: "ndarray", a: iota([3]) });
    expect(r.k === "ndarray" && r.a.data).toEqual([0, 1, 2]);
  });
});
