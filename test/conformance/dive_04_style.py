# Written the way Allo's deep dive 04 (other features) is written: tuple returns from a kernel and a
# callee, unpacked by the testbench, and the callee run directly on numpy scalars as a reference.
# Dynamic shapes (float32[...]) are not supported here: customize reports them (see README).
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
        B[i] = A[i]


try:
    allo.customize(copy_n)
    raise AssertionError("dynamic shapes are expected to be reported")
except Exception as err:
    assert "dynamic shapes" in str(err), str(err)
print("dive 04 style: passed")
