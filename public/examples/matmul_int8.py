# int8 x int8 -> int16 matrix multiply: the Allo paper's (PLDI'24) introductory kernel.
# Shows: low-bit integer types, allo.grid / allo.reduction, `+=` computed in the widened
# product type (int8*int8 is int16) and wrapped to int16 at each store; split + reorder.
# Schedule style from Allo's tutorials/tutorial_01_get_started.py; sizes kept small.

import allo
from allo.ir.types import int8, int16

M, N, K = 16, 16, 16


def gemm(A: int8[M, K], B: int8[K, N]) -> int16[M, N]:
    C: int16[M, N] = 0
    for i, j in allo.grid(M, N):
        for k in allo.reduction(K):
            C[i, j] += A[i, k] * B[k, j]
    return C


s = allo.customize(gemm)
s.split("i", factor=4)
s.split("j", factor=4)
s.reorder("i.outer", "j.outer", "i.inner", "j.inner")
mod = s.build()
