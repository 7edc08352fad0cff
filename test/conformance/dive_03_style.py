# Written the way Allo's deep dive 03 (kernel composition) is written: kernels optimized by separate
# schedules, composed into a top function, and template kernels composed by id; the composed designs
# are simulated against numpy.
import allo
from allo.ir.types import int32, float32
import numpy as np

R, S = 16, 16


def inc(A: int32[R, S]) -> int32[R, S]:
    B: int32[R, S] = 0
    for i, j in allo.grid(R, S):
        B[i, j] = A[i, j] + 1
    return B


def mm(A: int32[R, S], B: int32[S, S]) -> int32[R, S]:
    C: int32[R, S] = 0
    for i, j in allo.grid(R, S):
        for k in allo.reduction(S):
            C[i, j] += A[i, k] * B[k, j]
    return C


def top(A: int32[R, S], B: int32[S, S]) -> int32[R, S]:
    C = mm(A, B)
    D = inc(C)
    return D


s_inc = allo.customize(inc)
s_inc.pipeline("j")
s_mm = allo.customize(mm)
s_mm.reorder("k", "j")
s_mm.buffer_at(s_mm.C, axis="i")
s_mm.pipeline("j")
s = allo.customize(top)
s.compose([s_inc, s_mm])
print(s.module)
mod = s.build()
A = np.random.randint(-4, 4, size=(R, S)).astype(np.int32)
B = np.random.randint(-4, 4, size=(S, S)).astype(np.int32)
np.testing.assert_array_equal(mod(A, B), A @ B + 1)


def stage[T_in, T_out, L](X: "T_in[L]") -> "T_out[L]":
    Y: T_out[L] = 0
    for i in range(L):
        with allo.meta_if(T_out == int32):
            Y[i] = X[i] + 1
        with allo.meta_else():
            Y[i] = X[i] * 2
    return Y


def top2(X: int32[R]) -> float32[R]:
    P = stage[int32, int32, R, "first"](X)
    Q = stage[int32, float32, R, "second"](P)
    return Q


s1 = allo.customize(stage, instantiate=[int32, int32, R])
s1.unroll("i", factor=4)
s2 = allo.customize(stage, instantiate=[int32, float32, R])
s2.pipeline("i")
s = allo.customize(top2)
s.compose(s1, id="first")
s.compose(s2, id="second")
print(s.module)
X = np.arange(R).astype(np.int32)
np.testing.assert_allclose(s.build()(X), (X + 1) * 2.0)
print("dive 03 style: passed")
