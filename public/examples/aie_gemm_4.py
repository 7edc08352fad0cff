# Dataflow GEMM on 2x2 AI Engine cores: C = A @ B (int16 inputs, int32 results), each core one 32x32 tile of C.
# Shows: @df.kernel(mapping=[2, 2]) instances on 4 compute tiles, each indexing its shard by df.get_pid()
# (like Allo's Layout A @ [S(0), R], B @ [R, S(1)], C @ [S(0), S(1)]): rows of A and columns of B are
# distributed and broadcast through the mem tiles, the tiles of C joined back; one shared kernel .cc.
# Allo's seed: mod = df.build(top, target="aie") takes this GEMM to the Ryzen AI NPU.

import allo
from allo.ir.types import int16, int32
import allo.dataflow as df

M, N, K = 64, 64, 64
P0, P1 = 2, 2
Mt, Nt = M // P0, N // P1


@df.region()
def top(A: int16[M, K], B: int16[K, N], C: int32[M, N]):
    @df.kernel(mapping=[P0, P1], args=[A, B, C])
    def gemm(A: int16[M, K], B: int16[K, N], C: int32[M, N]):
        pi, pj = df.get_pid()
        for i, j in allo.grid(Mt, Nt):
            acc: int32 = 0
            for k in range(K):
                acc += A[pi * Mt + i, k] * B[k, pj * Nt + j]
            C[pi * Mt + i, pj * Nt + j] = acc


mod = df.build(top, target="aie")
