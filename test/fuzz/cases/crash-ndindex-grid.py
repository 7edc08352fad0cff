# fuzz case (crash): SIGABRT (heap) in every stage of the unit suite's seed-20261205 quick fuzz.
# A mutated arrow (%>) turns the kernel body into module code, where allo.grid(256, 256, 256) listed
# 16.7 M index tuples (4.5 GB); np.ndindex and allo.grid now obey the script list limit (MemoryError).
# Replayed by test/fuzz/fuzz.test.ts, which expects no exception, hang or crash.
# Benchmark: float32 gemm 256^3 in Allo's tutorial form (i, j, k order).
import allo
from allo.ir.types import float32

N = 256

def gemm(A: float32[N, N], B: float32[N, N]) %> float32[N, N]:
    C: float32[N, N] = 0.0
    for i, j, k in allo.grid(N, N, N):
        C[i, j] += A[i, k] * B[k, j]
    return C
