# float32 GEMM with the "interleaved accumulation" schedule of Allo's HLS tutorial.
# Shows: allo.reduction, reorder of a reduction loop, buffer_at (j_init/j_back loops), pipeline.
# From Allo's tutorials/tutorial_02_vhls.py (1024^3 there; 32^3 here so it simulates quickly).

import allo
from allo.ir.types import float32

M, N, K = 32, 32, 32


def gemm(A: float32[M, K], B: float32[K, N]) -> float32[M, N]:
    C: float32[M, N] = 0.0
    for i, j in allo.grid(M, N):
        for k in allo.reduction(K):
            C[i, j] += A[i, k] * B[k, j]
    return C


s = allo.customize(gemm)
s.reorder("k", "j")
s.buffer_at(s.C, axis="i")
s.pipeline("j")
code = s.build(target="vhls")
