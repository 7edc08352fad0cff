# Hierarchical dataflow written the way Allo's tests/dataflow/test_hierachical.py writes it (our own
# kernels): regions called inside a @df.kernel, a generic region instantiated twice under meta_if,
# streams declared in the inner region, and two levels of nesting.
import allo
from allo.ir.types import int32, float32, Stream, UInt, ConstExpr
import allo.dataflow as df
import numpy as np

N = 8
L = 6


@df.region()
def scale[S](X: int32[N], Y: int32[N]):
    q: Stream[int32, 2]

    @df.kernel(mapping=[1], args=[X])
    def load(X: int32[N]):
        for i in range(N):
            q.put(X[i] * S)

    @df.kernel(mapping=[1], args=[Y])
    def store(Y: int32[N]):
        for i in range(N):
            Y[i] = q.get() + 1


@df.region()
def two_ways(A: int32[N], B: int32[N], C: int32[N]):
    @df.kernel(mapping=[2], args=[A, B, C])
    def pick(A: int32[N], B: int32[N], C: int32[N]):
        p = df.get_pid()
        with allo.meta_if(p == 0):
            scale[2](A, B)
        with allo.meta_if(p == 1):
            scale[5](A, C)


def test_generic_region_twice():
    A = np.arange(N).astype(np.int32) - 3
    B = np.zeros(N, dtype=np.int32)
    C = np.zeros(N, dtype=np.int32)
    mod = df.build(two_ways, target="simulator")
    mod(A, B, C)
    np.testing.assert_array_equal(B, A * 2 + 1)
    np.testing.assert_array_equal(C, A * 5 + 1)


# The inner stream holds 2 values but 6 pass through it: its kernels must run concurrently.
@df.region()
def accumulate(out: float32[1]):
    s: Stream[float32, 2]

    @df.kernel(mapping=[1])
    def produce():
        for i in range(L):
            v: float32 = i * 0.5
            s.put(v)

    @df.kernel(mapping=[1], args=[out])
    def consume(o: float32[1]):
        acc: float32 = 0.0
        for i in range(L):
            acc += s.get()
        o[0] = acc


@df.region()
def middle(out: float32[1]):
    @df.kernel(mapping=[1], args=[out])
    def call_inner(o: float32[1]):
        accumulate(o)


@df.region()
def outer(out: float32[1]):
    @df.kernel(mapping=[1], args=[out])
    def call_middle(o: float32[1]):
        middle(o)


def test_stream_in_inner_region_two_levels_deep():
    out = np.zeros(1, dtype=np.float32)
    mod = df.build(outer, target="simulator")
    mod(out)
    assert out[0] == sum(i * 0.5 for i in range(L))


# A generic region whose arguments are string annotations with expressions of its parameters, and a
# region-level ConstExpr constant sizing its streams (Allo's tests/dataflow/test_multi_cache_gemm.py).
@df.region()
def packed_copy[R, M](A: "UInt(R * 8)[M // R]", B: "UInt(R * 8)[M // R]"):
    D: ConstExpr[int32] = R + 1
    q: Stream[UInt(R * 8), 4][D]

    @df.kernel(mapping=[1], args=[A])
    def load(A_in: "UInt(R * 8)[M // R]"):
        for i in range(M // R):
            q[D - 1].put(A_in[i])

    @df.kernel(mapping=[1], args=[B])
    def store(B_out: "UInt(R * 8)[M // R]"):
        for i in range(M // R):
            v: UInt(R * 8) = q[D - 1].get()
            B_out[i] = v + 1


@df.region()
def packed_top(A: UInt(32)[4], B: UInt(32)[4]):
    @df.kernel(mapping=[1], args=[A, B])
    def run(A: UInt(32)[4], B: UInt(32)[4]):
        packed_copy[4, 16](A, B)


def test_string_annotations_and_constants_in_a_region():
    A = np.array([1, 2, 3, 0xFFFFFFFF], dtype=np.uint32)
    B = np.zeros(4, dtype=np.uint32)
    mod = df.build(packed_top, target="simulator")
    mod(A, B)
    np.testing.assert_array_equal(B, np.array([2, 3, 4, 0], dtype=np.uint32))
