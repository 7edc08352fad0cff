# PolyBench SYRK (C = alpha*A*A^T + beta*C on the lower triangle) as an Allo template.
# Shows: if/else inside a grid, a local buffer named `buffer` loaded/stored around a 3-deep
# guarded update, alpha/beta from helper defaults, pipeline + partition per kernel, compose().
# Adapted from Allo's examples/polybench/syrk.py (Apache-2.0; the top is named kernel_syr2k
# there too); float32, M=16, N=20.

import allo
from allo.ir.types import int32, float32


def update_C[T: (float32, int32), N: int32](Cin: "T[N, N]", Cout: "T[N, N]"):
    for i0, j0 in allo.grid(N, N, name="update"):
        if j0 <= i0:
            Cout[i0, j0] = beta * Cin[i0, j0]
        else:
            Cout[i0, j0] = Cin[i0, j0]


def compute_sum[T: (float32, int32), N: int32, M: int32](
    A: "T[N, M]", A_copy: "T[N, M]", Cin: "T[N, N]", Cout: "T[N, N]"
):
    buffer: T[N, N] = 0
    for i0, j0 in allo.grid(N, N, name="load"):
        buffer[i0, j0] = Cin[i0, j0]
    for i1, k1, j1 in allo.grid(N, M, N, name="sum"):
        if j1 <= i1:
            buffer[i1, j1] += alpha * A[i1, k1] * A_copy[j1, k1]
    for i2, j2 in allo.grid(N, N, name="store"):
        Cout[i2, j2] = buffer[i2, j2]


def kernel_syr2k[T: (float32, int32), N: int32, M: int32](
    A: "T[N, M]", A_copy: "T[N, M]", Cin: "T[N, N]", Cout: "T[N, N]"
):
    C: T[N, N] = 0
    update_C[T, N](Cin, C)
    compute_sum[T, N, M](A, A_copy, C, Cout)


def syrk(concrete_type, M, N, alpha=1.5, beta=1.2):
    sch0 = allo.customize(update_C, instantiate=[concrete_type, N])
    sch0.pipeline("i0")
    sch0.partition(sch0.Cin, dim=2)
    sch0.partition(sch0.Cout, dim=2)

    sch1 = allo.customize(compute_sum, instantiate=[concrete_type, N, M])
    sch1.pipeline("i0")
    sch1.partition(sch1.buffer, dim=2)
    sch1.pipeline("k1")
    sch1.partition(sch1.A_copy, dim=1)
    sch1.pipeline("i2")
    sch1.partition(sch1.Cout, dim=2)

    sch = allo.customize(kernel_syr2k, instantiate=[concrete_type, N, M])
    sch.compose(sch0)
    sch.compose(sch1)
    return sch


sch = syrk(float32, 16, 20)
mod = sch.build()
