# PolyBench Jacobi-2D 5-point stencil as an Allo template.
# Shows: TSTEPS captured from the calling helper's frame, sub-kernel calls inheriting [T, N],
# reuse_at line + window buffers on a sliding stencil, pipeline, partition, compose().
# Adapted from Allo's examples/polybench/jacobi_2d.py (Apache-2.0); float32, TSTEPS=20, N=30.

import allo
from allo.ir.types import int32, float32


def compute_A[T: (float32, int32), N: int32](A0: "T[N, N]", B0: "T[N, N]"):
    for i0, j0 in allo.grid(N - 2, N - 2, name="A"):
        B0[i0 + 1, j0 + 1] = 0.2 * (
            A0[i0, j0 + 1]
            + A0[i0 + 1, j0]
            + A0[i0 + 1, j0 + 1]
            + A0[i0 + 1, j0 + 2]
            + A0[i0 + 2, j0 + 1]
        )


def compute_B[T: (float32, int32), N: int32](B1: "T[N, N]", A1: "T[N, N]"):
    for i1, j1 in allo.grid(N - 2, N - 2, name="B"):
        A1[i1 + 1, j1 + 1] = 0.2 * (
            B1[i1, j1 + 1]
            + B1[i1 + 1, j1]
            + B1[i1 + 1, j1 + 1]
            + B1[i1 + 1, j1 + 2]
            + B1[i1 + 2, j1 + 1]
        )


def kernel_jacobi_2d[T: (float32, int32), N: int32](A: "T[N, N]", B: "T[N, N]"):
    for m in range(TSTEPS):
        compute_A(A, B)
        compute_B(B, A)


def jacobi_2d(concrete_type, TSTEPS, N):
    sch0 = allo.customize(compute_A, instantiate=[concrete_type, N])
    lb0 = sch0.reuse_at(sch0.A0, "i0")
    wb0 = sch0.reuse_at(lb0, "j0")
    sch0.pipeline("i0")
    sch0.partition(lb0, dim=0)
    sch0.partition(wb0, dim=0)

    sch1 = allo.customize(compute_B, instantiate=[concrete_type, N])
    lb1 = sch1.reuse_at(sch1.B1, "i1")
    wb1 = sch1.reuse_at(lb1, "j1")
    sch1.pipeline("i1")
    sch1.partition(lb1, dim=0)
    sch1.partition(wb1, dim=0)

    sch = allo.customize(kernel_jacobi_2d, instantiate=[concrete_type, N])
    sch.compose(sch0)
    sch.compose(sch1)
    sch.partition(sch.A, dim=2)
    sch.partition(sch.B, dim=2)
    return sch


s = jacobi_2d(float32, 20, 30)
mod = s.build()
