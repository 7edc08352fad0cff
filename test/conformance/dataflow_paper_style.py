# The paper's dataflow syntax (PLDI'24): region-level stream variables made with
# df.array(df.pipe(dtype=..., depth=...), shape=(...)), a systolic GEMM with loader, drain and compute
# PEs picked by df.get_pid(), built with df.build and checked against numpy.
import allo
from allo.ir.types import float32
import allo.dataflow as df
import numpy as np

M, N, K = 3, 3, 4
P0, P1 = M + 2, N + 2


@df.region()
def top(A: float32[M, K], B: float32[K, N], C: float32[M, N]):
    fifo_A = df.array(df.pipe(dtype=float32, shape=(), depth=4), shape=(P0, P1))
    fifo_B = df.array(df.pipe(dtype=float32, shape=(), depth=4), shape=(P0, P1))

    @df.kernel(mapping=[P0, P1], args=[A, B, C])
    def pe(A: float32[M, K], B: float32[K, N], C: float32[M, N]):
        i, j = df.get_pid()
        with allo.meta_if(i in {0, M + 1} and j in {0, N + 1}):
            pass
        with allo.meta_elif(j == 0):
            for k in range(K):
                fifo_A[i, j + 1].put(A[i - 1, k])
        with allo.meta_elif(i == 0):
            for k in range(K):
                fifo_B[i + 1, j].put(B[k, j - 1])
        with allo.meta_elif(i == M + 1 and j > 0):
            for k in range(K):
                drained_b: float32 = fifo_B[i, j].get()
        with allo.meta_elif(j == N + 1 and i > 0):
            for k in range(K):
                drained_a: float32 = fifo_A[i, j].get()
        with allo.meta_else():
            acc: float32 = 0
            for k in range(K):
                a: float32 = fifo_A[i, j].get()
                b: float32 = fifo_B[i, j].get()
                acc += a * b
                fifo_A[i, j + 1].put(a)
                fifo_B[i + 1, j].put(b)
            C[i - 1, j - 1] = acc


mod = df.build(top)
A = np.random.rand(M, K).astype(np.float32)
B = np.random.rand(K, N).astype(np.float32)
C = np.zeros((M, N), dtype=np.float32)
mod(A, B, C)
np.testing.assert_allclose(C, A @ B, rtol=1e-5, atol=1e-6)
print("dataflow paper style: passed")
