# Dataflow GEMM on 2x2 AI Engine cores: C = A @ B (int16 inputs, int32 results), each core one 32x32 tile of C.
# Shows: Allo's Layout on kernel arguments: local_A @ [S(0), R] gives instance (pi, pj) rows pi*32.. of A,
# local_B @ [R, S(1)] columns pj*32.. of B, local_C @ [S(0), S(1)] its 32x32 tile of C. The body indexes
# its shard from 0; the AIE mapping distributes A and B through the mem tiles (broadcast to the cores that
# share a shard) and joins the tiles of C back, one shared kernel .cc.
# Allo's seed: mod = df.build(top, target="aie") takes this GEMM to the Ryzen AI NPU.

import allo
from allo.ir.types import int16, int32
import allo.dataflow as df
from allo.memory import Layout

S = Layout.Shard
R = Layout.Replicate

M, N, K = 64, 64, 64
P0, P1 = 2, 2
Mt, Nt = M // P0, N // P1


@df.region()
def top(A: int16[M, K], B: int16[K, N], C: int32[M, N]):
    @df.kernel(mapping=[P0, P1], args=[A, B, C])
    def gemm(local_A: int16[M, K] @ [S(0), R], local_B: int16[K, N] @ [R, S(1)], local_C: int32[M, N] @ [S(0), S(1)]):
        for i, j in allo.grid(Mt, Nt):
            acc: int32 = 0
            for k in range(K):
                acc += local_A[i, k] * local_B[k, j]
            local_C[i, j] = acc


mod = df.build(top, target="aie")
