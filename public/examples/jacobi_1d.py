# PolyBench Jacobi-1D stencil as an Allo template (TSTEPS time steps, two half-sweeps).
# Shows: range loops with non-zero start (range(1, N - 1)), float literal constants (float32),
# a compile-time time-step parameter; no schedule (Allo builds it as-is).
# Adapted from Allo's examples/polybench/jacobi_1d.py (Apache-2.0); float32, TSTEPS=20, N=30.

import allo
from allo.ir.types import int32, float32


def kernel_jacobi_1d[T: (float32, int32), TSTEPS: int32, N: int32](A: "T[N]", B: "T[N]"):
    for m in range(TSTEPS):
        for i0 in range(1, N - 1):
            B[i0] = 0.33333 * (A[i0 - 1] + A[i0] + A[i0 + 1])

        for i1 in range(1, N - 1):
            A[i1] = 0.33333 * (B[i1 - 1] + B[i1] + B[i1 + 1])


def jacobi_1d(concrete_type, tsteps, nn):
    s = allo.customize(kernel_jacobi_1d, instantiate=[concrete_type, tsteps, nn])
    return s.build()


mod = jacobi_1d(float32, 20, 30)
