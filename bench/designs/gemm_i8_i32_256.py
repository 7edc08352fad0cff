# Benchmark: int8 x int8 -> int32 gemm 256^3 (products in int16, accumulation wraps to int32).
import allo
from allo.ir.types import int8, int32

N = 256

def gemm(A: int8[N, N], B: int8[N, N]) -> int32[N, N]:
    C: int32[N, N] = 0
    for i, j, k in allo.grid(N, N, N):
        C[i, j] += A[i, k] * B[k, j]
    return C
