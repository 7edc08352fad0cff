# PolyBench SYMM (C = alpha*A*B + beta*C, A symmetric) as an Allo template.
# Shows: triangular loops with an outer-variable bound (range(i)), a guarded reduction named
# via allo.reduction(M, name="k1"), alpha/beta from helper defaults, buffer_at, cyclic partition.
# Adapted from Allo's examples/polybench/symm.py (Apache-2.0); float32, M=16, N=24.

import allo
from allo.ir.types import int32, float32


def compute_sum[T: (float32, int32), M: int32, N: int32](A: "T[M, M]", B: "T[M, N]", summ: "T[M, N]"):
    for i1, j1 in allo.grid(M, N, name="sum"):
        for k1 in allo.reduction(M, name="k1"):
            if k1 < i1:
                summ[i1, j1] += B[k1, j1] * A[i1, k1]


def update_C[T: (float32, int32), M: int32, N: int32](A: "T[M, M]", B: "T[M, N]", summ: "T[M, N]", C: "T[M, N]"):
    for i in range(M):
        for k in range(i):
            for j in range(N):
                C[k, j] = C[k, j] + alpha * B[i, j] * A[i, k]
        for j1 in range(N):
            C[i, j1] = beta * C[i, j1] + alpha * B[i, j1] * A[i, i] + alpha * summ[i, j1]


def kernel_symm[T: (float32, int32), M: int32, N: int32](
    A0: "T[M, M]", A1: "T[M, M]", B0: "T[M, N]", B1: "T[M, N]", C: "T[M, N]"
):
    summ: T[M, N] = 0
    compute_sum(A0, B0, summ)
    update_C(A1, B1, summ, C)


def symm(concrete_type, M, N, alpha=1.5, beta=1.2):
    s0 = allo.customize(update_C, instantiate=[concrete_type, M, N])
    s0.pipeline("k")
    s0.partition(s0.C, dim=2)
    s0.partition(s0.B, dim=2)
    s0.pipeline("j1")
    s0.partition(s0.summ, dim=2)

    s1 = allo.customize(compute_sum, instantiate=[concrete_type, M, N])
    s1.reorder("k1", "j1")
    s1.buffer_at(s1.summ, "i1")
    s1.partition(s1.B, dim=2, partition_type=2, factor=24)
    s1.pipeline("j1")
    s1.unroll("j1", factor=24)

    sch = allo.customize(kernel_symm, instantiate=[concrete_type, M, N])
    sch.compose(s0)
    sch.compose(s1)
    return sch


s = symm(float32, 16, 24)
mod = s.build()
