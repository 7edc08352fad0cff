/** Widths above 52 bits run on the exact BigInt path (DESIGN §5): products, wraps, shifts, floor division. */
import { describe, it, expect } from "vitest";
import { simulate } from "../src/core/api";

const I300 = { kind: "int" as const, signed: true, bits: 300 };
const floorDiv = (x: bigint, y: bigint) => (x % y !== 0n && (x < 0n) !== (y < 0n) ? x / y - 1n : x / y);

describe("wide integers", () => {
  it("multiply into Int(512), wrap into UInt(100), shift and floor-divide in Int(300), exactly", () => {
    const src = [
      "from allo.ir.types import Int, UInt",
      "def k(a: Int(300), b: Int(300)) -> (Int(512), UInt(100), Int(300)):",
      "    p: Int(512) = a * b",
      "    q: UInt(100) = a - b",
      "    r: Int(300) = (a << 250) + b // 3",
      "    return p, q, r",
      "",
    ].join("\n");
    const a = -(2n ** 250n) + 12345n;
    const b = 3n ** 150n;
    const r = simulate(src, { inputs: { a: { type: I300, shape: [], data: [a] }, b: { type: I300, shape: [], data: [b] } } });
    expect(r.diagnostics).toEqual([]);
    expect(r.returns!.map((t) => t.data[0])).toEqual([
      BigInt.asIntN(512, a * b),
      BigInt.asUintN(100, a - b),
      BigInt.asIntN(300, BigInt.asIntN(300, a << 250n) + floorDiv(b, 3n)),
    ]);
  });
  it("accumulates int64 products of int32 arrays without losing bits above 2^53", () => {
    const src = [
      "from allo.ir.types import int32, int64",
      "def k(A: int32[4], B: int32[4]) -> int64:",
      "    s: int64 = 0",
      "    for i in range(4):",
      "        s += A[i] * B[i]",
      "    return s",
      "",
    ].join("\n");
    const A = [2147483647, -2147483648, 123456789, -987654321];
    const B = [2147483647, 2147483647, -1, 77777];
    const I32 = { kind: "int" as const, signed: true, bits: 32 };
    const r = simulate(src, { inputs: { A: { type: I32, shape: [4], data: A }, B: { type: I32, shape: [4], data: B } } });
    expect(r.diagnostics).toEqual([]);
    const exact = A.reduce((s, x, i) => BigInt.asIntN(64, s + BigInt(x) * BigInt(B[i]!)), 0n);
    expect(r.returns![0]!.data[0]).toBe(exact);
  });
});
