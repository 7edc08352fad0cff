import { describe, expect, it } from "vitest";
import { reuseUnchanged, sameValue } from "./reuseUnchanged";

const node = (id: string, x: number, label = id) => ({ id, position: { x, y: 0 }, data: { label, ranges: [{ from: 1, to: 2 }] } });

describe("reuseUnchanged", () => {
  it("returns the previous list itself when every item is equal in value", () => {
    const prev = [node("a", 0), node("b", 10)];
    const next = [node("a", 0), node("b", 10)];
    expect(reuseUnchanged(prev, next)).toBe(prev);
  });

  it("keeps the previous objects of unchanged items and takes the changed ones", () => {
    const prev = [node("a", 0), node("b", 10), node("c", 20)];
    const next = [node("a", 0), node("b", 11), node("c", 20, "C")];
    const out = reuseUnchanged(prev, next);
    expect(out).not.toBe(prev);
    expect(out[0]).toBe(prev[0]);
    expect(out[1]).toBe(next[1]);
    expect(out[2]).toBe(next[2]);
  });

  it("follows the new order, additions and removals", () => {
    const prev = [node("a", 0), node("b", 10)];
    const reordered = reuseUnchanged(prev, [node("b", 10), node("a", 0)]);
    expect(reordered).not.toBe(prev);
    expect(reordered).toEqual([prev[1], prev[0]]);
    expect(reordered[0]).toBe(prev[1]);
    const grown = reuseUnchanged(prev, [node("a", 0), node("b", 10), node("c", 5)]);
    expect(grown.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(grown[0]).toBe(prev[0]);
    expect(reuseUnchanged(prev, [node("a", 0)])).toEqual([prev[0]]);
  });
});

describe("sameValue", () => {
  it("compares plain data deeply", () => {
    expect(sameValue({ a: [1, { b: "x" }], c: null }, { a: [1, { b: "x" }], c: null })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameValue([1], { 0: 1, length: 1 })).toBe(false);
    expect(sameValue(NaN, NaN)).toBe(true);
    expect(sameValue(0, "0")).toBe(false);
  });
});
