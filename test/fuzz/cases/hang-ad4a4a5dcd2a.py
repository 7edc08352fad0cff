# fuzz case (hang): hang estimate: s.to(buf_A, ...) twice on the compact 64x64 grid chained FIFOs behind FIFOs; the per-step estimate took 10 s of CPU
# seed 5151 (core stages); the design's sizes are lowered to 16 for the replay. Replayed by test/fuzz/fuzz.test.ts, which expects no exception, hang or crash
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
s.to(buf_A, pe, axis=0, depth=M + 1)
s.to(buf_B, pe, axis=1, depth=N + 1)
mod = s.build()
