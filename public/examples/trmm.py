# PolyBench TRMM (B = alpha * A^T B with A unit lower-triangular) as an Allo template.
# Shows: size type parameters without bounds (M, N), a guarded reduction (if k1 > i1),
# alpha captured from a helper default argument, cyclic partition, reorder, pipeline, unroll.
# Adapted from Allo's examples/polybench/trmm.py (Apache-2.0); float32, M=16, N=20.

import allo
from allo.ir.types import int32, float32


def S0[T: (float32, int32), M, N](A: "T[M, M]", B: "T[M, N]"):
    for i1, j1 in allo.grid(M, N, name="update"):
        for k1 in allo.reduction(M):
            if k1 > i1:
                B[i1, j1] += A[k1, i1] * B[k1, j1]


def S1[T: (float32, int32), M, N](B: "T[M, N]"):
    for i0, j0 in allo.grid(M, N, name="mul"):
        B[i0, j0] = B[i0, j0] * alpha


def kernel_trmm[T: (float32, int32), M, N](A: "T[M, M]", B: "T[M, N]"):
    S0[T, M, N](A, B)
    S1[T, M, N](B)


def top_trmm(concrete_type, m, n, alpha=1.5):
    factor = 20
    s0 = allo.customize(S0, instantiate=[concrete_type, m, n])
    s0.partition(s0.B, dim=2, partition_type=2, factor=factor)  # 2 = cyclic
    s0.reorder("k1", "j1")
    s0.pipeline("j1")
    s0.unroll("j1", factor=factor)

    s1 = allo.customize(S1, instantiate=[concrete_type, m, n])
    s1.pipeline("j0")
    s1.unroll("j0", factor=factor)

    s = allo.customize(kernel_trmm, instantiate=[concrete_type, m, n])
    s.compose(s0)
    s.compose(s1)
    return s


s = top_trmm(float32, 16, 20)
mod = s.build()
