# Written the way Allo's tutorial 01 (getting started) is written: a kernel, schedule primitives applied
# step by step with the IR printed after each, an LLVM build and a numpy testbench with an assert.
import allo
from allo.ir.types import int32
import numpy as np

SIZE = 16


def matmul(X: int32[SIZE, SIZE], Y: int32[SIZE, SIZE]) -> int32[SIZE, SIZE]:
    Z: int32[SIZE, SIZE] = 0
    for r, c, t in allo.grid(SIZE, SIZE, SIZE):
        Z[r, c] += X[r, t] * Y[t, c]
    return Z


s = allo.customize(matmul)
print(s.module)
s.split("r", factor=4)
s.split("c", factor=4)
s.reorder("r.outer", "c.outer", "r.inner", "c.inner")
print(s.module)

mod = s.build(target="llvm")

np_X = np.random.randint(50, size=(SIZE, SIZE))
np_Y = np.random.randint(50, size=(SIZE, SIZE))
np_Z = np.zeros((SIZE, SIZE), dtype=np.int32)
mod(np_X, np_Y, np_Z)

expected = np.matmul(np_X, np_Y)
assert np.array_equal(np_Z, expected)
print("tutorial 01 style: passed")
