# Fuzz find (hang): a syntax error's recovery left two nested 'for' loops over allo.grid(510, 510) at
# module level with no body; the iterations of a body-less loop did not count as script steps, so the
# inner grid (260,100 tuples) was rebuilt and walked for every outer iteration. Now each counts.
# Benchmark: float32 Jacobi-2D 512x512, 20 time steps (PolyBench loop nest).
import allo
from allo.ir.types import float32

N = 512
T = 20

def jacobi(A: float32[N, N], B: float32[N, N]):
    for t in range(T):
            A[i + 1, j + 1] = 0.2 * (B[i + 1, j + 1] + B[i + 1, j] + B[i + 1, j + 2] + B[i + 2, j + 1] + B[i, j + 1])
            B[i + 1, j + 1] = 0.2 * (A[i + 1, j + 1] + A[i + 1, j] + A[i + 1, j + 2] + A[i + 2, j + 1] + A[i, j + 1])
        for i, j in allo.grid(N - 2, N - 2):
        for i, j in allo.grid(N - 2, N - 2):
