/**
 * Gallery acceptance: every design in public/examples simulates (seed 1) to exactly what its independent
 * reference in test/reference computes from the same inputs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/core/api";
import type { Tensor } from "../src/core/api-types";
import { references } from "./reference/index";
import type { Values } from "./reference/types";

const examplesDir = new URL("../public/examples/", import.meta.url);

function values(v: Values): (number | bigint)[] {
  return Array.from(v as ArrayLike<number | bigint>);
}

function expectClose(label: string, actual: Tensor | undefined, expected: Values, tolerance: number): void {
  expect(actual, `${label} missing from the result`).toBeDefined();
  const got = values(actual!.data);
  const want = values(expected);
  if (tolerance === 0) {
    // toEqual distinguishes -0 from 0 and treats NaN as equal to NaN: bit-exact for our purposes.
    expect(got, label).toEqual(want);
    return;
  }
  expect(got.length, `${label} length`).toBe(want.length);
  got.forEach((g, i) => {
    expect(Math.abs(Number(g) - Number(want[i])), `${label}[${i}]`).toBeLessThanOrEqual(tolerance);
  });
}

describe("gallery", () => {
  it("every public/examples design has a reference", () => {
    const files = readdirSync(examplesDir).filter((f) => f.endsWith(".py")).sort();
    expect(references.map((r) => r.file).sort()).toEqual(files);
  });

  for (const ref of references) {
    it(`${ref.file} matches its reference`, () => {
      const source = readFileSync(new URL(ref.file, examplesDir), "utf8");
      const result = simulate(source, { seed: 1, ...(ref.inputs ? { inputs: ref.inputs } : {}) });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.inputs).toBeDefined();
      const expected = ref.run({ ...result.inputs! });
      // All references compute in the kernel's exact operation order, so floats are compared exactly too.
      const tolerance = ref.tolerance ?? 0;
      for (const [name, want] of Object.entries(expected.args ?? {}))
        expectClose(`${ref.file}: argument ${name}`, result.args?.[name], want, tolerance);
      const returns = expected.returns ?? [];
      expect(result.returns ?? [], `${ref.file}: number of returns`).toHaveLength(returns.length);
      returns.forEach((want, i) => expectClose(`${ref.file}: return ${i}`, result.returns?.[i], want, tolerance));
    });
  }
});
