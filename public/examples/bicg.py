# PolyBench BiCG sub-kernel (s = A^T r, q = A p) as an Allo template.
# Shows: sub-kernel calls WITHOUT [...] that inherit the caller's instantiation, a scalar
# local caching an array element, partition + pipeline + reorder, compose().
# Adapted from Allo's examples/polybench/bicg.py (Apache-2.0); float32, M=16, N=20.
# (Allo's file re-declares the array argument `r` as a scalar; here the scalar is `r_i`.)

import allo
from allo.ir.types import int32, float32


def stageS[T: (float32, int32), M: int32, N: int32](A: "T[N, M]", r: "T[N]", s: "T[M]"):
    for i0 in range(N):
        r_i: T = r[i0]
        for j0 in range(M):
            s[j0] += r_i * A[i0, j0]


def stageQ[T: (float32, int32), M: int32, N: int32](A: "T[N, M]", p: "T[M]", q: "T[N]"):
    for i1 in range(N):
        for j1 in range(M):
            q[i1] += A[i1, j1] * p[j1]


def kernel_bicg[T: (float32, int32), M: int32, N: int32](
    A: "T[N, M]", A_copy: "T[N, M]", p: "T[M]", r: "T[N]", q: "T[N]", s: "T[M]"
):
    stageS(A, r, s)
    stageQ(A_copy, p, q)


def top_bicg(concrete_type, M, N):
    sch0 = allo.customize(stageS, instantiate=[concrete_type, M, N])
    sch0.pipeline("i0")
    sch0.partition(sch0.A, dim=2)
    sch0.partition(sch0.s, dim=1)

    sch1 = allo.customize(stageQ, instantiate=[concrete_type, M, N])
    sch1.reorder("j1", "i1")
    sch1.pipeline("j1")
    sch1.partition(sch1.A, dim=1)
    sch1.partition(sch1.q, dim=1)

    sch = allo.customize(kernel_bicg, instantiate=[concrete_type, M, N])
    sch.compose(sch0)
    sch.compose(sch1)
    return sch


s = top_bicg(float32, 16, 20)
mod = s.build()
