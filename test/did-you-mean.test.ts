/** "Did you mean" for keyword arguments and module members: marked at the bad token, with the fix when certain. */
import { describe, expect, it } from "vitest";
import { compile } from "../src/core/api";

const design = (schedule: string, body = "    for i, j in allo.grid(4, 4):\n        B[i, j] = A[i, j] + 1", header = "") => `import allo
from allo.ir.types import int32
${header}

def k(A: int32[4, 4]) -> int32[4, 4]:
    B: int32[4, 4] = 0
${body}
    return B


s = allo.customize(k)
${schedule}
`;

/** The errors of `src`, each with the text it marks and its fix applied. */
function errors(src: string) {
  return compile(src).diagnostics.filter((d) => d.severity === "error").map((d) => ({
    message: d.message,
    marked: src.slice(d.range.from, d.range.to),
    fixed: d.fix ? src.slice(0, d.fix.range.from) + d.fix.text + src.slice(d.fix.range.to) : undefined,
  }));
}

describe("keyword arguments of schedule primitives", () => {
  it("s.unroll(\"j\", factr=4): marked at factr, fixed to factor (it was silently a full unroll)", () => {
    const src = design('s.unroll("j", factr=2)');
    const [e, ...rest] = errors(src);
    expect(rest).toEqual([]);
    expect(e!.message).toMatch(/unroll\(\) got an unexpected keyword argument 'factr'; did you mean 'factor'\?/);
    expect(e!.marked).toBe("factr");
    expect(e!.fixed).toBe(design('s.unroll("j", factor=2)'));
    expect(errors(e!.fixed!)).toEqual([]);
  });

  it("a misspelled partition_type is fixed; an unknown keyword far from any says what the primitive takes, without a fix", () => {
    const src = design("s.partition(s.A, partiton_type=allo.Partition.Cyclic, dim=1, factor=2)");
    expect(errors(src)[0]!.fixed).toBe(design("s.partition(s.A, partition_type=allo.Partition.Cyclic, dim=1, factor=2)"));
    const [far] = errors(design('s.split("j", factor=2, bogus=1)'));
    expect(far!.message).toContain("it takes axis=, factor=");
    expect(far!.marked).toBe("bogus");
    expect(far!.fixed).toBeUndefined();
  });

  it("every keyword the gallery's primitives use is known", () => {
    expect(errors(design('s.pipeline("j", initiation_interval=2, rewind=True)\ns.split(axis="i", factor=2)'))).toEqual([]);
  });

  it("an inline loop keyword of allo.grid is marked at the keyword, fixed to name", () => {
    const src = design("", '    for i, j in allo.grid(4, 4, nme="PE"):\n        B[i, j] = A[i, j] + 1');
    const [e] = errors(src);
    expect(e!.marked).toBe("nme");
    expect(e!.fixed).toBe(design("", '    for i, j in allo.grid(4, 4, name="PE"):\n        B[i, j] = A[i, j] + 1'));
  });
});

describe("module members", () => {
  it("allo.grdi → grid, at grdi", () => {
    const src = design("", "    for i, j in allo.grdi(4, 4):\n        B[i, j] = A[i, j] + 1");
    const [e] = errors(src);
    expect(e!.message).toBe("module 'allo' has no attribute 'grdi'; did you mean 'grid'?");
    expect(e!.marked).toBe("grdi");
    expect(errors(e!.fixed!)).toEqual([]);
  });

  it("allo.Partition.Cylic → Cyclic, and allo.custmize → customize", () => {
    expect(errors(design("s.partition(s.A, partition_type=allo.Partition.Cylic, dim=1, factor=2)"))[0]!.fixed)
      .toBe(design("s.partition(s.A, partition_type=allo.Partition.Cyclic, dim=1, factor=2)"));
    const src = design("").replace("allo.customize(k)", "allo.custmize(k)");
    expect(errors(src)[0]!.marked).toBe("custmize");
    expect(errors(src)[0]!.fixed).toBe(design(""));
  });

  it("from allo import dsl: dsl.grid is allo.grid, dsl.exx → exp", () => {
    const header = "from allo import dsl\n";
    expect(errors(design("", "    for i, j in dsl.grid(4, 4):\n        B[i, j] = A[i, j] + 1", header))).toEqual([]);
    const src = design("", "    for i, j in dsl.grid(4, 4):\n        B[i, j] = dsl.exx(A[i, j])", header);
    const [e] = errors(src);
    expect(e!.message).toBe("module 'allo.dsl' has no attribute 'exx'; did you mean 'exp'?");
    expect(e!.marked).toBe("exx");
    expect(e!.fixed).toBe(design("", "    for i, j in dsl.grid(4, 4):\n        B[i, j] = dsl.exp(A[i, j])", header));
  });

  it("a misspelled import names the member meant, with the fix", () => {
    const src = design("").replace("import int32", "import int32, flot32");
    const [e] = errors(src);
    expect(e!.marked).toBe("flot32");
    expect(e!.fixed).toBe(design("").replace("import int32", "import int32, float32"));
  });
});
