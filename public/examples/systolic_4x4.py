# The Allo paper's (PLDI'24) int8 systolic array: a 4x4 grid of processing elements computing
# C = A @ B with int8 inputs and int16 accumulation.
# Shows: a named band ("PE"), buffer_at for a per-PE accumulator register, unfold into a 4x4 PE
# grid (one function per PE, called from a dataflow top), partition, and to() for the FIFOs
# between PEs: the left column reads A and passes it right, the top row reads B and passes it down
# (the simulator runs the PEs as processes on those FIFOs; the export has hls::streams).
# Schedule from the paper's systolic example and Allo's tests/test_systolic_array.py.

import allo
from allo.ir.types import int8, int16

M, N, K = 4, 4, 4


def gemm(A: int8[M, K], B: int8[K, N]) -> int16[M, N]:
    C: int16[M, N] = 0
    for i, j in allo.grid(M, N, name="PE"):
        for k in allo.reduction(K):
            C[i, j] += A[i, k] * B[k, j]
    return C


s = allo.customize(gemm)
acc = s.buffer_at(s.C, axis="j")
pe = s.unfold("PE", axis=[0, 1], factor=[M, N])
s.partition(s.C, dim=0)
s.partition(s.A, dim=1)
s.partition(s.B, dim=2)
s.to(s.A, pe, axis=1, depth=M + 1)
s.to(s.B, pe, axis=0, depth=N + 1)
mod = s.build()
