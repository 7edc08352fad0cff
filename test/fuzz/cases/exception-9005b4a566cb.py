# fuzz case (exception): exception verify internal error in verify: Error: [object Object]; please report it with the design file (`allo-studio verify FILE` repro
# seed 31; replayed by test/fuzz/fuzz.test.ts, which expects no exception, hang or crash
import allo
from allo.ir.types import int32, float32
def stage_M[T: (float32, int32), M: int32, N: int32](A: "T[M, N]", x: "T[N]", out_Ax: "T[M]"):
    for m in allo.grid(M):
        for r in allo.reduction(N):
            out_Ax[m] += A[m, r] * x[r]
def stage_N[T: (float32, int32), M: int32, N: int32](A: "T[M, N]", out_Ax: "T[M]", y: "T[N]"):
    for n in allo.grid(N):
        for k in allo.reduction(M):
            y[n] += A[k, n] * out_Ax[k]
def kernel_atax[T: (float32, int32), M: int32, N: int32](A: "T[M, N]", x: "T[N]", y: "T[N]"):
    out_Ax: T[M] = 0
    stage_N[T, M, N](A, out_Ax, y)
def atax(concrete_type, m, n):
    sch = allo.customize(kernel_atax, instantiate=[concrete_type, m, n])
s = atax(float32, 16, 10**6)
