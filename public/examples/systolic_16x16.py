# The Allo paper's systolic schedule exactly as printed (PLDI'24, Fig. "systolic array"), on a 16x16
# int8 matmul: buffer_at on the inputs names their feeds (A_fifo, B_fifo), unfold makes a 16x16 PE
# grid, partition completes C on both dims (the paper's 0-based dim=[0, 1]), and to() streams A
# along one grid axis and B along the other through FIFOs of depth M + 1 / N + 1.
# The diagram shows 256 PEs and 480 FIFOs; the simulation equals the plain matmul bit for bit.

import allo
from allo.ir.types import int8, int16

M, N, K = 16, 16, 16


def gemm(A: int8[M, K], B: int8[K, N]) -> int16[M, N]:
    C: int16[M, N] = 0
    for i, j in allo.grid(M, N, name="PE"):
        for k in allo.reduction(K):
            C[i, j] += A[i, k] * B[k, j]
    return C


s = allo.customize(gemm)
buf_A = s.buffer_at(s.A, "j")
buf_B = s.buffer_at(s.B, "j")
pe = s.unfold("PE", axis=[0, 1], factor=[M, N])
s.partition(s.C, dim=[0, 1])
s.to(buf_A, pe, axis=0, depth=M + 1)
s.to(buf_B, pe, axis=1, depth=N + 1)
mod = s.build()
