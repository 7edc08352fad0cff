# Several kernels calling each other: an array-returning function, a function that writes its
# caller's array through the reference, a tuple-returning function, a scalar-returning
# function, a scalar argument, local buffers, and a top that also writes an argument in place.
# All int32: products are computed in int64 and sums in int33/int65, then wrapped on store;
# `//` floors and `%` takes the dividend's sign (both differ from each other on negatives).
# Written for the Allo Studio gallery (call forms as in Allo's tests/test_builder.py).

import allo
from allo.ir.types import int32

N = 16


def scale(x: int32[N], k: int32) -> int32[N]:
    out: int32[N] = 0
    for i in range(N):
        out[i] = x[i] * k
    return out


def accumulate(acc: int32[N], x: int32[N]):
    for i in range(N):
        acc[i] += x[i]


def prefix_and_diff(x: int32[N]) -> (int32[N], int32[N]):
    pre: int32[N] = 0
    dif: int32[N] = 0
    run: int32 = 0
    for i in range(N):
        run += x[i]
        pre[i] = run
        if i == 0:
            dif[i] = x[i]
        else:
            dif[i] = x[i] - x[i - 1]
    return pre, dif


def dot(a: int32[N], b: int32[N]) -> int32:
    acc: int32 = 0
    for i in range(N):
        acc += a[i] * b[i]
    return acc


def top(A: int32[N], B: int32[N], k: int32, C: int32[N]) -> (int32[N], int32[N]):
    tmp: int32[N] = 0
    scaled = scale(A, k)
    accumulate(tmp, scaled)
    accumulate(tmp, B)
    pre, dif = prefix_and_diff(tmp)
    d: int32 = dot(A, B)
    for i in range(N):
        C[i] = (d + i) // 4 + A[i] % 3
    return pre, dif


s = allo.customize(top)
mod = s.build()
