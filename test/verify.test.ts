/**
 * The equivalence checker on Allo's own verifier cases (tests/test_verify.py, tutorial dive_05_verifier):
 * `allo.verify(a, b)` in design files is True exactly when the schedules are proved equivalent, and
 * `verify()` gives one verdict per step with counterexamples the simulator reproduces.
 */
import { describe, expect, it } from "vitest";
import { compile, simulate, verify } from "../src/core/api";
import type { Diagnostic } from "../src/core/diagnostics";

const HEAD = `import allo
from allo.ir.types import int32, float32
`;

const GEMM = `
def gemm(A: float32[8, 8], B: float32[8, 8]) -> float32[8, 8]:
    C: float32[8, 8] = 0
    for i, j, k in allo.grid(8, 8, 8, name="C"):
        C[i, j] += A[i, k] * B[k, j]
    return C
`;

/** The diagnostics `allo.verify` left at its calls, in order: true when proved. */
function verifyCalls(source: string): { ok: boolean; message: string }[] {
  const r = compile(source);
  const errors = r.diagnostics.filter((d) => d.severity === "error");
  expect(errors.map((d) => d.message)).toEqual([]);
  return r.diagnostics.filter((d: Diagnostic) => d.code === "I-verify" || d.code === "W-verify").map((d) => ({ ok: d.code === "I-verify", message: d.message }));
}

describe("allo.verify in design files (Allo's test_verify.py cases)", () => {
  it("a reorder equals the original", () => {
    const calls = verifyCalls(`${HEAD}${GEMM}
s_orig = allo.customize(gemm)
s = allo.customize(gemm)
s.reorder("gemm:i", "gemm:j")
ok = allo.verify(s, s_orig)
`);
    expect(calls).toEqual([{ ok: true, message: "allo.verify: proved equivalent" }]);
  });

  it("buffer_at equals reorder, and the value is a bool the script can test", () => {
    const src = `${HEAD}
def gemm(A: float32[8, 8], B: float32[8, 8]) -> float32[8, 8]:
    C: float32[8, 8] = 0
    for i, j in allo.grid(8, 8):
        for k in allo.reduction(8):
            C[i, j] += A[i, k] * B[k, j]
    return C

s1 = allo.customize(gemm)
s1.reorder("k", "j")
s2 = allo.customize(gemm)
s2.reorder("k", "j")
s2.buffer_at(s2.C, axis="i")
ok = allo.verify(s1, s2)
if not ok:
    s2.pipeline("nonexistent_loop_to_fail")
`;
    expect(verifyCalls(src)).toEqual([{ ok: true, message: "allo.verify: proved equivalent" }]);
  });

  it("a gemm that overwrites instead of accumulating is not equivalent, with a counterexample", () => {
    const calls = verifyCalls(`${HEAD}${GEMM}
def overwrite(A: float32[8, 8], B: float32[8, 8]) -> float32[8, 8]:
    C: float32[8, 8] = 0
    for i, j, k in allo.grid(8, 8, 8):
        C[i, j] = A[i, k] * B[k, j]
    return C

ok = allo.verify(allo.customize(gemm), allo.customize(overwrite))
`);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.ok).toBe(false);
    expect(calls[0]!.message).toMatch(/^allo\.verify: not equivalent: return\[0, 0\] is .* in one and .* in the other$/);
  });

  it("a nested compose equals the kernel it composes", () => {
    const calls = verifyCalls(`${HEAD}
def gemm(A: int32[8, 8], B: int32[8, 8], C: int32[8, 8]) -> None:
    for i, j in allo.grid(8, 8):
        for k in allo.reduction(8):
            C[i, j] += A[i, k] * B[k, j]

def top(A: int32[8, 8], B: int32[8, 8]) -> int32[8, 8]:
    C: int32[8, 8] = 0
    gemm(A, B, C)
    return C

s1 = allo.customize(gemm)
s1.reorder("k", "j")
s1.partition(s1.C, dim=2)
s1.buffer_at(s1.C, axis="i")
s1.pipeline("j")
s = allo.customize(top)
s.compose(s1)
plain = allo.customize(top)
same = allo.verify(s, plain)
other = allo.verify(s, s1)
`);
    expect(calls[0]).toEqual({ ok: true, message: "allo.verify: proved equivalent" });
    // Allo's test compares the composed top with the inner kernel: different interfaces, so not equivalent.
    expect(calls[1]!.ok).toBe(false);
    expect(calls[1]!.message).toContain("different interfaces");
  });

  it("range loops with offsets and steps, and bit access, verify against themselves and not against a variant", () => {
    const calls = verifyCalls(`${HEAD}
def ranges(A: int32[20]):
    for i in range(10):
        A[i] = i
    for i in range(10, 20):
        A[i] = i
    for i in range(0, 20, 2):
        A[i] = i * 2

def bits(A: int32[10]) -> int32[10]:
    B: int32[10] = 0
    for i in range(10):
        B[i] = (A[i] + 1)[0]
    return B

def bits1(A: int32[10]) -> int32[10]:
    B: int32[10] = 0
    for i in range(10):
        B[i] = (A[i] + 1)[1]
    return B

s = allo.customize(ranges)
r1 = allo.verify(s, s)
b = allo.customize(bits)
r2 = allo.verify(b, b)
r3 = allo.verify(b, allo.customize(bits1))
`);
    expect(calls.map((c) => c.ok)).toEqual([true, true, false]);
  });

  it("strength reduction: x * 2 equals x << 1 (wrapping integer algebra)", () => {
    const calls = verifyCalls(`${HEAD}
def mul2(A: int32[10]) -> int32[10]:
    B: int32[10]
    for i in range(10):
        B[i] = A[i] * 2
    return B

def shl1(A: int32[10]) -> int32[10]:
    B: int32[10]
    for i in range(10):
        B[i] = A[i] << 1
    return B

ok = allo.verify(allo.customize(mul2), allo.customize(shl1))
`);
    expect(calls).toEqual([{ ok: true, message: "allo.verify: proved equivalent (by integer algebra)" }]);
  });

  it("a float sum in another order is equal only up to re-association (not True)", () => {
    const calls = verifyCalls(`${HEAD}
def fwd(A: float32[6]) -> float32[1]:
    S: float32[1] = 0
    for i in range(6):
        S[0] += A[i]
    return S

def bwd(A: float32[6]) -> float32[1]:
    S: float32[1] = 0
    for i in range(6):
        S[0] += A[5 - i]
    return S

ok = allo.verify(allo.customize(fwd), allo.customize(bwd))
`);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.ok).toBe(false);
    expect(calls[0]!.message).toContain("equal up to float re-association");
  });
});

