# Bit manipulation on unsigned words: 32-bit reverse via bit get/set, popcount with a while
# loop, byte swap by unpacking with slices (w[lo:hi], hi exclusive) and repacking with slice
# stores, and an 8-bit reverse with .reverse(). One top with a 4-array tuple return.
# Bit-access forms follow Allo's tests/test_bitop.py; written for the Allo Studio gallery.

import allo
from allo.ir.types import int32, uint8, uint16, uint32

N = 16


def reverse_bits(x: uint32) -> uint32:
    r: uint32 = 0
    for b in range(32):
        r[31 - b] = x[b]
    return r


def popcount(x: uint32) -> int32:
    v: uint32 = x
    n: int32 = 0
    while v != 0:
        n += v[0]
        v = v >> 1
    return n


def pack_fields(lo: uint8, mid: uint8, hi: uint16) -> uint32:
    w: uint32 = 0
    w[0:8] = lo
    w[8:16] = mid
    w[16:32] = hi
    return w


def bitops(A: uint32[N], B: uint8[N]) -> (uint32[N], int32[N], uint32[N], uint8[N]):
    rev: uint32[N] = 0
    cnt: int32[N] = 0
    swapped: uint32[N] = 0
    rev8: uint8[N] = 0
    for i in range(N):
        rev[i] = reverse_bits(A[i])
        cnt[i] = popcount(A[i])
        b0: uint8 = A[i][0:8]
        b1: uint8 = A[i][8:16]
        hi: uint16 = A[i][16:32]
        swapped[i] = pack_fields(b1, b0, hi)
        rev8[i] = B[i].reverse()
    return rev, cnt, swapped, rev8


s = allo.customize(bitops)
mod = s.build()
