# Written the way Allo's deep dive 05 (the verifier) is written: two schedules of one float GEMM, one
# interchanging i and j and one buffering the output row, are checked equivalent with allo.verify and an
# assert; a kernel that overwrites its accumulator is checked not equivalent with `assert not`.
import allo
from allo.ir.types import float32, int32
import numpy as np

M = 32


def gemm(A: float32[M, M], B: float32[M, M]) -> float32[M, M]:
    C: float32[M, M] = 0
    for i, j in allo.grid(M, M):
        for k in allo.reduction(M):
            C[i, j] += A[i, k] * B[k, j]
    return C


s1 = allo.customize(gemm)
s1.reorder("gemm:i", "gemm:j")
print(s1.module)

s2 = allo.customize(gemm)
s2.buffer_at(s2.C, axis="i")
print(s2.module)

result = allo.verify(s1, s2)
assert result, "the interchanged and the buffered schedules should be equivalent"
print("s1 and s2 are equivalent")


def gemm_overwrite(A: float32[M, M], B: float32[M, M]) -> float32[M, M]:
    C: float32[M, M] = 0
    for i, j in allo.grid(M, M):
        for k in allo.reduction(M):
            C[i, j] = A[i, k] * B[k, j]
    return C


s3 = allo.customize(gemm_overwrite)
assert not allo.verify(s1, s3), "an overwriting kernel should not be equivalent"
print("s1 and s3 are not equivalent")

# The schedules still compute the product.
A = np.random.rand(M, M).astype(np.float32)
B = np.random.rand(M, M).astype(np.float32)
np.testing.assert_allclose(s2.build()(A, B), A @ B, rtol=1e-5, atol=1e-5)

# An integer kernel and a split + pipeline of it: proved equivalent, and simulated.


def acc(X: int32[M]) -> int32:
    t: int32 = 0
    for i in range(M):
        t += X[i] * 3
    return t


s4 = allo.customize(acc)
s5 = allo.customize(acc)
s5.split("i", factor=4)
s5.pipeline("i.inner")
assert allo.verify(s4, s5), "split + pipeline should be equivalent"
np_X = np.random.randint(-8, 8, size=(M,)).astype(np.int32)
assert s5.build()(np_X) == int((np_X * 3).sum())
print("dive 05 style: passed")