describe("verify(): one verdict per schedule step", () => {
  it("proves every step of a schedule and reports its cost", () => {
    const r = verify(`${HEAD}${GEMM}
s = allo.customize(gemm)
s.reorder("k", "j")
s.split("i", factor=4)
s.pipeline("j")
`);
    expect(r.steps!.map((s) => [s.index, s.verdict.status])).toEqual([[1, "proved"], [2, "proved"], [3, "proved"]]);
    expect(r.steps![0]!.verdict.ops).toBeGreaterThan(0);
  });

  it("a data-dependent while loop is not provable here, with the reason and line", () => {
    const r = verify(`${HEAD}
def k(A: int32[4]) -> int32[4]:
    B: int32[4] = 0
    for i in range(4):
        x: int32 = A[i]
        while x > 0:
            x = x - 1
            B[i] += 1
    return B

s = allo.customize(k)
s.pipeline("i")
`);
    const v = r.steps![0]!.verdict;
    expect(v.status).toBe("not-provable");
    if (v.status !== "not-provable") return;
    expect(v.reason).toContain("while loop whose condition depends on input data");
    expect(v.line).toBe(8);
  });

  it("an out-of-bounds access is reported as such, with its line", () => {
    const r = verify(`${HEAD}
def k(A: int32[8], B: int32[8]):
    for i in range(8):
        B[i] = A[i + 1]

s = allo.customize(k)
s.split("i", factor=2)
`);
    const v = r.steps![0]!.verdict;
    expect(v.status).toBe("not-provable");
    if (v.status !== "not-provable") return;
    expect(v.reason).toBe("the kernel as written accesses memory out of bounds: index 8 is out of bounds for dimension 1 of 'A' (size 8)");
    expect(v.line).toBe(6);
  });

  it("a data-dependent branch is if-converted and proved", () => {
    const r = verify(`${HEAD}
def k(A: int32[8], B: int32[8]):
    for i in range(8):
        if A[i] > 3:
            B[i] = A[i] - 3
        else:
            B[i] = 0

s = allo.customize(k)
s.split("i", factor=2)
`);
    expect(r.steps![0]!.verdict.status).toBe("proved");
  });

  it("a budget too small stops with 'not proved within budget' and how far it got", () => {
    const r = verify(`${HEAD}${GEMM}
s = allo.customize(gemm)
s.reorder("k", "j")
`, { budget: { maxOps: 200 } });
    const v = r.steps![0]!.verdict;
    expect(v.status).toBe("budget");
    if (v.status === "budget") expect(v.reason).toMatch(/^not proved within budget: stopped after [\d,]+ symbolic operations while running the kernel as written/);
  });

  it("--against compares the design with another schedule; the counterexample reproduces in the simulator", () => {
    const src = `${HEAD}
def good(A: int32[8], B: int32[8]) -> int32[8]:
    C: int32[8] = 0
    for i in range(8):
        C[i] = A[i] - B[i]
    return C

def bad(A: int32[8], B: int32[8]) -> int32[8]:
    C: int32[8] = 0
    for i in range(8):
        C[i] = B[i] - A[i]
    return C

g = allo.customize(good)
b = allo.customize(bad)
`;
    const r = verify(src, { schedule: "b", against: "g" });
    const v = r.steps![0]!.verdict;
    expect(v.status).toBe("differs");
    if (v.status !== "differs") return;
    const c = v.counterexample!;
    expect(c.confirmed).toBe(true);
    expect(c.output).toBe("return");
    expect(c.before.line).toBe(7);
    expect(c.after.line).toBe(13);
    // One click in the studio runs these inputs: the two schedules really give different outputs.
    const x = simulate(src, { schedule: "g", inputs: c.inputs }).returns![0]!.data;
    const y = simulate(src, { schedule: "b", inputs: c.inputs }).returns![0]!.data;
    const flat = c.index[0]!;
    expect(x[flat]).not.toBe(y[flat]);
    expect(String(x[flat])).toBe(c.before.simulated);
  });
});
