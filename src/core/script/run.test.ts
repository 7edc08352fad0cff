import { describe, expect, it } from "vitest";
import { compile, runScript, runTests } from "../api";

const GEMM = `
import allo
from allo.ir.types import int32, float32
import numpy as np

M, N, K = 4, 5, 6

def gemm(A: int32[M, K], B: int32[K, N]) -> int32[M, N]:
    C: int32[M, N] = 0
    for i, j in allo.grid(M, N):
        for k in range(K):
            C[i, j] += A[i, k] * B[k, j]
    return C

s = allo.customize(gemm)
s.reorder("k", "j")
mod = s.build()
np_A = np.random.randint(-8, 8, size=(M, K)).astype(np.int32)
np_B = np.random.randint(-8, 8, size=(K, N)).astype(np.int32)
np_C = mod(np_A, np_B)
`;

describe("scripts run like Python", () => {
  it("assert allo.verify(s1, s2) holds for an equivalent schedule and fails for one that overwrites", () => {
    const ok = runScript(`${GEMM}
s0 = allo.customize(gemm)
assert allo.verify(s0, s)
print("proved")
`);
    expect(ok.failure).toBeUndefined();
    expect(ok.output.map((o) => o.text)).toEqual(["proved\n"]);
    const overwrite = runScript(`${GEMM}
def gemm_bad(A: int32[M, K], B: int32[K, N]) -> int32[M, N]:
    C: int32[M, N] = 0
    for i, j in allo.grid(M, N):
        for k in range(K):
            C[i, j] = A[i, k] * B[k, j]
    return C

assert allo.verify(s, allo.customize(gemm_bad))
`);
    expect(overwrite.failure?.type).toBe("AssertionError");
  });

  it("simulates mod(np_A, np_B) and checks it against numpy", () => {
    const r = runScript(`${GEMM}
np.testing.assert_allclose(np_C, np_A @ np_B, rtol=1e-5)
print(np_C.shape, np_C.dtype, int(np_C.sum()) == int((np_A @ np_B).sum()))
`);
    expect(r.failure).toBeUndefined();
    expect(r.output.map((o) => o.text)).toEqual(["(4, 5) int32 True\n"]);
  });

  it("stops at a failed assert with a traceback naming the file, line, statement and numpy's report", () => {
    const r = runScript(`${GEMM}
print("before")
np.testing.assert_array_equal(np_C, np_A @ np_B + 1)
print("after")
`, { file: "gemm.py" });
    expect(r.output.map((o) => o.text)).toEqual(["before\n"]);
    expect(r.failure!.type).toBe("AssertionError");
    expect(r.failure!.traceback).toContain(`File "gemm.py", line 23, in <module>\n    np.testing.assert_array_equal(np_C, np_A @ np_B + 1)`);
    expect(r.failure!.traceback).toContain("Mismatched elements: 20 / 20 (100%)");
  });

  it("fails a plain assert with its message and records the frames of nested calls", () => {
    const r = runScript(`
def check(x):
    assert x == 2, f"x is {x}"

def outer():
    check(1)

outer()
`, { file: "t.py" });
    expect(r.failure!.traceback).toBe([
      "Traceback (most recent call last):",
      '  File "t.py", line 8, in <module>', "    outer()",
      '  File "t.py", line 6, in outer', "    check(1)",
      '  File "t.py", line 3, in check', '    assert x == 2, f"x is {x}"',
      "AssertionError: x is 1",
    ].join("\n"));
  });

  it("writes outputs into the caller's arrays in place", () => {
    const r = runScript(`
import allo
from allo.ir.types import float32
import numpy as np

def scale(A: float32[8], B: float32[8]):
    for i in range(8):
        B[i] = A[i] * 2.0

s = allo.customize(scale)
mod = s.build()
a = np.arange(8).astype(np.float32)
b = np.zeros(8, dtype=np.float32)
ret = mod(a, b)
assert ret is None
np.testing.assert_allclose(b, a * 2)
print(b[:3])
`);
    expect(r.failure).toBeUndefined();
    expect(r.output[0]!.text).toBe("[0. 2. 4.]\n");
  });

  it("runs try/except/else/finally and raise as Python does", () => {
    const r = runScript(`
import numpy as np
log = []
try:
    np.zeros((2, 3)) + np.zeros((4,))
except ValueError as e:
    log.append("caught " + str(e)[:30])
else:
    log.append("else")
finally:
    log.append("finally")
try:
    raise RuntimeError("boom")
except (KeyError, RuntimeError) as e:
    log.append(repr(e))
print(log)
raise ValueError("the end")
`);
    expect(r.output[0]!.text).toBe("['caught operands could not be broadcas', 'finally', \"RuntimeError('boom')\"]\n");
    expect(r.failure!.type).toBe("ValueError");
    expect(r.failure!.message).toBe("the end");
  });

  it("runs dict and set comprehensions as Python does (key before value, the last value of a repeated key)", () => {
    const r = runScript(`
d = {"a": 1, "b": 2, "c": 3}
sq = {k: v * v for k, v in d.items() if v != 2}
inv = {("odd" if v % 2 else "even"): k for k, v in d.items()}
grid = {(i, j): i * j for i in range(2) for j in range(2)}
print(sq, inv, grid[(1, 1)], len(grid), sorted({v % 2 for v in d.values()}))
`);
    expect(r.failure).toBeUndefined();
    expect(r.output[0]!.text).toBe("{'a': 1, 'c': 9} {'odd': 'c', 'even': 'b'} 1 4 [0, 1]\n");
  });

  it("prints the HLS C++ of a vhls build", () => {
    const r = runScript(`${GEMM}
hls = s.build(target="vhls")
print(hls)
`);
    expect(r.failure).toBeUndefined();
    expect(r.output[0]!.text).toContain("void gemm(");
  });

  it("raises a kernel that does not compile as an exception at allo.customize", () => {
    const r = runScript(`
import allo
from allo.ir.types import int32
def bad(A: int32[4]) -> int32[4]:
    return A + undefined_name
s = allo.customize(bad)
print("not reached")
`, { file: "bad.py" });
    expect(r.output).toEqual([]);
    expect(r.failure!.type).toBe("AlloCompileError");
    expect(r.failure!.traceback).toMatch(/bad.py:5:\d+: error: .*undefined_name/);
  });
});

