# fuzz case (exception): a second get of a block stream into the same name (a copy) crashed the simulator's code generator
# found by the unit-suite fuzz (seed 20261205); replayed by test/fuzz/fuzz.test.ts
import allo
from allo.ir.types import int16, int32, Stream
import allo.dataflow as df

M, N, K = 8, 8, 8
Mt = 4


@df.region()
def top(A: int16[M, K], B: int16[K, N], C: int32[M, N]):
    pipe: Stream[int16[Mt, K], 2]

    @df.kernel(mapping=[1], args=[A])
    def loader(A: int16[M, K]):
        for t in range(M // Mt):
            blk: int16[Mt, K] = 0
            for i, k in allo.grid(Mt, K):
                blk[i, k] = A[t * Mt + i, k]
            pipe.put(blk)

    @df.kernel(mapping=[1], args=[B, C])
    def compute(B: int16[K, N], C: int32[M, N]):
        for t in range(M // Mt):
            a = pipe.get()
            a = pipe.get()
            for i, j in allo.grid(Mt, N):
                acc: int32 = 0
                for k in range(K):
                    acc += a[i, k] * B[k, j]
                C[t * Mt + i, j] = acc
