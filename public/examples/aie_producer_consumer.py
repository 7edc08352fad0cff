# Producer/consumer on two AI Engine cores joined by an object FIFO (a Stream of depth 2).
# Shows: each @df.kernel instance on its own compute tile, the stream as aie.objectfifo between
# neighbouring tiles (shared memory, no DMA), region arguments through the mem tile.
# From Allo's tests/dataflow/test_producer_consumer.py (int32 here, so it is exact).

import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df

M, N = 16, 16


@df.region()
def top(A: int32[M, N], B: int32[M, N]):
    pipe: Stream[int32, 2]

    @df.kernel(mapping=[1], args=[A])
    def producer(A: int32[M, N]):
        for i, j in allo.grid(M, N):
            pipe.put(A[i, j] + 1)

    @df.kernel(mapping=[1], args=[B])
    def consumer(B: int32[M, N]):
        for i, j in allo.grid(M, N):
            B[i, j] = pipe.get() * 2


mod = df.build(top, target="aie")
