# Benchmark: float32 gemm 256^3 in Allo's tutorial form (i, j, k order).
import allo
from allo.ir.types import float32

N = 256

def gemm(A: float32[N, N], B: float32[N, N]) -> float32[N, N]:
    C: float32[N, N] = 0.0
    for i, j, k in allo.grid(N, N, N):
        C[i, j] += A[i, k] * B[k, j]
    return C
