# Dataflow benchmark: 1M int32 values through one FIFO between two kernels (KPN scheduling cost).
import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df

N = 1048576


@df.region()
def top(A: int32[N], B: int32[N]):
    pipe: Stream[int32, DEPTH]

    @df.kernel(mapping=[1], args=[A])
    def producer(A: int32[N]):
        for i in range(N):
            pipe.put(A[i] + 1)

    @df.kernel(mapping=[1], args=[B])
    def consumer(B: int32[N]):
        for i in range(N):
            B[i] = pipe.get() * 3
