# Layer norm on four AI Engine cores: each normalises 4 of the 16 rows of X (float32, 64 features).
# Shows: row shards of X and Y distributed/joined through the mem tile, the scale and shift rows (one
# array, since a core has two incoming DMA channels: X and GB) broadcast to all cores, and float32
# arithmetic with sqrt in the kernel C++ computing exactly the simulator's bits.

import allo
from allo.ir.types import float32
import allo.dataflow as df

R, D = 16, 64
P = 4
Rt = R // P


@df.region()
def top(X: float32[R, D], GB: float32[2, D], Y: float32[R, D]):
    @df.kernel(mapping=[P], args=[X, GB, Y])
    def norm(X: float32[R, D], GB: float32[2, D], Y: float32[R, D]):
        p = df.get_pid()
        for r in range(Rt):
            total: float32 = 0.0
            for d in range(D):
                total += X[p * Rt + r, d]
            mean: float32 = total / D
            sq: float32 = 0.0
            for d in range(D):
                diff: float32 = X[p * Rt + r, d] - mean
                sq += diff * diff
            inv: float32 = 1.0 / allo.sqrt(sq / D + 0.00001)
            for d in range(D):
                Y[p * Rt + r, d] = (X[p * Rt + r, d] - mean) * inv * GB[0, d] + GB[1, d]


mod = df.build(top, target="aie")
