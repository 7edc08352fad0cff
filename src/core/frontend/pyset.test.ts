import { describe, expect, it } from "vitest";
import { newSet, setItems } from "./pyset";
import type { PyValue } from "./values";

const at = { from: 0, to: 0 };
const ints = (xs: (number | bigint)[]): PyValue[] => xs.map((x) => ({ k: "int", v: BigInt(x) }));
const order = (xs: (number | bigint)[]) => setItems(newSet(ints(xs), at)).map((x) => (x.k === "int" ? x.v : undefined));

describe("sets iterate in CPython's order (expected values printed by CPython 3.11)", () => {
  it("orders small ints by hash slot", () => {
    expect(order([10, 3, 8])).toEqual([8n, 10n, 3n]);
    expect(order([0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77])).toEqual([0n, 35n, 70n, 7n, 42n, 77n, 14n, 49n, 21n, 56n, 28n, 63n].map(BigInt));
    expect(order([-1, -2, 5, 100, 33])).toEqual([33n, 100n, 5n, -2n, -1n]);
  });
  it("sorts 1..20 inserted backwards (the table grows past them)", () => {
    expect(order(Array.from({ length: 20 }, (_, i) => 20 - i))).toEqual(Array.from({ length: 20 }, (_, i) => BigInt(i + 1)));
  });
  it("handles hashes beyond the table (2**40, 2**61 wraps to 1)", () => {
    expect(order([2n ** 40n, 7, 2n ** 61n, -5])).toEqual([2n ** 40n, 2n ** 61n, -5n, 7n]);
  });
  it("treats 1, 1.0 and True as one item", () => {
    const s = newSet([{ k: "int", v: 1n }, { k: "float", v: 1 }, { k: "bool", v: true }], at);
    expect(s.items.size).toBe(1);
  });
});
