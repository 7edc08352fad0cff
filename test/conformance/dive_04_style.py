# Written the way Allo's deep dive 04 (other features) is written: dynamic shapes (float32[...], run with
# arrays of any size, the HLS code taking pointers), tuple returns from a kernel and a callee, unpacked by
# the testbench, and the callee run directly on numpy scalars as a reference.
import allo
from allo.ir.types import int32, float32
import numpy as np


def pair(x: float32, y: float32) -> (float32, float32):
    s: float32 = x + y
    d: float32 = x - y
    return s, d


def both(X: float32[12], Y: float32[12]) -> (float32[12], float32[12]):
    S: float32[12] = 0
    D: float32[12] = 0
    for i in range(12):
        S[i], D[i] = pair(X[i], Y[i])
    return S, D


s = allo.customize(both)
print(s.module)
mod = s.build()
np_X = np.random.random((12,)).astype(np.float32)
np_Y = np.random.random((12,)).astype(np.float32)
np_S, np_D = mod(np_X, np_Y)
ref_S = np.zeros((12,), dtype=np.float32)
ref_D = np.zeros((12,), dtype=np.float32)
for i in range(12):
    ref_S[i], ref_D[i] = pair(np_X[i], np_Y[i])
np.testing.assert_allclose(np_S, ref_S)
np.testing.assert_allclose(np_D, ref_D)


def copy_n(A: float32[...], B: float32[...], n: int32):
    for i in range(n):
        B[i] = A[i] + 1.0


s = allo.customize(copy_n)
print(s.module)
assert "memref<?xf32>" in str(s.module)
mod = s.build()
for size in (16, 100):
    np_A = np.random.random((size,)).astype(np.float32)
    allo_B = np.zeros((size,)).astype(np.float32)
    mod(np_A, allo_B, size)
    np.testing.assert_allclose(allo_B, np_A + 1.0, rtol=1e-6)

# The HLS code declares the arguments as pointers.
code = s.build(target="vhls")
print(code)
assert "float *A" in str(code), str(code)
print("dive 04 style: passed")
