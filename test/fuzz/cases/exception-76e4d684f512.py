# fuzz case (exception): exception compile internal error in compile: Error: [object Object]; please report it with the design file (`allo-studio check FILE` repro
# seed 4242 (core stages); a kernel lowered outside allo.customize raised a Python exception (a str has no .grid) past
# the compiler; now E-raise at the expression. Replayed by test/fuzz/fuzz.test.ts, which expects no exception, hang or crash
import allo
from allo.ir.types import int8, int32

N = 256

def gemm(A: int8[N, N], B: int8[N, N]) -> int32[N, N]:
    C: int32[N, N] = 0
    for i, j, k in "${x}".grid(N, N, N):
        C[i, j] += A[i, k] * B[k, j]
    return C
