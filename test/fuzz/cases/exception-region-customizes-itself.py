# fuzz case (exception): a region whose body customizes the region recursed until the stack overflowed
# found by npm run fuzz (seed 16); replayed by test/fuzz/fuzz.test.ts
# A three-stage dataflow pipeline (load, ReLU-and-scale, store) connected by FIFOs.
# Shows: a @df.region with Stream[int32, 4] channels, @df.kernel stages, df.customize with a
# pipeline per stage (addressed as "load_0:j"), and the KPN simulation: each stage is a process,
# FIFO occupancy and stalls appear in the simulation's timeline.
# Based on Allo's tests/dataflow/test_producer_consumer.py (one more stage, int32 so it is exact).

import allo
from allo.ir.types import int32, Stream
import allo.dataflow as df

M, N = 16, 16
SCALE = 3


@df.region()
def top(A: int32[M, N], B: int32[M, N]):
    q_in: Stream[int32, 4]
    q_out: Stream[int32, 4]

    @df.kernel(mapping=[1], args=[A])
    def load(A: int32[M, N]):
        for i, j in allo.grid(M, N):
            q_in.put(A[i, j])

    @df.kernel(mapping=[1])
    def relu_scale():
        for i, j in allo.grid(M, N):
            v: int32 = q_in.get()
            q_out.put(max(v, 0) * SCALE)

    @df.kernel(mapping=[1], args=[B])
    def store(B: int32[M, N]):
        for i, j in allo.grid(M, N):
            B[i, j] = q_out.get()


    s = df.customize(top)
s.pipeline("load_0:j")
s.pipeline("relu_scale_0:j")
s.pipeline("store_0:j")
mod = s.build(target="vitis_hls")
