# Written the way Allo's deep dive 02 (template kernels) is written: a kernel generic over its element
# type (PEP 695 type parameters, string annotations "T[N]"), then over a size too, then with
# allo.meta_if / meta_else choosing code by type; each instance customized, printed and simulated.
import allo
from allo.ir.types import int32, float32
import numpy as np


def shift[T](A: "T[8]") -> "T[8]":
    B: T[8]
    for i in range(8):
        B[i] = A[i] + 2
    return B


for t, dt in ((int32, np.int32), (float32, np.float32)):
    s = allo.customize(shift, instantiate=[t])
    print(s.module)
    np_A = np.arange(8).astype(dt)
    np.testing.assert_allclose(s.build()(np_A), np_A + 2)


def shift_n[T, M: int32](A: "T[M]") -> "T[M]":
    B: T[M]
    for i in range(M):
        B[i] = A[i] + 2
    return B


s = allo.customize(shift_n, instantiate=[int32, 12])
print(s.module)
assert "memref<12xi32>" in str(s.module)
np_A = np.random.randint(0, 100, size=(12,)).astype(np.int32)
np.testing.assert_array_equal(s.build()(np_A), np_A + 2)


def up_or_down[T, M: int32](A: "T[M]") -> "T[M]":
    B: T[M]
    for i in range(M):
        with allo.meta_if(T == int32):
            B[i] = A[i] + 1
        with allo.meta_else():
            B[i] = A[i] - 1
    return B


si = allo.customize(up_or_down, instantiate=[int32, 6])
sf = allo.customize(up_or_down, instantiate=[float32, 6])
print(si.module)
print(sf.module)
np_I = np.arange(6).astype(np.int32)
np_F = np.arange(6).astype(np.float32)
np.testing.assert_array_equal(si.build()(np_I), np_I + 1)
np.testing.assert_allclose(sf.build()(np_F), np_F - 1)
print("dive 02 style: passed")
