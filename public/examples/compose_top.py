# The Allo paper's composition example: a top function calling one matmul kernel twice, with the
# kernel's own schedule (reorder, buffer_at, pipeline) built separately and composed into the top.
# Shows: kernels calling kernels, returning arrays, s.compose(sub_schedule) applying a kernel's
# schedule inside the design that uses it (both calls share the scheduled function).

import allo
from allo.ir.types import int32

M, K, N = 16, 16, 16


def gemm(A: int32[M, K], B: int32[K, N]) -> int32[M, N]:
    C: int32[M, N] = 0
    for i, j in allo.grid(M, N):
        for k in allo.reduction(K):
            C[i, j] += A[i, k] * B[k, j]
    return C


def top(A: int32[M, K], B: int32[K, N], W: int32[N, N]) -> int32[M, N]:
    D = gemm(A, B)
    E = gemm(D, W)
    return E


s1 = allo.customize(gemm)
s1.reorder("k", "j")
s1.buffer_at(s1.C, axis="i")
s1.pipeline("j")

s = allo.customize(top)
s.compose(s1)
mod = s.build()
