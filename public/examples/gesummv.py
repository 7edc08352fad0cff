# PolyBench GESUMMV (y = alpha*A x + beta*B x) as an Allo template.
# Shows: float constants captured from the calling Python frame (alpha/beta are parameters of
# the helper that calls customize), local buffers, sub-kernel calls inheriting [T, N], compose().
# Adapted from Allo's examples/polybench/gesummv.py (Apache-2.0); float32, N=24.

import allo
from allo.ir.types import int32, float32


def compute_tmp[T: (float32, int32), N: int32](
    y_in: "T[N]", y_out: "T[N]", A: "T[N, N]", B: "T[N, N]", x: "T[N]", tmp: "T[N]"
):
    tt: T[N] = 0.0
    yy: T[N] = 0.0
    for i0 in allo.grid(N, name="load"):
        yy[i0] = y_in[i0]
    for i, j in allo.grid(N, N, name="tmp"):
        tt[i] += A[i, j] * x[j]
        yy[i] += B[i, j] * x[j]
    for i1 in allo.grid(N, name="store"):
        tmp[i1] = tt[i1]
        y_out[i1] = yy[i1]


def compute_y[T: (float32, int32), N: int32](y_in: "T[N]", y_out: "T[N]", tmp: "T[N]"):
    for i0 in allo.grid(N, name="load"):
        y_out[i0] = alpha * tmp[i0] + beta * y_in[i0]


def kernel_gesummv[T: (float32, int32), N: int32](A: "T[N, N]", B: "T[N, N]", x: "T[N]", y: "T[N]"):
    y_init: T[N] = 0.0
    y_fifo: T[N] = 0.0
    tmp: T[N] = 0.0
    compute_tmp(y_init, y_fifo, A, B, x, tmp)
    compute_y(y_fifo, y, tmp)


def gesummv(concrete_type, N, alpha=0.1, beta=0.1):
    sch0 = allo.customize(compute_tmp, instantiate=[concrete_type, N])
    sch0.reorder("j", "i")

    sch1 = allo.customize(compute_y, instantiate=[concrete_type, N])
    sch1.pipeline("i0")

    sch = allo.customize(kernel_gesummv, instantiate=[concrete_type, N])
    sch.compose(sch0)
    sch.compose(sch1)
    return sch


s = gesummv(float32, 24)
mod = s.build()
