# Fuzz find (hang, seed 1208, aie stage): PolyBench seidel_2d instantiated with TSTEPS = 10**9. The AIE
# export's golden run ignored the export's step budget and ran to the simulator's 2 billion (19 s);
# it now takes the budget it is given, as the vitis_hls export's does.
# PolyBench Seidel-2D 9-point in-place stencil as an Allo template, instantiated with int32.
# Shows: in-place (Gauss-Seidel) updates, a 9-term sum computed in a widened integer type
# (int32 + int32 -> int33 ...) and integer `/ 9` that truncates toward zero (C semantics).
# Adapted from Allo's examples/polybench/seidel_2d.py (Apache-2.0); int32 (exact), TSTEPS=20, N=40.

import allo
from allo.ir.types import int32, float32


def kernel_seidel_2d[T: (int32, float32), TSTEPS: int32, N: int32](A: "T[N, N]"):
    for t in range(TSTEPS):
        for i in range(1, N - 1):
            for j in range(1, N - 1):
                A[i, j] = (
                    A[i - 1, j - 1]
                    + A[i - 1, j]
                    + A[i - 1, j + 1]
                    + A[i, j - 1]
                    + A[i, j]
                    + A[i, j + 1]
                    + A[i + 1, j - 1]
                    + A[i + 1, j]
                    + A[i + 1, j + 1]
                ) / 9


def seidel_2d(concrete_type, TSTEPS, N):
    s = allo.customize(kernel_seidel_2d, instantiate=[concrete_type, TSTEPS, N])
    return s.build()


mod = seidel_2d(int32, 10**9, 40)
