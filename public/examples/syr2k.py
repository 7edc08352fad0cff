# PolyBench SYR2K (C = alpha*A*B^T + alpha*B*A^T + beta*C on the lower triangle) as an Allo template.
# Shows: triangular loops (range(i + 1)), float constants captured from the helper's defaults, a
# named row band and a pipelined inner loop.
# Written after Allo's examples/polybench style; float32, N=20, M=16.

import allo
from allo.ir.types import int32, float32


def kernel_syr2k[T: (float32, int32), N: int32, M: int32](A: "T[N, M]", B: "T[N, M]", C: "T[N, N]"):
    for i in range(N, name="row"):
        for j0 in range(i + 1):
            C[i, j0] *= beta
        for k in range(M):
            for j in range(i + 1):
                C[i, j] += A[j, k] * alpha * B[i, k] + B[j, k] * alpha * A[i, k]


def syr2k(concrete_type, N, M, alpha=1.5, beta=1.2):
    s = allo.customize(kernel_syr2k, instantiate=[concrete_type, N, M])
    s.pipeline("j")
    return s


s = syr2k(float32, 20, 16)
mod = s.build()