describe("design mode (check, run, the studio)", () => {
  it("reports a failed module-level assert instead of skipping it", () => {
    const r = compile(`${GEMM}\nassert 1 == 2\n`);
    expect(r.diagnostics.filter((d) => d.code === "E-assert").map((d) => d.line)).toEqual([22]);
  });
  it("skips asserts on simulation results, which only a script run computes", () => {
    const r = compile(`${GEMM}\nnp.testing.assert_allclose(np_C, np_A @ np_B)\nassert np_C[0, 0] == 1\n`);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.design?.top).toBe("gemm");
  });
});

describe("pytest-style files", () => {
  const FILE = `
import allo
import pytest
import numpy as np
from allo.ir.types import int32

def test_add():
    def add(A: int32[4], B: int32[4]) -> int32[4]:
        C: int32[4] = 0
        for i in range(4):
            C[i] = A[i] + B[i]
        return C
    s = allo.customize(add)
    mod = s.build()
    a = np.array([1, 2, 3, 4], dtype=np.int32)
    np.testing.assert_array_equal(mod(a, a), a * 2)

@pytest.mark.parametrize("n, factor", [(4, 2), (8, 3)])
def test_param(n, factor):
    assert n % factor == 0

def test_raises():
    def bad(A: int32[4]) -> int32[4]:
        return A + nothing
    with pytest.raises(Exception):
        allo.customize(bad)
    with pytest.raises(ZeroDivisionError, match="division"):
        1 // 0

@pytest.mark.skip(reason="needs hardware")
def test_hw():
    assert False

def test_skip_inside():
    pytest.skip("later")

def helper():
    assert False

if __name__ == "__main__":
    pytest.main([__file__])
`;
  it("runs every test_* function with parametrize, raises and skip, reporting each", () => {
    const r = runTests(FILE, { file: "test_x.py" });
    expect(r.collectionFailure).toBeUndefined();
    expect(r.tests.map((t) => `${t.id} ${t.status}`)).toEqual([
      "test_add passed", "test_param[4-2] passed", "test_param[8-3] failed", "test_raises passed",
      "test_hw skipped", "test_skip_inside skipped",
    ]);
    const failed = r.tests.find((t) => t.status === "failed")!;
    expect(failed.line).toBe(19);
    expect(failed.failure!.traceback).toContain("in test_param\n    assert n % factor == 0\nAssertionError");
  });
  it("selects tests with -k expressions", () => {
    const r = runTests(FILE, { keyword: "param and not 8" });
    expect(r.tests.map((t) => t.id)).toEqual(["test_param[4-2]"]);
  });
  it("fails a pytest.raises block that does not raise", () => {
    const r = runTests("import pytest\ndef test_x():\n    with pytest.raises(ValueError):\n        x = 1\n");
    expect(r.tests[0]!.failure!.message).toBe("DID NOT RAISE ValueError");
  });
});
