# PolyBench Floyd-Warshall all-pairs shortest paths as an Allo template, instantiated with int32.
# Shows: a 3-deep allo.grid whose body reads values it updated earlier, a typed scalar local
# (int32 + int32 is computed in int33 and wrapped back to int32 on the store), if without else.
# Adapted from Allo's examples/polybench/floyd_warshall.py (Apache-2.0); int32 (exact), N=20.

import allo
from allo.ir.types import int32, float32


def kernel_floyd_warshall[T: (float32, int32), N: int32](path: "T[N, N]"):
    for k, i, j in allo.grid(N, N, N):
        path_: T = path[i, k] + path[k, j]
        if path[i, j] >= path_:
            path[i, j] = path_


def floyd_warshall(concrete_type, N):
    s0 = allo.customize(kernel_floyd_warshall, instantiate=[concrete_type, N])
    return s0.build()


mod = floyd_warshall(int32, 20)
